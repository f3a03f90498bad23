#pragma once

#include "cloud/types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ct::spec {

/// What the server is for. Picks beginner defaults (size, bundles, ports) in the wizard; the rest of the
/// spec is what counts.
enum class Purpose
{
    WebServer,
    Database,
    DevelopmentBox,
    FileServer,
    Custom
};

/// Size in plain words. Each class has fixed numbers (sizeOf()); Custom uses VmSpec::customSize.
enum class SizeClass
{
    Small, ///< 1 vCPU, 2 GB, 20 GB
    Medium, ///< 2 vCPU, 4 GB, 40 GB
    Large, ///< 4 vCPU, 8 GB, 80 GB
    XLarge, ///< 8 vCPU, 16 GB, 160 GB
    Custom
};

struct Size
{
    int vcpus = 0;
    int ramMb = 0;
    int diskGb = 0; ///< root disk
    friend bool operator==(const Size&, const Size&) = default;
};

/// Software CloudTwin knows how to install with cloud-init on every supported OS family.
enum class Bundle
{
    Nginx,
    Apache,
    MariaDb,
    MySql,
    PostgreSql,
    Docker,
    Python,
    NodeJs,
    Java
};

/// One service to open: a port range, a protocol and who may connect.
struct PortRule
{
    QString name; ///< "web", "ssh", ... (shown and used in rule descriptions)
    QString protocol = QStringLiteral("tcp"); ///< tcp, udp or icmp
    int portMin = 0; ///< 1..65535 (0 for icmp)
    int portMax = 0; ///< portMin..65535
    QString source = QStringLiteral("0.0.0.0/0"); ///< CIDR of who may connect
    friend bool operator==(const PortRule&, const PortRule&) = default;
};

struct SshKeySpec
{
    enum class Mode
    {
        Generate, ///< CloudTwin makes an ed25519 key pair; the private key goes to the keychain
        Existing ///< publicKey holds an OpenSSH public key line
    };
    Mode mode = Mode::Generate;
    QString publicKey;
    friend bool operator==(const SshKeySpec&, const SshKeySpec&) = default;
};

struct DataDisk
{
    int sizeGb = 0; ///< 0 = no data disk
    QString mountPoint = QStringLiteral("/data");
    friend bool operator==(const DataDisk&, const DataDisk&) = default;
};

/// How much loss the user can live with. Stored now; the protection feature reads it.
struct Protection
{
    int maxDataLossMinutes = 30; ///< RPO: 5..1440 (snapshots at most every 30 min by default)
    int maxDowntimeMinutes = 15; ///< RTO: 1..1440
    friend bool operator==(const Protection&, const Protection&) = default;
};

/// Where one side runs and, under "Advanced", exact choices that override the catalog.
struct Placement
{
    QString cloud; ///< cloud account name
    QString zone; ///< availability zone / CloudStack zone name; empty = the cloud's default
    QString network; ///< network name or id; empty = the cloud's default
    QString flavor; ///< exact flavor / service offering name or id; empty = the catalog picks
    QString image; ///< exact image / template name or id; empty = the catalog picks
    bool publicIp = false; ///< floating IP (OpenStack) / public IP + static NAT (CloudStack)
    friend bool operator==(const Placement&, const Placement&) = default;
};

/// The requirements of one VM pair: everything the wizard asks and the spec YAML holds (docs/spec-format.md).
struct VmSpec
{
    QString name; ///< VM name: 1..63 of [a-z0-9-], starting with a letter
    Purpose purpose = Purpose::Custom;
    SizeClass size = SizeClass::Small;
    Size customSize; ///< used when size == Custom
    QString osFamily = QStringLiteral("ubuntu"); ///< ubuntu, debian, rocky, almalinux
    QString osVersion = QStringLiteral("24.04");
    QList<Bundle> bundles;
    QList<PortRule> ports;
    SshKeySpec sshKey;
    DataDisk dataDisk;
    Protection protection;
    Placement main;
    Placement twin;
    friend bool operator==(const VmSpec&, const VmSpec&) = default;
};

/// Which side of a pair.
enum class Role
{
    Main,
    Twin
};

/// "main" / "twin": how a role is written in tags, file names, the journal and --json.
inline QString roleKey(Role role) { return role == Role::Main ? QStringLiteral("main") : QStringLiteral("twin"); }

/// The name of the SSH key pair and security group CloudTwin makes for one side of a pair, the same in the
/// create engine and the Terraform export ("cloudtwin-web1-6f0c5d0e-main"): the pair id's first block keeps
/// two users' "web1" apart in a shared project, the role keeps main and twin apart when they share one.
inline QString ownResourceName(const QString& vmName, const QString& pairId, Role role)
{
    return pairId.isEmpty() ? QStringLiteral("cloudtwin-%1-%2").arg(vmName, roleKey(role))
                            : QStringLiteral("cloudtwin-%1-%2-%3").arg(vmName, pairId.left(8), roleKey(role));
}

/// One side of a pair after the catalog matched it against what its cloud really offers.
struct ResolvedSide
{
    Role role = Role::Main;
    CloudKind kind = CloudKind::OpenStack;
    QString cloudId; ///< the cloud account's id
    QString pairId; ///< the pair both sides belong to (deploy::Planner::pairIdFor), for tags
    QString cloudName;
    Flavor flavor; ///< flavor / service offering
    QString flavorReason; ///< "m1.small: the smallest with ≥ 1 vCPU, ≥ 2048 MB and ≥ 20 GB"
    Image image; ///< image / template
    QString imageReason;
    QString zoneId; ///< CloudStack zone id / Nova availability zone name
    QString zoneName;
    QString networkId; ///< empty = the cloud's default
    QString networkName;
    QString diskOfferingId; ///< CloudStack: for the data disk
    QString diskOfferingName;
};

} // namespace ct::spec
