#pragma once

#include "cloud/types.h"
#include "util/result.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QIODevice>
#include <QObject>

#include <functional>

namespace ct {

struct ListServersOptions
{
    /// Only servers changed since then (Nova `changes-since`), for cheap refreshes. Such a list may contain
    /// servers with status Deleted.
    QDateTime changesSince;
    int pageSize = 1000; ///< Nova caps it at [api] max_limit (default 1000)
};

struct CreateServerRequest
{
    QString name;
    QString flavorId;
    QString imageId;
    QStringList networkIds; ///< empty: the cloud's default; {"none"}: no network (Nova ≥ 2.37)
    QStringList securityGroupNames;
    QString keyName;
    QString availabilityZone;
    QByteArray userData; ///< cloud-init, raw (the provider encodes it)
    QVariantMap metadata;
};

struct CreateImageRequest
{
    QString name;
    QString diskFormat = QStringLiteral("qcow2");
    QString containerFormat = QStringLiteral("bare");
    QString visibility = QStringLiteral("private");
    QVariantMap properties;
};

struct CreateVolumeRequest
{
    QString name;
    int sizeGb = 1;
    QString imageId; ///< optional: a bootable volume from an image
    QString availabilityZone;
    /// OpenStack: the volume's metadata; CloudStack: resource tags (createTags once the volume exists).
    QVariantMap metadata;
    /// CloudStack only: the disk offering. Empty: a custom-size offering, else the smallest fixed one that holds
    /// sizeGb. OpenStack ignores it (the volume type is the cloud's default).
    QString diskOfferingId;
};

/// What "Test connection" found, per service.
struct ServiceCheck
{
    QString service; ///< identity, compute, image, network, volume
    bool ok = false;
    qint64 elapsedMs = 0;
    QString detail; ///< "API 2.93, 12 servers" or the error message
};

/// Progress of a wait or transfer: a phrase and, where known, done/total.
using ProgressCallback = std::function<void(const QString& phase, qint64 done, qint64 total)>;

/// What every cloud offers CloudTwin. All calls return at once; results arrive through the futures on the
/// provider's thread (the GUI thread in the app). Errors are ct::Error values whose message names the
/// cloud, the service, what was attempted, what the cloud said and what to do.
class CloudProvider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~CloudProvider() override = default;

    virtual CloudKind kind() const = 0;
    /// The account's display name, used in every message.
    virtual QString cloudName() const = 0;

    virtual QFuture<Status> authenticate() = 0;
    virtual QFuture<Result<QList<ServiceCheck>>> testConnection() = 0;

    virtual QFuture<Result<QList<Flavor>>> listFlavors() = 0;
    virtual QFuture<Result<QList<Image>>> listImages() = 0;
    virtual QFuture<Result<QList<Network>>> listNetworks() = 0;
    virtual QFuture<Result<QList<SecurityGroup>>> listSecurityGroups() = 0;
    virtual QFuture<Result<QList<KeyPair>>> listKeyPairs() = 0;
    virtual QFuture<Result<QList<Volume>>> listVolumes() = 0;
    /// The zones the account can place servers in, available or not (Nova: GET /os-availability-zone;
    /// CloudStack: listZones), in the cloud's order.
    virtual QFuture<Result<QList<AvailabilityZone>>> listAvailabilityZones() = 0;

