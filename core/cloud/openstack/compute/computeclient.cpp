#include "cloud/openstack/compute/computeclient.h"

#include "cloud/openstack/compute/novajson.h"
#include "cloud/openstack/image/servicecall.h"
#include "cloud/openstack/jsonreply.h"
#include "logging/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace ct::openstack {

namespace {

template<class T>
QFuture<Result<T>> readyError(Error error)
{
    return QtFuture::makeReadyFuture(Result<T>(std::move(error)));
}

template<class T>
void settle(const std::shared_ptr<QPromise<Result<T>>>& promise, Result<T> result)
{
    promise->addResult(std::move(result));
    promise->finish();
}

template<class T>
std::shared_ptr<QPromise<Result<T>>> startedPromise()
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    return promise;
}

const QRegularExpression& versionSegment()
{
    static const QRegularExpression pattern(QStringLiteral("^v2(\\.\\d+)?$"));
    return pattern;
}

constexpr Microversion kEmbeddedFlavors {2, 47};
constexpr Microversion kImageIdInBody {2, 45};
constexpr Microversion kAutoNetworks {2, 37};

} // namespace

struct ComputeClient::ListState
{
    ListServersOptions options;
    QList<Server> servers;
    QSet<QString> seen;
    QHash<QString, QString> flavorIds; ///< server id → flavor id, below 2.47
    int pages = 0;
    bool singlePage = false;
};

struct ComputeClient::WaitState
{
    QString id;
    QList<ServerStatus> targets;
    QDeadlineTimer deadline;
    ProgressCallback progress;
    int intervalMs = 500;
    QString lastStatus;
};

