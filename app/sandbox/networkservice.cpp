#include "networkservice.h"

#include "identityservice.h"
#include "sandboxapi.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace ct::sandbox {

namespace {

const QString kNetworks = QStringLiteral("networks");
const QString kSubnets = QStringLiteral("subnets");
const QString kPorts = QStringLiteral("ports");
const QString kGroups = QStringLiteral("security-groups");
const QString kRules = QStringLiteral("security-group-rules");
const QString kFloatingIps = QStringLiteral("floatingips");

struct Kind
{
    QString singular;
    QString notFoundType;
    QString notFound; ///< %1 = id
};

const QHash<QString, Kind>& kinds()
{
    static const QHash<QString, Kind> map = {
        {kNetworks,
            {QStringLiteral("network"), QStringLiteral("NetworkNotFound"),
                QStringLiteral("Network %1 could not be found.")}},
        {kSubnets,
            {QStringLiteral("subnet"), QStringLiteral("SubnetNotFound"),
                QStringLiteral("Subnet %1 could not be found.")}},
        {kPorts,
            {QStringLiteral("port"), QStringLiteral("PortNotFound"), QStringLiteral("Port %1 could not be found.")}},
        {kGroups,
            {QStringLiteral("security_group"), QStringLiteral("SecurityGroupNotFound"),
                QStringLiteral("Security group %1 does not exist")}},
        {kRules,
            {QStringLiteral("security_group_rule"), QStringLiteral("SecurityGroupRuleNotFound"),
                QStringLiteral("Security group rule %1 does not exist")}},
        {kFloatingIps,
            {QStringLiteral("floatingip"), QStringLiteral("FloatingIPNotFound"),
                QStringLiteral("Floating IP %1 could not be found")}},
    };
    return map;
}

QString randomMac()
{
    QString mac = QStringLiteral("fa:16:3e");
    for (int i = 0; i < 3; ++i)
        mac += QStringLiteral(":%1").arg(QRandomGenerator::global()->bounded(256), 2, 16, QLatin1Char('0'));
    return mac;
}

HttpResponse badRequest(const QString& message)
{
    return api::neutronError(400, QStringLiteral("HTTPBadRequest"), message);
}

} // namespace

NetworkService::NetworkService(SandboxContext* context)
    : m_context(context)
{ }

void NetworkService::touch(const QString& collection, QJsonObject object)
{
    object.insert(QStringLiteral("revision_number"), object.value(QStringLiteral("revision_number")).toInt() + 1);
    m_context->store->put(collection, object);
}

