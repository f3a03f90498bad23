#include "deploy/rollback.h"

#include "deploy/deployjournal.h"
#include "logging/logging.h"
#include "util/futures.h"

#include <QTimer>

#include <algorithm>

namespace ct::deploy {

namespace {

template<class T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

constexpr int kDeleteAttempts = 60; ///< Conflict retries, 1 s apart: a port or attachment is still going away
constexpr int kRetryMs = 1000;

bool goneAlready(const Status& status) { return !status && status.error().code == ErrorCode::NotFound; }

/// Calls `call` again while the cloud answers Conflict (something still uses the resource).
QFuture<Status> retryOnConflict(QObject* context, std::function<QFuture<Status>()> call, int attempts)
{
    return thenWhileAlive(call(), context, [context, call, attempts](const Status& status) -> QFuture<Status> {
        if (status || goneAlready(status))
            return ready(Status {});
        if (status.error().code != ErrorCode::Conflict || attempts <= 1)
            return ready(status);
        auto promise = std::make_shared<QPromise<Status>>();
        promise->start();
        QTimer::singleShot(kRetryMs, context, [context, call, attempts, promise]() {
            retryOnConflict(context, call, attempts - 1).then(QtFuture::Launch::Sync, [promise](const Status& s) {
                promise->addResult(s);
                promise->finish();
            });
        });
        return promise->future();
    }).unwrap();
}

} // namespace

Rollback::Rollback(QString deploymentId, QString pairId, QList<DeployStep> steps, CloudProvider* main,
    CloudProvider* twin, JournalRunner journal, QObject* parent)
    : QObject(parent)
    , m_deploymentId(std::move(deploymentId))
    , m_pairId(std::move(pairId))
    , m_steps(std::move(steps))
    , m_journal(std::move(journal))
{
    m_providers[0] = main;
    m_providers[1] = twin;
}

void Rollback::start(const QString& reason)
{
    m_reason = reason;
    for (qsizetype i = m_steps.size() - 1; i >= 0; --i) {
        const DeployStep& step = m_steps.at(i);
        if (step.state == StepState::Pending || step.state == StepState::Undone || step.state == StepState::Skipped)
            continue;
        const int side = step.side == spec::Role::Main ? 0 : 1;
        if (step.kind == StepKind::CreateServer) {
            m_serverName[side] = step.resourceName;
            if (!step.resourceId.isEmpty())
                m_serverId[side] = step.resourceId;
        }
        m_todo[side] << i;
    }
    undoNext(0);
    undoNext(1);
}

void Rollback::undoNext(int side)
{
    if (m_todo[side].isEmpty()) {
        sideDone(side);
        return;
    }
    const qsizetype index = m_todo[side].takeFirst();
    CloudProvider* provider = m_providers[side];
    if (!provider) {
        m_leftBehind << m_steps.at(index).resourceName;
        undoNext(side);
        return;
    }
    undo(m_steps.at(index), side).then(this, [this, index, side](const Status& undone) {
        DeployStep& step = m_steps[index];
        if (undone) {
            step.state = StepState::Undone;
        } else {
            const QString cloud = m_providers[side] ? m_providers[side]->cloudName() : QString();
            m_leftBehind << tr("%1 on %2").arg(step.resourceName, cloud);
            step.detail = undone.error().message;
            qCWarning(lcCloud) << "rollback: could not undo" << stepKindKey(step.kind) << step.resourceName << ":"
                               << undone.error().message;
        }
        emit stepChanged(step);
        m_journal([id = m_deploymentId, step](DeployJournal& journal) {
            return journal.saveStep(id, step);
        }).then(this, [this, side](const Status&) { undoNext(side); });
    });
}

QFuture<Status> Rollback::undo(const DeployStep& step, int side)
{
    CloudProvider* provider = m_providers[side];
    const spec::Role role = step.side;
    switch (step.kind) {
    case StepKind::WaitServer:
        return ready(Status {});
    case StepKind::ImportKeyPair:
        return provider->deleteKeyPair(step.resourceName);
    case StepKind::AttachPublicIp:
        if (!step.resourceId.isEmpty())
            return provider->releasePublicIp(step.resourceId);
        // Interrupted: any public address on our VM is ours.
        return findServerThen(provider, role, [this, side](const QString& serverId) -> QFuture<Status> {
            CloudProvider* p = m_providers[side];
            if (!p || serverId.isEmpty())
                return ready(Status {});
            return thenWhileAlive(p->listPublicIps(), this,
                [this, side, serverId](const Result<QList<FloatingIp>>& ips) -> QFuture<Status> {
                    if (!ips)
                        return ready(Status(ips.error()));
                    CloudProvider* p = m_providers[side];
                    QList<QFuture<Status>> releases;
                    for (const FloatingIp& ip : ips.value()) {
                        if (p && ip.serverId == serverId)
                            releases << p->releasePublicIp(ip.id);
                    }
                    if (releases.isEmpty())
                        return ready(Status {});
                    return QtFuture::whenAll(releases.begin(), releases.end())
                        .then(QtFuture::Launch::Sync, [](const QList<QFuture<Status>>& done) {
                            for (const auto& f : done) {
                                if (!f.result())
                                    return f.result();
                            }
                            return Status {};
                        });
                })
                .unwrap();
        });
    case StepKind::AttachVolume:
        // Deleting the VM detaches the disk too; detaching first lets the disk be deleted sooner.
        return findServerThen(
            provider, role, [this, side, name = step.resourceName](const QString& serverId) -> QFuture<Status> {
                CloudProvider* p = m_providers[side];
                if (!p || serverId.isEmpty())
                    return ready(Status {});
                return thenWhileAlive(p->listVolumes(), this,
                    [this, side, serverId, name](const Result<QList<Volume>>& volumes) -> QFuture<Status> {
                        CloudProvider* p = m_providers[side];
                        if (!volumes || !p)
                            return ready(Status {}); // the VM's deletion detaches it anyway
                        for (const Volume& volume : volumes.value()) {
                            if (volume.name == name && volume.attachedTo == serverId)
                                return thenWhileAlive(p->detachVolume(serverId, volume.id), this,
                                    [](const Status&) { return Status {}; });
                        }
                        return ready(Status {});
                    })
                    .unwrap();
            });
    case StepKind::CreateServer:
        return findServerThen(provider, role, [this, side](const QString& serverId) -> QFuture<Status> {
            CloudProvider* p = m_providers[side];
            if (!p || serverId.isEmpty())
                return ready(Status {});
            return deleteServerAndWait(p, serverId);
        });
    case StepKind::CreateVolume: {
        auto remove = [this, side](const QString& volumeId) {
            return retryOnConflict(
                this,
                [this, side, volumeId]() -> QFuture<Status> {
                    CloudProvider* p = m_providers[side];
                    if (!p)
                        return ready(Status(makeError(ErrorCode::Unavailable, tr("The cloud was removed."))));
                    return p->deleteVolume(volumeId);
                },
                kDeleteAttempts);
        };
        if (!step.resourceId.isEmpty())
            return remove(step.resourceId);
        return thenWhileAlive(provider->listVolumes(), this,
            [remove, name = step.resourceName](const Result<QList<Volume>>& volumes) -> QFuture<Status> {
                if (!volumes)
                    return ready(Status(volumes.error()));
                for (const Volume& volume : volumes.value()) {
                    if (volume.name == name)
                        return remove(volume.id);
                }
                return ready(Status {});
            })
            .unwrap();
    }
    case StepKind::CreateSecurityGroup: {
        auto remove = [this, side](const QString& groupId) {
            return retryOnConflict(
                this,
                [this, side, groupId]() -> QFuture<Status> {
                    CloudProvider* p = m_providers[side];
                    if (!p)
                        return ready(Status(makeError(ErrorCode::Unavailable, tr("The cloud was removed."))));
                    return p->deleteSecurityGroup(groupId);
                },
                kDeleteAttempts);
        };
        if (!step.resourceId.isEmpty())
            return remove(step.resourceId);
        return thenWhileAlive(provider->listSecurityGroups(), this,
            [remove, name = step.resourceName](const Result<QList<SecurityGroup>>& groups) -> QFuture<Status> {
                if (!groups)
                    return ready(Status(groups.error()));
                for (const SecurityGroup& group : groups.value()) {
                    if (group.name == name)
                        return remove(group.id);
                }
                return ready(Status {});
            })
            .unwrap();
    }
    }
    return ready(Status {});
}

QFuture<Status> Rollback::findServerThen(
    CloudProvider* provider, spec::Role role, std::function<QFuture<Status>(QString)> next)
{
    const int side = role == spec::Role::Main ? 0 : 1;
    if (!m_serverId[side].isEmpty())
        return next(m_serverId[side]);
    // The create was interrupted before its reply was journaled: find the VM by the pair's tags.
    return thenWhileAlive(provider->listServers(), this,
        [this, side, role, next](const Result<QList<Server>>& servers) -> QFuture<Status> {
            if (!servers)
                return ready(Status(servers.error()));
            for (const Server& server : servers.value()) {
                if (server.metadata.value(kTagPair).toString() == m_pairId
                    && server.metadata.value(kTagRole).toString() == roleKey(role)
                    && server.status != ServerStatus::Deleted) {
                    m_serverId[side] = server.id;
                    break;
                }
            }
            // Untagged (the tagging call after a CloudStack deploy failed): the same name, made since this
            // create began, and carrying no other pair's tag. A minute of slack for the cloud's clock.
            if (m_serverId[side].isEmpty() && m_createdAfter.isValid() && !m_serverName[side].isEmpty()) {
                for (const Server& server : servers.value()) {
                    if (server.name == m_serverName[side] && !server.metadata.contains(kTagPair)
                        && server.status != ServerStatus::Deleted && server.created.isValid()
                        && server.created >= m_createdAfter.addSecs(-60)) {
                        m_serverId[side] = server.id;
                        break;
                    }
                }
            }
            return next(m_serverId[side]);
        })
        .unwrap();
}

QFuture<Status> Rollback::deleteServerAndWait(CloudProvider* provider, const QString& serverId)
{
    return thenWhileAlive(provider->deleteServer(serverId), this,
        [this, provider = QPointer<CloudProvider>(provider), serverId](const Status& deleted) -> QFuture<Status> {
            if (!deleted && !goneAlready(deleted))
                return ready(deleted);
            if (!provider)
                return ready(Status {});
            // Nova deletes in the background; the security group and the disk are free only once the VM is gone.
            return thenWhileAlive(provider->waitForServer(serverId, {ServerStatus::Deleted}, QDeadlineTimer(120'000)),
                this, [](const Result<Server>& waited) -> Status {
                    if (waited || waited.error().code == ErrorCode::NotFound)
                        return {};
                    return waited.error();
                });
        })
        .unwrap();
}

void Rollback::sideDone(int side)
{
    m_sideDone[side] = true;
    if (!m_sideDone[0] || !m_sideDone[1])
        return;
    const bool clean = m_leftBehind.isEmpty();
    const QString message = clean ? tr("%1 Everything this create had made was removed again.").arg(m_reason)
                                  : tr("%1 Not removed: %2.").arg(m_reason, m_leftBehind.join(QStringLiteral(", ")));
    m_journal([id = m_deploymentId, clean, message](DeployJournal& journal) {
        return journal.finish(
            id, clean ? DeploymentRecord::State::RolledBack : DeploymentRecord::State::Failed, message);
    }).then(this, [this](const Status&) { emit finished(m_leftBehind); });
}

} // namespace ct::deploy
