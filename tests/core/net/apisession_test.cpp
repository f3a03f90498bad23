// The HTTP policy every cloud call goes through, against a real HTTP server on an ephemeral port.
#include "fakehttpserver.h"
#include "net/apisession.h"

#include <QBuffer>
#include <QJsonObject>
#include <QTest>

#include <gtest/gtest.h>

namespace ct {
namespace {

using test::FakeHttpServer;
using test::FakeResponse;

Result<ApiReply> run(ApiSession& session, ApiRequest request)
{
    auto future = session.call(std::move(request));
    EXPECT_TRUE(QTest::qWaitFor([&] { return future.isFinished(); }, 30000));
    return future.result();
}

class CountingAuthenticator : public Authenticator
{
public:
    void decorate(ApiRequest& request) const override { request.header("X-Auth-Token", token); }
    QFuture<Status> reauthenticate() override
    {
        ++renewals;
        token = "fresh-token";
        return QtFuture::makeReadyFuture(
            renew ? Status() : Status(makeError(ErrorCode::AuthenticationFailed, QStringLiteral("refused"))));
    }
    QByteArray token = "stale-token";
    int renewals = 0;
    bool renew = true;
};

class Policy : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.start());
        HttpPolicy policy;
        policy.baseBackoffMs = 5;
        policy.maxBackoffMs = 2000;
        policy.timeoutMs = 2000;
        m_session = std::make_unique<ApiSession>(QStringLiteral("TestCloud"), policy);
        m_session->setAuthenticator(&m_auth);
    }
    ApiRequest get(const QString& path)
    {
        return ApiRequest::get(m_server.url(path), QStringLiteral("compute"), QStringLiteral("list servers"));
    }

    FakeHttpServer m_server;
    CountingAuthenticator m_auth;
    std::unique_ptr<ApiSession> m_session;
};

TEST_F(Policy, ReturnsTheBodyAndRequestId)
{
    m_server.route(
        "GET", QStringLiteral("/ok"), FakeResponse::json(200, "{\"a\":1}").header("x-openstack-request-id", "req-123"));
    auto reply = run(*m_session, get(QStringLiteral("/ok")));
    ASSERT_TRUE(reply) << reply.error().message.toStdString();
    EXPECT_EQ(reply->body, QByteArray("{\"a\":1}"));
    EXPECT_EQ(reply->requestId, QStringLiteral("req-123"));
    EXPECT_EQ(m_server.requests().at(0).header("x-auth-token"), QByteArray("stale-token"));
}

TEST_F(Policy, RetriesServiceUnavailableThenSucceeds)
{
    int calls = 0;
    m_server.route("GET", QStringLiteral("/flaky"), [&](const test::RecordedRequest&) {
        return ++calls < 3 ? FakeResponse::json(503, "{}") : FakeResponse::json(200, "{}");
    });
    auto reply = run(*m_session, get(QStringLiteral("/flaky")));
    ASSERT_TRUE(reply) << reply.error().message.toStdString();
    EXPECT_EQ(calls, 3);
}

TEST_F(Policy, HonoursRetryAfterOn429)
{
    int calls = 0;
    m_server.route("GET", QStringLiteral("/limited"), [&](const test::RecordedRequest&) {
        return ++calls == 1 ? FakeResponse::json(429, "{}").header("Retry-After", "1") : FakeResponse::json(200, "{}");
    });
    QElapsedTimer clock;
    clock.start();
    auto reply = run(*m_session, get(QStringLiteral("/limited")));
    ASSERT_TRUE(reply);
    EXPECT_GE(clock.elapsed(), 950);
}

TEST_F(Policy, ARetryAfterLongerThanWeWaitIsAClearError)
{
    m_server.route("GET", QStringLiteral("/limited"), FakeResponse::json(429, "{}").header("Retry-After", "120"));
    auto reply = run(*m_session, get(QStringLiteral("/limited")));
    ASSERT_FALSE(reply);
    EXPECT_EQ(reply.error().code, ErrorCode::RateLimited);
    EXPECT_TRUE(reply.error().message.contains(QStringLiteral("120 s"))) << reply.error().message.toStdString();
    EXPECT_EQ(m_server.count("GET", QStringLiteral("/limited")), 1);
}

TEST_F(Policy, GivesUpAfterMaxAttempts)
{
    m_server.route("GET", QStringLiteral("/down"), FakeResponse::json(503, "{\"message\": \"maintenance\"}"));
    auto reply = run(*m_session, get(QStringLiteral("/down")));
    ASSERT_FALSE(reply);
    EXPECT_EQ(reply.error().code, ErrorCode::Unavailable);
    EXPECT_EQ(m_server.count("GET", QStringLiteral("/down")), m_session->policy().maxAttempts);
    EXPECT_TRUE(reply.error().message.contains(QStringLiteral("maintenance")));
    EXPECT_TRUE(reply.error().message.contains(QStringLiteral("TestCloud")));
}

