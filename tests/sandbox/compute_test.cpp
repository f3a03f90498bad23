// Nova emulation: server life cycle, Nova's 409 wording, pagination, changes-since, microversions, isolation.
#include "sandboxtestfixture.h"

#include <QDateTime>
#include <QSet>
#include <QUrlQuery>

namespace ct::test {

TEST_F(SandboxTest, ServerGoesFromBuildToActiveWithAddresses)
{
    const QByteArray token = demoToken();
    const QString id = createServer(token, QStringLiteral("app-01"));
    ASSERT_FALSE(id.isEmpty());
    const QJsonObject building = server(id, token);
    EXPECT_EQ(building.value(QStringLiteral("status")).toString(), QStringLiteral("BUILD"));
    EXPECT_EQ(building.value(QStringLiteral("OS-EXT-STS:vm_state")).toString(), QStringLiteral("building"));
    ASSERT_TRUE(waitForStatus(id, token, QStringLiteral("ACTIVE")));
    const QJsonObject active = server(id, token);
    EXPECT_EQ(active.value(QStringLiteral("OS-EXT-STS:power_state")).toInt(), 1);
    EXPECT_TRUE(active.value(QStringLiteral("OS-EXT-STS:task_state")).isNull());
    EXPECT_EQ(active.value(QStringLiteral("OS-EXT-AZ:availability_zone")).toString(), QStringLiteral("nova"));
    const QJsonArray addresses
        = active.value(QStringLiteral("addresses")).toObject().value(QStringLiteral("demo-net")).toArray();
    ASSERT_EQ(addresses.size(), 1);
    EXPECT_TRUE(
        addresses.first().toObject().value(QStringLiteral("addr")).toString().startsWith(QStringLiteral("10.0.0.")));
    // 2.47+: the flavor is embedded.
    const QJsonObject flavor = active.value(QStringLiteral("flavor")).toObject();
    EXPECT_EQ(flavor.value(QStringLiteral("original_name")).toString(), QStringLiteral("m1.tiny"));
    EXPECT_EQ(flavor.value(QStringLiteral("ram")).toInt(), 512);
}

TEST_F(SandboxTest, BuildFailureEndsInErrorWithFault)
{
    const QByteArray token = demoToken();
    QJsonObject spec {{QStringLiteral("name"), QStringLiteral("doomed")},
        {QStringLiteral("imageRef"), imageId(QStringLiteral("cirros-0.6"))},
        {QStringLiteral("flavorRef"), QStringLiteral("1")}, {QStringLiteral("networks"), QStringLiteral("auto")},
        {QStringLiteral("metadata"),
            QJsonObject {{QStringLiteral("sandbox:fail"), QStringLiteral("No valid host was found. ")}}}};
    const SandboxReply reply
        = compute("POST", QStringLiteral("/servers"), token, QJsonObject {{QStringLiteral("server"), spec}});
    ASSERT_EQ(reply.status, 202);
    const QString id = reply.json().value(QStringLiteral("server")).toObject().value(QStringLiteral("id")).toString();
    ASSERT_TRUE(waitForStatus(id, token, QStringLiteral("ERROR")));
    EXPECT_EQ(server(id, token).value(QStringLiteral("fault")).toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("No valid host was found. "));
}

TEST_F(SandboxTest, StopStartAndNovasConflictWording)
{
    m_cloud->seed();
    const QByteArray token = demoToken();
    const QString id = findServer(QStringLiteral("web-01"), token);
    ASSERT_FALSE(id.isEmpty());
    const QJsonObject start {{QStringLiteral("os-start"), QJsonValue::Null}};
    const QJsonObject stop {{QStringLiteral("os-stop"), QJsonValue::Null}};

    SandboxReply conflict = compute("POST", QStringLiteral("/servers/%1/action").arg(id), token, start);
    EXPECT_EQ(conflict.status, 409);
    EXPECT_EQ(conflict.json()
                  .value(QStringLiteral("conflictingRequest"))
                  .toObject()
                  .value(QStringLiteral("message"))
                  .toString(),
        QStringLiteral("Cannot 'start' instance %1 while it is in vm_state active").arg(id));

    EXPECT_EQ(compute("POST", QStringLiteral("/servers/%1/action").arg(id), token, stop).status, 202);
    // While powering off, a second stop is refused on the task state.
    conflict = compute("POST", QStringLiteral("/servers/%1/action").arg(id), token, stop);
    EXPECT_EQ(conflict.status, 409);
    EXPECT_TRUE(conflict.body.contains("task_state powering-off"));
    ASSERT_TRUE(waitForStatus(id, token, QStringLiteral("SHUTOFF")));
    EXPECT_EQ(server(id, token).value(QStringLiteral("OS-EXT-STS:power_state")).toInt(), 4);

    EXPECT_EQ(compute("POST", QStringLiteral("/servers/%1/action").arg(id), token, start).status, 202);
    ASSERT_TRUE(waitForStatus(id, token, QStringLiteral("ACTIVE")));
}

TEST_F(SandboxTest, RebootAndResizeWithConfirm)
{
    m_cloud->seed();
    const QByteArray token = demoToken();
    const QString id = findServer(QStringLiteral("web-01"), token);
    ASSERT_EQ(
        compute("POST", QStringLiteral("/servers/%1/action").arg(id), token,
            QJsonObject {{QStringLiteral("reboot"), QJsonObject {{QStringLiteral("type"), QStringLiteral("SOFT")}}}})
            .status,
        202);
    EXPECT_EQ(server(id, token).value(QStringLiteral("status")).toString(), QStringLiteral("REBOOT"));
    ASSERT_TRUE(waitForStatus(id, token, QStringLiteral("ACTIVE")));

    const QString action = QStringLiteral("/servers/%1/action").arg(id);
    EXPECT_EQ(
        compute("POST", action, token, QJsonObject {{QStringLiteral("confirmResize"), QJsonValue::Null}}).status, 409);
    ASSERT_EQ(
        compute("POST", action, token,
            QJsonObject {{QStringLiteral("resize"), QJsonObject {{QStringLiteral("flavorRef"), QStringLiteral("3")}}}})
            .status,
        202);
    EXPECT_EQ(server(id, token).value(QStringLiteral("status")).toString(), QStringLiteral("RESIZE"));
    ASSERT_TRUE(waitForStatus(id, token, QStringLiteral("VERIFY_RESIZE")));
    EXPECT_EQ(
        compute("POST", action, token, QJsonObject {{QStringLiteral("confirmResize"), QJsonValue::Null}}).status, 204);
    const QJsonObject resized = server(id, token);
    EXPECT_EQ(resized.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
    EXPECT_EQ(resized.value(QStringLiteral("flavor")).toObject().value(QStringLiteral("original_name")).toString(),
        QStringLiteral("m1.medium"));
}

TEST_F(SandboxTest, PaginationWithMarkerAndNextLinks)
{
    const QByteArray token = demoToken();
    QSet<QString> created;
    for (int i = 0; i < 5; ++i)
        created.insert(createServer(token, QStringLiteral("page-%1").arg(i)));
    QSet<QString> seen;
    QString next = QStringLiteral("/compute/v2.1/servers/detail?limit=2");
    int pages = 0;
    while (!next.isEmpty() && pages < 10) {
        const SandboxReply reply = compute("GET", next.mid(next.indexOf(QStringLiteral("/servers"))), token);
        ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
        ++pages;
        const QJsonArray servers = reply.json().value(QStringLiteral("servers")).toArray();
        EXPECT_LE(servers.size(), 2);
        for (const QJsonValue& s : servers)
            seen.insert(s.toObject().value(QStringLiteral("id")).toString());
        next.clear();
        for (const QJsonValue& link : reply.json().value(QStringLiteral("servers_links")).toArray()) {
            if (link.toObject().value(QStringLiteral("rel")).toString() == QStringLiteral("next"))
                next = link.toObject().value(QStringLiteral("href")).toString();
        }
    }
    EXPECT_EQ(seen, created);
    EXPECT_EQ(pages, 3); // 2 + 2 + 1: the last page is not full, so it has no next link
    const SandboxReply badMarker = compute("GET", QStringLiteral("/servers/detail?marker=nope"), token);
    EXPECT_EQ(badMarker.status, 400);
    EXPECT_EQ(
        badMarker.json().value(QStringLiteral("badRequest")).toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("marker [nope] not found"));
}

TEST_F(SandboxTest, ChangesSinceReportsNewAndDeletedServers)
{
    const QByteArray token = demoToken();
    const QString old = createServer(token, QStringLiteral("old"));
    ASSERT_TRUE(waitForStatus(old, token, QStringLiteral("ACTIVE")));
    QTest::qWait(20);
    const QString since = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QTest::qWait(20);
    const QString fresh = createServer(token, QStringLiteral("fresh"));
    const auto changed = [&]() {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("changes-since"), since);
        const QJsonArray servers
            = compute("GET", QStringLiteral("/servers/detail?") + query.toString(QUrl::FullyEncoded), token)
                  .json()
                  .value(QStringLiteral("servers"))
                  .toArray();
        QHash<QString, QString> out;
        for (const QJsonValue& s : servers)
            out.insert(s.toObject().value(QStringLiteral("id")).toString(),
                s.toObject().value(QStringLiteral("status")).toString());
        return out;
    };
    QHash<QString, QString> result = changed();
    EXPECT_TRUE(result.contains(fresh));
    EXPECT_FALSE(result.contains(old));

    EXPECT_EQ(compute("DELETE", QStringLiteral("/servers/") + old, token).status, 204);
    EXPECT_EQ(compute("GET", QStringLiteral("/servers/") + old, token).status, 404);
    result = changed();
    EXPECT_EQ(result.value(old), QStringLiteral("DELETED"));
    EXPECT_EQ(compute("GET", QStringLiteral("/servers/detail?changes-since=yesterday"), token).status, 400);
}

struct MicroversionCase
{
    const char* name;
    QByteArray header;
    int status;
};

void PrintTo(const MicroversionCase& value, std::ostream* out) { *out << value.name; }

class SandboxMicroversionTest : public SandboxTest, public ::testing::WithParamInterface<MicroversionCase>
{
};

TEST_P(SandboxMicroversionTest, HonoursOpenStackApiVersion)
{
    const SandboxReply reply = m_client->send("GET", QStringLiteral("/compute/v2.1/flavors/detail"), {},
        {{"X-Auth-Token", demoToken()}, {"OpenStack-API-Version", GetParam().header}});
    EXPECT_EQ(reply.status, GetParam().status) << reply.body.toStdString();
    if (GetParam().status == 406) {
        EXPECT_TRUE(reply.json()
                        .value(QStringLiteral("computeFault"))
                        .toObject()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("maximum is 2.93")));
    }
    if (GetParam().status == 200) {
        EXPECT_TRUE(reply.header("openstack-api-version").startsWith("compute 2."));
    }
}

