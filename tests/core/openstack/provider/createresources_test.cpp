// What a create needs besides the server, through OpenStackProvider against a fake Keystone + Nova + Neutron:
// key pair import (the same key twice is one key pair), security groups, floating IPs, and the error replies
// that must stay errors (409 name taken, quotas) or must not (404 on delete).
#include "fakeopenstack.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <functional>

namespace ct {
namespace {

using test::FakeOpenStack;
using test::FakeResponse;
using test::fixture;
using test::RecordedRequest;
using test::waitFor;

const QString kAliceKey
    = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f alice@laptop");
const QString kServer = QStringLiteral("f4fda93b-06e0-4743-8117-bc8bcecd651b");
const QString kExternalNetwork = QStringLiteral("db193ab3-96e3-4cb3-8fc5-05f4296d0324"); // listNetworks_default.json
const QString kIpv4Port = QStringLiteral("d80b1a3b-4fc1-49f3-952e-1e2ab7081d8b");
const QString kFloatingIp = QStringLiteral("2f245a7b-796b-4f26-9cf9-9e82d248fda7");

QJsonObject bodyOf(const RecordedRequest& request) { return QJsonDocument::fromJson(request.body).object(); }

class CreateResources : public ::testing::Test
{
protected:
    void SetUp() override { m_provider = m_cloud.provider(m_cloud.passwordAccount()); }
    static QString net(const QString& path) { return QStringLiteral("/network/v2.0") + path; }
    QString volumes(const QString& path) const { return QStringLiteral("/volume/v3/") + m_cloud.project + path; }
    /// The external network list, the server's ports and its (missing) floating IPs, as Neutron answers them.
    void routeNetworkBasics()
    {
        m_cloud.server.route("GET", net(QStringLiteral("/ports")), [](const RecordedRequest& request) {
            if (request.query.queryItemValue(QStringLiteral("device_id")) != kServer)
                return FakeResponse::json(200, R"({"ports": []})");
            return FakeResponse::json(200, fixture(QStringLiteral("network/listPorts_ipv6First.json")));
        });
        m_cloud.server.route(
            "GET", net(QStringLiteral("/floatingips")), FakeResponse::json(200, R"({"floatingips": []})"));
        m_cloud.server.route("GET", net(QStringLiteral("/networks")), [](const RecordedRequest& request) {
            if (request.query.queryItemValue(QStringLiteral("router:external")) != QLatin1String("true"))
                return FakeResponse::json(400, R"({"NeutronError": {"message": "the filter is missing"}})");
            QJsonObject all = test::fixtureObject(QStringLiteral("network/listNetworks_default.json"));
            QJsonArray externals;
            for (const QJsonValue& network : all.value(QLatin1String("networks")).toArray()) {
                if (network.toObject().value(QLatin1String("router:external")).toBool())
                    externals.append(network);
            }
            return FakeResponse::json(
                200, QJsonDocument(QJsonObject {{QStringLiteral("networks"), externals}}).toJson());
        });
    }

