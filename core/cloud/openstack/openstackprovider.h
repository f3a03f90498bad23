#pragma once

#include "cloud/cloudaccount.h"
#include "cloud/cloudprovider.h"
#include "cloud/openstack/compute/computeclient.h"
#include "cloud/openstack/identity/keystoneauth.h"
#include "net/apisession.h"

#include <QFuture>

#include <memory>

namespace ct::openstack {

class ImageService;
class VolumeService;
class NetworkService;

/// CloudProvider for an OpenStack cloud: Keystone v3 sign-in, Nova for servers, flavors, key pairs and
/// volume attachments, and the Glance/Cinder/Neutron service clients for images, volumes and networks.
/// Every call first makes sure the token is valid (signing in lazily, renewing before expiry) and that the
/// project's catalog has the service in the account's region.
class OpenStackProvider final : public CloudProvider
{
    Q_OBJECT

public:
    OpenStackProvider(CloudAccount account, QByteArray secret, HttpPolicy policy = {}, QObject* parent = nullptr);
    ~OpenStackProvider() override;

    /// Loads the CA bundle of the account; fails with a message naming the file.
    Status prepare();

    CloudKind kind() const override { return CloudKind::OpenStack; }
    QString cloudName() const override { return m_account.name; }

    QFuture<Status> authenticate() override;
    QFuture<Result<QList<ServiceCheck>>> testConnection() override;

    QFuture<Result<QList<Flavor>>> listFlavors() override;
    QFuture<Result<QList<Image>>> listImages() override;
    QFuture<Result<QList<Network>>> listNetworks() override;
    QFuture<Result<QList<SecurityGroup>>> listSecurityGroups() override;
    QFuture<Result<QList<KeyPair>>> listKeyPairs() override;
    QFuture<Result<QList<Volume>>> listVolumes() override;
    QFuture<Result<QList<AvailabilityZone>>> listAvailabilityZones() override;

    QFuture<Result<QList<Server>>> listServers(const ListServersOptions& options = {}) override;
    QFuture<Result<Server>> getServer(const QString& id) override;
    QFuture<Result<Server>> createServer(const CreateServerRequest& request) override;
    QFuture<Status> deleteServer(const QString& id) override;
    QFuture<Status> startServer(const QString& id) override;
    QFuture<Status> stopServer(const QString& id) override;
    QFuture<Status> rebootServer(const QString& id, bool hard = false) override;
    QFuture<Status> resizeServer(const QString& id, const QString& flavorId) override;
    QFuture<Status> confirmResize(const QString& id) override;
    QFuture<Result<QString>> snapshotServer(
        const QString& id, const QString& imageName, const QVariantMap& metadata = {}) override;
    QFuture<Result<Server>> waitForServer(const QString& id, QList<ServerStatus> targets, QDeadlineTimer deadline,
        ProgressCallback progress = {}) override;

    QFuture<Result<Image>> getImage(const QString& id) override;
    QFuture<Result<Image>> createImage(const CreateImageRequest& request) override;
    QFuture<Status> deleteImage(const QString& id) override;
    QFuture<Status> uploadImage(
        const QString& id, QIODevice* source, qint64 size, ProgressCallback progress = {}) override;
    QFuture<Result<qint64>> downloadImage(const QString& id, QIODevice* sink, ProgressCallback progress = {}) override;
    QFuture<Result<Image>> waitForImage(
        const QString& id, QDeadlineTimer deadline, ProgressCallback progress = {}) override;

    QFuture<Result<Volume>> createVolume(const CreateVolumeRequest& request) override;
    QFuture<Status> deleteVolume(const QString& id) override;
    QFuture<Status> attachVolume(const QString& serverId, const QString& volumeId) override;
    QFuture<Status> detachVolume(const QString& serverId, const QString& volumeId) override;
    QFuture<Result<QString>> uploadVolumeToImage(const QString& volumeId, const QString& imageName) override;

    QFuture<Result<KeyPair>> importKeyPair(const QString& name, const QString& publicKey) override;
    QFuture<Status> deleteKeyPair(const QString& name) override;
    QFuture<Result<SecurityGroup>> createSecurityGroup(const QString& name, const QString& description) override;
    QFuture<Result<SecurityGroupRule>> addSecurityGroupRule(
        const QString& groupId, const SecurityGroupRule& rule) override;
    QFuture<Status> deleteSecurityGroup(const QString& groupId) override;
    /// Reuses a floating IP already on the server's port; otherwise allocates one from the first
    /// router:external network and associates it in the same POST. The project's network must reach that
    /// external network through a router, or Neutron refuses (the message says so).
    QFuture<Result<FloatingIp>> attachPublicIp(const QString& serverId) override;
    QFuture<Status> releasePublicIp(const QString& publicIpId) override;
    QFuture<Result<QList<FloatingIp>>> listPublicIps() override;

    ApiSession* session() { return m_session.get(); }
    KeystoneAuth* keystone() { return m_auth.get(); }
    ComputeClient* compute() { return m_compute.get(); }

private:
    /// Token first, then the service's endpoint, then `call`.
    template<class T, class F>
    QFuture<Result<T>> withService(const QString& service, F call);
    ServiceEndpoint endpointFor(const QString& service);
    QFuture<ServiceCheck> checkService(const QString& service);
    QFuture<Result<FloatingIp>> allocateFloatingIp(const QString& serverId, const Port& port);

    CloudAccount m_account;
    std::unique_ptr<ApiSession> m_session;
    std::unique_ptr<KeystoneAuth> m_auth;
    std::unique_ptr<ComputeClient> m_compute;
    std::unique_ptr<ImageService> m_images;
    std::unique_ptr<VolumeService> m_volumes;
    std::unique_ptr<NetworkService> m_networks;
};

} // namespace ct::openstack
