// CloudStackProvider::listAvailabilityZones (listZones) against a fake CloudStack that checks every signature: the
// zones and their allocation state, an empty list, and every way the answer can go wrong.
#include "cloud/cloudstack/cloudstackprovider.h"
#include "fakecloudstack.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <optional>

namespace ct {
namespace {

using cloudstack::CloudStackProvider;
using test::csError;
using test::csOk;
using test::FakeCloudStack;
using test::FakeResponse;
using test::waitFor;

/// "name" for an available zone, "name (unavailable)" otherwise: one string per list, for readable failures.
QStringList describe(const QList<AvailabilityZone>& zones)
{
    QStringList names;
    for (const AvailabilityZone& zone : zones)
        names << (zone.available ? zone.name : zone.name + QStringLiteral(" (unavailable)"));
    return names;
}

QJsonObject zone(const char* id, const char* name, const char* allocationState)
{
    QJsonObject object {{QStringLiteral("id"), QLatin1String(id)},
        {QStringLiteral("networktype"), QStringLiteral("Advanced")}, {QStringLiteral("securitygroupsenabled"), false}};
    if (name)
        object.insert(QStringLiteral("name"), QLatin1String(name));
    if (allocationState)
        object.insert(QStringLiteral("allocationstate"), QLatin1String(allocationState));
    return object;
}

FakeResponse zones(const QList<QJsonObject>& list)
{
    QJsonArray array;
    for (const QJsonObject& z : list)
        array.append(z);
    return csOk(
        QStringLiteral("listZones"), {{QStringLiteral("count"), array.size()}, {QStringLiteral("zone"), array}});
}

struct ZoneReply
{
    std::string name;
    FakeResponse response;
    /// Set: the call succeeds with these zones (described as above). Unset: it fails with `code`.
    std::optional<QStringList> zones;
    ErrorCode code = ErrorCode::Internal;
    QStringList mentions; ///< in the message, besides the cloud's name and the command
    bool wrongSecret = false; ///< the provider signs with a key the cloud does not know
    bool serverDown = false; ///< nothing listens when the call is made
};

/// A reply that lists `zones`.
ZoneReply listed(std::string name, FakeResponse response, QStringList zones)
{
    ZoneReply reply;
    reply.name = std::move(name);
    reply.response = std::move(response);
    reply.zones = std::move(zones);
    return reply;
}

/// A reply that makes the call fail with `code`, its message naming `mentions`.
ZoneReply failing(std::string name, FakeResponse response, ErrorCode code, QStringList mentions)
{
    ZoneReply reply;
    reply.name = std::move(name);
    reply.response = std::move(response);
    reply.code = code;
    reply.mentions = std::move(mentions);
    return reply;
}

class ZoneReplies : public ::testing::TestWithParam<ZoneReply>
{
};

TEST_P(ZoneReplies, AreZonesOrClearErrors)
{
    const ZoneReply& c = GetParam();
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listZones"), c.response);
    CloudAccount account;
    account.name = QStringLiteral("TestStack");
    account.kind = CloudKind::CloudStack;
    account.apiUrl = cloud.apiUrl().toString();
    account.apiKey = cloud.apiKey;
    CloudStackProvider provider(
        account, c.wrongSecret ? QByteArray("not-the-secret") : cloud.secretKey, FakeCloudStack::fastPolicy());
    if (c.serverDown)
        cloud.server.close();

    const auto listed = waitFor(provider.listAvailabilityZones());

    if (c.zones) {
        ASSERT_TRUE(listed) << listed.error().message.toStdString();
        EXPECT_EQ(describe(*listed), *c.zones);
        const auto sent = cloud.requestsFor(QStringLiteral("listZones"));
        ASSERT_EQ(sent.size(), 1);
        // Every zone the account may use, not only those with its VMs (CloudStack's default).
        EXPECT_EQ(sent[0].params.value(QStringLiteral("available")), QStringLiteral("true"));
        EXPECT_EQ(sent[0].params.value(QStringLiteral("page")), QStringLiteral("1"));
        return;
    }
    ASSERT_FALSE(listed) << describe(*listed).join(QLatin1Char(',')).toStdString();
    const QString message = listed.error().message;
    EXPECT_EQ(listed.error().code, c.code) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("TestStack"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("listZones")) || message.contains(QStringLiteral("listzones")))
        << message.toStdString();
    for (const QString& part : c.mentions)
        EXPECT_TRUE(message.contains(part)) << "missing \"" << part.toStdString() << "\" in: " << message.toStdString();
}

FakeResponse dropped()
{
    FakeResponse response;
    response.drop = true;
    return response;
}

ZoneReply signingWithAWrongSecret(ZoneReply reply)
{
    reply.wrongSecret = true;
    return reply;
}

ZoneReply withServerDown(ZoneReply reply)
{
    reply.serverDown = true;
    return reply;
}

INSTANTIATE_TEST_SUITE_P(CloudStack, ZoneReplies,
    ::testing::Values(
        listed("enabledAndDisabled", zones({zone("a1b2", "zone-a", "Enabled"), zone("c3d4", "zone-b", "Disabled")}),
            {QStringLiteral("zone-a"), QStringLiteral("zone-b (unavailable)")}),
        // CloudStack always sends allocationstate; without it the zone is offered rather than hidden.
        listed("allocationStateMissing", zones({zone("a1b2", "zone-a", nullptr)}), {QStringLiteral("zone-a")}),
        listed("emptyList", csOk(QStringLiteral("listZones"), {}), {}),
        failing("malformedJson", FakeResponse::json(200, R"({"listzonesresponse": {"count": 1, "zone": [{"id": )"),
            ErrorCode::UnexpectedResponse, {QStringLiteral("malformed JSON")}),
        failing("nameMissing", zones({zone("a1b2", "zone-a", "Enabled"), zone("c3d4", nullptr, "Enabled")}),
            ErrorCode::UnexpectedResponse, {QStringLiteral("no \u201cname\u201d"), QStringLiteral("\u201cc3d4\u201d")}),
        signingWithAWrongSecret(failing("unauthorized401", zones({zone("a1b2", "zone-a", "Enabled")}),
            ErrorCode::AuthenticationFailed, {QStringLiteral("unable to verify user credentials")})),
        failing("internalError530",
            csError(QStringLiteral("listZones"), 530, QStringLiteral("Caught exception while listing zones"), 4250),
            ErrorCode::UnexpectedResponse,
            {QStringLiteral("Caught exception while listing zones"), QStringLiteral("internal error")}),
        failing("jettyError500",
            FakeResponse::text(500,
                "<html><head><title>Error 500 Server Error</title></head><body><h2>HTTP ERROR 500</h2></body></html>",
                "text/html"),
            ErrorCode::UnexpectedResponse, {QStringLiteral("500")}),
        failing(
            "connectionDropped", dropped(), ErrorCode::Unavailable, {QStringLiteral("the connection to 127.0.0.1")}),
        withServerDown(
            failing("serverDown", zones({}), ErrorCode::Unavailable, {QStringLiteral("refused the connection")}))),
    [](const auto& info) { return info.param.name; });

TEST(Zones, EveryPageIsRead)
{
    // More zones than one page: CloudStack pages listZones like every list (count + page/pagesize).
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listZones"), [](const test::CsRequest& request) {
        const int page = request.params.value(QStringLiteral("page")).toInt();
        QJsonArray array;
        for (int i = 0; i < (page == 3 ? 1 : 500); ++i) {
            const QString id = QStringLiteral("z-%1-%2").arg(page).arg(i);
            array.append(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), id},
                {QStringLiteral("allocationstate"), QStringLiteral("Enabled")}});
        }
        return csOk(QStringLiteral("listZones"), {{QStringLiteral("count"), 1001}, {QStringLiteral("zone"), array}});
    });
    CloudAccount account;
    account.name = QStringLiteral("TestStack");
    account.kind = CloudKind::CloudStack;
    account.apiUrl = cloud.apiUrl().toString();
    account.apiKey = cloud.apiKey;
    CloudStackProvider provider(account, cloud.secretKey, FakeCloudStack::fastPolicy());
    const auto listed = waitFor(provider.listAvailabilityZones());
    ASSERT_TRUE(listed) << listed.error().message.toStdString();
    EXPECT_EQ(listed->size(), 1001);
    EXPECT_EQ(listed->last().name, QStringLiteral("z-3-0"));
    EXPECT_EQ(cloud.count(QStringLiteral("listZones")), 3);
}

} // namespace
} // namespace ct