ComputeClient::ComputeClient(ServiceEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{ }

void ComputeClient::setPollIntervals(int initialMs, int maxMs)
{
    m_pollInitialMs = std::max(1, initialMs);
    m_pollMaxMs = std::max(m_pollInitialMs, maxMs);
}

QString ComputeClient::cloudName() const { return m_endpoint.session ? m_endpoint.session->cloudName() : QString(); }

Error ComputeClient::serviceError(ErrorCode code, const QString& message) const { return makeError(code, message); }

Error ComputeClient::unexpectedAnswer(const QString& action, const QString& detail) const
{
    return ServiceCall::unexpected(CallContext {cloudName(), QStringLiteral("compute"), action}, detail);
}

QUrl ComputeClient::apiRoot() const
{
    QUrl base = m_endpoint.baseUrl ? m_endpoint.baseUrl() : QUrl();
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool versioned = std::any_of(
        segments.begin(), segments.end(), [](const QString& s) { return versionSegment().match(s).hasMatch(); });
    base.setPath(versioned ? path : path + QStringLiteral("/v2.1"));
    return base;
}

QUrl ComputeClient::apiUrl(const QString& path, const QUrlQuery& query) const
{
    QUrl url = apiRoot();
    url.setPath(url.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl ComputeClient::versionDocumentUrl() const
{
    // ".../v2.1/<project>" → ".../v2.1/": GET there answers {"version": {...}}.
    QUrl url = apiRoot();
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString& segment : segments) {
        kept.append(segment);
        if (versionSegment().match(segment).hasMatch())
            break;
    }
    url.setPath(QLatin1Char('/') + kept.join(QLatin1Char('/')) + QLatin1Char('/'));
    url.setQuery(QString());
    return url;
}

ApiRequest ComputeClient::request(const QByteArray& method, const QUrl& url, const QString& action, QList<int> ok) const
{
    ApiRequest request;
    request.method = method;
    request.url = url;
    request.okStatuses = std::move(ok);
    request.service = QStringLiteral("compute");
    request.action = action;
    request.idempotent = method == "GET" || method == "DELETE" || method == "HEAD";
    return request;
}

ApiRequest ComputeClient::jsonRequest(
    const QUrl& url, const QJsonObject& body, const QString& action, QList<int> ok) const
{
    return ApiRequest::jsonPost(url, QJsonDocument(body), QStringLiteral("compute"), action, std::move(ok));
}

QFuture<Status> ComputeClient::guard()
{
    if (!m_tokenGuard)
        return QtFuture::makeReadyFuture(Status());
    return m_tokenGuard();
}

Result<QJsonObject> ComputeClient::json(const Result<ApiReply>& reply, const QString& action) const
{
    if (!reply)
        return reply.error();
    return parseJsonObject(*reply, cloudName(), QStringLiteral("compute"), action);
}

QFuture<Result<Microversion>> ComputeClient::negotiate()
{
    const QUrl root = apiRoot();
    if (!root.isValid() || root.scheme().isEmpty() || !m_endpoint.session)
        return readyError<Microversion>(serviceError(ErrorCode::Unavailable,
            tr("%1: no compute endpoint is known for this account. Sign in first, and check that the "
               "project has the compute service in the chosen region.")
                .arg(cloudName())));
    if (m_versionFor == root.toString() && !m_version.isNull())
        return QtFuture::makeReadyFuture(Result<Microversion>(m_version));
    if (m_negotiation.running())
        return m_negotiation.join();

    const QString action = tr("read the compute API versions");
    ApiRequest versions = request("GET", versionDocumentUrl(), action);
    QPointer<ApiSession> session = m_endpoint.session;
    QFuture<Result<Microversion>> joined = m_negotiation.join();
    m_negotiation.start(guard()
                            .then(this,
                                [session, versions](const Status& fresh) -> QFuture<Result<ApiReply>> {
                                    if (!fresh)
                                        return readyError<ApiReply>(fresh.error());
                                    if (!session)
                                        return readyError<ApiReply>(makeError(ErrorCode::Internal, QString()));
                                    return session->call(versions);
                                })
                            .unwrap()
                            .then(this,
                                [this, root](const Result<ApiReply>& reply) {
                                    Result<Microversion> version = acceptVersionDocument(reply);
                                    if (version)
                                        m_versionFor = root.toString();
                                    return version;
                                }),
        this);
    return joined;
}

Result<Microversion> ComputeClient::acceptVersionDocument(const Result<ApiReply>& reply)
{
    const QString action = tr("read the compute API versions");
    const auto body = json(reply, action);
    if (!body)
        return body.error();
    QJsonObject version = body->value(QLatin1String("version")).toObject();
    if (version.isEmpty()) {
        // The unversioned root lists all: take v2.1, else the CURRENT one.
        const QJsonArray all = body->value(QLatin1String("versions")).toArray();
        for (const QJsonValue& entry : all) {
            const QJsonObject candidate = entry.toObject();
            if (candidate.value(QLatin1String("id")).toString() == QLatin1String("v2.1")
                || (version.isEmpty()
                    && candidate.value(QLatin1String("status")).toString() == QLatin1String("CURRENT")))
                version = candidate;
        }
    }
    if (version.isEmpty())
        return serviceError(ErrorCode::UnexpectedResponse,
            tr("%1: the compute service's version document has neither \u201cversion\u201d nor "
               "\u201cversions\u201d. Check the compute endpoint in the catalog; if it is right, tell "
               "the cloud's administrator.")
                .arg(cloudName()));
    const Microversion maximum = Microversion::parse(version.value(QLatin1String("version")).toString());
    const Microversion minimum = Microversion::parse(version.value(QLatin1String("min_version")).toString());
    m_version = negotiateComputeVersion(minimum, maximum);
    qCInfo(lcCloud).noquote() << cloudName() << "compute API"
                              << (maximum.isNull() ? QStringLiteral("2.0 (legacy)") : maximum.toString()) << "-> using"
                              << (m_version.isNull() ? QStringLiteral("none") : m_version.toString());
    if (m_version.isNull())
        m_version = Microversion {2, 1}; // legacy v2.0: no header is sent (see send()), shapes as in 2.1
    return m_version;
}

QFuture<Result<ApiReply>> ComputeClient::send(ApiRequest request)
{
    QPointer<ApiSession> session = m_endpoint.session;
    return negotiate()
        .then(this,
            [this, session, request](const Result<Microversion>& version) mutable -> QFuture<Result<ApiReply>> {
                if (!version)
                    return readyError<ApiReply>(version.error());
                return guard()
                    .then(this,
                        [session, request, version = *version](
                            const Status& fresh) mutable -> QFuture<Result<ApiReply>> {
                            if (!fresh)
                                return readyError<ApiReply>(fresh.error());
                            if (!session)
                                return readyError<ApiReply>(makeError(ErrorCode::Internal, QString()));
                            if (version > Microversion {2, 1}) {
                                const QByteArray text = version.toString().toLatin1();
                                request.header("OpenStack-API-Version", "compute " + text);
                                request.header("X-OpenStack-Nova-API-Version", text);
                            }
                            return session->call(request);
                        })
                    .unwrap();
            })
        .unwrap();
}

// --- servers ---------------------------------------------------------------------------------------------

QFuture<Result<QList<Server>>> ComputeClient::listServers(const ListServersOptions& options)
{
    return startServerList(options, false);
}

QFuture<Result<QList<Server>>> ComputeClient::firstServerPage(int limit)
{
    ListServersOptions options;
    options.pageSize = limit;
    return startServerList(options, true);
}

QFuture<Result<QList<Server>>> ComputeClient::startServerList(const ListServersOptions& options, bool singlePage)
{
    auto promise = startedPromise<QList<Server>>();
    auto state = std::make_shared<ListState>();
    state->options = options;
    state->singlePage = singlePage;
    if (state->options.pageSize <= 0)
        state->options.pageSize = 1000;
    fetchServerPage(promise, state, QString());
    return promise->future();
}

void ComputeClient::fetchServerPage(
    std::shared_ptr<QPromise<Result<QList<Server>>>> promise, std::shared_ptr<ListState> state, QString marker)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(state->options.pageSize));
    if (!marker.isEmpty())
        query.addQueryItem(QStringLiteral("marker"), marker);
    if (state->options.changesSince.isValid())
        query.addQueryItem(QStringLiteral("changes-since"), state->options.changesSince.toUTC().toString(Qt::ISODate));
    const QString action = tr("list servers");
    send(request("GET", apiUrl(QStringLiteral("/servers/detail"), query), action))
        .then(this, [this, promise, state, marker, action](const Result<ApiReply>& reply) {
            const auto body = json(reply, action);
            if (!body) {
                settle(promise, Result<QList<Server>>(body.error()));
                return;
            }
            if (!body->value(QLatin1String("servers")).isArray()) {
                settle(promise,
                    Result<QList<Server>>(serviceError(ErrorCode::UnexpectedResponse,
                        tr("%1: could not %2 — the compute service's answer has no \u201cservers\u201d "
                           "list. Check the compute endpoint; if it is right, tell the cloud's "
                           "administrator.")
                            .arg(cloudName(), action))));
                return;
            }
            const QJsonArray page = body->value(QLatin1String("servers")).toArray();
            ++state->pages;
            for (const QJsonValue& value : page) {
                const QJsonObject object = value.toObject();
                Server server = parseServer(object);
                // The set can change between pages; a server seen twice is kept once.
                if (server.id.isEmpty() || state->seen.contains(server.id))
                    continue;
                state->seen.insert(server.id);
                const QString flavorId = flavorIdOf(object);
                if (!flavorId.isEmpty())
                    state->flavorIds.insert(server.id, flavorId);
                state->servers.append(std::move(server));
            }

            // Next page: the marker of servers_links rel=next (its host may be an internal name, so only the
            // marker is used), else the last id while pages come back full.
            QString next;
            for (const QJsonValue& link : body->value(QLatin1String("servers_links")).toArray()) {
                const QJsonObject object = link.toObject();
                if (object.value(QLatin1String("rel")).toString() == QLatin1String("next")) {
                    next = QUrlQuery(QUrl(object.value(QLatin1String("href")).toString()))
                               .queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
                    if (next.isEmpty() && !page.isEmpty())
                        next = page.last().toObject().value(QLatin1String("id")).toString();
                }
            }
            if (next.isEmpty() && !page.isEmpty() && page.size() >= state->options.pageSize)
                next = page.last().toObject().value(QLatin1String("id")).toString();
            if (next.isEmpty() || next == marker || page.isEmpty() || state->singlePage) {
                finishServerList(promise, state);
                return;
            }
            fetchServerPage(promise, state, next);
        });
}

