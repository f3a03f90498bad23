#include "computeservice.h"

#include "identityservice.h"
#include "imageservice.h"
#include "networkservice.h"
#include "sandboxapi.h"
#include "volumeservice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace ct::sandbox {

namespace {

const QString kServers = QStringLiteral("servers");
const QString kKeypairs = QStringLiteral("keypairs");
/// The availability zone of the sandbox's one enabled compute host (devstack's default): every server is made
/// there, GET /os-availability-zone lists it (with SandboxContext::unavailableZones), and a create that asks
/// for another zone is refused as Nova does.
const QString kZone = QStringLiteral("nova");
constexpr int kMaxMinor = 93; // Zed

struct Flavor
{
    const char* id;
    const char* name;
    int vcpus, ram, disk;
};
constexpr Flavor kFlavors[] = {
    {"1", "m1.tiny", 1, 512, 1},
    {"2", "m1.small", 1, 2048, 20},
    {"3", "m1.medium", 2, 4096, 40},
    {"4", "m1.large", 4, 8192, 80},
};

QJsonObject flavorObject(const Flavor& flavor)
{
    return QJsonObject {{QStringLiteral("id"), QString::fromLatin1(flavor.id)},
        {QStringLiteral("name"), QString::fromLatin1(flavor.name)}, {QStringLiteral("vcpus"), flavor.vcpus},
        {QStringLiteral("ram"), flavor.ram}, {QStringLiteral("disk"), flavor.disk}};
}

QString lastSegment(const QString& ref) { return ref.section(u'/', -1); }

QString str(const QJsonObject& object, const char* key) { return object.value(QLatin1String(key)).toString(); }

/// 409 in Nova's words: "Cannot 'stop' instance <id> while it is in vm_state stopped".
HttpResponse invalidState(const QString& action, const QJsonObject& server)
{
    const QString task = str(server, "task_state");
    const QString attribute = task.isEmpty() ? QStringLiteral("vm_state") : QStringLiteral("task_state");
    const QString state = task.isEmpty() ? str(server, "vm_state") : task;
    return api::novaError(409,
        QStringLiteral("Cannot '%1' instance %2 while it is in %3 %4")
            .arg(action, str(server, "id"), attribute, state));
}

QJsonObject statusFields(const QString& status, const QString& vmState, int powerState)
{
    return QJsonObject {{QStringLiteral("status"), status}, {QStringLiteral("vm_state"), vmState},
        {QStringLiteral("task_state"), QJsonValue::Null}, {QStringLiteral("power_state"), powerState}};
}

} // namespace

ComputeService::ComputeService(
    SandboxContext* context, ImageService* images, NetworkService* network, VolumeService* volumes)
    : m_context(context)
    , m_images(images)
    , m_network(network)
    , m_volumes(volumes)
{ }

QJsonObject ComputeService::flavor(const QString& idOrName)
{
    for (const Flavor& flavor : kFlavors) {
        if (idOrName == QLatin1String(flavor.id) || idOrName == QLatin1String(flavor.name))
            return flavorObject(flavor);
    }
    return {};
}

HttpResponse ComputeService::versions(const QString& path) const
{
    const QString base = m_context->baseUrl + QStringLiteral("/compute");
    const auto version = [&](const QString& id, const QString& status, const QString& max, const QString& min,
                             const QString& updated, const QString& href) {
        return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("status"), status},
            {QStringLiteral("version"), max}, {QStringLiteral("min_version"), min},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("links"),
                QJsonArray {
                    QJsonObject {{QStringLiteral("rel"), QStringLiteral("self")}, {QStringLiteral("href"), href}}}}};
    };
    QJsonObject current
        = version(QStringLiteral("v2.1"), QStringLiteral("CURRENT"), QStringLiteral("2.%1").arg(kMaxMinor),
            QStringLiteral("2.1"), QStringLiteral("2013-07-23T11:33:21Z"), base + QStringLiteral("/v2.1/"));
    if (path.startsWith(QStringLiteral("/v2.1"))) {
        current.insert(QStringLiteral("media-types"),
            QJsonArray {QJsonObject {{QStringLiteral("base"), QStringLiteral("application/json")},
                {QStringLiteral("type"), QStringLiteral("application/vnd.openstack.compute+json;version=2.1")}}});
        return HttpResponse::json(200, QJsonObject {{QStringLiteral("version"), current}});
    }
    return HttpResponse::json(200,
        QJsonObject {{QStringLiteral("versions"),
            QJsonArray {version(QStringLiteral("v2.0"), QStringLiteral("SUPPORTED"), QString(), QString(),
                            QStringLiteral("2011-01-21T11:33:21Z"), base + QStringLiteral("/v2/")),
                current}}});
}

HttpResponse ComputeService::handle(const HttpRequest& request, const QString& path, const AuthContext& auth)
{
    // Microversion: "OpenStack-API-Version: compute 2.x" or the legacy X-OpenStack-Nova-API-Version; default 2.1.
    QByteArray requested;
    for (const QByteArray& part : request.header("openstack-api-version").split(',')) {
        const QList<QByteArray> words = part.trimmed().split(' ');
        if (words.size() == 2 && words.first().toLower() == "compute")
            requested = words.last();
    }
    if (requested.isEmpty())
        requested = request.header("x-openstack-nova-api-version").trimmed();
    int minor = 1;
    if (requested == "latest") {
        minor = kMaxMinor;
    } else if (!requested.isEmpty()) {
        static const QRegularExpression format(QStringLiteral("^([1-9]\\d*)\\.(0|[1-9]\\d*)$"));
        const QRegularExpressionMatch match = format.match(QString::fromLatin1(requested));
        if (!match.hasMatch())
            return api::novaError(400,
                QStringLiteral("API Version String %1 is of invalid format. Must be of format "
                               "MajorNum.MinorNum.")
                    .arg(QString::fromLatin1(requested)));
        minor = match.captured(2).toInt();
        if (match.captured(1) != QStringLiteral("2") || minor < 1 || minor > kMaxMinor)
            return api::novaError(406,
                QStringLiteral("Version %1 is not supported by the API. Minimum is 2.1 and "
                               "maximum is 2.%2.")
                    .arg(QString::fromLatin1(requested))
                    .arg(kMaxMinor));
    }
    HttpResponse response = dispatch(request, path, auth, minor);
    const QByteArray version = "2." + QByteArray::number(minor);
    response.header(QByteArrayLiteral("OpenStack-API-Version"), "compute " + version);
    response.header(QByteArrayLiteral("X-OpenStack-Nova-API-Version"), version);
    response.header(
        QByteArrayLiteral("Vary"), QByteArrayLiteral("OpenStack-API-Version, X-OpenStack-Nova-API-Version"));
    return response;
}