void NetworkService::createDefaults()
{
    struct Net
    {
        QString name, project, cidr, gateway;
        bool external;
    };
    const QList<Net> nets = {
        {QStringLiteral("public"), IdentityService::adminProjectId(), QStringLiteral("172.24.4.0/24"),
            QStringLiteral("172.24.4.1"), true},
        {QStringLiteral("demo-net"), IdentityService::projectId(QStringLiteral("demo")), QStringLiteral("10.0.0.0/24"),
            QStringLiteral("10.0.0.1"), false},
        {QStringLiteral("backup-net"), IdentityService::projectId(QStringLiteral("backup")),
            QStringLiteral("10.1.0.0/24"), QStringLiteral("10.1.0.1"), false},
    };
    for (const Net& net : nets) {
        const QString networkId = api::stableId(QStringLiteral("network-") + net.name);
        const QString subnetId = api::stableId(QStringLiteral("subnet-") + net.name);
        const QString subnetName = net.external
            ? QStringLiteral("public-subnet")
            : QString(net.name).replace(QStringLiteral("-net"), QStringLiteral("-subnet"));
        const QString prefix = net.cidr.section(u'.', 0, 2);
        touch(kNetworks,
            QJsonObject {{QStringLiteral("id"), networkId}, {QStringLiteral("name"), net.name},
                {QStringLiteral("description"), QString()}, {QStringLiteral("admin_state_up"), true},
                {QStringLiteral("status"), QStringLiteral("ACTIVE")}, {QStringLiteral("shared"), false},
                {QStringLiteral("router:external"), net.external}, {QStringLiteral("is_default"), net.external},
                {QStringLiteral("project_id"), net.project}, {QStringLiteral("subnets"), QJsonArray {subnetId}},
                {QStringLiteral("mtu"), 1450}, {QStringLiteral("port_security_enabled"), true},
                {QStringLiteral("availability_zone_hints"), QJsonArray()},
                {QStringLiteral("availability_zones"), QJsonArray {QStringLiteral("nova")}},
                {QStringLiteral("ipv4_address_scope"), QJsonValue::Null},
                {QStringLiteral("ipv6_address_scope"), QJsonValue::Null}, {QStringLiteral("l2_adjacency"), true},
                {QStringLiteral("qos_policy_id"), QJsonValue::Null}, {QStringLiteral("tags"), QJsonArray()}});
        touch(kSubnets,
            QJsonObject {{QStringLiteral("id"), subnetId}, {QStringLiteral("name"), subnetName},
                {QStringLiteral("description"), QString()}, {QStringLiteral("network_id"), networkId},
                {QStringLiteral("project_id"), net.project}, {QStringLiteral("cidr"), net.cidr},
                {QStringLiteral("ip_version"), 4}, {QStringLiteral("gateway_ip"), net.gateway},
                {QStringLiteral("enable_dhcp"), !net.external},
                {QStringLiteral("allocation_pools"),
                    QJsonArray {QJsonObject {{QStringLiteral("start"), QString(prefix + QStringLiteral(".2"))},
                        {QStringLiteral("end"), QString(prefix + QStringLiteral(".254"))}}}},
                {QStringLiteral("dns_nameservers"), QJsonArray()}, {QStringLiteral("host_routes"), QJsonArray()},
                {QStringLiteral("ipv6_address_mode"), QJsonValue::Null},
                {QStringLiteral("ipv6_ra_mode"), QJsonValue::Null}, {QStringLiteral("subnetpool_id"), QJsonValue::Null},
                {QStringLiteral("service_types"), QJsonArray()}, {QStringLiteral("tags"), QJsonArray()},
                {QStringLiteral("_next_host"), 10}});
    }
    for (const QString& project : IdentityService::projectNames()) {
        const QString projectId = IdentityService::projectId(project);
        const QJsonObject group
            = makeSecurityGroup(projectId, QStringLiteral("default"), QStringLiteral("Default security group"));
        const QString groupId = group.value(QStringLiteral("id")).toString();
        for (const QString& ethertype : {QStringLiteral("IPv4"), QStringLiteral("IPv6")}) {
            makeRule(projectId, groupId, QStringLiteral("ingress"), ethertype, groupId);
            makeRule(projectId, groupId, QStringLiteral("egress"), ethertype, QJsonValue::Null);
        }
    }
}

QJsonObject NetworkService::makeSecurityGroup(const QString& projectId, const QString& name, const QString& description)
{
    const QJsonObject group {{QStringLiteral("id"), api::newId()}, {QStringLiteral("name"), name},
        {QStringLiteral("description"), description}, {QStringLiteral("project_id"), projectId},
        {QStringLiteral("stateful"), true}, {QStringLiteral("shared"), false}, {QStringLiteral("tags"), QJsonArray()}};
    touch(kGroups, group);
    return group;
}

QJsonObject NetworkService::makeRule(const QString& projectId, const QString& groupId, const QString& direction,
    const QString& ethertype, const QJsonValue& remoteGroup)
{
    const QJsonObject rule {{QStringLiteral("id"), api::newId()}, {QStringLiteral("project_id"), projectId},
        {QStringLiteral("security_group_id"), groupId}, {QStringLiteral("direction"), direction},
        {QStringLiteral("ethertype"), ethertype}, {QStringLiteral("protocol"), QJsonValue::Null},
        {QStringLiteral("port_range_min"), QJsonValue::Null}, {QStringLiteral("port_range_max"), QJsonValue::Null},
        {QStringLiteral("remote_ip_prefix"), QJsonValue::Null}, {QStringLiteral("remote_group_id"), remoteGroup},
        {QStringLiteral("remote_address_group_id"), QJsonValue::Null},
        {QStringLiteral("normalized_cidr"), QJsonValue::Null}, {QStringLiteral("description"), QString()}};
    touch(kRules, rule);
    return rule;
}

QString NetworkService::projectNetworkId(const QString& projectName) const
{
    return api::stableId(QStringLiteral("network-") + projectName + QStringLiteral("-net"));
}