void ComputeClient::finishServerList(
    std::shared_ptr<QPromise<Result<QList<Server>>>> promise, std::shared_ptr<ListState> state)
{
    qCInfo(lcCloud).noquote() << cloudName() << "listed" << state->servers.size() << "servers in" << state->pages
                              << "pages";
    if (state->flavorIds.isEmpty()) {
        settle(promise, Result<QList<Server>>(std::move(state->servers)));
        return;
    }
    // Below 2.47 servers name their flavor only by id: one flavor listing for the whole server list.
    listFlavors().then(this, [this, promise, state](const Result<QList<Flavor>>& flavors) {
        if (!flavors) {
            settle(promise, Result<QList<Server>>(flavors.error()));
            return;
        }
        for (const Flavor& flavor : *flavors)
            m_flavorCache.insert(flavor.id, flavor);
        for (Server& server : state->servers) {
            const QString flavorId = state->flavorIds.value(server.id);
            if (flavorId.isEmpty())
                continue;
            if (m_flavorCache.contains(flavorId))
                applyFlavor(server, m_flavorCache.value(flavorId));
            else
                server.flavorName = flavorId; // deleted or private flavor: at least show which
        }
        settle(promise, Result<QList<Server>>(std::move(state->servers)));
    });
}

QFuture<Result<Server>> ComputeClient::getServer(const QString& id)
{
    const QString action = tr("read server %1").arg(id);
    return send(request("GET", apiUrl(QStringLiteral("/servers/") + id), action))
        .then(this,
            [this, action](const Result<ApiReply>& reply) -> QFuture<Result<Server>> {
                const auto body = json(reply, action);
                if (!body)
                    return readyError<Server>(body.error());
                const QJsonObject object = body->value(QLatin1String("server")).toObject();
                if (object.isEmpty())
                    return readyError<Server>(serviceError(ErrorCode::UnexpectedResponse,
                        tr("%1: could not %2 — the compute service's answer has no \u201cserver\u201d object.")
                            .arg(cloudName(), action)));
                Server server = parseServer(object);
                const QString flavorId = flavorIdOf(object);
                if (flavorId.isEmpty())
                    return QtFuture::makeReadyFuture(Result<Server>(std::move(server)));
                if (m_flavorCache.contains(flavorId)) {
                    applyFlavor(server, m_flavorCache.value(flavorId));
                    return QtFuture::makeReadyFuture(Result<Server>(std::move(server)));
                }
                return getFlavor(flavorId).then(this, [server, flavorId](const Result<Flavor>& flavor) mutable {
                    if (flavor)
                        applyFlavor(server, *flavor);
                    else
                        server.flavorName = flavorId;
                    return Result<Server>(std::move(server));
                });
            })
        .unwrap();
}

