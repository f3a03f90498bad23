#include "volumeservice.h"

#include "imageservice.h"
#include "sandboxapi.h"

#include <QFile>
#include <QRegularExpression>

namespace ct::sandbox {

namespace {

const QString kVolumes = QStringLiteral("volumes");
constexpr int kMinVersion = 0; // 3.0
constexpr int kMaxVersion = 70; // 3.70 (Zed)

HttpResponse notFound(const QString& id)
{
    return api::novaError(404, QStringLiteral("Volume %1 could not be found.").arg(id));
}

} // namespace

VolumeService::VolumeService(SandboxContext* context, ImageService* images)
    : m_context(context)
    , m_images(images)
{ }

QJsonObject VolumeService::volume(const QString& id) const { return m_context->store->item(kVolumes, id); }

void VolumeService::attach(const QString& volumeId, const QString& serverId, const QString& device)
{
    QJsonObject object = volume(volumeId);
    const qint64 now = SandboxStore::nowMs();
    const QString attachmentId = api::newId();
    object.insert(QStringLiteral("status"), QStringLiteral("attaching"));
    object.insert(QStringLiteral("attachments"),
        QJsonArray {QJsonObject {{QStringLiteral("id"), volumeId}, {QStringLiteral("attachment_id"), attachmentId},
            {QStringLiteral("volume_id"), volumeId}, {QStringLiteral("server_id"), serverId},
            {QStringLiteral("host_name"), QJsonValue::Null}, {QStringLiteral("device"), device},
            {QStringLiteral("attached_at"), api::isoTimeMicro(now)}}});
    m_context->store->put(kVolumes, object);
    m_context->store->schedule(kVolumes, volumeId, m_context->actionDelayMs,
        QJsonObject {{QStringLiteral("status"), QStringLiteral("in-use")}});
}

void VolumeService::detach(const QString& volumeId)
{
    QJsonObject object = volume(volumeId);
    if (object.isEmpty())
        return;
    object.insert(QStringLiteral("status"), QStringLiteral("detaching"));
    m_context->store->put(kVolumes, object);
    m_context->store->schedule(kVolumes, volumeId, m_context->actionDelayMs,
        QJsonObject {
            {QStringLiteral("status"), QStringLiteral("available")}, {QStringLiteral("attachments"), QJsonArray()}});
}

QJsonObject VolumeService::render(const QJsonObject& volume) const
{
    QJsonObject out = api::publicView(volume);
    const QString id = volume.value(QStringLiteral("id")).toString();
    const QString project = volume.value(QStringLiteral("project_id")).toString();
    out.remove(QStringLiteral("project_id"));
    out.insert(
        QStringLiteral("created_at"), api::isoTimeMicro(volume.value(QStringLiteral("_created_ms")).toInteger()));
    out.insert(
        QStringLiteral("updated_at"), api::isoTimeMicro(volume.value(QStringLiteral("_updated_ms")).toInteger()));
    out.insert(QStringLiteral("links"),
        QJsonArray {QJsonObject {{QStringLiteral("rel"), QStringLiteral("self")},
                        {QStringLiteral("href"),
                            QString(m_context->baseUrl + QStringLiteral("/volume/v3/") + project
                                + QStringLiteral("/volumes/") + id)}},
            QJsonObject {{QStringLiteral("rel"), QStringLiteral("bookmark")},
                {QStringLiteral("href"),
                    QString(m_context->baseUrl + QStringLiteral("/volume/") + project + QStringLiteral("/volumes/")
                        + id)}}});
    return out;
}

HttpResponse VolumeService::handle(const HttpRequest& request, const QString& path, const AuthContext& auth)
{
    // Microversion: "OpenStack-API-Version: volume 3.x" (default 3.0).
    int minor = kMinVersion;
    for (const QByteArray& part : request.header("openstack-api-version").split(',')) {
        const QList<QByteArray> words = part.trimmed().split(' ');
        if (words.size() == 2 && words.first() == "volume") {
            if (words.last() == "latest") {
                minor = kMaxVersion;
                continue;
            }
            const QList<QByteArray> numbers = words.last().split('.');
            bool okMajor = false, okMinor = false;
            const int major = numbers.value(0).toInt(&okMajor);
            minor = numbers.value(1).toInt(&okMinor);
            if (numbers.size() != 2 || !okMajor || !okMinor)
                return api::novaError(400,
                    QStringLiteral("API Version String %1 is of invalid format. Must be of format "
                                   "MajorNum.MinorNum.")
                        .arg(QString::fromLatin1(words.last())));
            if (major != 3 || minor > kMaxVersion)
                return api::novaError(406,
                    QStringLiteral("Version %1 is not supported by the API. Minimum is 3.0 and "
                                   "maximum is 3.%2.")
                        .arg(QString::fromLatin1(words.last()))
                        .arg(kMaxVersion));
        }
    }
    static const QRegularExpression volumePath(QStringLiteral("^/v3/([^/]+)/volumes(?:/([^/]+))?(/action)?$"));
    const QRegularExpressionMatch match = volumePath.match(path);
    HttpResponse response;
    if (!match.hasMatch()) {
        response = api::novaError(404, QStringLiteral("The resource could not be found."));
    } else if (match.captured(1) != auth.value(QStringLiteral("project_id")).toString()) {
        response = api::novaError(403, QStringLiteral("Policy doesn't allow volume:get_all to be performed."));
    } else {
        const QString id = match.captured(2);
        const bool isAction = !match.captured(3).isEmpty();
        if (id.isEmpty() || (id == QStringLiteral("detail") && !isAction)) {
            if (request.method == "GET")
                response = list(request, auth, !id.isEmpty());
            else if (request.method == "POST" && id.isEmpty())
                response = create(request, auth);
            else
                response = api::novaError(405, QStringLiteral("The method is not allowed."));
        } else {
            const QJsonObject object = volume(id);
            if (object.isEmpty()
                || object.value(QStringLiteral("project_id")) != auth.value(QStringLiteral("project_id")))
                response = notFound(id);
            else if (isAction && request.method == "POST")
                response = action(request, id, auth);
            else if (!isAction && request.method == "GET")
                response = HttpResponse::json(200, QJsonObject {{QStringLiteral("volume"), render(object)}});
            else if (!isAction && request.method == "DELETE")
                response = remove(id);
            else
                response = api::novaError(405, QStringLiteral("The method is not allowed."));
        }
    }
    response.header(QByteArrayLiteral("OpenStack-API-Version"), "volume 3." + QByteArray::number(minor));
    response.header(QByteArrayLiteral("Vary"), QByteArrayLiteral("OpenStack-API-Version"));
    return response;
}

HttpResponse VolumeService::list(const HttpRequest& request, const AuthContext& auth, bool detail) const
{
    const QString projectId = auth.value(QStringLiteral("project_id")).toString();
    const QString name = request.query.queryItemValue(QStringLiteral("name"));
    const QString status = request.query.queryItemValue(QStringLiteral("status"));
    QList<QJsonObject> volumes;
    for (const QJsonObject& object : m_context->store->items(kVolumes)) {
        if (object.value(QStringLiteral("project_id")).toString() != projectId)
            continue;
        if (!name.isEmpty() && object.value(QStringLiteral("name")).toString() != name)
            continue;
        if (!status.isEmpty() && object.value(QStringLiteral("status")).toString() != status)
            continue;
        volumes.append(object);
    }
    std::sort(volumes.begin(), volumes.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("_seq")).toInteger() > b.value(QStringLiteral("_seq")).toInteger();
    });
    bool badLimit = false;
    const api::Page page = api::paginate(volumes, request.query, 1000, 1000, &badLimit);
    if (badLimit)
        return api::novaError(400, QStringLiteral("limit param must be an integer"));
    if (page.markerMissing)
        return api::novaError(404,
            QStringLiteral("Marker %1 could not be found.")
                .arg(request.query.queryItemValue(QStringLiteral("marker"))));
    QJsonArray out;
    for (const QJsonObject& object : page.items) {
        if (detail) {
            out.append(render(object));
        } else {
            const QJsonObject full = render(object);
            out.append(QJsonObject {{QStringLiteral("id"), full.value(QStringLiteral("id"))},
                {QStringLiteral("name"), full.value(QStringLiteral("name"))},
                {QStringLiteral("links"), full.value(QStringLiteral("links"))}});
        }
    }
    QJsonObject body {{QStringLiteral("volumes"), out}};
    if (page.full) {
        const QString base = m_context->baseUrl + QStringLiteral("/volume/v3/") + projectId
            + (detail ? QStringLiteral("/volumes/detail") : QStringLiteral("/volumes"));
        body.insert(QStringLiteral("volumes_links"),
            QJsonArray {QJsonObject {{QStringLiteral("rel"), QStringLiteral("next")},
                {QStringLiteral("href"),
                    api::nextLink(
                        base, request.query, page.limit, page.items.last().value(QStringLiteral("id")).toString())}}});
    }
    return HttpResponse::json(200, body);
}

