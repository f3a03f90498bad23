// Nova through OpenStackProvider against a fake Keystone + Nova: microversions, paged listing, parsing,
// actions and waiting.
#include "cloud/openstack/compute/microversion.h"
#include "cloud/openstack/compute/novajson.h"
#include "fakeopenstack.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace ct {
namespace {

using test::FakeOpenStack;
using test::FakeResponse;
using test::RecordedRequest;
using test::serverJson;
using test::serversPage;
using test::waitFor;

class Compute : public ::testing::Test
{
protected:
    void SetUp() override { m_provider = m_cloud.provider(m_cloud.passwordAccount()); }
    QString path(const QString& p) const { return m_cloud.computePath(p); }

    FakeOpenStack m_cloud;
    std::unique_ptr<openstack::OpenStackProvider> m_provider;
};

// --- microversions --------------------------------------------------------------------------------------------

struct VersionCase
{
    const char* name;
    const char* serverMax;
    const char* expected;
};

class Microversions : public ::testing::TestWithParam<VersionCase>
{
};

TEST_P(Microversions, NegotiatesAndSendsBothHeaders)
{
    FakeOpenStack cloud;
    cloud.maxVersion = QString::fromLatin1(GetParam().serverMax);
    cloud.computeRoute("GET", QStringLiteral("/servers/detail"), FakeResponse::json(200, serversPage({})));
    auto provider = cloud.provider(cloud.passwordAccount());
    ASSERT_TRUE(waitFor(provider->listServers()));
    const auto lists = cloud.requestsTo(cloud.computePath(QStringLiteral("/servers/detail")));
    ASSERT_EQ(lists.size(), 1);
    const QByteArray expected = GetParam().expected;
    EXPECT_EQ(lists[0].header("openstack-api-version"), "compute " + expected);
    EXPECT_EQ(lists[0].header("x-openstack-nova-api-version"), expected);
    EXPECT_EQ(cloud.server.count("GET", QStringLiteral("/compute/v2.1/")), 1);
}

INSTANTIATE_TEST_SUITE_P(Nova, Microversions,
    ::testing::Values(VersionCase {"zed", "2.93", "2.93"}, VersionCase {"newer", "2.100", "2.93"},
        VersionCase {"yoga", "2.90", "2.90"}, VersionCase {"embeddedFlavorsExactly", "2.47", "2.47"},
        VersionCase {"old", "2.40", "2.40"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(MicroversionMath, ParsesAndCompares)
{
    using openstack::Microversion;
    EXPECT_EQ(Microversion::parse(QStringLiteral("2.93")), (Microversion {2, 93}));
    EXPECT_TRUE(Microversion::parse(QStringLiteral("")).isNull());
    EXPECT_TRUE(Microversion::parse(QStringLiteral("latest")).isNull());
    EXPECT_LT((Microversion {2, 9}), (Microversion {2, 47}));
    EXPECT_EQ(openstack::negotiateComputeVersion({2, 1}, {2, 104}), (Microversion {2, 93}));
    EXPECT_EQ(openstack::negotiateComputeVersion({2, 95}, {2, 104}), (Microversion {2, 95}));
}

TEST_F(Compute, OldMicroversionLooksFlavorsUpOncePerListing)
{
    m_cloud.maxVersion = QStringLiteral("2.40");
    const QJsonObject old = test::fixtureObject(QStringLiteral("compute/listServers_v219.json"))
                                .value(QLatin1String("servers"))
                                .toArray()
                                .first()
                                .toObject();
    QList<QJsonObject> servers;
    for (int i = 0; i < 5; ++i) {
        QJsonObject server = old;
        server.insert(QStringLiteral("id"), QStringLiteral("old-%1").arg(i));
        servers.append(server);
    }
    m_cloud.computeRoute("GET", QStringLiteral("/servers/detail"), FakeResponse::json(200, serversPage(servers)));
    m_cloud.computeRoute("GET", QStringLiteral("/flavors/detail"),
        FakeResponse::json(200, test::fixture(QStringLiteral("compute/listFlavors_default.json"))));
    const auto list = waitFor(m_provider->listServers());
    ASSERT_TRUE(list) << list.error().message.toStdString();
    ASSERT_EQ(list->size(), 5);
    EXPECT_EQ(list->at(0).flavorName, QStringLiteral("m1.small"));
    EXPECT_EQ(list->at(0).vcpus, 1);
    EXPECT_EQ(list->at(0).ramMb, 2048);
    EXPECT_EQ(list->at(0).diskGb, 20);
    EXPECT_EQ(list->at(0).status, ServerStatus::Stopped);
    EXPECT_TRUE(list->at(0).imageId.isEmpty()) << "volume-backed: image is \"\"";
    EXPECT_EQ(m_cloud.server.count("GET", path(QStringLiteral("/flavors/detail"))), 1);
    EXPECT_EQ(m_cloud.requestsTo(path(QStringLiteral("/servers/detail")))[0].header("openstack-api-version"),
        QByteArray("compute 2.40"));
}

// --- parsing --------------------------------------------------------------------------------------------------

TEST_F(Compute, ParsesTheApiRefServer)
{
    m_cloud.computeRoute("GET", QStringLiteral("/servers/detail"),
        FakeResponse::json(200, test::fixture(QStringLiteral("compute/listServers_v247.json"))));
    const auto list = waitFor(m_provider->listServers());
    ASSERT_TRUE(list) << list.error().message.toStdString();
    ASSERT_EQ(list->size(), 1);
    const Server& s = list->first();
    EXPECT_EQ(s.id, QStringLiteral("764e369e-a874-4401-b7ce-43e4760888da"));
    EXPECT_EQ(s.name, QStringLiteral("new-server-test"));
    EXPECT_EQ(s.status, ServerStatus::Active);
    EXPECT_EQ(s.providerStatus, QStringLiteral("ACTIVE"));
    EXPECT_EQ(s.powerState, PowerState::Running);
    EXPECT_TRUE(s.taskState.isEmpty());
    EXPECT_EQ(s.vcpus, 1);
    EXPECT_EQ(s.ramMb, 512);
    EXPECT_EQ(s.diskGb, 1);
    EXPECT_EQ(s.flavorName, QStringLiteral("m1.tiny.specs"));
    EXPECT_EQ(s.imageId, QStringLiteral("70a599e0-31e7-49b7-b260-868f441e862b"));
    ASSERT_EQ(s.addresses.size(), 2);
    EXPECT_EQ(s.addresses[0].network, QStringLiteral("private"));
    EXPECT_EQ(s.addresses[0].ip, QStringLiteral("192.168.0.3"));
    EXPECT_EQ(s.addresses[0].type, QStringLiteral("fixed"));
    EXPECT_EQ(s.addresses[1].type, QStringLiteral("floating"));
    EXPECT_EQ(s.created, QDateTime(QDate(2017, 2, 14), QTime(19, 24, 42), Qt::UTC));
    EXPECT_EQ(s.updated, QDateTime(QDate(2017, 2, 14), QTime(19, 24, 43), Qt::UTC));
    EXPECT_EQ(s.metadata.value(QStringLiteral("My Server Name")).toString(), QStringLiteral("Apache1"));
    EXPECT_EQ(s.zone, QStringLiteral("nova"));
    EXPECT_EQ(s.keyName, QStringLiteral("demo-key"));
}

struct StatusCase
{
    const char* nova;
    ServerStatus status;
};

class StatusTable : public ::testing::TestWithParam<StatusCase>
{
};

TEST_P(StatusTable, MapsEveryNovaStatus)
{
    EXPECT_EQ(openstack::serverStatusFromNova(QString::fromLatin1(GetParam().nova)), GetParam().status);
}

INSTANTIATE_TEST_SUITE_P(Nova, StatusTable,
    ::testing::Values(StatusCase {"ACTIVE", ServerStatus::Active}, StatusCase {"BUILD", ServerStatus::Building},
        StatusCase {"DELETED", ServerStatus::Deleted}, StatusCase {"ERROR", ServerStatus::Error},
        StatusCase {"HARD_REBOOT", ServerStatus::Rebooting}, StatusCase {"MIGRATING", ServerStatus::Resizing},
        StatusCase {"PASSWORD", ServerStatus::Active}, StatusCase {"PAUSED", ServerStatus::Paused},
        StatusCase {"REBOOT", ServerStatus::Rebooting}, StatusCase {"REBUILD", ServerStatus::Building},
        StatusCase {"RESCUE", ServerStatus::Unknown}, StatusCase {"RESIZE", ServerStatus::Resizing},
        StatusCase {"REVERT_RESIZE", ServerStatus::Resizing}, StatusCase {"SHELVED", ServerStatus::Shelved},
        StatusCase {"SHELVED_OFFLOADED", ServerStatus::Shelved}, StatusCase {"SHUTOFF", ServerStatus::Stopped},
        StatusCase {"SOFT_DELETED", ServerStatus::Deleted}, StatusCase {"SUSPENDED", ServerStatus::Suspended},
        StatusCase {"UNKNOWN", ServerStatus::Unknown}, StatusCase {"VERIFY_RESIZE", ServerStatus::VerifyResize},
        StatusCase {"SOMETHING_NEW", ServerStatus::Unknown}));

// --- pagination -----------------------------------------------------------------------------------------------

TEST_F(Compute, FollowsThreePagesByMarker)
{
    m_cloud.computeRoute("GET", QStringLiteral("/servers/detail"), [](const RecordedRequest& request) {
        const QString marker = request.query.queryItemValue(QStringLiteral("marker"));
        if (marker.isEmpty())
            return FakeResponse::json(200,
                serversPage(
                    {serverJson(QStringLiteral("s1")), serverJson(QStringLiteral("s2"))}, QStringLiteral("s2")));
        if (marker == QLatin1String("s2"))
            return FakeResponse::json(200,
                serversPage(
                    {serverJson(QStringLiteral("s3")), serverJson(QStringLiteral("s4"))}, QStringLiteral("s4")));
        return FakeResponse::json(200, serversPage({serverJson(QStringLiteral("s5"))}));
    });
    ListServersOptions options;
    options.pageSize = 2;
    const auto list = waitFor(m_provider->listServers(options));
    ASSERT_TRUE(list) << list.error().message.toStdString();
    QStringList ids;
    for (const Server& s : *list)
        ids.append(s.id);
    EXPECT_EQ(ids,
        (QStringList {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"), QStringLiteral("s4"),
            QStringLiteral("s5")}));
    const auto pages = m_cloud.requestsTo(path(QStringLiteral("/servers/detail")));
    ASSERT_EQ(pages.size(), 3);
    EXPECT_FALSE(pages[0].query.hasQueryItem(QStringLiteral("marker")));
    EXPECT_EQ(pages[0].query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
    EXPECT_EQ(pages[1].query.queryItemValue(QStringLiteral("marker")), QStringLiteral("s2"));
    EXPECT_EQ(pages[2].query.queryItemValue(QStringLiteral("marker")), QStringLiteral("s4"));
}

TEST_F(Compute, WithoutLinksUsesTheLastIdUntilAShortPage)
{
    m_cloud.computeRoute("GET", QStringLiteral("/servers/detail"), [](const RecordedRequest& request) {
        const QString marker = request.query.queryItemValue(QStringLiteral("marker"));
        if (marker.isEmpty())
            return FakeResponse::json(
                200, serversPage({serverJson(QStringLiteral("a")), serverJson(QStringLiteral("b"))}));
        if (marker == QLatin1String("b"))
            return FakeResponse::json(
                200, serversPage({serverJson(QStringLiteral("b")), serverJson(QStringLiteral("c"))}));
        return FakeResponse::json(200, serversPage({}));
    });
    ListServersOptions options;
    options.pageSize = 2;
    const auto list = waitFor(m_provider->listServers(options));
    ASSERT_TRUE(list);
    EXPECT_EQ(list->size(), 3) << "b came twice (the set changed between pages) and is kept once";
    const auto pages = m_cloud.requestsTo(path(QStringLiteral("/servers/detail")));
    ASSERT_EQ(pages.size(), 3);
    EXPECT_EQ(pages[2].query.queryItemValue(QStringLiteral("marker")), QStringLiteral("c"));
}

TEST_F(Compute, EmptyProjectIsAnEmptyList)
{
    m_cloud.computeRoute("GET", QStringLiteral("/servers/detail"), FakeResponse::json(200, R"({"servers": []})"));
    const auto list = waitFor(m_provider->listServers());
    ASSERT_TRUE(list) << list.error().message.toStdString();
    EXPECT_TRUE(list->isEmpty());
}

TEST_F(Compute, HugePageOfAThousandServers)
{
    QList<QJsonObject> servers;
    for (int i = 0; i < 1000; ++i)
        servers.append(serverJson(QStringLiteral("srv-%1").arg(i, 4, 10, QLatin1Char('0'))));
    const QByteArray page = serversPage(servers);
    m_cloud.computeRoute("GET", QStringLiteral("/servers/detail"), [page](const RecordedRequest& request) {
        return request.query.hasQueryItem(QStringLiteral("marker")) ? FakeResponse::json(200, serversPage({}))
                                                                    : FakeResponse::json(200, page);
    });
    const auto list = waitFor(m_provider->listServers());
    ASSERT_TRUE(list) << list.error().message.toStdString();
    EXPECT_EQ(list->size(), 1000);
    EXPECT_EQ(list->last().id, QStringLiteral("srv-0999"));
    EXPECT_EQ(
        m_cloud.requestsTo(path(QStringLiteral("/servers/detail")))[0].query.queryItemValue(QStringLiteral("limit")),
        QStringLiteral("1000"));
}

TEST_F(Compute, ChangesSinceIsSentForIncrementalRefresh)
{
    m_cloud.computeRoute("GET", QStringLiteral("/servers/detail"),
        FakeResponse::json(200, serversPage({serverJson(QStringLiteral("gone"), QStringLiteral("DELETED"))})));
    ListServersOptions options;
    options.changesSince = QDateTime(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);
    const auto list = waitFor(m_provider->listServers(options));
    ASSERT_TRUE(list);
    EXPECT_EQ(list->first().status, ServerStatus::Deleted);
    EXPECT_EQ(m_cloud.requestsTo(path(QStringLiteral("/servers/detail")))[0].query.queryItemValue(
                  QStringLiteral("changes-since"), QUrl::FullyDecoded),
        QStringLiteral("2026-11-25T12:00:00Z"));
}

struct BadBodyCase
{
    const char* name;
    int status;
    const char* contentType;
    const char* body;
    ErrorCode code;
    const char* mentions;
};

class BadBodies : public Compute, public ::testing::WithParamInterface<BadBodyCase>
{
};

TEST_P(BadBodies, AreClearErrorsNotCrashes)
{
    const auto& c = GetParam();
    m_cloud.computeRoute("GET", QStringLiteral("/servers/detail"), FakeResponse::text(c.status, c.body, c.contentType));
    const auto list = waitFor(m_provider->listServers());
    ASSERT_FALSE(list);
    EXPECT_EQ(list.error().code, c.code) << list.error().message.toStdString();
    EXPECT_TRUE(list.error().message.contains(QString::fromUtf8(c.mentions))) << list.error().message.toStdString();
    EXPECT_TRUE(list.error().message.contains(QStringLiteral("FakeStack")));
}

INSTANTIATE_TEST_SUITE_P(Nova, BadBodies,
    ::testing::Values(BadBodyCase {"malformedJson", 200, "application/json", R"({"servers": [{"id": "a", )",
                          ErrorCode::UnexpectedResponse, "malformed JSON"},
        BadBodyCase {
            "notAnObject", 200, "application/json", R"([1, 2])", ErrorCode::UnexpectedResponse, "malformed JSON"},
        BadBodyCase {
            "noServersKey", 200, "application/json", R"({"flavors": []})", ErrorCode::UnexpectedResponse, "servers"},
        BadBodyCase {"emptyBody", 200, "application/json", "", ErrorCode::UnexpectedResponse, "empty"},
        BadBodyCase {"proxyLoginPage200", 200, "text/html",
            "<html><head><title>Corporate Proxy Login</title></head><body>Sign in</body></html>",
            ErrorCode::UnexpectedResponse, "Corporate Proxy Login"},
        BadBodyCase {"proxyBadGateway", 502, "text/html",
            "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>",
            ErrorCode::Unavailable, "502 Bad Gateway"}),
    [](const auto& info) { return std::string(info.param.name); });

// --- create, actions ------------------------------------------------------------------------------------------

TEST_F(Compute, CreateServerSendsTheApiRefBodyAndReadsTheServerBack)
{
    m_cloud.computeRoute("POST", QStringLiteral("/servers"),
        FakeResponse::json(202, R"({"server": {"OS-DCF:diskConfig": "AUTO", "adminPass": "x",
                             "id": "new-1", "links": [], "security_groups": [{"name": "default"}]}})"));
    m_cloud.computeRoute("GET", QStringLiteral("/servers/new-1"),
        FakeResponse::json(200,
            QJsonDocument(
                QJsonObject {{QStringLiteral("server"), serverJson(QStringLiteral("new-1"), QStringLiteral("BUILD"))}})
                .toJson()));
    CreateServerRequest create;
    create.name = QStringLiteral("twin-web");
    create.flavorId = QStringLiteral("2");
    create.imageId = QStringLiteral("70a599e0-31e7-49b7-b260-868f441e862b");
    create.networkIds = {QStringLiteral("net-1")};
    create.securityGroupNames = {QStringLiteral("web")};
    create.keyName = QStringLiteral("demo-key");
    create.availabilityZone = QStringLiteral("nova");
    create.userData = "#cloud-config\n";
    create.metadata = {{QStringLiteral("cloudtwin"), QStringLiteral("pair-1")}};
    const auto server = waitFor(m_provider->createServer(create));
    ASSERT_TRUE(server) << server.error().message.toStdString();
    EXPECT_EQ(server->id, QStringLiteral("new-1"));
    EXPECT_EQ(server->status, ServerStatus::Building);
    const auto posts = m_cloud.requestsTo(path(QStringLiteral("/servers")));
    ASSERT_EQ(posts.size(), 1);
    EXPECT_EQ(QJsonDocument::fromJson(posts[0].body), QJsonDocument::fromJson(R"({"server": {
        "name": "twin-web", "flavorRef": "2", "imageRef": "70a599e0-31e7-49b7-b260-868f441e862b",
        "networks": [{"uuid": "net-1"}], "security_groups": [{"name": "web"}], "key_name": "demo-key",
        "availability_zone": "nova", "user_data": "I2Nsb3VkLWNvbmZpZwo=", "metadata": {"cloudtwin": "pair-1"}}})"))
        << posts[0].body.toStdString();
}

TEST_F(Compute, CreateServerWithoutNetworksAsksForAuto)
{
    m_cloud.computeRoute(
        "POST", QStringLiteral("/servers"), FakeResponse::json(500, R"({"computeFault": {"message": "boom"}})"));
    CreateServerRequest create;
    create.name = QStringLiteral("x");
    create.flavorId = QStringLiteral("1");
    const auto server = waitFor(m_provider->createServer(create));
    ASSERT_FALSE(server);
    EXPECT_TRUE(server.error().message.contains(QStringLiteral("boom")));
    EXPECT_EQ(m_cloud.server.count("POST", path(QStringLiteral("/servers"))), 1) << "a create is never resent";
    const auto body = QJsonDocument::fromJson(m_cloud.requestsTo(path(QStringLiteral("/servers")))[0].body).object();
    EXPECT_EQ(body.value(QLatin1String("server")).toObject().value(QLatin1String("networks")).toString(),
        QStringLiteral("auto"));
}

struct ActionCase
{
    const char* name;
    std::function<QFuture<Status>(openstack::OpenStackProvider&)> run;
    const char* body;
};

class Actions : public Compute, public ::testing::WithParamInterface<ActionCase>
{
};

TEST_P(Actions, PostTheApiRefBody)
{
    m_cloud.computeRoute("POST", QStringLiteral("/servers/s1/action"), FakeResponse::json(202, ""));
    const Status done = waitFor(GetParam().run(*m_provider));
    ASSERT_TRUE(done) << done.error().message.toStdString();
    const auto posts = m_cloud.requestsTo(path(QStringLiteral("/servers/s1/action")));
    ASSERT_EQ(posts.size(), 1);
    EXPECT_EQ(QJsonDocument::fromJson(posts[0].body), QJsonDocument::fromJson(GetParam().body));
}

INSTANTIATE_TEST_SUITE_P(Nova, Actions,
    ::testing::Values(
        ActionCase {"start", [](auto& p) { return p.startServer(QStringLiteral("s1")); }, R"({"os-start": null})"},
        ActionCase {"stop", [](auto& p) { return p.stopServer(QStringLiteral("s1")); }, R"({"os-stop": null})"},
        ActionCase {"softReboot", [](auto& p) { return p.rebootServer(QStringLiteral("s1")); },
            R"({"reboot": {"type": "SOFT"}})"},
        ActionCase {"hardReboot", [](auto& p) { return p.rebootServer(QStringLiteral("s1"), true); },
            R"({"reboot": {"type": "HARD"}})"},
        ActionCase {"resize", [](auto& p) { return p.resizeServer(QStringLiteral("s1"), QStringLiteral("3")); },
            R"({"resize": {"flavorRef": "3"}})"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(Compute, DeleteAndVolumeAttachments)
{
    m_cloud.computeRoute("DELETE", QStringLiteral("/servers/s1"), FakeResponse::json(204, ""));
    m_cloud.computeRoute("POST", QStringLiteral("/servers/s1/os-volume_attachments"),
        FakeResponse::json(200, R"({"volumeAttachment": {"device": "/dev/vdb", "id": "v1",
                             "serverId": "s1", "volumeId": "v1"}})"));
    m_cloud.computeRoute("DELETE", QStringLiteral("/servers/s1/os-volume_attachments/v1"), FakeResponse::json(202, ""));
    ASSERT_TRUE(waitFor(m_provider->attachVolume(QStringLiteral("s1"), QStringLiteral("v1"))));
    EXPECT_EQ(
        QJsonDocument::fromJson(m_cloud.requestsTo(path(QStringLiteral("/servers/s1/os-volume_attachments")))[0].body),
        QJsonDocument::fromJson(R"({"volumeAttachment": {"volumeId": "v1"}})"));
    ASSERT_TRUE(waitFor(m_provider->detachVolume(QStringLiteral("s1"), QStringLiteral("v1"))));
    ASSERT_TRUE(waitFor(m_provider->deleteServer(QStringLiteral("s1"))));
}

struct SnapshotCase
{
    const char* name;
    const char* serverMax;
    const char* body;
    const char* location;
};

class SnapshotIds : public ::testing::TestWithParam<SnapshotCase>
{
};

TEST_P(SnapshotIds, ComeFromBodyOrLocation)
{
    const auto& c = GetParam();
    FakeOpenStack cloud;
    cloud.maxVersion = QString::fromLatin1(c.serverMax);
    FakeResponse answer = FakeResponse::json(202, c.body);
    if (*c.location)
        answer.header("Location", c.location);
    cloud.computeRoute("POST", QStringLiteral("/servers/s1/action"), answer);
    auto provider = cloud.provider(cloud.passwordAccount());
    const auto image = waitFor(provider->snapshotServer(
        QStringLiteral("s1"), QStringLiteral("snap-1"), {{QStringLiteral("cloudtwin_pair"), QStringLiteral("p1")}}));
    ASSERT_TRUE(image) << image.error().message.toStdString();
    EXPECT_EQ(*image, QStringLiteral("0e7761dd-ee98-41f0-ba35-05994e446431"));
    EXPECT_EQ(
        QJsonDocument::fromJson(cloud.requestsTo(cloud.computePath(QStringLiteral("/servers/s1/action")))[0].body),
        QJsonDocument::fromJson(R"({"createImage": {"name": "snap-1", "metadata": {"cloudtwin_pair": "p1"}}})"));
}

INSTANTIATE_TEST_SUITE_P(Nova, SnapshotIds,
    ::testing::Values(SnapshotCase {"body245", "2.93", R"({"image_id": "0e7761dd-ee98-41f0-ba35-05994e446431"})", ""},
        SnapshotCase {
            "location244", "2.40", "", "http://glance.example:9292/v2/images/0e7761dd-ee98-41f0-ba35-05994e446431"}),
    [](const auto& info) { return std::string(info.param.name); });

// --- confirm resize -------------------------------------------------------------------------------------------

struct ConfirmCase
{
    const char* name;
    const char* statusAfter409;
    const char* flavorAfter; ///< original_name of the server's flavor after the 409
    bool ok;
};

class ConfirmResize : public Compute, public ::testing::WithParamInterface<ConfirmCase>
{
};

TEST_P(ConfirmResize, AlreadyConfirmedIsSuccess)
{
    const auto& c = GetParam();
    m_cloud.computeRoute("POST", QStringLiteral("/servers/s1/action"), [](const RecordedRequest& request) {
        if (request.body.contains("resize\""))
            return FakeResponse::json(202, "");
        return FakeResponse::json(409,
            R"({"conflictingRequest": {"code": 409, "message": "Cannot 'confirmResize' instance s1 while it is in vm_state active"}})");
    });
    QJsonObject server = serverJson(QStringLiteral("s1"), QString::fromLatin1(c.statusAfter409));
    QJsonObject flavor = server.value(QLatin1String("flavor")).toObject();
    flavor.insert(QStringLiteral("original_name"), QString::fromLatin1(c.flavorAfter));
    server.insert(QStringLiteral("flavor"), flavor);
    m_cloud.computeRoute("GET", QStringLiteral("/servers/s1"),
        FakeResponse::json(200, QJsonDocument(QJsonObject {{QStringLiteral("server"), server}}).toJson()));
    m_cloud.computeRoute("GET", QStringLiteral("/flavors/3"),
        FakeResponse::json(
            200, R"({"flavor": {"id": "3", "name": "m1.medium", "vcpus": 2, "ram": 4096, "disk": 40}})"));
    ASSERT_TRUE(waitFor(m_provider->resizeServer(QStringLiteral("s1"), QStringLiteral("3"))));
    const Status confirmed = waitFor(m_provider->confirmResize(QStringLiteral("s1")));
    EXPECT_EQ(confirmed.ok(), c.ok) << (confirmed ? std::string() : confirmed.error().message.toStdString());
    if (!c.ok) {
        EXPECT_EQ(confirmed.error().code, ErrorCode::Conflict);
    }
}

INSTANTIATE_TEST_SUITE_P(Nova, ConfirmResize,
    ::testing::Values(ConfirmCase {"autoConfirmedActive", "ACTIVE", "m1.medium", true},
        ConfirmCase {"autoConfirmedShutoff", "SHUTOFF", "m1.medium", true},
        ConfirmCase {"reverted", "ACTIVE", "m1.tiny", false},
        ConfirmCase {"stillVerifying", "VERIFY_RESIZE", "m1.medium", false}),
    [](const auto& info) { return std::string(info.param.name); });

TEST_F(Compute, ConfirmResizeSendsConfirmResize)
{
    m_cloud.computeRoute("POST", QStringLiteral("/servers/s1/action"), FakeResponse::json(204, ""));
    ASSERT_TRUE(waitFor(m_provider->confirmResize(QStringLiteral("s1"))));
    EXPECT_EQ(QJsonDocument::fromJson(m_cloud.requestsTo(path(QStringLiteral("/servers/s1/action")))[0].body),
        QJsonDocument::fromJson(R"({"confirmResize": null})"));
}

// --- wait -----------------------------------------------------------------------------------------------------

class WaitForServer : public Compute
{
protected:
    /// GET /servers/s1 answers `statuses` in turn, then the last one forever.
    void serveStatuses(QStringList statuses, QString fault = {})
    {
        auto index = std::make_shared<int>(0);
        m_cloud.computeRoute("GET", QStringLiteral("/servers/s1"), [statuses, fault, index](const RecordedRequest&) {
            const QString status = statuses.value(std::min<int>(*index, statuses.size() - 1));
            ++*index;
            QJsonObject server = serverJson(QStringLiteral("s1"), status);
            if (status == QLatin1String("BUILD"))
                server.insert(QStringLiteral("OS-EXT-STS:task_state"), QStringLiteral("spawning"));
            if (!fault.isEmpty())
                server.insert(QStringLiteral("fault"),
                    QJsonObject {{QStringLiteral("code"), 500}, {QStringLiteral("message"), fault}});
            return FakeResponse::json(200, QJsonDocument(QJsonObject {{QStringLiteral("server"), server}}).toJson());
        });
    }
};

TEST_F(WaitForServer, BuildThenActive)
{
    serveStatuses({QStringLiteral("BUILD"), QStringLiteral("BUILD"), QStringLiteral("ACTIVE")});
    QStringList phases;
    const auto server = waitFor(m_provider->waitForServer(QStringLiteral("s1"), {ServerStatus::Active},
        QDeadlineTimer(10000), [&](const QString& phase, qint64, qint64) { phases.append(phase); }));
    ASSERT_TRUE(server) << server.error().message.toStdString();
    EXPECT_EQ(server->status, ServerStatus::Active);
    EXPECT_EQ(m_cloud.server.count("GET", path(QStringLiteral("/servers/s1"))), 3);
    EXPECT_TRUE(phases.contains(QStringLiteral("BUILD (spawning)"))) << phases.join(QLatin1Char(',')).toStdString();
}

TEST_F(WaitForServer, BuildThenErrorCarriesTheFault)
{
    serveStatuses({QStringLiteral("BUILD"), QStringLiteral("ERROR")},
        QStringLiteral("No valid host was found. There are not enough hosts available."));
    const auto server
        = waitFor(m_provider->waitForServer(QStringLiteral("s1"), {ServerStatus::Active}, QDeadlineTimer(10000)));
    ASSERT_FALSE(server);
    EXPECT_TRUE(server.error().message.contains(QStringLiteral("No valid host was found")))
        << server.error().message.toStdString();
    EXPECT_TRUE(server.error().message.contains(QStringLiteral("ERROR")));
}

TEST_F(WaitForServer, TimesOutWithTheLastStatus)
{
    serveStatuses({QStringLiteral("BUILD")});
    QElapsedTimer clock;
    clock.start();
    const auto server
        = waitFor(m_provider->waitForServer(QStringLiteral("s1"), {ServerStatus::Active}, QDeadlineTimer(300)));
    ASSERT_FALSE(server);
    EXPECT_EQ(server.error().code, ErrorCode::TimedOut);
    EXPECT_TRUE(server.error().message.contains(QStringLiteral("BUILD"))) << server.error().message.toStdString();
    EXPECT_LT(clock.elapsed(), 3000);
    EXPECT_GE(m_cloud.server.count("GET", path(QStringLiteral("/servers/s1"))), 3) << "polled more than once";
}

TEST_F(WaitForServer, DisappearanceIsAnErrorUnlessDeletedIsTheTarget)
{
    m_cloud.computeRoute("GET", QStringLiteral("/servers/s1"),
        FakeResponse::json(404, R"({"itemNotFound": {"code": 404, "message": "Instance s1 could not be found."}})"));
    const auto waited
        = waitFor(m_provider->waitForServer(QStringLiteral("s1"), {ServerStatus::Active}, QDeadlineTimer(5000)));
    ASSERT_FALSE(waited);
    EXPECT_EQ(waited.error().code, ErrorCode::NotFound);
    const auto deleted
        = waitFor(m_provider->waitForServer(QStringLiteral("s1"), {ServerStatus::Deleted}, QDeadlineTimer(5000)));
    ASSERT_TRUE(deleted);
    EXPECT_EQ(deleted->status, ServerStatus::Deleted);
}

TEST_F(WaitForServer, SurvivesATokenThatExpiresInTheMiddle)
{
    auto polls = std::make_shared<int>(0);
    m_cloud.computeRoute("GET", QStringLiteral("/servers/s1"), [this, polls](const RecordedRequest&) {
        // After the third poll the cloud stops accepting the first token, as at its expiry.
        if (++*polls == 3)
            m_cloud.revokeAllTokens();
        const QString status = *polls < 6 ? QStringLiteral("BUILD") : QStringLiteral("ACTIVE");
        return FakeResponse::json(200,
            QJsonDocument(QJsonObject {{QStringLiteral("server"), serverJson(QStringLiteral("s1"), status)}}).toJson());
    });
    const auto server
        = waitFor(m_provider->waitForServer(QStringLiteral("s1"), {ServerStatus::Active}, QDeadlineTimer(10000)));
    ASSERT_TRUE(server) << server.error().message.toStdString();
    EXPECT_EQ(server->status, ServerStatus::Active);
    EXPECT_EQ(m_cloud.tokensIssued(), 2);
    const auto gets = m_cloud.requestsTo(path(QStringLiteral("/servers/s1")));
    EXPECT_EQ(gets.last().header("x-auth-token"), QByteArray("tok-2"));
}

// --- flavors and key pairs ------------------------------------------------------------------------------------

TEST_F(Compute, ListsFlavorsAndKeyPairs)
{
    m_cloud.computeRoute("GET", QStringLiteral("/flavors/detail"),
        FakeResponse::json(200, test::fixture(QStringLiteral("compute/listFlavors_default.json"))));
    m_cloud.computeRoute("GET", QStringLiteral("/os-keypairs"),
        FakeResponse::json(200, test::fixture(QStringLiteral("compute/listKeyPairs_default.json"))));
    const auto flavors = waitFor(m_provider->listFlavors());
    ASSERT_TRUE(flavors);
    ASSERT_EQ(flavors->size(), 3);
    EXPECT_EQ(flavors->at(2).name, QStringLiteral("m1.medium"));
    EXPECT_EQ(flavors->at(2).vcpus, 2);
    EXPECT_EQ(flavors->at(2).ramMb, 4096);
    EXPECT_EQ(flavors->at(2).diskGb, 40);
    const auto keys = waitFor(m_provider->listKeyPairs());
    ASSERT_TRUE(keys);
    ASSERT_EQ(keys->size(), 1);
    EXPECT_EQ(keys->first().name, QStringLiteral("keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3"));
    EXPECT_EQ(keys->first().fingerprint, QStringLiteral("7e:eb:ab:24:ba:d1:e1:88:ae:9a:fb:66:53:df:d3:bd"));
    EXPECT_TRUE(keys->first().publicKey.startsWith(QStringLiteral("ssh-ed25519 ")));
}

TEST_F(Compute, FollowsFlavorAndKeyPairPages)
{
    // Nova pages both (flavors by id, key pairs by name from 2.35); the next page is linked as rel=next.
    m_cloud.computeRoute("GET", QStringLiteral("/flavors/detail"), [](const RecordedRequest& request) {
        if (request.query.queryItemValue(QStringLiteral("marker")).isEmpty())
            return FakeResponse::json(200,
                R"({"flavors":[{"id":"1","name":"m1.tiny","vcpus":1,"ram":512,"disk":1}],
                    "flavors_links":[{"rel":"next","href":"http://nova.internal/v2.1/flavors/detail?limit=1&marker=1"}]})");
        EXPECT_EQ(request.query.queryItemValue(QStringLiteral("marker")), QStringLiteral("1"));
        return FakeResponse::json(200, R"({"flavors":[{"id":"2","name":"m1.small","vcpus":1,"ram":2048,"disk":20}]})");
    });
    m_cloud.computeRoute("GET", QStringLiteral("/os-keypairs"), [](const RecordedRequest& request) {
        if (request.query.queryItemValue(QStringLiteral("marker")).isEmpty())
            return FakeResponse::json(200, R"({"keypairs":[{"keypair":{"name":"alice","fingerprint":"a"}}],
                "keypairs_links":[{"rel":"next","href":"http://nova/v2.1/os-keypairs?limit=1&marker=alice"}]})");
        // Every later page is bob's, with a next link: a cloud that ignores the marker. The third request
        // brings nothing new, so the listing ends there.
        return FakeResponse::json(200, R"({"keypairs":[{"keypair":{"name":"bob","fingerprint":"b"}}],
            "keypairs_links":[{"rel":"next","href":"http://nova/v2.1/os-keypairs?marker=bob"}]})");
    });
    const auto flavors = waitFor(m_provider->listFlavors());
    ASSERT_TRUE(flavors) << flavors.error().message.toStdString();
    ASSERT_EQ(flavors->size(), 2);
    EXPECT_EQ(flavors->at(1).name, QStringLiteral("m1.small"));
    EXPECT_EQ(m_cloud.requestsTo(m_cloud.computePath(QStringLiteral("/flavors/detail"))).size(), 2);

    const auto keys = waitFor(m_provider->listKeyPairs());
    ASSERT_TRUE(keys) << keys.error().message.toStdString();
    ASSERT_EQ(keys->size(), 2);
    EXPECT_EQ(keys->at(1).name, QStringLiteral("bob"));
    // alice, bob, then bob again (nothing new): three requests, no endless loop.
    EXPECT_EQ(m_cloud.requestsTo(m_cloud.computePath(QStringLiteral("/os-keypairs"))).size(), 3);
}

} // namespace
} // namespace ct