QJsonObject NetworkService::usableNetwork(const QString& id, const QString& projectId) const
{
    const QJsonObject network = m_context->store->item(kNetworks, id);
    if (network.isEmpty())
        return {};
    if (network.value(QStringLiteral("project_id")).toString() == projectId
        || network.value(QStringLiteral("shared")).toBool())
        return network;
    return {};
}

QString NetworkService::securityGroupId(const QString& projectId, const QString& nameOrId) const
{
    for (const QJsonObject& group : m_context->store->items(kGroups)) {
        if (group.value(QStringLiteral("project_id")).toString() != projectId)
            continue;
        if (group.value(QStringLiteral("id")).toString() == nameOrId
            || group.value(QStringLiteral("name")).toString() == nameOrId)
            return group.value(QStringLiteral("id")).toString();
    }
    return {};
}

QString NetworkService::allocateAddress(const QString& subnetId)
{
    QJsonObject subnet = m_context->store->item(kSubnets, subnetId);
    const int host = subnet.value(QStringLiteral("_next_host")).toInt(10);
    if (host > 254)
        return {};
    subnet.insert(QStringLiteral("_next_host"), host + 1);
    m_context->store->put(kSubnets, subnet);
    return subnet.value(QStringLiteral("cidr")).toString().section(u'.', 0, 2) + u'.' + QString::number(host);
}

QJsonObject NetworkService::createServerPort(
    const QString& projectId, const QString& networkId, const QString& serverId, const QStringList& securityGroupIds)
{
    const QJsonObject network = m_context->store->item(kNetworks, networkId);
    const QString subnetId = network.value(QStringLiteral("subnets")).toArray().first().toString();
    const QString address = allocateAddress(subnetId);
    if (address.isEmpty())
        return {};
    const QJsonObject port {{QStringLiteral("id"), api::newId()}, {QStringLiteral("name"), QString()},
        {QStringLiteral("description"), QString()}, {QStringLiteral("network_id"), networkId},
        {QStringLiteral("project_id"), projectId}, {QStringLiteral("mac_address"), randomMac()},
        {QStringLiteral("fixed_ips"),
            QJsonArray {
                QJsonObject {{QStringLiteral("subnet_id"), subnetId}, {QStringLiteral("ip_address"), address}}}},
        {QStringLiteral("device_id"), serverId}, {QStringLiteral("device_owner"), QStringLiteral("compute:nova")},
        {QStringLiteral("status"), QStringLiteral("ACTIVE")}, {QStringLiteral("admin_state_up"), true},
        {QStringLiteral("security_groups"), QJsonArray::fromStringList(securityGroupIds)},
        {QStringLiteral("port_security_enabled"), true}, {QStringLiteral("allowed_address_pairs"), QJsonArray()},
        {QStringLiteral("extra_dhcp_opts"), QJsonArray()},
        {QStringLiteral("binding:vnic_type"), QStringLiteral("normal")}, {QStringLiteral("tags"), QJsonArray()}};
    touch(kPorts, port);
    return port;
}

void NetworkService::releaseServerPorts(const QString& serverId)
{
    QStringList portIds;
    for (const QJsonObject& port : m_context->store->items(kPorts)) {
        if (port.value(QStringLiteral("device_id")).toString() == serverId)
            portIds.append(port.value(QStringLiteral("id")).toString());
    }
    for (QJsonObject floating : m_context->store->items(kFloatingIps)) {
        if (!portIds.contains(floating.value(QStringLiteral("port_id")).toString()))
            continue;
        floating.insert(QStringLiteral("port_id"), QJsonValue::Null);
        floating.insert(QStringLiteral("fixed_ip_address"), QJsonValue::Null);
        floating.insert(QStringLiteral("router_id"), QJsonValue::Null);
        floating.insert(QStringLiteral("status"), QStringLiteral("DOWN"));
        floating.insert(QStringLiteral("port_details"), QJsonValue::Null);
        touch(kFloatingIps, floating);
    }
    for (const QString& id : portIds)
        m_context->store->remove(kPorts, id);
}