HttpResponse VolumeService::create(const HttpRequest& request, const AuthContext& auth)
{
    QJsonObject body;
    if (!request.jsonBody(&body) || !body.value(QStringLiteral("volume")).isObject())
        return api::novaError(400, QStringLiteral("Missing required element 'volume' in request body."));
    const QJsonObject spec = body.value(QStringLiteral("volume")).toObject();
    const QJsonValue sizeValue = spec.value(QStringLiteral("size"));
    const int size = sizeValue.isString() ? sizeValue.toString().toInt() : sizeValue.toInt();
    const QString imageRef = spec.value(QStringLiteral("imageRef")).toString();
    if (size < 1)
        return api::novaError(400,
            QStringLiteral("Invalid input for field/attribute size. Value: %1. %1 is less than the "
                           "minimum of 1")
                .arg(sizeValue.toVariant().toString()));
    const QString projectId = auth.value(QStringLiteral("project_id")).toString();
    const QString az = spec.value(QStringLiteral("availability_zone")).toString(QStringLiteral("nova"));
    if (az != QStringLiteral("nova"))
        return api::novaError(
            400, QStringLiteral("Invalid input received: Availability zone '%1' is invalid.").arg(az));
    QJsonObject image;
    if (!imageRef.isEmpty()) {
        image = m_images->visibleImage(imageRef, projectId);
        if (image.isEmpty())
            return api::novaError(404, QStringLiteral("Image %1 could not be found.").arg(imageRef));
        if (image.value(QStringLiteral("status")).toString() != QStringLiteral("active"))
            return api::novaError(400, QStringLiteral("Invalid input received: Image %1 is not active.").arg(imageRef));
    }
    const QString id = api::newId();
    const QString file = m_context->store->filePath(kVolumes, id);
    QFile::remove(file);
    if (!image.isEmpty()) {
        QFile::copy(m_images->imageFile(imageRef), file);
    } else {
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write("CLOUDTWIN-SANDBOX-VOLUME " + id.toLatin1() + '\n');
    }
    QJsonObject object {{QStringLiteral("id"), id}, {QStringLiteral("project_id"), projectId},
        {QStringLiteral("user_id"), auth.value(QStringLiteral("user_id"))},
        {QStringLiteral("name"), spec.value(QStringLiteral("name")).toString()},
        {QStringLiteral("description"),
            spec.contains(QStringLiteral("description")) ? spec.value(QStringLiteral("description"))
                                                         : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("size"), size}, {QStringLiteral("status"), QStringLiteral("creating")},
        {QStringLiteral("availability_zone"), az},
        {QStringLiteral("bootable"), image.isEmpty() ? QStringLiteral("false") : QStringLiteral("true")},
        {QStringLiteral("encrypted"), false}, {QStringLiteral("multiattach"), false},
        {QStringLiteral("attachments"), QJsonArray()},
        {QStringLiteral("metadata"), spec.value(QStringLiteral("metadata")).toObject()},
        {QStringLiteral("snapshot_id"), QJsonValue::Null}, {QStringLiteral("source_volid"), QJsonValue::Null},
        {QStringLiteral("consistencygroup_id"), QJsonValue::Null}, {QStringLiteral("group_id"), QJsonValue::Null},
        {QStringLiteral("replication_status"), QJsonValue::Null},
        {QStringLiteral("migration_status"), QJsonValue::Null},
        {QStringLiteral("volume_type"), QStringLiteral("lvmdriver-1")},
        {QStringLiteral("volume_type_id"), api::stableId(QStringLiteral("volume-type-lvmdriver-1"))},
        {QStringLiteral("provider_id"), QJsonValue::Null}, {QStringLiteral("service_uuid"), QJsonValue::Null},
        {QStringLiteral("shared_targets"), QJsonValue::Null}, {QStringLiteral("consumes_quota"), true}};
    if (!image.isEmpty()) {
        QJsonObject metadata {{QStringLiteral("image_id"), imageRef},
            {QStringLiteral("image_name"), image.value(QStringLiteral("name"))},
            {QStringLiteral("checksum"), image.value(QStringLiteral("checksum"))},
            {QStringLiteral("disk_format"), image.value(QStringLiteral("disk_format"))},
            {QStringLiteral("container_format"), image.value(QStringLiteral("container_format"))},
            {QStringLiteral("size"), image.value(QStringLiteral("size")).toVariant().toString()}};
        for (const QString& key : {QStringLiteral("os_distro"), QStringLiteral("os_version")}) {
            if (image.contains(key))
                metadata.insert(key, image.value(key));
        }
        object.insert(QStringLiteral("volume_image_metadata"), metadata);
    }
    m_context->store->put(kVolumes, object);
    m_context->store->schedule(
        kVolumes, id, m_context->actionDelayMs, QJsonObject {{QStringLiteral("status"), QStringLiteral("available")}});
    return HttpResponse::json(202, QJsonObject {{QStringLiteral("volume"), render(volume(id))}});
}

