#include "cloud/cloudstack/multipartbody.h"

#include <QRandomGenerator>

#include <algorithm>

namespace ct::cloudstack {

MultipartBody::MultipartBody(
    QIODevice* source, qint64 size, const QByteArray& fieldName, const QByteArray& fileName, QObject* parent)
    : QIODevice(parent)
    , m_source(source)
    , m_sourceSize(size)
{
    m_boundary = "----CloudTwin" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    m_head = "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"" + fieldName + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    m_tail = "\r\n--" + m_boundary + "--\r\n";
    if (m_source)
        connect(m_source, &QIODevice::readyRead, this, &QIODevice::readyRead);
    open(QIODevice::ReadOnly);
}

qint64 MultipartBody::bytesAvailable() const
{
    const qint64 sourceEnd = m_head.size() + m_sourceSize;
    qint64 available = 0;
    if (m_position < m_head.size())
        available += m_head.size() - m_position;
    if (m_position < sourceEnd && m_source)
        available += m_source->bytesAvailable();
    if (m_position >= sourceEnd)
        available += size() - m_position;
    return available + QIODevice::bytesAvailable();
}

qint64 MultipartBody::readData(char* data, qint64 maxSize)
{
    qint64 written = 0;
    const qint64 headEnd = m_head.size();
    const qint64 sourceEnd = headEnd + m_sourceSize;
    if (m_position < headEnd && written < maxSize) {
        const qint64 n = std::min(maxSize - written, headEnd - m_position);
        std::copy_n(m_head.constData() + m_position, n, data + written);
        written += n;
        m_position += n;
    }
    if (m_position >= headEnd && m_position < sourceEnd && written < maxSize) {
        if (!m_source)
            return written > 0 ? written : -1;
        const qint64 n = m_source->read(data + written, std::min(maxSize - written, sourceEnd - m_position));
        if (n < 0)
            return written > 0 ? written : -1;
        if (n == 0 && m_source->atEnd() && !m_source->isSequential())
            return written > 0 ? written : -1; // the source is shorter than promised
        written += n;
        m_position += n;
    }
    if (m_position >= sourceEnd && written < maxSize) {
        const qint64 offset = m_position - sourceEnd;
        const qint64 n = std::min(maxSize - written, static_cast<qint64>(m_tail.size()) - offset);
        if (n > 0) {
            std::copy_n(m_tail.constData() + offset, n, data + written);
            written += n;
            m_position += n;
        }
    }
    if (written == 0 && m_position >= size())
        return -1;
    return written;
}

} // namespace ct::cloudstack
