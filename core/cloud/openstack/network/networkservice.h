#pragma once

#include "cloud/cloudprovider.h"
#include "cloud/openstack/serviceendpoint.h"

#include <QCoreApplication>
#include <QFuture>

namespace ct::openstack {

/// Neutron v2.0 client: networks, subnets, ports, security groups and floating IPs. Lists follow
/// `<collection>_links` rel=next (limit + marker) when the cloud paginates and take the whole answer when it
/// does not. All calls return at once; the object may be destroyed while calls are in flight.
class NetworkService
{
    Q_DECLARE_TR_FUNCTIONS(NetworkService)

public:
    explicit NetworkService(ServiceEndpoint endpoint);

    /// With router:external, shared and the subnet ids.
    QFuture<Result<QList<Network>>> listNetworks();
    /// Only the networks with router:external=true (where floating IPs come from).
    QFuture<Result<QList<Network>>> listExternalNetworks();
    QFuture<Result<QList<Subnet>>> listSubnets();
    /// All ports, or only those of one device (server) when `deviceId` is set.
    QFuture<Result<QList<Port>>> listPorts(const QString& deviceId = {});
    /// With their rules.
    QFuture<Result<QList<SecurityGroup>>> listSecurityGroups();
    /// Neutron adds its default egress rules to a new group; they come back in the result.
    QFuture<Result<SecurityGroup>> createSecurityGroup(const QString& name, const QString& description);
    /// Empty protocol means any; portMin/portMax 0 and an empty remoteCidr are left out (any).
    QFuture<Result<SecurityGroupRule>> addSecurityGroupRule(const QString& groupId, const SecurityGroupRule& rule);
    QFuture<Status> deleteSecurityGroup(const QString& id);
    /// All floating IPs of the project, or only the one(s) on `portId`. FloatingIp::serverId comes from
    /// port_details (Neutron's fip-port-details extension) when the cloud has it.
    QFuture<Result<QList<FloatingIp>>> listFloatingIps(const QString& portId = {});
    /// Allocates a floating IP from an external network, associated with `portId` at once when it is set.
    QFuture<Result<FloatingIp>> createFloatingIp(const QString& externalNetworkId, const QString& portId = {});
    /// Associates the floating IP with a port; an empty `portId` disassociates it.
    QFuture<Result<FloatingIp>> associateFloatingIp(const QString& floatingIpId, const QString& portId);
    QFuture<Status> deleteFloatingIp(const QString& id);

    /// Items per page requested from Neutron (ignored by clouds without pagination).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

private:
    QUrl url(const QString& path) const;

    ServiceEndpoint m_endpoint;
    int m_pageSize = 1000;
};

} // namespace ct::openstack
