#include "fakehttpserver.h"

#include <QPointer>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace ct::test {

FakeResponse FakeResponse::json(int status, const QByteArray& body)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

FakeResponse FakeResponse::text(int status, const QByteArray& body, const QByteArray& contentType)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    return response;
}

FakeResponse& FakeResponse::header(const QByteArray& name, const QByteArray& value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

FakeHttpServer::FakeHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
    m_fallback = [](const RecordedRequest& request) {
        return FakeResponse::json(
            404, "{\"itemNotFound\": {\"code\": 404, \"message\": \"No route for " + request.path.toUtf8() + "\"}}");
    };
}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::start() { return m_server->listen(QHostAddress::LocalHost, 0); }

bool FakeHttpServer::startTls(const QSslConfiguration& configuration)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    connect(server.get(), &QSslServer::pendingConnectionAvailable, this, &FakeHttpServer::onNewConnection);
    // A client that refuses the certificate aborts the handshake: the server sees the socket fail before
    // it is ever encrypted.
    connect(server.get(), &QSslServer::errorOccurred, this, [this](QSslSocket* socket, QAbstractSocket::SocketError) {
        if (!socket->isEncrypted())
            ++m_failedHandshakes;
    });
    m_server = std::move(server);
    m_tls = true;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeHttpServer::port() const { return m_server->serverPort(); }

QUrl FakeHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port())
                    .arg(path));
}

void FakeHttpServer::route(const QByteArray& method, const QString& path, Handler handler)
{
    m_routes.prepend({method, path, std::move(handler)});
}

void FakeHttpServer::route(const QByteArray& method, const QString& path, FakeResponse response)
{
    route(method, path, [response](const RecordedRequest&) { return response; });
}

int FakeHttpServer::count(const QByteArray& method, const QString& path) const
{
    int n = 0;
    for (const auto& request : m_requests)
        n += (request.method == method && request.path == path) ? 1 : 0;
    return n;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer]() {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            RecordedRequest request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            const QUrl target(QString::fromLatin1(first.value(1)));
            request.path = target.path();
            request.query = QUrlQuery(target);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.header("content-length").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return; // wait for the rest of the body
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->remove(0, headerEnd + 4 + length);
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            m_requests.append(request);
            respond(socket, request);
        });
    }
}

void FakeHttpServer::respond(QTcpSocket* socket, const RecordedRequest& request)
{
    Handler handler = m_fallback;
    for (const Route& route : m_routes) {
        if ((route.method == "*" || route.method == request.method) && route.path == request.path) {
            handler = route.handler;
            break;
        }
    }
    const FakeResponse response = handler(request);
    if (response.hang)
        return;
    QPointer<QTcpSocket> guard(socket);
    auto send = [guard, response]() {
        if (!guard)
            return;
        if (response.drop) {
            guard->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
        for (const auto& [name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
        out += response.body;
        if (response.dropAfterBytes >= 0) {
            guard->write(out.left(response.dropAfterBytes));
            guard->flush();
            guard->abort();
            return;
        }
        guard->write(out);
        guard->disconnectFromHost();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, this, send);
    else
        send();
}

} // namespace ct::test