HttpResponse ComputeService::dispatch(
    const HttpRequest& request, const QString& rawPath, const AuthContext& auth, int version)
{
    QStringList parts = rawPath.split(u'/', Qt::SkipEmptyParts);
    if (parts.value(0) != QStringLiteral("v2.1"))
        return api::novaError(404, QStringLiteral("The resource could not be found."));
    parts.removeFirst();
    // Old-style catalogs put the project id in the URL; accept it.
    if (!parts.isEmpty() && parts.first() == auth.value(QStringLiteral("project_id")).toString())
        parts.removeFirst();
    const QString resource = parts.value(0);
    const QByteArray method = request.method;
    const auto notAllowed = []() { return api::novaError(405, QStringLiteral("The method is not allowed.")); };

    if (resource == QStringLiteral("servers")) {
        if (parts.size() == 1) {
            if (method == "GET")
                return listServers(request, auth, version, false);
            if (method == "POST")
                return createServer(request, auth, version);
            return notAllowed();
        }
        if (parts.size() == 2 && parts[1] == QStringLiteral("detail"))
            return method == "GET" ? listServers(request, auth, version, true) : notAllowed();
        const QString id = parts[1];
        QJsonObject server = ownServer(id, auth);
        if (server.isEmpty())
            return api::novaError(404, QStringLiteral("Instance %1 could not be found.").arg(id));
        if (parts.size() == 2) {
            if (method == "GET")
                return HttpResponse::json(200, QJsonObject {{QStringLiteral("server"), renderServer(server, version)}});
            if (method == "DELETE")
                return deleteServer(id);
            if (method == "PUT") {
                QJsonObject body;
                if (!request.jsonBody(&body) || !body.value(QStringLiteral("server")).isObject())
                    return api::novaError(400, QStringLiteral("Invalid input for field/attribute server."));
                const QJsonObject changes = body.value(QStringLiteral("server")).toObject();
                for (const QString& key : {QStringLiteral("name"), QStringLiteral("description")}) {
                    if (changes.contains(key))
                        server.insert(key, changes.value(key));
                }
                m_context->store->put(kServers, server);
                return HttpResponse::json(200, QJsonObject {{QStringLiteral("server"), renderServer(server, version)}});
            }
            return notAllowed();
        }
        const QString sub = parts[2];
        if (sub == QStringLiteral("action") && parts.size() == 3)
            return method == "POST" ? serverAction(request, id, auth, version) : notAllowed();
        if (sub == QStringLiteral("metadata") && parts.size() == 3)
            return metadata(request, id);
        if (sub == QStringLiteral("os-volume_attachments") && parts.size() <= 4)
            return volumeAttachments(request, id, parts.value(3), auth, version);
        return api::novaError(404, QStringLiteral("The resource could not be found."));
    }
    if (resource == QStringLiteral("flavors") && method == "GET") {
        if (parts.size() == 1)
            return flavors(request, {}, false, version);
        if (parts.size() == 2)
            return parts[1] == QStringLiteral("detail") ? flavors(request, {}, true, version)
                                                        : flavors(request, parts[1], true, version);
    }
    if (resource == QStringLiteral("os-keypairs") && parts.size() <= 2)
        return keypairs(request, parts.value(1), auth, version);
    if (resource == QStringLiteral("os-availability-zone") && method == "GET") {
        // The non-admin listing: every zone with compute hosts, "hosts" always null.
        QJsonArray zones;
        const auto addZone = [&zones](const QString& name, bool available) {
            zones.append(QJsonObject {{QStringLiteral("zoneName"), name},
                {QStringLiteral("zoneState"), QJsonObject {{QStringLiteral("available"), available}}},
                {QStringLiteral("hosts"), QJsonValue::Null}});
        };
        addZone(kZone, true);
        for (const QString& zone : std::as_const(m_context->unavailableZones))
            addZone(zone, false);
        return HttpResponse::json(200, QJsonObject {{QStringLiteral("availabilityZoneInfo"), zones}});
    }
    if (resource == QStringLiteral("limits") && method == "GET") {
        int instances = 0, cores = 0, ram = 0;
        for (const QJsonObject& server : m_context->store->items(kServers)) {
            if (server.value(QStringLiteral("project_id")) != auth.value(QStringLiteral("project_id"))
                || server.value(QStringLiteral("deleted")).toBool())
                continue;
            const QJsonObject f = flavor(str(server, "flavor_id"));
            ++instances;
            cores += f.value(QStringLiteral("vcpus")).toInt();
            ram += f.value(QStringLiteral("ram")).toInt();
        }
        return HttpResponse::json(200,
            QJsonObject {{QStringLiteral("limits"),
                QJsonObject {{QStringLiteral("rate"), QJsonArray()},
                    {QStringLiteral("absolute"),
                        QJsonObject {{QStringLiteral("maxTotalInstances"), 100}, {QStringLiteral("maxTotalCores"), 200},
                            {QStringLiteral("maxTotalRAMSize"), 512000}, {QStringLiteral("maxServerMeta"), 128},
                            {QStringLiteral("maxImageMeta"), 128}, {QStringLiteral("maxTotalKeypairs"), 100},
                            {QStringLiteral("maxServerGroups"), 10}, {QStringLiteral("maxServerGroupMembers"), 10},
                            {QStringLiteral("totalInstancesUsed"), instances},
                            {QStringLiteral("totalCoresUsed"), cores}, {QStringLiteral("totalRAMUsed"), ram},
                            {QStringLiteral("totalServerGroupsUsed"), 0}}}}}});
    }
    return api::novaError(404, QStringLiteral("The resource could not be found."));
}

QJsonArray ComputeService::links(const QString& kind, const QString& id) const
{
    return QJsonArray {QJsonObject {{QStringLiteral("rel"), QStringLiteral("self")},
                           {QStringLiteral("href"),
                               QString(m_context->baseUrl + QStringLiteral("/compute/v2.1/") + kind + u'/' + id)}},
        QJsonObject {{QStringLiteral("rel"), QStringLiteral("bookmark")},
            {QStringLiteral("href"), QString(m_context->baseUrl + QStringLiteral("/compute/") + kind + u'/' + id)}}};
}

QJsonObject ComputeService::ownServer(const QString& id, const AuthContext& auth) const
{
    const QJsonObject server = m_context->store->item(kServers, id);
    if (server.isEmpty() || server.value(QStringLiteral("deleted")).toBool()
        || server.value(QStringLiteral("project_id")) != auth.value(QStringLiteral("project_id")))
        return {};
    return server;
}