INSTANTIATE_TEST_SUITE_P(Sandbox, SandboxMicroversionTest,
    ::testing::Values(MicroversionCase {"Min", "compute 2.1", 200}, MicroversionCase {"Zed", "compute 2.93", 200},
        MicroversionCase {"Latest", "compute latest", 200}, MicroversionCase {"TooNew", "compute 2.94", 406},
        MicroversionCase {"Garbage", "compute two", 400}),
    [](const ::testing::TestParamInfo<MicroversionCase>& info) { return std::string(info.param.name); });

TEST_F(SandboxTest, OldMicroversionHasFlavorReferenceAndVersionsDocument)
{
    m_cloud->seed();
    const QByteArray token = demoToken();
    const QString id = findServer(QStringLiteral("web-01"), token);
    const QJsonObject flavor = compute("GET", QStringLiteral("/servers/") + id, token, {}, "2.1")
                                   .json()
                                   .value(QStringLiteral("server"))
                                   .toObject()
                                   .value(QStringLiteral("flavor"))
                                   .toObject();
    EXPECT_EQ(flavor.value(QStringLiteral("id")).toString(), QStringLiteral("2"));
    EXPECT_FALSE(flavor.contains(QStringLiteral("original_name")));
    const QJsonArray versions
        = m_client->get(QStringLiteral("/compute")).json().value(QStringLiteral("versions")).toArray();
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions.at(1).toObject().value(QStringLiteral("version")).toString(), QStringLiteral("2.93"));
    EXPECT_EQ(versions.at(1).toObject().value(QStringLiteral("min_version")).toString(), QStringLiteral("2.1"));
    const QJsonArray flavors
        = compute("GET", QStringLiteral("/flavors/detail"), token).json().value(QStringLiteral("flavors")).toArray();
    ASSERT_EQ(flavors.size(), 4);
    EXPECT_EQ(flavors.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("m1.small"));
    EXPECT_EQ(flavors.at(1).toObject().value(QStringLiteral("ram")).toInt(), 2048);
    EXPECT_EQ(flavors.at(1).toObject().value(QStringLiteral("disk")).toInt(), 20);
}

