#include "deploy/deployjournal.h"

#include "store/userstore.h"

#include <QDir>
#include <QLockFile>
#include <QSqlQuery>

namespace ct::deploy {

namespace {

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

/// Qt binds a null QString as SQL NULL; these columns are NOT NULL and hold "" for "nothing".
QString text(const QString& value) { return value.isNull() ? QStringLiteral("") : value; }

QDateTime fromMs(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }

std::optional<DeploymentRecord::State> deploymentStateFromKey(const QString& key)
{
    for (auto state : {DeploymentRecord::State::Applying, DeploymentRecord::State::Done,
             DeploymentRecord::State::Failed, DeploymentRecord::State::RolledBack}) {
        if (deploymentStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

const QString kDeploymentColumns = QStringLiteral(
    "SELECT id, pair_id, name, main_cloud_id, twin_cloud_id, spec, state, message, created_at, updated_at"
    " FROM deployments");
const QString kPairColumns = QStringLiteral(
    "SELECT id, name, spec, main_cloud_id, main_server_id, twin_cloud_id, twin_server_id, created_at FROM vm_pairs");

DeploymentRecord deploymentFromRow(const QSqlQuery& q)
{
    DeploymentRecord d;
    d.id = q.value(0).toString();
    d.pairId = q.value(1).toString();
    d.name = q.value(2).toString();
    d.mainCloudId = q.value(3).toString();
    d.twinCloudId = q.value(4).toString();
    d.spec = q.value(5).toString().toUtf8();
    // An unknown word (a newer CloudTwin) reads as still applying: start-up recovery then looks at it.
    d.state = deploymentStateFromKey(q.value(6).toString()).value_or(DeploymentRecord::State::Applying);
    d.message = q.value(7).toString();
    d.created = fromMs(q.value(8).toLongLong());
    d.updated = fromMs(q.value(9).toLongLong());
    return d;
}

VmPairRecord pairFromRow(const QSqlQuery& q)
{
    VmPairRecord p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.spec = q.value(2).toString().toUtf8();
    p.mainCloudId = q.value(3).toString();
    p.mainServerId = q.value(4).toString();
    p.twinCloudId = q.value(5).toString();
    p.twinServerId = q.value(6).toString();
    p.created = fromMs(q.value(7).toLongLong());
    return p;
}

} // namespace

QString deploymentStateKey(DeploymentRecord::State state)
{
    switch (state) {
    case DeploymentRecord::State::Applying:
        return QStringLiteral("applying");
    case DeploymentRecord::State::Done:
        return QStringLiteral("done");
    case DeploymentRecord::State::Failed:
        return QStringLiteral("failed");
    case DeploymentRecord::State::RolledBack:
        return QStringLiteral("rolled_back");
    }
    return QStringLiteral("applying");
}

DeployJournal::DeployJournal(Database& database, QString ownerId, QString lockFolder)
    : m_db(database)
    , m_ownerId(std::move(ownerId))
    , m_lockFolder(std::move(lockFolder))
{ }

DeployJournal::DeployJournal(UserStore& store, QString lockFolder)
    : DeployJournal(store.database(), store.ownerId(), std::move(lockFolder))
{ }

Result<std::shared_ptr<QLockFile>> DeployJournal::claimPair(const QString& pairId, const QString& name)
{
    if (!QDir().mkpath(m_lockFolder))
        return makeError(ErrorCode::Io,
            tr("CloudTwin cannot create its lock folder %1. Check that the data folder is writable.")
                .arg(QDir::toNativeSeparators(m_lockFolder)));
    // Owner and pair in the name: pair ids are per owner already, the owner keeps two users' files apart.
    auto lock = std::make_shared<QLockFile>(
        QDir(m_lockFolder).filePath(QStringLiteral("create-%1-%2.lock").arg(m_ownerId, pairId)));
    // A create may run for many minutes: only a dead process makes the lock stale, never its age.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        return makeError(ErrorCode::Conflict,
            tr("%1 is being created right now by another CloudTwin program (%2, process %3 on %4). Wait until it "
               "has finished.")
                .arg(name, application, QString::number(pid), host));
    }
    return makeError(ErrorCode::Io,
        tr("CloudTwin cannot write its lock file in %1. Check that the data folder is writable and not full.")
            .arg(QDir::toNativeSeparators(m_lockFolder)));
}

Status DeployJournal::begin(const DeploymentRecord& deployment, const QList<DeployStep>& steps)
{
    const QString what = tr("journal the start of creating %1").arg(deployment.name);
    return m_db.transaction(what, [&]() -> Status {
        const qint64 now = nowMs();
        auto inserted = m_db.exec(what,
            QStringLiteral("INSERT INTO deployments (id, owner_id, pair_id, name, main_cloud_id, twin_cloud_id, spec,"
                           " state, message, created_at, updated_at)"
                           " VALUES (:id, :o, :p, :n, :m, :t, :s, :st, :msg, :c, :u)"),
            {{":id", deployment.id}, {":o", m_ownerId}, {":p", deployment.pairId}, {":n", deployment.name},
                {":m", text(deployment.mainCloudId)}, {":t", text(deployment.twinCloudId)},
                {":s", QString::fromUtf8(deployment.spec)}, {":st", deploymentStateKey(deployment.state)},
                {":msg", text(deployment.message)}, {":c", now}, {":u", now}});
        if (!inserted)
            return inserted.error();
        for (const DeployStep& step : steps) {
            auto stepInserted = m_db.exec(what,
                QStringLiteral("INSERT INTO deploy_steps (deployment_id, owner_id, seq, side, kind, resource_name,"
                               " title, state, resource_id, detail, updated_at)"
                               " VALUES (:d, :o, :seq, :side, :k, :rn, :title, :st, :rid, :detail, :u)"),
                {{":d", deployment.id}, {":o", m_ownerId}, {":seq", step.seq}, {":side", roleKey(step.side)},
                    {":k", stepKindKey(step.kind)}, {":rn", text(step.resourceName)}, {":title", text(step.title)},
                    {":st", stepStateKey(step.state)}, {":rid", text(step.resourceId)}, {":detail", text(step.detail)},
                    {":u", now}});
            if (!stepInserted)
                return stepInserted.error();
        }
        return {};
    });
}

Status DeployJournal::saveStep(const QString& deploymentId, const DeployStep& step)
{
    auto updated = m_db.exec(tr("journal a step"),
        QStringLiteral("UPDATE deploy_steps SET state = :st, resource_id = :rid, detail = :detail, updated_at = :u"
                       " WHERE owner_id = :o AND deployment_id = :d AND seq = :seq"),
        {{":st", stepStateKey(step.state)}, {":rid", text(step.resourceId)}, {":detail", text(step.detail)},
            {":u", nowMs()}, {":o", m_ownerId}, {":d", deploymentId}, {":seq", step.seq}});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no step %1 in create %2.").arg(step.seq).arg(deploymentId));
    return {};
}

Status DeployJournal::finish(const QString& deploymentId, DeploymentRecord::State state, const QString& message)
{
    auto updated = m_db.exec(tr("journal the end of a create"),
        QStringLiteral("UPDATE deployments SET state = :st, message = :msg, updated_at = :u"
                       " WHERE owner_id = :o AND id = :id"),
        {{":st", deploymentStateKey(state)}, {":msg", text(message)}, {":u", nowMs()}, {":o", m_ownerId},
            {":id", deploymentId}});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no create %1 in the journal.").arg(deploymentId));
    return {};
}

Result<QList<DeploymentRecord>> DeployJournal::deployments(std::optional<DeploymentRecord::State> state)
{
    auto query = state
        ? m_db.exec(tr("read the create journal"),
            kDeploymentColumns + QStringLiteral(" WHERE owner_id = :o AND state = :st ORDER BY created_at, id"),
            {{":o", m_ownerId}, {":st", deploymentStateKey(*state)}})
        : m_db.exec(tr("read the create journal"),
            kDeploymentColumns + QStringLiteral(" WHERE owner_id = :o ORDER BY created_at, id"), {{":o", m_ownerId}});
    if (!query)
        return query.error();
    QList<DeploymentRecord> list;
    while (query->next())
        list << deploymentFromRow(*query);
    return list;
}

Result<QList<DeployStep>> DeployJournal::steps(const QString& deploymentId)
{
    auto query = m_db.exec(tr("read the create journal"),
        QStringLiteral("SELECT seq, side, kind, resource_name, title, state, resource_id, detail FROM deploy_steps"
                       " WHERE owner_id = :o AND deployment_id = :d ORDER BY seq"),
        {{":o", m_ownerId}, {":d", deploymentId}});
    if (!query)
        return query.error();
    QList<DeployStep> list;
    while (query->next()) {
        DeployStep step;
        step.seq = query->value(0).toInt();
        step.side = query->value(1).toString() == roleKey(spec::Role::Twin) ? spec::Role::Twin : spec::Role::Main;
        const auto kind = stepKindFromKey(query->value(2).toString());
        const auto state = stepStateFromKey(query->value(5).toString());
        if (!kind || !state)
            return makeError(ErrorCode::Corrupt,
                tr("Step %1 of create %2 in the journal has a kind or state this CloudTwin does not know (%3, %4). "
                   "It was written by a newer CloudTwin: use that one.")
                    .arg(step.seq)
                    .arg(deploymentId, query->value(2).toString(), query->value(5).toString()));
        step.kind = *kind;
        step.resourceName = query->value(3).toString();
        step.title = query->value(4).toString();
        step.state = *state;
        step.resourceId = query->value(6).toString();
        step.detail = query->value(7).toString();
        list << step;
    }
    return list;
}

Status DeployJournal::savePair(const VmPairRecord& pair)
{
    const QString what = tr("save the VM pair %1").arg(pair.name);
    return m_db.transaction(what, [&]() -> Status {
        auto removed
            = m_db.exec(what, QStringLiteral("DELETE FROM vm_pairs WHERE owner_id = :o AND (name = :n OR id = :id)"),
                {{":o", m_ownerId}, {":n", pair.name}, {":id", pair.id}});
        if (!removed)
            return removed.error();
        const QDateTime created = pair.created.isValid() ? pair.created : QDateTime::currentDateTimeUtc();
        auto inserted = m_db.exec(what,
            QStringLiteral("INSERT INTO vm_pairs (id, owner_id, name, spec, main_cloud_id, main_server_id,"
                           " twin_cloud_id, twin_server_id, created_at)"
                           " VALUES (:id, :o, :n, :s, :mc, :ms, :tc, :ts, :c)"),
            {{":id", pair.id}, {":o", m_ownerId}, {":n", pair.name}, {":s", QString::fromUtf8(pair.spec)},
                {":mc", text(pair.mainCloudId)}, {":ms", text(pair.mainServerId)}, {":tc", text(pair.twinCloudId)},
                {":ts", text(pair.twinServerId)}, {":c", created.toMSecsSinceEpoch()}});
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Result<QList<VmPairRecord>> DeployJournal::pairs()
{
    auto query = m_db.exec(
        tr("list VM pairs"), kPairColumns + QStringLiteral(" WHERE owner_id = :o ORDER BY name"), {{":o", m_ownerId}});
    if (!query)
        return query.error();
    QList<VmPairRecord> list;
    while (query->next())
        list << pairFromRow(*query);
    return list;
}

Result<std::optional<VmPairRecord>> DeployJournal::pairByName(const QString& name)
{
    auto query = m_db.exec(tr("read a VM pair"), kPairColumns + QStringLiteral(" WHERE owner_id = :o AND name = :n"),
        {{":o", m_ownerId}, {":n", name}});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<VmPairRecord>();
    return std::optional<VmPairRecord>(pairFromRow(*query));
}

Status DeployJournal::removePair(const QString& pairId)
{
    auto removed = m_db.exec(tr("remove a VM pair"),
        QStringLiteral("DELETE FROM vm_pairs WHERE owner_id = :o AND id = :id"), {{":o", m_ownerId}, {":id", pairId}});
    if (!removed)
        return removed.error();
    return {};
}

} // namespace ct::deploy