QJsonObject NetworkService::serverAddresses(const QString& serverId) const
{
    QJsonObject addresses;
    for (const QJsonObject& port : m_context->store->items(kPorts)) {
        if (port.value(QStringLiteral("device_id")).toString() != serverId)
            continue;
        const QString networkName
            = m_context->store->item(kNetworks, port.value(QStringLiteral("network_id")).toString())
                  .value(QStringLiteral("name"))
                  .toString();
        QJsonArray entries = addresses.value(networkName).toArray();
        const QString mac = port.value(QStringLiteral("mac_address")).toString();
        for (const QJsonValue& fixed : port.value(QStringLiteral("fixed_ips")).toArray())
            entries.append(QJsonObject {{QStringLiteral("addr"), fixed.toObject().value(QStringLiteral("ip_address"))},
                {QStringLiteral("version"), 4}, {QStringLiteral("OS-EXT-IPS:type"), QStringLiteral("fixed")},
                {QStringLiteral("OS-EXT-IPS-MAC:mac_addr"), mac}});
        for (const QJsonObject& floating : m_context->store->items(kFloatingIps)) {
            if (floating.value(QStringLiteral("port_id")).toString() == port.value(QStringLiteral("id")).toString())
                entries.append(
                    QJsonObject {{QStringLiteral("addr"), floating.value(QStringLiteral("floating_ip_address"))},
                        {QStringLiteral("version"), 4}, {QStringLiteral("OS-EXT-IPS:type"), QStringLiteral("floating")},
                        {QStringLiteral("OS-EXT-IPS-MAC:mac_addr"), mac}});
        }
        addresses.insert(networkName, entries);
    }
    return addresses;
}

QJsonObject NetworkService::render(const QString& collection, const QJsonObject& object) const
{
    QJsonObject out = api::publicView(object);
    out.insert(QStringLiteral("tenant_id"), object.value(QStringLiteral("project_id")));
    out.insert(QStringLiteral("created_at"), api::isoTime(object.value(QStringLiteral("_created_ms")).toInteger()));
    out.insert(QStringLiteral("updated_at"), api::isoTime(object.value(QStringLiteral("_updated_ms")).toInteger()));
    if (collection == kGroups) {
        QJsonArray rules;
        for (const QJsonObject& rule : m_context->store->items(kRules)) {
            if (rule.value(QStringLiteral("security_group_id")) == object.value(QStringLiteral("id")))
                rules.append(render(kRules, rule));
        }
        out.insert(QStringLiteral("security_group_rules"), rules);
    }
    return out;
}

bool NetworkService::visible(const QString& collection, const QJsonObject& object, const QString& projectId) const
{
    if (object.value(QStringLiteral("project_id")).toString() == projectId)
        return true;
    if (collection == kNetworks)
        return object.value(QStringLiteral("shared")).toBool()
            || object.value(QStringLiteral("router:external")).toBool();
    if (collection == kSubnets) {
        const QJsonObject network
            = m_context->store->item(kNetworks, object.value(QStringLiteral("network_id")).toString());
        return network.value(QStringLiteral("shared")).toBool()
            || network.value(QStringLiteral("router:external")).toBool();
    }
    return false;
}

HttpResponse NetworkService::list(const QString& collection, const HttpRequest& request, const AuthContext& auth) const
{
    static const QStringList reserved = {QStringLiteral("limit"), QStringLiteral("marker"), QStringLiteral("fields"),
        QStringLiteral("sort_key"), QStringLiteral("sort_dir"), QStringLiteral("page_reverse")};
    const QString projectId = auth.value(QStringLiteral("project_id")).toString();
    QHash<QString, QStringList> filters;
    for (const auto& [key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!reserved.contains(key))
            filters[key].append(value);
    }
    QList<QJsonObject> objects;
    for (const QJsonObject& object : m_context->store->items(collection)) {
        if (!visible(collection, object, projectId))
            continue;
        const QJsonObject view = render(collection, object);
        bool match = true;
        for (auto it = filters.cbegin(); it != filters.cend() && match; ++it) {
            const QJsonValue field = view.value(it.key());
            if (field.isArray() || field.isObject() || field.isUndefined())
                continue; // only scalar filters are emulated
            const QString text = field.isBool() ? (field.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                : field.toVariant().toString();
            match = it->contains(text, Qt::CaseInsensitive);
        }
        if (match)
            objects.append(view);
    }
    // Neutron pages in id order.
    std::sort(objects.begin(), objects.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
    });
    QJsonObject body;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool badLimit = false;
        const api::Page page = api::paginate(objects, request.query, 0, 1000, &badLimit);
        if (badLimit)
            return badRequest(QStringLiteral("Bad limit request: Limit must be an integer 0 or greater and not '%1'.")
                                  .arg(request.query.queryItemValue(QStringLiteral("limit"))));
        if (page.markerMissing)
            return api::neutronError(404, kinds().value(collection).notFoundType,
                kinds().value(collection).notFound.arg(request.query.queryItemValue(QStringLiteral("marker"))));
        objects = page.items;
        QJsonArray links;
        const QString base = m_context->baseUrl + QStringLiteral("/network/v2.0/") + collection;
        if (page.full)
            links.append(QJsonObject {{QStringLiteral("rel"), QStringLiteral("next")},
                {QStringLiteral("href"),
                    api::nextLink(
                        base, request.query, page.limit, objects.last().value(QStringLiteral("id")).toString())}});
        body.insert(collection.contains(u'-') ? QString(collection).replace(u'-', u'_') + QStringLiteral("_links")
                                              : collection + QStringLiteral("_links"),
            links);
    }
    QJsonArray out;
    for (const QJsonObject& object : objects)
        out.append(object);
    body.insert(QString(collection).replace(u'-', u'_'), out);
    return HttpResponse::json(200, body);
}