TEST_F(SandboxTest, ProjectsAreIsolated)
{
    m_cloud->seed();
    const QByteArray demo = demoToken();
    const QByteArray backup = backupToken();
    const QString web = findServer(QStringLiteral("web-01"), demo);
    ASSERT_FALSE(web.isEmpty());
    EXPECT_TRUE(findServer(QStringLiteral("web-01"), backup).isEmpty());
    EXPECT_FALSE(findServer(QStringLiteral("backup-01"), backup).isEmpty());
    const SandboxReply other = compute("GET", QStringLiteral("/servers/") + web, backup);
    EXPECT_EQ(other.status, 404);
    EXPECT_EQ(other.json().value(QStringLiteral("itemNotFound")).toObject().value(QStringLiteral("code")).toInt(), 404);
    EXPECT_EQ(compute("POST", QStringLiteral("/servers/%1/action").arg(web), backup,
                  QJsonObject {{QStringLiteral("os-stop"), QJsonValue::Null}})
                  .status,
        404);
    // Networks: demo sees public and demo-net, not backup-net.
    QStringList names;
    for (const QJsonValue& n : m_client->get(QStringLiteral("/network/v2.0/networks"), demo)
                                   .json()
                                   .value(QStringLiteral("networks"))
                                   .toArray())
        names.append(n.toObject().value(QStringLiteral("name")).toString());
    names.sort();
    EXPECT_EQ(names, (QStringList {QStringLiteral("demo-net"), QStringLiteral("public")}));
}

