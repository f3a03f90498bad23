#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace ct {

/// Where the database lives: `sqlite:///abs/path`, `postgresql://user:pw@host:port/db`,
/// `mysql://user:pw@host:port/db` (MariaDB too). A bare path is read as SQLite.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    enum class Kind
    {
        Sqlite,
        PostgreSql,
        MySql
    };

    Kind kind = Kind::Sqlite;
    QString path; ///< SQLite file
    QString host;
    int port = 0;
    QString databaseName;
    QString userName;
    QString password; ///< never printed; see redacted()
    QString options; ///< driver connect options from the query string, e.g. unix_socket

    static Result<DatabaseUrl> parse(const QString& text);
    static DatabaseUrl sqliteFile(const QString& path);

    /// Qt SQL driver name: QSQLITE, QPSQL or QMARIADB.
    QString driverName() const;
    /// The URL with any password replaced by "***", for messages and logs.
    QString redacted() const;
    bool isServer() const { return kind != Kind::Sqlite; }
};

} // namespace ct
