#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "sandboxcontext.h"

namespace ct::sandbox {

/// Glance v2 at /image: images with their real bytes on disk (create, list with limit/marker/next, get, patch,
/// upload with PUT /file streamed to disk, download with Content-MD5 and Range, delete).
class ImageService
{
public:
    explicit ImageService(SandboxContext* context);

    HttpResponse handle(const HttpRequest& request, const QString& path, const AuthContext& auth);

    /// The public default images (cirros-0.6, ubuntu-22.04, debian-12) with deterministic bytes.
    void createDefaults();

    /// The image if `projectId` may see it, else empty.
    QJsonObject visibleImage(const QString& id, const QString& projectId) const;
    QString imageFile(const QString& id) const;

    /// Creates an image owned by `projectId` whose bytes are a copy of `sourceFile` (a server disk or a volume):
    /// queued now, active after `delayMs`. Returns the id.
    QString createFromFile(const QString& projectId, const QString& userId, const QString& name,
        const QString& sourceFile, const QJsonObject& properties, int delayMs);

    /// Size, MD5 and SHA-512 of a file, read in chunks.
    static void hashFile(const QString& path, qint64* size, QString* md5, QString* sha512);

private:
    QJsonObject render(const QJsonObject& image) const;
    HttpResponse list(const HttpRequest& request, const AuthContext& auth) const;
    HttpResponse create(const HttpRequest& request, const AuthContext& auth);
    HttpResponse patch(const HttpRequest& request, const QString& id, const AuthContext& auth);
    HttpResponse upload(const HttpRequest& request, const QString& id, const AuthContext& auth);
    HttpResponse download(const HttpRequest& request, const QString& id, const AuthContext& auth) const;
    HttpResponse remove(const QString& id, const AuthContext& auth);

    SandboxContext* m_context;
};

} // namespace ct::sandbox
