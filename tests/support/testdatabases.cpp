#include "testdatabases.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ct::test {

namespace {

QString adminConnection(const DatabaseUrl& url, QString* error)
{
    const QString name = QStringLiteral("test-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(url.driverName(), name);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.databaseName);
    db.setUserName(url.userName);
    db.setPassword(url.password);
    if (!db.open()) {
        *error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    return name;
}

bool runAdmin(const DatabaseUrl& url, const QString& sql, QString* error)
{
    const QString name = adminConnection(url, error);
    if (name.isEmpty())
        return false;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::database(name);
        QSqlQuery query(db);
        ok = query.exec(sql);
        if (!ok)
            *error = query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

std::string backendName(Backend backend)
{
    switch (backend) {
    case Backend::Sqlite:
        return "SQLite";
    case Backend::PostgreSql:
        return "PostgreSQL";
    case Backend::MariaDb:
        return "MariaDB";
    }
    return "?";
}

std::vector<Backend> allBackends() { return {Backend::Sqlite, Backend::PostgreSql, Backend::MariaDb}; }

FreshDatabase::FreshDatabase(Backend backend)
    : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        m_url = DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("cloudtwin.sqlite3")));
        return;
    }
    const char* urlVariable
        = backend == Backend::PostgreSql ? "CLOUDTWIN_TEST_POSTGRES_URL" : "CLOUDTWIN_TEST_MYSQL_URL";
    const char* skipVariable
        = backend == Backend::PostgreSql ? "CLOUDTWIN_TEST_POSTGRES_SKIP" : "CLOUDTWIN_TEST_MYSQL_SKIP";
    const QString serverUrl = qEnvironmentVariable(urlVariable);
    if (serverUrl.isEmpty()) {
        m_unavailable = qEnvironmentVariable(skipVariable);
        if (m_unavailable.isEmpty())
            m_unavailable = QStringLiteral("%1 is not set; script/test starts a test server and sets it")
                                .arg(QLatin1String(urlVariable));
        return;
    }
    auto admin = DatabaseUrl::parse(serverUrl);
    if (!admin) {
        m_unavailable = admin.error().message;
        return;
    }
    m_serverDatabase = QStringLiteral("ct_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QString error;
    if (!runAdmin(admin.value(), QStringLiteral("CREATE DATABASE %1").arg(m_serverDatabase), &error)) {
        m_unavailable = QStringLiteral("cannot create a test database on %1: %2").arg(admin->redacted(), error);
        m_serverDatabase.clear();
        return;
    }
    m_url = admin.value();
    m_url.databaseName = m_serverDatabase;
}

FreshDatabase::~FreshDatabase()
{
    if (m_serverDatabase.isEmpty())
        return;
    auto admin = DatabaseUrl::parse(qEnvironmentVariable(
        m_backend == Backend::PostgreSql ? "CLOUDTWIN_TEST_POSTGRES_URL" : "CLOUDTWIN_TEST_MYSQL_URL"));
    QString error;
    if (admin)
        runAdmin(admin.value(), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_serverDatabase), &error);
}

} // namespace ct::test
