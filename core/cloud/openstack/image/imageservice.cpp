#include "cloud/openstack/image/imageservice.h"

#include "cloud/openstack/image/servicecall.h"
#include "logging/logging.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QPointer>

namespace ct::openstack {

namespace {

const QString kService = QStringLiteral("image");

QString pathId(const QString& id) { return QString::fromLatin1(QUrl::toPercentEncoding(id)); }

QUrl imageUrl(const ServiceEndpoint& endpoint, const QString& path)
{
    return endpoint.baseUrl ? joinEndpoint(endpoint.baseUrl(), QStringLiteral("/v2"), path) : QUrl();
}

/// The fields of a Glance image record that are not custom properties.
bool isCoreField(const QString& key)
{
    static const QSet<QString> core {
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("status"),
        QStringLiteral("size"),
        QStringLiteral("virtual_size"),
        QStringLiteral("disk_format"),
        QStringLiteral("container_format"),
        QStringLiteral("checksum"),
        QStringLiteral("os_hash_algo"),
        QStringLiteral("os_hash_value"),
        QStringLiteral("visibility"),
        QStringLiteral("created_at"),
        QStringLiteral("updated_at"),
        QStringLiteral("self"),
        QStringLiteral("file"),
        QStringLiteral("schema"),
        QStringLiteral("locations"),
        QStringLiteral("direct_url"),
    };
    return core.contains(key);
}

Result<Image> parseImage(const CallContext& ctx, const QJsonValue& value)
{
    if (!value.isObject())
        return ServiceCall::unexpected(ctx, ImageService::tr("an image record is not an object"));
    const QJsonObject object = value.toObject();
    Image image;
    image.id = ServiceCall::string(object.value(QLatin1String("id")));
    if (image.id.isEmpty())
        return ServiceCall::unexpected(ctx, ImageService::tr("an image record has no \u201cid\u201d"));
    image.name = ServiceCall::string(object.value(QLatin1String("name")));
    image.status = ServiceCall::string(object.value(QLatin1String("status")));
    image.sizeBytes = ServiceCall::integer(object.value(QLatin1String("size"))); // null until data is uploaded
    image.diskFormat = ServiceCall::string(object.value(QLatin1String("disk_format")));
    image.containerFormat = ServiceCall::string(object.value(QLatin1String("container_format")));
    image.checksumMd5 = ServiceCall::string(object.value(QLatin1String("checksum")));
    image.hashAlgorithm = ServiceCall::string(object.value(QLatin1String("os_hash_algo")));
    image.hashValue = ServiceCall::string(object.value(QLatin1String("os_hash_value")));
    image.visibility = ServiceCall::string(object.value(QLatin1String("visibility")));
    image.created = ServiceCall::time(object.value(QLatin1String("created_at")));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isCoreField(it.key()))
            image.properties.insert(it.key(), it.value().toVariant());
    }
    return image;
}

Result<Image> parseImageReply(const CallContext& ctx, const ApiReply& reply)
{
    Result<QJsonObject> object = ServiceCall::object(ctx, reply);
    if (!object)
        return object.error();
    return parseImage(ctx, *object);
}

std::optional<Error> checkEndpoint(const ServiceEndpoint& endpoint, const QString& action)
{
    if (!endpoint.session)
        return ServiceCall::noSession(kService, action);
    if (!endpoint.baseUrl || !endpoint.baseUrl().isValid() || endpoint.baseUrl().isEmpty())
        return makeError(ErrorCode::InvalidInput,
            ImageService::tr("%1: could not %2 \u2014 the cloud's catalog has no image (Glance) endpoint "
                             "for this region. Check the region in this cloud's settings.")
                .arg(endpoint.session->cloudName(), action));
    return std::nullopt;
}

template<class T>
QFuture<Result<T>> failed(Error error)
{
    return QtFuture::makeReadyFuture<Result<T>>(Result<T>(std::move(error)));
}

QFuture<Result<Image>> fetchImage(const ServiceEndpoint& endpoint, const QString& id)
{
    const QString action = ImageService::tr("read image %1").arg(id);
    if (auto error = checkEndpoint(endpoint, action))
        return failed<Image>(*error);
    return ServiceCall::map<Image>(endpoint.session,
        ApiRequest::get(imageUrl(endpoint, QStringLiteral("/images/") + pathId(id)), kService, action),
        &parseImageReply);
}

