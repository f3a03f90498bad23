// Fault injection through the admin endpoint: latency, error rate, 429, expired tokens, a service down, drops.
#include "sandboxtestfixture.h"

#include <QElapsedTimer>

namespace ct::test {

TEST_F(SandboxTest, LatencyDelaysEveryAnswer)
{
    const QByteArray token = demoToken();
    ASSERT_EQ(putFaults(R"({"latency_ms": 300})").status, 200);
    const SandboxReply reply = m_client->get(QStringLiteral("/compute/v2.1/servers"), token);
    EXPECT_EQ(reply.status, 200);
    EXPECT_GE(reply.elapsedMs, 290);
}

TEST_F(SandboxTest, ErrorRateIsExactAndUsesTheServicesErrorShape)
{
    const QByteArray token = demoToken();
    ASSERT_EQ(putFaults(R"({"error_rate": 0.3, "error_status": 503})").status, 200);
    int failures = 0;
    for (int i = 0; i < 10; ++i) {
        const SandboxReply reply = m_client->get(QStringLiteral("/compute/v2.1/servers"), token);
        if (reply.status == 503) {
            ++failures;
            EXPECT_EQ(reply.json()
                          .value(QStringLiteral("serviceUnavailable"))
                          .toObject()
                          .value(QStringLiteral("code"))
                          .toInt(),
                503);
        } else {
            EXPECT_EQ(reply.status, 200);
        }
    }
    EXPECT_EQ(failures, 3);
    const SandboxReply neutron = [&]() {
        SandboxReply r;
        for (int i = 0; i < 4 && r.status != 503; ++i)
            r = m_client->get(QStringLiteral("/network/v2.0/networks"), token);
        return r;
    }();
    EXPECT_EQ(neutron.status, 503);
    EXPECT_TRUE(neutron.json().contains(QStringLiteral("NeutronError")));
}

TEST_F(SandboxTest, RateLimitAnswers429WithRetryAfter)
{
    const QByteArray token = demoToken();
    ASSERT_EQ(putFaults(R"({"rate_limit": {"every": 3, "retry_after_s": 2}})").status, 200);
    QList<int> statuses;
    SandboxReply limited;
    for (int i = 0; i < 6; ++i) {
        const SandboxReply reply = m_client->get(QStringLiteral("/compute/v2.1/servers"), token);
        statuses.append(reply.status);
        if (reply.status == 429)
            limited = reply;
    }
    EXPECT_EQ(statuses, (QList<int> {200, 200, 429, 200, 200, 429}));
    EXPECT_EQ(limited.header("retry-after"), "2");
    EXPECT_EQ(limited.json().value(QStringLiteral("overLimit")).toObject().value(QStringLiteral("code")).toInt(), 429);
}

TEST_F(SandboxTest, ExpiredTokensAnswer401UntilReauthentication)
{
    const QByteArray old = demoToken();
    ASSERT_EQ(m_client->get(QStringLiteral("/compute/v2.1/servers"), old).status, 200);
    ASSERT_EQ(putFaults(R"({"expire_tokens": true})").status, 200);
    const SandboxReply rejected = m_client->get(QStringLiteral("/compute/v2.1/servers"), old);
    EXPECT_EQ(rejected.status, 401);
    EXPECT_EQ(rejected.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 401);
    const QByteArray fresh = demoToken();
    ASSERT_FALSE(fresh.isEmpty());
    EXPECT_EQ(m_client->get(QStringLiteral("/compute/v2.1/servers"), fresh).status, 200);
}

TEST_F(SandboxTest, DownServiceAnswersProxyPageOthersWork)
{
    const QByteArray token = demoToken();
    ASSERT_EQ(putFaults(R"({"down": ["compute"]})").status, 200);
    const SandboxReply down = m_client->get(QStringLiteral("/compute/v2.1/servers"), token);
    EXPECT_EQ(down.status, 503);
    EXPECT_TRUE(down.header("content-type").startsWith("text/html"));
    EXPECT_TRUE(down.body.contains("No server is available"));
    EXPECT_EQ(m_client->get(QStringLiteral("/image/v2/images"), token).status, 200);
    const SandboxReply faults = m_client->get(QStringLiteral("/_sandbox/faults"));
    EXPECT_EQ(faults.json().value(QStringLiteral("down")).toArray().first().toString(), QStringLiteral("compute"));
}

TEST_F(SandboxTest, DroppedConnectionsGiveNetworkErrors)
{
    const QByteArray token = demoToken();
    ASSERT_EQ(putFaults(R"({"drop_connections": 1.0, "services": ["compute"]})").status, 200);
    const SandboxReply reply = m_client->get(QStringLiteral("/compute/v2.1/servers"), token);
    EXPECT_EQ(reply.status, 0);
    EXPECT_NE(reply.error, QNetworkReply::NoError);
    EXPECT_EQ(m_client->get(QStringLiteral("/image/v2/images"), token).status, 200); // other services unaffected
}

TEST_F(SandboxTest, ResetClearsFaultsAndState)
{
    m_cloud->seed();
    ASSERT_EQ(putFaults(R"({"down": ["image"]})").status, 200);
    EXPECT_EQ(m_client->send("POST", QStringLiteral("/_sandbox/reset")).status, 200);
    const QByteArray token = demoToken();
    EXPECT_EQ(m_client->get(QStringLiteral("/image/v2/images"), token).status, 200);
    EXPECT_TRUE(findServer(QStringLiteral("web-01"), token).isEmpty());
    const SandboxReply seeded = m_client->send("POST", QStringLiteral("/_sandbox/seed"));
    EXPECT_EQ(seeded.json().value(QStringLiteral("servers")).toArray().size(), 4);
    EXPECT_FALSE(findServer(QStringLiteral("web-01"), token).isEmpty());
}

TEST_F(SandboxTest, InvalidFaultsAreRejected)
{
    EXPECT_EQ(putFaults(R"({"down": ["dns"]})").status, 400);
    EXPECT_EQ(putFaults(R"({"latency": 5})").status, 400);
    EXPECT_EQ(putFaults("not json").status, 400);
}

TEST_F(SandboxTest, LibraryApiSetsFaults)
{
    const QByteArray token = demoToken();
    sandbox::SandboxFaults faults;
    faults.errorRate = 1.0;
    faults.errorStatus = 500;
    faults.services = {QStringLiteral("image")};
    m_cloud->setFaults(faults);
    const SandboxReply image = m_client->get(QStringLiteral("/image/v2/images"), token);
    EXPECT_EQ(image.status, 500);
    EXPECT_TRUE(image.body.contains("<h1>500 Internal Server Error</h1>"));
    EXPECT_EQ(m_client->get(QStringLiteral("/compute/v2.1/servers"), token).status, 200);
}

} // namespace ct::test