    /// Every server of the project, all pages.
    virtual QFuture<Result<QList<Server>>> listServers(const ListServersOptions& options = {}) = 0;
    virtual QFuture<Result<Server>> getServer(const QString& id) = 0;
    virtual QFuture<Result<Server>> createServer(const CreateServerRequest& request) = 0;
    virtual QFuture<Status> deleteServer(const QString& id) = 0;
    virtual QFuture<Status> startServer(const QString& id) = 0;
    virtual QFuture<Status> stopServer(const QString& id) = 0;
    virtual QFuture<Status> rebootServer(const QString& id, bool hard = false) = 0;
    virtual QFuture<Status> resizeServer(const QString& id, const QString& flavorId) = 0;
    /// Confirms a resize; succeeds also when the cloud already confirmed it on its own.
    virtual QFuture<Status> confirmResize(const QString& id) = 0;
    /// Snapshot of the server's disk to an image; returns the new image's id (poll the image until active).
    virtual QFuture<Result<QString>> snapshotServer(
        const QString& id, const QString& imageName, const QVariantMap& metadata = {})
        = 0;
    /// Polls until the server reaches one of `targets` (or ERROR / disappears), or the deadline passes.
    virtual QFuture<Result<Server>> waitForServer(
        const QString& id, QList<ServerStatus> targets, QDeadlineTimer deadline, ProgressCallback progress = {})
        = 0;

    virtual QFuture<Result<Image>> getImage(const QString& id) = 0;
    virtual QFuture<Result<Image>> createImage(const CreateImageRequest& request) = 0;
    virtual QFuture<Status> deleteImage(const QString& id) = 0;
    /// Streams `size` bytes from `source` (which must stay alive until the future finishes) into the image.
    virtual QFuture<Status> uploadImage(
        const QString& id, QIODevice* source, qint64 size, ProgressCallback progress = {})
        = 0;
    /// Streams the image into `sink` in constant memory and verifies the cloud's checksum; returns the
    /// number of bytes written.
    virtual QFuture<Result<qint64>> downloadImage(const QString& id, QIODevice* sink, ProgressCallback progress = {})
        = 0;
    virtual QFuture<Result<Image>> waitForImage(
        const QString& id, QDeadlineTimer deadline, ProgressCallback progress = {})
        = 0;

    virtual QFuture<Result<Volume>> createVolume(const CreateVolumeRequest& request) = 0;
    virtual QFuture<Status> deleteVolume(const QString& id) = 0;
    virtual QFuture<Status> attachVolume(const QString& serverId, const QString& volumeId) = 0;
    virtual QFuture<Status> detachVolume(const QString& serverId, const QString& volumeId) = 0;
    /// Uploads a (detached) volume to a new image; returns the image id.
    virtual QFuture<Result<QString>> uploadVolumeToImage(const QString& volumeId, const QString& imageName) = 0;

    // --- what a create needs besides the server (key pair, firewall, public address) ---------------------------

    /// Imports an OpenSSH public key under `name`.
    virtual QFuture<Result<KeyPair>> importKeyPair(const QString& name, const QString& publicKey) = 0;
    /// NotFound counts as success.
    virtual QFuture<Status> deleteKeyPair(const QString& name) = 0;
    virtual QFuture<Result<SecurityGroup>> createSecurityGroup(const QString& name, const QString& description) = 0;
    /// Adds one ingress rule (protocol tcp/udp/icmp, port range, remote CIDR); returns it with its id.
    virtual QFuture<Result<SecurityGroupRule>> addSecurityGroupRule(
        const QString& groupId, const SecurityGroupRule& rule)
        = 0;
    /// NotFound counts as success.
    virtual QFuture<Status> deleteSecurityGroup(const QString& groupId) = 0;
    /// A public address for the server. OpenStack: a floating IP from the external network (the first
    /// router:external one) associated to the server's first port. CloudStack: associateIpAddress on the VM's
    /// network + enableStaticNat (see CloudStackProvider for what opens the ports). When the server already has
    /// one, that one is returned, so calling twice allocates nothing twice.
    virtual QFuture<Result<FloatingIp>> attachPublicIp(const QString& serverId) = 0;
    /// Disassociates the address from its server first, then releases it; NotFound counts as success.
    virtual QFuture<Status> releasePublicIp(const QString& publicIpId) = 0;
    virtual QFuture<Result<QList<FloatingIp>>> listPublicIps() = 0;
};

} // namespace ct