std::optional<QCryptographicHash::Algorithm> hashAlgorithm(const QString& name)
{
    // Glance names them as Python's hashlib does.
    static const QHash<QString, QCryptographicHash::Algorithm> algorithms {
        {QStringLiteral("md5"), QCryptographicHash::Md5},
        {QStringLiteral("sha1"), QCryptographicHash::Sha1},
        {QStringLiteral("sha224"), QCryptographicHash::Sha224},
        {QStringLiteral("sha256"), QCryptographicHash::Sha256},
        {QStringLiteral("sha384"), QCryptographicHash::Sha384},
        {QStringLiteral("sha512"), QCryptographicHash::Sha512},
        {QStringLiteral("sha3_224"), QCryptographicHash::Sha3_224},
        {QStringLiteral("sha3_256"), QCryptographicHash::Sha3_256},
        {QStringLiteral("sha3_384"), QCryptographicHash::Sha3_384},
        {QStringLiteral("sha3_512"), QCryptographicHash::Sha3_512},
        {QStringLiteral("blake2b"), QCryptographicHash::Blake2b_512},
        {QStringLiteral("blake2s"), QCryptographicHash::Blake2s_256},
    };
    const auto it = algorithms.constFind(name.trimmed().toLower());
    if (it == algorithms.constEnd())
        return std::nullopt;
    return *it;
}

/// Content-MD5 is base64 by RFC 1864, but Glance sends the hex checksum; accept both.
QString md5HeaderAsHex(const QByteArray& header)
{
    const QByteArray value = header.trimmed();
    if (value.size() == 32)
        return QString::fromLatin1(value).toLower();
    const QByteArray raw = QByteArray::fromBase64(value);
    return raw.size() == 16 ? QString::fromLatin1(raw.toHex()) : QString();
}

/// Sits between the HTTP job and the caller's sink: hashes and counts what passes, and remembers the first
/// write error so that a full disk is reported as such and not as a checksum mismatch.
class VerifyingSink : public QIODevice
{
public:
    VerifyingSink(QIODevice* target, std::optional<QCryptographicHash::Algorithm> algorithm)
        : m_target(target)
    {
        if (algorithm)
            m_hash.emplace(*algorithm);
        open(QIODevice::WriteOnly);
    }

    qint64 written() const { return m_written; }
    QString writeError() const { return m_writeError; }
    QString hexDigest() const { return m_hash ? QString::fromLatin1(m_hash->result().toHex()) : QString(); }
    std::function<void()> onWriteError;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        if (!m_writeError.isEmpty())
            return length; // already failed; the job is being aborted
        const qint64 done = m_target->write(data, length);
        if (done != length) {
            m_writeError = m_target->errorString();
            if (onWriteError)
                onWriteError();
            return length;
        }
        if (m_hash)
            m_hash->addData(QByteArrayView(data, length));
        m_written += length;
        return length;
    }

private:
    QIODevice* m_target;
    std::optional<QCryptographicHash> m_hash;
    qint64 m_written = 0;
    QString m_writeError;
};

struct Expected
{
    QString algorithm; ///< as shown to the user
    QString value; ///< lower-case hex; empty when only Content-MD5 can tell
    std::optional<QCryptographicHash::Algorithm> hash;
    bool md5FromHeader = false;
};

Expected expectedHash(const Image& image)
{
    if (!image.hashValue.isEmpty()) {
        if (auto algorithm = hashAlgorithm(image.hashAlgorithm))
            return Expected {image.hashAlgorithm.toLower(), image.hashValue.toLower(), algorithm, false};
        qCWarning(lcCloud) << "image" << image.id << "uses hash algorithm" << image.hashAlgorithm
                           << "which CloudTwin cannot compute; falling back to MD5";
    }
    if (!image.checksumMd5.isEmpty())
        return Expected {QStringLiteral("md5"), image.checksumMd5.toLower(), QCryptographicHash::Md5, false};
    return Expected {QStringLiteral("md5"), QString(), QCryptographicHash::Md5, true};
}

