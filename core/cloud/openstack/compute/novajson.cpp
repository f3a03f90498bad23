#include "cloud/openstack/compute/novajson.h"

#include "cloud/openstack/jsonreply.h"

#include <QJsonArray>

#include <utility>

namespace ct::openstack {

namespace {

// Nova's server statuses (nova api-ref servers.inc) in CloudTwin's words. Anything not listed is Unknown,
// with the cloud's own word kept in Server::providerStatus.
const std::pair<const char*, ServerStatus> kStatusTable[] = {
    {"ACTIVE", ServerStatus::Active},
    {"BUILD", ServerStatus::Building},
    {"REBUILD", ServerStatus::Building},
    {"DELETED", ServerStatus::Deleted},
    {"SOFT_DELETED", ServerStatus::Deleted},
    {"ERROR", ServerStatus::Error},
    {"REBOOT", ServerStatus::Rebooting},
    {"HARD_REBOOT", ServerStatus::Rebooting},
    {"RESIZE", ServerStatus::Resizing},
    {"REVERT_RESIZE", ServerStatus::Resizing},
    {"MIGRATING", ServerStatus::Resizing},
    {"VERIFY_RESIZE", ServerStatus::VerifyResize},
    {"PAUSED", ServerStatus::Paused},
    {"SUSPENDED", ServerStatus::Suspended},
    {"SHELVED", ServerStatus::Shelved},
    {"SHELVED_OFFLOADED", ServerStatus::Shelved},
    {"SHUTOFF", ServerStatus::Stopped},
    {"PASSWORD", ServerStatus::Active},
    {"RESCUE", ServerStatus::Unknown},
    {"UNKNOWN", ServerStatus::Unknown},
};

int intOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().toInt();
    return value.toInt();
}

} // namespace

ServerStatus serverStatusFromNova(const QString& status)
{
    const QString upper = status.toUpper();
    for (const auto& [word, mapped] : kStatusTable) {
        if (upper == QLatin1String(word))
            return mapped;
    }
    return ServerStatus::Unknown;
}

PowerState powerStateFromNova(int state)
{
    switch (state) {
    case 1:
        return PowerState::Running;
    case 3:
        return PowerState::Paused;
    case 4:
        return PowerState::Shutdown;
    case 6:
        return PowerState::Crashed;
    case 7:
        return PowerState::Suspended;
    default:
        return PowerState::NoState;
    }
}

Server parseServer(const QJsonObject& object)
{
    Server server;
    server.id = object.value(QLatin1String("id")).toString();
    server.name = object.value(QLatin1String("name")).toString();
    server.providerStatus = object.value(QLatin1String("status")).toString();
    server.status = serverStatusFromNova(server.providerStatus);
    server.powerState = powerStateFromNova(object.value(QLatin1String("OS-EXT-STS:power_state")).toInt());
    server.taskState = object.value(QLatin1String("OS-EXT-STS:task_state")).toString();

    const QJsonObject flavor = object.value(QLatin1String("flavor")).toObject();
    if (flavor.contains(QLatin1String("vcpus")) || flavor.contains(QLatin1String("original_name"))) {
        server.vcpus = intOf(flavor.value(QLatin1String("vcpus")));
        server.ramMb = intOf(flavor.value(QLatin1String("ram")));
        server.diskGb = intOf(flavor.value(QLatin1String("disk")));
        server.flavorName = flavor.value(QLatin1String("original_name")).toString();
    }

    // Volume-backed servers have "image": "" instead of an object.
    const QJsonValue image = object.value(QLatin1String("image"));
    if (image.isObject())
        server.imageId = image.toObject().value(QLatin1String("id")).toString();

    const QJsonObject addresses = object.value(QLatin1String("addresses")).toObject();
    for (auto it = addresses.begin(); it != addresses.end(); ++it) {
        for (const QJsonValue& entry : it.value().toArray()) {
            const QJsonObject address = entry.toObject();
            Address parsed;
            parsed.network = it.key();
            parsed.ip = address.value(QLatin1String("addr")).toString();
            parsed.version = address.value(QLatin1String("version")).toInt(4);
            parsed.type = address.value(QLatin1String("OS-EXT-IPS:type")).toString();
            server.addresses.append(parsed);
        }
    }

    server.created = parseOpenStackTime(object.value(QLatin1String("created")).toString());
    server.updated = parseOpenStackTime(object.value(QLatin1String("updated")).toString());
    server.metadata = object.value(QLatin1String("metadata")).toObject().toVariantMap();
    server.faultMessage = object.value(QLatin1String("fault")).toObject().value(QLatin1String("message")).toString();
    server.zone = object.value(QLatin1String("OS-EXT-AZ:availability_zone")).toString();
    server.keyName = object.value(QLatin1String("key_name")).toString();
    return server;
}

QString flavorIdOf(const QJsonObject& server)
{
    const QJsonObject flavor = server.value(QLatin1String("flavor")).toObject();
    if (flavor.contains(QLatin1String("vcpus")))
        return {};
    return flavor.value(QLatin1String("id")).toString();
}

void applyFlavor(Server& server, const Flavor& flavor)
{
    server.vcpus = flavor.vcpus;
    server.ramMb = flavor.ramMb;
    server.diskGb = flavor.diskGb;
    server.flavorName = flavor.name;
}

Flavor parseFlavor(const QJsonObject& object)
{
    Flavor flavor;
    flavor.id = object.value(QLatin1String("id")).toString();
    flavor.name = object.value(QLatin1String("name")).toString();
    flavor.vcpus = intOf(object.value(QLatin1String("vcpus")));
    flavor.ramMb = intOf(object.value(QLatin1String("ram")));
    flavor.diskGb = intOf(object.value(QLatin1String("disk")));
    flavor.isPublic = object.value(QLatin1String("os-flavor-access:is_public")).toBool(true);
    return flavor;
}

KeyPair parseKeyPair(const QJsonObject& entry)
{
    const QJsonObject object
        = entry.contains(QLatin1String("keypair")) ? entry.value(QLatin1String("keypair")).toObject() : entry;
    KeyPair key;
    key.name = object.value(QLatin1String("name")).toString();
    key.fingerprint = object.value(QLatin1String("fingerprint")).toString();
    key.publicKey = object.value(QLatin1String("public_key")).toString();
    return key;
}

AvailabilityZone parseAvailabilityZone(const QJsonObject& entry)
{
    AvailabilityZone zone;
    zone.name = entry.value(QLatin1String("zoneName")).toString();
    zone.available = entry.value(QLatin1String("zoneState")).toObject().value(QLatin1String("available")).toBool(false);
    return zone;
}

} // namespace ct::openstack
