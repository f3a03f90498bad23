#pragma once

// A fake CloudStack API (…/client/api) on FakeHttpServer. It reads parameters as a servlet does and checks
// every signature with ApiServer.verifyRequest's algorithm, written out here independently of signer.cpp.
#include "cloud/cloudstack/cloudstackclient.h"
#include "fakehttpserver.h"

#include <QFuture>
#include <QJsonObject>
#include <QMap>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

namespace ct::test {

using CsParams = QMap<QString, QString>; ///< decoded, names as sent

/// Java's URLEncoder.encode(v, "UTF-8").replaceAll("\\+", "%20"), byte by byte.
QByteArray referenceJavaEncode(const QString& value);
/// ApiServer.verifyRequest: sort names, name=enc(value) joined by &, lower-case, HmacSHA1, Base64.
QByteArray referenceSignature(const CsParams& params, const QByteArray& secret);
/// application/x-www-form-urlencoded decoding, as a servlet reads query strings and form bodies.
CsParams servletDecode(const QByteArray& encoded);

QByteArray fixture(const QString& name);
/// {"<command lowercased>response":{"uuidList":[],"errorcode":N,"cserrorcode":C,"errortext":T}} with status N.
FakeResponse csError(const QString& command, int code, const QString& text, int csCode = 4350);
FakeResponse csOk(const QString& command, const QJsonObject& response);

template<class T>
T waitFor(QFuture<T> future, int timeoutMs = 30000)
{
    EXPECT_TRUE(QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs)) << "future did not finish";
    return future.result();
}

struct CsRequest
{
    QString command;
    CsParams params;
    RecordedRequest http;
};

class FakeCloudStack
{
public:
    using Handler = std::function<FakeResponse(const CsRequest&)>;

    FakeCloudStack();
    QUrl apiUrl() const { return server.url(QStringLiteral("/client/api")); }

    void on(const QString& command, Handler handler) { m_handlers.insert(command, std::move(handler)); }
    void on(const QString& command, FakeResponse response)
    {
        m_handlers.insert(command, [response](const CsRequest&) { return response; });
    }
    /// queryAsyncJobResult answers: `pendingPolls` times jobstatus 0, then `final`.
    void job(const QString& jobId, int pendingPolls, const QJsonObject& final);

    QList<CsRequest> requestsFor(const QString& command) const;
    int count(const QString& command) const { return static_cast<int>(requestsFor(command).size()); }

    /// A client signing with the test keys, fast retries and fast job polling.
    std::unique_ptr<cloudstack::CloudStackClient> client(const QByteArray& secret = "test-secret");
    std::unique_ptr<cloudstack::CloudStackClient> loginClient(const QByteArray& password = "pw");
    static HttpPolicy fastPolicy();

    FakeHttpServer server;
    QString apiKey = QStringLiteral("test-api-key");
    QByteArray secretKey = "test-secret";
    // Login accounts:
    QString userName = QStringLiteral("alice");
    QByteArray password = "pw";
    QString sessionKey = QStringLiteral("sess-1");
    QByteArray cookie = "JSESSIONID=cookie-1";
    bool sessionValid = true;
    int logins = 0;
    QList<CsRequest> calls;
    int signatureFailures = 0;

private:
    FakeResponse handle(const RecordedRequest& request);
    QHash<QString, Handler> m_handlers;
    QHash<QString, int> m_jobPolls;
};

} // namespace ct::test
