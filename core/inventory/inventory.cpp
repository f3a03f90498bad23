#include "inventory/inventory.h"

#include "logging/logging.h"
#include "util/futures.h"

#include <QSet>

#include <algorithm>

namespace ct {

QString serverRoleName(ServerRole role)
{
    switch (role) {
    case ServerRole::Main:
        return QStringLiteral("main");
    case ServerRole::Twin:
        return QStringLiteral("twin");
    case ServerRole::Unmanaged:
        return QStringLiteral("unmanaged");
    }
    return QStringLiteral("unmanaged");
}

namespace {

bool serverLess(const Server& a, const Server& b)
{
    const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.id < b.id;
}

bool sameSettings(const CloudAccount& a, const CloudAccount& b)
{
    return a.name == b.name && a.kind == b.kind && a.settingsJson() == b.settingsJson();
}

} // namespace

Inventory::Inventory(ProviderSource source, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_clock(&m_systemClock)
{
    connect(&m_autoRefresh, &QTimer::timeout, this, &Inventory::refreshAll);
}

Inventory::~Inventory() = default;

void Inventory::setClock(const Clock* clock) { m_clock = clock ? clock : &m_systemClock; }

void Inventory::setAutoRefreshSeconds(int seconds)
{
    if (seconds <= 0) {
        m_autoRefresh.stop();
        return;
    }
    m_autoRefresh.start(seconds * 1000);
}

QDateTime Inventory::now() const { return m_clock->now(); }

void Inventory::setClouds(const QList<CloudAccount>& accounts)
{
    QStringList order;
    QHash<QString, Cloud> clouds;
    for (const CloudAccount& account : accounts) {
        order << account.id;
        Cloud cloud;
        if (auto it = m_clouds.find(account.id); it != m_clouds.end()) {
            cloud = std::move(it.value());
            if (!sameSettings(cloud.account, account)) {
                // Other credentials or endpoint may mean another project: start over.
                const int generation = cloud.generation + 1;
                cloud = Cloud {};
                cloud.generation = generation;
            }
        }
        cloud.account = account;
        cloud.state.accountId = account.id;
        cloud.state.name = account.name;
        cloud.state.sandbox = account.sandbox;
        cloud.state.kind = account.kind;
        clouds.insert(account.id, std::move(cloud));
    }
    const bool wasRefreshing = isRefreshing();
    m_order = order;
    m_clouds = std::move(clouds);
    emit cloudsChanged();
    for (const QString& id : std::as_const(m_order))
        emit serversChanged(id);
    if (wasRefreshing && !isRefreshing())
        emit idle();
}

void Inventory::refreshAll()
{
    // A cloud that fails at once (no secret stored) finishes inside startRefresh(); idle() waits for the rest.
    ++m_starting;
    for (const QString& id : QStringList(m_order))
        startRefresh(id, false);
    --m_starting;
    if (m_starting == 0 && !isRefreshing()) {
        m_idlePending = false;
        emit idle(); // everything finished at once, or there are no clouds
    }
}

void Inventory::refresh(const QString& accountId, bool full)
{
    ++m_starting;
    startRefresh(accountId, full);
    --m_starting;
    if (m_starting == 0 && m_idlePending && !isRefreshing()) {
        m_idlePending = false;
        emit idle();
    }
}

void Inventory::announceIdleIfDone()
{
    if (isRefreshing())
        return;
    if (m_starting > 0) {
        m_idlePending = true;
        return;
    }
    emit idle();
}

void Inventory::startRefresh(const QString& accountId, bool full)
{
    auto it = m_clouds.find(accountId);
    if (it == m_clouds.end())
        return;
    Cloud& cloud = it.value();
    if (cloud.state.refreshing) {
        cloud.pending = true;
        cloud.pendingFull = cloud.pendingFull || full;
        return;
    }
    const QDateTime started = now();
    const bool fullDue = !cloud.lastFullStart.isValid()
        || (m_fullRefreshIntervalSeconds > 0 && cloud.lastFullStart.secsTo(started) >= m_fullRefreshIntervalSeconds);
    const bool incremental = !full && cloud.lastSuccessStart.isValid() && !fullDue;
    ListServersOptions options;
    if (incremental)
        options.changesSince = cloud.lastSuccessStart.addSecs(-m_safetyMarginSeconds);
    cloud.state.refreshing = true;
    const int generation = cloud.generation;
    qCDebug(lcCloud) << "inventory refresh" << cloud.account.name << (incremental ? "incremental since" : "full")
                     << options.changesSince;
    emit refreshStarted(accountId);

    // The inventory may be gone (signed out, window closed) before a slow cloud answers.
    auto listed = thenWhileAlive(
        m_source(accountId), this, [options](const Result<CloudProvider*>& provider) -> QFuture<Result<QList<Server>>> {
            if (!provider)
                return QtFuture::makeReadyFuture(Result<QList<Server>>(provider.error()));
            return provider.value()->listServers(options);
        }).unwrap();
    thenWhileAlive(std::move(listed), this,
        [this, accountId, generation, started, incremental](const Result<QList<Server>>& result) {
            finishRefresh(accountId, generation, started, incremental, result);
        });
}

void Inventory::finishRefresh(const QString& accountId, int generation, const QDateTime& started, bool incremental,
    const Result<QList<Server>>& result)
{
    auto it = m_clouds.find(accountId);
    if (it == m_clouds.end() || it->generation != generation) {
        // The cloud was removed or changed while we were asking it; this answer belongs to the old settings
        // (setClouds already announced idle() if that was the last refresh).
        return;
    }
    Cloud& cloud = it.value();
    cloud.state.refreshing = false;
    if (result) {
        if (incremental) {
            QHash<QString, qsizetype> index;
            for (qsizetype i = 0; i < cloud.servers.size(); ++i)
                index.insert(cloud.servers.at(i).id, i);
            QSet<QString> deleted;
            for (const Server& server : result.value()) {
                if (server.status == ServerStatus::Deleted) {
                    deleted.insert(server.id);
                } else if (auto found = index.constFind(server.id); found != index.constEnd()) {
                    cloud.servers[found.value()] = server;
                } else {
                    index.insert(server.id, cloud.servers.size());
                    cloud.servers.append(server);
                }
            }
            if (!deleted.isEmpty())
                cloud.servers.removeIf([&](const Server& server) { return deleted.contains(server.id); });
        } else {
            cloud.servers = result.value();
            // A full list should not contain deleted servers, but some clouds show them briefly.
            cloud.servers.removeIf([](const Server& server) { return server.status == ServerStatus::Deleted; });
            cloud.lastFullStart = started;
        }
        std::sort(cloud.servers.begin(), cloud.servers.end(), serverLess);
        cloud.lastSuccessStart = started;
        cloud.state.ok = true;
        cloud.state.error.clear();
        cloud.state.lastRefreshed = now();
        cloud.state.serverCount = int(cloud.servers.size());
        const bool changed = !incremental || !result.value().isEmpty();
        if (changed)
            emit serversChanged(accountId);
        emit cloudRefreshed(accountId);
    } else {
        cloud.state.ok = false;
        cloud.state.error = result.error().message;
        qCWarning(lcCloud) << "inventory refresh failed for" << cloud.account.name << ":" << result.error().message;
        emit cloudFailed(accountId, result.error().message);
    }

    // `cloud` may be gone after the signals above (a slot may call setClouds), so look it up again.
    it = m_clouds.find(accountId);
    if (it != m_clouds.end() && it->generation == generation && it->pending) {
        const bool full = it->pendingFull;
        it->pending = false;
        it->pendingFull = false;
        refresh(accountId, full);
        return;
    }
    announceIdleIfDone();
}

InventoryRow Inventory::rowFor(const Cloud& cloud, const Server& server) const
{
    InventoryRow row;
    row.accountId = cloud.account.id;
    row.cloudName = cloud.account.name;
    row.sandbox = cloud.account.sandbox;
    row.kind = cloud.account.kind;
    // The tag names are deploy::kTagPair/kTagRole/kTagName; spelled out here so the inventory does not depend
    // on the create engine.
    row.pairId = server.metadata.value(QStringLiteral("cloudtwin_pair")).toString();
    const QString role = server.metadata.value(QStringLiteral("cloudtwin_role")).toString();
    row.role = row.pairId.isEmpty()     ? ServerRole::Unmanaged
        : role == QLatin1String("main") ? ServerRole::Main
        : role == QLatin1String("twin") ? ServerRole::Twin
                                        : ServerRole::Unmanaged;
    row.pairName = server.metadata.value(QStringLiteral("cloudtwin_name")).toString();
    row.server = server;
    return row;
}

QList<InventoryRow> Inventory::rows() const
{
    QList<InventoryRow> all;
    for (const QString& id : m_order)
        all << rows(id);
    return all;
}

QList<InventoryRow> Inventory::rows(const QString& accountId) const
{
    QList<InventoryRow> list;
    const auto it = m_clouds.constFind(accountId);
    if (it == m_clouds.constEnd())
        return list;
    list.reserve(it->servers.size());
    for (const Server& server : it->servers)
        list << rowFor(it.value(), server);
    return list;
}

QList<CloudState> Inventory::cloudStates() const
{
    QList<CloudState> states;
    for (const QString& id : m_order)
        states << m_clouds.value(id).state;
    return states;
}

std::optional<CloudState> Inventory::cloudState(const QString& accountId) const
{
    const auto it = m_clouds.constFind(accountId);
    if (it == m_clouds.constEnd())
        return std::nullopt;
    return it->state;
}

bool Inventory::isRefreshing() const
{
    return std::any_of(m_clouds.cbegin(), m_clouds.cend(), [](const Cloud& cloud) { return cloud.state.refreshing; });
}

} // namespace ct
