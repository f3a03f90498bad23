#include "imageservice.h"

#include "identityservice.h"
#include "sandboxapi.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

namespace ct::sandbox {

namespace {

const QString kImages = QStringLiteral("images");
const QStringList kDiskFormats = {QStringLiteral("ami"), QStringLiteral("ari"), QStringLiteral("aki"),
    QStringLiteral("vhd"), QStringLiteral("vhdx"), QStringLiteral("vmdk"), QStringLiteral("raw"),
    QStringLiteral("qcow2"), QStringLiteral("vdi"), QStringLiteral("iso"), QStringLiteral("ploop")};
const QStringList kContainerFormats
    = {QStringLiteral("ami"), QStringLiteral("ari"), QStringLiteral("aki"), QStringLiteral("bare"),
        QStringLiteral("ovf"), QStringLiteral("ova"), QStringLiteral("docker"), QStringLiteral("compressed")};
// Attributes Glance computes itself: a client may not set them ("Attribute 'x' is read-only.").
const QStringList kReadOnly = {QStringLiteral("status"), QStringLiteral("size"), QStringLiteral("virtual_size"),
    QStringLiteral("checksum"), QStringLiteral("os_hash_algo"), QStringLiteral("os_hash_value"),
    QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("file"), QStringLiteral("self"),
    QStringLiteral("schema"), QStringLiteral("direct_url"), QStringLiteral("locations")};

/// Deterministic pseudo-random bytes (xorshift64*), so default images have stable checksums.
QByteArray deterministicBytes(const QString& seed, qint64 size)
{
    QByteArray out(size, Qt::Uninitialized);
    quint64 state = qHash(seed) | 1u;
    const QByteArray header = "CLOUDTWIN-SANDBOX-IMAGE " + seed.toUtf8() + '\n';
    for (qint64 i = 0; i < size; i += 8) {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        const quint64 value = state * 2685821657736338717ULL;
        for (int b = 0; b < 8 && i + b < size; ++b)
            out[i + b] = char((value >> (8 * b)) & 0xff);
    }
    out.replace(0, header.size(), header);
    return out;
}

bool isOwner(const QJsonObject& image, const AuthContext& auth)
{
    return image.value(QStringLiteral("owner")).toString() == auth.value(QStringLiteral("project_id")).toString();
}

} // namespace

ImageService::ImageService(SandboxContext* context)
    : m_context(context)
{ }

void ImageService::hashFile(const QString& path, qint64* size, QString* md5, QString* sha512)
{
    QCryptographicHash hashMd5(QCryptographicHash::Md5);
    QCryptographicHash hashSha(QCryptographicHash::Sha512);
    QFile file(path);
    *size = 0;
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray chunk = file.read(1024 * 1024);
            if (chunk.isEmpty())
                break;
            hashMd5.addData(chunk);
            hashSha.addData(chunk);
            *size += chunk.size();
        }
    }
    *md5 = QString::fromLatin1(hashMd5.result().toHex());
    *sha512 = QString::fromLatin1(hashSha.result().toHex());
}

void ImageService::createDefaults()
{
    struct Default
    {
        QString name, distro, version;
        qint64 size;
    };
    const QList<Default> defaults = {
        {QStringLiteral("cirros-0.6"), QStringLiteral("cirros"), QStringLiteral("0.6"), 1024 * 1024},
        {QStringLiteral("ubuntu-22.04"), QStringLiteral("ubuntu"), QStringLiteral("22.04"), 512 * 1024},
        {QStringLiteral("debian-12"), QStringLiteral("debian"), QStringLiteral("12"), 512 * 1024},
    };
    for (const Default& image : defaults) {
        const QString id = api::stableId(QStringLiteral("image-") + image.name);
        const QString path = m_context->store->filePath(kImages, id);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(deterministicBytes(image.name, image.size));
        file.close();
        qint64 size = 0;
        QString md5, sha;
        hashFile(path, &size, &md5, &sha);
        m_context->store->put(kImages,
            QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), image.name},
                {QStringLiteral("status"), QStringLiteral("active")},
                {QStringLiteral("visibility"), QStringLiteral("public")}, {QStringLiteral("protected"), false},
                {QStringLiteral("os_hidden"), false}, {QStringLiteral("owner"), IdentityService::adminProjectId()},
                {QStringLiteral("disk_format"), QStringLiteral("qcow2")},
                {QStringLiteral("container_format"), QStringLiteral("bare")}, {QStringLiteral("min_disk"), 0},
                {QStringLiteral("min_ram"), 0}, {QStringLiteral("tags"), QJsonArray()}, {QStringLiteral("size"), size},
                {QStringLiteral("virtual_size"), QJsonValue::Null}, {QStringLiteral("checksum"), md5},
                {QStringLiteral("os_hash_algo"), QStringLiteral("sha512")}, {QStringLiteral("os_hash_value"), sha},
                {QStringLiteral("os_distro"), image.distro}, {QStringLiteral("os_version"), image.version},
                {QStringLiteral("hw_qemu_guest_agent"), QStringLiteral("yes")}});
    }
}