HttpResponse NetworkService::handle(const HttpRequest& request, const QString& rawPath, const AuthContext& auth)
{
    QString path = rawPath;
    if (path.endsWith(QStringLiteral(".json")))
        path.chop(5);
    static const QRegularExpression resourcePath(QStringLiteral("^/v2\\.0/([a-z-]+)(?:/([^/]+))?$"));
    const QRegularExpressionMatch match = resourcePath.match(path);
    if (!match.hasMatch() || !kinds().contains(match.captured(1)))
        return api::neutronError(
            404, QStringLiteral("HTTPNotFound"), QStringLiteral("The resource could not be found."));
    const QString collection = match.captured(1);
    const QString id = match.captured(2);
    const Kind kind = kinds().value(collection);
    const QString projectId = auth.value(QStringLiteral("project_id")).toString();

    if (id.isEmpty()) {
        if (request.method == "GET")
            return list(collection, request, auth);
        if (request.method != "POST")
            return api::neutronError(
                405, QStringLiteral("HTTPMethodNotAllowed"), QStringLiteral("The method is not allowed."));
        QJsonObject body;
        if (!request.jsonBody(&body))
            return badRequest(QStringLiteral("Body contains invalid data"));
        const QJsonObject resource = body.value(kind.singular).toObject();
        if (resource.isEmpty())
            return badRequest(QStringLiteral("Resource body required"));
        if (collection == kGroups)
            return createSecurityGroup(resource, auth);
        if (collection == kRules)
            return createRule(resource, auth);
        if (collection == kFloatingIps)
            return createFloatingIp(resource, auth);
        return api::neutronError(501, QStringLiteral("HTTPNotImplemented"),
            QStringLiteral("The sandbox does not emulate creating %1.").arg(collection));
    }

    const QJsonObject object = m_context->store->item(collection, id);
    if (object.isEmpty() || !visible(collection, object, projectId))
        return api::neutronError(404, kind.notFoundType, kind.notFound.arg(id));
    if (request.method == "GET")
        return HttpResponse::json(200, QJsonObject {{kind.singular, render(collection, object)}});
    const bool own = object.value(QStringLiteral("project_id")).toString() == projectId;
    if (request.method == "PUT") {
        QJsonObject body;
        if (!request.jsonBody(&body))
            return badRequest(QStringLiteral("Body contains invalid data"));
        const QJsonObject changes = body.value(kind.singular).toObject();
        if (collection == kFloatingIps)
            return updateFloatingIp(id, changes, auth);
        if (!own)
            return api::neutronError(404, kind.notFoundType, kind.notFound.arg(id));
        QJsonObject updated = object;
        for (const QString& key : {QStringLiteral("name"), QStringLiteral("description")}) {
            if (changes.contains(key))
                updated.insert(key, changes.value(key));
        }
        touch(collection, updated);
        return HttpResponse::json(
            200, QJsonObject {{kind.singular, render(collection, m_context->store->item(collection, id))}});
    }
    if (request.method == "DELETE") {
        if (!own)
            return api::neutronError(404, kind.notFoundType, kind.notFound.arg(id));
        if (collection == kGroups) {
            if (object.value(QStringLiteral("name")).toString() == QStringLiteral("default"))
                return api::neutronError(409, QStringLiteral("SecurityGroupCannotRemoveDefault"),
                    QStringLiteral("Insufficient rights for removing default security group."));
            for (const QJsonObject& port : m_context->store->items(kPorts)) {
                if (port.value(QStringLiteral("security_groups")).toArray().contains(id))
                    return api::neutronError(
                        409, QStringLiteral("SecurityGroupInUse"), QStringLiteral("Security Group %1 in use.").arg(id));
            }
            QStringList rules;
            for (const QJsonObject& rule : m_context->store->items(kRules)) {
                if (rule.value(QStringLiteral("security_group_id")).toString() == id)
                    rules.append(rule.value(QStringLiteral("id")).toString());
            }
            for (const QString& rule : rules)
                m_context->store->remove(kRules, rule);
        } else if (collection == kNetworks || collection == kSubnets) {
            return api::neutronError(501, QStringLiteral("HTTPNotImplemented"),
                QStringLiteral("The sandbox does not emulate deleting %1.").arg(collection));
        }
        m_context->store->remove(collection, id);
        return HttpResponse::empty(204);
    }
    return api::neutronError(405, QStringLiteral("HTTPMethodNotAllowed"), QStringLiteral("The method is not allowed."));
}

