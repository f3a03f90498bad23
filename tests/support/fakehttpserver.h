#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace ct::test {

/// A request as the fake server saw it.
struct RecordedRequest
{
    QByteArray method;
    QString path; ///< without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

/// What the fake server answers.
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0; ///< wait before answering (timeouts)
    bool drop = false; ///< close the connection without answering
    int dropAfterBytes = -1; ///< send only this many bytes of the answer, then close
    bool hang = false; ///< never answer

    static FakeResponse json(int status, const QByteArray& body);
    static FakeResponse text(int status, const QByteArray& body, const QByteArray& contentType = "text/plain");
    FakeResponse& header(const QByteArray& name, const QByteArray& value);
};

/// A real HTTP/1.1 server on 127.0.0.1 and an ephemeral port, one per test, answering from a handler.
/// Every request is recorded so a test can assert the calls a client made. For data-driven failure tests of
/// the cloud providers: the code under test speaks real HTTP through QNetworkAccessManager.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const RecordedRequest&)>;

    explicit FakeHttpServer(QObject* parent = nullptr);
    ~FakeHttpServer() override;

    /// Listens on an ephemeral port; false if that fails.
    bool start();
    /// The same over TLS with this certificate and key (QSslServer): url() turns https.
    bool startTls(const QSslConfiguration& configuration);
    quint16 port() const;
    void close() { m_server->close(); }
    QUrl url(const QString& path = {}) const; ///< http(s)://127.0.0.1:PORT/path
    /// Connections whose TLS handshake failed (the client refused the certificate).
    int failedHandshakes() const { return m_failedHandshakes; }

    /// The handler for everything not matched by route().
    void setHandler(Handler handler) { m_fallback = std::move(handler); }
    /// Answers `method path` (path without query; "*" as method matches any). Later routes win.
    void route(const QByteArray& method, const QString& path, Handler handler);
    /// The same, with a fixed answer.
    void route(const QByteArray& method, const QString& path, FakeResponse response);

    const QList<RecordedRequest>& requests() const { return m_requests; }
    int count(const QByteArray& method, const QString& path) const;
    void clearRequests() { m_requests.clear(); }

private:
    void onNewConnection();
    void respond(QTcpSocket* socket, const RecordedRequest& request);

    struct Route
    {
        QByteArray method;
        QString path;
        Handler handler;
    };
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    int m_failedHandshakes = 0;
    QList<Route> m_routes;
    Handler m_fallback;
    QList<RecordedRequest> m_requests;
};

} // namespace ct::test