void downloadData(const ServiceEndpoint& endpoint, const Image& image, QIODevice* sink,
    const ProgressCallback& progress, std::shared_ptr<QPromise<Result<qint64>>> promise);

} // namespace

// ---------------------------------------------------------------------------------------------------------

ImageService::ImageService(ServiceEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{ }

void ImageService::setPollInterval(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_pollInitial = initial;
    m_pollMax = maximum.count() > 0 ? maximum : std::max(initial, m_pollMax);
}

QUrl ImageService::url(const QString& path) const { return imageUrl(m_endpoint, path); }

QFuture<Result<QList<Image>>> ImageService::listImages()
{
    const QString action = tr("list images");
    if (auto error = checkEndpoint(m_endpoint, action))
        return failed<QList<Image>>(*error);
    QUrl first = url(QStringLiteral("/images"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    first.setQuery(query);
    return ServiceCall::allPages<Image>(m_endpoint.session, ApiRequest::get(first, kService, action),
        [](const CallContext& ctx, const ApiReply& reply) -> Result<Page<Image>> {
            Result<QJsonObject> object = ServiceCall::object(ctx, reply);
            if (!object)
                return object.error();
            Result<QJsonArray> records = ServiceCall::arrayMember(ctx, *object, QStringLiteral("images"));
            if (!records)
                return records.error();
            Page<Image> page;
            for (const QJsonValue& record : *records) {
                Result<Image> image = parseImage(ctx, record);
                if (!image)
                    return image.error();
                page.items.append(std::move(*image));
            }
            // Glance's `next` is "/v2/images?marker=<last id>&limit=N" while more remain.
            const QString next = object->value(QLatin1String("next")).toString();
            if (!next.isEmpty())
                page.next = ServiceCall::queryOf(next);
            return page;
        });
}

QFuture<Result<Image>> ImageService::getImage(const QString& id) { return fetchImage(m_endpoint, id); }

QFuture<Result<Image>> ImageService::createImage(const CreateImageRequest& request)
{
    const QString action = tr("create image \u201c%1\u201d").arg(request.name);
    if (auto error = checkEndpoint(m_endpoint, action))
        return failed<Image>(*error);
    QJsonObject body;
    // Custom properties first, so that they cannot override the core fields below.
    for (auto it = request.properties.begin(); it != request.properties.end(); ++it) {
        if (it.key() == QLatin1String("tags"))
            body.insert(it.key(), QJsonArray::fromStringList(it.value().toStringList()));
        else
            body.insert(it.key(), it.value().toString()); // Glance only takes string properties
    }
    body.insert(QStringLiteral("name"), request.name);
    body.insert(QStringLiteral("disk_format"), request.diskFormat);
    body.insert(QStringLiteral("container_format"), request.containerFormat);
    body.insert(QStringLiteral("visibility"), request.visibility);
    return ServiceCall::map<Image>(m_endpoint.session,
        ApiRequest::jsonPost(url(QStringLiteral("/images")), QJsonDocument(body), kService, action, {201}),
        &parseImageReply);
}

QFuture<Status> ImageService::deleteImage(const QString& id)
{
    const QString action = tr("delete image %1").arg(id);
    if (auto error = checkEndpoint(m_endpoint, action))
        return QtFuture::makeReadyFuture<Status>(*error);
    ApiRequest request;
    request.method = "DELETE";
    request.url = url(QStringLiteral("/images/") + pathId(id));
    request.okStatuses = {204};
    request.service = kService;
    request.action = action;
    return ServiceCall::status(m_endpoint.session, std::move(request));
}

QFuture<Status> ImageService::uploadImage(const QString& id, QIODevice* source, qint64 size, ProgressCallback progress)
{
    const QString action = tr("upload data to image %1").arg(id);
    if (auto error = checkEndpoint(m_endpoint, action))
        return QtFuture::makeReadyFuture<Status>(*error);
    if (!source || !source->isReadable() || size < 0) {
        // Without a known size Qt would read the whole source into memory before sending.
        return QtFuture::makeReadyFuture<Status>(makeError(ErrorCode::InvalidInput,
            tr("%1: could not %2 \u2014 the data to upload is not open for reading or its size is unknown.")
                .arg(m_endpoint.session->cloudName(), action)));
    }
    ApiRequest request;
    request.method = "PUT";
    request.url = url(QStringLiteral("/images/") + pathId(id) + QStringLiteral("/file"));
    request.header("Content-Type", "application/octet-stream");
    request.bodyDevice = source;
    request.bodyDeviceSize = size;
    request.okStatuses = {204};
    request.idempotent = false;
    request.service = kService;
    request.action = action;
    return ServiceCall::send(m_endpoint.session, std::move(request), std::move(progress), tr("Uploading image"), size)
        .then(m_endpoint.session, [](const Result<ApiReply>& reply) -> Status {
            if (!reply)
                return reply.error();
            return {};
        });
}

QFuture<Result<qint64>> ImageService::downloadImage(const QString& id, QIODevice* sink, ProgressCallback progress)
{
    const QString action = tr("download image %1").arg(id);
    if (auto error = checkEndpoint(m_endpoint, action))
        return failed<qint64>(*error);
    if (!sink || !sink->isWritable()) {
        return failed<qint64>(makeError(ErrorCode::InvalidInput,
            tr("%1: could not %2 \u2014 the destination is not open for writing.")
                .arg(m_endpoint.session->cloudName(), action)));
    }
    auto promise = std::make_shared<QPromise<Result<qint64>>>();
    promise->start();
    QFuture<Result<qint64>> future = promise->future();
    const ServiceEndpoint endpoint = m_endpoint;
    // The record first: it holds the checksums to verify against and tells why there may be no data.
    fetchImage(endpoint, id).then(endpoint.session, [endpoint, sink, progress, promise](const Result<Image>& image) {
        if (!image) {
            promise->addResult(image.error());
            promise->finish();
            return;
        }
        downloadData(endpoint, *image, sink, progress, promise);
    });
    return future;
}

namespace {

Error noDataError(const CallContext& ctx, const Image& image)
{
    const bool volumeBacked = image.properties.contains(QStringLiteral("block_device_mapping"))
        || image.properties.contains(QStringLiteral("bdm_v2"));
    QString why;
    if (volumeBacked)
        why = ImageService::tr("It is a snapshot of a volume-backed server: the disk data lives in Cinder volume "
                               "snapshots, not in the image. Create a volume from the snapshot and upload that "
                               "volume to an image instead.");
    else if (image.status != QLatin1String("active"))
        why = ImageService::tr("The image is \u201c%1\u201d and has no data yet. Wait until it is active.")
                  .arg(image.status);
    else
        why = ImageService::tr("The image has no data in the image store.");
    Error error = makeError(ErrorCode::NotFound,
        ImageService::tr("%1: could not %2 \u2014 the image service answered \u201cno data\u201d "
                         "(HTTP 204). %3")
            .arg(ctx.cloud, ctx.action, why));
    error.httpStatus = 204;
    return error;
}

void downloadData(const ServiceEndpoint& endpoint, const Image& image, QIODevice* sink,
    const ProgressCallback& progress, std::shared_ptr<QPromise<Result<qint64>>> promise)
{
    const Expected expected = expectedHash(image);
    auto verifier = std::make_shared<VerifyingSink>(sink, expected.hash);

    ApiRequest request;
    request.method = "GET";
    request.url = imageUrl(endpoint, QStringLiteral("/images/") + pathId(image.id) + QStringLiteral("/file"));
    request.header("Accept", "application/octet-stream");
    request.sink = verifier.get();
    request.okStatuses = {200, 204};
    // Bytes already went to the sink: a blind replay after a dropped connection would append them again.
    request.idempotent = false;
    request.service = kService;
    request.action = ImageService::tr("download image %1").arg(image.id);
    const CallContext ctx = ServiceCall::context(endpoint.session, request);

    ApiJob* job = endpoint.session->send(std::move(request));
    QPointer<ApiJob> guard(job);
    verifier->onWriteError = [guard]() {
        if (guard)
            guard->abort();
    };
    if (progress)
        ServiceCall::connectProgress(job, endpoint.session, progress, ImageService::tr("Downloading image"),
            image.sizeBytes > 0 ? image.sizeBytes : -1);
    QObject::connect(job, &ApiJob::finished, endpoint.session,
        [ctx, image, expected, verifier, promise](const Result<ApiReply>& reply) {
            auto finish = [&promise](Result<qint64> result) {
                promise->addResult(std::move(result));
                promise->finish();
            };
            if (!verifier->writeError().isEmpty()) {
                finish(makeError(ErrorCode::Io,
                    ImageService::tr("%1: could not %2 \u2014 writing the data failed: %3. "
                                     "Check the free space and permissions of the "
                                     "destination.")
                        .arg(ctx.cloud, ctx.action, verifier->writeError())));
                return;
            }
            if (!reply) {
                finish(reply.error());
                return;
            }
            if (reply->status == 204) {
                finish(noDataError(ctx, image));
                return;
            }
            const qint64 written = verifier->written();
            if (image.sizeBytes > 0 && written != image.sizeBytes) {
                finish(makeError(ErrorCode::Corrupt,
                    ImageService::tr("%1: could not %2 \u2014 the transfer ended after %3 of "
                                     "%4 bytes. Try again.")
                        .arg(ctx.cloud, ctx.action)
                        .arg(written)
                        .arg(image.sizeBytes)));
                return;
            }
            QString want = expected.value;
            if (expected.md5FromHeader)
                want = md5HeaderAsHex(reply->header("Content-MD5"));
            if (want.isEmpty()) {
                qCWarning(lcCloud).noquote() << ctx.cloud << "image" << image.id
                                             << "has no checksum in the image service; the download is not verified";
                finish(written);
                return;
            }
            const QString got = verifier->hexDigest();
            if (got != want) {
                finish(makeError(ErrorCode::Corrupt,
                    ImageService::tr("%1: the data of image %2 (\u201c%3\u201d) arrived damaged: its %4 "
                                     "checksum is %5, but the image service recorded %6. The download "
                                     "must not be used. Try again; if it happens again, the image in the "
                                     "cloud may be damaged.")
                        .arg(ctx.cloud, image.id, image.name, expected.algorithm, got, want)));
                return;
            }
            finish(written);
        });
}

} // namespace

QFuture<Result<Image>> ImageService::waitForImage(const QString& id, QDeadlineTimer deadline, ProgressCallback progress)
{
    const QString action = tr("wait for image %1").arg(id);
    if (auto error = checkEndpoint(m_endpoint, action))
        return failed<Image>(*error);
    const ServiceEndpoint endpoint = m_endpoint;
    const QString cloud = endpoint.session->cloudName();
    return ServiceCall::poll<Image>(
        endpoint.session, [endpoint, id]() { return fetchImage(endpoint, id); },
        [cloud, id, progress](const Result<Image>& image) -> std::optional<Result<Image>> {
            if (!image)
                return image;
            const QString status = image->status;
            if (status == QLatin1String("active"))
                return image;
            if (status == QLatin1String("killed") || status == QLatin1String("deleted")
                || status == QLatin1String("pending_delete") || status == QLatin1String("deactivated")) {
                Error error
                    = makeError(status == QLatin1String("killed") ? ErrorCode::UnexpectedResponse : ErrorCode::Conflict,
                        tr("%1: image %2 (\u201c%3\u201d) became \u201c%4\u201d instead of active. %5")
                            .arg(cloud, id, image->name, status,
                                status == QLatin1String("killed")
                                    ? tr("The image service failed to store its data; delete it and create it again.")
                                    : tr("It can no longer become active; create a new one.")));
                return Result<Image>(error);
            }
            if (progress)
                progress(tr("Image is %1").arg(status), 0, 0);
            return std::nullopt;
        },
        [cloud, id](const Result<Image>& last) -> Result<Image> {
            const QString status = last ? last->status : QString();
            return makeError(ErrorCode::TimedOut,
                tr("%1: image %2 is still \u201c%3\u201d after the time allowed. It may still become "
                   "active; check it again later before creating a new one.")
                    .arg(cloud, id, status));
        },
        deadline, m_pollInitial, m_pollMax);
}

} // namespace ct::openstack