HttpResponse NetworkService::createSecurityGroup(const QJsonObject& body, const AuthContext& auth)
{
    const QString projectId = auth.value(QStringLiteral("project_id")).toString();
    const QString name = body.value(QStringLiteral("name")).toString();
    if (name == QStringLiteral("default") && !securityGroupId(projectId, name).isEmpty())
        return api::neutronError(409, QStringLiteral("SecurityGroupDefaultAlreadyExists"),
            QStringLiteral("Default security group already exists."));
    const QJsonObject group = makeSecurityGroup(projectId, name, body.value(QStringLiteral("description")).toString());
    const QString groupId = group.value(QStringLiteral("id")).toString();
    // Neutron gives every new group the two "allow all egress" rules.
    makeRule(projectId, groupId, QStringLiteral("egress"), QStringLiteral("IPv4"), QJsonValue::Null);
    makeRule(projectId, groupId, QStringLiteral("egress"), QStringLiteral("IPv6"), QJsonValue::Null);
    return HttpResponse::json(201,
        QJsonObject {{QStringLiteral("security_group"), render(kGroups, m_context->store->item(kGroups, groupId))}});
}

HttpResponse NetworkService::createRule(const QJsonObject& body, const AuthContext& auth)
{
    const QString projectId = auth.value(QStringLiteral("project_id")).toString();
    const QString groupId = body.value(QStringLiteral("security_group_id")).toString();
    const QJsonObject group = m_context->store->item(kGroups, groupId);
    if (group.isEmpty() || group.value(QStringLiteral("project_id")).toString() != projectId)
        return api::neutronError(404, QStringLiteral("SecurityGroupNotFound"),
            QStringLiteral("Security group %1 does not exist").arg(groupId));
    const QString direction = body.value(QStringLiteral("direction")).toString();
    if (direction != QStringLiteral("ingress") && direction != QStringLiteral("egress"))
        return badRequest(QStringLiteral("Invalid input for direction. Reason: '%1' is not in ['ingress', 'egress'].")
                              .arg(direction));
    const QString ethertype = body.value(QStringLiteral("ethertype")).toString(QStringLiteral("IPv4"));
    if (ethertype != QStringLiteral("IPv4") && ethertype != QStringLiteral("IPv6"))
        return badRequest(
            QStringLiteral("Invalid input for ethertype. Reason: '%1' is not in ['IPv4', 'IPv6'].").arg(ethertype));
    const QJsonValue protocol = body.value(QStringLiteral("protocol"));
    const QJsonValue min = body.value(QStringLiteral("port_range_min"));
    const QJsonValue max = body.value(QStringLiteral("port_range_max"));
    if (!min.isNull() && !min.isUndefined() && !max.isNull() && !max.isUndefined() && min.toInt() > max.toInt())
        return badRequest(QStringLiteral("For TCP/UDP protocols, port_range_min must be <= port_range_max"));
    if ((!min.isUndefined() && !min.isNull()) && (protocol.isNull() || protocol.isUndefined()))
        return badRequest(QStringLiteral("Must also specify protocol if port range is given."));
    const auto orNull
        = [](const QJsonValue& value) { return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value; };
    QJsonObject rule {{QStringLiteral("id"), api::newId()}, {QStringLiteral("project_id"), projectId},
        {QStringLiteral("security_group_id"), groupId}, {QStringLiteral("direction"), direction},
        {QStringLiteral("ethertype"), ethertype}, {QStringLiteral("protocol"), orNull(protocol)},
        {QStringLiteral("port_range_min"), orNull(min)}, {QStringLiteral("port_range_max"), orNull(max)},
        {QStringLiteral("remote_ip_prefix"), orNull(body.value(QStringLiteral("remote_ip_prefix")))},
        {QStringLiteral("remote_group_id"), orNull(body.value(QStringLiteral("remote_group_id")))},
        {QStringLiteral("remote_address_group_id"), QJsonValue::Null},
        {QStringLiteral("normalized_cidr"), orNull(body.value(QStringLiteral("remote_ip_prefix")))},
        {QStringLiteral("description"), body.value(QStringLiteral("description")).toString()}};
    static const QStringList same = {QStringLiteral("security_group_id"), QStringLiteral("direction"),
        QStringLiteral("ethertype"), QStringLiteral("protocol"), QStringLiteral("port_range_min"),
        QStringLiteral("port_range_max"), QStringLiteral("remote_ip_prefix"), QStringLiteral("remote_group_id")};
    for (const QJsonObject& existing : m_context->store->items(kRules)) {
        bool duplicate = true;
        for (const QString& key : same)
            duplicate = duplicate && existing.value(key) == rule.value(key);
        if (duplicate)
            return api::neutronError(409, QStringLiteral("SecurityGroupRuleExists"),
                QStringLiteral("Security group rule already exists. Rule id is %1.")
                    .arg(existing.value(QStringLiteral("id")).toString()));
    }
    touch(kRules, rule);
    return HttpResponse::json(201,
        QJsonObject {{QStringLiteral("security_group_rule"),
            render(kRules, m_context->store->item(kRules, rule.value(QStringLiteral("id")).toString()))}});
}