QJsonObject ComputeService::renderServer(const QJsonObject& server, int version) const
{
    const QString id = str(server, "id");
    const QString status = str(server, "status");
    const QJsonObject flavorData = flavor(str(server, "flavor_id"));
    QJsonObject out {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), server.value(QStringLiteral("name"))},
        {QStringLiteral("status"), status},
        {QStringLiteral("tenant_id"), server.value(QStringLiteral("project_id"))},
        {QStringLiteral("user_id"), server.value(QStringLiteral("user_id"))},
        {QStringLiteral("metadata"), server.value(QStringLiteral("metadata")).toObject()},
        {QStringLiteral("hostId"), server.value(QStringLiteral("host_id"))},
        {QStringLiteral("created"), api::isoTime(server.value(QStringLiteral("_created_ms")).toInteger())},
        {QStringLiteral("updated"), api::isoTime(server.value(QStringLiteral("_updated_ms")).toInteger())},
        {QStringLiteral("accessIPv4"), QString()},
        {QStringLiteral("accessIPv6"), QString()},
        {QStringLiteral("links"), links(QStringLiteral("servers"), id)},
        {QStringLiteral("OS-DCF:diskConfig"), QStringLiteral("MANUAL")},
        {QStringLiteral("progress"), 0},
        {QStringLiteral("OS-EXT-AZ:availability_zone"), server.value(QStringLiteral("az"))},
        {QStringLiteral("config_drive"), QString()},
        {QStringLiteral("key_name"), server.value(QStringLiteral("key_name"))},
        {QStringLiteral("OS-SRV-USG:launched_at"),
            server.value(QStringLiteral("launched_ms")).isDouble()
                ? QJsonValue(api::isoTimeMicro(server.value(QStringLiteral("launched_ms")).toInteger()))
                : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("OS-SRV-USG:terminated_at"),
            server.value(QStringLiteral("deleted")).toBool()
                ? QJsonValue(api::isoTimeMicro(server.value(QStringLiteral("_updated_ms")).toInteger()))
                : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("OS-EXT-STS:task_state"), server.value(QStringLiteral("task_state"))},
        {QStringLiteral("OS-EXT-STS:vm_state"), server.value(QStringLiteral("vm_state"))},
        {QStringLiteral("OS-EXT-STS:power_state"), server.value(QStringLiteral("power_state"))},
    };
    // Nova fills the network info cache while spawning: a BUILD server has no addresses yet.
    out.insert(QStringLiteral("addresses"),
        status == QStringLiteral("BUILD") || server.value(QStringLiteral("deleted")).toBool()
            ? QJsonObject()
            : m_network->serverAddresses(id));
    const QString imageId = str(server, "image_id");
    if (imageId.isEmpty())
        out.insert(QStringLiteral("image"), QString()); // volume-backed servers have image ""
    else
        out.insert(QStringLiteral("image"),
            QJsonObject {{QStringLiteral("id"), imageId},
                {QStringLiteral("links"), QJsonArray {links(QStringLiteral("images"), imageId).at(1)}}});
    if (version >= 47)
        out.insert(QStringLiteral("flavor"),
            QJsonObject {{QStringLiteral("vcpus"), flavorData.value(QStringLiteral("vcpus"))},
                {QStringLiteral("ram"), flavorData.value(QStringLiteral("ram"))},
                {QStringLiteral("disk"), flavorData.value(QStringLiteral("disk"))}, {QStringLiteral("ephemeral"), 0},
                {QStringLiteral("swap"), 0},
                {QStringLiteral("original_name"), flavorData.value(QStringLiteral("name"))},
                {QStringLiteral("extra_specs"), QJsonObject()}});
    else
        out.insert(QStringLiteral("flavor"),
            QJsonObject {{QStringLiteral("id"), str(server, "flavor_id")},
                {QStringLiteral("links"),
                    QJsonArray {links(QStringLiteral("flavors"), str(server, "flavor_id")).at(1)}}});
    QJsonArray groups;
    for (const QJsonValue& name : server.value(QStringLiteral("security_groups")).toArray())
        groups.append(QJsonObject {{QStringLiteral("name"), name}});
    if (!groups.isEmpty())
        out.insert(QStringLiteral("security_groups"), groups);
    QJsonArray volumes;
    for (const QJsonValue& volume : server.value(QStringLiteral("volumes")).toArray()) {
        QJsonObject entry {{QStringLiteral("id"), volume.toObject().value(QStringLiteral("id"))}};
        if (version >= 3)
            entry.insert(QStringLiteral("delete_on_termination"),
                volume.toObject().value(QStringLiteral("delete_on_termination")).toBool());
        volumes.append(entry);
    }
    out.insert(QStringLiteral("os-extended-volumes:volumes_attached"), volumes);
    if (status == QStringLiteral("ERROR"))
        out.insert(QStringLiteral("fault"), server.value(QStringLiteral("fault")));
    if (version >= 9)
        out.insert(QStringLiteral("locked"), false);
    if (version >= 19)
        out.insert(QStringLiteral("description"), server.value(QStringLiteral("description")));
    if (version >= 26)
        out.insert(QStringLiteral("tags"), server.value(QStringLiteral("tags")).toArray());
    if (version >= 63)
        out.insert(QStringLiteral("trusted_image_certificates"), QJsonValue::Null);
    if (version >= 73)
        out.insert(QStringLiteral("locked_reason"), QJsonValue::Null);
    return out;
}

HttpResponse ComputeService::listServers(
    const HttpRequest& request, const AuthContext& auth, int version, bool detail) const
{
    const QUrlQuery& query = request.query;
    qint64 since = 0;
    const bool hasSince = query.hasQueryItem(QStringLiteral("changes-since"));
    if (hasSince) {
        const QString text = query.queryItemValue(QStringLiteral("changes-since"), QUrl::FullyDecoded);
        if (!api::parseTime(text, &since))
            return api::novaError(400,
                QStringLiteral("Invalid input for query parameters changes-since. Value: %1. "
                               "'%1' is not a 'date-time'")
                    .arg(text));
    }
    const QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    const QRegularExpression nameFilter(name);
    const QString status = query.queryItemValue(QStringLiteral("status")).toUpper();
    const QString flavorFilter = query.queryItemValue(QStringLiteral("flavor"));
    const QString imageFilter = query.queryItemValue(QStringLiteral("image"));
    QList<QJsonObject> servers;
    for (const QJsonObject& server : m_context->store->items(kServers)) {
        if (server.value(QStringLiteral("project_id")) != auth.value(QStringLiteral("project_id")))
            continue;
        // Deleted servers only show up for changes-since (so clients learn about deletions).
        if (server.value(QStringLiteral("deleted")).toBool() && !hasSince)
            continue;
        if (hasSince && server.value(QStringLiteral("_updated_ms")).toInteger() < since)
            continue;
        if (!name.isEmpty()
            && !(nameFilter.isValid() ? nameFilter.match(str(server, "name")).hasMatch()
                                      : str(server, "name").contains(name)))
            continue;
        if (!status.isEmpty() && str(server, "status") != status)
            continue;
        if (!flavorFilter.isEmpty() && str(server, "flavor_id") != flavorFilter)
            continue;
        if (!imageFilter.isEmpty() && str(server, "image_id") != lastSegment(imageFilter))
            continue;
        servers.append(server);
    }
    // Nova's default order: created_at descending, then id.
    std::sort(servers.begin(), servers.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("_seq")).toInteger() > b.value(QStringLiteral("_seq")).toInteger();
    });
    bool badLimit = false;
    const api::Page page = api::paginate(servers, query, 1000, 1000, &badLimit);
    if (badLimit)
        return api::novaError(400, QStringLiteral("limit param must be an integer"));
    if (page.markerMissing)
        return api::novaError(
            400, QStringLiteral("marker [%1] not found").arg(query.queryItemValue(QStringLiteral("marker"))));
    QJsonArray out;
    for (const QJsonObject& server : page.items) {
        if (detail)
            out.append(renderServer(server, version));
        else
            out.append(QJsonObject {{QStringLiteral("id"), server.value(QStringLiteral("id"))},
                {QStringLiteral("name"), server.value(QStringLiteral("name"))},
                {QStringLiteral("links"), links(QStringLiteral("servers"), str(server, "id"))}});
    }
    QJsonObject body {{QStringLiteral("servers"), out}};
    if (page.full) {
        const QString base = m_context->baseUrl + QStringLiteral("/compute/v2.1/servers")
            + (detail ? QStringLiteral("/detail") : QString());
        body.insert(QStringLiteral("servers_links"),
            QJsonArray {QJsonObject {{QStringLiteral("rel"), QStringLiteral("next")},
                {QStringLiteral("href"), api::nextLink(base, query, page.limit, str(page.items.last(), "id"))}}});
    }
    return HttpResponse::json(200, body);
}

