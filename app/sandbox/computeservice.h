#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "sandboxcontext.h"

namespace ct::sandbox {

class ImageService;
class NetworkService;
class VolumeService;

/// Nova v2.1 at /compute (microversions 2.1 - 2.93): servers (list/detail with limit/marker and changes-since,
/// create BUILD -> ACTIVE, delete, actions with Nova's state checks), flavors, key pairs, volume attachments.
class ComputeService
{
public:
    ComputeService(SandboxContext* context, ImageService* images, NetworkService* network, VolumeService* volumes);

    HttpResponse handle(const HttpRequest& request, const QString& path, const AuthContext& auth);
    /// GET /compute and /compute/v2.1 (no token needed).
    HttpResponse versions(const QString& path) const;

    /// Creates `count` servers named `<prefix>-00001`… in project `projectName` directly in ACTIVE (every third
    /// one SHUTOFF), for trying CloudTwin with a large inventory. Names that exist already are skipped.
    QStringList createMany(const QString& projectName, const QString& prefix, int count);
    /// Creates a server directly in `status` (ACTIVE or SHUTOFF), for seeding. Returns its id, or empty.
    QString createSeeded(const QString& projectName, const QString& name, const QString& flavorId,
        const QString& imageName, const QString& status);
    /// The flavor with this id or name, or empty.
    static QJsonObject flavor(const QString& idOrName);

private:
    /// createSeeded without the look-up for an existing server of that name.
    QString createSeededServer(const QString& projectName, const QString& name, const QString& flavorId,
        const QString& imageName, const QString& status);
    HttpResponse dispatch(const HttpRequest& request, const QString& path, const AuthContext& auth, int version);
    QJsonObject renderServer(const QJsonObject& server, int version) const;
    QJsonArray links(const QString& kind, const QString& id) const;
    HttpResponse listServers(const HttpRequest& request, const AuthContext& auth, int version, bool detail) const;
    HttpResponse createServer(const HttpRequest& request, const AuthContext& auth, int version);
    HttpResponse deleteServer(const QString& id);
    HttpResponse serverAction(const HttpRequest& request, const QString& id, const AuthContext& auth, int version);
    HttpResponse metadata(const HttpRequest& request, const QString& id);
    HttpResponse volumeAttachments(const HttpRequest& request, const QString& serverId, const QString& volumeId,
        const AuthContext& auth, int version);
    HttpResponse flavors(const HttpRequest& request, const QString& id, bool detail, int version) const;
    HttpResponse keypairs(const HttpRequest& request, const QString& name, const AuthContext& auth, int version);
    QJsonObject ownServer(const QString& id, const AuthContext& auth) const;
    QString newServer(const AuthContext& auth, const QString& name, const QJsonObject& flavor, const QJsonObject& image,
        const QStringList& networkIds, const QString& keyName, const QJsonObject& metadata,
        const QStringList& securityGroups);

    SandboxContext* m_context;
    ImageService* m_images;
    NetworkService* m_network;
    VolumeService* m_volumes;
};

} // namespace ct::sandbox
