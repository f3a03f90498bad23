#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "sandboxcontext.h"

namespace ct::sandbox {

class ImageService;

/// Cinder v3 at /volume/v3/{project_id}: volumes (detail with limit/marker, create creating -> available,
/// delete), os-volume_upload_image, and the attach/detach bookkeeping Nova's os-volume_attachments drives.
class VolumeService
{
public:
    VolumeService(SandboxContext* context, ImageService* images);

    HttpResponse handle(const HttpRequest& request, const QString& path, const AuthContext& auth);

    QJsonObject volume(const QString& id) const;
    /// Marks the volume attached to the server (attaching now, in-use after the action delay).
    void attach(const QString& volumeId, const QString& serverId, const QString& device);
    /// Detaching now, available after the action delay.
    void detach(const QString& volumeId);

private:
    QJsonObject render(const QJsonObject& volume) const;
    HttpResponse list(const HttpRequest& request, const AuthContext& auth, bool detail) const;
    HttpResponse create(const HttpRequest& request, const AuthContext& auth);
    HttpResponse remove(const QString& id);
    HttpResponse action(const HttpRequest& request, const QString& id, const AuthContext& auth);

    SandboxContext* m_context;
    ImageService* m_images;
};

} // namespace ct::sandbox
