#pragma once

#include "cloud/cloudprovider.h"
#include "cloud/openstack/compute/microversion.h"
#include "cloud/openstack/serviceendpoint.h"
#include "cloud/openstack/sharedresult.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPromise>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace ct::openstack {

/// Nova (compute API v2.1) for one account: microversion negotiation, servers (paged listing with
/// changes-since, get, create, delete, actions, wait), flavors, key pairs and volume attachments.
/// Every request first awaits the token guard (KeystoneAuth::ensureFreshToken), so long waits renew the
/// token before it runs out; a 401 in between is handled by ApiSession (one renewal, replay).
class ComputeClient : public QObject
{
    Q_OBJECT

public:
    explicit ComputeClient(ServiceEndpoint endpoint, QObject* parent = nullptr);

    /// Awaited before every request; may be empty.
    void setTokenGuard(std::function<QFuture<Status>()> guard) { m_tokenGuard = std::move(guard); }
    /// waitForServer polls after `initialMs`, doubling up to `maxMs` (defaults 500 ms → 5 s).
    void setPollIntervals(int initialMs, int maxMs);

    /// Reads the version document once per endpoint and picks the microversion (negotiateComputeVersion).
    QFuture<Result<Microversion>> negotiate();
    /// The negotiated version; null before negotiate() finished or for a legacy endpoint.
    Microversion microversion() const { return m_version; }

    QFuture<Result<QList<Server>>> listServers(const ListServersOptions& options = {});
    /// Only the first page of GET /servers/detail (for "Test connection").
    QFuture<Result<QList<Server>>> firstServerPage(int limit);
    QFuture<Result<Server>> getServer(const QString& id);
    /// POST /servers (202), then reads the new server back.
    QFuture<Result<Server>> createServer(const CreateServerRequest& request);
    QFuture<Status> deleteServer(const QString& id);
    QFuture<Status> startServer(const QString& id);
    QFuture<Status> stopServer(const QString& id);
    QFuture<Status> rebootServer(const QString& id, bool hard);
    QFuture<Status> resizeServer(const QString& id, const QString& flavorId);
    /// Succeeds also when the cloud confirmed on its own (409 while ACTIVE/SHUTOFF with the new flavor).
    QFuture<Status> confirmResize(const QString& id);
    /// createImage action; the image id comes from the body (≥ 2.45) or the Location header (< 2.45).
    QFuture<Result<QString>> createImage(const QString& id, const QString& name, const QVariantMap& metadata);
    QFuture<Result<Server>> waitForServer(
        const QString& id, QList<ServerStatus> targets, QDeadlineTimer deadline, ProgressCallback progress = {});

    QFuture<Result<QList<Flavor>>> listFlavors();
    QFuture<Result<Flavor>> getFlavor(const QString& id);
    QFuture<Result<QList<KeyPair>>> listKeyPairs();
    /// POST /os-keypairs with the public key (type "ssh" from 2.2 on); 409 when the name is taken.
    QFuture<Result<KeyPair>> importKeyPair(const QString& name, const QString& publicKey);
    /// GET /os-keypairs/{name}.
    QFuture<Result<KeyPair>> getKeyPair(const QString& name);
    /// DELETE /os-keypairs/{name}; a 404 is an error here (the provider treats it as done).
    QFuture<Status> deleteKeyPair(const QString& name);
    /// GET /os-availability-zone: every zone with compute hosts, available or not (the "internal" zone of the
    /// control services is only in the admin's /detail listing). Not paged.
    QFuture<Result<QList<AvailabilityZone>>> listAvailabilityZones();
    QFuture<Status> attachVolume(const QString& serverId, const QString& volumeId);
    QFuture<Status> detachVolume(const QString& serverId, const QString& volumeId);

private:
    struct ListState;
    struct CollectionState;
    struct WaitState;

    QString cloudName() const;
    /// The API root: the catalog URL when it names a version (".../v2.1/<project>"), else URL + "/v2.1".
    QUrl apiRoot() const;
    QUrl apiUrl(const QString& path, const QUrlQuery& query = {}) const;
    QUrl versionDocumentUrl() const;
    ApiRequest request(const QByteArray& method, const QUrl& url, const QString& action, QList<int> ok = {200}) const;
    ApiRequest jsonRequest(const QUrl& url, const QJsonObject& body, const QString& action, QList<int> ok) const;
    /// Token guard → negotiation → version headers → ApiSession::call.
    QFuture<Result<ApiReply>> send(ApiRequest request);
    QFuture<Status> guard();
    QFuture<Status> serverAction(
        const QString& id, const QJsonObject& body, const QString& action, QList<int> ok = {202});
    Result<QJsonObject> json(const Result<ApiReply>& reply, const QString& action) const;
    Result<Microversion> acceptVersionDocument(const Result<ApiReply>& reply);
    Error serviceError(ErrorCode code, const QString& message) const;
    /// UnexpectedResponse for an answer that is JSON but not of the documented shape; `detail` says what is wrong.
    Error unexpectedAnswer(const QString& action, const QString& detail) const;

    /// Every page of a Nova collection (`limit` + `marker`, following `<key>_links` rel=next): flavors, key
    /// pairs. Entries are handed over as JSON objects, de-duplicated by `idKey`.
    QFuture<Result<QList<QJsonObject>>> listAllPages(
        const QString& path, const QString& key, const QString& idKey, const QString& action, int pageSize = 1000);
    void fetchCollectionPage(std::shared_ptr<QPromise<Result<QList<QJsonObject>>>> promise,
        std::shared_ptr<CollectionState> state, QString marker);
    QFuture<Result<QList<Server>>> startServerList(const ListServersOptions& options, bool singlePage);
    void fetchServerPage(
        std::shared_ptr<QPromise<Result<QList<Server>>>> promise, std::shared_ptr<ListState> state, QString marker);
    void finishServerList(std::shared_ptr<QPromise<Result<QList<Server>>>> promise, std::shared_ptr<ListState> state);
    void pollServer(std::shared_ptr<QPromise<Result<Server>>> promise, std::shared_ptr<WaitState> state);
    QFuture<Status> checkAlreadyConfirmed(const QString& id, const Error& conflict);

    ServiceEndpoint m_endpoint;
    std::function<QFuture<Status>()> m_tokenGuard;
    int m_pollInitialMs = 500;
    int m_pollMaxMs = 5000;

    Microversion m_version;
    QString m_versionFor; ///< the endpoint the version was negotiated with
    SharedResult<Result<Microversion>> m_negotiation;
    QHash<QString, Flavor> m_flavorCache; ///< flavors never change in Nova; only needed below 2.47
    QHash<QString, QString> m_resizeTargets; ///< server id → flavor id of the last resize we asked for
};

} // namespace ct::openstack
