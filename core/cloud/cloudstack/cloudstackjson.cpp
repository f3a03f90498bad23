#include "cloud/cloudstack/cloudstackjson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ct::cloudstack {

namespace {

int intOf(const QJsonValue& value)
{
    if (value.isDouble())
        return static_cast<int>(value.toDouble());
    return value.toString().toInt();
}

qint64 int64Of(const QJsonValue& value)
{
    if (value.isDouble())
        return static_cast<qint64>(value.toDouble());
    return value.toString().toLongLong();
}

QString str(const QJsonObject& object, const char* key) { return object.value(QLatin1String(key)).toString(); }

constexpr qint64 kGiB = 1024LL * 1024 * 1024;

} // namespace

ServerStatus serverStatusFor(const QString& state, QString* taskState)
{
    struct Row
    {
        const char* state;
        ServerStatus status;
        const char* task;
    };
    // apache/cloudstack VirtualMachine.State (Shutdowned: older versions' spelling of Shutdown).
    static const Row table[] = {
        {"Starting", ServerStatus::Building, "starting"},
        {"Running", ServerStatus::Active, ""},
        {"Stopping", ServerStatus::Active, "stopping"},
        {"Stopped", ServerStatus::Stopped, ""},
        {"Destroyed", ServerStatus::Deleted, ""},
        {"Expunging", ServerStatus::Deleted, "expunging"},
        {"Expunged", ServerStatus::Deleted, ""},
        {"Migrating", ServerStatus::Active, "migrating"},
        {"Error", ServerStatus::Error, ""},
        {"Unknown", ServerStatus::Unknown, ""},
        {"Shutdown", ServerStatus::Stopped, ""},
        {"Shutdowned", ServerStatus::Stopped, ""},
        {"Restoring", ServerStatus::Building, "restoring"},
    };
    for (const Row& row : table) {
        if (state.compare(QLatin1String(row.state), Qt::CaseInsensitive) == 0) {
            if (taskState)
                *taskState = QString::fromLatin1(row.task);
            return row.status;
        }
    }
    if (taskState)
        taskState->clear();
    return ServerStatus::Unknown;
}

PowerState powerStateFor(const QString& powerState)
{
    if (powerState == QLatin1String("PowerOn"))
        return PowerState::Running;
    if (powerState == QLatin1String("PowerOff"))
        return PowerState::Shutdown;
    return PowerState::NoState; // PowerUnknown, PowerReportMissing, absent
}

QDateTime parseCloudStackTime(const QString& text)
{
    static const QRegularExpression offset(QStringLiteral("([+-]\\d{2})(\\d{2})$"));
    QString normalized = text.trimmed();
    normalized.replace(offset, QStringLiteral("\\1:\\2"));
    const QDateTime when = QDateTime::fromString(normalized, Qt::ISODate);
    return when.isValid() ? when.toUTC() : QDateTime();
}