TEST_F(SandboxTest, KeypairsCreateListAndConflict)
{
    const QByteArray token = demoToken();
    const QJsonObject body {{QStringLiteral("keypair"),
        QJsonObject {{QStringLiteral("name"), QStringLiteral("laptop")},
            {QStringLiteral("public_key"),
                QStringLiteral(
                    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGRlbW8ta2V5LWJ5dGVzLWZvci10aGUtc2FuZGJveA== me@laptop")}}}};
    const SandboxReply created = compute("POST", QStringLiteral("/os-keypairs"), token, body);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    EXPECT_EQ(created.json()
                  .value(QStringLiteral("keypair"))
                  .toObject()
                  .value(QStringLiteral("fingerprint"))
                  .toString()
                  .count(u':'),
        15);
    EXPECT_EQ(compute("POST", QStringLiteral("/os-keypairs"), token, body).status, 409);
    const QJsonArray list
        = compute("GET", QStringLiteral("/os-keypairs"), token).json().value(QStringLiteral("keypairs")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(
        list.first().toObject().value(QStringLiteral("keypair")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("laptop"));
    EXPECT_TRUE(compute("GET", QStringLiteral("/os-keypairs"), backupToken())
                    .json()
                    .value(QStringLiteral("keypairs"))
                    .toArray()
                    .isEmpty());
}

TEST_F(SandboxTest, AvailabilityZonesAreTheZoneServersAreMadeIn)
{
    const QByteArray token = demoToken();
    const SandboxReply reply = compute("GET", QStringLiteral("/os-availability-zone"), token);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    // The api-ref's shape: the non-admin listing has "hosts": null.
    const QJsonArray zones = reply.json().value(QStringLiteral("availabilityZoneInfo")).toArray();
    ASSERT_EQ(zones.size(), 1) << reply.body.toStdString();
    const QJsonObject zone = zones.first().toObject();
    const QString name = zone.value(QStringLiteral("zoneName")).toString();
    EXPECT_EQ(name, QStringLiteral("nova"));
    EXPECT_TRUE(zone.value(QStringLiteral("zoneState")).toObject().value(QStringLiteral("available")).toBool());
    EXPECT_TRUE(zone.value(QStringLiteral("hosts")).isNull());

    const QString id = createServer(token, QStringLiteral("zoned-01"));
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(server(id, token).value(QStringLiteral("OS-EXT-AZ:availability_zone")).toString(), name);

    // Asking for a zone it did not list is refused, as Nova does; so is a listing without a token.
    const QJsonObject elsewhere {{QStringLiteral("server"),
        QJsonObject {{QStringLiteral("name"), QStringLiteral("zoned-02")},
            {QStringLiteral("imageRef"), imageId(QStringLiteral("cirros-0.6"))},
            {QStringLiteral("flavorRef"), QStringLiteral("1")}, {QStringLiteral("networks"), QStringLiteral("auto")},
            {QStringLiteral("availability_zone"), QStringLiteral("elsewhere")}}}};
    const SandboxReply refused = compute("POST", QStringLiteral("/servers"), token, elsewhere);
    EXPECT_EQ(refused.status, 400) << refused.body.toStdString();
    EXPECT_EQ(compute("GET", QStringLiteral("/os-availability-zone"), QByteArray()).status, 401);

    // A zone whose hosts are all disabled is listed as not available, and takes no servers either.
    m_cloud->setUnavailableZones({QStringLiteral("az-down")});
    const QJsonArray both = compute("GET", QStringLiteral("/os-availability-zone"), token)
                                .json()
                                .value(QStringLiteral("availabilityZoneInfo"))
                                .toArray();
    ASSERT_EQ(both.size(), 2);
    EXPECT_EQ(both.at(1).toObject().value(QStringLiteral("zoneName")).toString(), QStringLiteral("az-down"));
    EXPECT_FALSE(both.at(1)
                     .toObject()
                     .value(QStringLiteral("zoneState"))
                     .toObject()
                     .value(QStringLiteral("available"))
                     .toBool(true));
    QJsonObject down = elsewhere;
    QJsonObject spec = down.value(QStringLiteral("server")).toObject();
    spec.insert(QStringLiteral("availability_zone"), QStringLiteral("az-down"));
    down.insert(QStringLiteral("server"), spec);
    EXPECT_EQ(compute("POST", QStringLiteral("/servers"), token, down).status, 400);
}

} // namespace ct::test