QFuture<Result<Server>> ComputeClient::createServer(const CreateServerRequest& create)
{
    const QString action = tr("create server %1").arg(create.name);
    return negotiate()
        .then(this,
            [this, create, action](const Result<Microversion>& version) -> QFuture<Result<Server>> {
                if (!version)
                    return readyError<Server>(version.error());
                QJsonObject server;
                server.insert(QStringLiteral("name"), create.name);
                server.insert(QStringLiteral("flavorRef"), create.flavorId);
                if (!create.imageId.isEmpty())
                    server.insert(QStringLiteral("imageRef"), create.imageId);
                if (create.networkIds.size() == 1
                    && (create.networkIds.first() == QLatin1String("none")
                        || create.networkIds.first() == QLatin1String("auto"))) {
                    server.insert(QStringLiteral("networks"), create.networkIds.first());
                } else if (!create.networkIds.isEmpty()) {
                    QJsonArray networks;
                    for (const QString& network : create.networkIds)
                        networks.append(QJsonObject {{QStringLiteral("uuid"), network}});
                    server.insert(QStringLiteral("networks"), networks);
                } else if (*version >= kAutoNetworks) {
                    server.insert(QStringLiteral("networks"), QStringLiteral("auto")); // required from 2.37
                }
                if (!create.securityGroupNames.isEmpty()) {
                    QJsonArray groups;
                    for (const QString& group : create.securityGroupNames)
                        groups.append(QJsonObject {{QStringLiteral("name"), group}});
                    server.insert(QStringLiteral("security_groups"), groups);
                }
                if (!create.keyName.isEmpty())
                    server.insert(QStringLiteral("key_name"), create.keyName);
                if (!create.availabilityZone.isEmpty())
                    server.insert(QStringLiteral("availability_zone"), create.availabilityZone);
                if (!create.userData.isEmpty())
                    server.insert(QStringLiteral("user_data"), QString::fromLatin1(create.userData.toBase64()));
                if (!create.metadata.isEmpty()) {
                    QJsonObject metadata; // Nova takes string values only
                    for (auto it = create.metadata.begin(); it != create.metadata.end(); ++it)
                        metadata.insert(it.key(), it.value().toString());
                    server.insert(QStringLiteral("metadata"), metadata);
                }
                ApiRequest post = jsonRequest(apiUrl(QStringLiteral("/servers")),
                    QJsonObject {{QStringLiteral("server"), server}}, action, {202});
                return send(post)
                    .then(this,
                        [this, action](const Result<ApiReply>& reply) -> QFuture<Result<Server>> {
                            const auto body = json(reply, action);
                            if (!body)
                                return readyError<Server>(body.error());
                            const QString id
                                = body->value(QLatin1String("server")).toObject().value(QLatin1String("id")).toString();
                            if (id.isEmpty())
                                return readyError<Server>(serviceError(ErrorCode::UnexpectedResponse,
                                    tr("%1: could not %2 — the compute service accepted it but sent no server "
                                       "id. Look for the server in the cloud's dashboard before trying again.")
                                        .arg(cloudName(), action)));
                            qCInfo(lcCloud).noquote() << cloudName() << "created server" << id;
                            return getServer(id);
                        })
                    .unwrap();
            })
        .unwrap();
}

QFuture<Status> ComputeClient::deleteServer(const QString& id)
{
    return send(request("DELETE", apiUrl(QStringLiteral("/servers/") + id), tr("delete server %1").arg(id), {204}))
        .then(this, [](const Result<ApiReply>& reply) { return reply ? Status() : Status(reply.error()); });
}