QJsonObject ImageService::visibleImage(const QString& id, const QString& projectId) const
{
    const QJsonObject image = m_context->store->item(kImages, id);
    if (image.isEmpty())
        return {};
    const QString visibility = image.value(QStringLiteral("visibility")).toString();
    if (visibility == QStringLiteral("public") || visibility == QStringLiteral("community")
        || image.value(QStringLiteral("owner")).toString() == projectId)
        return image;
    return {};
}

QString ImageService::imageFile(const QString& id) const { return m_context->store->filePath(kImages, id); }

QString ImageService::createFromFile(const QString& projectId, const QString& userId, const QString& name,
    const QString& sourceFile, const QJsonObject& properties, int delayMs)
{
    const QString id = api::newId();
    const QString target = imageFile(id);
    QFile::remove(target);
    QFile::copy(sourceFile, target);
    qint64 size = 0;
    QString md5, sha;
    hashFile(target, &size, &md5, &sha);
    QJsonObject image {{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
        {QStringLiteral("status"), QStringLiteral("queued")}, {QStringLiteral("visibility"), QStringLiteral("private")},
        {QStringLiteral("protected"), false}, {QStringLiteral("os_hidden"), false},
        {QStringLiteral("owner"), projectId}, {QStringLiteral("user_id"), userId},
        {QStringLiteral("disk_format"), QStringLiteral("qcow2")},
        {QStringLiteral("container_format"), QStringLiteral("bare")}, {QStringLiteral("min_disk"), 0},
        {QStringLiteral("min_ram"), 0}, {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("size"), QJsonValue::Null}, {QStringLiteral("virtual_size"), QJsonValue::Null},
        {QStringLiteral("checksum"), QJsonValue::Null}, {QStringLiteral("os_hash_algo"), QJsonValue::Null},
        {QStringLiteral("os_hash_value"), QJsonValue::Null}};
    for (auto it = properties.begin(); it != properties.end(); ++it)
        image.insert(it.key(), it.value());
    m_context->store->put(kImages, image);
    m_context->store->schedule(kImages, id, delayMs,
        QJsonObject {{QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("size"), size},
            {QStringLiteral("checksum"), md5}, {QStringLiteral("os_hash_algo"), QStringLiteral("sha512")},
            {QStringLiteral("os_hash_value"), sha}});
    return id;
}

QJsonObject ImageService::render(const QJsonObject& image) const
{
    QJsonObject out = api::publicView(image);
    const QString id = image.value(QStringLiteral("id")).toString();
    out.insert(QStringLiteral("created_at"), api::isoTime(image.value(QStringLiteral("_created_ms")).toInteger()));
    out.insert(QStringLiteral("updated_at"), api::isoTime(image.value(QStringLiteral("_updated_ms")).toInteger()));
    out.insert(QStringLiteral("self"), QString(QStringLiteral("/v2/images/") + id));
    out.insert(QStringLiteral("file"), QString(QStringLiteral("/v2/images/") + id + QStringLiteral("/file")));
    out.insert(QStringLiteral("schema"), QStringLiteral("/v2/schemas/image"));
    return out;
}

HttpResponse ImageService::handle(const HttpRequest& request, const QString& path, const AuthContext& auth)
{
    static const QRegularExpression imagePath(QStringLiteral("^/v2/images/([^/]+)(/file)?$"));
    if (path == QStringLiteral("/v2/images")) {
        if (request.method == "GET")
            return list(request, auth);
        if (request.method == "POST")
            return create(request, auth);
        return api::glanceError(405, QStringLiteral("The method is not allowed for this resource."));
    }
    const QRegularExpressionMatch match = imagePath.match(path);
    if (!match.hasMatch())
        return api::glanceError(404, QStringLiteral("The resource could not be found."));
    const QString id = match.captured(1);
    const bool file = !match.captured(2).isEmpty();
    const QString projectId = auth.value(QStringLiteral("project_id")).toString();
    if (visibleImage(id, projectId).isEmpty())
        return api::glanceError(404, QStringLiteral("No image found with ID %1").arg(id));
    if (file) {
        if (request.method == "PUT")
            return upload(request, id, auth);
        if (request.method == "GET" || request.method == "HEAD")
            return download(request, id, auth);
        return api::glanceError(405, QStringLiteral("The method is not allowed for this resource."));
    }
    if (request.method == "GET")
        return HttpResponse::json(200, render(m_context->store->item(kImages, id)));
    if (request.method == "PATCH")
        return patch(request, id, auth);
    if (request.method == "DELETE")
        return remove(id, auth);
    return api::glanceError(405, QStringLiteral("The method is not allowed for this resource."));
}

HttpResponse ImageService::list(const HttpRequest& request, const AuthContext& auth) const
{
    const QString projectId = auth.value(QStringLiteral("project_id")).toString();
    const QString visibility = request.query.queryItemValue(QStringLiteral("visibility"));
    static const QStringList reserved
        = {QStringLiteral("limit"), QStringLiteral("marker"), QStringLiteral("sort"), QStringLiteral("sort_key"),
            QStringLiteral("sort_dir"), QStringLiteral("visibility"), QStringLiteral("member_status")};
    QList<QJsonObject> images;
    for (const QJsonObject& image : m_context->store->items(kImages)) {
        const QString imageVisibility = image.value(QStringLiteral("visibility")).toString();
        const bool own = image.value(QStringLiteral("owner")).toString() == projectId;
        bool visible = imageVisibility == QStringLiteral("public") || own;
        if (!visibility.isEmpty() && visibility != QStringLiteral("all"))
            visible = imageVisibility == visibility
                && (own || visibility == QStringLiteral("public") || visibility == QStringLiteral("community"));
        if (!visible)
            continue;
        bool match = true;
        for (const auto& [key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
            if (reserved.contains(key))
                continue;
            const QJsonValue field = image.value(key);
            const QString text = field.isBool() ? (field.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                : field.toVariant().toString();
            QString wanted = value;
            if (wanted.startsWith(QStringLiteral("in:")))
                match = match && wanted.mid(3).split(u',').contains(text);
            else
                match = match && text == wanted;
        }
        if (match)
            images.append(image);
    }
    // Glance's default order: created_at descending (id breaks ties).
    std::sort(images.begin(), images.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QStringLiteral("_seq")).toInteger() > b.value(QStringLiteral("_seq")).toInteger();
    });
    bool badLimit = false;
    const api::Page page = api::paginate(images, request.query, 25, 1000, &badLimit);
    if (badLimit)
        return api::glanceError(400, QStringLiteral("limit param must be an integer"));
    if (page.markerMissing)
        return api::glanceError(400,
            QStringLiteral("Invalid marker. Image %1 could not be found.")
                .arg(request.query.queryItemValue(QStringLiteral("marker"))));
    QJsonArray out;
    for (const QJsonObject& image : page.items)
        out.append(render(image));
    QJsonObject body {{QStringLiteral("images"), out}, {QStringLiteral("first"), QStringLiteral("/v2/images")},
        {QStringLiteral("schema"), QStringLiteral("/v2/schemas/images")}};
    if (page.full)
        body.insert(QStringLiteral("next"),
            api::nextLink(QStringLiteral("/v2/images"), request.query, page.limit,
                page.items.last().value(QStringLiteral("id")).toString()));
    return HttpResponse::json(200, body);
}

HttpResponse ImageService::create(const HttpRequest& request, const AuthContext& auth)
{
    QJsonObject body;
    QString parseError;
    if (!request.jsonBody(&body, &parseError))
        return api::glanceError(400, QStringLiteral("Malformed JSON in request body."));
    for (const QString& key : kReadOnly) {
        if (body.contains(key))
            return api::glanceError(403, QStringLiteral("Attribute '%1' is read-only.").arg(key));
    }
    const QString diskFormat = body.value(QStringLiteral("disk_format")).toString();
    if (!diskFormat.isEmpty() && !kDiskFormats.contains(diskFormat))
        return api::glanceError(400, QStringLiteral("Invalid value '%1' for parameter 'disk_format'.").arg(diskFormat));
    const QString containerFormat = body.value(QStringLiteral("container_format")).toString();
    if (!containerFormat.isEmpty() && !kContainerFormats.contains(containerFormat))
        return api::glanceError(
            400, QStringLiteral("Invalid value '%1' for parameter 'container_format'.").arg(containerFormat));
    const QString visibility = body.value(QStringLiteral("visibility")).toString(QStringLiteral("shared"));
    if (visibility == QStringLiteral("public"))
        return api::glanceError(403, QStringLiteral("You are not authorized to complete publicize_image action."));
    if (!QStringList {QStringLiteral("private"), QStringLiteral("shared"), QStringLiteral("community")}.contains(
            visibility))
        return api::glanceError(400, QStringLiteral("Invalid value '%1' for parameter 'visibility'.").arg(visibility));
    QString id = body.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        id = api::newId();
    else if (m_context->store->contains(kImages, id))
        return api::glanceError(409, QStringLiteral("Image with identifier %1 already exists!").arg(id));

    QJsonObject image {{QStringLiteral("id"), id}, {QStringLiteral("name"), QJsonValue::Null},
        {QStringLiteral("status"), QStringLiteral("queued")}, {QStringLiteral("visibility"), visibility},
        {QStringLiteral("protected"), false}, {QStringLiteral("os_hidden"), false},
        {QStringLiteral("owner"), auth.value(QStringLiteral("project_id"))},
        {QStringLiteral("disk_format"), QJsonValue::Null}, {QStringLiteral("container_format"), QJsonValue::Null},
        {QStringLiteral("min_disk"), 0}, {QStringLiteral("min_ram"), 0}, {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("size"), QJsonValue::Null}, {QStringLiteral("virtual_size"), QJsonValue::Null},
        {QStringLiteral("checksum"), QJsonValue::Null}, {QStringLiteral("os_hash_algo"), QJsonValue::Null},
        {QStringLiteral("os_hash_value"), QJsonValue::Null}};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QStringLiteral("owner"))
            continue;
        image.insert(it.key(), it.value());
    }
    image.insert(QStringLiteral("visibility"), visibility);
    m_context->store->put(kImages, image);
    return HttpResponse::json(201, render(m_context->store->item(kImages, id)))
        .header(
            QByteArrayLiteral("Location"), (m_context->baseUrl + QStringLiteral("/image/v2/images/") + id).toUtf8());
}

