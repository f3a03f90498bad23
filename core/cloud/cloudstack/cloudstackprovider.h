#pragma once

#include "cloud/cloudaccount.h"
#include "cloud/cloudprovider.h"
#include "cloud/cloudstack/cloudstackclient.h"

#include <QHash>

#include <memory>

namespace ct::cloudstack {

/// CloudProvider for an Apache CloudStack cloud (API at …/client/api).
///
/// Mapping notes:
/// - Flavors are service offerings, images are templates (templatefilter executable + self), key pairs are
///   SSH key pairs. listServers asks for details=min,nics,servoff,tmpl.
/// - resizeServer uses scaleVirtualMachine. When CloudStack refuses to scale a running VM (dynamic scaling
///   off for the template, offering or zone), the VM is stopped, scaled and started again: expect downtime.
///   confirmResize has nothing to confirm and succeeds.
/// - snapshotServer snapshots the ROOT volume and makes a template from that snapshot (no stop needed).
/// - createImage calls getUploadParamsForTemplate at once (the template exists from then on, as Glance's
///   "queued" image does) and keeps the upload parameters; uploadImage then streams the file to the
///   secondary storage's postURL. Properties read by createImage: zoneid, ostypeid, hypervisor (default
///   KVM). Formats: QCOW2, VHD, OVA (CloudStack refuses RAW for browser upload).
/// - Deleting what is already gone (CloudStack's 431 "does not exist" / "unable to find") succeeds: servers
///   (destroyVirtualMachine with expunge=true), volumes, key pairs, security groups, public IPs.
/// - Who filters traffic to a VM depends on its network. On networks with the SecurityGroup service (Basic
///   zones, shared networks in security-group zones) the VM's security groups do, public IP or not. On
///   networks without it (isolated networks behind a virtual router) CloudStack refuses security groups at
///   deploy; there the router's firewall guards the public IPs and passes nothing until a firewall rule
///   allows it. So createServer, asked for security groups on such a network, leaves them out of the deploy and
///   notes their names in the VM's tag `cloudtwin-firewall`; attachPublicIp then opens, with createFirewallRule
///   on the new public IP, every ingress rule of those groups (and of the VM's own groups, where it has any).
///   The caller describes the opened ports once, as security group rules, on every kind of network.
/// - attachPublicIp: associateIpAddress on the network of the VM's default NIC + enableStaticNat (the network
///   needs the StaticNat service: isolated networks have it; shared networks in security-group zones usually
///   do not, and their VM addresses are then all there is). The firewall rules follow as above.
///   listPublicIps leaves out source-NAT addresses (the router's own, never a server's).
class CloudStackProvider final : public CloudProvider
{
    Q_OBJECT

public:
    CloudStackProvider(CloudAccount account, QByteArray secret, HttpPolicy policy = {}, QObject* parent = nullptr);
    ~CloudStackProvider() override;

    /// Loads the CA bundle of the account; fails with a message naming the file.
    Status prepare();

    CloudKind kind() const override { return CloudKind::CloudStack; }
    QString cloudName() const override { return m_account.name; }

    QFuture<Status> authenticate() override;
    QFuture<Result<QList<ServiceCheck>>> testConnection() override;

    QFuture<Result<QList<Flavor>>> listFlavors() override;
    QFuture<Result<QList<Image>>> listImages() override;
    QFuture<Result<QList<Network>>> listNetworks() override;
    QFuture<Result<QList<SecurityGroup>>> listSecurityGroups() override;
    QFuture<Result<QList<KeyPair>>> listKeyPairs() override;
    QFuture<Result<QList<Volume>>> listVolumes() override;
    /// listZones available=true (every zone the account may see, not only those with its VMs).
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
    /// authorizeSecurityGroupIngress (async). CloudStack security groups filter ingress only here: an egress
    /// rule is refused with a clear message. An empty protocol is "all"; an empty CIDR is 0.0.0.0/0 (::/0).
    QFuture<Result<SecurityGroupRule>> addSecurityGroupRule(
        const QString& groupId, const SecurityGroupRule& rule) override;
    QFuture<Status> deleteSecurityGroup(const QString& groupId) override;
    QFuture<Result<FloatingIp>> attachPublicIp(const QString& serverId) override;
    /// disableStaticNat (when on), then disassociateIpAddress; both async.
    QFuture<Status> releasePublicIp(const QString& publicIpId) override;
    QFuture<Result<QList<FloatingIp>>> listPublicIps() override;