HttpResponse NetworkService::createFloatingIp(const QJsonObject& body, const AuthContext& auth)
{
    const QString projectId = auth.value(QStringLiteral("project_id")).toString();
    const QString networkId = body.value(QStringLiteral("floating_network_id")).toString();
    if (networkId.isEmpty())
        return badRequest(
            QStringLiteral("Failed to parse request. Required attribute 'floating_network_id' not specified"));
    const QJsonObject network = m_context->store->item(kNetworks, networkId);
    if (network.isEmpty())
        return api::neutronError(
            404, QStringLiteral("NetworkNotFound"), QStringLiteral("Network %1 could not be found.").arg(networkId));
    if (!network.value(QStringLiteral("router:external")).toBool())
        return badRequest(
            QStringLiteral("Bad floatingip request: Network %1 is not a valid external network.").arg(networkId));
    const QString address = allocateAddress(network.value(QStringLiteral("subnets")).toArray().first().toString());
    if (address.isEmpty())
        return api::neutronError(409, QStringLiteral("IpAddressGenerationFailure"),
            QStringLiteral("No more IP addresses available on network %1.").arg(networkId));
    QJsonObject floating {{QStringLiteral("id"), api::newId()}, {QStringLiteral("project_id"), projectId},
        {QStringLiteral("floating_network_id"), networkId}, {QStringLiteral("floating_ip_address"), address},
        {QStringLiteral("port_id"), QJsonValue::Null}, {QStringLiteral("fixed_ip_address"), QJsonValue::Null},
        {QStringLiteral("router_id"), QJsonValue::Null}, {QStringLiteral("status"), QStringLiteral("DOWN")},
        {QStringLiteral("description"), body.value(QStringLiteral("description")).toString()},
        {QStringLiteral("dns_domain"), QString()}, {QStringLiteral("dns_name"), QString()},
        {QStringLiteral("port_details"), QJsonValue::Null}, {QStringLiteral("qos_policy_id"), QJsonValue::Null},
        {QStringLiteral("tags"), QJsonArray()}};
    touch(kFloatingIps, floating);
    const QString id = floating.value(QStringLiteral("id")).toString();
    if (body.contains(QStringLiteral("port_id")) && !body.value(QStringLiteral("port_id")).isNull()) {
        HttpResponse update = updateFloatingIp(id, body, auth);
        if (update.status != 200) {
            m_context->store->remove(kFloatingIps, id);
            return update;
        }
    }
    return HttpResponse::json(201,
        QJsonObject {{QStringLiteral("floatingip"), render(kFloatingIps, m_context->store->item(kFloatingIps, id))}});
}