QFuture<Status> ComputeClient::serverAction(
    const QString& id, const QJsonObject& body, const QString& action, QList<int> ok)
{
    return send(jsonRequest(apiUrl(QStringLiteral("/servers/%1/action").arg(id)), body, action, std::move(ok)))
        .then(this, [](const Result<ApiReply>& reply) { return reply ? Status() : Status(reply.error()); });
}

QFuture<Status> ComputeClient::startServer(const QString& id)
{
    return serverAction(
        id, QJsonObject {{QStringLiteral("os-start"), QJsonValue::Null}}, tr("start server %1").arg(id));
}

QFuture<Status> ComputeClient::stopServer(const QString& id)
{
    return serverAction(id, QJsonObject {{QStringLiteral("os-stop"), QJsonValue::Null}}, tr("stop server %1").arg(id));
}

QFuture<Status> ComputeClient::rebootServer(const QString& id, bool hard)
{
    return serverAction(id,
        QJsonObject {{QStringLiteral("reboot"),
            QJsonObject {{QStringLiteral("type"), hard ? QStringLiteral("HARD") : QStringLiteral("SOFT")}}}},
        tr("reboot server %1").arg(id));
}

QFuture<Status> ComputeClient::resizeServer(const QString& id, const QString& flavorId)
{
    m_resizeTargets.insert(id, flavorId);
    return serverAction(id,
        QJsonObject {{QStringLiteral("resize"), QJsonObject {{QStringLiteral("flavorRef"), flavorId}}}},
        tr("resize server %1").arg(id));
}

QFuture<Status> ComputeClient::confirmResize(const QString& id)
{
    const QString action = tr("confirm the resize of server %1").arg(id);
    return send(jsonRequest(apiUrl(QStringLiteral("/servers/%1/action").arg(id)),
                    QJsonObject {{QStringLiteral("confirmResize"), QJsonValue::Null}}, action, {204, 202}))
        .then(this,
            [this, id](const Result<ApiReply>& reply) -> QFuture<Status> {
                if (reply) {
                    m_resizeTargets.remove(id);
                    return QtFuture::makeReadyFuture(Status());
                }
                if (reply.error().httpStatus != 409)
                    return QtFuture::makeReadyFuture(Status(reply.error()));
                return checkAlreadyConfirmed(id, reply.error());
            })
        .unwrap();
}

QFuture<Status> ComputeClient::checkAlreadyConfirmed(const QString& id, const Error& conflict)
{
    // Clouds with resize_confirm_window > 0 confirm on their own: a 409 then only means "nothing to confirm".
    return getServer(id)
        .then(this,
            [this, id, conflict](const Result<Server>& server) -> QFuture<Status> {
                if (!server || (server->status != ServerStatus::Active && server->status != ServerStatus::Stopped))
                    return QtFuture::makeReadyFuture(Status(conflict));
                const QString target = m_resizeTargets.value(id);
                if (target.isEmpty())
                    return QtFuture::makeReadyFuture(Status());
                const QString current = server->flavorName;
                return getFlavor(target).then(this, [this, id, conflict, current, target](const Result<Flavor>& f) {
                    if (f && (f->name == current || f->id == current)) {
                        m_resizeTargets.remove(id);
                        qCInfo(lcCloud).noquote() << cloudName() << "resize of" << id << "was already confirmed";
                        return Status();
                    }
                    Error error = conflict;
                    error.message += QLatin1Char(' ')
                        + tr("The server runs with flavor %1, not the requested %2: the resize was probably "
                             "reverted.")
                              .arg(current, f ? f->name : target);
                    return Status(error);
                });
            })
        .unwrap();
}

QFuture<Result<QString>> ComputeClient::createImage(const QString& id, const QString& name, const QVariantMap& metadata)
{
    const QString action = tr("snapshot server %1 to image %2").arg(id, name);
    QJsonObject createImage {{QStringLiteral("name"), name}};
    if (!metadata.isEmpty()) {
        QJsonObject values;
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            values.insert(it.key(), it.value().toString());
        createImage.insert(QStringLiteral("metadata"), values);
    }
    return send(jsonRequest(apiUrl(QStringLiteral("/servers/%1/action").arg(id)),
                    QJsonObject {{QStringLiteral("createImage"), createImage}}, action, {202, 200}))
        .then(this, [this, action](const Result<ApiReply>& reply) -> Result<QString> {
            if (!reply)
                return reply.error();
            // ≥ 2.45: {"image_id": ...}; before: Location: <glance>/v2/images/<id>.
            if (m_version >= kImageIdInBody || !reply->body.trimmed().isEmpty()) {
                const auto body = parseJsonObject(*reply, cloudName(), QStringLiteral("compute"), action);
                if (body && !body->value(QLatin1String("image_id")).toString().isEmpty())
                    return body->value(QLatin1String("image_id")).toString();
                if (m_version >= kImageIdInBody && !body)
                    return body.error();
            }
            const QString location = QUrl(QString::fromUtf8(reply->header("Location"))).path();
            const QString imageId = location.section(QLatin1Char('/'), -1);
            if (!imageId.isEmpty())
                return imageId;
            return serviceError(ErrorCode::UnexpectedResponse,
                tr("%1: could not %2 — the compute service accepted it but named no image (neither "
                   "image_id nor a Location header). Look for the image in the cloud's image list.")
                    .arg(cloudName(), action));
        });
}

