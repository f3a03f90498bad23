// Neutron v2.0 client: lists in the api-ref shapes, pagination with *_links, security groups, floating IPs.
#include "cloud/openstack/network/networkservice.h"
#include "servicetestsupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace ct {
namespace {

using openstack::NetworkService;
using test::await;
using test::FakeResponse;
using test::fixture;
using test::RecordedRequest;
using test::text;

using Networks = test::ServiceTest;

TEST_F(Networks, ListNetworksMapsExternalSharedAndSubnets)
{
    m_server.route("GET", QStringLiteral("/v2.0/networks"),
        FakeResponse::json(200, fixture(QStringLiteral("network/listNetworks_default.json"))));
    NetworkService service(endpoint());
    const auto networks = await(service.listNetworks());
    ASSERT_TRUE(networks) << text(networks.error().message);
    ASSERT_EQ(networks->size(), 2);
    const Network& private1 = networks->at(0);
    EXPECT_EQ(private1.id, QStringLiteral("d32019d3-bc6e-4319-9c1d-6722fc136a22"));
    EXPECT_EQ(private1.name, QStringLiteral("net1"));
    EXPECT_EQ(private1.status, QStringLiteral("ACTIVE"));
    EXPECT_FALSE(private1.external);
    EXPECT_FALSE(private1.shared);
    EXPECT_EQ(private1.subnetIds, QStringList {QStringLiteral("54d6f61d-db07-451c-9ab3-b9609b6b6f0b")});
    const Network& pub = networks->at(1);
    EXPECT_TRUE(pub.external);
    EXPECT_TRUE(pub.shared);
    EXPECT_EQ(pub.subnetIds.size(), 2);
    // Without *_links the first answer is the whole list.
    EXPECT_EQ(m_server.requests().size(), 1);
}

TEST_F(Networks, ListNetworksFollowsNextLinksWithTheMarker)
{
    m_server.route("GET", QStringLiteral("/v2.0/networks"), [](const RecordedRequest& request) {
        const QString marker = request.query.queryItemValue(QStringLiteral("marker"));
        if (marker.isEmpty())
            return FakeResponse::json(200, fixture(QStringLiteral("network/listNetworks_page1.json")));
        if (marker == QLatin1String("71c1e68c-171a-4aa2-aca5-50ea153a3718"))
            return FakeResponse::json(200, fixture(QStringLiteral("network/listNetworks_page2.json")));
        return FakeResponse::json(400, "{\"NeutronError\": {\"message\": \"bad marker\"}}");
    });
    NetworkService service(endpoint(QStringLiteral("/v2.0/")));
    service.setPageSize(2);
    const auto networks = await(service.listNetworks());
    ASSERT_TRUE(networks) << text(networks.error().message);
    ASSERT_EQ(networks->size(), 3);
    EXPECT_EQ(networks->at(2).name, QStringLiteral("net_c"));
    EXPECT_TRUE(networks->at(2).shared);
    ASSERT_EQ(m_server.requests().size(), 2); // page 2 has only a "previous" link
    EXPECT_EQ(m_server.requests()[0].query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
    EXPECT_EQ(m_server.requests()[1].path, QStringLiteral("/v2.0/networks"));
    EXPECT_EQ(m_server.requests()[1].query.queryItemValue(QStringLiteral("marker")),
        QStringLiteral("71c1e68c-171a-4aa2-aca5-50ea153a3718"));
    EXPECT_FALSE(m_server.requests()[1].query.hasQueryItem(QStringLiteral("page_reverse")));
}

TEST_F(Networks, ListSubnets)
{
    m_server.route("GET", QStringLiteral("/v2.0/subnets"),
        FakeResponse::json(200, fixture(QStringLiteral("network/listSubnets_default.json"))));
    NetworkService service(endpoint());
    const auto subnets = await(service.listSubnets());
    ASSERT_TRUE(subnets) << text(subnets.error().message);
    ASSERT_EQ(subnets->size(), 2);
    EXPECT_EQ(subnets->at(0).id, QStringLiteral("08eae331-0402-425a-923c-34f7cfe39c1b"));
    EXPECT_EQ(subnets->at(0).networkId, QStringLiteral("db193ab3-96e3-4cb3-8fc5-05f4296d0324"));
    EXPECT_EQ(subnets->at(0).cidr, QStringLiteral("10.0.0.0/24"));
    EXPECT_EQ(subnets->at(0).ipVersion, 4);
    EXPECT_EQ(subnets->at(1).ipVersion, 6);
    EXPECT_EQ(subnets->at(1).cidr, QStringLiteral("2001:db8::/64"));
}

TEST_F(Networks, ListPortsOfADevice)
{
    m_server.route("GET", QStringLiteral("/v2.0/ports"),
        FakeResponse::json(200, fixture(QStringLiteral("network/listPorts_device.json"))));
    NetworkService service(endpoint());
    const auto ports = await(service.listPorts(QStringLiteral("f4fda93b-06e0-4743-8117-bc8bcecd651b")));
    ASSERT_TRUE(ports) << text(ports.error().message);
    ASSERT_EQ(ports->size(), 1);
    EXPECT_EQ(m_server.requests().at(0).query.queryItemValue(QStringLiteral("device_id")),
        QStringLiteral("f4fda93b-06e0-4743-8117-bc8bcecd651b"));
    EXPECT_EQ(ports->at(0).id, QStringLiteral("d80b1a3b-4fc1-49f3-952e-1e2ab7081d8b"));
    EXPECT_EQ(ports->at(0).deviceId, QStringLiteral("f4fda93b-06e0-4743-8117-bc8bcecd651b"));
    EXPECT_EQ(ports->at(0).networkId, QStringLiteral("db193ab3-96e3-4cb3-8fc5-05f4296d0324"));
    EXPECT_EQ(ports->at(0).fixedIps, (QStringList {QStringLiteral("10.0.0.5"), QStringLiteral("2001:db8::5")}));
}

TEST_F(Networks, ListPortsKeepsTheFilterWhenTheLinkDropsIt)
{
    m_server.route("GET", QStringLiteral("/v2.0/ports"), [](const RecordedRequest& request) {
        if (request.query.hasQueryItem(QStringLiteral("marker")))
            return FakeResponse::json(200, "{\"ports\": []}");
        QJsonObject page = test::fixtureObject(QStringLiteral("network/listPorts_device.json"));
        page.insert(QStringLiteral("ports_links"),
            QJsonArray {QJsonObject {{QStringLiteral("rel"), QStringLiteral("next")},
                {QStringLiteral("href"),
                    QStringLiteral("http://neutron.internal/v2.0/"
                                   "ports?limit=1&marker=d80b")}}});
        return FakeResponse::json(200, test::toJson(page));
    });
    NetworkService service(endpoint());
    service.setPageSize(1);
    const auto ports = await(service.listPorts(QStringLiteral("dev-1")));
    ASSERT_TRUE(ports) << text(ports.error().message);
    EXPECT_EQ(ports->size(), 1);
    ASSERT_EQ(m_server.requests().size(), 2);
    EXPECT_EQ(m_server.requests()[1].query.queryItemValue(QStringLiteral("device_id")), QStringLiteral("dev-1"));
    EXPECT_EQ(m_server.requests()[1].query.queryItemValue(QStringLiteral("marker")), QStringLiteral("d80b"));
}

TEST_F(Networks, ListSecurityGroupsWithRules)
{
    m_server.route("GET", QStringLiteral("/v2.0/security-groups"),
        FakeResponse::json(200, fixture(QStringLiteral("network/listSecurityGroups_default.json"))));
    NetworkService service(endpoint());
    const auto groups = await(service.listSecurityGroups());
    ASSERT_TRUE(groups) << text(groups.error().message);
    ASSERT_EQ(groups->size(), 1);
    const SecurityGroup& group = groups->at(0);
    EXPECT_EQ(group.name, QStringLiteral("default"));
    ASSERT_EQ(group.rules.size(), 2);
    const SecurityGroupRule& any = group.rules.at(0);
    EXPECT_EQ(any.direction, QStringLiteral("egress"));
    EXPECT_TRUE(any.protocol.isEmpty());
    EXPECT_EQ(any.portMin, 0);
    EXPECT_EQ(any.portMax, 0);
    EXPECT_TRUE(any.remoteCidr.isEmpty());
    EXPECT_EQ(any.etherType, QStringLiteral("IPv6"));
    const SecurityGroupRule& https = group.rules.at(1);
    EXPECT_EQ(https.direction, QStringLiteral("ingress"));
    EXPECT_EQ(https.protocol, QStringLiteral("tcp"));
    EXPECT_EQ(https.portMin, 443);
    EXPECT_EQ(https.portMax, 443);
    EXPECT_EQ(https.remoteCidr, QStringLiteral("0.0.0.0/0"));
    EXPECT_EQ(https.etherType, QStringLiteral("IPv4"));
}

TEST_F(Networks, CreateSecurityGroup)
{
    m_server.route("POST", QStringLiteral("/v2.0/security-groups"),
        FakeResponse::json(201, fixture(QStringLiteral("network/createSecurityGroup_default.json"))));
    NetworkService service(endpoint());
    const auto group
        = await(service.createSecurityGroup(QStringLiteral("ct-web"), QStringLiteral("CloudTwin: web tier")));
    ASSERT_TRUE(group) << text(group.error().message);
    EXPECT_EQ(group->id, QStringLiteral("2076db17-a522-4506-91de-c6dd8e837028"));
    EXPECT_EQ(group->rules.size(), 2); // Neutron's default egress rules
    const QJsonObject expected {{QStringLiteral("security_group"),
        QJsonObject {{QStringLiteral("name"), QStringLiteral("ct-web")},
            {QStringLiteral("description"), QStringLiteral("CloudTwin: web tier")}}}};
    EXPECT_EQ(test::bodyObject(m_server.requests().at(0)), expected);
}

struct RuleCase
{
    std::string name;
    SecurityGroupRule rule;
    QJsonObject expected; ///< the security_group_rule object sent, without security_group_id
};

SecurityGroupRule makeRule(QString direction, QString protocol, int portMin, int portMax, QString cidr,
    QString etherType = QStringLiteral("IPv4"))
{
    SecurityGroupRule rule;
    rule.direction = std::move(direction);
    rule.protocol = std::move(protocol);
    rule.portMin = portMin;
    rule.portMax = portMax;
    rule.remoteCidr = std::move(cidr);
    rule.etherType = std::move(etherType);
    return rule;
}

class SecurityGroupRules : public test::ServiceTestWithParam<RuleCase>
{
};

TEST_P(SecurityGroupRules, SendsTheRuleAsNeutronDocumentsIt)
{
    const RuleCase& c = GetParam();
    m_server.route("POST", QStringLiteral("/v2.0/security-group-rules"),
        FakeResponse::json(201, fixture(QStringLiteral("network/addSecurityGroupRule_tcp22.json"))));
    NetworkService service(endpoint());
    const auto rule
        = await(service.addSecurityGroupRule(QStringLiteral("2076db17-a522-4506-91de-c6dd8e837028"), c.rule));
    ASSERT_TRUE(rule) << text(rule.error().message);
    EXPECT_EQ(rule->id, QStringLiteral("2bc0accf-312e-429a-956e-e4407625eb62"));
    QJsonObject expected = c.expected;
    expected.insert(QStringLiteral("security_group_id"), QStringLiteral("2076db17-a522-4506-91de-c6dd8e837028"));
    const RecordedRequest& request = m_server.requests().at(0);
    EXPECT_EQ(test::bodyObject(request), (QJsonObject {{QStringLiteral("security_group_rule"), expected}}))
        << request.body.toStdString();
    EXPECT_EQ(request.header("content-type"), QByteArray("application/json"));
}

INSTANTIATE_TEST_SUITE_P(Rules, SecurityGroupRules,
    ::testing::Values(
        RuleCase {"ssh_from_a_cidr",
            makeRule(QStringLiteral("ingress"), QStringLiteral("tcp"), 22, 22, QStringLiteral("203.0.113.0/24")),
            QJsonObject {{QStringLiteral("direction"), QStringLiteral("ingress")},
                {QStringLiteral("protocol"), QStringLiteral("tcp")}, {QStringLiteral("port_range_min"), 22},
                {QStringLiteral("port_range_max"), 22},
                {QStringLiteral("remote_ip_prefix"), QStringLiteral("203.0.113.0/24")},
                {QStringLiteral("ethertype"), QStringLiteral("IPv4")}}},
        RuleCase {"udp_range_ipv6",
            makeRule(QStringLiteral("ingress"), QStringLiteral("udp"), 60000, 61000, QStringLiteral("::/0"),
                QStringLiteral("IPv6")),
            QJsonObject {{QStringLiteral("direction"), QStringLiteral("ingress")},
                {QStringLiteral("protocol"), QStringLiteral("udp")}, {QStringLiteral("port_range_min"), 60000},
                {QStringLiteral("port_range_max"), 61000}, {QStringLiteral("remote_ip_prefix"), QStringLiteral("::/0")},
                {QStringLiteral("ethertype"), QStringLiteral("IPv6")}}},
        RuleCase {"single_port_given_as_min", makeRule(QStringLiteral("ingress"), QStringLiteral("tcp"), 8080, 0, {}),
            QJsonObject {{QStringLiteral("direction"), QStringLiteral("ingress")},
                {QStringLiteral("protocol"), QStringLiteral("tcp")}, {QStringLiteral("port_range_min"), 8080},
                {QStringLiteral("port_range_max"), 8080}, {QStringLiteral("ethertype"), QStringLiteral("IPv4")}}},
        RuleCase {"any_protocol_egress", makeRule(QStringLiteral("egress"), {}, 0, 0, {}),
            QJsonObject {{QStringLiteral("direction"), QStringLiteral("egress")},
                {QStringLiteral("ethertype"), QStringLiteral("IPv4")}}},
        RuleCase {"icmp_any",
            makeRule(QStringLiteral("ingress"), QStringLiteral("icmp"), 0, 0, QStringLiteral("0.0.0.0/0")),
            QJsonObject {{QStringLiteral("direction"), QStringLiteral("ingress")},
                {QStringLiteral("protocol"), QStringLiteral("icmp")},
                {QStringLiteral("remote_ip_prefix"), QStringLiteral("0.0.0.0/0")},
                {QStringLiteral("ethertype"), QStringLiteral("IPv4")}}}),
    test::CaseName());

TEST_F(Networks, DeleteSecurityGroupExpects204)
{
    m_server.route("DELETE", QStringLiteral("/v2.0/security-groups/2076db17-a522-4506-91de-c6dd8e837028"),
        FakeResponse::text(204, ""));
    NetworkService service(endpoint());
    const Status deleted = await(service.deleteSecurityGroup(QStringLiteral("2076db17-a522-4506-91de-c6dd8e837028")));
    EXPECT_TRUE(deleted) << text(deleted.error().message);
}

TEST_F(Networks, ListFloatingIps)
{
    m_server.route("GET", QStringLiteral("/v2.0/floatingips"),
        FakeResponse::json(200, fixture(QStringLiteral("network/listFloatingIps_default.json"))));
    NetworkService service(endpoint());
    const auto ips = await(service.listFloatingIps());
    ASSERT_TRUE(ips) << text(ips.error().message);
    ASSERT_EQ(ips->size(), 2);
    EXPECT_EQ(ips->at(0).address, QStringLiteral("172.24.4.228"));
    EXPECT_EQ(ips->at(0).fixedAddress, QStringLiteral("10.0.0.3"));
    EXPECT_EQ(ips->at(0).portId, QStringLiteral("ce705c24-c1ef-408a-bda3-7bbd946164ab"));
    EXPECT_EQ(ips->at(0).networkId, QStringLiteral("376da547-b977-4cfe-9cba-275c80debf57"));
    EXPECT_TRUE(ips->at(1).portId.isEmpty());
    EXPECT_TRUE(ips->at(1).fixedAddress.isEmpty());
}

TEST_F(Networks, CreateAssociateDisassociateAndReleaseAFloatingIp)
{
    const QString fipPath = QStringLiteral("/v2.0/floatingips/a6a1c7f0-5f8e-4b1e-8f0d-2b3c4d5e6f70");
    m_server.route("POST", QStringLiteral("/v2.0/floatingips"),
        FakeResponse::json(201, fixture(QStringLiteral("network/createFloatingIp_default.json"))));
    m_server.route(
        "PUT", fipPath, FakeResponse::json(200, fixture(QStringLiteral("network/associateFloatingIp_default.json"))));
    m_server.route("DELETE", fipPath, FakeResponse::text(204, ""));
    NetworkService service(endpoint());

    const auto created = await(service.createFloatingIp(QStringLiteral("376da547-b977-4cfe-9cba-275c80debf57")));
    ASSERT_TRUE(created) << text(created.error().message);
    EXPECT_EQ(created->address, QStringLiteral("172.24.4.229"));
    EXPECT_TRUE(created->portId.isEmpty());
    EXPECT_EQ(test::bodyObject(m_server.requests().at(0)),
        (QJsonObject {{QStringLiteral("floatingip"),
            QJsonObject {
                {QStringLiteral("floating_network_id"), QStringLiteral("376da547-b977-4cfe-9cba-275c80debf57")}}}}));

    const auto associated
        = await(service.associateFloatingIp(created->id, QStringLiteral("d80b1a3b-4fc1-49f3-952e-1e2ab7081d8b")));
    ASSERT_TRUE(associated) << text(associated.error().message);
    EXPECT_EQ(associated->portId, QStringLiteral("d80b1a3b-4fc1-49f3-952e-1e2ab7081d8b"));
    EXPECT_EQ(associated->fixedAddress, QStringLiteral("10.0.0.5"));
    EXPECT_EQ(m_server.requests().at(1).method, QByteArray("PUT"));
    EXPECT_EQ(test::bodyObject(m_server.requests().at(1)),
        (QJsonObject {{QStringLiteral("floatingip"),
            QJsonObject {{QStringLiteral("port_id"), QStringLiteral("d80b1a3b-4fc1-49f3-952e-1e2ab7081d8b")}}}}));

    const auto disassociated = await(service.associateFloatingIp(created->id, QString()));
    ASSERT_TRUE(disassociated) << text(disassociated.error().message);
    EXPECT_EQ(test::bodyObject(m_server.requests().at(2)),
        (QJsonObject {{QStringLiteral("floatingip"), QJsonObject {{QStringLiteral("port_id"), QJsonValue()}}}}));

    const Status released = await(service.deleteFloatingIp(created->id));
    EXPECT_TRUE(released) << text(released.error().message);
    EXPECT_EQ(m_server.count("DELETE", fipPath), 1);
}

} // namespace
} // namespace ct
