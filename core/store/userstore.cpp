#include "store/userstore.h"

#include <QJsonDocument>
#include <QUuid>

namespace ct {

namespace {

QString severityText(ActivityEvent::Severity severity)
{
    switch (severity) {
    case ActivityEvent::Severity::Info:
        return QStringLiteral("info");
    case ActivityEvent::Severity::Warning:
        return QStringLiteral("warning");
    case ActivityEvent::Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

ActivityEvent::Severity severityFromText(const QString& text)
{
    if (text == QLatin1String("warning"))
        return ActivityEvent::Severity::Warning;
    if (text == QLatin1String("error"))
        return ActivityEvent::Severity::Error;
    return ActivityEvent::Severity::Info;
}

CloudAccount cloudFromRow(const QSqlQuery& row)
{
    CloudAccount account;
    account.id = row.value(0).toString();
    account.name = row.value(1).toString();
    cloudKindFromName(row.value(2).toString(), &account.kind);
    account.applySettingsJson(QJsonDocument::fromJson(row.value(3).toString().toUtf8()).object());
    account.created = QDateTime::fromMSecsSinceEpoch(row.value(4).toLongLong(), Qt::UTC);
    return account;
}

ActivityEvent eventFromRow(const QSqlQuery& row)
{
    ActivityEvent event;
    event.id = row.value(0).toString();
    event.at = QDateTime::fromMSecsSinceEpoch(row.value(1).toLongLong(), Qt::UTC);
    event.severity = severityFromText(row.value(2).toString());
    event.kind = row.value(3).toString();
    event.message = row.value(4).toString();
    return event;
}

} // namespace

UserStore::UserStore(Database& database, QString ownerId)
    : m_db(database)
    , m_ownerId(std::move(ownerId))
{ }

Result<QString> UserStore::setting(const QString& name, const QString& fallback)
{
    auto query = m_db.exec(tr("read a setting"),
        QStringLiteral("SELECT value FROM user_settings WHERE owner_id = :o AND name = :n"),
        {{":o", m_ownerId}, {":n", name}});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : fallback;
}

Status UserStore::setSetting(const QString& name, const QString& value)
{
    return m_db.transaction(tr("save a setting"), [&]() -> Status {
        auto removed = m_db.exec(tr("save a setting"),
            QStringLiteral("DELETE FROM user_settings WHERE owner_id = :o AND name = :n"),
            {{":o", m_ownerId}, {":n", name}});
        if (!removed)
            return removed.error();
        auto inserted = m_db.exec(tr("save a setting"),
            QStringLiteral("INSERT INTO user_settings (owner_id, name, value) VALUES (:o, :n, :v)"),
            {{":o", m_ownerId}, {":n", name}, {":v", value}});
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Status UserStore::removeSetting(const QString& name)
{
    auto query = m_db.exec(tr("remove a setting"),
        QStringLiteral("DELETE FROM user_settings WHERE owner_id = :o AND name = :n"),
        {{":o", m_ownerId}, {":n", name}});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no setting named %1.").arg(name));
    return {};
}

Result<QStringList> UserStore::settingNames()
{
    auto query = m_db.exec(tr("list settings"),
        QStringLiteral("SELECT name FROM user_settings WHERE owner_id = :o ORDER BY name"), {{":o", m_ownerId}});
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

Result<ActivityEvent> UserStore::addEvent(
    ActivityEvent::Severity severity, const QString& kind, const QString& message, const QDateTime& at)
{
    ActivityEvent event;
    event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.at = at.toUTC();
    event.severity = severity;
    event.kind = kind;
    event.message = message;
    auto query = m_db.exec(tr("record an activity event"),
        QStringLiteral("INSERT INTO events (id, owner_id, at_ms, severity, kind, message)"
                       " VALUES (:id, :o, :at, :s, :k, :m)"),
        {{":id", event.id}, {":o", m_ownerId}, {":at", event.at.toMSecsSinceEpoch()}, {":s", severityText(severity)},
            {":k", kind}, {":m", message}});
    if (!query)
        return query.error();
    return event;
}

Result<QList<ActivityEvent>> UserStore::events(int limit)
{
    auto query = m_db.exec(tr("list activity"),
        QStringLiteral("SELECT id, at_ms, severity, kind, message FROM events WHERE owner_id = :o"
                       " ORDER BY at_ms DESC, id LIMIT :l"),
        {{":o", m_ownerId}, {":l", limit}});
    if (!query)
        return query.error();
    QList<ActivityEvent> list;
    while (query->next())
        list << eventFromRow(*query);
    return list;
}

Result<ActivityEvent> UserStore::event(const QString& id)
{
    auto query = m_db.exec(tr("read an activity event"),
        QStringLiteral("SELECT id, at_ms, severity, kind, message FROM events"
                       " WHERE owner_id = :o AND id = :id"),
        {{":o", m_ownerId}, {":id", id}});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("There is no activity event %1.").arg(id));
    return eventFromRow(*query);
}

Status UserStore::removeEvent(const QString& id)
{
    auto query = m_db.exec(tr("remove an activity event"),
        QStringLiteral("DELETE FROM events WHERE owner_id = :o AND id = :id"), {{":o", m_ownerId}, {":id", id}});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no activity event %1.").arg(id));
    return {};
}

Status UserStore::clearEvents()
{
    auto query = m_db.exec(
        tr("clear activity"), QStringLiteral("DELETE FROM events WHERE owner_id = :o"), {{":o", m_ownerId}});
    if (!query)
        return query.error();
    return {};
}

Result<CloudAccount> UserStore::addCloud(CloudAccount account)
{
    if (account.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the cloud a name."));
    auto existing = cloudByName(account.name);
    if (existing)
        return makeError(
            ErrorCode::AlreadyExists, tr("You already have a cloud named %1. Choose another name.").arg(account.name));
    if (existing.error().code != ErrorCode::NotFound)
        return existing.error();
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.created = QDateTime::currentDateTimeUtc();
    auto query = m_db.exec(tr("save the cloud account"),
        QStringLiteral("INSERT INTO clouds (id, owner_id, name, kind, settings, created_at)"
                       " VALUES (:id, :o, :n, :k, :s, :t)"),
        {{":id", account.id}, {":o", m_ownerId}, {":n", account.name}, {":k", cloudKindName(account.kind)},
            {":s", QString::fromUtf8(QJsonDocument(account.settingsJson()).toJson(QJsonDocument::Compact))},
            {":t", account.created.toMSecsSinceEpoch()}});
    if (!query)
        return query.error();
    return account;
}

Result<QList<CloudAccount>> UserStore::clouds()
{
    auto query = m_db.exec(tr("list cloud accounts"),
        QStringLiteral("SELECT id, name, kind, settings, created_at FROM clouds WHERE owner_id = :o"
                       " ORDER BY name"),
        {{":o", m_ownerId}});
    if (!query)
        return query.error();
    QList<CloudAccount> list;
    while (query->next())
        list << cloudFromRow(*query);
    return list;
}

Result<CloudAccount> UserStore::cloud(const QString& id)
{
    auto query = m_db.exec(tr("read the cloud account"),
        QStringLiteral("SELECT id, name, kind, settings, created_at FROM clouds"
                       " WHERE owner_id = :o AND id = :id"),
        {{":o", m_ownerId}, {":id", id}});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("There is no cloud account %1.").arg(id));
    return cloudFromRow(*query);
}

Result<CloudAccount> UserStore::cloudByName(const QString& name)
{
    auto query = m_db.exec(tr("read the cloud account"),
        QStringLiteral("SELECT id, name, kind, settings, created_at FROM clouds"
                       " WHERE owner_id = :o AND name = :n"),
        {{":o", m_ownerId}, {":n", name}});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound,
            tr("There is no cloud named %1. See your clouds with: cloudtwinctl cloud list").arg(name));
    return cloudFromRow(*query);
}

Status UserStore::updateCloud(const CloudAccount& account)
{
    auto sameName = cloudByName(account.name);
    if (sameName && sameName->id != account.id)
        return makeError(
            ErrorCode::AlreadyExists, tr("You already have a cloud named %1. Choose another name.").arg(account.name));
    auto query = m_db.exec(tr("save the cloud account"),
        QStringLiteral("UPDATE clouds SET name = :n, kind = :k, settings = :s"
                       " WHERE owner_id = :o AND id = :id"),
        {{":n", account.name}, {":k", cloudKindName(account.kind)},
            {":s", QString::fromUtf8(QJsonDocument(account.settingsJson()).toJson(QJsonDocument::Compact))},
            {":o", m_ownerId}, {":id", account.id}});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no cloud account %1.").arg(account.id));
    return {};
}

Status UserStore::removeCloud(const QString& id)
{
    auto query = m_db.exec(tr("remove the cloud account"),
        QStringLiteral("DELETE FROM clouds WHERE owner_id = :o AND id = :id"), {{":o", m_ownerId}, {":id", id}});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no cloud account %1.").arg(id));
    return {};
}

Status UserStore::rememberCloudJob(const CloudJob& job)
{
    // Scoped to a cloud of this owner: a job can't be filed under someone else's cloud.
    auto owned = cloud(job.cloudId);
    if (!owned)
        return owned.error();
    return m_db.transaction(tr("remember a cloud job"), [&]() -> Status {
        auto existing = m_db.exec(tr("remember a cloud job"),
            QStringLiteral("SELECT 1 FROM cloud_jobs WHERE owner_id = :o AND cloud_id = :c AND job_id = :j"),
            {{":o", m_ownerId}, {":c", job.cloudId}, {":j", job.jobId}});
        if (!existing)
            return existing.error();
        if (existing->next())
            return {};
        const QDateTime started = job.started.isValid() ? job.started : QDateTime::currentDateTimeUtc();
        auto inserted = m_db.exec(tr("remember a cloud job"),
            QStringLiteral("INSERT INTO cloud_jobs (owner_id, cloud_id, job_id, command, resource_id, started_at)"
                           " VALUES (:o, :c, :j, :cmd, :r, :t)"),
            // A null QString binds as NULL; "no resource id" is stored as "".
            {{":o", m_ownerId}, {":c", job.cloudId}, {":j", job.jobId},
                {":cmd", job.command.isNull() ? QStringLiteral("") : job.command},
                {":r", job.resourceId.isNull() ? QStringLiteral("") : job.resourceId},
                {":t", started.toMSecsSinceEpoch()}});
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Status UserStore::forgetCloudJob(const QString& cloudId, const QString& jobId)
{
    auto query = m_db.exec(tr("forget a cloud job"),
        QStringLiteral("DELETE FROM cloud_jobs WHERE owner_id = :o AND cloud_id = :c AND job_id = :j"),
        {{":o", m_ownerId}, {":c", cloudId}, {":j", jobId}});
    if (!query)
        return query.error();
    return {};
}

Result<QList<CloudJob>> UserStore::cloudJobs(const QString& cloudId)
{
    const QString columns = QStringLiteral("SELECT cloud_id, job_id, command, resource_id, started_at FROM cloud_jobs");
    auto query = cloudId.isEmpty()
        ? m_db.exec(tr("list cloud jobs"), columns + QStringLiteral(" WHERE owner_id = :o ORDER BY started_at, job_id"),
            {{":o", m_ownerId}})
        : m_db.exec(tr("list cloud jobs"),
            columns + QStringLiteral(" WHERE owner_id = :o AND cloud_id = :c ORDER BY started_at, job_id"),
            {{":o", m_ownerId}, {":c", cloudId}});
    if (!query)
        return query.error();
    QList<CloudJob> jobs;
    while (query->next()) {
        CloudJob job;
        job.cloudId = query->value(0).toString();
        job.jobId = query->value(1).toString();
        job.command = query->value(2).toString();
        job.resourceId = query->value(3).toString();
        job.started = QDateTime::fromMSecsSinceEpoch(query->value(4).toLongLong(), Qt::UTC);
        jobs << job;
    }
    return jobs;
}

} // namespace ct
