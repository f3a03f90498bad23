#include "store/database.h"

#include "logging/logging.h"
#include "store/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace ct {

namespace {

bool looksLikeSqliteFile(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true; // SQLite creates it
    if (!file.open(QIODevice::ReadOnly))
        return true; // let SQLite report the permission problem in its own words
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool isCorruptionText(const QString& text)
{
    return text.contains(QLatin1String("malformed"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("not a database"), Qt::CaseInsensitive);
}

} // namespace

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_connectionName(QStringLiteral("cloudtwin-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion() { return schemaMigrations(DatabaseUrl::Kind::Sqlite).back().version; }

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url)
{
    std::unique_ptr<Database> database(new Database(url));
    if (auto status = database->connect(); !status)
        return status.error();
    if (auto status = database->migrate(); !status)
        return status.error();
    qCInfo(lcStore) << "database ready:" << url.redacted() << "schema" << database->schemaVersion();
    return database;
}

Error Database::sqlError(const QString& what, const QString& driverText) const
{
    if (m_url.kind == DatabaseUrl::Kind::Sqlite && isCorruptionText(driverText))
        return makeError(ErrorCode::Corrupt,
            tr("The database file %1 is damaged (%2). CloudTwin has left it untouched. Restore it from "
               "a backup, or move it away to start with an empty database.")
                .arg(m_url.path, driverText));
    if (driverText.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
        || driverText.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        return makeError(ErrorCode::Io,
            tr("Could not %1: the database %2 is read-only. Fix the file's permissions or choose another "
               "data folder.")
                .arg(what, m_url.redacted()));
    if (driverText.contains(QLatin1String("full"), Qt::CaseInsensitive))
        return makeError(ErrorCode::Io,
            tr("Could not %1: the disk holding %2 is full. Free some space and try again; nothing was "
               "changed.")
                .arg(what, m_url.redacted()));
    return makeError(
        ErrorCode::Unavailable, tr("Could not %1 in the database %2: %3").arg(what, m_url.redacted(), driverText));
}

Status Database::connect()
{
    if (!QSqlDatabase::isDriverAvailable(m_url.driverName())) {
        const QString package = m_url.kind == DatabaseUrl::Kind::PostgreSql ? QStringLiteral("libqt6sql6-psql")
            : m_url.kind == DatabaseUrl::Kind::MySql                        ? QStringLiteral("libqt6sql6-mysql")
                                                                            : QStringLiteral("libqt6sql6-sqlite");
        return makeError(ErrorCode::Unavailable,
            tr("The Qt database driver %1 is not installed. Install the package %2 and start CloudTwin "
               "again.")
                .arg(m_url.driverName(), package));
    }

    if (m_url.kind == DatabaseUrl::Kind::Sqlite) {
        const QFileInfo info(m_url.path);
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(ErrorCode::Io,
                tr("Cannot create the folder %1 for the database. Check its permissions or choose "
                   "another data folder.")
                    .arg(info.absolutePath()));
        if (info.isDir())
            return makeError(
                ErrorCode::InvalidInput, tr("The database path %1 is a folder, not a file.").arg(m_url.path));
        if (!looksLikeSqliteFile(m_url.path))
            return makeError(ErrorCode::Corrupt,
                tr("The file %1 is not a CloudTwin database (it is not an SQLite file, or it is damaged). "
                   "CloudTwin has left it untouched. Restore it from a backup, or move it away to start "
                   "with an empty database.")
                    .arg(m_url.path));
    }

    m_db = QSqlDatabase::addDatabase(m_url.driverName(), m_connectionName);
    if (m_url.kind == DatabaseUrl::Kind::Sqlite) {
        m_db.setDatabaseName(m_url.path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        m_db.setHostName(m_url.host);
        m_db.setPort(m_url.port);
        m_db.setDatabaseName(m_url.databaseName);
        m_db.setUserName(m_url.userName);
        m_db.setPassword(m_url.password);
        QString options = m_url.options;
        if (m_url.kind == DatabaseUrl::Kind::PostgreSql && !options.contains(QLatin1String("connect_timeout")))
            options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
        if (m_url.kind == DatabaseUrl::Kind::MySql && !options.contains(QLatin1String("MYSQL_OPT_CONNECT_TIMEOUT")))
            options += (options.isEmpty() ? QString() : QStringLiteral(";"))
                + QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10");
        // "Rows matched", not "rows changed": an UPDATE that writes the same values still found its row.
        if (m_url.kind == DatabaseUrl::Kind::MySql && !options.contains(QLatin1String("CLIENT_FOUND_ROWS")))
            options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("CLIENT_FOUND_ROWS");
        m_db.setConnectOptions(options);
    }
    if (!m_db.open()) {
        const QString text = m_db.lastError().text();
        if (m_url.kind == DatabaseUrl::Kind::Sqlite)
            return sqlError(tr("open the database"), text);
        return makeError(ErrorCode::Unavailable,
            tr("Cannot connect to the database server %1: %2. Check that the server is running and "
               "reachable and that the user name and password are right.")
                .arg(m_url.redacted(), text.trimmed()));
    }

    if (m_url.kind == DatabaseUrl::Kind::Sqlite) {
        // Foreign keys are off by default in SQLite; without them deleting a user would leave orphans.
        if (auto result = exec(tr("turn on foreign keys"), QStringLiteral("PRAGMA foreign_keys = ON")); !result)
            return result.error();
    }
    return {};
}

Result<int> Database::readSchemaVersion()
{
    // Reading sqlite_master (or the catalog) is the first real read; a damaged file fails here.
    const QStringList tables = m_db.tables(QSql::Tables);
    if (m_url.kind == DatabaseUrl::Kind::Sqlite) {
        auto probe = exec(tr("read the database"), QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!probe)
            return probe.error();
    }
    if (!tables.contains(QStringLiteral("schema_version"))) {
        if (!tables.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                tr("The database %1 already holds tables that are not CloudTwin's (%2). CloudTwin has "
                   "left it untouched. Give CloudTwin a database of its own.")
                    .arg(m_url.redacted(), tables.mid(0, 5).join(QStringLiteral(", "))));
        return 0;
    }
    auto query = exec(tr("read the schema version"), QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Status Database::migrate()
{
    auto current = readSchemaVersion();
    if (!current)
        return current.error();
    m_schemaVersion = current.value();
    if (m_schemaVersion > latestSchemaVersion())
        return makeError(ErrorCode::SchemaTooNew,
            tr("The database %1 was written by a newer CloudTwin (schema version %2; this version knows "
               "up to %3). It has been left untouched. Install the newer CloudTwin, or use another data "
               "folder with --data-dir.")
                .arg(m_url.redacted())
                .arg(m_schemaVersion)
                .arg(latestSchemaVersion()));

    if (m_url.kind == DatabaseUrl::Kind::Sqlite) {
        // WAL lets the agent and the GUI read while the other writes. Set only once we know the file is ours.
        auto wal = exec(tr("switch to write-ahead logging"), QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!wal)
            return wal.error();
    }

    for (const Migration& step : schemaMigrations(m_url.kind)) {
        if (step.version <= m_schemaVersion)
            continue;
        const QString what = tr("upgrade the database to schema version %1").arg(step.version);
        auto applied = transaction(what, [&]() -> Status {
            if (m_schemaVersion == 0) {
                auto created = exec(what,
                    QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY,"
                                   " applied_at BIGINT NOT NULL)"));
                if (!created)
                    return created.error();
            }
            for (const QString& statement : step.statements) {
                if (auto result = exec(what, statement); !result)
                    return result.error();
            }
            auto recorded
                = exec(what, QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (:v, :t)"),
                    {{":v", step.version}, {":t", QDateTime::currentMSecsSinceEpoch()}});
            if (!recorded)
                return recorded.error();
            return {};
        });
        if (!applied)
            return applied.error();
        qCInfo(lcStore) << "applied schema step" << step.version << step.description;
        m_schemaVersion = step.version;
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString& what, const QString& sql, std::initializer_list<Binding> bindings)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (bindings.size() == 0) {
        // Not prepared: PostgreSQL cannot prepare DDL statements.
        if (!query.exec(sql))
            return sqlError(what, query.lastError().text());
        return query;
    }
    if (!query.prepare(sql))
        return sqlError(what, query.lastError().text());
    for (const auto& [name, value] : bindings)
        query.bindValue(QString::fromLatin1(name), value);
    if (!query.exec())
        return sqlError(what, query.lastError().text());
    return query;
}

Status Database::transaction(const QString& what, const std::function<Status()>& body)
{
    if (!m_db.transaction())
        return sqlError(what, m_db.lastError().text());
    Status status = body();
    if (!status) {
        m_db.rollback();
        return status;
    }
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        m_db.rollback();
        return sqlError(what, text);
    }
    return {};
}

} // namespace ct
