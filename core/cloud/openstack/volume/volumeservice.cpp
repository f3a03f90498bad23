#include "cloud/openstack/volume/volumeservice.h"

#include "cloud/openstack/image/servicecall.h"

#include <QJsonDocument>

namespace ct::openstack {

namespace {

const QString kService = QStringLiteral("volume");

QString pathId(const QString& id) { return QString::fromLatin1(QUrl::toPercentEncoding(id)); }

/// Cinder's catalog URL is ".../v3/<project_id>" (or ".../v3" on clouds where the project id is optional), so
/// "/v3" is added only when the URL has no version at all.
QUrl volumeUrl(const ServiceEndpoint& endpoint, const QString& path)
{
    if (!endpoint.baseUrl)
        return {};
    QUrl url = endpoint.baseUrl();
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    if (!prefix.endsWith(QLatin1String("/v3")) && !prefix.contains(QLatin1String("/v3/")))
        prefix += QLatin1String("/v3");
    url.setPath(prefix + path);
    return url;
}

std::optional<Error> checkEndpoint(const ServiceEndpoint& endpoint, const QString& action)
{
    if (!endpoint.session)
        return ServiceCall::noSession(kService, action);
    if (!endpoint.baseUrl || !endpoint.baseUrl().isValid() || endpoint.baseUrl().isEmpty())
        return makeError(ErrorCode::InvalidInput,
            VolumeService::tr("%1: could not %2 \u2014 the cloud's catalog has no block storage "
                              "(Cinder v3) endpoint for this region. Check the region in this cloud's "
                              "settings; CloudTwin then works without volumes.")
                .arg(endpoint.session->cloudName(), action));
    return std::nullopt;
}

template<class T>
QFuture<Result<T>> failed(Error error)
{
    return QtFuture::makeReadyFuture<Result<T>>(Result<T>(std::move(error)));
}

Result<Volume> parseVolume(const CallContext& ctx, const QJsonValue& value)
{
    if (!value.isObject())
        return ServiceCall::unexpected(ctx, VolumeService::tr("a volume record is not an object"));
    const QJsonObject object = value.toObject();
    Volume volume;
    volume.id = ServiceCall::string(object.value(QLatin1String("id")));
    if (volume.id.isEmpty())
        return ServiceCall::unexpected(ctx, VolumeService::tr("a volume record has no \u201cid\u201d"));
    volume.name = ServiceCall::string(object.value(QLatin1String("name")));
    volume.status = ServiceCall::string(object.value(QLatin1String("status")));
    volume.sizeGb = static_cast<int>(ServiceCall::integer(object.value(QLatin1String("size"))));
    volume.bootable = ServiceCall::boolean(object.value(QLatin1String("bootable"))); // "true"/"false" strings
    volume.created = ServiceCall::time(object.value(QLatin1String("created_at")));
    const QJsonArray attachments = object.value(QLatin1String("attachments")).toArray();
    if (!attachments.isEmpty()) {
        const QJsonObject attachment = attachments.first().toObject();
        volume.attachedTo = ServiceCall::string(attachment.value(QLatin1String("server_id")));
        volume.device = ServiceCall::string(attachment.value(QLatin1String("device")));
    }
    return volume;
}

Result<Volume> parseVolumeReply(const CallContext& ctx, const ApiReply& reply)
{
    Result<QJsonObject> object = ServiceCall::object(ctx, reply);
    if (!object)
        return object.error();
    Result<QJsonObject> record = ServiceCall::objectMember(ctx, *object, QStringLiteral("volume"));
    if (!record)
        return record.error();
    return parseVolume(ctx, *record);
}

QFuture<Result<Volume>> fetchVolume(const ServiceEndpoint& endpoint, const QString& id)
{
    const QString action = VolumeService::tr("read volume %1").arg(id);
    if (auto error = checkEndpoint(endpoint, action))
        return failed<Volume>(*error);
    return ServiceCall::map<Volume>(endpoint.session,
        ApiRequest::get(volumeUrl(endpoint, QStringLiteral("/volumes/") + pathId(id)), kService, action),
        &parseVolumeReply);
}

} // namespace

VolumeService::VolumeService(ServiceEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{ }

void VolumeService::setPollInterval(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_pollInitial = initial;
    m_pollMax = maximum.count() > 0 ? maximum : std::max(initial, m_pollMax);
}

QUrl VolumeService::url(const QString& path) const { return volumeUrl(m_endpoint, path); }

QFuture<Result<QList<Volume>>> VolumeService::listVolumes()
{
    const QString action = tr("list volumes");
    if (auto error = checkEndpoint(m_endpoint, action))
        return failed<QList<Volume>>(*error);
    QUrl first = url(QStringLiteral("/volumes/detail"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    first.setQuery(query);
    return ServiceCall::allPages<Volume>(m_endpoint.session, ApiRequest::get(first, kService, action),
        [](const CallContext& ctx, const ApiReply& reply) -> Result<Page<Volume>> {
            Result<QJsonObject> object = ServiceCall::object(ctx, reply);
            if (!object)
                return object.error();
            Result<QJsonArray> records = ServiceCall::arrayMember(ctx, *object, QStringLiteral("volumes"));
            if (!records)
                return records.error();
            Page<Volume> page;
            for (const QJsonValue& record : *records) {
                Result<Volume> volume = parseVolume(ctx, record);
                if (!volume)
                    return volume.error();
                page.items.append(std::move(*volume));
            }
            const QString next = ServiceCall::nextLink(object->value(QLatin1String("volumes_links")).toArray());
            if (!next.isEmpty())
                page.next = ServiceCall::queryOf(next);
            return page;
        });
}

QFuture<Result<Volume>> VolumeService::getVolume(const QString& id) { return fetchVolume(m_endpoint, id); }

QFuture<Result<Volume>> VolumeService::createVolume(const CreateVolumeRequest& request)
{
    const QString action = tr("create volume \u201c%1\u201d").arg(request.name);
    if (auto error = checkEndpoint(m_endpoint, action))
        return failed<Volume>(*error);
    QJsonObject volume {{QStringLiteral("size"), request.sizeGb}, {QStringLiteral("name"), request.name}};
    if (!request.imageId.isEmpty())
        volume.insert(QStringLiteral("imageRef"), request.imageId);
    if (!request.availabilityZone.isEmpty())
        volume.insert(QStringLiteral("availability_zone"), request.availabilityZone);
    if (!request.metadata.isEmpty()) {
        QJsonObject metadata; // Cinder takes string values only
        for (auto it = request.metadata.begin(); it != request.metadata.end(); ++it)
            metadata.insert(it.key(), it.value().toString());
        volume.insert(QStringLiteral("metadata"), metadata);
    }
    return ServiceCall::map<Volume>(m_endpoint.session,
        ApiRequest::jsonPost(url(QStringLiteral("/volumes")),
            QJsonDocument(QJsonObject {{QStringLiteral("volume"), volume}}), kService, action, {202}),
        &parseVolumeReply);
}

QFuture<Status> VolumeService::deleteVolume(const QString& id)
{
    const QString action = tr("delete volume %1").arg(id);
    if (auto error = checkEndpoint(m_endpoint, action))
        return QtFuture::makeReadyFuture<Status>(*error);
    ApiRequest request;
    request.method = "DELETE";
    request.url = url(QStringLiteral("/volumes/") + pathId(id));
    request.okStatuses = {202};
    request.service = kService;
    request.action = action;
    return ServiceCall::status(m_endpoint.session, std::move(request));
}

QFuture<Result<QString>> VolumeService::uploadToImage(const QString& volumeId, const QString& imageName)
{
    const QString action = tr("upload volume %1 to image \u201c%2\u201d").arg(volumeId, imageName);
    if (auto error = checkEndpoint(m_endpoint, action))
        return failed<QString>(*error);
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    QFuture<Result<QString>> future = promise->future();
    const ServiceEndpoint endpoint = m_endpoint;
    const QUrl actionUrl = url(QStringLiteral("/volumes/") + pathId(volumeId) + QStringLiteral("/action"));
    // Check the status first: Cinder refuses an in-use volume without force, and force needs
    // enable_force_upload, which is off by default (CLOUD-FACTS §3.3). Say what to do instead.
    fetchVolume(endpoint, volumeId)
        .then(endpoint.session,
            [endpoint, volumeId, imageName, action, actionUrl, promise](const Result<Volume>& volume) {
                auto finish = [&promise](Result<QString> result) {
                    promise->addResult(std::move(result));
                    promise->finish();
                };
                if (!volume) {
                    finish(volume.error());
                    return;
                }
                if (volume->status != QLatin1String("available")) {
                    const QString cloud = endpoint.session->cloudName();
                    finish(makeError(ErrorCode::Conflict,
                        volume->status == QLatin1String("in-use")
                            ? tr("%1: could not %2 \u2014 the volume is attached to a server. Only detached "
                                 "volumes can be uploaded (forcing it needs the cloud's enable_force_upload "
                                 "option, which is off by default). Take a snapshot, create a volume from "
                                 "it and upload that volume instead.")
                                  .arg(cloud, action)
                            : tr("%1: could not %2 \u2014 the volume is \u201c%3\u201d; it must be "
                                 "\u201cavailable\u201d. Wait for its current task to finish and try again.")
                                  .arg(cloud, action, volume->status)));
                    return;
                }
                const QJsonObject upload {
                    {QStringLiteral("image_name"), imageName},
                    {QStringLiteral("force"), false},
                    // qcow2: smaller to transfer, and CloudStack's upload takes QCOW2 but not RAW.
                    {QStringLiteral("disk_format"), QStringLiteral("qcow2")},
                    {QStringLiteral("container_format"), QStringLiteral("bare")},
                };
                ServiceCall::map<QString>(endpoint.session,
                    ApiRequest::jsonPost(actionUrl,
                        QJsonDocument(QJsonObject {{QStringLiteral("os-volume_upload_image"), upload}}), kService,
                        action, {202}),
                    [](const CallContext& ctx, const ApiReply& reply) -> Result<QString> {
                        Result<QJsonObject> object = ServiceCall::object(ctx, reply);
                        if (!object)
                            return object.error();
                        Result<QJsonObject> answer
                            = ServiceCall::objectMember(ctx, *object, QStringLiteral("os-volume_upload_image"));
                        if (!answer)
                            return answer.error();
                        const QString imageId = ServiceCall::string(answer->value(QLatin1String("image_id")));
                        if (imageId.isEmpty())
                            return ServiceCall::unexpected(ctx, tr("the answer has no \u201cimage_id\u201d"));
                        return imageId;
                    })
                    .then(endpoint.session, [promise](const Result<QString>& imageId) {
                        promise->addResult(imageId);
                        promise->finish();
                    });
            });
    return future;
}

QFuture<Result<Volume>> VolumeService::waitForVolume(
    const QString& id, QList<QString> statuses, QDeadlineTimer deadline)
{
    const QString action = tr("wait for volume %1").arg(id);
    if (auto error = checkEndpoint(m_endpoint, action))
        return failed<Volume>(*error);
    const ServiceEndpoint endpoint = m_endpoint;
    const QString cloud = endpoint.session->cloudName();
    return ServiceCall::poll<Volume>(
        endpoint.session, [endpoint, id]() { return fetchVolume(endpoint, id); },
        [cloud, id, statuses](const Result<Volume>& volume) -> std::optional<Result<Volume>> {
            if (!volume) {
                if (volume.error().code == ErrorCode::NotFound && statuses.contains(QStringLiteral("deleted"))) {
                    Volume gone;
                    gone.id = id;
                    gone.status = QStringLiteral("deleted");
                    return Result<Volume>(gone);
                }
                return volume;
            }
            if (statuses.contains(volume->status))
                return volume;
            if (volume->status.startsWith(QLatin1String("error"))) {
                return Result<Volume>(makeError(ErrorCode::UnexpectedResponse,
                    tr("%1: volume %2 (\u201c%3\u201d) went to \u201c%4\u201d instead of %5. Look at the volume in the "
                       "cloud's dashboard; the cloud's administrator can see why in the Cinder logs.")
                        .arg(cloud, id, volume->name, volume->status, statuses.join(QStringLiteral(", ")))));
            }
            return std::nullopt;
        },
        [cloud, id, statuses](const Result<Volume>& last) -> Result<Volume> {
            return makeError(ErrorCode::TimedOut,
                tr("%1: volume %2 is still \u201c%3\u201d after the time allowed (waiting for %4). It may "
                   "still get there; check it again later.")
                    .arg(cloud, id, last ? last->status : QString(), statuses.join(QStringLiteral(", "))));
        },
        deadline, m_pollInitial, m_pollMax);
}

} // namespace ct::openstack
