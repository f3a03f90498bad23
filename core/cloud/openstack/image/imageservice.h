#pragma once

#include "cloud/cloudprovider.h"
#include "cloud/openstack/serviceendpoint.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>
#include <QIODevice>

#include <chrono>

namespace ct::openstack {

/// Glance v2 client: image records, streamed upload and download with checksum verification, and waiting for
/// an image to become active. All calls return at once; results arrive on the session's thread. The object
/// may be destroyed while calls are in flight (continuations hold copies, not `this`).
class ImageService
{
    Q_DECLARE_TR_FUNCTIONS(ImageService)

public:
    explicit ImageService(ServiceEndpoint endpoint);

    /// Every image the project can see, all pages (Glance `limit` + `marker`, following `next`).
    QFuture<Result<QList<Image>>> listImages();
    QFuture<Result<Image>> getImage(const QString& id);
    /// POST /v2/images; the new image is `queued` until data is uploaded. `properties` become string
    /// image properties.
    QFuture<Result<Image>> createImage(const CreateImageRequest& request);
    QFuture<Status> deleteImage(const QString& id);
    /// Streams `size` bytes from `source` (open for reading, alive until the future finishes) into a queued
    /// image, in constant memory. The request is never replayed: refresh the token before a long upload.
    QFuture<Status> uploadImage(const QString& id, QIODevice* source, qint64 size, ProgressCallback progress = {});
    /// Streams the image data into `sink` (open for writing, alive until the future finishes) and verifies it
    /// against os_hash_algo/os_hash_value, or the MD5 `checksum` / Content-MD5 when there is no multihash.
    /// A mismatch or a short read is ErrorCode::Corrupt. Returns the number of bytes written.
    QFuture<Result<qint64>> downloadImage(const QString& id, QIODevice* sink, ProgressCallback progress = {});
    /// Polls until the image is `active`; `killed`, `deleted`, `pending_delete` and `deactivated` are errors,
    /// and so is the deadline passing. The poll interval starts at the initial value and grows by half each
    /// time up to the maximum.
    QFuture<Result<Image>> waitForImage(const QString& id, QDeadlineTimer deadline, ProgressCallback progress = {});

    /// For tests and tuning. Defaults: 2 s growing to 15 s.
    void setPollInterval(std::chrono::milliseconds initial, std::chrono::milliseconds maximum = {});
    /// Images per page when listing (Glance caps it at api_limit_max, default 1000).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

private:
    QUrl url(const QString& path) const;

    ServiceEndpoint m_endpoint;
    std::chrono::milliseconds m_pollInitial {2000};
    std::chrono::milliseconds m_pollMax {15000};
    int m_pageSize = 1000;
};

} // namespace ct::openstack