Server parseVirtualMachine(const QJsonObject& vm)
{
    Server server;
    server.id = str(vm, "id");
    server.name = str(vm, "displayname").isEmpty() ? str(vm, "name") : str(vm, "displayname");
    server.providerStatus = str(vm, "state");
    server.status = serverStatusFor(server.providerStatus, &server.taskState);
    server.powerState = powerStateFor(str(vm, "powerstate"));
    if (!vm.contains(QLatin1String("powerstate"))) {
        // Servers that do not report the hypervisor's power state: what the VM state implies.
        if (server.status == ServerStatus::Active)
            server.powerState = PowerState::Running;
        else if (server.status == ServerStatus::Stopped)
            server.powerState = PowerState::Shutdown;
    }
    server.vcpus = intOf(vm.value(QLatin1String("cpunumber")));
    server.ramMb = intOf(vm.value(QLatin1String("memory")));
    // rootdisksize is GiB in most versions, bytes in some; a value above 1 TiB-in-GiB must be bytes.
    const qint64 rootDisk = int64Of(vm.value(QLatin1String("rootdisksize")));
    server.diskGb = static_cast<int>(rootDisk > 1024 * 1024 ? rootDisk / kGiB : rootDisk);
    server.flavorName = str(vm, "serviceofferingname");
    server.imageId = str(vm, "templateid");
    server.imageName = str(vm, "templatename");
    for (const QJsonValue& value : vm.value(QLatin1String("nic")).toArray()) {
        const QJsonObject nic = value.toObject();
        if (!str(nic, "ipaddress").isEmpty())
            server.addresses.append({str(nic, "networkname"), str(nic, "ipaddress"), 4, QStringLiteral("fixed")});
        if (!str(nic, "ip6address").isEmpty())
            server.addresses.append({str(nic, "networkname"), str(nic, "ip6address"), 6, QStringLiteral("fixed")});
    }
    if (!str(vm, "publicip").isEmpty())
        server.addresses.append({QString(), str(vm, "publicip"), 4, QStringLiteral("floating")});
    server.created = parseCloudStackTime(str(vm, "created"));
    server.zone = str(vm, "zonename");
    server.keyName = str(vm, "keypair");
    if (server.keyName.isEmpty())
        server.keyName = str(vm, "keypairs");
    for (const QJsonValue& value : vm.value(QLatin1String("tags")).toArray()) {
        const QJsonObject tag = value.toObject();
        server.metadata.insert(str(tag, "key"), str(tag, "value"));
    }
    return server;
}

Flavor parseServiceOffering(const QJsonObject& offering)
{
    Flavor flavor;
    flavor.id = str(offering, "id");
    flavor.name = str(offering, "name");
    flavor.vcpus = intOf(offering.value(QLatin1String("cpunumber")));
    flavor.ramMb = intOf(offering.value(QLatin1String("memory")));
    flavor.diskGb = intOf(offering.value(QLatin1String("rootdisksize")));
    flavor.isPublic = str(offering, "domainid").isEmpty();
    return flavor;
}

Image parseTemplate(const QJsonObject& templ)
{
    Image image;
    image.id = str(templ, "id");
    image.name = str(templ, "name");
    const bool ready = templ.value(QLatin1String("isready")).toBool();
    const QString status = str(templ, "status");
    image.status = ready ? QStringLiteral("active") : (status.isEmpty() ? QStringLiteral("queued") : status.toLower());
    image.sizeBytes = int64Of(templ.value(QLatin1String("physicalsize")));
    if (image.sizeBytes == 0)
        image.sizeBytes = int64Of(templ.value(QLatin1String("size")));
    image.diskFormat = str(templ, "format").toLower();
    image.containerFormat = QStringLiteral("bare");
    const QString checksum = str(templ, "checksum");
    // Plain 32 hex digits or "{MD5}…" is MD5; "{SHA-256}…" and friends go to hashAlgorithm/hashValue.
    static const QRegularExpression tagged(QStringLiteral("^\\{([A-Za-z0-9-]+)\\}([0-9a-fA-F]+)$"));
    if (const auto match = tagged.match(checksum); match.hasMatch()) {
        const QString algorithm = match.captured(1).toLower().remove(QLatin1Char('-'));
        if (algorithm == QLatin1String("md5"))
            image.checksumMd5 = match.captured(2).toLower();
        else {
            image.hashAlgorithm = algorithm;
            image.hashValue = match.captured(2).toLower();
        }
    } else if (checksum.size() == 32) {
        image.checksumMd5 = checksum.toLower();
    }
    image.visibility
        = templ.value(QLatin1String("ispublic")).toBool() ? QStringLiteral("public") : QStringLiteral("private");
    image.created = parseCloudStackTime(str(templ, "created"));
    for (const char* key :
        {"ostypeid", "ostypename", "zoneid", "zonename", "hypervisor", "templatetype", "displaytext"}) {
        if (templ.contains(QLatin1String(key)))
            image.properties.insert(QLatin1String(key), templ.value(QLatin1String(key)).toVariant());
    }
    for (const QJsonValue& value : templ.value(QLatin1String("tags")).toArray()) {
        const QJsonObject tag = value.toObject();
        image.properties.insert(str(tag, "key"), str(tag, "value"));
    }
    return image;
}

