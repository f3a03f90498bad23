#pragma once

#include "cloud/cloudaccount.h"
#include "cloud/cloudprovider.h"
#include "inventory/inventoryrow.h"
#include "util/clock.h"
#include "util/result.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace ct {

/// How one cloud's part of the inventory stands.
struct CloudState
{
    QString accountId;
    QString name;
    bool sandbox = false;
    CloudKind kind = CloudKind::OpenStack;
    bool refreshing = false;
    bool ok = false; ///< the last refresh succeeded (false before the first one finishes)
    QString error; ///< why the last refresh failed; empty when ok
    QDateTime lastRefreshed; ///< when the last successful refresh finished (UTC)
    int serverCount = 0;
};

/// The live list of VMs across all of the user's clouds. Each cloud refreshes on its own and in parallel:
/// first a full listServers, then incremental ones with changes-since (the last successful refresh's start,
/// minus a safety margin for clock skew), in which servers reported Deleted are dropped. A cloud that fails
/// keeps its last known servers and reports the error; the other clouds are not affected. Every call
/// returns at once; lives on the GUI/CLI thread.
class Inventory : public QObject
{
    Q_OBJECT

public:
    /// Hands out the provider for an account (CloudService::provider in the app).
    using ProviderSource = std::function<QFuture<Result<CloudProvider*>>(const QString& accountId)>;

    explicit Inventory(ProviderSource source, QObject* parent = nullptr);
    ~Inventory() override;

    void setClock(const Clock* clock); ///< for tests; defaults to the system clock
    /// How far before the last refresh changes-since reaches back (default 300 s).
    void setSafetyMarginSeconds(qint64 seconds) { m_safetyMarginSeconds = seconds; }
    /// A full refresh replaces the incremental one when the last full one is older than this (default 900 s;
    /// 0: never). It catches servers purged from the cloud's database before we saw them deleted.
    void setFullRefreshIntervalSeconds(qint64 seconds) { m_fullRefreshIntervalSeconds = seconds; }
    /// Refreshes every cloud every `seconds` (0: only on request; the default).
    void setAutoRefreshSeconds(int seconds);

    /// The clouds to show, in display order. Clouds no longer listed are dropped with their servers; clouds
    /// whose settings changed start over with a full refresh.
    void setClouds(const QList<CloudAccount>& accounts);
    QStringList cloudIds() const { return m_order; }

    void refreshAll();
    /// Refreshes one cloud; if it is already refreshing, once more afterwards. `full` skips changes-since.
    void refresh(const QString& accountId, bool full = false);

    /// All servers, cloud by cloud (in setClouds order), each cloud's sorted by name.
    QList<InventoryRow> rows() const;
    QList<InventoryRow> rows(const QString& accountId) const;
    QList<CloudState> cloudStates() const;
    std::optional<CloudState> cloudState(const QString& accountId) const;
    bool isRefreshing() const;

signals:
    void cloudsChanged();
    void refreshStarted(const QString& accountId);
    /// The servers of this cloud changed (rows(accountId) has the new list).
    void serversChanged(const QString& accountId);
    void cloudRefreshed(const QString& accountId);
    void cloudFailed(const QString& accountId, const QString& message);
    /// No cloud is refreshing any more (also after refreshAll() with no clouds). Never emitted from inside
    /// refresh()/refreshAll() before every cloud has started.
    void idle();

private:
    struct Cloud
    {
        CloudAccount account;
        CloudState state;
        QList<Server> servers; ///< sorted by name, then id
        QDateTime lastSuccessStart; ///< start of the last successful refresh: the next changes-since
        QDateTime lastFullStart;
        bool pending = false;
        bool pendingFull = false;
        int generation = 0; ///< bumped when the account changes, so late answers are ignored
    };

    void startRefresh(const QString& accountId, bool full);
    void announceIdleIfDone();
    void finishRefresh(const QString& accountId, int generation, const QDateTime& started, bool incremental,
        const Result<QList<Server>>& result);
    InventoryRow rowFor(const Cloud& cloud, const Server& server) const;
    QDateTime now() const;

    ProviderSource m_source;
    const Clock* m_clock;
    SystemClock m_systemClock;
    qint64 m_safetyMarginSeconds = 300;
    qint64 m_fullRefreshIntervalSeconds = 900;
    QTimer m_autoRefresh;
    QStringList m_order;
    QHash<QString, Cloud> m_clouds;
    int m_starting = 0; ///< inside refresh()/refreshAll(): idle() is announced when they return
    bool m_idlePending = false;
};

} // namespace ct