QFuture<Result<Server>> ComputeClient::waitForServer(
    const QString& id, QList<ServerStatus> targets, QDeadlineTimer deadline, ProgressCallback progress)
{
    auto promise = startedPromise<Server>();
    auto state = std::make_shared<WaitState>();
    state->id = id;
    state->targets = std::move(targets);
    state->deadline = deadline;
    state->progress = std::move(progress);
    state->intervalMs = m_pollInitialMs;
    pollServer(promise, state);
    return promise->future();
}

void ComputeClient::pollServer(std::shared_ptr<QPromise<Result<Server>>> promise, std::shared_ptr<WaitState> state)
{
    getServer(state->id).then(this, [this, promise, state](const Result<Server>& server) {
        if (!server) {
            if (server.error().code == ErrorCode::NotFound) {
                if (state->targets.contains(ServerStatus::Deleted)) {
                    Server gone;
                    gone.id = state->id;
                    gone.status = ServerStatus::Deleted;
                    gone.providerStatus = QStringLiteral("DELETED");
                    settle(promise, Result<Server>(gone));
                    return;
                }
                Error error = server.error();
                error.message
                    = tr("%1: server %2 disappeared while CloudTwin waited for it (last status %3). It "
                         "was deleted, by someone else or by the cloud.")
                          .arg(cloudName(), state->id, state->lastStatus.isEmpty() ? tr("unknown") : state->lastStatus);
                settle(promise, Result<Server>(error));
                return;
            }
            settle(promise, server);
            return;
        }
        state->lastStatus = server->providerStatus;
        if (state->progress) {
            const QString phase = server->taskState.isEmpty()
                ? server->providerStatus
                : QStringLiteral("%1 (%2)").arg(server->providerStatus, server->taskState);
            state->progress(phase, 0, 0);
        }
        if (state->targets.contains(server->status)) {
            settle(promise, server);
            return;
        }
        if (server->status == ServerStatus::Error) {
            Error error = serviceError(ErrorCode::Conflict,
                tr("%1: server %2 (%3) went into ERROR. The cloud said: \u201c%4\u201d. Delete "
                   "it and try again; if it happens again, tell the cloud's administrator.")
                    .arg(cloudName(), server->name, server->id,
                        server->faultMessage.isEmpty() ? tr("no reason given") : server->faultMessage));
            settle(promise, Result<Server>(error));
            return;
        }
        const qint64 remaining = state->deadline.remainingTime();
        if (remaining == 0) {
            settle(promise,
                Result<Server>(serviceError(ErrorCode::TimedOut,
                    tr("%1: server %2 (%3) did not get there in time; it is still %4. It may finish "
                       "later: refresh before trying again.")
                        .arg(cloudName(), server->name, server->id, server->providerStatus))));
            return;
        }
        const int delay
            = remaining < 0 ? state->intervalMs : static_cast<int>(std::min<qint64>(state->intervalMs, remaining));
        state->intervalMs = std::min(state->intervalMs * 2, m_pollMaxMs);
        QTimer::singleShot(delay, this, [this, promise, state]() { pollServer(promise, state); });
    });
}

// --- flavors, key pairs, volume attachments -------------------------------------------------------------

struct ComputeClient::CollectionState
{
    QString path;
    QString key; ///< "flavors", "keypairs"
    QString idKey; ///< "id" for flavors, "name" for key pairs (Nova's marker for each)
    QString action;
    int pageSize = 1000;
    QList<QJsonObject> entries;
    QSet<QString> seen;
};

QFuture<Result<QList<QJsonObject>>> ComputeClient::listAllPages(
    const QString& path, const QString& key, const QString& idKey, const QString& action, int pageSize)
{
    auto promise = startedPromise<QList<QJsonObject>>();
    auto state = std::make_shared<CollectionState>();
    state->path = path;
    state->key = key;
    state->idKey = idKey;
    state->action = action;
    state->pageSize = pageSize > 0 ? pageSize : 1000;
    fetchCollectionPage(promise, state, QString());
    return promise->future();
}