QString ComputeService::newServer(const AuthContext& auth, const QString& name, const QJsonObject& flavorData,
    const QJsonObject& image, const QStringList& networkIds, const QString& keyName, const QJsonObject& metadata,
    const QStringList& securityGroups)
{
    const QString id = api::newId();
    const QString projectId = auth.value(QStringLiteral("project_id")).toString();
    QStringList groupIds;
    for (const QString& group : securityGroups)
        groupIds.append(m_network->securityGroupId(projectId, group));
    for (const QString& networkId : networkIds)
        m_network->createServerPort(projectId, networkId, id, groupIds);
    // The server's disk starts as a copy of its image's real bytes; createImage copies it back.
    const QString disk = m_context->store->filePath(QStringLiteral("disks"), id);
    QFile::remove(disk);
    QFile::copy(m_images->imageFile(str(image, "id")), disk);
    const QString host = QStringLiteral("sandbox-compute-1");
    const QJsonObject server {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("project_id"), projectId},
        {QStringLiteral("user_id"), auth.value(QStringLiteral("user_id"))},
        {QStringLiteral("status"), QStringLiteral("BUILD")},
        {QStringLiteral("vm_state"), QStringLiteral("building")},
        {QStringLiteral("task_state"), QStringLiteral("scheduling")},
        {QStringLiteral("power_state"), 0},
        {QStringLiteral("flavor_id"), flavorData.value(QStringLiteral("id"))},
        {QStringLiteral("image_id"), image.value(QStringLiteral("id"))},
        {QStringLiteral("key_name"), keyName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(keyName)},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("az"), kZone},
        {QStringLiteral("security_groups"), QJsonArray::fromStringList(securityGroups)},
        {QStringLiteral("volumes"), QJsonArray()},
        {QStringLiteral("deleted"), false},
        {QStringLiteral("description"), QJsonValue::Null},
        {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("host_id"),
            QString::fromLatin1(
                QCryptographicHash::hash((projectId + host).toUtf8(), QCryptographicHash::Sha224).toHex())},
    };
    m_context->store->put(kServers, server);
    return id;
}

HttpResponse ComputeService::createServer(const HttpRequest& request, const AuthContext& auth, int version)
{
    QJsonObject body;
    if (!request.jsonBody(&body) || !body.value(QStringLiteral("server")).isObject())
        return api::novaError(
            400, QStringLiteral("Invalid input for field/attribute server. Value: None. None is not of type 'object'"));
    const QJsonObject spec = body.value(QStringLiteral("server")).toObject();
    const QString projectId = auth.value(QStringLiteral("project_id")).toString();
    const QString name = spec.value(QStringLiteral("name")).toString();
    if (name.trimmed().isEmpty() || name.size() > 255)
        return api::novaError(400,
            QStringLiteral("Invalid input for field/attribute name. Value: %1. '%1' does not match "
                           "'^(?! )[a-zA-Z0-9. _-]+(?<! )$'")
                .arg(name));
    if (m_context->instanceQuota > 0) {
        int used = 0;
        for (const QJsonObject& server : m_context->store->items(kServers)) {
            if (server.value(QStringLiteral("project_id")).toString() == projectId
                && !server.value(QStringLiteral("deleted")).toBool())
                ++used;
        }
        // nova/exception.py OverQuota via servers.py: 403 with Nova's own wording.
        if (used >= m_context->instanceQuota)
            return api::novaError(403,
                QStringLiteral("Quota exceeded for instances: Requested 1, but already used %1 of %2 instances")
                    .arg(used)
                    .arg(m_context->instanceQuota));
    }
    const QString flavorRef = lastSegment(spec.value(QStringLiteral("flavorRef")).toVariant().toString());
    if (flavorRef.isEmpty())
        return api::novaError(
            400, QStringLiteral("Invalid input for field/attribute server. 'flavorRef' is a required property"));
    const QJsonObject flavorData = flavor(flavorRef);
    if (flavorData.isEmpty() || flavorData.value(QStringLiteral("id")).toString() != flavorRef)
        return api::novaError(400, QStringLiteral("Flavor %1 could not be found.").arg(flavorRef));
    const QString imageRef = lastSegment(spec.value(QStringLiteral("imageRef")).toString());
    if (imageRef.isEmpty()) {
        if (spec.contains(QStringLiteral("block_device_mapping_v2")))
            return api::novaError(400,
                QStringLiteral("The CloudTwin sandbox does not emulate booting from a volume; "
                               "pass imageRef."));
        return api::novaError(400,
            QStringLiteral("Block Device Mapping is Invalid: You specified more local devices "
                           "than the limit allows"));
    }
    const QJsonObject image = m_images->visibleImage(imageRef, projectId);
    if (image.isEmpty())
        return api::novaError(400, QStringLiteral("Image %1 could not be found.").arg(imageRef));
    if (str(image, "status") != QStringLiteral("active"))
        return api::novaError(400, QStringLiteral("Image %1 is not active.").arg(imageRef));
    if (image.value(QStringLiteral("min_disk")).toInt() > flavorData.value(QStringLiteral("disk")).toInt())
        return api::novaError(400,
            QStringLiteral("Flavor's disk is too small for requested image. Flavor disk is %1 "
                           "bytes, image is %2 bytes.")
                .arg(qint64(flavorData.value(QStringLiteral("disk")).toInt()) << 30)
                .arg(qint64(image.value(QStringLiteral("min_disk")).toInt()) << 30));

    QStringList networkIds;
    const QJsonValue networks = spec.value(QStringLiteral("networks"));
    if (networks.isUndefined()) {
        if (version >= 37)
            return api::novaError(
                400, QStringLiteral("Invalid input for field/attribute server. 'networks' is a required property"));
        networkIds.append(m_network->projectNetworkId(auth.value(QStringLiteral("project_name")).toString()));
    } else if (networks.isString()) {
        if (networks.toString() == QStringLiteral("auto"))
            networkIds.append(m_network->projectNetworkId(auth.value(QStringLiteral("project_name")).toString()));
        else if (networks.toString() != QStringLiteral("none"))
            return api::novaError(
                400, QStringLiteral("Invalid input for field/attribute networks. Value: %1.").arg(networks.toString()));
    } else {
        for (const QJsonValue& entry : networks.toArray()) {
            const QString uuid = entry.toObject().value(QStringLiteral("uuid")).toString();
            if (entry.toObject().contains(QStringLiteral("port")))
                return api::novaError(400,
                    QStringLiteral("The CloudTwin sandbox does not emulate booting on a "
                                   "pre-created port; pass networks with uuid."));
            if (m_network->usableNetwork(uuid, projectId).isEmpty())
                return api::novaError(400, QStringLiteral("Network %1 could not be found.").arg(uuid));
            networkIds.append(uuid);
        }
    }
    const QString keyName = spec.value(QStringLiteral("key_name")).toString();
    if (!keyName.isEmpty() && !m_context->store->contains(kKeypairs, str(auth, "user_id") + u'/' + keyName))
        return api::novaError(400, QStringLiteral("Invalid key_name provided."));
    QStringList groups;
    for (const QJsonValue& group : spec.value(QStringLiteral("security_groups")).toArray()) {
        const QString groupName = group.toObject().value(QStringLiteral("name")).toString();
        if (m_network->securityGroupId(projectId, groupName).isEmpty())
            return api::novaError(
                400, QStringLiteral("Security group %1 not found for project %2.").arg(groupName, projectId));
        groups.append(groupName);
    }
    if (groups.isEmpty())
        groups.append(QStringLiteral("default"));
    const QString az = spec.value(QStringLiteral("availability_zone")).toString(kZone);
    if (az != kZone)
        return api::novaError(400, QStringLiteral("The requested availability zone is not available"));
    const QJsonObject metadata = spec.value(QStringLiteral("metadata")).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (!it.value().isString())
            return api::novaError(400,
                QStringLiteral("Invalid input for field/attribute metadata. Value: %1 is not of type 'string'")
                    .arg(it.key()));
    }

    const QString id = newServer(auth, name, flavorData, image, networkIds, keyName, metadata, groups);
    QJsonObject server = m_context->store->item(kServers, id);
    if (version >= 19 && spec.contains(QStringLiteral("description")))
        server.insert(QStringLiteral("description"), spec.value(QStringLiteral("description")));
    if (version >= 52 && spec.contains(QStringLiteral("tags")))
        server.insert(QStringLiteral("tags"), spec.value(QStringLiteral("tags")));
    m_context->store->put(kServers, server);
    // Metadata "sandbox:fail" makes the build end in ERROR with that fault message (for UI and DR tests).
    const QString failure = metadata.value(QStringLiteral("sandbox:fail")).toString();
    QJsonObject done = failure.isEmpty() ? statusFields(QStringLiteral("ACTIVE"), QStringLiteral("active"), 1)
                                         : statusFields(QStringLiteral("ERROR"), QStringLiteral("error"), 0);
    if (failure.isEmpty()) {
        done.insert(QStringLiteral("launched_ms"), SandboxStore::nowMs() + m_context->buildDelayMs);
    } else {
        done.insert(QStringLiteral("fault"),
            QJsonObject {{QStringLiteral("code"), 500},
                {QStringLiteral("created"), api::isoTime(SandboxStore::nowMs() + m_context->buildDelayMs)},
                {QStringLiteral("message"), failure}});
    }
    m_context->store->schedule(kServers, id, m_context->buildDelayMs, done);

    QJsonArray groupArray;
    for (const QString& group : groups)
        groupArray.append(QJsonObject {{QStringLiteral("name"), group}});
    QByteArray password(12, Qt::Uninitialized);
    for (char& c : password)
        c = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"[QRandomGenerator::global()->bounded(57)];
    return HttpResponse::json(202,
        QJsonObject {{QStringLiteral("server"),
            QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("links"), links(QStringLiteral("servers"), id)},
                {QStringLiteral("OS-DCF:diskConfig"), QStringLiteral("MANUAL")},
                {QStringLiteral("security_groups"), groupArray},
                {QStringLiteral("adminPass"), QString::fromLatin1(password)}}}})
        .header(QByteArrayLiteral("Location"),
            (m_context->baseUrl + QStringLiteral("/compute/v2.1/servers/") + id).toUtf8());
}