HttpResponse VolumeService::remove(const QString& id)
{
    QJsonObject object = volume(id);
    static const QStringList deletable = {QStringLiteral("available"), QStringLiteral("error"),
        QStringLiteral("error_restoring"), QStringLiteral("error_extending"), QStringLiteral("error_managing")};
    if (!deletable.contains(object.value(QStringLiteral("status")).toString())
        || !object.value(QStringLiteral("attachments")).toArray().isEmpty())
        return api::novaError(400,
            QStringLiteral("Invalid volume: Volume status must be available or error or "
                           "error_restoring or error_extending or error_managing and must not "
                           "be migrating, attached, belong to a group, have snapshots, awaiting "
                           "a transfer, or be disassociated from snapshots after volume transfer."));
    object.insert(QStringLiteral("status"), QStringLiteral("deleting"));
    m_context->store->put(kVolumes, object);
    QFile::remove(m_context->store->filePath(kVolumes, id));
    m_context->store->schedule(kVolumes, id, m_context->actionDelayMs, QJsonObject {{QStringLiteral("_remove"), true}});
    return HttpResponse::empty(202);
}

HttpResponse VolumeService::action(const HttpRequest& request, const QString& id, const AuthContext& auth)
{
    QJsonObject body;
    if (!request.jsonBody(&body) || body.isEmpty())
        return api::novaError(400, QStringLiteral("Malformed request body"));
    const QString name = body.constBegin().key();
    if (name != QStringLiteral("os-volume_upload_image"))
        return api::novaError(400, QStringLiteral("There is no such action: %1").arg(name));
    const QJsonObject spec = body.value(name).toObject();
    QJsonObject object = volume(id);
    const QString status = object.value(QStringLiteral("status")).toString();
    const bool force = spec.value(QStringLiteral("force")).toBool()
        || spec.value(QStringLiteral("force")).toString().toLower() == QStringLiteral("true");
    if (status != QStringLiteral("available") && !(status == QStringLiteral("in-use") && force))
        return api::novaError(400,
            QStringLiteral("Invalid volume: Volume %1 status must be available or in-use, but "
                           "current status is: %2.")
                .arg(id, status));
    const QString imageName = spec.value(QStringLiteral("image_name")).toString();
    if (imageName.isEmpty())
        return api::novaError(400, QStringLiteral("No image_name was specified in request."));
    const QString diskFormat = spec.value(QStringLiteral("disk_format")).toString(QStringLiteral("raw"));
    const QString containerFormat = spec.value(QStringLiteral("container_format")).toString(QStringLiteral("bare"));
    const QString visibility = spec.value(QStringLiteral("visibility")).toString(QStringLiteral("private"));
    const bool isProtected = spec.value(QStringLiteral("protected")).toBool();
    const QString imageId = m_images->createFromFile(auth.value(QStringLiteral("project_id")).toString(),
        auth.value(QStringLiteral("user_id")).toString(), imageName, m_context->store->filePath(kVolumes, id),
        QJsonObject {{QStringLiteral("disk_format"), diskFormat}, {QStringLiteral("container_format"), containerFormat},
            {QStringLiteral("visibility"), visibility}, {QStringLiteral("protected"), isProtected},
            {QStringLiteral("min_disk"), object.value(QStringLiteral("size"))}},
        m_context->actionDelayMs);
    const QString previous = status;
    object.insert(QStringLiteral("status"), QStringLiteral("uploading"));
    m_context->store->put(kVolumes, object);
    m_context->store->schedule(
        kVolumes, id, m_context->actionDelayMs, QJsonObject {{QStringLiteral("status"), previous}});
    return HttpResponse::json(202,
        QJsonObject {{QStringLiteral("os-volume_upload_image"),
            QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("image_id"), imageId},
                {QStringLiteral("image_name"), imageName}, {QStringLiteral("status"), QStringLiteral("uploading")},
                {QStringLiteral("size"), object.value(QStringLiteral("size"))},
                {QStringLiteral("disk_format"), diskFormat}, {QStringLiteral("container_format"), containerFormat},
                {QStringLiteral("visibility"), visibility}, {QStringLiteral("protected"), isProtected},
                {QStringLiteral("display_description"), object.value(QStringLiteral("description"))},
                {QStringLiteral("updated_at"), api::isoTimeMicro(SandboxStore::nowMs())},
                {QStringLiteral("volume_type"),
                    QJsonObject {{QStringLiteral("id"), object.value(QStringLiteral("volume_type_id"))},
                        {QStringLiteral("name"), object.value(QStringLiteral("volume_type"))}}}}}});
}

} // namespace ct::sandbox