Network parseNetwork(const QJsonObject& network)
{
    Network result;
    result.id = str(network, "id");
    result.name = str(network, "name");
    result.shared = str(network, "type").compare(QLatin1String("Shared"), Qt::CaseInsensitive) == 0;
    result.status = str(network, "state");
    return result;
}

SecurityGroup parseSecurityGroup(const QJsonObject& group)
{
    SecurityGroup result;
    result.id = str(group, "id");
    result.name = str(group, "name");
    result.description = str(group, "description");
    for (const auto& [key, direction] : {std::pair {"ingressrule", "ingress"}, std::pair {"egressrule", "egress"}}) {
        for (const QJsonValue& value : group.value(QLatin1String(key)).toArray())
            result.rules.append(parseSecurityGroupRule(value.toObject(), QLatin1String(direction)));
    }
    return result;
}

SecurityGroupRule parseSecurityGroupRule(const QJsonObject& rule, const QString& direction)
{
    SecurityGroupRule parsed;
    parsed.id = str(rule, "ruleid");
    parsed.direction = direction;
    parsed.protocol = str(rule, "protocol").toLower();
    if (parsed.protocol == QLatin1String("all"))
        parsed.protocol.clear();
    parsed.portMin = intOf(rule.value(QLatin1String("startport")));
    parsed.portMax = intOf(rule.value(QLatin1String("endport")));
    parsed.remoteCidr = str(rule, "cidr");
    parsed.etherType = parsed.remoteCidr.contains(QLatin1Char(':')) ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
    return parsed;
}

FloatingIp parsePublicIpAddress(const QJsonObject& address)
{
    FloatingIp ip;
    ip.id = str(address, "id");
    ip.address = str(address, "ipaddress");
    ip.networkId = str(address, "associatednetworkid");
    ip.serverId = str(address, "virtualmachineid");
    ip.fixedAddress = str(address, "vmipaddress");
    return ip;
}

QStringList networkServices(const QJsonObject& network)
{
    QStringList names;
    for (const QJsonValue& service : network.value(QLatin1String("service")).toArray())
        names.append(str(service.toObject(), "name"));
    return names;
}

KeyPair parseKeyPair(const QJsonObject& keyPair)
{
    return KeyPair {str(keyPair, "name"), str(keyPair, "fingerprint"), str(keyPair, "publickey")};
}

AvailabilityZone parseZone(const QJsonObject& zone)
{
    AvailabilityZone result;
    result.name = str(zone, "name");
    const QString state = str(zone, "allocationstate");
    result.available = state.isEmpty() || state.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0;
    return result;
}

Volume parseVolume(const QJsonObject& volume)
{
    Volume result;
    result.id = str(volume, "id");
    result.name = str(volume, "name");
    result.sizeGb = static_cast<int>(int64Of(volume.value(QLatin1String("size"))) / kGiB);
    result.attachedTo = str(volume, "virtualmachineid");
    result.device = volume.contains(QLatin1String("deviceid"))
        ? QString::number(intOf(volume.value(QLatin1String("deviceid"))))
        : QString();
    result.bootable = str(volume, "type") == QLatin1String("ROOT");
    result.created = parseCloudStackTime(str(volume, "created"));
    const QString state = str(volume, "state");
    if (state == QLatin1String("Ready") || state == QLatin1String("Allocated"))
        result.status = result.attachedTo.isEmpty() ? QStringLiteral("available") : QStringLiteral("in-use");
    else if (state == QLatin1String("Creating") || state == QLatin1String("Allocating"))
        result.status = QStringLiteral("creating");
    else if (state.startsWith(QLatin1String("Upload")))
        result.status = QStringLiteral("uploading");
    else if (state == QLatin1String("Destroy") || state == QLatin1String("Expunged")
        || state == QLatin1String("Expunging"))
        result.status = QStringLiteral("deleted");
    else
        result.status = state.toLower();
    return result;
}

} // namespace ct::cloudstack
