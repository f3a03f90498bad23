#pragma once

#include "httpconnection.h"

#include <QObject>
#include <QTcpServer>

namespace ct::sandbox {

/// A small HTTP/1.1 server on QTcpServer (QHttpServer is only a tech preview in Qt 6.4). Listens on 127.0.0.1.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(QObject* parent = nullptr);

    /// Listens on 127.0.0.1:`port` (0 = the OS picks); false if that fails.
    bool listen(quint16 port);
    void close();
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

    void setHandler(HttpConnection::Handler handler) { m_handler = std::move(handler); }
    /// Where large request bodies are spooled (must exist).
    void setSpoolDir(const QString& dir) { m_spoolDir = dir; }

private:
    QTcpServer m_server;
    HttpConnection::Handler m_handler;
    QString m_spoolDir;
};

} // namespace ct::sandbox
