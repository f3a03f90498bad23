#pragma once

#include "deploy/deployplan.h"
#include "store/database.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>
#include <optional>

class QLockFile;

namespace ct {
class UserStore;
}

namespace ct::deploy {

/// One apply of a plan, as journaled.
struct DeploymentRecord
{
    enum class State
    {
        Applying, ///< running, or interrupted (a crash) when found at start-up
        Done,
        Failed, ///< failed; what it made was kept at the user's request
        RolledBack, ///< failed or cancelled; what it made was removed
    };
    QString id;
    QString pairId;
    QString name;
    QString mainCloudId;
    QString twinCloudId;
    QByteArray spec; ///< the spec YAML
    State state = State::Applying;
    QString message;
    QDateTime created;
    QDateTime updated;
};

/// A main + twin pair that exists: written only once both VMs were seen running.
struct VmPairRecord
{
    QString id; ///< the pair id (also on the VMs' metadata)
    QString name;
    QByteArray spec;
    QString mainCloudId;
    QString mainServerId;
    QString twinCloudId;
    QString twinServerId;
    QDateTime created;
};

QString deploymentStateKey(DeploymentRecord::State state);

/// The create journal of one user. Every statement filters on the owner, like UserStore. Synchronous: run it
/// where the database lives (the StoreWorker thread in the app).
class DeployJournal
{
    Q_DECLARE_TR_FUNCTIONS(DeployJournal)

public:
    /// `lockFolder` is where the running creates of this data folder hold their locks (see claimPair).
    DeployJournal(Database& database, QString ownerId, QString lockFolder);
    DeployJournal(UserStore& store, QString lockFolder);

    /// Marks the create of a pair as running in this process for as long as the lock is held: another
    /// process's Recovery leaves it alone, and a second create of the same pair is refused (Conflict, naming
    /// the process that runs it). A lock whose process has died is stale and is taken over, so an interrupted
    /// create can be cleaned up. Unlock (or destroy) it where the journal runs.
    Result<std::shared_ptr<QLockFile>> claimPair(const QString& pairId, const QString& name);

    /// The deployment and all its steps (pending), in one transaction.
    Status begin(const DeploymentRecord& deployment, const QList<DeployStep>& steps);
    Status saveStep(const QString& deploymentId, const DeployStep& step);
    Status finish(const QString& deploymentId, DeploymentRecord::State state, const QString& message);
    Result<QList<DeploymentRecord>> deployments(std::optional<DeploymentRecord::State> state = std::nullopt);
    Result<QList<DeployStep>> steps(const QString& deploymentId);

    /// Inserts or replaces the pair (by owner + name).
    Status savePair(const VmPairRecord& pair);
    Result<QList<VmPairRecord>> pairs();
    Result<std::optional<VmPairRecord>> pairByName(const QString& name);
    Status removePair(const QString& pairId);

private:
    Database& m_db;
    QString m_ownerId;
    QString m_lockFolder;
};

} // namespace ct::deploy
