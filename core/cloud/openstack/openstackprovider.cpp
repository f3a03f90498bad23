#include "cloud/openstack/openstackprovider.h"

#include "cloud/openstack/image/imageservice.h"
#include "cloud/openstack/network/networkservice.h"
#include "cloud/openstack/volume/volumeservice.h"
#include "cloud/publickey.h"
#include "logging/logging.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace ct::openstack {

namespace {

template<class T>
QFuture<Result<T>> readyError(Error error)
{
    return QtFuture::makeReadyFuture(Result<T>(std::move(error)));
}

/// Deleting what is already gone is what the caller wanted.
Status goneIsDone(const Status& status)
{
    if (!status && status.error().code == ErrorCode::NotFound)
        return {};
    return status;
}

/// The port a floating IP goes to: the first with an IPv4 address (floating IPs are IPv4), else the first.
std::optional<Port> firstPort(const QList<Port>& ports)
{
    for (const Port& port : ports) {
        for (const QString& ip : port.fixedIps) {
            if (!ip.contains(QLatin1Char(':')))
                return port;
        }
    }
    if (ports.isEmpty())
        return std::nullopt;
    return ports.first();
}

/// Streamed uploads are never replayed after a 401, so they start with a token that outlives them.
constexpr int kUploadTokenSeconds = 45 * 60;

/// Joins a catalog URL and a path, adding `version` unless the URL names a version already
/// (Cinder ".../v3/<project>", Neutron ".../v2.0", Glance ".../v2").
QUrl probeUrl(QUrl base, const QString& version, const QString& path, const QString& query)
{
    static const QRegularExpression versionSegment(QStringLiteral("^v\\d+(\\.\\d+)?$"));
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    bool versioned = false;
    for (const QString& segment : prefix.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        versioned = versioned || versionSegment.match(segment).hasMatch();
    base.setPath((versioned ? prefix : prefix + version) + path);
    base.setQuery(query);
    return base;
}

} // namespace

OpenStackProvider::OpenStackProvider(CloudAccount account, QByteArray secret, HttpPolicy policy, QObject* parent)
    : CloudProvider(parent)
    , m_account(std::move(account))
{
    TlsOptions tls;
    tls.caFile = m_account.caFile;
    tls.insecure = m_account.insecure;
    m_session = std::make_unique<ApiSession>(m_account.name, policy, tls);
    m_auth = std::make_unique<KeystoneAuth>(m_session.get(), m_account, std::move(secret));
    m_session->setAuthenticator(m_auth.get());

    m_compute = std::make_unique<ComputeClient>(endpointFor(QStringLiteral("compute")));
    KeystoneAuth* auth = m_auth.get();
    m_compute->setTokenGuard([auth]() { return auth->ensureFreshToken(); });
    m_images = std::make_unique<ImageService>(endpointFor(QStringLiteral("image")));
    m_volumes = std::make_unique<VolumeService>(endpointFor(QStringLiteral("volume")));
    m_networks = std::make_unique<NetworkService>(endpointFor(QStringLiteral("network")));
}

OpenStackProvider::~OpenStackProvider()
{
    // The service clients are destroyed before the session; their continuations must run while they live.
    m_session->abortAll();
}

Status OpenStackProvider::prepare() { return m_session->prepareTls(); }

ServiceEndpoint OpenStackProvider::endpointFor(const QString& service)
{
    // Read at call time: a renewed token may bring a different catalog.
    KeystoneAuth* auth = m_auth.get();
    return ServiceEndpoint {m_session.get(), [auth, service]() {
                                const Result<QUrl> url = auth->endpoint(service);
                                return url ? *url : QUrl();
                            }};
}

template<class T, class F>
QFuture<Result<T>> OpenStackProvider::withService(const QString& service, F call)
{
    return m_auth->ensureFreshToken()
        .then(this,
            [this, service, call = std::move(call)](const Status& fresh) mutable -> QFuture<Result<T>> {
                if (!fresh)
                    return readyError<T>(fresh.error());
                const Result<QUrl> endpoint = m_auth->endpoint(service);
                if (!endpoint)
                    return readyError<T>(endpoint.error());
                return call();
            })
        .unwrap();
}

QFuture<Status> OpenStackProvider::authenticate() { return m_auth->ensureFreshToken(); }

// --- compute ---------------------------------------------------------------------------------------------

QFuture<Result<QList<Flavor>>> OpenStackProvider::listFlavors()
{
    return withService<QList<Flavor>>(QStringLiteral("compute"), [this]() { return m_compute->listFlavors(); });
}

QFuture<Result<QList<KeyPair>>> OpenStackProvider::listKeyPairs()
{
    return withService<QList<KeyPair>>(QStringLiteral("compute"), [this]() { return m_compute->listKeyPairs(); });
}

QFuture<Result<QList<AvailabilityZone>>> OpenStackProvider::listAvailabilityZones()
{
    return withService<QList<AvailabilityZone>>(
        QStringLiteral("compute"), [this]() { return m_compute->listAvailabilityZones(); });
}

QFuture<Result<QList<Server>>> OpenStackProvider::listServers(const ListServersOptions& options)
{
    return withService<QList<Server>>(
        QStringLiteral("compute"), [this, options]() { return m_compute->listServers(options); });
}

QFuture<Result<Server>> OpenStackProvider::getServer(const QString& id)
{
    return withService<Server>(QStringLiteral("compute"), [this, id]() { return m_compute->getServer(id); });
}

QFuture<Result<Server>> OpenStackProvider::createServer(const CreateServerRequest& request)
{
    return withService<Server>(
        QStringLiteral("compute"), [this, request]() { return m_compute->createServer(request); });
}

QFuture<Status> OpenStackProvider::deleteServer(const QString& id)
{
    return withService<void>(QStringLiteral("compute"), [this, id]() {
        return m_compute->deleteServer(id);
    }).then(this, &goneIsDone);
}

QFuture<Status> OpenStackProvider::startServer(const QString& id)
{
    return withService<void>(QStringLiteral("compute"), [this, id]() { return m_compute->startServer(id); });
}

QFuture<Status> OpenStackProvider::stopServer(const QString& id)
{
    return withService<void>(QStringLiteral("compute"), [this, id]() { return m_compute->stopServer(id); });
}

QFuture<Status> OpenStackProvider::rebootServer(const QString& id, bool hard)
{
    return withService<void>(
        QStringLiteral("compute"), [this, id, hard]() { return m_compute->rebootServer(id, hard); });
}

QFuture<Status> OpenStackProvider::resizeServer(const QString& id, const QString& flavorId)
{
    return withService<void>(
        QStringLiteral("compute"), [this, id, flavorId]() { return m_compute->resizeServer(id, flavorId); });
}

QFuture<Status> OpenStackProvider::confirmResize(const QString& id)
{
    return withService<void>(QStringLiteral("compute"), [this, id]() { return m_compute->confirmResize(id); });
}

QFuture<Result<QString>> OpenStackProvider::snapshotServer(
    const QString& id, const QString& imageName, const QVariantMap& metadata)
{
    return withService<QString>(QStringLiteral("compute"),
        [this, id, imageName, metadata]() { return m_compute->createImage(id, imageName, metadata); });
}

QFuture<Result<Server>> OpenStackProvider::waitForServer(
    const QString& id, QList<ServerStatus> targets, QDeadlineTimer deadline, ProgressCallback progress)
{
    return withService<Server>(QStringLiteral("compute"), [this, id, targets, deadline, progress]() {
        return m_compute->waitForServer(id, targets, deadline, progress);
    });
}

QFuture<Status> OpenStackProvider::attachVolume(const QString& serverId, const QString& volumeId)
{
    return withService<void>(QStringLiteral("compute"),
        [this, serverId, volumeId]() { return m_compute->attachVolume(serverId, volumeId); });
}

QFuture<Status> OpenStackProvider::detachVolume(const QString& serverId, const QString& volumeId)
{
    return withService<void>(QStringLiteral("compute"),
        [this, serverId, volumeId]() { return m_compute->detachVolume(serverId, volumeId); });
}

// --- image, volume, network --------------------------------------------------------------------------------

QFuture<Result<QList<Image>>> OpenStackProvider::listImages()
{
    return withService<QList<Image>>(QStringLiteral("image"), [this]() { return m_images->listImages(); });
}

QFuture<Result<Image>> OpenStackProvider::getImage(const QString& id)
{
    return withService<Image>(QStringLiteral("image"), [this, id]() { return m_images->getImage(id); });
}

QFuture<Result<Image>> OpenStackProvider::createImage(const CreateImageRequest& request)
{
    return withService<Image>(QStringLiteral("image"), [this, request]() { return m_images->createImage(request); });
}

QFuture<Status> OpenStackProvider::deleteImage(const QString& id)
{
    return withService<void>(QStringLiteral("image"), [this, id]() { return m_images->deleteImage(id); });
}

QFuture<Status> OpenStackProvider::uploadImage(
    const QString& id, QIODevice* source, qint64 size, ProgressCallback progress)
{
    QPointer<QIODevice> guard(source);
    return m_auth->ensureTokenValidFor(kUploadTokenSeconds)
        .then(this,
            [this, id, guard, size, progress](const Status& fresh) -> QFuture<Status> {
                if (!fresh)
                    return readyError<void>(fresh.error());
                return withService<void>(QStringLiteral("image"), [this, id, guard, size, progress]() {
                    if (!guard)
                        return readyError<void>(makeError(ErrorCode::Internal,
                            tr("%1: the upload source was closed before the upload of image %2 "
                               "started.")
                                .arg(cloudName(), id)));
                    return m_images->uploadImage(id, guard.data(), size, progress);
                });
            })
        .unwrap();
}

QFuture<Result<qint64>> OpenStackProvider::downloadImage(const QString& id, QIODevice* sink, ProgressCallback progress)
{
    QPointer<QIODevice> guard(sink);
    return withService<qint64>(QStringLiteral("image"), [this, id, guard, progress]() {
        if (!guard)
            return readyError<qint64>(makeError(ErrorCode::Internal,
                tr("%1: the download target was closed before the download of image %2 started.")
                    .arg(cloudName(), id)));
        return m_images->downloadImage(id, guard.data(), progress);
    });
}

QFuture<Result<Image>> OpenStackProvider::waitForImage(
    const QString& id, QDeadlineTimer deadline, ProgressCallback progress)
{
    return withService<Image>(QStringLiteral("image"),
        [this, id, deadline, progress]() { return m_images->waitForImage(id, deadline, progress); });
}

QFuture<Result<QList<Volume>>> OpenStackProvider::listVolumes()
{
    return withService<QList<Volume>>(QStringLiteral("volume"), [this]() { return m_volumes->listVolumes(); });
}

QFuture<Result<Volume>> OpenStackProvider::createVolume(const CreateVolumeRequest& request)
{
    return withService<Volume>(
        QStringLiteral("volume"), [this, request]() { return m_volumes->createVolume(request); });
}

QFuture<Status> OpenStackProvider::deleteVolume(const QString& id)
{
    return withService<void>(QStringLiteral("volume"), [this, id]() {
        return m_volumes->deleteVolume(id);
    }).then(this, &goneIsDone);
}

QFuture<Result<QString>> OpenStackProvider::uploadVolumeToImage(const QString& volumeId, const QString& imageName)
{
    return withService<QString>(QStringLiteral("volume"),
        [this, volumeId, imageName]() { return m_volumes->uploadToImage(volumeId, imageName); });
}

QFuture<Result<QList<Network>>> OpenStackProvider::listNetworks()
{
    return withService<QList<Network>>(QStringLiteral("network"), [this]() { return m_networks->listNetworks(); });
}

QFuture<Result<QList<SecurityGroup>>> OpenStackProvider::listSecurityGroups()
{
    return withService<QList<SecurityGroup>>(
        QStringLiteral("network"), [this]() { return m_networks->listSecurityGroups(); });
}

// --- key pairs, security groups, floating IPs ----------------------------------------------------------------

QFuture<Result<KeyPair>> OpenStackProvider::importKeyPair(const QString& name, const QString& publicKey)
{
    return withService<KeyPair>(
        QStringLiteral("compute"), [this, name, publicKey]() { return m_compute->importKeyPair(name, publicKey); })
        .then(this,
            [this, name, publicKey](const Result<KeyPair>& imported) -> QFuture<Result<KeyPair>> {
                if (imported || imported.error().code != ErrorCode::Conflict)
                    return QtFuture::makeReadyFuture(imported);
                // 409: the name is taken. The same key under it (a second apply) is what the caller wanted.
                return m_compute->getKeyPair(name).then(
                    this, [this, name, publicKey, conflict = imported.error()](const Result<KeyPair>& existing) {
                        if (existing && openSshKeyBody(existing->publicKey) == openSshKeyBody(publicKey))
                            return Result<KeyPair>(*existing);
                        Error error = makeError(ErrorCode::AlreadyExists,
                            tr("%1: a different key pair named \u201c%2\u201d already exists. Choose another name, "
                               "or delete the old key pair if nothing uses it.")
                                .arg(cloudName(), name));
                        error.httpStatus = conflict.httpStatus;
                        return Result<KeyPair>(error);
                    });
            })
        .unwrap();
}

QFuture<Status> OpenStackProvider::deleteKeyPair(const QString& name)
{
    return withService<void>(QStringLiteral("compute"), [this, name]() {
        return m_compute->deleteKeyPair(name);
    }).then(this, &goneIsDone);
}

QFuture<Result<SecurityGroup>> OpenStackProvider::createSecurityGroup(const QString& name, const QString& description)
{
    return withService<SecurityGroup>(QStringLiteral("network"),
        [this, name, description]() { return m_networks->createSecurityGroup(name, description); });
}

QFuture<Result<SecurityGroupRule>> OpenStackProvider::addSecurityGroupRule(
    const QString& groupId, const SecurityGroupRule& rule)
{
    return withService<SecurityGroupRule>(
        QStringLiteral("network"), [this, groupId, rule]() { return m_networks->addSecurityGroupRule(groupId, rule); });
}

QFuture<Status> OpenStackProvider::deleteSecurityGroup(const QString& groupId)
{
    return withService<void>(QStringLiteral("network"), [this, groupId]() {
        return m_networks->deleteSecurityGroup(groupId);
    }).then(this, &goneIsDone);
}

QFuture<Result<FloatingIp>> OpenStackProvider::attachPublicIp(const QString& serverId)
{
    return withService<QList<Port>>(
        QStringLiteral("network"), [this, serverId]() { return m_networks->listPorts(serverId); })
        .then(this,
            [this, serverId](const Result<QList<Port>>& ports) -> QFuture<Result<FloatingIp>> {
                if (!ports)
                    return readyError<FloatingIp>(ports.error());
                const std::optional<Port> port = firstPort(*ports);
                if (!port)
                    return readyError<FloatingIp>(makeError(ErrorCode::InvalidInput,
                        tr("%1: server %2 has no network port, so no floating IP can lead to it. Create the server "
                           "on a network of the project.")
                            .arg(cloudName(), serverId)));
                // Already there (a second apply, or a retry after a lost answer): use it, allocate nothing.
                return m_networks->listFloatingIps(port->id)
                    .then(this,
                        [this, serverId, port = *port](
                            const Result<QList<FloatingIp>>& existing) -> QFuture<Result<FloatingIp>> {
                            if (!existing)
                                return readyError<FloatingIp>(existing.error());
                            if (!existing->isEmpty()) {
                                FloatingIp ip = existing->first();
                                ip.serverId = serverId;
                                return QtFuture::makeReadyFuture(Result<FloatingIp>(ip));
                            }
                            return allocateFloatingIp(serverId, port);
                        })
                    .unwrap();
            })
        .unwrap();
}

QFuture<Result<FloatingIp>> OpenStackProvider::allocateFloatingIp(const QString& serverId, const Port& port)
{
    return m_networks->listExternalNetworks()
        .then(this,
            [this, serverId, port](const Result<QList<Network>>& externals) -> QFuture<Result<FloatingIp>> {
                if (!externals)
                    return readyError<FloatingIp>(externals.error());
                // The first router:external one (also when a cloud ignores the filter and lists them all).
                const auto external = std::find_if(
                    externals->begin(), externals->end(), [](const Network& network) { return network.external; });
                if (external == externals->end())
                    return readyError<FloatingIp>(makeError(ErrorCode::NotFound,
                        tr("%1: the cloud has no external network (router:external), so there is no pool to take "
                           "a floating IP from. Ask the cloud's administrator for one, or reach the server over "
                           "its private address.")
                            .arg(cloudName())));
                return m_networks->createFloatingIp(external->id, port.id)
                    .then(this, [serverId](const Result<FloatingIp>& created) -> Result<FloatingIp> {
                        if (!created)
                            return created.error();
                        FloatingIp ip = *created;
                        ip.serverId = serverId;
                        return ip;
                    });
            })
        .unwrap();
}

QFuture<Status> OpenStackProvider::releasePublicIp(const QString& publicIpId)
{
    return withService<FloatingIp>(QStringLiteral("network"),
        [this, publicIpId]() { return m_networks->associateFloatingIp(publicIpId, QString()); })
        .then(this,
            [this, publicIpId](const Result<FloatingIp>& disassociated) -> QFuture<Status> {
                if (!disassociated)
                    return QtFuture::makeReadyFuture(goneIsDone(Status(disassociated.error())));
                return m_networks->deleteFloatingIp(publicIpId).then(this, &goneIsDone);
            })
        .unwrap();
}

QFuture<Result<QList<FloatingIp>>> OpenStackProvider::listPublicIps()
{
    return withService<QList<FloatingIp>>(
        QStringLiteral("network"), [this]() { return m_networks->listFloatingIps(); });
}

// --- test connection ---------------------------------------------------------------------------------------

QFuture<ServiceCheck> OpenStackProvider::checkService(const QString& service)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto done = [service, clock](bool ok, const QString& detail) {
        ServiceCheck check;
        check.service = service;
        check.ok = ok;
        check.elapsedMs = clock->elapsed();
        check.detail = detail;
        return check;
    };
    const Result<QUrl> endpoint = m_auth->endpoint(service);
    if (!endpoint)
        return QtFuture::makeReadyFuture(done(false, endpoint.error().message));