HttpResponse ImageService::patch(const HttpRequest& request, const QString& id, const AuthContext& auth)
{
    QJsonObject image = m_context->store->item(kImages, id);
    if (!isOwner(image, auth))
        return api::glanceError(403, QStringLiteral("You are not permitted to modify this image."));
    if (!request.header("content-type").startsWith("application/openstack-images-v2.1-json-patch"))
        return api::glanceError(415, QStringLiteral("Unsupported Content-Type"));
    const QJsonArray operations = QJsonDocument::fromJson(request.body).array();
    for (const QJsonValue& value : operations) {
        const QJsonObject operation = value.toObject();
        const QString op = operation.value(QStringLiteral("op")).toString();
        const QString key = operation.value(QStringLiteral("path")).toString().mid(1);
        if (key.isEmpty() || key.contains(u'/'))
            return api::glanceError(400, QStringLiteral("Invalid JSON pointer for this resource: '/%1'").arg(key));
        if (kReadOnly.contains(key) || key == QStringLiteral("id") || key == QStringLiteral("owner"))
            return api::glanceError(403, QStringLiteral("Attribute '%1' is read-only.").arg(key));
        if (key == QStringLiteral("visibility")
            && operation.value(QStringLiteral("value")).toString() == QStringLiteral("public"))
            return api::glanceError(403, QStringLiteral("You are not authorized to complete publicize_image action."));
        if (op == QStringLiteral("add") || op == QStringLiteral("replace")) {
            if (op == QStringLiteral("replace") && !image.contains(key))
                return api::glanceError(409, QStringLiteral("Property %1 does not exist.").arg(key));
            image.insert(key, operation.value(QStringLiteral("value")));
        } else if (op == QStringLiteral("remove")) {
            if (!image.contains(key))
                return api::glanceError(409, QStringLiteral("Property %1 does not exist.").arg(key));
            image.remove(key);
        } else {
            return api::glanceError(400, QStringLiteral("Unable to find '%1' in JSON Schema change").arg(op));
        }
    }
    m_context->store->put(kImages, image);
    return HttpResponse::json(200, render(image));
}

