#pragma once

#include "cloud/cloudprovider.h"
#include "cloud/openstack/serviceendpoint.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>

#include <chrono>

namespace ct::openstack {

/// Cinder v3 client: the volumes DR needs (list, create, delete, upload to an image, wait for a status).
/// The endpoint is the catalog's volumev3 URL, usually ".../v3/<project_id>"; one without a version gets "/v3"
/// appended. All calls return at once; the object may be destroyed while calls are in flight.
class VolumeService
{
    Q_DECLARE_TR_FUNCTIONS(VolumeService)

public:
    explicit VolumeService(ServiceEndpoint endpoint);

    /// Every volume of the project, all pages (GET /volumes/detail with `limit` + `marker`).
    QFuture<Result<QList<Volume>>> listVolumes();
    QFuture<Result<Volume>> getVolume(const QString& id);
    /// POST /volumes (202); the volume starts `creating`.
    QFuture<Result<Volume>> createVolume(const CreateVolumeRequest& request);
    QFuture<Status> deleteVolume(const QString& id);
    /// os-volume_upload_image with force=false, disk_format qcow2, container_format bare; returns the new
    /// image's id (poll it with ImageService::waitForImage). The volume must be `available` (detached):
    /// uploading in-use volumes needs enable_force_upload, which clouds leave off — upload a volume made
    /// from a snapshot instead.
    QFuture<Result<QString>> uploadToImage(const QString& volumeId, const QString& imageName);
    /// Polls until the volume's status is one of `statuses` ("deleted" also matches a 404). `error*` statuses
    /// and the deadline passing are errors.
    QFuture<Result<Volume>> waitForVolume(const QString& id, QList<QString> statuses, QDeadlineTimer deadline);

    /// For tests and tuning. Defaults: 2 s growing to 15 s.
    void setPollInterval(std::chrono::milliseconds initial, std::chrono::milliseconds maximum = {});
    /// Volumes per page (Cinder caps it at osapi_max_limit, default 1000).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

private:
    QUrl url(const QString& path) const;

    ServiceEndpoint m_endpoint;
    std::chrono::milliseconds m_pollInitial {2000};
    std::chrono::milliseconds m_pollMax {15000};
    int m_pageSize = 1000;
};

} // namespace ct::openstack