    /// The VM tag that names the security groups whose ingress rules become firewall rules on its public IP.
    static QString firewallTag() { return QStringLiteral("cloudtwin-firewall"); }

    // --- CloudStack-only operations ----------------------------------------------------------------------

    /// Any API command, e.g. for `cloudtwinctl api`: parameters as given (names are sent lower-case),
    /// `post` sends them form-encoded. Returns the whole JSON document the cloud answered with; errors are
    /// mapped as for every other call. Async commands return their {jobid} at once (see waitForJob()).
    QFuture<Result<QJsonObject>> call(const QString& command, const Parameters& parameters, bool post = false);
    /// The signed GET URL of a command, for `--dry-run`: it shows the API key and the signature, never the
    /// secret key (for password accounts: no credentials at all).
    QUrl signedUrl(const QString& command, const Parameters& parameters) const;
    /// Waits for an async job by id (e.g. one announced by asyncJobStarted() before a restart).
    QFuture<Result<QJsonObject>> waitForJob(const QString& jobId, JobWait wait = {});

    /// createVMSnapshot (disk, optionally memory); returns the VM snapshot's id.
    QFuture<Result<QString>> createVmSnapshot(
        const QString& serverId, const QString& name, bool withMemory = false, bool quiesce = false);
    /// restoreVirtualMachine: the VM's root disk is rebuilt from `templateId` (its current one when empty).
    QFuture<Result<Server>> restoreServer(const QString& serverId, const QString& templateId = {});

    /// The disk offering a data disk of `request.sizeGb` gets (request.diskOfferingId when set, else one with a
    /// custom size, else the smallest fixed size that holds it): the planner names it before the create.
    QFuture<Result<QJsonObject>> diskOfferingFor(const CreateVolumeRequest& request);

    CloudStackClient* client() const { return m_client.get(); }
    /// Pages listed at once by listServers() and the other lists after page 1 (see
    /// CloudStackClient::setMaxParallelPages): 0 = all at once (default), 1 = sequential.
    void setMaxParallelPages(int pages) { m_client->setMaxParallelPages(pages); }
    /// Image/server wait polling (tests use a few ms).
    void setPollIntervals(int initialMs, int maxMs);

signals:
    /// Re-emitted from the client: remember `jobId` to look the job up again after a restart.
    void asyncJobStarted(const QString& jobId, const QString& command, const QString& resourceId);

private:
    struct UploadTicket
    {
        QUrl postUrl;
        QByteArray signature;
        QByteArray expires;
        QByteArray metadata;
    };
    QFuture<Result<QString>> zoneId(const QString& wanted);
    QFuture<Result<QString>> osTypeIdFor(const QString& templateId);
    QFuture<Result<QJsonObject>> rawServer(const QString& id, const QString& details = {});
    QFuture<Result<QJsonObject>> rawNetwork(const QString& id);
    QFuture<Status> tag(const QString& resourceType, const QString& resourceId, const QVariantMap& tags);
    struct PublicIpState;
    QFuture<Result<FloatingIp>> associateAndNat(std::shared_ptr<PublicIpState> state);
    QFuture<Result<FloatingIp>> openFirewall(std::shared_ptr<PublicIpState> state);
    QFuture<Status> releaseAddress(const QString& publicIpId, bool staticNat);
    QFuture<Status> asyncStatus(const QString& command, const Parameters& parameters);
    QFuture<Status> scaleStopped(const QString& id, const QString& flavorId, bool wasRunning);
    template<class T, class Parse>
    QFuture<Result<QList<T>>> listOf(const QString& command, Parameters parameters, const QString& arrayKey,
        Parse parse, int pageSize = CloudStackClient::kDefaultPageSize);
    Error error(ErrorCode code, const QString& message) const { return makeError(code, message); }

    CloudAccount m_account;
    std::unique_ptr<CloudStackClient> m_client;
    QHash<QString, UploadTicket> m_uploads; ///< template id → getUploadParamsForTemplate answer
    int m_pollInitialMs = 1000;
    int m_pollMaxMs = 10'000;
};

} // namespace ct::cloudstack