TEST_F(Policy, RetriesACreateOnlyWhenTheServerSaysItDidNotProcessIt)
{
    // 502 from a gateway: the cloud behind it may have created the server, so a create is not sent again.
    m_server.route("POST", QStringLiteral("/servers"), FakeResponse::json(502, "{}"));
    auto create = [&] {
        return run(*m_session,
            ApiRequest::jsonPost(m_server.url(QStringLiteral("/servers")), QJsonDocument(QJsonObject {}),
                QStringLiteral("compute"), QStringLiteral("create a server")));
    };
    ASSERT_FALSE(create());
    EXPECT_EQ(m_server.count("POST", QStringLiteral("/servers")), 1);

    // 503 means "not processed": retrying is safe even for a create.
    m_server.clearRequests();
    m_server.route("POST", QStringLiteral("/servers"), FakeResponse::json(503, "{}"));
    ASSERT_FALSE(create());
    EXPECT_EQ(m_server.count("POST", QStringLiteral("/servers")), m_session->policy().maxAttempts);
}

TEST_F(Policy, RetriesAReadAfterADroppedConnection)
{
    // Qt's HTTP layer resends on its own up to a few times; the policy's retries come on top, so with six
    // attempts at least six requests arrive.
    HttpPolicy policy = m_session->policy();
    policy.maxAttempts = 6;
    m_session->setPolicy(policy);
    m_server.route("GET", QStringLiteral("/servers"), [](const test::RecordedRequest&) {
        FakeResponse response = FakeResponse::json(200, "{\"servers\": []}");
        response.dropAfterBytes = 40;
        return response;
    });
    auto list = run(*m_session, get(QStringLiteral("/servers")));
    ASSERT_FALSE(list);
    EXPECT_GE(m_server.count("GET", QStringLiteral("/servers")), 6);
}

TEST_F(Policy, ReauthenticatesOnceOn401AndReplays)
{
    m_server.route("GET", QStringLiteral("/secure"), [](const test::RecordedRequest& request) {
        return request.header("x-auth-token") == "fresh-token" ? FakeResponse::json(200, "{}")
                                                               : FakeResponse::json(401, "{}");
    });
    auto reply = run(*m_session, get(QStringLiteral("/secure")));
    ASSERT_TRUE(reply) << reply.error().message.toStdString();
    EXPECT_EQ(m_auth.renewals, 1);
    EXPECT_EQ(m_server.count("GET", QStringLiteral("/secure")), 2);
}

TEST_F(Policy, A401AfterRenewalIsAnAuthenticationError)
{
    m_server.route("GET", QStringLiteral("/secure"),
        FakeResponse::json(401,
            "{\"error\": {\"code\": 401, \"message\": \"The request you have made "
            "requires authentication.\", \"title\": \"Unauthorized\"}}"));
    auto reply = run(*m_session, get(QStringLiteral("/secure")));
    ASSERT_FALSE(reply);
    EXPECT_EQ(reply.error().code, ErrorCode::AuthenticationFailed);
    EXPECT_EQ(m_auth.renewals, 1);
    EXPECT_TRUE(reply.error().message.contains(QStringLiteral("requires authentication")));
}

TEST_F(Policy, TimesOutAHangingServer)
{
    m_server.route("GET", QStringLiteral("/hang"), [](const test::RecordedRequest&) {
        FakeResponse response;
        response.hang = true;
        return response;
    });
    HttpPolicy policy = m_session->policy();
    policy.timeoutMs = 300;
    policy.maxAttempts = 2;
    m_session->setPolicy(policy);
    auto reply = run(*m_session, get(QStringLiteral("/hang")));
    ASSERT_FALSE(reply);
    EXPECT_EQ(reply.error().code, ErrorCode::TimedOut) << reply.error().message.toStdString();
    EXPECT_EQ(m_server.count("GET", QStringLiteral("/hang")), 2);
}

TEST_F(Policy, UnreachableHostIsUnavailable)
{
    const quint16 closedPort = m_server.port();
    m_server.close();
    auto reply = run(*m_session,
        ApiRequest::get(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(closedPort)), QStringLiteral("identity"),
            QStringLiteral("sign in")));
    ASSERT_FALSE(reply);
    EXPECT_EQ(reply.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(reply.error().message.contains(QStringLiteral("refused the connection")))
        << reply.error().message.toStdString();
}

