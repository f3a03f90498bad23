#include "cloud/openstack/network/networkservice.h"

#include "cloud/openstack/image/servicecall.h"

#include <QJsonDocument>

namespace ct::openstack {

namespace {

const QString kService = QStringLiteral("network");

QString pathId(const QString& id) { return QString::fromLatin1(QUrl::toPercentEncoding(id)); }

QUrl networkUrl(const ServiceEndpoint& endpoint, const QString& path)
{
    return endpoint.baseUrl ? joinEndpoint(endpoint.baseUrl(), QStringLiteral("/v2.0"), path) : QUrl();
}

std::optional<Error> checkEndpoint(const ServiceEndpoint& endpoint, const QString& action)
{
    if (!endpoint.session)
        return ServiceCall::noSession(kService, action);
    if (!endpoint.baseUrl || !endpoint.baseUrl().isValid() || endpoint.baseUrl().isEmpty())
        return makeError(ErrorCode::InvalidInput,
            NetworkService::tr("%1: could not %2 \u2014 the cloud's catalog has no network (Neutron) "
                               "endpoint for this region. Check the region in this cloud's settings.")
                .arg(endpoint.session->cloudName(), action));
    return std::nullopt;
}

template<class T>
QFuture<Result<T>> failed(Error error)
{
    return QtFuture::makeReadyFuture<Result<T>>(Result<T>(std::move(error)));
}

QJsonObject recordOf(const QJsonValue& value) { return value.toObject(); }

QString text(const QJsonObject& object, const char* key)
{
    return ServiceCall::string(object.value(QLatin1String(key)));
}

Result<Network> parseNetwork(const CallContext& ctx, const QJsonValue& value)
{
    const QJsonObject object = recordOf(value);
    Network network;
    network.id = text(object, "id");
    if (!value.isObject() || network.id.isEmpty())
        return ServiceCall::unexpected(ctx, NetworkService::tr("a network record has no \u201cid\u201d"));
    network.name = text(object, "name");
    network.status = text(object, "status");
    network.shared = ServiceCall::boolean(object.value(QLatin1String("shared")));
    network.external = ServiceCall::boolean(object.value(QLatin1String("router:external")));
    for (const QJsonValue& subnet : object.value(QLatin1String("subnets")).toArray())
        network.subnetIds.append(ServiceCall::string(subnet));
    return network;
}

Result<Subnet> parseSubnet(const CallContext& ctx, const QJsonValue& value)
{
    const QJsonObject object = recordOf(value);
    Subnet subnet;
    subnet.id = text(object, "id");
    if (!value.isObject() || subnet.id.isEmpty())
        return ServiceCall::unexpected(ctx, NetworkService::tr("a subnet record has no \u201cid\u201d"));
    subnet.name = text(object, "name");
    subnet.networkId = text(object, "network_id");
    subnet.cidr = text(object, "cidr");
    const qint64 version = ServiceCall::integer(object.value(QLatin1String("ip_version")));
    subnet.ipVersion = version == 6 ? 6 : 4;
    return subnet;
}

Result<Port> parsePort(const CallContext& ctx, const QJsonValue& value)
{
    const QJsonObject object = recordOf(value);
    Port port;
    port.id = text(object, "id");
    if (!value.isObject() || port.id.isEmpty())
        return ServiceCall::unexpected(ctx, NetworkService::tr("a port record has no \u201cid\u201d"));
    port.networkId = text(object, "network_id");
    port.deviceId = text(object, "device_id");
    for (const QJsonValue& fixed : object.value(QLatin1String("fixed_ips")).toArray()) {
        const QString address = ServiceCall::string(fixed.toObject().value(QLatin1String("ip_address")));
        if (!address.isEmpty())
            port.fixedIps.append(address);
    }
    return port;
}

Result<SecurityGroupRule> parseRule(const CallContext& ctx, const QJsonValue& value)
{
    const QJsonObject object = recordOf(value);
    SecurityGroupRule rule;
    rule.id = text(object, "id");
    if (!value.isObject() || rule.id.isEmpty())
        return ServiceCall::unexpected(ctx, NetworkService::tr("a security group rule has no \u201cid\u201d"));
    rule.direction = text(object, "direction");
    rule.protocol = text(object, "protocol"); // null: any protocol
    rule.portMin = static_cast<int>(ServiceCall::integer(object.value(QLatin1String("port_range_min"))));
    rule.portMax = static_cast<int>(ServiceCall::integer(object.value(QLatin1String("port_range_max"))));
    rule.remoteCidr = text(object, "remote_ip_prefix");
    const QString etherType = text(object, "ethertype");
    if (!etherType.isEmpty())
        rule.etherType = etherType;
    return rule;
}

Result<SecurityGroup> parseSecurityGroup(const CallContext& ctx, const QJsonValue& value)
{
    const QJsonObject object = recordOf(value);
    SecurityGroup group;
    group.id = text(object, "id");
    if (!value.isObject() || group.id.isEmpty())
        return ServiceCall::unexpected(ctx, NetworkService::tr("a security group record has no \u201cid\u201d"));
    group.name = text(object, "name");
    group.description = text(object, "description");
    for (const QJsonValue& entry : object.value(QLatin1String("security_group_rules")).toArray()) {
        Result<SecurityGroupRule> rule = parseRule(ctx, entry);
        if (!rule)
            return rule.error();
        group.rules.append(std::move(*rule));
    }
    return group;
}

Result<FloatingIp> parseFloatingIp(const CallContext& ctx, const QJsonValue& value)
{
    const QJsonObject object = recordOf(value);
    FloatingIp ip;
    ip.id = text(object, "id");
    if (!value.isObject() || ip.id.isEmpty())
        return ServiceCall::unexpected(ctx, NetworkService::tr("a floating IP record has no \u201cid\u201d"));
    ip.address = text(object, "floating_ip_address");
    ip.portId = text(object, "port_id");
    ip.fixedAddress = text(object, "fixed_ip_address");
    ip.networkId = text(object, "floating_network_id");
    ip.serverId = text(object.value(QLatin1String("port_details")).toObject(), "device_id");
    return ip;
}

/// Parses `{"<key>": {...}}` answers of create/update calls.
template<class T>
auto singleParser(QString key, Result<T> (*parse)(const CallContext&, const QJsonValue&))
{
    return [key, parse](const CallContext& ctx, const ApiReply& reply) -> Result<T> {
        Result<QJsonObject> object = ServiceCall::object(ctx, reply);
        if (!object)
            return object.error();
        Result<QJsonObject> record = ServiceCall::objectMember(ctx, *object, key);
        if (!record)
            return record.error();
        return parse(ctx, *record);
    };
}

/// Lists a Neutron collection, following `<collection>_links` when the cloud paginates.
template<class T>
QFuture<Result<QList<T>>> listCollection(const ServiceEndpoint& endpoint, int pageSize, const QString& collection,
    const QString& path, QUrlQuery filters, const QString& action,
    Result<T> (*parse)(const CallContext&, const QJsonValue&))
{
    if (auto error = checkEndpoint(endpoint, action))
        return failed<QList<T>>(*error);
    QUrl first = networkUrl(endpoint, path);
    QUrlQuery query = filters;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    first.setQuery(query);
    return ServiceCall::allPages<T>(endpoint.session, ApiRequest::get(first, kService, action),
        [collection, filters, parse](const CallContext& ctx, const ApiReply& reply) -> Result<Page<T>> {
            Result<QJsonObject> object = ServiceCall::object(ctx, reply);
            if (!object)
                return object.error();
            Result<QJsonArray> records = ServiceCall::arrayMember(ctx, *object, collection);
            if (!records)
                return records.error();
            Page<T> page;
            for (const QJsonValue& record : *records) {
                Result<T> item = parse(ctx, record);
                if (!item)
                    return item.error();
                page.items.append(std::move(*item));
            }
            const QString next = ServiceCall::nextLink(object->value(collection + QStringLiteral("_links")).toArray());
            if (!next.isEmpty()) {
                page.next = ServiceCall::queryOf(next);
                // Keep our filters even if a cloud's link leaves them out.
                for (const auto& [key, value] : filters.queryItems()) {
                    if (!page.next.hasQueryItem(key))
                        page.next.addQueryItem(key, value);
                }
            }
            return page;
        });
}

ApiRequest jsonRequest(
    const QByteArray& method, const QUrl& url, const QJsonObject& body, const QString& action, QList<int> ok)
{
    ApiRequest request = ApiRequest::jsonPost(url, QJsonDocument(body), kService, action, std::move(ok));
    request.method = method;
    request.idempotent = method == "PUT";
    return request;
}

ApiRequest deleteRequest(const QUrl& url, const QString& action)
{
    ApiRequest request;
    request.method = "DELETE";
    request.url = url;
    request.okStatuses = {204};
    request.service = kService;
    request.action = action;
    return request;
}

} // namespace

NetworkService::NetworkService(ServiceEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{ }

QUrl NetworkService::url(const QString& path) const { return networkUrl(m_endpoint, path); }

QFuture<Result<QList<Network>>> NetworkService::listNetworks()
{
    return listCollection<Network>(m_endpoint, m_pageSize, QStringLiteral("networks"), QStringLiteral("/networks"), {},
        tr("list networks"), &parseNetwork);
}

QFuture<Result<QList<Network>>> NetworkService::listExternalNetworks()
{
    QUrlQuery filters;
    filters.addQueryItem(QStringLiteral("router:external"), QStringLiteral("true"));
    return listCollection<Network>(m_endpoint, m_pageSize, QStringLiteral("networks"), QStringLiteral("/networks"),
        filters, tr("list external networks"), &parseNetwork);
}

QFuture<Result<QList<Subnet>>> NetworkService::listSubnets()
{
    return listCollection<Subnet>(m_endpoint, m_pageSize, QStringLiteral("subnets"), QStringLiteral("/subnets"), {},
        tr("list subnets"), &parseSubnet);
}

QFuture<Result<QList<Port>>> NetworkService::listPorts(const QString& deviceId)
{
    QUrlQuery filters;
    if (!deviceId.isEmpty())
        filters.addQueryItem(QStringLiteral("device_id"), deviceId);
    return listCollection<Port>(m_endpoint, m_pageSize, QStringLiteral("ports"), QStringLiteral("/ports"), filters,
        deviceId.isEmpty() ? tr("list ports") : tr("list the ports of server %1").arg(deviceId), &parsePort);
}

QFuture<Result<QList<SecurityGroup>>> NetworkService::listSecurityGroups()
{
    return listCollection<SecurityGroup>(m_endpoint, m_pageSize, QStringLiteral("security_groups"),
        QStringLiteral("/security-groups"), {}, tr("list security groups"), &parseSecurityGroup);
}

QFuture<Result<SecurityGroup>> NetworkService::createSecurityGroup(const QString& name, const QString& description)
{
    const QString action = tr("create security group \u201c%1\u201d").arg(name);
    if (auto error = checkEndpoint(m_endpoint, action))
        return failed<SecurityGroup>(*error);
    const QJsonObject group {{QStringLiteral("name"), name}, {QStringLiteral("description"), description}};
    return ServiceCall::map<SecurityGroup>(m_endpoint.session,
        jsonRequest("POST", url(QStringLiteral("/security-groups")),
            QJsonObject {{QStringLiteral("security_group"), group}}, action, {201}),
        singleParser<SecurityGroup>(QStringLiteral("security_group"), &parseSecurityGroup));
}

QFuture<Result<SecurityGroupRule>> NetworkService::addSecurityGroupRule(
    const QString& groupId, const SecurityGroupRule& rule)
{
    const QString action = tr("add a rule to security group %1").arg(groupId);
    if (auto error = checkEndpoint(m_endpoint, action))
        return failed<SecurityGroupRule>(*error);
    QJsonObject body {
        {QStringLiteral("security_group_id"), groupId},
        {QStringLiteral("direction"), rule.direction.isEmpty() ? QStringLiteral("ingress") : rule.direction},
    };
    if (!rule.etherType.isEmpty())
        body.insert(QStringLiteral("ethertype"), rule.etherType);
    if (!rule.protocol.isEmpty())
        body.insert(QStringLiteral("protocol"), rule.protocol);
    if (rule.portMin > 0 || rule.portMax > 0) {
        // A single port may be given as portMin alone.
        body.insert(QStringLiteral("port_range_min"), rule.portMin > 0 ? rule.portMin : rule.portMax);
        body.insert(QStringLiteral("port_range_max"), rule.portMax > 0 ? rule.portMax : rule.portMin);
    }
    if (!rule.remoteCidr.isEmpty())
        body.insert(QStringLiteral("remote_ip_prefix"), rule.remoteCidr);
    return ServiceCall::map<SecurityGroupRule>(m_endpoint.session,
        jsonRequest("POST", url(QStringLiteral("/security-group-rules")),
            QJsonObject {{QStringLiteral("security_group_rule"), body}}, action, {201}),
        singleParser<SecurityGroupRule>(QStringLiteral("security_group_rule"), &parseRule));
}

QFuture<Status> NetworkService::deleteSecurityGroup(const QString& id)
{
    const QString action = tr("delete security group %1").arg(id);
    if (auto error = checkEndpoint(m_endpoint, action))
        return QtFuture::makeReadyFuture<Status>(*error);
    return ServiceCall::status(
        m_endpoint.session, deleteRequest(url(QStringLiteral("/security-groups/") + pathId(id)), action));
}

QFuture<Result<QList<FloatingIp>>> NetworkService::listFloatingIps(const QString& portId)
{
    QUrlQuery filters;
    if (!portId.isEmpty())
        filters.addQueryItem(QStringLiteral("port_id"), portId);
    return listCollection<FloatingIp>(m_endpoint, m_pageSize, QStringLiteral("floatingips"),
        QStringLiteral("/floatingips"), filters,
        portId.isEmpty() ? tr("list floating IPs") : tr("list the floating IPs of port %1").arg(portId),
        &parseFloatingIp);
}

QFuture<Result<FloatingIp>> NetworkService::createFloatingIp(const QString& externalNetworkId, const QString& portId)
{
    const QString action = tr("allocate a floating IP from network %1").arg(externalNetworkId);
    if (auto error = checkEndpoint(m_endpoint, action))
        return failed<FloatingIp>(*error);
    QJsonObject ip {{QStringLiteral("floating_network_id"), externalNetworkId}};
    if (!portId.isEmpty())
        ip.insert(QStringLiteral("port_id"), portId);
    return ServiceCall::map<FloatingIp>(m_endpoint.session,
        jsonRequest("POST", url(QStringLiteral("/floatingips")), QJsonObject {{QStringLiteral("floatingip"), ip}},
            action, {201}),
        singleParser<FloatingIp>(QStringLiteral("floatingip"), &parseFloatingIp));
}

QFuture<Result<FloatingIp>> NetworkService::associateFloatingIp(const QString& floatingIpId, const QString& portId)
{
    const QString action = portId.isEmpty() ? tr("disassociate floating IP %1").arg(floatingIpId)
                                            : tr("associate floating IP %1 with port %2").arg(floatingIpId, portId);
    if (auto error = checkEndpoint(m_endpoint, action))
        return failed<FloatingIp>(*error);
    const QJsonObject ip {{QStringLiteral("port_id"), portId.isEmpty() ? QJsonValue(QJsonValue::Null) : portId}};
    return ServiceCall::map<FloatingIp>(m_endpoint.session,
        jsonRequest("PUT", url(QStringLiteral("/floatingips/") + pathId(floatingIpId)),
            QJsonObject {{QStringLiteral("floatingip"), ip}}, action, {200}),
        singleParser<FloatingIp>(QStringLiteral("floatingip"), &parseFloatingIp));
}

QFuture<Status> NetworkService::deleteFloatingIp(const QString& id)
{
    const QString action = tr("release floating IP %1").arg(id);
    if (auto error = checkEndpoint(m_endpoint, action))
        return QtFuture::makeReadyFuture<Status>(*error);
    return ServiceCall::status(
        m_endpoint.session, deleteRequest(url(QStringLiteral("/floatingips/") + pathId(id)), action));
}

} // namespace ct::openstack
