#include "renderfixtures.h"

namespace ct::render::test {

using namespace Qt::StringLiterals;
using spec::Bundle;
using spec::PortRule;
using spec::ResolvedSide;
using spec::Role;
using spec::VmSpec;

namespace {

const QString kKey
    = u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ5m0c4ZtH1q9m3bX0Yk3pX8m2vQ0rB8wzQ5N1m9H7aB cloudtwin@example"_s;

void plant(ResolvedSide& side)
{
    const QString secret = QString::fromUtf16(kPlantedSecret);
    side.flavorReason = secret;
    side.imageReason = secret;
    side.image.checksumMd5 = secret;
    side.image.hashValue = secret;
    side.image.properties.insert(u"owner_secret"_s, secret);
}

ResolvedSide openStack(Role role, const QString& cloud, const QString& zone, const QString& networkId)
{
    ResolvedSide side;
    side.role = role;
    side.kind = CloudKind::OpenStack;
    side.cloudName = cloud;
    side.flavor = {u"3f1b2c4d-0000-4000-8000-00000000f001"_s, u"m1.small"_s, 1, 2048, 20, true};
    side.image.id = u"9a8b7c6d-0000-4000-8000-0000000000a1"_s;
    side.image.name = u"Ubuntu 24.04"_s;
    side.zoneId = zone;
    side.zoneName = zone;
    side.networkId = networkId;
    side.networkName = networkId.isEmpty() ? QString() : u"private"_s;
    plant(side);
    return side;
}

ResolvedSide cloudStack(Role role, const QString& cloud, const QString& networkId, bool diskOffering)
{
    ResolvedSide side;
    side.role = role;
    side.kind = CloudKind::CloudStack;
    side.cloudName = cloud;
    side.flavor = {u"c0ffee00-1111-4111-8111-0000000000s1"_s, u"Small Instance"_s, 1, 2048, 0, true};
    side.image.id = u"7e57ab1e-2222-4222-8222-0000000000t1"_s;
    side.image.name = u"Ubuntu 24.04 (KVM)"_s;
    side.zoneId = u"5a1e0000-3333-4333-8333-0000000000z1"_s;
    side.zoneName = u"zone-1"_s;
    side.networkId = networkId;
    if (diskOffering) {
        side.diskOfferingId = u"d15c0000-4444-4444-8444-0000000000d1"_s;
        side.diskOfferingName = u"Custom"_s;
    }
    plant(side);
    return side;
}

PortRule port(const QString& name, const QString& protocol, int from, int to, const QString& source)
{
    PortRule rule;
    rule.name = name;
    rule.protocol = protocol;
    rule.portMin = from;
    rule.portMax = to;
    rule.source = source;
    return rule;
}

VmSpec baseSpec(const QString& name)
{
    VmSpec spec;
    spec.name = name;
    spec.sshKey.mode = spec::SshKeySpec::Mode::Existing;
    spec.sshKey.publicKey = kKey;
    spec.main.image = QString::fromUtf16(kPlantedSecret); // Advanced overrides are resolved before rendering
    spec.twin.flavor = QString::fromUtf16(kPlantedSecret);
    return spec;
}

} // namespace

QList<RenderCase> renderCases()
{
    QList<RenderCase> cases;

    { // A web server on Ubuntu with a data disk, no public IPs: security groups on both clouds.
        VmSpec spec = baseSpec(u"web1"_s);
        spec.purpose = spec::Purpose::WebServer;
        spec.osFamily = u"ubuntu"_s;
        spec.osVersion = u"24.04"_s;
        spec.bundles = {Bundle::Nginx, Bundle::Python};
        spec.ports = {port(u"ssh"_s, u"tcp"_s, 22, 22, u"0.0.0.0/0"_s),
            port(u"web"_s, u"tcp"_s, 80, 80, u"0.0.0.0/0"_s), port(u"https"_s, u"tcp"_s, 443, 443, u"0.0.0.0/0"_s),
            port(u"ping"_s, u"icmp"_s, 0, 0, u"10.0.0.0/8"_s)};
        spec.dataDisk.sizeGb = 50;
        spec.dataDisk.mountPoint = u"/srv/data"_s;
        spec.main.cloud = u"demo"_s;
        spec.twin.cloud = u"cs-backup"_s;
        cases.append({u"openstack-main_cloudstack-twin_data-disk"_s, spec,
            openStack(Role::Main, u"demo"_s, u"nova"_s, u"0d5e1f2a-5555-4555-8555-00000000n001"_s),
            cloudStack(Role::Twin, u"cs-backup"_s, u"1e2f3a4b-6666-4666-8666-00000000n002"_s, true), kKey});
    }
    { // A database on Rocky 9 (firewalld), public IPs on both sides, restricted sources, a UDP port range.
        VmSpec spec = baseSpec(u"db1"_s);
        spec.purpose = spec::Purpose::Database;
        spec.size = spec::SizeClass::Medium;
        spec.osFamily = u"rocky"_s;
        spec.osVersion = u"9"_s;
        spec.bundles = {Bundle::MariaDb, Bundle::Docker};
        spec.ports = {port(u"ssh"_s, u"tcp"_s, 22, 22, u"203.0.113.0/24"_s),
            port(u"mariadb"_s, u"tcp"_s, 3306, 3306, u"10.0.0.0/8"_s),
            port(u"Media streams"_s, u"udp"_s, 8000, 8100, u"0.0.0.0/0"_s)};
        spec.main.cloud = u"cs-prod"_s;
        spec.main.publicIp = true;
        spec.twin.cloud = u"demo"_s;
        spec.twin.publicIp = true;
        cases.append({u"cloudstack-main_openstack-twin_public-ip"_s, spec,
            cloudStack(Role::Main, u"cs-prod"_s, {}, false), openStack(Role::Twin, u"demo"_s, {}, {}), kKey});
    }
    { // A development box on Debian 12: main with a data disk and a floating IP, twin with the disk only.
        VmSpec spec = baseSpec(u"dev-box"_s);
        spec.purpose = spec::Purpose::DevelopmentBox;
        spec.size = spec::SizeClass::Custom;
        spec.customSize = {2, 3072, 30};
        spec.osFamily = u"debian"_s;
        spec.osVersion = u"12"_s;
        spec.bundles = {Bundle::PostgreSql, Bundle::NodeJs, Bundle::Java};
        spec.ports
            = {port(u"ssh"_s, u"tcp"_s, 22, 22, u"0.0.0.0/0"_s), port(u"ssh"_s, u"tcp"_s, 2222, 2222, u"0.0.0.0/0"_s),
                port(u"dev-server"_s, u"tcp"_s, 3000, 3010, u"192.0.2.0/24"_s)};
        spec.dataDisk.sizeGb = 100;
        spec.main.cloud = u"minicloud-demo"_s;
        spec.main.publicIp = true;
        spec.twin.cloud = u"minicloud-backup"_s;
        cases.append({u"openstack-main_openstack-twin_disk-and-ip"_s, spec,
            openStack(Role::Main, u"minicloud-demo"_s, {}, u"0d5e1f2a-5555-4555-8555-00000000n003"_s),
            openStack(Role::Twin, u"minicloud-backup"_s, u"az-2"_s, {}), kKey});
    }
    { // CloudStack with a data disk and a public IP, OpenStack twin without either; Ubuntu 22.04.
        VmSpec spec = baseSpec(u"files"_s);
        spec.purpose = spec::Purpose::FileServer;
        spec.size = spec::SizeClass::Large;
        spec.osFamily = u"ubuntu"_s;
        spec.osVersion = u"22.04"_s;
        spec.bundles = {};
        spec.ports
            = {port(u"ssh"_s, u"tcp"_s, 22, 22, u"0.0.0.0/0"_s), port(u"smb"_s, u"tcp"_s, 445, 445, u"10.1.0.0/16"_s)};
        spec.dataDisk.sizeGb = 500;
        spec.dataDisk.mountPoint = u"/srv/share with space"_s;
        spec.main.cloud = u"cs-prod"_s;
        spec.main.publicIp = true;
        spec.twin.cloud = u"demo"_s;
        cases.append({u"cloudstack-main_openstack-twin_disk-and-ip"_s, spec,
            cloudStack(Role::Main, u"cs-prod"_s, u"1e2f3a4b-6666-4666-8666-00000000n004"_s, true),
            openStack(Role::Twin, u"demo"_s, {}, {}), kKey});
    }
    return cases;
}

} // namespace ct::render::test