HttpResponse ImageService::upload(const HttpRequest& request, const QString& id, const AuthContext& auth)
{
    QJsonObject image = m_context->store->item(kImages, id);
    if (!isOwner(image, auth))
        return api::glanceError(403, QStringLiteral("You are not permitted to upload data for this image."));
    if (!request.header("content-type").startsWith("application/octet-stream"))
        return api::glanceError(415, QStringLiteral("Content-Type must be application/octet-stream"));
    const QString status = image.value(QStringLiteral("status")).toString();
    if (status != QStringLiteral("queued"))
        return api::glanceError(
            409, QStringLiteral("Image status transition from %1 to saving is not allowed").arg(status));
    const QString target = imageFile(id);
    QFile::remove(target);
    bool stored = false;
    if (!request.bodyFile.isEmpty()) {
        stored = QFile::rename(request.bodyFile, target) || QFile::copy(request.bodyFile, target);
    } else {
        QFile file(target);
        stored = file.open(QIODevice::WriteOnly) && file.write(request.body) == request.body.size();
    }
    if (!stored)
        return api::glanceError(
            500, QStringLiteral("Error in store configuration. Adding images to store is disabled."));
    qint64 size = 0;
    QString md5, sha;
    hashFile(target, &size, &md5, &sha);
    image.insert(QStringLiteral("status"), QStringLiteral("active"));
    image.insert(QStringLiteral("size"), size);
    image.insert(QStringLiteral("checksum"), md5);
    image.insert(QStringLiteral("os_hash_algo"), QStringLiteral("sha512"));
    image.insert(QStringLiteral("os_hash_value"), sha);
    m_context->store->put(kImages, image);
    return HttpResponse::empty(204);
}

