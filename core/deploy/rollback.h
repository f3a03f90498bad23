#pragma once

#include "cloud/cloudprovider.h"
#include "deploy/deployjob.h"
#include "deploy/deployplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ct::deploy {

/// Removes what a create made, newest first, both sides at once, journaling each step as undone. Used when a
/// create fails or is cancelled, and at start-up for a create a crash interrupted. A step that was running or
/// failed may still have made its resource (the reply can be lost after the cloud acted), so such resources
/// are looked up by their deterministic name or by the pair's tags instead of being assumed absent.
class Rollback : public QObject
{
    Q_OBJECT

public:
    Rollback(QString deploymentId, QString pairId, QList<DeployStep> steps, CloudProvider* main, CloudProvider* twin,
        JournalRunner journal, QObject* parent = nullptr);

    /// A VM with the step's name but without the pair's tags, created at or after `time`, is taken as this
    /// create's too: CloudStack tags a VM only after deploying it, and that second call can fail.
    void setCreatedAfter(const QDateTime& time) { m_createdAfter = time; }

    /// `reason` goes into the journal's message for the create.
    void start(const QString& reason);

signals:
    void stepChanged(const ct::deploy::DeployStep& step);
    /// What could not be removed (plain words, e.g. "the VM web-01 on Sandbox"); empty when all is gone.
    void finished(const QStringList& leftBehind);

private:
    void undoNext(int side);
    QFuture<Status> undo(const DeployStep& step, int side);
    QFuture<Status> deleteServerAndWait(CloudProvider* provider, const QString& serverId);
    QFuture<Status> findServerThen(
        CloudProvider* provider, spec::Role role, std::function<QFuture<Status>(QString)> next);
    void sideDone(int side);

    QString m_deploymentId;
    QString m_pairId;
    QString m_reason;
    QList<DeployStep> m_steps;
    QPointer<CloudProvider> m_providers[2];
    JournalRunner m_journal;
    QList<qsizetype> m_todo[2]; ///< indexes into m_steps, newest first
    QString m_serverId[2];
    QString m_serverName[2];
    QDateTime m_createdAfter;
    QStringList m_leftBehind;
    bool m_sideDone[2] = {false, false};
};

} // namespace ct::deploy
