#include "render/cloudinit.h"

#include "spec/catalog.h"

#include <QRegularExpression>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace ct::render {

using namespace Qt::StringLiterals;
using spec::Catalog;

namespace {

/// Single-quotes a word for /bin/sh.
QString shellQuote(const QString& word)
{
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

/// yaml-cpp writes "0755", "true" or "1.5" bare, and cloud-init's YAML 1.1 loader would read them as a
/// number or a boolean. Anything that could resolve to a non-string is double-quoted; quoting more than
/// needed is harmless.
bool needsQuotes(const QString& scalar)
{
    if (scalar.isEmpty())
        return true;
    static const QRegularExpression ambiguous(
        u"^(?:[-+.]?[0-9].*|\\.(?:inf|nan)|~|y|n|yes|no|on|off|true|false|null)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return ambiguous.match(scalar).hasMatch();
}

YAML::Emitter& operator<<(YAML::Emitter& out, const QString& scalar)
{
    if (needsQuotes(scalar))
        out << YAML::DoubleQuoted;
    return out << scalar.toStdString();
}

void appendUnique(QStringList& list, const QStringList& items)
{
    for (const QString& item : items)
        if (!list.contains(item))
            list.append(item);
}

QString portText(const spec::PortRule& rule, QChar rangeSeparator)
{
    if (rule.portMin == rule.portMax)
        return QString::number(rule.portMin);
    return QString::number(rule.portMin) + rangeSeparator + QString::number(rule.portMax);
}

/// ufw: deny what the spec does not open, then allow each rule. ICMP echo is already accepted by ufw's
/// before.rules, so ICMP rules need no line.
QStringList ufwCommands(const QList<spec::PortRule>& ports)
{
    QStringList commands {u"ufw default deny incoming"_s, u"ufw default allow outgoing"_s};
    for (const spec::PortRule& rule : ports) {
        if (rule.protocol == u"icmp"_s)
            continue;
        commands.append(u"ufw allow proto %1 from %2 to any port %3 comment %4"_s.arg(rule.protocol, rule.source,
            portText(rule, u':'), shellQuote(rule.name.isEmpty() ? u"cloudtwin"_s : rule.name)));
    }
    commands.append(u"ufw --force enable"_s);
    return commands;
}

/// firewalld: one permanent rich rule per port rule in the default zone; firewalld answers ICMP by default.
QStringList firewalldCommands(const QList<spec::PortRule>& ports)
{
    QStringList commands {u"systemctl enable --now firewalld"_s};
    for (const spec::PortRule& rule : ports) {
        if (rule.protocol == u"icmp"_s)
            continue;
        const QString richRule
            = u"rule family=\"ipv4\" source address=\"%1\" port port=\"%2\" protocol=\"%3\" accept"_s.arg(
                rule.source, portText(rule, u'-'), rule.protocol);
        commands.append(u"firewall-cmd --permanent --add-rich-rule=%1"_s.arg(shellQuote(richRule)));
    }
    commands.append(u"firewall-cmd --reload"_s);
    return commands;
}

QString dataDiskScript(const QString& mountPoint)
{
    // The disk is attached after the VM is created (openstack_compute_volume_attach_v2, cloudstack_disk with
    // attach = true, or the deploy engine), usually after cloud-init's own disk_setup has already run, so
    // the script waits for it. Only a blank disk (no partition table, no file system) is ever formatted.
    return uR"SCRIPT(#!/bin/sh
# CloudTwin: format the data disk the first time and mount it at %2.
set -eu
label=%1
mountpoint=%2
# KVM with virtio names it /dev/vdb on OpenStack and on CloudStack alike (the root disk is /dev/vda). A flavor
# with an ephemeral or swap disk takes /dev/vdb first, and virtio-scsi or Xen use sdX / xvdX, so the first
# blank disk among these is taken.
tries=0
while ! blkid -L "$label" >/dev/null 2>&1; do
  for dev in /dev/vdb /dev/vdc /dev/vdd /dev/sdb /dev/sdc /dev/sdd /dev/xvdb /dev/xvdc; do
    [ -b "$dev" ] || continue
    [ "$(lsblk -n -o NAME "$dev" | wc -l)" -eq 1 ] || continue
    if blkid -p "$dev" >/dev/null 2>&1; then continue; fi
    mkfs.ext4 -q -L "$label" "$dev"
    udevadm settle
    break
  done
  tries=$((tries + 1))
  if [ "$tries" -ge 180 ]; then
    echo "cloudtwin: no blank data disk appeared within 6 minutes; nothing was formatted" >&2
    exit 1
  fi
  blkid -L "$label" >/dev/null 2>&1 || sleep 2
done
mkdir -p "$mountpoint"
# fstab separates its fields with blanks, so a blank inside the path is written as \040.
grep -q "^LABEL=$label " /etc/fstab ||
  printf 'LABEL=%s %s ext4 defaults,nofail 0 2\n' "$label" "$(printf '%s' "$mountpoint" | sed 's/ /\\040/g')" >>/etc/fstab
mountpoint -q "$mountpoint" || mount "$mountpoint"
)SCRIPT"_s.arg(CloudInit::dataDiskLabel(), shellQuote(mountPoint));
}

} // namespace

QString CloudInit::readyMarker() { return u"/var/lib/cloudtwin/ready"_s; }

QString CloudInit::dataDiskLabel() { return u"cloudtwin-data"_s; }

QString CloudInit::dataDiskScriptPath() { return u"/usr/local/sbin/cloudtwin-data-disk"_s; }

Result<QByteArray> CloudInit::render(const spec::VmSpec& spec, const QString& sshPublicKey)
{
    static const QRegularExpression hostName(u"^[a-z][a-z0-9-]{0,62}$"_s);
    if (!hostName.match(spec.name).hasMatch())
        return makeError(ErrorCode::InvalidInput,
            tr("The VM name \"%1\" cannot be used as a host name. Use 1 to 63 lowercase letters, digits and dashes, "
               "starting with a letter.")
                .arg(spec.name));
    const QString key = sshPublicKey.trimmed();
    if (key.isEmpty() || key.contains(u'\n') || key.contains(u'\r'))
        return makeError(ErrorCode::InvalidInput,
            tr("The SSH public key must be one line in OpenSSH format (\"ssh-ed25519 AAAA… comment\"). Generate a "
               "key or paste the contents of your .pub file."));
    const std::optional<Catalog::OsInfo> os = Catalog::os(spec.osFamily, spec.osVersion);
    if (!os)
        return makeError(ErrorCode::InvalidInput,
            tr("CloudTwin does not know how to set up %1 %2. Choose one of the supported operating systems.")
                .arg(spec.osFamily, spec.osVersion));

    // Packages: the guest agent first (Nova quiesces file systems for snapshots only through it), then the
    // host firewall, then every bundle's packages in the order the spec lists the bundles.
    QStringList packages {u"qemu-guest-agent"_s, os->apt ? u"ufw"_s : u"firewalld"_s};
    QStringList bundleCommands;
    QStringList services;
    for (const spec::Bundle bundle : spec.bundles) {
        const Catalog::BundleInstall install = Catalog::install(bundle, *os);
        appendUnique(packages, install.packages);
        appendUnique(bundleCommands, install.commands);
        appendUnique(services, install.services);
    }
    const bool hasDataDisk = spec.dataDisk.sizeGb > 0;
    static const QRegularExpression controlCharacter(u"[\\x00-\\x1f\\x7f]"_s);
    const QString& mountPoint = spec.dataDisk.mountPoint;
    if (hasDataDisk
        && (!mountPoint.startsWith(u'/') || mountPoint == u"/"_s || controlCharacter.match(mountPoint).hasMatch()))
        return makeError(ErrorCode::InvalidInput,
            tr("The data disk cannot be mounted at \"%1\". Use an absolute folder other than /, such as /data.")
                .arg(mountPoint));

    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "hostname" << YAML::Value << spec.name;
    out << YAML::Key << "ssh_pwauth" << YAML::Value << false;
    out << YAML::Key << "ssh_authorized_keys" << YAML::Value << YAML::BeginSeq << key << YAML::EndSeq;
    out << YAML::Key << "package_update" << YAML::Value << true;
    out << YAML::Key << "packages" << YAML::Value << YAML::BeginSeq;
    for (const QString& package : std::as_const(packages))
        out << package;
    out << YAML::EndSeq;

    if (hasDataDisk) {
        out << YAML::Key << "write_files" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
        out << YAML::Key << "path" << YAML::Value << dataDiskScriptPath();
        out << YAML::Key << "owner" << YAML::Value << "root:root";
        out << YAML::Key << "permissions" << YAML::Value << u"0755"_s;
        out << YAML::Key << "content" << YAML::Value << YAML::Literal
            << dataDiskScript(spec.dataDisk.mountPoint).toStdString();
        out << YAML::EndMap << YAML::EndSeq;
    }

    // runcmd runs after the packages are installed (scripts_user comes after package-update-upgrade-install).
    QStringList commands;
    if (hasDataDisk)
        commands.append(dataDiskScriptPath());
    commands.append(u"systemctl start qemu-guest-agent || echo 'cloudtwin: qemu-guest-agent did not start: the "
                    u"VM has no guest agent channel'"_s);
    commands.append(bundleCommands);
    for (const QString& service : std::as_const(services))
        commands.append(u"systemctl enable --now "_s + shellQuote(service));
    commands.append(os->apt ? ufwCommands(spec.ports) : firewalldCommands(spec.ports));
    commands.append(u"mkdir -p /var/lib/cloudtwin"_s);
    commands.append(u"date -u +%Y-%m-%dT%H:%M:%SZ >"_s + readyMarker());
    out << YAML::Key << "runcmd" << YAML::Value << YAML::BeginSeq;
    for (const QString& command : std::as_const(commands))
        out << command;
    out << YAML::EndSeq;
    out << YAML::EndMap;
    if (!out.good())
        return makeError(ErrorCode::Internal,
            tr("Could not write the cloud-init file: %1.").arg(QString::fromStdString(out.GetLastError())));

    QByteArray text = QByteArrayLiteral("#cloud-config\n");
    text += "# CloudTwin " + spec.name.toUtf8() + ": the same file sets up the main VM and its twin.\n";
    text += "# " + os->displayName.toUtf8() + ", ready when " + readyMarker().toUtf8() + " exists.\n";
    text += out.c_str();
    text += '\n';
    return text;
}

} // namespace ct::render