void ComputeClient::fetchCollectionPage(std::shared_ptr<QPromise<Result<QList<QJsonObject>>>> promise,
    std::shared_ptr<CollectionState> state, QString marker)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(state->pageSize));
    if (!marker.isEmpty())
        query.addQueryItem(QStringLiteral("marker"), marker);
    send(request("GET", apiUrl(state->path, query), state->action))
        .then(this, [this, promise, state, marker](const Result<ApiReply>& reply) {
            const auto body = json(reply, state->action);
            if (!body) {
                settle(promise, Result<QList<QJsonObject>>(body.error()));
                return;
            }
            const QJsonArray page = body->value(state->key).toArray();
            QString last;
            int added = 0;
            for (const QJsonValue& value : page) {
                QJsonObject entry = value.toObject();
                // Key pairs come wrapped: {"keypair": {...}}.
                const QJsonObject inner = entry.value(QLatin1String("keypair")).toObject();
                const QString id = (inner.isEmpty() ? entry : inner).value(state->idKey).toString();
                last = id;
                if (id.isEmpty() || state->seen.contains(id))
                    continue;
                state->seen.insert(id);
                state->entries.append(entry);
                ++added;
            }
            bool hasNext = false;
            for (const QJsonValue& link : body->value(state->key + QStringLiteral("_links")).toArray())
                hasNext = hasNext || link.toObject().value(QLatin1String("rel")).toString() == QLatin1String("next");
            // Another page when Nova links one, or the page came back full; never for a page that brought
            // nothing new (a cloud that ignores `marker` would loop forever).
            if ((hasNext || page.size() >= state->pageSize) && added > 0 && !last.isEmpty() && last != marker) {
                fetchCollectionPage(promise, state, last);
                return;
            }
            settle(promise, Result<QList<QJsonObject>>(std::move(state->entries)));
        });
}

QFuture<Result<QList<Flavor>>> ComputeClient::listFlavors()
{
    return listAllPages(
        QStringLiteral("/flavors/detail"), QStringLiteral("flavors"), QStringLiteral("id"), tr("list flavors"))
        .then(this, [this](const Result<QList<QJsonObject>>& entries) -> Result<QList<Flavor>> {
            if (!entries)
                return entries.error();
            QList<Flavor> flavors;
            for (const QJsonObject& entry : entries.value()) {
                flavors.append(parseFlavor(entry));
                m_flavorCache.insert(flavors.last().id, flavors.last());
            }
            return flavors;
        });
}

QFuture<Result<Flavor>> ComputeClient::getFlavor(const QString& id)
{
    if (m_flavorCache.contains(id))
        return QtFuture::makeReadyFuture(Result<Flavor>(m_flavorCache.value(id)));
    const QString action = tr("read flavor %1").arg(id);
    return send(request("GET", apiUrl(QStringLiteral("/flavors/") + id), action))
        .then(this, [this, action](const Result<ApiReply>& reply) -> Result<Flavor> {
            const auto body = json(reply, action);
            if (!body)
                return body.error();
            const Flavor flavor = parseFlavor(body->value(QLatin1String("flavor")).toObject());
            m_flavorCache.insert(flavor.id, flavor);
            return flavor;
        });
}

QFuture<Result<QList<KeyPair>>> ComputeClient::listKeyPairs()
{
    // Nova pages key pairs (by name) from microversion 2.35 on; older ones answer everything at once.
    return listAllPages(
        QStringLiteral("/os-keypairs"), QStringLiteral("keypairs"), QStringLiteral("name"), tr("list key pairs"))
        .then(this, [](const Result<QList<QJsonObject>>& entries) -> Result<QList<KeyPair>> {
            if (!entries)
                return entries.error();
            QList<KeyPair> keys;
            for (const QJsonObject& entry : entries.value())
                keys.append(parseKeyPair(entry));
            return keys;
        });
}

QFuture<Result<KeyPair>> ComputeClient::importKeyPair(const QString& name, const QString& publicKey)
{
    const QString action = tr("import key pair \u201c%1\u201d").arg(name);
    return negotiate()
        .then(this,
            [this, name, publicKey, action](const Result<Microversion>& version) -> QFuture<Result<KeyPair>> {
                if (!version)
                    return readyError<KeyPair>(version.error());
                QJsonObject keypair {
                    {QStringLiteral("name"), name}, {QStringLiteral("public_key"), publicKey.trimmed()}};
                // "type" exists from 2.2 on (ssh or x509); older Nova rejects unknown fields.
                if (*version >= Microversion {2, 2})
                    keypair.insert(QStringLiteral("type"), QStringLiteral("ssh"));
                // 2.1 answers 200, 2.2 and later 201.
                return send(jsonRequest(apiUrl(QStringLiteral("/os-keypairs")),
                                QJsonObject {{QStringLiteral("keypair"), keypair}}, action, {200, 201}))
                    .then(this, [this, action](const Result<ApiReply>& reply) -> Result<KeyPair> {
                        const auto body = json(reply, action);
                        if (!body)
                            return body.error();
                        KeyPair key = parseKeyPair(*body);
                        if (key.name.isEmpty())
                            return serviceError(ErrorCode::UnexpectedResponse,
                                tr("%1: could not %2 \u2014 the compute service answered without the key pair. "
                                   "Look for it in the cloud's key pair list before trying again.")
                                    .arg(cloudName(), action));
                        return key;
                    });
            })
        .unwrap();
}

