#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ct {

/// Which API a cloud speaks.
enum class CloudKind
{
    OpenStack,
    CloudStack
};

/// One lifecycle vocabulary for both clouds; each provider maps its own states in one table
/// (Nova status / CloudStack state). `Other` keeps the provider's word in Server::providerStatus.
enum class ServerStatus
{
    Building,
    Active, ///< running
    Stopped, ///< SHUTOFF / Stopped
    Rebooting,
    Resizing,
    VerifyResize, ///< resized, waiting for confirmation
    Paused,
    Suspended,
    Shelved,
    Error,
    Deleted,
    Unknown,
};

/// OpenStack's OS-EXT-STS:power_state, CloudStack's powerstate.
enum class PowerState
{
    NoState,
    Running,
    Paused,
    Shutdown,
    Crashed,
    Suspended
};

struct Address
{
    QString network; ///< network name
    QString ip;
    int version = 4;
    QString type; ///< "fixed" or "floating"
};

/// A VM as the inventory shows it. Sizes come embedded (Nova ≥ 2.47 gives the flavor inline), so listing
/// needs no per-VM lookups.
struct Server
{
    QString id;
    QString name;
    ServerStatus status = ServerStatus::Unknown;
    QString providerStatus; ///< the cloud's own word, e.g. "VERIFY_RESIZE"
    PowerState powerState = PowerState::NoState;
    QString taskState; ///< e.g. "image_uploading"; empty when idle
    int vcpus = 0;
    int ramMb = 0;
    int diskGb = 0;
    QString flavorName;
    QString imageId;
    QString imageName;
    QList<Address> addresses;
    QDateTime created;
    QDateTime updated;
    QString zone;
    QString keyName;
    QVariantMap metadata; ///< tags/metadata; CloudTwin marks what it created here
    QString faultMessage; ///< why the VM is in ERROR, when the cloud says
};

struct Flavor
{
    QString id;
    QString name;
    int vcpus = 0;
    int ramMb = 0;
    int diskGb = 0;
    bool isPublic = true;
};

struct Image
{
    QString id;
    QString name;
    QString status; ///< queued, saving, active, killed, deleted, ...
    qint64 sizeBytes = 0;
    QString diskFormat;
    QString containerFormat;
    QString checksumMd5;
    QString hashAlgorithm; ///< os_hash_algo, e.g. sha512
    QString hashValue; ///< os_hash_value
    QString visibility;
    QDateTime created;
    QVariantMap properties; ///< os_distro, os_version, CloudTwin tags, ...
};

struct Network
{
    QString id;
    QString name;
    bool external = false;
    bool shared = false;
    QStringList subnetIds;
    QString status;
};

struct Subnet
{
    QString id;
    QString name;
    QString networkId;
    QString cidr;
    int ipVersion = 4;
};

struct SecurityGroupRule
{
    QString id;
    QString direction; ///< ingress / egress
    QString protocol; ///< tcp, udp, icmp, or empty for any
    int portMin = 0;
    int portMax = 0;
    QString remoteCidr;
    QString etherType = QStringLiteral("IPv4");
};

struct SecurityGroup
{
    QString id;
    QString name;
    QString description;
    QList<SecurityGroupRule> rules;
};

struct KeyPair
{
    QString name;
    QString fingerprint;
    QString publicKey;
};

struct Volume
{
    QString id;
    QString name;
    QString status; ///< creating, available, in-use, uploading, error, ...
    int sizeGb = 0;
    QString attachedTo; ///< server id, when attached
    QString device;
    bool bootable = false;
    QDateTime created;
};

/// A public address: a Neutron floating IP or a CloudStack public IP address (static NAT).
struct FloatingIp
{
    QString id;
    QString address;
    QString portId; ///< OpenStack only
    QString fixedAddress; ///< the server's own address behind it
    QString networkId; ///< the external network (OpenStack) / the guest network it belongs to (CloudStack)
    QString serverId; ///< the server it leads to; empty when not associated (or the cloud does not say)
};

/// A place new servers can go: a Nova availability zone or a CloudStack zone. `name` is what
/// CreateServerRequest::availabilityZone takes.
struct AvailabilityZone
{
    QString name;
    /// Nova: zoneState.available (the zone has at least one enabled compute host); CloudStack: allocationstate
    /// Enabled. A server asked for in an unavailable zone is refused.
    bool available = true;
};

struct Port
{
    QString id;
    QString networkId;
    QString deviceId;
    QStringList fixedIps;
};

} // namespace ct

Q_DECLARE_METATYPE(ct::Server)
