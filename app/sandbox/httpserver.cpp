#include "httpserver.h"

namespace ct::sandbox {

HttpServer::HttpServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this]() {
        while (QTcpSocket* socket = m_server.nextPendingConnection())
            new HttpConnection(socket, m_spoolDir, m_handler, this);
    });
}

bool HttpServer::listen(quint16 port) { return m_server.listen(QHostAddress::LocalHost, port); }

void HttpServer::close() { m_server.close(); }

} // namespace ct::sandbox
