#pragma once

#include "cloud/cloudprovider.h"
#include "deploy/deployplan.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>

#include <functional>
#include <memory>

class QLockFile;

namespace ct::deploy {

class DeployJournal;

/// Runs a journal action where the database lives: on the StoreWorker thread in the app, directly in the
/// CLI and tests. The action gets the signed-in user's journal.
using JournalRunner = std::function<QFuture<Status>(std::function<Status(DeployJournal&)> action)>;

/// Unlocks a pair's lock (DeployJournal::claimPair) where the journal runs: it is a file operation. A process
/// that exits first leaves a stale lock, which the next claim takes over.
void releasePairLock(const JournalRunner& journal, std::shared_ptr<QLockFile> lock);

/// Spec + the two clouds → a plan: lists what each cloud offers (both clouds at once), matches size, OS,
/// network and zone through the Catalog, renders the cloud-init and lays out the steps.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    /// One side's cloud: its provider, and the account id the journal keeps so Recovery can find the cloud again.
    struct Target
    {
        CloudProvider* provider = nullptr;
        QString accountId;
    };
    /// `ownerId` makes the pair id (same owner + VM name → same pair id).
    static QFuture<Result<DeployPlan>> plan(
        const spec::VmSpec& spec, Target main, Target twin, const QString& publicKey, const QString& ownerId);
    /// The pair id for an owner's VM name (a name-based UUID): the same on every run and machine.
    static QString pairIdFor(const QString& ownerId, const QString& name);
    /// The steps of a plan whose sides are resolved (plan() calls it; tests use it directly).
    static void layOutSteps(DeployPlan& plan);
    /// The VM's name on each side: the spec's name for the main, "<name>-twin" for the twin.
    static QString serverNameFor(const QString& specName, spec::Role role);
};

struct ApplyOptions
{
    bool keepOnFailure = false; ///< leave what was created when a step fails (default: roll it back)
    int serverTimeoutSeconds = 600; ///< per side, for the VM to reach ACTIVE
};

/// What a finished create made.
struct DeployResult
{
    QString pairId;
    QString mainServerId;
    QString twinServerId;
    QString mainAddress; ///< the public address when asked for, else the first fixed one
    QString twinAddress;
};

/// One create of a main + twin pair (one object per apply, one finished signal). Both sides run at once,
/// each step journaled before and after it runs; every resource is tagged or named after the pair so a
/// retry finds it instead of making it twice. When a step fails or the job is cancelled, the other side is
/// stopped and everything this job created is removed again (unless ApplyOptions::keepOnFailure), and
/// finished() says why in plain words.
class DeployJob : public QObject
{
    Q_OBJECT

public:
    DeployJob(DeployPlan plan, CloudProvider* main, CloudProvider* twin, JournalRunner journal,
        ApplyOptions options = {}, QObject* parent = nullptr);
    ~DeployJob() override;

    void start();
    /// Stops after the running cloud calls and rolls back. finished() follows.
    void cancel();
    const DeployPlan& plan() const;

signals:
    void stepChanged(const ct::deploy::DeployStep& step);
    /// Once. On failure the message says what failed, why, and what was cleaned up.
    void finished(const ct::Result<ct::deploy::DeployResult>& result);

private:
    void runNext(spec::Role role);
    void startStep(qsizetype index);
    static int phaseOf(StepKind kind);
    QFuture<Result<QString>> runStep(qsizetype index);
    QFuture<Status> saveStep(const DeployStep& step);
    void failStep(qsizetype index, const Error& error);
    void sideStopped(spec::Role role);
    void finish();
    /// Releases the pair's lock, then emits finished().
    void endWith(const Result<DeployResult>& result);
    QVariantMap tags(spec::Role role) const;
    QFuture<Result<QString>> createSecurityGroup(int side, const QString& name);
    void waitForServer(
        int side, QDeadlineTimer deadline, int intervalMs, std::shared_ptr<QPromise<Result<QString>>> promise);
    void attachVolume(int side, int attemptsLeft, std::shared_ptr<QPromise<Result<QString>>> promise);

    struct State;
    std::unique_ptr<State> d;
};

} // namespace ct::deploy
