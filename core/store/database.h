#pragma once

#include "store/databaseurl.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <utility>

namespace ct {

/// One open connection to CloudTwin's database, with the schema brought up to date.
///
/// A Database belongs to the thread that opened it (a Qt SQL rule). The GUI opens it on its store
/// worker thread; the CLI on its main thread. It is reached by the rest of the app only through
/// AccountService (users) and UserStore (everything a user owns).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// Opens (creating a SQLite file if needed) and migrates. Refuses, without writing anything, a file that
    /// is not a SQLite database and a schema newer than this build knows.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int latestSchemaVersion();
    int schemaVersion() const { return m_schemaVersion; }
    const DatabaseUrl& url() const { return m_url; }

    using Binding = std::pair<const char*, QVariant>;

    /// Prepares, binds by name and runs one statement. The error message names `what` was being done.
    Result<QSqlQuery> exec(const QString& what, const QString& sql, std::initializer_list<Binding> bindings = {});
    /// Runs `body` inside a transaction; commits when it returns ok, rolls back otherwise.
    Status transaction(const QString& what, const std::function<Status()>& body);

private:
    explicit Database(DatabaseUrl url);
    Status connect();
    Status migrate();
    Result<int> readSchemaVersion();
    Error sqlError(const QString& what, const QString& driverText) const;

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

} // namespace ct