HttpResponse ImageService::download(const HttpRequest& request, const QString& id, const AuthContext& auth) const
{
    Q_UNUSED(auth)
    const QJsonObject image = m_context->store->item(kImages, id);
    if (image.value(QStringLiteral("status")).toString() != QStringLiteral("active"))
        return HttpResponse::empty(204); // "If no image data has been stored, an HTTP status of 204 will be returned."
    const qint64 size = image.value(QStringLiteral("size")).toInteger();
    HttpResponse response;
    response.file = imageFile(id);
    response.fileLength = size;
    response.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream"));
    response.header(QByteArrayLiteral("Content-MD5"), image.value(QStringLiteral("checksum")).toString().toLatin1());
    const QByteArray range = request.header("range");
    if (!range.isEmpty()) {
        static const QRegularExpression bytes(QStringLiteral("^bytes=(\\d*)-(\\d*)$"));
        const QRegularExpressionMatch match = bytes.match(QString::fromLatin1(range));
        qint64 first = 0, last = size - 1;
        bool ok = match.hasMatch() && !(match.captured(1).isEmpty() && match.captured(2).isEmpty());
        if (ok) {
            if (match.captured(1).isEmpty()) { // suffix range: the last N bytes
                first = qMax<qint64>(0, size - match.captured(2).toLongLong());
            } else {
                first = match.captured(1).toLongLong();
                if (!match.captured(2).isEmpty())
                    last = qMin(last, match.captured(2).toLongLong());
            }
            ok = first <= last && first < size;
        }
        if (!ok) {
            HttpResponse bad = api::glanceError(416, QStringLiteral("Requested range not satisfiable"));
            bad.header(QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(size));
            return bad;
        }
        response.status = 206;
        response.fileOffset = first;
        response.fileLength = last - first + 1;
        response.header(QByteArrayLiteral("Content-Range"),
            "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + QByteArray::number(size));
    }
    return response;
}

HttpResponse ImageService::remove(const QString& id, const AuthContext& auth)
{
    const QJsonObject image = m_context->store->item(kImages, id);
    if (!isOwner(image, auth))
        return api::glanceError(403, QStringLiteral("You are not permitted to delete this image."));
    if (image.value(QStringLiteral("protected")).toBool())
        return api::glanceError(403, QStringLiteral("Image %1 is protected and cannot be deleted.").arg(id));
    m_context->store->remove(kImages, id);
    QFile::remove(imageFile(id));
    return HttpResponse::empty(204);
}

} // namespace ct::sandbox