TEST(PolicyLifetime, DeletingTheSessionFinishesRequestsInFlight)
{
    FakeHttpServer server;
    ASSERT_TRUE(server.start());
    server.route("GET", QStringLiteral("/hang"), [](const test::RecordedRequest&) {
        FakeResponse response;
        response.hang = true;
        return response;
    });
    auto session = std::make_unique<ApiSession>(QStringLiteral("TestCloud"));
    QObject context;
    bool continued = false;
    auto future = session->call(ApiRequest::get(
        server.url(QStringLiteral("/hang")), QStringLiteral("compute"), QStringLiteral("list servers")));
    auto after = future.then(&context, [&](const Result<ApiReply>& reply) {
        continued = true;
        return reply.ok();
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requests().size() == 1; }, 5000));
    session.reset();
    ASSERT_TRUE(QTest::qWaitFor([&] { return after.isFinished(); }, 5000));
    EXPECT_TRUE(continued);
    EXPECT_FALSE(after.result());
}

struct ErrorBodyCase
{
    const char* name;
    int status;
    const char* contentType;
    const char* body;
    ErrorCode code;
    const char* said; ///< what the message must quote
};

class ErrorBodies : public Policy, public ::testing::WithParamInterface<ErrorBodyCase>
{
};

TEST_P(ErrorBodies, MapToTypedErrorsWithTheCloudsOwnWords)
{
    const auto& c = GetParam();
    m_server.route("GET", QStringLiteral("/e"), FakeResponse::text(c.status, c.body, c.contentType));
    HttpPolicy policy = m_session->policy();
    policy.maxAttempts = 1;
    m_session->setPolicy(policy);
    m_auth.renew = false;
    auto reply = run(*m_session, get(QStringLiteral("/e")));
    ASSERT_FALSE(reply);
    EXPECT_EQ(reply.error().code, c.code) << reply.error().message.toStdString();
    EXPECT_EQ(reply.error().httpStatus, c.code == ErrorCode::AuthenticationFailed ? 0 : c.status);
    EXPECT_TRUE(reply.error().message.contains(QString::fromUtf8(c.said))) << reply.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Bodies, ErrorBodies,
    ::testing::Values(ErrorBodyCase {"nova404", 404, "application/json",
                          R"({"itemNotFound": {"code": 404, "message": "Instance abc could not be found."}})",
                          ErrorCode::NotFound, "Instance abc could not be found."},
        ErrorBodyCase {"novaQuota", 403, "application/json",
            R"({"forbidden": {"code": 403, "message": "Quota exceeded for instances: Requested 1, but already used 10 of 10 instances"}})",
            ErrorCode::QuotaExceeded, "Quota exceeded for instances"},
        ErrorBodyCase {"forbidden", 403, "application/json",
            R"({"error": {"code": 403, "title": "Forbidden", "message": "You are not authorized."}})",
            ErrorCode::PermissionDenied, "You are not authorized."},
        ErrorBodyCase {"conflict", 409, "application/json",
            R"({"conflictingRequest": {"code": 409, "message": "Cannot 'stop' instance while it is in vm_state stopped"}})",
            ErrorCode::Conflict, "vm_state stopped"},
        ErrorBodyCase {"neutron", 400, "application/json",
            R"({"NeutronError": {"type": "HTTPBadRequest", "message": "Invalid input for port_range_min.", "detail": ""}})",
            ErrorCode::InvalidInput, "Invalid input for port_range_min."},
        ErrorBodyCase {"proxyHtml", 502, "text/html",
            "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
            "Gateway</h1></center><hr><center>nginx</center></body></html>",
            ErrorCode::Unavailable, "502 Bad Gateway"},
        ErrorBodyCase {"plainText", 500, "text/plain", "Internal Server Error: something broke",
            ErrorCode::UnexpectedResponse, "something broke"},
        ErrorBodyCase {"malformedJson", 500, "application/json",
            "{\"computeFault\": {\"message\": ", ErrorCode::UnexpectedResponse, "computeFault"},
        ErrorBodyCase {"cloudstack", 431, "application/json",
            R"({"deployvirtualmachineresponse": {"uuidList": [], "errorcode": 431, "cserrorcode": 4350, "errortext": "Unable to find service offering"}})",
            ErrorCode::UnexpectedResponse, "Unable to find service offering"},
        ErrorBodyCase {"auth", 401, "application/json",
            R"({"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}})",
            ErrorCode::AuthenticationFailed, "refused"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(Policy, StreamsADownloadIntoASink)
{
    const QByteArray data(3 * 1024 * 1024, 'z');
    m_server.route("GET", QStringLiteral("/file"), FakeResponse::text(200, data, "application/octet-stream"));
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    qint64 seen = 0;
    ApiRequest request = get(QStringLiteral("/file"));
    request.sink = &sink;
    request.onChunk = [&](const QByteArray& chunk) { seen += chunk.size(); };
    auto reply = run(*m_session, request);
    ASSERT_TRUE(reply);
    EXPECT_EQ(sink.data(), data);
    EXPECT_EQ(seen, data.size());
    EXPECT_TRUE(reply->body.isEmpty());
}

} // namespace
} // namespace ct
