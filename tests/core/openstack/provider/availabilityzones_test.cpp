// Nova's availability zones (GET /os-availability-zone) through OpenStackProvider against a fake Keystone + Nova:
// the api-ref reply, an unavailable zone, an empty list, and every way the answer can go wrong.
#include "fakeopenstack.h"

#include <gtest/gtest.h>

#include <optional>

namespace ct {
namespace {

using test::FakeOpenStack;
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

struct ZoneReply
{
    std::string name;
    FakeResponse response;
    /// Set: the call succeeds with these zones (described as above). Unset: it fails with `code`.
    std::optional<QStringList> zones;
    ErrorCode code = ErrorCode::Internal;
    QStringList mentions; ///< in the message, besides the cloud's name and the action
    bool tokenRefused = false; ///< answer without FakeOpenStack's token check (a 401 for every token)
    bool serverDown = false; ///< nothing listens any more when the call is made
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

class AvailabilityZoneReplies : public ::testing::TestWithParam<ZoneReply>
{
};

TEST_P(AvailabilityZoneReplies, AreZonesOrClearErrors)
{
    const ZoneReply& c = GetParam();
    FakeOpenStack cloud;
    const QString path = cloud.computePath(QStringLiteral("/os-availability-zone"));
    if (c.tokenRefused)
        cloud.server.route("GET", path, c.response);
    else
        cloud.computeRoute("GET", QStringLiteral("/os-availability-zone"), c.response);
    auto provider = cloud.provider(cloud.passwordAccount());
    if (c.serverDown) {
        ASSERT_TRUE(waitFor(provider->authenticate())); // signed in; then the cloud goes away
        cloud.server.close();
    }

    const auto zones = waitFor(provider->listAvailabilityZones());

    if (c.zones) {
        ASSERT_TRUE(zones) << zones.error().message.toStdString();
        EXPECT_EQ(describe(*zones), *c.zones);
        const auto sent = cloud.requestsTo(path);
        ASSERT_EQ(sent.size(), 1);
        EXPECT_FALSE(sent[0].header("x-auth-token").isEmpty());
        EXPECT_EQ(sent[0].header("openstack-api-version"), QByteArray("compute 2.93"));
        return;
    }
    ASSERT_FALSE(zones) << describe(*zones).join(QLatin1Char(',')).toStdString();
    const QString message = zones.error().message;
    EXPECT_EQ(zones.error().code, c.code) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("FakeStack"))) << message.toStdString();
    if (!c.serverDown) { // then the version document is what fails, before any zone is asked for
        EXPECT_TRUE(message.contains(QStringLiteral("list availability zones"))) << message.toStdString();
    }
    for (const QString& part : c.mentions)
        EXPECT_TRUE(message.contains(part)) << "missing \"" << part.toStdString() << "\" in: " << message.toStdString();
    if (c.tokenRefused) {
        // One renewal and one replay, then the refusal stands.
        EXPECT_EQ(cloud.requestsTo(path).size(), 2);
        EXPECT_EQ(cloud.tokensIssued(), 2);
    }
}

FakeResponse novaFault(int status, const char* kind, const char* message)
{
    return FakeResponse::json(status,
        QStringLiteral(R"({"%1": {"code": %2, "message": "%3"}})")
            .arg(QLatin1String(kind))
            .arg(status)
            .arg(QLatin1String(message))
            .toUtf8());
}

FakeResponse dropped()
{
    FakeResponse response;
    response.drop = true;
    return response;
}

ZoneReply refusingEveryToken(ZoneReply reply)
{
    reply.tokenRefused = true;
    return reply;
}

ZoneReply withServerDown(ZoneReply reply)
{
    reply.serverDown = true;
    return reply;
}

INSTANTIATE_TEST_SUITE_P(Nova, AvailabilityZoneReplies,
    ::testing::Values(
        listed("apiRefSample",
            FakeResponse::json(200, test::fixture(QStringLiteral("compute/listAvailabilityZones_default.json"))),
            {QStringLiteral("nova")}),
        listed("oneUnavailable",
            FakeResponse::json(200, test::fixture(QStringLiteral("compute/listAvailabilityZones_oneUnavailable.json"))),
            {QStringLiteral("nova"), QStringLiteral("az-maintenance (unavailable)")}),
        listed("emptyList", FakeResponse::json(200, R"({"availabilityZoneInfo": []})"), {}),
        failing("malformedJson", FakeResponse::json(200, R"({"availabilityZoneInfo": [{"zoneName": "nova", )"),
            ErrorCode::UnexpectedResponse, {QStringLiteral("malformed JSON")}),
        failing("proxyLoginPage",
            FakeResponse::text(
                200, "<html><head><title>Corporate Proxy Login</title></head><body></body></html>", "text/html"),
            ErrorCode::UnexpectedResponse, {QStringLiteral("Corporate Proxy Login")}),
        failing("listMissing", FakeResponse::json(200, R"({"zones": []})"), ErrorCode::UnexpectedResponse,
            {QStringLiteral("\u201cavailabilityZoneInfo\u201d is missing")}),
        failing("listNotAList", FakeResponse::json(200, R"({"availabilityZoneInfo": {"zoneName": "nova"}})"),
            ErrorCode::UnexpectedResponse, {QStringLiteral("\u201cavailabilityZoneInfo\u201d is not a list")}),
        failing("zoneNameMissing",
            FakeResponse::json(200,
                R"({"availabilityZoneInfo": [{"zoneName": "nova", "zoneState": {"available": true}},
                                             {"zoneState": {"available": true}, "hosts": null}]})"),
            ErrorCode::UnexpectedResponse, {QStringLiteral("zone 2 of 2 has no \u201czoneName\u201d")}),
        failing("zoneStateMissing",
            FakeResponse::json(200, R"({"availabilityZoneInfo": [{"zoneName": "nova", "hosts": null}]})"),
            ErrorCode::UnexpectedResponse, {QStringLiteral("zone \u201cnova\u201d has no \u201czoneState\u201d")}),
        refusingEveryToken(failing("unauthorized401",
            FakeResponse::json(401, test::fixture(QStringLiteral("identity/authenticate_unauthorized.json"))),
            ErrorCode::AuthenticationFailed, {QStringLiteral("HTTP 401")})),
        failing("policyForbids403",
            novaFault(
                403, "forbidden", "Policy doesn't allow os_compute_api:os-availability-zone:list to be performed."),
            ErrorCode::PermissionDenied, {QStringLiteral("os_compute_api:os-availability-zone:list")}),
        failing("internalError500",
            novaFault(500, "computeFault",
                "Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the Nova "
                "API log if possible."),
            ErrorCode::UnexpectedResponse,
            {QStringLiteral("HTTP 500"), QStringLiteral("Unexpected API Error"), QStringLiteral("internal error")}),
        failing(
            "connectionDropped", dropped(), ErrorCode::Unavailable, {QStringLiteral("the connection to 127.0.0.1")}),
        withServerDown(failing("serverDown", FakeResponse::json(200, R"({"availabilityZoneInfo": []})"),
            ErrorCode::Unavailable, {QStringLiteral("refused the connection")}))),
    [](const auto& info) { return info.param.name; });

} // namespace
} // namespace ct
