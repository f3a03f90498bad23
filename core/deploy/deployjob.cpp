#include "deploy/deployjob.h"

#include "deploy/deployjournal.h"
#include "deploy/rollback.h"
#include "logging/logging.h"
#include "spec/specfile.h"
#include "util/futures.h"

#include <QLockFile>
#include <QTimer>
#include <QUuid>

namespace ct::deploy {

namespace {

template<class T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

int sideIndex(spec::Role role) { return role == spec::Role::Main ? 0 : 1; }

/// How often a waiting step asks the cloud again: fast at first (a responsive cloud starts a VM in seconds),
/// then easing off.
constexpr int kFirstPollMs = 50;
constexpr int kMaxPollMs = 1000;
/// A volume is attachable only once Cinder / CloudStack has made it; attach is retried on Conflict until then.
constexpr int kAttachAttempts = 60;

} // namespace

struct DeployJob::State
{
    DeployPlan plan;
    QPointer<CloudProvider> providers[2];
    JournalRunner journal;
    ApplyOptions options;
    QString deploymentId;
    bool started = false;
    bool cancelled = false;
    bool failed = false;
    bool done = false;
    bool sideFinished[2] = {false, false};
    QDateTime startedAt; ///< when the journal was begun (untagged VMs made since then are this create's)
    std::shared_ptr<QLockFile> lock; ///< held from before the journal is begun until the create has ended
    int running[2] = {0, 0}; ///< steps started and not yet back, per side
    Error firstError;
    QString failedStepTitle;
    // What the steps made, per side.
    QString keyName[2];
    QString groupId[2];
    QString groupName[2];
    QString volumeId[2];
    QString serverId[2];
    QString address[2];
};

DeployJob::DeployJob(DeployPlan plan, CloudProvider* main, CloudProvider* twin, JournalRunner journal,
    ApplyOptions options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<State>())
{
    d->plan = std::move(plan);
    d->providers[0] = main;
    d->providers[1] = twin;
    d->journal = std::move(journal);
    d->options = options;
}

DeployJob::~DeployJob() = default;

const DeployPlan& DeployJob::plan() const { return d->plan; }

void DeployJob::cancel()
{
    if (d->done || d->cancelled)
        return;
    d->cancelled = true;
    if (!d->failed) {
        d->firstError = makeError(ErrorCode::Unavailable, tr("You cancelled the create."));
        d->failedStepTitle.clear();
    }
    if (!d->started)
        QTimer::singleShot(0, this, [this]() { finish(); });
}

void DeployJob::start()
{
    if (d->started || d->done)
        return;
    d->started = true;
    if (d->cancelled) {
        finish();
        return;
    }
    DeploymentRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.pairId = d->plan.pairId;
    record.name = d->plan.spec.name;
    record.mainCloudId = d->plan.main.cloudId;
    record.twinCloudId = d->plan.twin.cloudId;
    record.spec = spec::SpecFile::write(d->plan.spec);
    d->deploymentId = record.id;
    d->startedAt = QDateTime::currentDateTimeUtc();
    const QList<DeployStep> steps = d->plan.steps;
    const QString name = record.name;
    // The action runs where the journal lives; the pair's lock comes back through `claimed`.
    auto claimed = std::make_shared<std::shared_ptr<QLockFile>>();
    d->journal([record, steps, name, claimed](DeployJournal& journal) -> Status {
         // First the lock, so no other process's Recovery takes this create for an interrupted one.
         auto lock = journal.claimPair(record.pairId, name);
         if (!lock)
             return lock.error();
         *claimed = lock.value();
         // One pair per name: a pair that exists already is not made again.
         auto existing = journal.pairByName(name);
         if (!existing)
             return existing.error();
         if (existing.value())
             return makeError(ErrorCode::AlreadyExists,
                 tr("A VM pair named %1 exists already. Choose another name, or delete that pair first.").arg(name));
         auto unfinished = journal.deployments(DeploymentRecord::State::Applying);
         if (!unfinished)
             return unfinished.error();
         for (const DeploymentRecord& other : unfinished.value()) {
             if (other.pairId == record.pairId)
                 return makeError(ErrorCode::Conflict,
                     tr("%1 is being created already, or its last create was interrupted and is still being "
                        "cleaned up. Wait until that has finished, then try again.")
                         .arg(name));
         }
         return journal.begin(record, steps);
     }).then(this, [this, claimed](const Status& begun) {
        d->lock = *claimed;
        if (!begun) {
            d->firstError = begun.error();
            d->failed = true;
            d->deploymentId.clear(); // nothing was journaled: nothing to roll back or finish
            d->sideFinished[0] = d->sideFinished[1] = true;
            finish();
            return;
        }
        runNext(spec::Role::Main);
        runNext(spec::Role::Twin);
    });
}

void DeployJob::runNext(spec::Role role)
{
    const int side = sideIndex(role);
    if (d->running[side] > 0)
        return; // the rest of this phase is still running; its last step calls again
    if (d->failed || d->cancelled) {
        sideStopped(role);
        return;
    }
    // Steps of one phase do not depend on each other (key pair, firewall and disk; then the VM; then what
    // needs the running VM), so a phase starts all of its steps at once.
    int phase = -1;
    for (const DeployStep& step : std::as_const(d->plan.steps)) {
        if (step.side == role && step.state == StepState::Pending && (phase < 0 || phaseOf(step.kind) < phase))
            phase = phaseOf(step.kind);
    }
    if (phase < 0) {
        sideStopped(role);
        return;
    }
    QList<qsizetype> batch;
    for (qsizetype i = 0; i < d->plan.steps.size(); ++i) {
        const DeployStep& step = d->plan.steps.at(i);
        if (step.side == role && step.state == StepState::Pending && phaseOf(step.kind) == phase)
            batch << i;
    }
    d->running[side] += int(batch.size());
    for (const qsizetype index : std::as_const(batch))
        startStep(index);
}

int DeployJob::phaseOf(StepKind kind)
{
    switch (kind) {
    case StepKind::ImportKeyPair:
    case StepKind::CreateSecurityGroup:
    case StepKind::CreateVolume:
        return 0;
    case StepKind::CreateServer:
        return 1;
    case StepKind::WaitServer:
        return 2;
    case StepKind::AttachVolume:
    case StepKind::AttachPublicIp:
        return 3;
    }
    return 3;
}

void DeployJob::startStep(qsizetype index)
{
    const spec::Role role = d->plan.steps.at(index).side;
    if (!d->providers[sideIndex(role)]) {
        failStep(index, makeError(ErrorCode::Unavailable, tr("The cloud was removed during the create.")));
        return;
    }
    DeployStep& step = d->plan.steps[index];
    step.state = StepState::Running;
    emit stepChanged(step);
    // Journaled before it runs: a crash from here on leaves a "running" step that recovery looks up by name.
    saveStep(step).then(this, [this, index, role](const Status& saved) {
        if (!saved) {
            failStep(index, saved.error());
            return;
        }
        runStep(index).then(this, [this, index, role](const Result<QString>& outcome) {
            if (!outcome) {
                failStep(index, outcome.error());
                return;
            }
            DeployStep& step = d->plan.steps[index];
            step.state = StepState::Done;
            step.resourceId = outcome.value();
            emit stepChanged(step);
            saveStep(step).then(this, [this, index, role](const Status& saved) {
                if (!saved) {
                    failStep(index, saved.error());
                    return;
                }
                --d->running[sideIndex(role)];
                runNext(role);
            });
        });
    });
}

QFuture<Status> DeployJob::saveStep(const DeployStep& step)
{
    return d->journal([id = d->deploymentId, step](DeployJournal& journal) { return journal.saveStep(id, step); });
}

void DeployJob::failStep(qsizetype index, const Error& error)
{
    DeployStep& step = d->plan.steps[index];
    step.state = StepState::Failed;
    step.detail = error.message;
    emit stepChanged(step);
    if (!d->failed && !d->cancelled) {
        d->firstError = error;
        d->failedStepTitle = step.title;
    }
    d->failed = true;
    const spec::Role role = step.side;
    saveStep(step).then(this, [this, role](const Status&) {
        --d->running[sideIndex(role)];
        runNext(role); // stops the side once its other running steps are back
    });
}

void DeployJob::sideStopped(spec::Role role)
{
    if (d->sideFinished[sideIndex(role)])
        return;
    d->sideFinished[sideIndex(role)] = true;
    if (d->sideFinished[0] && d->sideFinished[1])
        finish();
}

QFuture<Result<QString>> DeployJob::runStep(qsizetype index)
{
    const DeployStep step = d->plan.steps.at(index);
    const int side = sideIndex(step.side);
    CloudProvider* provider = d->providers[side];
    const spec::ResolvedSide& resolved = step.side == spec::Role::Main ? d->plan.main : d->plan.twin;
    switch (step.kind) {
    case StepKind::ImportKeyPair:
        return thenWhileAlive(provider->importKeyPair(step.resourceName, d->plan.publicKey), this,
            [this, side](const Result<KeyPair>& key) -> Result<QString> {
                if (!key)
                    return key.error();
                d->keyName[side] = key->name;
                return key->name;
            });
    case StepKind::CreateSecurityGroup:
        return createSecurityGroup(side, step.resourceName);
    case StepKind::CreateVolume: {
        CreateVolumeRequest request;
        request.name = step.resourceName;
        request.sizeGb = d->plan.spec.dataDisk.sizeGb;
        request.availabilityZone = resolved.zoneName;
        request.diskOfferingId = resolved.diskOfferingId;
        request.metadata = tags(step.side);
        return thenWhileAlive(
            provider->createVolume(request), this, [this, side](const Result<Volume>& volume) -> Result<QString> {
                if (!volume)
                    return volume.error();
                d->volumeId[side] = volume->id;
                return volume->id;
            });
    }
    case StepKind::CreateServer: {
        CreateServerRequest request;
        request.name = step.resourceName;
        request.flavorId = resolved.flavor.id;
        request.imageId = resolved.image.id;
        if (!resolved.networkId.isEmpty())
            request.networkIds = {resolved.networkId};
        if (!d->groupName[side].isEmpty())
            request.securityGroupNames = {d->groupName[side]};
        request.keyName = d->keyName[side];
        request.availabilityZone = resolved.zoneName;
        request.userData = d->plan.userData;
        request.metadata = tags(step.side);
        return thenWhileAlive(
            provider->createServer(request), this, [this, side](const Result<Server>& server) -> Result<QString> {
                if (!server)
                    return server.error();
                d->serverId[side] = server->id;
                return server->id;
            });
    }
    case StepKind::WaitServer: {
        auto promise = std::make_shared<QPromise<Result<QString>>>();
        promise->start();
        waitForServer(side, QDeadlineTimer(qint64(d->options.serverTimeoutSeconds) * 1000), kFirstPollMs, promise);
        return promise->future();
    }
    case StepKind::AttachVolume: {
        auto promise = std::make_shared<QPromise<Result<QString>>>();
        promise->start();
        attachVolume(side, kAttachAttempts, promise);
        return promise->future();
    }
    case StepKind::AttachPublicIp:
        return thenWhileAlive(provider->attachPublicIp(d->serverId[side]), this,
            [this, side](const Result<FloatingIp>& ip) -> Result<QString> {
                if (!ip)
                    return ip.error();
                d->address[side] = ip->address;
                return ip->id;
            });
    }
    return ready(Result<QString>(makeError(ErrorCode::Internal, tr("Unknown step."))));
}

QVariantMap DeployJob::tags(spec::Role role) const { return pairTags(d->plan.pairId, role, d->plan.spec.name); }

QFuture<Result<QString>> DeployJob::createSecurityGroup(int side, const QString& name)
{
    CloudProvider* provider = d->providers[side];
    const QList<spec::PortRule> ports = d->plan.spec.ports;
    const QString description = tr("Opened by CloudTwin for %1").arg(d->plan.spec.name);
    return thenWhileAlive(provider->createSecurityGroup(name, description), this,
        [this, side, name, ports](const Result<SecurityGroup>& group) -> QFuture<Result<QString>> {
            if (!group)
                return ready(Result<QString>(group.error()));
            d->groupId[side] = group->id;
            d->groupName[side] = name;
            CloudProvider* provider = d->providers[side];
            if (!provider)
                return ready(
                    Result<QString>(makeError(ErrorCode::Unavailable, tr("The cloud was removed during the create."))));
            QList<QFuture<Result<SecurityGroupRule>>> rules;
            for (const spec::PortRule& port : ports) {
                SecurityGroupRule rule;
                rule.direction = QStringLiteral("ingress");
                rule.protocol = port.protocol;
                rule.portMin = port.portMin;
                rule.portMax = port.portMax;
                rule.remoteCidr = port.source;
                rules << provider->addSecurityGroupRule(group->id, rule);
            }
            const QString groupId = group->id;
            if (rules.isEmpty())
                return ready(Result<QString>(groupId));
            return QtFuture::whenAll(rules.begin(), rules.end())
                .then(QtFuture::Launch::Sync,
                    [groupId](const QList<QFuture<Result<SecurityGroupRule>>>& added) -> Result<QString> {
                        for (const auto& rule : added) {
                            if (!rule.result())
                                return rule.result().error();
                        }
                        return groupId;
                    });
        })
        .unwrap();
}

void DeployJob::waitForServer(
    int side, QDeadlineTimer deadline, int intervalMs, std::shared_ptr<QPromise<Result<QString>>> promise)
{
    CloudProvider* provider = d->providers[side];
    if (!provider || d->cancelled || d->failed) {
        promise->addResult(
            Result<QString>(d->firstError.message.isEmpty() ? makeError(ErrorCode::Unavailable, tr("Stopped waiting."))
                                                            : d->firstError));
        promise->finish();
        return;
    }
    const QString id = d->serverId[side];
    thenWhileAlive(
        provider->getServer(id), this, [this, side, deadline, intervalMs, promise](const Result<Server>& server) {
            auto settle = [promise](Result<QString> value) {
                promise->addResult(std::move(value));
                promise->finish();
            };
            if (!server) {
                settle(server.error());
                return;
            }
            if (server->status == ServerStatus::Active) {
                if (d->address[side].isEmpty() && !server->addresses.isEmpty())
                    d->address[side] = server->addresses.first().ip;
                settle(server->id);
                return;
            }
            const QString cloud = d->providers[side] ? d->providers[side]->cloudName() : QString();
            if (server->status == ServerStatus::Error) {
                settle(makeError(ErrorCode::Unavailable,
                    tr("%1 could not start the VM %2: %3")
                        .arg(cloud, server->name,
                            server->faultMessage.isEmpty() ? tr("the cloud gave no reason") : server->faultMessage)));
                return;
            }
            if (server->status == ServerStatus::Deleted) {
                settle(makeError(
                    ErrorCode::NotFound, tr("The VM %1 on %2 was deleted while it started.").arg(server->name, cloud)));
                return;
            }
            if (deadline.hasExpired()) {
                settle(makeError(ErrorCode::TimedOut,
                    tr("The VM %1 on %2 did not start within %3 seconds (it is %4).")
                        .arg(server->name, cloud)
                        .arg(d->options.serverTimeoutSeconds)
                        .arg(server->providerStatus)));
                return;
            }
            QTimer::singleShot(intervalMs, this, [this, side, deadline, intervalMs, promise]() {
                waitForServer(side, deadline, std::min(intervalMs * 2, kMaxPollMs), promise);
            });
        });
}

void DeployJob::attachVolume(int side, int attemptsLeft, std::shared_ptr<QPromise<Result<QString>>> promise)
{
    CloudProvider* provider = d->providers[side];
    if (!provider || d->cancelled || d->failed) {
        promise->addResult(Result<QString>(makeError(ErrorCode::Unavailable, tr("Stopped."))));
        promise->finish();
        return;
    }
    thenWhileAlive(provider->attachVolume(d->serverId[side], d->volumeId[side]), this,
        [this, side, attemptsLeft, promise](const Status& attached) {
            // Conflict: the volume is still being made (or the VM still settling); ask again shortly.
            if (!attached && attached.error().code == ErrorCode::Conflict && attemptsLeft > 1) {
                QTimer::singleShot(kMaxPollMs / 2, this,
                    [this, side, attemptsLeft, promise]() { attachVolume(side, attemptsLeft - 1, promise); });
                return;
            }
            promise->addResult(attached ? Result<QString>(d->volumeId[side]) : Result<QString>(attached.error()));
            promise->finish();
        });
}

void releasePairLock(const JournalRunner& journal, std::shared_ptr<QLockFile> lock)
{
    if (!lock)
        return;
    journal([lock = std::move(lock)](DeployJournal&) -> Status {
        lock->unlock();
        return {};
    });
}

void DeployJob::endWith(const Result<DeployResult>& result)
{
    releasePairLock(d->journal, std::move(d->lock));
    emit finished(result);
}

void DeployJob::finish()
{
    if (d->done)
        return;
    if (!d->failed && !d->cancelled) {
        VmPairRecord pair;
        pair.id = d->plan.pairId;
        pair.name = d->plan.spec.name;
        pair.spec = spec::SpecFile::write(d->plan.spec);
        pair.mainCloudId = d->plan.main.cloudId;
        pair.twinCloudId = d->plan.twin.cloudId;
        pair.mainServerId = d->serverId[0];
        pair.twinServerId = d->serverId[1];
        const QString id = d->deploymentId;
        d->journal([pair, id](DeployJournal& journal) -> Status {
             if (auto saved = journal.savePair(pair); !saved)
                 return saved;
             return journal.finish(id, DeploymentRecord::State::Done, {});
         }).then(this, [this](const Status& saved) {
            d->done = true;
            if (!saved) {
                endWith(Error {saved.error().code,
                    tr("Both VMs were created, but CloudTwin could not record them: %1").arg(saved.error().message),
                    0});
                return;
            }
            DeployResult result;
            result.pairId = d->plan.pairId;
            result.mainServerId = d->serverId[0];
            result.twinServerId = d->serverId[1];
            result.mainAddress = d->address[0];
            result.twinAddress = d->address[1];
            endWith(result);
        });
        return;
    }
    const QString reason = d->failedStepTitle.isEmpty()
        ? d->firstError.message
        : tr("%1 failed: %2").arg(d->failedStepTitle, d->firstError.message);
    if (d->deploymentId.isEmpty()) {
        d->done = true;
        endWith(Error {d->firstError.code, reason, d->firstError.httpStatus});
        return;
    }
    if (d->options.keepOnFailure) {
        const QString message = tr("%1 What was already created was kept, as you asked.").arg(reason);
        d->journal([id = d->deploymentId, message](DeployJournal& journal) {
             return journal.finish(id, DeploymentRecord::State::Failed, message);
         }).then(this, [this, message](const Status&) {
            d->done = true;
            endWith(Error {d->firstError.code, message, d->firstError.httpStatus});
        });
        return;
    }
    auto* rollback = new Rollback(
        d->deploymentId, d->plan.pairId, d->plan.steps, d->providers[0], d->providers[1], d->journal, this);
    rollback->setCreatedAfter(d->startedAt);
    connect(rollback, &Rollback::stepChanged, this, [this](const DeployStep& step) {
        for (DeployStep& known : d->plan.steps) {
            if (known.seq == step.seq)
                known = step;
        }
        emit stepChanged(step);
    });
    connect(rollback, &Rollback::finished, this, [this, reason, rollback](const QStringList& leftBehind) {
        rollback->deleteLater();
        d->done = true;
        const QString message = leftBehind.isEmpty()
            ? tr("%1 Everything this create had made was removed again.").arg(reason)
            : tr("%1 Some things could not be removed and are still in your clouds: %2. Delete them there.")
                  .arg(reason, leftBehind.join(QStringLiteral(", ")));
        endWith(Error {d->firstError.code, message, d->firstError.httpStatus});
    });
    rollback->start(reason);
}

} // namespace ct::deploy
