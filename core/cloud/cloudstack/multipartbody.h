#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QPointer>

namespace ct::cloudstack {

/// A multipart/form-data body with one file part, streamed: the part's head, then `size` bytes read from
/// `source` as the network asks for them, then the closing boundary. Memory stays constant whatever the size.
class MultipartBody final : public QIODevice
{
    Q_OBJECT

public:
    MultipartBody(QIODevice* source, qint64 size, const QByteArray& fieldName, const QByteArray& fileName,
        QObject* parent = nullptr);

    QByteArray contentType() const { return "multipart/form-data; boundary=" + m_boundary; }
    qint64 size() const override { return m_head.size() + m_sourceSize + m_tail.size(); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QPointer<QIODevice> m_source;
    qint64 m_sourceSize = 0;
    QByteArray m_boundary;
    QByteArray m_head;
    QByteArray m_tail;
    qint64 m_position = 0;
};

} // namespace ct::cloudstack
