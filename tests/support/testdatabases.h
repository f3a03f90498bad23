#pragma once

#include "store/database.h"
#include "store/databaseurl.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace ct::test {

/// A database kind a parameterised store test runs against.
enum class Backend
{
    Sqlite,
    PostgreSql,
    MariaDb
};

std::string backendName(Backend backend);
inline void PrintTo(Backend backend, std::ostream* os);
std::vector<Backend> allBackends();

/// Gives each test a fresh, empty database of the requested kind: a new SQLite file in a temporary folder,
/// or a new database on the throw-away PostgreSQL / MariaDB server that script/test started
/// (CLOUDTWIN_TEST_POSTGRES_URL, CLOUDTWIN_TEST_MYSQL_URL). Dropped again at the end.
class FreshDatabase
{
public:
    explicit FreshDatabase(Backend backend);
    ~FreshDatabase();

    /// Empty when the backend can be used; otherwise why not (the test then skips with this reason).
    const QString& unavailableReason() const { return m_unavailable; }
    const DatabaseUrl& url() const { return m_url; }
    QString dataDir() const { return m_dir.path(); }

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_unavailable;
    QString m_serverDatabase;
};

inline void PrintTo(Backend backend, std::ostream* os) { *os << backendName(backend); }

} // namespace ct::test