QString ComputeService::createSeeded(const QString& projectName, const QString& name, const QString& flavorId,
    const QString& imageName, const QString& status)
{
    const QString projectId = IdentityService::projectId(projectName);
    for (const QJsonObject& server : m_context->store->items(kServers)) {
        if (server.value(QStringLiteral("project_id")).toString() == projectId && str(server, "name") == name
            && !server.value(QStringLiteral("deleted")).toBool())
            return str(server, "id"); // seeding twice does not duplicate
    }
    return createSeededServer(projectName, name, flavorId, imageName, status);
}

QStringList ComputeService::createMany(const QString& projectName, const QString& prefix, int count)
{
    const QString projectId = IdentityService::projectId(projectName);
    QSet<QString> taken;
    for (const QJsonObject& server : m_context->store->items(kServers)) {
        if (server.value(QStringLiteral("project_id")).toString() == projectId
            && !server.value(QStringLiteral("deleted")).toBool())
            taken.insert(str(server, "name"));
    }
    static const QStringList kFlavors {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    static const QStringList kImages {
        QStringLiteral("cirros-0.6"), QStringLiteral("ubuntu-22.04"), QStringLiteral("debian-12")};
    QStringList ids;
    for (int i = 1; i <= count; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
        if (taken.contains(name))
            continue;
        ids << createSeededServer(projectName, name, kFlavors.at(i % kFlavors.size()), kImages.at(i % kImages.size()),
            i % 3 == 0 ? QStringLiteral("SHUTOFF") : QStringLiteral("ACTIVE"));
    }
    return ids;
}

QString ComputeService::createSeededServer(const QString& projectName, const QString& name, const QString& flavorId,
    const QString& imageName, const QString& status)
{
    const QString projectId = IdentityService::projectId(projectName);
    const AuthContext auth {{QStringLiteral("project_id"), projectId}, {QStringLiteral("project_name"), projectName},
        {QStringLiteral("user_id"), IdentityService::userId(projectName)}};
    const QJsonObject image = m_images->visibleImage(api::stableId(QStringLiteral("image-") + imageName), projectId);
    const QString id = newServer(auth, name, flavor(flavorId), image, {m_network->projectNetworkId(projectName)}, {},
        QJsonObject {{QStringLiteral("sandbox:seeded"), QStringLiteral("true")}}, {QStringLiteral("default")});
    QJsonObject server = m_context->store->item(kServers, id);
    const bool active = status == QStringLiteral("ACTIVE");
    const QJsonObject fields
        = statusFields(status, active ? QStringLiteral("active") : QStringLiteral("stopped"), active ? 1 : 4);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        server.insert(it.key(), it.value());
    server.insert(QStringLiteral("launched_ms"), SandboxStore::nowMs());
    m_context->store->put(kServers, server);
    return id;
}

HttpResponse ComputeService::deleteServer(const QString& id)
{
    QJsonObject server = m_context->store->item(kServers, id);
    for (const QJsonValue& volume : server.value(QStringLiteral("volumes")).toArray())
        m_volumes->detach(volume.toObject().value(QStringLiteral("id")).toString());
    m_network->releaseServerPorts(id);
    QFile::remove(m_context->store->filePath(QStringLiteral("disks"), id));
    // Keep a tombstone: changes-since must report the deletion.
    server.remove(QStringLiteral("_pending"));
    const QJsonObject fields = statusFields(QStringLiteral("DELETED"), QStringLiteral("deleted"), 0);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        server.insert(it.key(), it.value());
    server.insert(QStringLiteral("deleted"), true);
    server.insert(QStringLiteral("volumes"), QJsonArray());
    m_context->store->put(kServers, server);
    return HttpResponse::empty(204);
}

HttpResponse ComputeService::serverAction(
    const HttpRequest& request, const QString& id, const AuthContext& auth, int version)
{
    QJsonObject body;
    if (!request.jsonBody(&body) || body.isEmpty())
        return api::novaError(400, QStringLiteral("Malformed request body"));
    const QString action = body.constBegin().key();
    const QJsonValue argument = body.constBegin().value();
    QJsonObject server = m_context->store->item(kServers, id);
    const QString vm = str(server, "vm_state");
    const bool idle = str(server, "task_state").isEmpty();
    const int delay = m_context->actionDelayMs;
    const auto begin = [&](const QString& status, const QString& task) {
        server.insert(QStringLiteral("status"), status);
        server.insert(QStringLiteral("task_state"), task);
        m_context->store->put(kServers, server);
    };

    if (action == QStringLiteral("os-stop")) {
        if (!idle || !(vm == QStringLiteral("active") || vm == QStringLiteral("error")))
            return invalidState(QStringLiteral("stop"), server);
        begin(str(server, "status"), QStringLiteral("powering-off"));
        m_context->store->schedule(
            kServers, id, delay, statusFields(QStringLiteral("SHUTOFF"), QStringLiteral("stopped"), 4));
        return HttpResponse::empty(202);
    }
    if (action == QStringLiteral("os-start")) {
        if (!idle || vm != QStringLiteral("stopped"))
            return invalidState(QStringLiteral("start"), server);
        begin(str(server, "status"), QStringLiteral("powering-on"));
        m_context->store->schedule(
            kServers, id, delay, statusFields(QStringLiteral("ACTIVE"), QStringLiteral("active"), 1));
        return HttpResponse::empty(202);
    }
    if (action == QStringLiteral("reboot")) {
        const QString type = argument.toObject().value(QStringLiteral("type")).toString().toUpper();
        if (type != QStringLiteral("SOFT") && type != QStringLiteral("HARD"))
            return api::novaError(400,
                QStringLiteral("Invalid input for field/attribute type. Value: %1. '%1' is not one "
                               "of ['HARD', 'Hard', 'hard', 'SOFT', 'Soft', 'soft']")
                    .arg(type));
        const bool hard = type == QStringLiteral("HARD");
        const bool allowed = hard
            ? (vm == QStringLiteral("active") || vm == QStringLiteral("stopped") || vm == QStringLiteral("error"))
            : vm == QStringLiteral("active");
        if (!idle || !allowed)
            return invalidState(QStringLiteral("reboot"), server);
        begin(hard ? QStringLiteral("HARD_REBOOT") : QStringLiteral("REBOOT"),
            hard ? QStringLiteral("reboot_started_hard") : QStringLiteral("reboot_started"));
        m_context->store->schedule(
            kServers, id, delay, statusFields(QStringLiteral("ACTIVE"), QStringLiteral("active"), 1));
        return HttpResponse::empty(202);
    }
    if (action == QStringLiteral("resize")) {
        const QString flavorRef
            = lastSegment(argument.toObject().value(QStringLiteral("flavorRef")).toVariant().toString());
        if (flavorRef.isEmpty())
            return api::novaError(
                400, QStringLiteral("Invalid input for field/attribute resize. 'flavorRef' is a required property"));
        const QJsonObject target = flavor(flavorRef);
        if (target.isEmpty() || str(target, "id") != flavorRef)
            return api::novaError(400, QStringLiteral("Flavor %1 could not be found.").arg(flavorRef));
        if (!idle || !(vm == QStringLiteral("active") || vm == QStringLiteral("stopped")))
            return invalidState(QStringLiteral("resize"), server);
        if (flavorRef == str(server, "flavor_id"))
            return api::novaError(400, QStringLiteral("When resizing, instances must change flavor!"));
        server.insert(QStringLiteral("_resize_from"), vm);
        begin(QStringLiteral("RESIZE"), QStringLiteral("resize_prep"));
        QJsonObject fields = statusFields(
            QStringLiteral("VERIFY_RESIZE"), QStringLiteral("resized"), vm == QStringLiteral("active") ? 1 : 4);
        fields.insert(QStringLiteral("flavor_id"), flavorRef);
        fields.insert(QStringLiteral("_old_flavor_id"), str(server, "flavor_id"));
        m_context->store->schedule(kServers, id, delay, fields);
        return HttpResponse::empty(202);
    }
    if (action == QStringLiteral("confirmResize") || action == QStringLiteral("revertResize")) {
        const bool confirm = action == QStringLiteral("confirmResize");
        if (!idle || vm != QStringLiteral("resized"))
            return invalidState(action, server);
        const bool wasActive = str(server, "_resize_from") != QStringLiteral("stopped");
        QJsonObject fields = wasActive ? statusFields(QStringLiteral("ACTIVE"), QStringLiteral("active"), 1)
                                       : statusFields(QStringLiteral("SHUTOFF"), QStringLiteral("stopped"), 4);
        if (confirm) {
            for (auto it = fields.begin(); it != fields.end(); ++it)
                server.insert(it.key(), it.value());
            server.remove(QStringLiteral("_old_flavor_id"));
            m_context->store->put(kServers, server);
            return HttpResponse::empty(204);
        }
        fields.insert(QStringLiteral("flavor_id"), str(server, "_old_flavor_id"));
        begin(QStringLiteral("REVERT_RESIZE"), QStringLiteral("resize_reverting"));
        m_context->store->schedule(kServers, id, delay, fields);
        return HttpResponse::empty(202);
    }
    if (action == QStringLiteral("createImage")) {
        const QJsonObject spec = argument.toObject();
        const QString imageName = spec.value(QStringLiteral("name")).toString();
        if (imageName.trimmed().isEmpty())
            return api::novaError(
                400, QStringLiteral("Invalid input for field/attribute createImage. 'name' is a required property"));
        static const QStringList allowed = {
            QStringLiteral("active"), QStringLiteral("stopped"), QStringLiteral("paused"), QStringLiteral("suspended")};
        if (!idle || !allowed.contains(vm))
            return invalidState(QStringLiteral("createImage"), server);
        // Snapshot properties as Nova sets them: inherited base image properties, then the request's metadata.
        const QJsonObject base = m_context->store->item(QStringLiteral("images"), str(server, "image_id"));
        QJsonObject properties;
        for (const QString& key :
            {QStringLiteral("os_distro"), QStringLiteral("os_version"), QStringLiteral("hw_qemu_guest_agent")}) {
            if (base.contains(key))
                properties.insert(key, base.value(key));
        }
        properties.insert(QStringLiteral("image_type"), QStringLiteral("snapshot"));
        properties.insert(QStringLiteral("instance_uuid"), id);
        properties.insert(QStringLiteral("base_image_ref"), str(server, "image_id"));
        properties.insert(QStringLiteral("owner_user_name"), auth.value(QStringLiteral("user_name")));
        properties.insert(QStringLiteral("owner_project_name"), auth.value(QStringLiteral("project_name")));
        properties.insert(QStringLiteral("min_disk"), flavor(str(server, "flavor_id")).value(QStringLiteral("disk")));
        properties.insert(
            QStringLiteral("disk_format"), base.value(QStringLiteral("disk_format")).toString(QStringLiteral("qcow2")));
        properties.insert(QStringLiteral("container_format"), QStringLiteral("bare"));
        const QJsonObject metadata = spec.value(QStringLiteral("metadata")).toObject();
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            properties.insert(it.key(), it.value());
        const QString imageId = m_images->createFromFile(str(server, "project_id"), str(server, "user_id"), imageName,
            m_context->store->filePath(QStringLiteral("disks"), id), properties, delay);
        begin(str(server, "status"), QStringLiteral("image_snapshot"));
        QJsonObject fields {{QStringLiteral("task_state"), QJsonValue::Null}};
        m_context->store->schedule(kServers, id, delay, fields);
        if (version >= 45)
            return HttpResponse::json(202, QJsonObject {{QStringLiteral("image_id"), imageId}});
        return HttpResponse::empty(202).header(QByteArrayLiteral("Location"),
            (m_context->baseUrl + QStringLiteral("/image/v2/images/") + imageId).toUtf8());
    }
    return api::novaError(400, QStringLiteral("There is no such action: %1").arg(action));
}

HttpResponse ComputeService::metadata(const HttpRequest& request, const QString& id)
{
    QJsonObject server = m_context->store->item(kServers, id);
    if (request.method == "GET")
        return HttpResponse::json(
            200, QJsonObject {{QStringLiteral("metadata"), server.value(QStringLiteral("metadata"))}});
    if (request.method != "PUT" && request.method != "POST")
        return api::novaError(405, QStringLiteral("The method is not allowed."));
    QJsonObject body;
    if (!request.jsonBody(&body) || !body.value(QStringLiteral("metadata")).isObject())
        return api::novaError(400, QStringLiteral("Malformed request body"));
    QJsonObject metadata
        = request.method == "PUT" ? QJsonObject() : server.value(QStringLiteral("metadata")).toObject();
    const QJsonObject changes = body.value(QStringLiteral("metadata")).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        metadata.insert(it.key(), it.value());
    server.insert(QStringLiteral("metadata"), metadata);
    m_context->store->put(kServers, server);
    return HttpResponse::json(200, QJsonObject {{QStringLiteral("metadata"), metadata}});
}

HttpResponse ComputeService::volumeAttachments(
    const HttpRequest& request, const QString& serverId, const QString& volumeId, const AuthContext& auth, int version)
{
    QJsonObject server = m_context->store->item(kServers, serverId);
    const auto attachment = [&](const QString& vid, const QString& device) {
        QJsonObject out {{QStringLiteral("device"), device}, {QStringLiteral("serverId"), serverId},
            {QStringLiteral("volumeId"), vid}};
        if (version < 89)
            out.insert(QStringLiteral("id"), vid);
        if (version >= 70)
            out.insert(QStringLiteral("tag"), QJsonValue::Null);
        if (version >= 79)
            out.insert(QStringLiteral("delete_on_termination"), false);
        if (version >= 89) {
            out.insert(QStringLiteral("attachment_id"), api::stableId(QStringLiteral("attachment-") + serverId + vid));
            out.insert(QStringLiteral("bdm_uuid"), api::stableId(QStringLiteral("bdm-") + serverId + vid));
        }
        return out;
    };
    QJsonArray volumes = server.value(QStringLiteral("volumes")).toArray();
    if (volumeId.isEmpty() && request.method == "GET") {
        QJsonArray out;
        for (const QJsonValue& volume : volumes)
            out.append(attachment(volume.toObject().value(QStringLiteral("id")).toString(),
                volume.toObject().value(QStringLiteral("device")).toString()));
        return HttpResponse::json(200, QJsonObject {{QStringLiteral("volumeAttachments"), out}});
    }
    if (volumeId.isEmpty() && request.method == "POST") {
        QJsonObject body;
        if (!request.jsonBody(&body))
            return api::novaError(400, QStringLiteral("Malformed request body"));
        const QString vid
            = body.value(QStringLiteral("volumeAttachment")).toObject().value(QStringLiteral("volumeId")).toString();
        const QJsonObject volume = m_volumes->volume(vid);
        if (volume.isEmpty() || volume.value(QStringLiteral("project_id")) != auth.value(QStringLiteral("project_id")))
            return api::novaError(404, QStringLiteral("Volume %1 could not be found.").arg(vid));
        static const QStringList allowed = {QStringLiteral("active"), QStringLiteral("stopped"),
            QStringLiteral("paused"), QStringLiteral("suspended"), QStringLiteral("resized")};
        if (!str(server, "task_state").isEmpty() || !allowed.contains(str(server, "vm_state")))
            return invalidState(QStringLiteral("attach_volume"), server);
        if (str(volume, "status") != QStringLiteral("available"))
            return api::novaError(400,
                QStringLiteral("Invalid volume: volume '%1' status must be 'available'. Currently in '%2'")
                    .arg(vid, str(volume, "status")));
        const QString device = QStringLiteral("/dev/vd") + QChar(char16_t(u'b' + volumes.size()));
        volumes.append(QJsonObject {{QStringLiteral("id"), vid}, {QStringLiteral("device"), device},
            {QStringLiteral("delete_on_termination"), false}});
        server.insert(QStringLiteral("volumes"), volumes);
        m_context->store->put(kServers, server);
        m_volumes->attach(vid, serverId, device);
        return HttpResponse::json(200, QJsonObject {{QStringLiteral("volumeAttachment"), attachment(vid, device)}});
    }
    if (volumeId.isEmpty())
        return api::novaError(405, QStringLiteral("The method is not allowed."));
    qsizetype index = -1;
    for (qsizetype i = 0; i < volumes.size(); ++i) {
        if (volumes[i].toObject().value(QStringLiteral("id")).toString() == volumeId)
            index = i;
    }
    if (index < 0)
        return api::novaError(404, QStringLiteral("Volume %1 is not attached to the server.").arg(volumeId));
    if (request.method == "GET")
        return HttpResponse::json(200,
            QJsonObject {{QStringLiteral("volumeAttachment"),
                attachment(volumeId, volumes[index].toObject().value(QStringLiteral("device")).toString())}});
    if (request.method == "DELETE") {
        if (!str(server, "task_state").isEmpty())
            return invalidState(QStringLiteral("detach_volume"), server);
        volumes.removeAt(index);
        server.insert(QStringLiteral("volumes"), volumes);
        m_context->store->put(kServers, server);
        m_volumes->detach(volumeId);
        return HttpResponse::empty(202);
    }
    return api::novaError(405, QStringLiteral("The method is not allowed."));
}

HttpResponse ComputeService::flavors(const HttpRequest& request, const QString& id, bool detail, int version) const
{
    Q_UNUSED(request)
    const auto render = [&](const Flavor& f) {
        const QString fid = QString::fromLatin1(f.id);
        QJsonObject out {{QStringLiteral("id"), fid}, {QStringLiteral("name"), QString::fromLatin1(f.name)},
            {QStringLiteral("links"), links(QStringLiteral("flavors"), fid)}};
        if (version >= 55)
            out.insert(QStringLiteral("description"), QJsonValue::Null);
        if (!detail)
            return out;
        out.insert(QStringLiteral("vcpus"), f.vcpus);
        out.insert(QStringLiteral("ram"), f.ram);
        out.insert(QStringLiteral("disk"), f.disk);
        out.insert(QStringLiteral("swap"), version >= 75 ? QJsonValue(0) : QJsonValue(QString()));
        out.insert(QStringLiteral("OS-FLV-EXT-DATA:ephemeral"), 0);
        out.insert(QStringLiteral("OS-FLV-DISABLED:disabled"), false);
        out.insert(QStringLiteral("os-flavor-access:is_public"), true);
        out.insert(QStringLiteral("rxtx_factor"), 1.0);
        if (version >= 61)
            out.insert(QStringLiteral("extra_specs"), QJsonObject());
        return out;
    };
    if (!id.isEmpty()) {
        for (const Flavor& f : kFlavors) {
            if (id == QLatin1String(f.id))
                return HttpResponse::json(200, QJsonObject {{QStringLiteral("flavor"), render(f)}});
        }
        return api::novaError(404, QStringLiteral("Flavor %1 could not be found.").arg(id));
    }
    QJsonArray out;
    for (const Flavor& f : kFlavors)
        out.append(render(f));
    return HttpResponse::json(200, QJsonObject {{QStringLiteral("flavors"), out}});
}

HttpResponse ComputeService::keypairs(
    const HttpRequest& request, const QString& name, const AuthContext& auth, int version)
{
    const QString userId = str(auth, "user_id");
    const auto render = [&](const QJsonObject& keypair, bool full) {
        QJsonObject out {{QStringLiteral("name"), keypair.value(QStringLiteral("name"))},
            {QStringLiteral("public_key"), keypair.value(QStringLiteral("public_key"))},
            {QStringLiteral("fingerprint"), keypair.value(QStringLiteral("fingerprint"))}};
        if (version >= 2)
            out.insert(QStringLiteral("type"), keypair.value(QStringLiteral("type")));
        if (full) {
            out.insert(QStringLiteral("user_id"), userId);
            out.insert(QStringLiteral("created_at"),
                api::isoTimeMicro(keypair.value(QStringLiteral("_created_ms")).toInteger()));
            out.insert(QStringLiteral("deleted"), false);
            out.insert(QStringLiteral("deleted_at"), QJsonValue::Null);
            out.insert(QStringLiteral("updated_at"), QJsonValue::Null);
            out.insert(QStringLiteral("id"), keypair.value(QStringLiteral("_seq")));
        }
        return out;
    };
    if (name.isEmpty() && request.method == "GET") {
        QJsonArray out;
        for (const QJsonObject& keypair : m_context->store->items(kKeypairs)) {
            if (str(keypair, "user_id") == userId)
                out.append(QJsonObject {{QStringLiteral("keypair"), render(keypair, false)}});
        }
        return HttpResponse::json(200, QJsonObject {{QStringLiteral("keypairs"), out}});
    }
    if (name.isEmpty() && request.method == "POST") {
        QJsonObject body;
        if (!request.jsonBody(&body) || !body.value(QStringLiteral("keypair")).isObject())
            return api::novaError(400, QStringLiteral("Invalid input for field/attribute keypair."));
        const QJsonObject spec = body.value(QStringLiteral("keypair")).toObject();
        const QString keyName = spec.value(QStringLiteral("name")).toString();
        static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9 _.@-]{1,255}$"));
        if (!valid.match(keyName).hasMatch())
            return api::novaError(
                400, QStringLiteral("Keypair data is invalid: Keypair name contains unsafe characters"));
        if (m_context->store->contains(kKeypairs, userId + u'/' + keyName))
            return api::novaError(409, QStringLiteral("Key pair '%1' already exists.").arg(keyName));
        QString publicKey = spec.value(QStringLiteral("public_key")).toString();
        QString privateKey;
        if (publicKey.isEmpty()) {
            if (version >= 92)
                return api::novaError(400,
                    QStringLiteral("Invalid input for field/attribute keypair. 'public_key' is a required property"));
            // Nova generates a key pair before 2.92. The sandbox's is only shaped like one (no SSH login exists).
            QByteArray blob(279, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(blob.data()), 69);
            blob.replace(0, 11, QByteArray("\0\0\0\x07ssh-rsa", 11));
            publicKey = QStringLiteral("ssh-rsa ") + QString::fromLatin1(blob.toBase64())
                + QStringLiteral(" Generated-by-Nova");
            privateKey = QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\n%1\n-----END OPENSSH PRIVATE KEY-----\n")
                             .arg(QString::fromLatin1(blob.toBase64()));
        }
        const QStringList words = publicKey.split(u' ', Qt::SkipEmptyParts);
        const QByteArray decoded = QByteArray::fromBase64(words.value(1).toLatin1());
        if (words.size() < 2 || decoded.isEmpty())
            return api::novaError(400, QStringLiteral("Keypair data is invalid: failed to generate fingerprint"));
        const QByteArray md5 = QCryptographicHash::hash(decoded, QCryptographicHash::Md5).toHex();
        QStringList pairs;
        for (int i = 0; i < md5.size(); i += 2)
            pairs.append(QString::fromLatin1(md5.mid(i, 2)));
        const QJsonObject keypair {{QStringLiteral("name"), keyName}, {QStringLiteral("user_id"), userId},
            {QStringLiteral("public_key"), publicKey}, {QStringLiteral("fingerprint"), pairs.join(u':')},
            {QStringLiteral("type"), spec.value(QStringLiteral("type")).toString(QStringLiteral("ssh"))}};
        m_context->store->put(kKeypairs, keypair, userId + u'/' + keyName);
        QJsonObject out = render(m_context->store->item(kKeypairs, userId + u'/' + keyName), false);
        out.insert(QStringLiteral("user_id"), userId);
        if (!privateKey.isEmpty())
            out.insert(QStringLiteral("private_key"), privateKey);
        return HttpResponse::json(version >= 2 ? 201 : 200, QJsonObject {{QStringLiteral("keypair"), out}});
    }
    if (name.isEmpty())
        return api::novaError(405, QStringLiteral("The method is not allowed."));
    const QJsonObject keypair = m_context->store->item(kKeypairs, userId + u'/' + name);
    if (keypair.isEmpty())
        return api::novaError(404, QStringLiteral("Keypair %1 not found for user %2").arg(name, userId));
    if (request.method == "GET")
        return HttpResponse::json(200, QJsonObject {{QStringLiteral("keypair"), render(keypair, true)}});
    if (request.method == "DELETE") {
        m_context->store->remove(kKeypairs, userId + u'/' + name);
        return HttpResponse::empty(version >= 2 ? 204 : 202);
    }
    return api::novaError(405, QStringLiteral("The method is not allowed."));
}

} // namespace ct::sandbox
