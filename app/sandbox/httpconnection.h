#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTemporaryFile>

#include <functional>
#include <memory>

namespace ct::sandbox {

/// One client connection of the sandbox's HTTP/1.1 server: parses requests (Content-Length or chunked bodies,
/// `Expect: 100-continue`), hands each to the handler, writes the answer with Content-Length and keeps the
/// connection alive unless the client asked to close. Requests on one connection are answered in order.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    HttpConnection(QTcpSocket* socket, const QString& spoolDir, Handler handler, QObject* parent = nullptr);
    ~HttpConnection() override;

private:
    enum class State
    {
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Responding
    };

    void onReadyRead();
    void process();
    bool parseHeaders();
    bool appendBody(const char* data, qint64 size);
    void finishRequest();
    void send(const HttpResponse& response);
    void pumpFile();
    void onBytesWritten();
    void finishResponse();
    void fail(int status, const QByteArray& reason);

    QPointer<QTcpSocket> m_socket;
    QString m_spoolDir;
    Handler m_handler;
    QByteArray m_buffer;
    State m_state = State::Headers;
    HttpRequest m_request;
    qint64 m_remaining = 0; ///< body or chunk bytes still to read
    std::unique_ptr<QTemporaryFile> m_spool;
    bool m_closeAfter = false;
    // Streaming a file answer.
    std::unique_ptr<QFile> m_file;
    qint64 m_fileRemaining = 0;
    bool m_headOnly = false;
};

} // namespace ct::sandbox
