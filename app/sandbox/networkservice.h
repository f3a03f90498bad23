#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "sandboxcontext.h"

namespace ct::sandbox {

/// Neutron v2.0 at /network: networks (external `public`, one private network per project), subnets, ports (one
/// per server), security groups with rules (a `default` group per project) and floating IPs.
class NetworkService
{
public:
    explicit NetworkService(SandboxContext* context);

    HttpResponse handle(const HttpRequest& request, const QString& path, const AuthContext& auth);

    void createDefaults();
    /// The project's `<project>-net`.
    QString projectNetworkId(const QString& projectName) const;
    /// The network if `projectId` may attach to it (own or shared), else empty.
    QJsonObject usableNetwork(const QString& id, const QString& projectId) const;
    QString securityGroupId(const QString& projectId, const QString& nameOrId) const;
    /// A compute port on `networkId` with the next free address; empty when the subnet is full.
    QJsonObject createServerPort(const QString& projectId, const QString& networkId, const QString& serverId,
        const QStringList& securityGroupIds);
    /// Deletes the server's ports and unbinds their floating IPs.
    void releaseServerPorts(const QString& serverId);
    /// Nova's `addresses` for a server: {network name: [{addr, version, OS-EXT-IPS:type, OS-EXT-IPS-MAC:mac_addr}]}.
    QJsonObject serverAddresses(const QString& serverId) const;

private:
    QJsonObject render(const QString& collection, const QJsonObject& object) const;
    bool visible(const QString& collection, const QJsonObject& object, const QString& projectId) const;
    HttpResponse list(const QString& collection, const HttpRequest& request, const AuthContext& auth) const;
    HttpResponse createSecurityGroup(const QJsonObject& body, const AuthContext& auth);
    HttpResponse createRule(const QJsonObject& body, const AuthContext& auth);
    HttpResponse createFloatingIp(const QJsonObject& body, const AuthContext& auth);
    HttpResponse updateFloatingIp(const QString& id, const QJsonObject& body, const AuthContext& auth);
    QJsonObject makeSecurityGroup(const QString& projectId, const QString& name, const QString& description);
    QJsonObject makeRule(const QString& projectId, const QString& groupId, const QString& direction,
        const QString& ethertype, const QJsonValue& remoteGroup);
    QString allocateAddress(const QString& subnetId);
    void touch(const QString& collection, QJsonObject object);

    SandboxContext* m_context;
};

} // namespace ct::sandbox