QFuture<Result<KeyPair>> ComputeClient::getKeyPair(const QString& name)
{
    const QString action = tr("read key pair \u201c%1\u201d").arg(name);
    return send(
        request("GET", apiUrl(QStringLiteral("/os-keypairs/") + QString::fromLatin1(QUrl::toPercentEncoding(name))),
            action))
        .then(this, [this, action](const Result<ApiReply>& reply) -> Result<KeyPair> {
            const auto body = json(reply, action);
            if (!body)
                return body.error();
            return parseKeyPair(*body);
        });
}

QFuture<Status> ComputeClient::deleteKeyPair(const QString& name)
{
    // 2.1 answers 202, 2.2 and later 204. Key pair names may hold spaces and '@'.
    return send(
        request("DELETE", apiUrl(QStringLiteral("/os-keypairs/") + QString::fromLatin1(QUrl::toPercentEncoding(name))),
            tr("delete key pair \u201c%1\u201d").arg(name), {202, 204}))
        .then(this, [](const Result<ApiReply>& reply) { return reply ? Status() : Status(reply.error()); });
}

// --- availability zones -----------------------------------------------------------------------------------

QFuture<Result<QList<AvailabilityZone>>> ComputeClient::listAvailabilityZones()
{
    const QString action = tr("list availability zones");
    return send(request("GET", apiUrl(QStringLiteral("/os-availability-zone")), action))
        .then(this, [this, action](const Result<ApiReply>& reply) -> Result<QList<AvailabilityZone>> {
            const auto body = json(reply, action);
            if (!body)
                return body.error();
            const QJsonValue info = body->value(QLatin1String("availabilityZoneInfo"));
            // Typographic quotes written out where a hex letter follows: lupdate would read "\u201ca…" as a
            // longer escape and the Korean text would never be found.
            if (!info.isArray())
                return unexpectedAnswer(action,
                    info.isUndefined() ? tr("“availabilityZoneInfo” is missing")
                                       : tr("“availabilityZoneInfo” is not a list"));
            QList<AvailabilityZone> zones;
            const QJsonArray entries = info.toArray();
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const QJsonObject entry = entries.at(i).toObject();
                const AvailabilityZone zone = parseAvailabilityZone(entry);
                // A zone without a name cannot be asked for; one without a state could be offered wrongly.
                if (zone.name.isEmpty())
                    return unexpectedAnswer(
                        action, tr("zone %1 of %2 has no \u201czoneName\u201d").arg(i + 1).arg(entries.size()));
                if (!entry.value(QLatin1String("zoneState")).toObject().value(QLatin1String("available")).isBool())
                    return unexpectedAnswer(action, tr("zone “%1” has no “zoneState” with “available”").arg(zone.name));
                zones.append(zone);
            }
            qCInfo(lcCloud).noquote() << cloudName() << "listed" << zones.size() << "availability zones";
            return zones;
        });
}

QFuture<Status> ComputeClient::attachVolume(const QString& serverId, const QString& volumeId)
{
    return send(
        jsonRequest(apiUrl(QStringLiteral("/servers/%1/os-volume_attachments").arg(serverId)),
            QJsonObject {{QStringLiteral("volumeAttachment"), QJsonObject {{QStringLiteral("volumeId"), volumeId}}}},
            tr("attach volume %1 to server %2").arg(volumeId, serverId), {200, 202}))
        .then(this, [](const Result<ApiReply>& reply) { return reply ? Status() : Status(reply.error()); });
}

QFuture<Status> ComputeClient::detachVolume(const QString& serverId, const QString& volumeId)
{
    return send(
        request("DELETE", apiUrl(QStringLiteral("/servers/%1/os-volume_attachments/%2").arg(serverId, volumeId)),
            tr("detach volume %1 from server %2").arg(volumeId, serverId), {202, 204}))
        .then(this, [](const Result<ApiReply>& reply) { return reply ? Status() : Status(reply.error()); });
}

} // namespace ct::openstack