    if (service == QLatin1String("compute")) {
        return m_compute->negotiate()
            .then(this,
                [this, done](const Result<Microversion>& version) -> QFuture<ServiceCheck> {
                    if (!version)
                        return QtFuture::makeReadyFuture(done(false, version.error().message));
                    const QString api = version->toString();
                    return m_compute->firstServerPage(1).then(this, [done, api](const Result<QList<Server>>& page) {
                        if (!page)
                            return done(false, page.error().message);
                        return done(true, tr("API %1; listing servers works").arg(api));
                    });
                })
            .unwrap();
    }

    // One small list call per service: enough to prove the endpoint, the token and the role.
    QUrl url;
    QString action;
    if (service == QLatin1String("image")) {
        url = probeUrl(*endpoint, QStringLiteral("/v2"), QStringLiteral("/images"), QStringLiteral("limit=1"));
        action = tr("list images");
    } else if (service == QLatin1String("network")) {
        url = probeUrl(*endpoint, QStringLiteral("/v2.0"), QStringLiteral("/networks"), QStringLiteral("limit=1"));
        action = tr("list networks");
    } else {
        url = probeUrl(*endpoint, QStringLiteral("/v3"), QStringLiteral("/volumes"), QStringLiteral("limit=1"));
        action = tr("list volumes");
    }
    return m_session->call(ApiRequest::get(url, service, action))
        .then(this, [this, done, service, action](const Result<ApiReply>& reply) {
            if (!reply)
                return done(false, reply.error().message);
            QJsonParseError error {};
            const QJsonDocument document = QJsonDocument::fromJson(reply->body, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                return done(false,
                    tr("%1: the %2 service answered \u201c%3\u201d with something that is not JSON "
                       "(%4). A proxy may sit in front of it.")
                        .arg(cloudName(), service, action,
                            extractCloudMessage(reply->body, reply->header("Content-Type"))));
            return done(true, tr("%1 works (%2 ms)").arg(action).arg(reply->elapsedMs));
        });
}

QFuture<Result<QList<ServiceCheck>>> OpenStackProvider::testConnection()
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    return m_auth->authenticate()
        .then(this,
            [this, clock](const Status& signedIn) -> QFuture<Result<QList<ServiceCheck>>> {
                ServiceCheck identity;
                identity.service = QStringLiteral("identity");
                identity.ok = signedIn.ok();
                identity.elapsedMs = clock->elapsed();
                identity.detail = signedIn
                    ? tr("signed in; the token is valid until %1 UTC").arg(m_auth->expiresAt().toString(Qt::ISODate))
                    : signedIn.error().message;
                const QStringList services {QStringLiteral("compute"), QStringLiteral("image"),
                    QStringLiteral("network"), QStringLiteral("volume")};
                if (!signedIn) {
                    QList<ServiceCheck> checks {identity};
                    for (const QString& service : services) {
                        ServiceCheck skipped;
                        skipped.service = service;
                        skipped.detail = tr("not checked: signing in failed");
                        checks.append(skipped);
                    }
                    return QtFuture::makeReadyFuture(Result<QList<ServiceCheck>>(checks));
                }
                QList<QFuture<ServiceCheck>> running;
                for (const QString& service : services)
                    running.append(checkService(service));
                return QtFuture::whenAll(running.begin(), running.end())
                    .then(this, [identity](const QList<QFuture<ServiceCheck>>& finished) {
                        QList<ServiceCheck> checks {identity};
                        for (const QFuture<ServiceCheck>& check : finished)
                            checks.append(check.result());
                        return Result<QList<ServiceCheck>>(checks);
                    });
            })
        .unwrap();
}

} // namespace ct::openstack