    FakeOpenStack m_cloud;
    std::unique_ptr<openstack::OpenStackProvider> m_provider;
};

// --- key pairs ---------------------------------------------------------------------------------------------------

TEST_F(CreateResources, ImportsAKeyPairWithTheApiRefBody)
{
    m_cloud.computeRoute("POST", QStringLiteral("/os-keypairs"),
        FakeResponse::json(201, fixture(QStringLiteral("compute/importKeyPair_v22.json"))));
    const auto key = waitFor(m_provider->importKeyPair(QStringLiteral("cloudtwin-web"), kAliceKey + u'\n'));
    ASSERT_TRUE(key) << key.error().message.toStdString();
    EXPECT_EQ(key->name, QStringLiteral("cloudtwin-web"));
    EXPECT_EQ(key->fingerprint, QStringLiteral("0f:a2:0a:d7:38:3e:65:45:08:6b:63:84:1c:ff:dc:ba"));
    EXPECT_EQ(key->publicKey, kAliceKey);
    const auto posts = m_cloud.requestsTo(m_cloud.computePath(QStringLiteral("/os-keypairs")));
    ASSERT_EQ(posts.size(), 1);
    EXPECT_EQ(bodyOf(posts[0]),
        (QJsonObject {{QStringLiteral("keypair"),
            QJsonObject {{QStringLiteral("name"), QStringLiteral("cloudtwin-web")},
                {QStringLiteral("public_key"), kAliceKey}, {QStringLiteral("type"), QStringLiteral("ssh")}}}}));
}

TEST(KeyPairImport, Microversion21SendsNoTypeAndTakes200)
{
    FakeOpenStack cloud;
    cloud.maxVersion = QStringLiteral("2.1");
    cloud.computeRoute("POST", QStringLiteral("/os-keypairs"),
        FakeResponse::json(200, fixture(QStringLiteral("compute/importKeyPair_v21.json"))));
    auto provider = cloud.provider(cloud.passwordAccount());
    const auto key = waitFor(provider->importKeyPair(QStringLiteral("cloudtwin-web"), kAliceKey));
    ASSERT_TRUE(key) << key.error().message.toStdString();
    const auto posts = cloud.requestsTo(cloud.computePath(QStringLiteral("/os-keypairs")));
    ASSERT_EQ(posts.size(), 1);
    EXPECT_FALSE(bodyOf(posts[0]).value(QLatin1String("keypair")).toObject().contains(QLatin1String("type")));
}

TEST_F(CreateResources, ImportingTheSameKeyAgainReturnsTheExistingPair)
{
    m_cloud.computeRoute("POST", QStringLiteral("/os-keypairs"),
        FakeResponse::json(409, fixture(QStringLiteral("compute/importKeyPair_duplicate.json"))));
    // The stored key has another comment: the comment is not part of the key.
    QJsonObject stored = test::fixtureObject(QStringLiteral("compute/importKeyPair_v22.json"));
    QJsonObject inner = stored.value(QLatin1String("keypair")).toObject();
    inner.insert(
        QStringLiteral("public_key"), QString(kAliceKey.section(u' ', 0, 1) + QStringLiteral(" other-comment")));
    stored.insert(QStringLiteral("keypair"), inner);
    m_cloud.computeRoute(
        "GET", QStringLiteral("/os-keypairs/cloudtwin-web"), FakeResponse::json(200, QJsonDocument(stored).toJson()));
    const auto key = waitFor(m_provider->importKeyPair(QStringLiteral("cloudtwin-web"), kAliceKey));
    ASSERT_TRUE(key) << key.error().message.toStdString();
    EXPECT_EQ(key->name, QStringLiteral("cloudtwin-web"));
}

TEST_F(CreateResources, ADifferentKeyUnderTheNameIsAlreadyExists)
{
    m_cloud.computeRoute("POST", QStringLiteral("/os-keypairs"),
        FakeResponse::json(409, fixture(QStringLiteral("compute/importKeyPair_duplicate.json"))));
    m_cloud.computeRoute("GET", QStringLiteral("/os-keypairs/cloudtwin-web"),
        FakeResponse::json(200, fixture(QStringLiteral("compute/getKeyPair_other.json"))));
    const auto key = waitFor(m_provider->importKeyPair(QStringLiteral("cloudtwin-web"), kAliceKey));
    ASSERT_FALSE(key);
    EXPECT_EQ(key.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(key.error().httpStatus, 409);
    EXPECT_TRUE(key.error().message.contains(QStringLiteral("cloudtwin-web"))) << key.error().message.toStdString();
    EXPECT_TRUE(key.error().message.contains(QStringLiteral("FakeStack")));
}

TEST_F(CreateResources, KeyPairQuotaIsQuotaExceeded)
{
    m_cloud.computeRoute("POST", QStringLiteral("/os-keypairs"),
        FakeResponse::json(403, R"({"forbidden": {"code": 403, "message": "Quota exceeded, too many key pairs."}})"));
    const auto key = waitFor(m_provider->importKeyPair(QStringLiteral("cloudtwin-web"), kAliceKey));
    ASSERT_FALSE(key);
    EXPECT_EQ(key.error().code, ErrorCode::QuotaExceeded) << key.error().message.toStdString();
    EXPECT_TRUE(key.error().message.contains(QStringLiteral("too many key pairs")));
}

TEST_F(CreateResources, DeleteKeyPairEncodesTheName)
{
    const QString name = QStringLiteral("my key@laptop");
    const QString keyPath = m_cloud.computePath(QStringLiteral("/os-keypairs/") + name);
    int deletes = 0;
    m_cloud.server.setHandler([&](const RecordedRequest& request) {
        const bool match = request.method == "DELETE" && QUrl::fromPercentEncoding(request.path.toUtf8()) == keyPath
            && m_cloud.authorized(request);
        deletes += match ? 1 : 0;
        return match ? FakeResponse::text(204, "") : FakeResponse::json(400, R"({"badRequest": {"message": "no"}})");
    });
    const Status deleted = waitFor(m_provider->deleteKeyPair(name));
    EXPECT_TRUE(deleted) << deleted.error().message.toStdString();
    EXPECT_EQ(deletes, 1);
}

// --- deleting what is gone ------------------------------------------------------------------------------------------

struct GoneCase
{
    std::string name;
    QByteArray method;
    std::function<QString(const FakeOpenStack&)> path;
    int status;
    QByteArray body;
    std::function<QFuture<Status>(openstack::OpenStackProvider&)> call;
    bool ok; ///< counts as success
    ErrorCode code = ErrorCode::Internal; ///< when not
};

class DeleteReplies : public ::testing::TestWithParam<GoneCase>
{
};

TEST_P(DeleteReplies, NotFoundIsDoneOtherErrorsStay)
{
    const GoneCase& c = GetParam();
    FakeOpenStack cloud;
    cloud.server.route(c.method, c.path(cloud), FakeResponse::json(c.status, c.body));
    auto provider = cloud.provider(cloud.passwordAccount());
    const Status done = waitFor(c.call(*provider));
    EXPECT_EQ(cloud.server.count(c.method, c.path(cloud)), 1);
    if (c.ok) {
        EXPECT_TRUE(done) << done.error().message.toStdString();
        return;
    }
    ASSERT_FALSE(done);
    EXPECT_EQ(done.error().code, c.code) << done.error().message.toStdString();
}

const QString kGroup = QStringLiteral("2076db17-a522-4506-91de-c6dd8e837028");

INSTANTIATE_TEST_SUITE_P(OpenStack, DeleteReplies,
    ::testing::Values(
        GoneCase {"keyPairGone", "DELETE",
            [](const FakeOpenStack& c) -> QString { return c.computePath(QStringLiteral("/os-keypairs/old")); }, 404,
            R"({"itemNotFound": {"code": 404, "message": "Keypair old not found for user fake"}})",
            [](openstack::OpenStackProvider& p) { return p.deleteKeyPair(QStringLiteral("old")); }, true},
        GoneCase {"serverGone", "DELETE",
            [](const FakeOpenStack& c) -> QString { return c.computePath(QStringLiteral("/servers/gone-1")); }, 404,
            R"({"itemNotFound": {"code": 404, "message": "Instance gone-1 could not be found."}})",
            [](openstack::OpenStackProvider& p) { return p.deleteServer(QStringLiteral("gone-1")); }, true},
        GoneCase {"volumeGone", "DELETE",
            [](const FakeOpenStack& c) -> QString {
                return QStringLiteral("/volume/v3/") + c.project + QStringLiteral("/volumes/vol-1");
            },
            404, R"({"itemNotFound": {"code": 404, "message": "Volume vol-1 could not be found."}})",
            [](openstack::OpenStackProvider& p) { return p.deleteVolume(QStringLiteral("vol-1")); }, true},
        GoneCase {"securityGroupGone", "DELETE",
            [](const FakeOpenStack&) -> QString { return QStringLiteral("/network/v2.0/security-groups/") + kGroup; },
            404, fixture(QStringLiteral("network/securityGroup_notFound.json")),
            [](openstack::OpenStackProvider& p) { return p.deleteSecurityGroup(kGroup); }, true},
        GoneCase {"securityGroupInUseStaysAnError", "DELETE",
            [](const FakeOpenStack&) -> QString { return QStringLiteral("/network/v2.0/security-groups/") + kGroup; },
            409, fixture(QStringLiteral("network/deleteSecurityGroup_inUse.json")),
            [](openstack::OpenStackProvider& p) { return p.deleteSecurityGroup(kGroup); }, false, ErrorCode::Conflict},
        GoneCase {"floatingIpGone", "PUT",
            [](const FakeOpenStack&) -> QString { return QStringLiteral("/network/v2.0/floatingips/") + kFloatingIp; },
            404, fixture(QStringLiteral("network/floatingIp_notFound.json")),
            [](openstack::OpenStackProvider& p) { return p.releasePublicIp(kFloatingIp); }, true},
        GoneCase {"serverDeleteRefusedStaysAnError", "DELETE",
            [](const FakeOpenStack& c) -> QString { return c.computePath(QStringLiteral("/servers/locked-1")); }, 409,
            R"({"conflictingRequest": {"code": 409, "message": "Instance locked-1 is locked"}})",
            [](openstack::OpenStackProvider& p) { return p.deleteServer(QStringLiteral("locked-1")); }, false,
            ErrorCode::Conflict}),
    [](const auto& info) { return info.param.name; });

// --- security groups ----------------------------------------------------------------------------------------------

TEST_F(CreateResources, SecurityGroupAndRuleGoToNeutron)
{
    m_cloud.server.route("POST", net(QStringLiteral("/security-groups")),
        FakeResponse::json(201, fixture(QStringLiteral("network/createSecurityGroup_default.json"))));
    m_cloud.server.route("POST", net(QStringLiteral("/security-group-rules")),
        FakeResponse::json(201, fixture(QStringLiteral("network/addSecurityGroupRule_tcp22.json"))));
    const auto group = waitFor(m_provider->createSecurityGroup(QStringLiteral("ct-web"), QStringLiteral("web")));
    ASSERT_TRUE(group) << group.error().message.toStdString();
    SecurityGroupRule ssh;
    ssh.direction = QStringLiteral("ingress");
    ssh.protocol = QStringLiteral("tcp");
    ssh.portMin = ssh.portMax = 22;
    ssh.remoteCidr = QStringLiteral("0.0.0.0/0");
    const auto rule = waitFor(m_provider->addSecurityGroupRule(group->id, ssh));
    ASSERT_TRUE(rule) << rule.error().message.toStdString();
    EXPECT_EQ(rule->id, QStringLiteral("2bc0accf-312e-429a-956e-e4407625eb62"));
    const auto posts = m_cloud.requestsTo(net(QStringLiteral("/security-group-rules")));
    ASSERT_EQ(posts.size(), 1);
    EXPECT_EQ(bodyOf(posts[0])
                  .value(QLatin1String("security_group_rule"))
                  .toObject()
                  .value(QLatin1String("security_group_id")),
        group->id);
    // Every Neutron call carries the token Keystone issued.
    for (const RecordedRequest& request : m_cloud.server.requests()) {
        if (request.path.startsWith(QLatin1String("/network"))) {
            EXPECT_TRUE(m_cloud.authorized(request)) << request.path.toStdString();
        }
    }
}

// --- floating IPs -------------------------------------------------------------------------------------------------

TEST_F(CreateResources, AttachPublicIpAllocatesFromTheExternalNetworkOnTheIpv4Port)
{
    routeNetworkBasics();
    m_cloud.server.route("POST", net(QStringLiteral("/floatingips")),
        FakeResponse::json(201, fixture(QStringLiteral("network/createFloatingIp_withPort.json"))));
    const auto ip = waitFor(m_provider->attachPublicIp(kServer));
    ASSERT_TRUE(ip) << ip.error().message.toStdString();
    EXPECT_EQ(ip->id, kFloatingIp);
    EXPECT_EQ(ip->address, QStringLiteral("172.24.4.230"));
    EXPECT_EQ(ip->fixedAddress, QStringLiteral("10.0.0.5"));
    EXPECT_EQ(ip->portId, kIpv4Port);
    EXPECT_EQ(ip->serverId, kServer);
    const auto existing = m_cloud.requestsTo(net(QStringLiteral("/floatingips")));
    ASSERT_EQ(existing.size(), 2); // the look-up for the port, then the POST
    EXPECT_EQ(existing[0].query.queryItemValue(QStringLiteral("port_id")), kIpv4Port);
    EXPECT_EQ(existing[1].method, QByteArray("POST"));
    // One POST both allocates and associates (no window with an unassociated address to leak).
    EXPECT_EQ(
        bodyOf(existing[1]).value(QLatin1String("floatingip")).toObject().value(QLatin1String("port_id")), kIpv4Port)
        << existing[1].body.toStdString();
    EXPECT_EQ(bodyOf(existing[1]),
        (QJsonObject {{QStringLiteral("floatingip"),
            QJsonObject {
                {QStringLiteral("floating_network_id"), kExternalNetwork}, {QStringLiteral("port_id"), kIpv4Port}}}}));
}

TEST_F(CreateResources, AttachPublicIpReusesTheAddressAlreadyOnThePort)
{
    routeNetworkBasics();
    QJsonObject existing = test::fixtureObject(QStringLiteral("network/createFloatingIp_withPort.json"));
    m_cloud.server.route("GET", net(QStringLiteral("/floatingips")),
        FakeResponse::json(200,
            QJsonDocument(
                QJsonObject {{QStringLiteral("floatingips"), QJsonArray {existing.value(QLatin1String("floatingip"))}}})
                .toJson()));
    const auto ip = waitFor(m_provider->attachPublicIp(kServer));
    ASSERT_TRUE(ip) << ip.error().message.toStdString();
    EXPECT_EQ(ip->id, kFloatingIp);
    EXPECT_EQ(m_cloud.server.count("POST", net(QStringLiteral("/floatingips"))), 0);
}

TEST_F(CreateResources, AttachPublicIpWithoutAnExternalNetworkSaysSo)
{
    routeNetworkBasics();
    m_cloud.server.route("GET", net(QStringLiteral("/networks")), FakeResponse::json(200, R"({"networks": []})"));
    const auto ip = waitFor(m_provider->attachPublicIp(kServer));
    ASSERT_FALSE(ip);
    EXPECT_EQ(ip.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(ip.error().message.contains(QStringLiteral("external network"))) << ip.error().message.toStdString();
    EXPECT_EQ(m_cloud.server.count("POST", net(QStringLiteral("/floatingips"))), 0);
}

TEST_F(CreateResources, AttachPublicIpToAServerWithoutPortsSaysSo)
{
    routeNetworkBasics();
    const auto ip = waitFor(m_provider->attachPublicIp(QStringLiteral("no-ports")));
    ASSERT_FALSE(ip);
    EXPECT_EQ(ip.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(ip.error().message.contains(QStringLiteral("no-ports"))) << ip.error().message.toStdString();
}

struct FloatingIpErrorCase
{
    std::string name;
    int status;
    QByteArray body;
    ErrorCode code;
    const char* mentions;
};

class FloatingIpErrors : public ::testing::TestWithParam<FloatingIpErrorCase>
{
};

TEST_P(FloatingIpErrors, AreTypedAndSayWhatTheCloudSaid)
{
    const auto& c = GetParam();
    FakeOpenStack cloud;
    cloud.server.route("GET", QStringLiteral("/network/v2.0/ports"),
        FakeResponse::json(200, fixture(QStringLiteral("network/listPorts_ipv6First.json"))));
    cloud.server.route(
        "GET", QStringLiteral("/network/v2.0/floatingips"), FakeResponse::json(200, R"({"floatingips": []})"));
    cloud.server.route("GET", QStringLiteral("/network/v2.0/networks"),
        FakeResponse::json(200, fixture(QStringLiteral("network/listNetworks_default.json"))));
    cloud.server.route("POST", QStringLiteral("/network/v2.0/floatingips"), FakeResponse::json(c.status, c.body));
    auto provider = cloud.provider(cloud.passwordAccount());
    const auto ip = waitFor(provider->attachPublicIp(kServer));
    ASSERT_FALSE(ip);
    EXPECT_EQ(ip.error().code, c.code) << ip.error().message.toStdString();
    EXPECT_EQ(ip.error().httpStatus, c.status);
    EXPECT_TRUE(ip.error().message.contains(QString::fromUtf8(c.mentions))) << ip.error().message.toStdString();
    // A POST that the cloud refused is not sent again.
    EXPECT_EQ(cloud.server.count("POST", QStringLiteral("/network/v2.0/floatingips")), 1);
}

INSTANTIATE_TEST_SUITE_P(Neutron, FloatingIpErrors,
    ::testing::Values(
        FloatingIpErrorCase {"overQuota409", 409, fixture(QStringLiteral("network/createFloatingIp_overQuota.json")),
            ErrorCode::QuotaExceeded, "Quota exceeded for resources"},
        FloatingIpErrorCase {"quota403", 403,
            R"({"NeutronError": {"type": "OverQuota", "message": "Quota exceeded for resources: ['floatingip'].", "detail": ""}})",
            ErrorCode::QuotaExceeded, "floatingip"},
        FloatingIpErrorCase {"quota413", 413,
            R"({"overLimit": {"code": 413, "message": "Quota exceeded for floating ips: Requested 1, but already used 10 of 10 floating ips"}})",
            ErrorCode::QuotaExceeded, "already used 10 of 10"},
        FloatingIpErrorCase {"unreachableExternalNetwork", 404,
            fixture(QStringLiteral("network/createFloatingIp_unreachable.json")), ErrorCode::NotFound,
            "is not reachable from subnet"},
        FloatingIpErrorCase {"policyForbids", 403,
            R"({"NeutronError": {"type": "PolicyNotAuthorized", "message": "rule:create_floatingip is disallowed by policy", "detail": ""}})",
            ErrorCode::PermissionDenied, "disallowed by policy"}),
    [](const auto& info) { return info.param.name; });

TEST_F(CreateResources, ReleasePublicIpDisassociatesThenDeletes)
{
    const QString path = net(QStringLiteral("/floatingips/") + kFloatingIp);
    QJsonObject detached = test::fixtureObject(QStringLiteral("network/createFloatingIp_withPort.json"));
    QJsonObject inner = detached.value(QLatin1String("floatingip")).toObject();
    inner.insert(QStringLiteral("port_id"), QJsonValue::Null);
    inner.insert(QStringLiteral("fixed_ip_address"), QJsonValue::Null);
    inner.insert(QStringLiteral("port_details"), QJsonValue::Null);
    detached.insert(QStringLiteral("floatingip"), inner);
    m_cloud.server.route("PUT", path, FakeResponse::json(200, QJsonDocument(detached).toJson()));
    m_cloud.server.route("DELETE", path, FakeResponse::text(204, ""));
    const Status released = waitFor(m_provider->releasePublicIp(kFloatingIp));
    ASSERT_TRUE(released) << released.error().message.toStdString();
    const auto calls = m_cloud.requestsTo(path);
    ASSERT_EQ(calls.size(), 2);
    EXPECT_EQ(calls[0].method, QByteArray("PUT"));
    EXPECT_EQ(bodyOf(calls[0]),
        (QJsonObject {{QStringLiteral("floatingip"), QJsonObject {{QStringLiteral("port_id"), QJsonValue()}}}}));
    EXPECT_EQ(calls[1].method, QByteArray("DELETE"));
}

TEST_F(CreateResources, ReleaseWhenTheDeleteFindsNothingIsDone)
{
    const QString path = net(QStringLiteral("/floatingips/") + kFloatingIp);
    m_cloud.server.route(
        "PUT", path, FakeResponse::json(200, fixture(QStringLiteral("network/createFloatingIp_withPort.json"))));
    m_cloud.server.route(
        "DELETE", path, FakeResponse::json(404, fixture(QStringLiteral("network/floatingIp_notFound.json"))));
    const Status released = waitFor(m_provider->releasePublicIp(kFloatingIp));
    EXPECT_TRUE(released) << released.error().message.toStdString();
}

TEST_F(CreateResources, ListPublicIpsNamesTheServerFromPortDetails)
{
    QJsonObject withServer = test::fixtureObject(QStringLiteral("network/createFloatingIp_withPort.json"));
    const QJsonObject withoutDetails = test::fixtureObject(QStringLiteral("network/listFloatingIps_default.json"));
    QJsonArray all = withoutDetails.value(QLatin1String("floatingips")).toArray();
    all.append(withServer.value(QLatin1String("floatingip")));
    m_cloud.server.route("GET", net(QStringLiteral("/floatingips")),
        FakeResponse::json(200, QJsonDocument(QJsonObject {{QStringLiteral("floatingips"), all}}).toJson()));
    const auto ips = waitFor(m_provider->listPublicIps());
    ASSERT_TRUE(ips) << ips.error().message.toStdString();
    ASSERT_EQ(ips->size(), 3);
    EXPECT_TRUE(ips->at(0).serverId.isEmpty());
    EXPECT_EQ(ips->at(2).serverId, kServer);
}

TEST_F(CreateResources, CreateVolumeSendsTheMetadata)
{
    m_cloud.server.route("POST", volumes(QStringLiteral("/volumes")),
        FakeResponse::json(202, fixture(QStringLiteral("volume/createVolume_creating.json"))));
    CreateVolumeRequest request;
    request.name = QStringLiteral("data");
    request.sizeGb = 10;
    request.metadata.insert(QStringLiteral("cloudtwin"), QStringLiteral("managed"));
    request.metadata.insert(QStringLiteral("cloudtwin-pair"), 7);
    request.diskOfferingId = QStringLiteral("ignored-by-openstack");
    const auto volume = waitFor(m_provider->createVolume(request));
    ASSERT_TRUE(volume) << volume.error().message.toStdString();
    const auto posts = m_cloud.requestsTo(volumes(QStringLiteral("/volumes")));
    ASSERT_EQ(posts.size(), 1);
    const QJsonObject sent = bodyOf(posts[0]).value(QLatin1String("volume")).toObject();
    EXPECT_EQ(sent.value(QLatin1String("metadata")).toObject(),
        (QJsonObject {{QStringLiteral("cloudtwin"), QStringLiteral("managed")},
            {QStringLiteral("cloudtwin-pair"), QStringLiteral("7")}}));
    EXPECT_EQ(sent.value(QLatin1String("size")).toInt(), 10);
}

} // namespace
} // namespace ct