HttpResponse NetworkService::updateFloatingIp(const QString& id, const QJsonObject& body, const AuthContext& auth)
{
    const QString projectId = auth.value(QStringLiteral("project_id")).toString();
    QJsonObject floating = m_context->store->item(kFloatingIps, id);
    if (floating.value(QStringLiteral("project_id")).toString() != projectId)
        return api::neutronError(
            404, QStringLiteral("FloatingIPNotFound"), QStringLiteral("Floating IP %1 could not be found").arg(id));
    if (body.contains(QStringLiteral("description")))
        floating.insert(QStringLiteral("description"), body.value(QStringLiteral("description")));
    if (body.contains(QStringLiteral("port_id"))) {
        const QString portId = body.value(QStringLiteral("port_id")).toString();
        if (portId.isEmpty()) {
            floating.insert(QStringLiteral("port_id"), QJsonValue::Null);
            floating.insert(QStringLiteral("fixed_ip_address"), QJsonValue::Null);
            floating.insert(QStringLiteral("router_id"), QJsonValue::Null);
            floating.insert(QStringLiteral("status"), QStringLiteral("DOWN"));
            floating.insert(QStringLiteral("port_details"), QJsonValue::Null);
        } else {
            const QJsonObject port = m_context->store->item(kPorts, portId);
            if (port.isEmpty() || port.value(QStringLiteral("project_id")).toString() != projectId)
                return api::neutronError(
                    404, QStringLiteral("PortNotFound"), QStringLiteral("Port %1 could not be found.").arg(portId));
            for (const QJsonObject& other : m_context->store->items(kFloatingIps)) {
                if (other.value(QStringLiteral("port_id")).toString() == portId
                    && other.value(QStringLiteral("id")).toString() != id)
                    return api::neutronError(409, QStringLiteral("FloatingIPPortAlreadyAssociated"),
                        QStringLiteral("Cannot associate floating IP %1 (%2) with port %3 using fixed IP %4, as that "
                                       "fixed IP already has a floating IP on external network %5.")
                            .arg(floating.value(QStringLiteral("floating_ip_address")).toString(), id, portId,
                                port.value(QStringLiteral("fixed_ips"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("ip_address"))
                                    .toString(),
                                floating.value(QStringLiteral("floating_network_id")).toString()));
            }
            QString fixed = body.value(QStringLiteral("fixed_ip_address")).toString();
            if (fixed.isEmpty())
                fixed = port.value(QStringLiteral("fixed_ips"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("ip_address"))
                            .toString();
            floating.insert(QStringLiteral("port_id"), portId);
            floating.insert(QStringLiteral("fixed_ip_address"), fixed);
            floating.insert(QStringLiteral("router_id"), api::stableId(QStringLiteral("router-") + projectId));
            floating.insert(QStringLiteral("status"), QStringLiteral("ACTIVE"));
            floating.insert(QStringLiteral("port_details"),
                QJsonObject {{QStringLiteral("name"), port.value(QStringLiteral("name"))},
                    {QStringLiteral("network_id"), port.value(QStringLiteral("network_id"))},
                    {QStringLiteral("mac_address"), port.value(QStringLiteral("mac_address"))},
                    {QStringLiteral("admin_state_up"), true},
                    {QStringLiteral("status"), port.value(QStringLiteral("status"))},
                    {QStringLiteral("device_id"), port.value(QStringLiteral("device_id"))},
                    {QStringLiteral("device_owner"), port.value(QStringLiteral("device_owner"))}});
        }
    }
    touch(kFloatingIps, floating);
    return HttpResponse::json(200,
        QJsonObject {{QStringLiteral("floatingip"), render(kFloatingIps, m_context->store->item(kFloatingIps, id))}});
}

} // namespace ct::sandbox
