#include "render/terraformrenderer.h"

#include "render/cloudinit.h"
#include "render/hclwriter.h"
#include "spec/catalog.h"

#include <QSet>

namespace ct::render {

using namespace Qt::StringLiterals;
using hcl::Body;
using hcl::Expression;
using spec::ResolvedSide;
using spec::Role;
using spec::VmSpec;

namespace {

const QString kCloudInitFile = u"cloud-init.yaml"_s;

QString kindKey(CloudKind kind) { return kind == CloudKind::OpenStack ? u"openstack"_s : u"cloudstack"_s; }

QString kindName(CloudKind kind) { return kind == CloudKind::OpenStack ? u"OpenStack"_s : u"CloudStack"_s; }

/// What every file of one side needs to know.
struct Side
{
    const VmSpec& spec;
    const ResolvedSide& resolved;
    const spec::Placement& placement;
    /// The key pair and security group names: the ones the create engine gives them.
    QString ownName() const { return spec::ownResourceName(spec.name, resolved.pairId, resolved.role); }
    QString what() const
    {
        return u"the %1 VM of %2 on %3 cloud \"%4\""_s.arg(
            roleKey(resolved.role), spec.name, kindName(resolved.kind), resolved.cloudName);
    }
    QString zone() const { return resolved.zoneId.isEmpty() ? resolved.zoneName : resolved.zoneId; }
    bool publicIp() const { return placement.publicIp; }
    bool dataDisk() const { return spec.dataDisk.sizeGb > 0; }
};

Expression cloudInitFile() { return Expression::raw(u"file(\"${path.module}/"_s + kCloudInitFile + u"\")"_s); }

Expression tagsObject(const VmSpec& spec, const spec::ResolvedSide& side)
{
    std::vector<std::pair<QString, Expression>> members;
    for (const auto& [key, value] : TerraformRenderer::ownershipTags(spec, side.role, side.pairId))
        members.emplace_back(key, Expression::string(value));
    return Expression::object(std::move(members));
}

/// Resource names for the per-rule OpenStack resources: the rule's own name made into an identifier,
/// numbered when two rules share one.
QStringList ruleResourceNames(const QList<spec::PortRule>& ports)
{
    QStringList names;
    QSet<QString> used;
    for (const spec::PortRule& rule : ports) {
        QString base;
        for (const QChar c : rule.name.toLower())
            base += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'_';
        if (base.isEmpty() || !base.front().isLetter())
            base.prepend(u"rule_"_s);
        QString name = base;
        for (int n = 2; used.contains(name); ++n)
            name = base + u'_' + QString::number(n);
        used.insert(name);
        names.append(name);
    }
    return names;
}

QString portRange(const spec::PortRule& rule)
{
    if (rule.portMin == rule.portMax)
        return QString::number(rule.portMin);
    return QString::number(rule.portMin) + u'-' + QString::number(rule.portMax);
}

QString ruleComment(const spec::PortRule& rule)
{
    const QString ports = rule.protocol == u"icmp"_s ? u"icmp"_s : rule.protocol + u' ' + portRange(rule);
    return (rule.name.isEmpty() ? QString() : rule.name + u": "_s) + ports + u" from "_s + rule.source;
}

QByteArray versionsTf(CloudKind kind)
{
    Body file;
    Body& terraform = file.block(u"terraform"_s);
    terraform.attribute(u"required_version"_s, Expression::string(u">= 1.0"_s));
    Body& providers = terraform.block(u"required_providers"_s);
    if (kind == CloudKind::OpenStack) {
        providers.attribute(u"openstack"_s,
            Expression::object({{u"source"_s, Expression::string(TerraformRenderer::openStackProviderSource())},
                {u"version"_s, Expression::string(TerraformRenderer::openStackProviderVersion())}}));
    } else {
        providers.attribute(u"cloudstack"_s,
            Expression::object({{u"source"_s, Expression::string(TerraformRenderer::cloudStackProviderSource())},
                {u"version"_s, Expression::string(TerraformRenderer::cloudStackProviderVersion())}}));
    }
    return hcl::format(file);
}

QByteArray providerTf(CloudKind kind)
{
    Body file;
    if (kind == CloudKind::OpenStack) {
        file.comment(u"Credentials come from clouds.yaml (var.cloud or OS_CLOUD) or from an application credential\n"
                     u"passed as variables; none is written here."_s);
        Body& provider = file.block(u"provider"_s, {u"openstack"_s});
        provider.attribute(u"cloud"_s, Expression::raw(u"var.cloud"_s));
        provider.attribute(u"auth_url"_s, Expression::raw(u"var.auth_url"_s));
        provider.attribute(u"application_credential_id"_s, Expression::raw(u"var.application_credential_id"_s));
        provider.attribute(u"application_credential_secret"_s, Expression::raw(u"var.application_credential_secret"_s));
    } else {
        file.comment(u"The API key and secret key are variables (TF_VAR_api_key, TF_VAR_secret_key or -var); none is\n"
                     u"written here."_s);
        Body& provider = file.block(u"provider"_s, {u"cloudstack"_s});
        provider.attribute(u"api_url"_s, Expression::raw(u"var.api_url"_s));
        provider.attribute(u"api_key"_s, Expression::raw(u"var.api_key"_s));
        provider.attribute(u"secret_key"_s, Expression::raw(u"var.secret_key"_s));
    }
    return hcl::format(file);
}

void variable(Body& file, const QString& name, const QString& description, bool optional, bool sensitive)
{
    Body& v = file.block(u"variable"_s, {name});
    v.attribute(u"description"_s, Expression::string(description));
    v.attribute(u"type"_s, Expression::raw(u"string"_s));
    if (optional)
        v.attribute(u"default"_s, Expression::null());
    if (sensitive)
        v.attribute(u"sensitive"_s, Expression::boolean(true));
}

QByteArray variablesTf(const Side& side)
{
    Body file;
    const QString& cloud = side.resolved.cloudName;
    if (side.resolved.kind == CloudKind::OpenStack) {
        variable(file, u"cloud"_s,
            u"Entry of clouds.yaml for OpenStack cloud \"%1\"; null: OS_CLOUD or the OS_* environment variables."_s.arg(
                cloud),
            true, false);
        variable(file, u"auth_url"_s,
            u"Keystone URL, needed only with an application credential and no clouds.yaml entry."_s, true, false);
        variable(file, u"application_credential_id"_s,
            u"Application credential ID, when not using clouds.yaml (TF_VAR_application_credential_id)."_s, true, true);
        variable(file, u"application_credential_secret"_s,
            u"Application credential secret, when not using clouds.yaml (TF_VAR_application_credential_secret)."_s,
            true, true);
        if (side.publicIp())
            variable(file, u"floating_ip_pool"_s,
                u"External network that the floating IP comes from (openstack network list --external)."_s, false,
                false);
    } else {
        variable(file, u"api_url"_s,
            u"API URL of CloudStack cloud \"%1\", such as https://cloud.example.com/client/api."_s.arg(cloud), false,
            false);
        variable(file, u"api_key"_s, u"CloudStack API key (TF_VAR_api_key)."_s, false, true);
        variable(file, u"secret_key"_s, u"CloudStack secret key (TF_VAR_secret_key)."_s, false, true);
    }
    return hcl::format(file);
}

QString sizeComment(const ResolvedSide& side)
{
    const Flavor& f = side.flavor;
    QString text = u"Flavor %1 (%2 vCPU, %3 MB RAM"_s.arg(f.name, QString::number(f.vcpus), QString::number(f.ramMb));
    if (f.diskGb > 0)
        text += u", %1 GB disk"_s.arg(QString::number(f.diskGb));
    return text + u"), image %1."_s.arg(side.image.name.isEmpty() ? side.image.id : side.image.name);
}

QByteArray openStackMainTf(const Side& side)
{
    const VmSpec& spec = side.spec;
    const ResolvedSide& resolved = side.resolved;
    Body file;

    file.comment(u"CloudTwin: "_s + side.what() + u".\n"_s + sizeComment(resolved));
    Body& keypair = file.block(u"resource"_s, {u"openstack_compute_keypair_v2"_s, u"ssh"_s});
    keypair.attribute(u"name"_s, Expression::string(side.ownName()));
    keypair.attribute(u"public_key"_s, Expression::string(spec.sshKey.publicKey));

    Body& group = file.block(u"resource"_s, {u"openstack_networking_secgroup_v2"_s, u"vm"_s});
    group.attribute(u"name"_s, Expression::string(side.ownName()));
    group.attribute(u"description"_s, Expression::string(u"CloudTwin: "_s + side.what()));

    const QStringList ruleNames = ruleResourceNames(spec.ports);
    for (qsizetype i = 0; i < spec.ports.size(); ++i) {
        const spec::PortRule& rule = spec.ports[i];
        Body& r = file.block(u"resource"_s, {u"openstack_networking_secgroup_rule_v2"_s, ruleNames[i]});
        r.attribute(u"description"_s, Expression::string(ruleComment(rule)));
        r.attribute(u"direction"_s, Expression::string(u"ingress"_s));
        r.attribute(u"ethertype"_s, Expression::string(u"IPv4"_s));
        r.attribute(u"protocol"_s, Expression::string(rule.protocol));
        if (rule.protocol != u"icmp"_s) {
            r.attribute(u"port_range_min"_s, Expression::number(rule.portMin));
            r.attribute(u"port_range_max"_s, Expression::number(rule.portMax));
        }
        r.attribute(u"remote_ip_prefix"_s, Expression::string(rule.source));
        r.attribute(u"security_group_id"_s, Expression::raw(u"openstack_networking_secgroup_v2.vm.id"_s));
    }

    Body& vm = file.block(u"resource"_s, {u"openstack_compute_instance_v2"_s, u"vm"_s});
    vm.attribute(u"name"_s, Expression::string(spec.name));
    vm.attribute(u"image_id"_s, Expression::string(resolved.image.id));
    vm.attribute(u"flavor_id"_s, Expression::string(resolved.flavor.id));
    vm.attribute(u"key_pair"_s, Expression::raw(u"openstack_compute_keypair_v2.ssh.name"_s));
    vm.attribute(u"security_groups"_s, Expression::references({u"openstack_networking_secgroup_v2.vm.name"_s}));
    if (!side.zone().isEmpty())
        vm.attribute(u"availability_zone"_s, Expression::string(side.zone()));
    vm.attribute(u"user_data"_s, cloudInitFile());
    vm.attribute(u"metadata"_s, tagsObject(spec, resolved));
    if (!resolved.networkId.isEmpty()) {
        Body& network = vm.block(u"network"_s);
        network.attribute(u"uuid"_s, Expression::string(resolved.networkId));
    }
    Body& lifecycle = vm.block(u"lifecycle"_s);
    lifecycle.comment(u"A changed user_data would replace the server; software changes go over SSH instead."_s);
    lifecycle.attribute(u"ignore_changes"_s, Expression::references({u"user_data"_s}));

    if (side.dataDisk()) {
        Body& volume = file.block(u"resource"_s, {u"openstack_blockstorage_volume_v3"_s, u"data"_s});
        volume.attribute(u"name"_s, Expression::string(spec.name + u"-data"_s));
        volume.attribute(u"description"_s,
            Expression::string(
                u"CloudTwin: data disk of "_s + side.what() + u", mounted at "_s + spec.dataDisk.mountPoint));
        volume.attribute(u"size"_s, Expression::number(spec.dataDisk.sizeGb));
        volume.attribute(u"metadata"_s, tagsObject(spec, resolved));

        Body& attach = file.block(u"resource"_s, {u"openstack_compute_volume_attach_v2"_s, u"data"_s});
        attach.attribute(u"instance_id"_s, Expression::raw(u"openstack_compute_instance_v2.vm.id"_s));
        attach.attribute(u"volume_id"_s, Expression::raw(u"openstack_blockstorage_volume_v3.data.id"_s));
    }

    if (side.publicIp()) {
        file.comment(u"The server's port, to which the floating IP is bound."_s);
        Body& port = file.block(u"data"_s, {u"openstack_networking_port_v2"_s, u"vm"_s});
        port.attribute(u"device_id"_s, Expression::raw(u"openstack_compute_instance_v2.vm.id"_s));
        if (!resolved.networkId.isEmpty())
            port.attribute(u"network_id"_s, Expression::string(resolved.networkId));

        Body& ip = file.block(u"resource"_s, {u"openstack_networking_floatingip_v2"_s, u"public"_s});
        ip.attribute(u"pool"_s, Expression::raw(u"var.floating_ip_pool"_s));
        ip.attribute(u"description"_s, Expression::string(u"CloudTwin: "_s + side.what()));

        Body& associate = file.block(u"resource"_s, {u"openstack_networking_floatingip_associate_v2"_s, u"public"_s});
        associate.attribute(u"floating_ip"_s, Expression::raw(u"openstack_networking_floatingip_v2.public.address"_s));
        associate.attribute(u"port_id"_s, Expression::raw(u"data.openstack_networking_port_v2.vm.id"_s));
    }
    return hcl::format(file);
}

void cloudStackRule(Body& parent, const spec::PortRule& rule)
{
    parent.comment(ruleComment(rule));
    Body& r = parent.block(u"rule"_s);
    r.attribute(u"cidr_list"_s, Expression::list({Expression::string(rule.source)}));
    r.attribute(u"protocol"_s, Expression::string(rule.protocol));
    if (rule.protocol == u"icmp"_s) {
        r.attribute(u"icmp_type"_s, Expression::number(-1));
        r.attribute(u"icmp_code"_s, Expression::number(-1));
    } else {
        r.attribute(u"ports"_s, Expression::list({Expression::string(portRange(rule))}));
    }
}

QByteArray cloudStackMainTf(const Side& side)
{
    const VmSpec& spec = side.spec;
    const ResolvedSide& resolved = side.resolved;
    // A public IP with static NAT exists on isolated and VPC networks, where CloudStack has no security
    // groups; there the ports are opened by firewall rules on that IP. Without one the VM is reached on its
    // network (basic zone or a shared network with security groups), and a security group opens the ports.
    const bool securityGroup = !side.publicIp();
    Body file;

    file.comment(u"CloudTwin: "_s + side.what() + u".\n"_s + sizeComment(resolved));
    Body& keypair = file.block(u"resource"_s, {u"cloudstack_ssh_keypair"_s, u"ssh"_s});
    keypair.attribute(u"name"_s, Expression::string(side.ownName()));
    keypair.attribute(u"public_key"_s, Expression::string(spec.sshKey.publicKey));

    if (securityGroup) {
        Body& group = file.block(u"resource"_s, {u"cloudstack_security_group"_s, u"vm"_s});
        group.attribute(u"name"_s, Expression::string(side.ownName()));
        group.attribute(u"description"_s, Expression::string(u"CloudTwin: "_s + side.what()));
        if (!spec.ports.isEmpty()) {
            Body& rules = file.block(u"resource"_s, {u"cloudstack_security_group_rule"_s, u"vm"_s});
            rules.attribute(u"security_group_id"_s, Expression::raw(u"cloudstack_security_group.vm.id"_s));
            for (const spec::PortRule& rule : spec.ports)
                cloudStackRule(rules, rule);
        }
    }

    const spec::Size size = spec::Catalog::effectiveSize(spec);
    Body& vm = file.block(u"resource"_s, {u"cloudstack_instance"_s, u"vm"_s});
    vm.attribute(u"name"_s, Expression::string(spec.name));
    vm.attribute(u"display_name"_s, Expression::string(spec.name));
    vm.attribute(u"service_offering"_s, Expression::string(resolved.flavor.id));
    vm.attribute(u"template"_s, Expression::string(resolved.image.id));
    if (size.diskGb > 0)
        vm.attribute(u"root_disk_size"_s, Expression::number(size.diskGb));
    vm.attribute(u"zone"_s, Expression::string(side.zone()));
    if (!resolved.networkId.isEmpty())
        vm.attribute(u"network_id"_s, Expression::string(resolved.networkId));
    vm.attribute(u"keypair"_s, Expression::raw(u"cloudstack_ssh_keypair.ssh.name"_s));
    if (securityGroup)
        vm.attribute(u"security_group_names"_s, Expression::references({u"cloudstack_security_group.vm.name"_s}));
    vm.attribute(u"user_data"_s, cloudInitFile());
    vm.attribute(u"expunge"_s, Expression::boolean(true));
    vm.attribute(u"tags"_s, tagsObject(spec, resolved));
    Body& lifecycle = vm.block(u"lifecycle"_s);
    lifecycle.comment(u"A changed user_data would stop and restart the VM; software changes go over SSH instead."_s);
    lifecycle.attribute(u"ignore_changes"_s, Expression::references({u"user_data"_s}));

    if (side.dataDisk()) {
        Body& disk = file.block(u"resource"_s, {u"cloudstack_disk"_s, u"data"_s});
        disk.attribute(u"name"_s, Expression::string(spec.name + u"-data"_s));
        disk.attribute(u"attach"_s, Expression::boolean(true));
        disk.attribute(u"disk_offering"_s,
            Expression::string(
                resolved.diskOfferingId.isEmpty() ? resolved.diskOfferingName : resolved.diskOfferingId));
        disk.attribute(u"size"_s, Expression::number(spec.dataDisk.sizeGb));
        disk.attribute(u"virtual_machine_id"_s, Expression::raw(u"cloudstack_instance.vm.id"_s));
        disk.attribute(u"zone"_s, Expression::string(side.zone()));
    }

    if (side.publicIp()) {
        Body& ip = file.block(u"resource"_s, {u"cloudstack_ipaddress"_s, u"public"_s});
        ip.attribute(u"network_id"_s, Expression::raw(u"cloudstack_instance.vm.network_id"_s));

        Body& nat = file.block(u"resource"_s, {u"cloudstack_static_nat"_s, u"public"_s});
        nat.attribute(u"ip_address_id"_s, Expression::raw(u"cloudstack_ipaddress.public.id"_s));
        nat.attribute(u"virtual_machine_id"_s, Expression::raw(u"cloudstack_instance.vm.id"_s));

        if (!spec.ports.isEmpty()) {
            Body& firewall = file.block(u"resource"_s, {u"cloudstack_firewall"_s, u"public"_s});
            firewall.attribute(u"ip_address_id"_s, Expression::raw(u"cloudstack_ipaddress.public.id"_s));
            for (const spec::PortRule& rule : spec.ports)
                cloudStackRule(firewall, rule);
        }
    }
    return hcl::format(file);
}

QByteArray outputsTf(const Side& side)
{
    const bool openStack = side.resolved.kind == CloudKind::OpenStack;
    Body file;
    Body& id = file.block(u"output"_s, {u"id"_s});
    id.attribute(u"description"_s, Expression::string(u"ID of "_s + side.what() + u'.'));
    id.attribute(u"value"_s,
        Expression::raw(openStack ? u"openstack_compute_instance_v2.vm.id"_s : u"cloudstack_instance.vm.id"_s));

    Body& ip = file.block(u"output"_s, {u"ip"_s});
    QString value;
    if (side.publicIp())
        value = openStack ? u"openstack_networking_floatingip_v2.public.address"_s
                          : u"cloudstack_ipaddress.public.ip_address"_s;
    else
        value = openStack ? u"openstack_compute_instance_v2.vm.access_ip_v4"_s : u"cloudstack_instance.vm.ip_address"_s;
    ip.attribute(u"description"_s,
        Expression::string(
            side.publicIp() ? u"Public IP address of the VM."_s : u"IP address of the VM on its network."_s));
    ip.attribute(u"value"_s, Expression::raw(value));
    return hcl::format(file);
}

Status checkSide(const VmSpec& spec, const ResolvedSide& side)
{
    const QString role = side.role == Role::Main ? TerraformRenderer::tr("main") : TerraformRenderer::tr("twin");
    if (side.flavor.id.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            TerraformRenderer::tr("No size was chosen for the %1 VM on cloud \"%2\". Pick a flavor or service offering "
                                  "under Advanced, or a size class the cloud offers.")
                .arg(role, side.cloudName));
    if (side.image.id.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            TerraformRenderer::tr("No image was chosen for the %1 VM on cloud \"%2\". Pick an image or template "
                                  "under Advanced, or an operating system the cloud offers.")
                .arg(role, side.cloudName));
    if (side.kind == CloudKind::CloudStack && side.zoneId.isEmpty() && side.zoneName.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            TerraformRenderer::tr("No zone was chosen for the %1 VM on CloudStack cloud \"%2\". CloudStack needs a "
                                  "zone: choose one for this cloud.")
                .arg(role, side.cloudName));
    if (side.kind == CloudKind::CloudStack && spec.dataDisk.sizeGb > 0 && side.diskOfferingId.isEmpty()
        && side.diskOfferingName.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            TerraformRenderer::tr("CloudStack cloud \"%1\" needs a disk offering for the %2 GB data disk of the %3 VM. "
                                  "Choose a disk offering, or remove the data disk.")
                .arg(side.cloudName, QString::number(spec.dataDisk.sizeGb), role));
    return {};
}

} // namespace

QString TerraformRenderer::openStackProviderSource() { return u"terraform-provider-openstack/openstack"_s; }

QString TerraformRenderer::openStackProviderVersion() { return u"~> 3.0"_s; }

QString TerraformRenderer::cloudStackProviderSource() { return u"cloudstack/cloudstack"_s; }

QString TerraformRenderer::cloudStackProviderVersion() { return u"~> 0.5.0"_s; }

QString TerraformRenderer::sideDirectory(const spec::ResolvedSide& side)
{
    return roleKey(side.role) + u'-' + kindKey(side.kind);
}

QList<std::pair<QString, QString>> TerraformRenderer::ownershipTags(
    const spec::VmSpec& spec, spec::Role role, const QString& pairId)
{
    // The same keys and values the create engine puts on what it makes (deploy::pairTags), so VMs made from
    // the export show up as the same pair.
    return {{u"cloudtwin_managed"_s, u"true"_s}, {u"cloudtwin_name"_s, spec.name},
        {u"cloudtwin_pair"_s, pairId.isEmpty() ? spec.name : pairId}, {u"cloudtwin_role"_s, roleKey(role)}};
}

Result<RenderedFiles> TerraformRenderer::render(const spec::VmSpec& spec, const spec::ResolvedSide& main,
    const spec::ResolvedSide& twin, const QString& sshPublicKey)
{
    if (main.role != Role::Main || twin.role != Role::Twin)
        return makeError(ErrorCode::Internal, tr("The main and twin sides were passed the wrong way round."));
    Result<QByteArray> cloudInit = CloudInit::render(spec, sshPublicKey);
    if (!cloudInit)
        return cloudInit.error();
    for (const ResolvedSide* resolved : {&main, &twin})
        if (Status checked = checkSide(spec, *resolved); !checked)
            return checked.error();

    // The key pair resources take the key from the spec; the caller's key (a generated one) wins.
    VmSpec withKey = spec;
    withKey.sshKey.publicKey = sshPublicKey.trimmed();

    RenderedFiles files;
    for (const ResolvedSide* resolved : {&main, &twin}) {
        const Side side {withKey, *resolved, resolved->role == Role::Main ? spec.main : spec.twin};
        const QString dir = sideDirectory(*resolved) + u'/';
        const bool openStack = resolved->kind == CloudKind::OpenStack;
        files.append({dir + u"versions.tf"_s, versionsTf(resolved->kind)});
        files.append({dir + u"provider.tf"_s, providerTf(resolved->kind)});
        files.append({dir + u"variables.tf"_s, variablesTf(side)});
        files.append({dir + u"main.tf"_s, openStack ? openStackMainTf(side) : cloudStackMainTf(side)});
        files.append({dir + u"outputs.tf"_s, outputsTf(side)});
        files.append({dir + kCloudInitFile, *cloudInit});
    }
    return files;
}

} // namespace ct::render
