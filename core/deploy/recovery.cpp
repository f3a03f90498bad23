#include "deploy/recovery.h"

#include "deploy/deployjournal.h"
#include "deploy/rollback.h"
#include "logging/logging.h"

#include <QLockFile>

namespace ct::deploy {

struct Recovery::Pending
{
    DeploymentRecord deployment;
    QList<DeployStep> steps;
    std::shared_ptr<QLockFile> lock; ///< taken over from the process that died, until the cleanup has ended
};

Recovery::Recovery(JournalRunner journal, ProviderSource providers, QObject* parent)
    : QObject(parent)
    , m_journal(std::move(journal))
    , m_providers(std::move(providers))
{ }

void Recovery::start()
{
    // The action runs where the database lives; it hands its findings over through `found`.
    auto found = std::make_shared<QList<std::shared_ptr<Pending>>>();
    m_journal([found](DeployJournal& journal) -> Status {
        auto unfinished = journal.deployments(DeploymentRecord::State::Applying);
        if (!unfinished)
            return unfinished.error();
        for (const DeploymentRecord& deployment : unfinished.value()) {
            // A create another process is running now is not interrupted: only a dead process's lock is free.
            auto lock = journal.claimPair(deployment.pairId, deployment.name);
            if (!lock) {
                qCInfo(lcCloud) << "recovery: leaving the create of" << deployment.name
                                << "alone:" << lock.error().message;
                continue;
            }
            auto steps = journal.steps(deployment.id);
            if (!steps)
                return steps.error();
            auto pending = std::make_shared<Pending>();
            pending->deployment = deployment;
            pending->steps = steps.value();
            pending->lock = lock.value();
            found->append(pending);
        }
        return {};
    }).then(this, [this, found](const Status& read) {
        if (!read) {
            qCWarning(lcCloud) << "recovery: cannot read the create journal:" << read.error().message;
            emit finished(0);
            return;
        }
        m_pending = *found;
        m_found = int(m_pending.size());
        recoverNext();
    });
}

void Recovery::recoverNext()
{
    if (m_pending.isEmpty()) {
        emit finished(m_found);
        return;
    }
    const std::shared_ptr<Pending> next = m_pending.takeFirst();
    const DeploymentRecord deployment = next->deployment;
    qCInfo(lcCloud) << "recovery: create of" << deployment.name << "was interrupted; rolling it back";
    QList<QFuture<Result<CloudProvider*>>> providers {
        m_providers(deployment.mainCloudId), m_providers(deployment.twinCloudId)};
    QtFuture::whenAll(providers.begin(), providers.end())
        .then(this, [this, next, deployment](const QList<QFuture<Result<CloudProvider*>>>& made) {
            const Result<CloudProvider*> main = made.at(0).result();
            const Result<CloudProvider*> twin = made.at(1).result();
            if (!main || !twin) {
                // The cloud can't be reached now (no secret, account removed): keep the record for the next start.
                const QString why = !main ? main.error().message : twin.error().message;
                emit recovered(deployment.name,
                    tr("The create of %1 was interrupted, and CloudTwin cannot reach its clouds to clean up yet (%2). "
                       "It will try again at the next start.")
                        .arg(deployment.name, why),
                    false);
                releasePairLock(m_journal, std::move(next->lock));
                recoverNext();
                return;
            }
            const QString reason
                = tr("The create of %1 was interrupted (CloudTwin stopped while it ran).").arg(deployment.name);
            auto* rollback = new Rollback(
                deployment.id, deployment.pairId, next->steps, main.value(), twin.value(), m_journal, this);
            rollback->setCreatedAfter(deployment.created);
            connect(rollback, &Rollback::finished, this,
                [this, rollback, deployment, reason, next](const QStringList& leftBehind) {
                    rollback->deleteLater();
                    releasePairLock(m_journal, std::move(next->lock));
                    const bool clean = leftBehind.isEmpty();
                    emit recovered(deployment.name,
                        clean ? tr("%1 What it had made was removed.").arg(reason)
                              : tr("%1 Not removed: %2. Delete them in the cloud.")
                                    .arg(reason, leftBehind.join(QStringLiteral(", "))),
                        clean);
                    recoverNext();
                });
            rollback->start(reason);
        });
}

} // namespace ct::deploy
