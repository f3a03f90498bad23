#include "store/database.h"
#include "testdatabases.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ct {
namespace {

using test::Backend;

class DatabaseOnEveryBackend : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        m_fresh = std::make_unique<test::FreshDatabase>(GetParam());
        if (!m_fresh->unavailableReason().isEmpty())
            GTEST_SKIP() << test::backendName(GetParam()) << " skipped: " << m_fresh->unavailableReason().toStdString();
    }
    std::unique_ptr<test::FreshDatabase> m_fresh;
};

TEST_P(DatabaseOnEveryBackend, MigratesAnEmptyDatabaseToTheLatestSchema)
{
    auto db = Database::open(m_fresh->url());
    ASSERT_TRUE(db) << db.error().message.toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), Database::latestSchemaVersion());
    auto count = db.value()->exec(QStringLiteral("count"), QStringLiteral("SELECT COUNT(*) FROM users"));
    ASSERT_TRUE(count);
    ASSERT_TRUE(count->next());
    EXPECT_EQ(count->value(0).toInt(), 0);
}

TEST_P(DatabaseOnEveryBackend, ReopeningAppliesNothingTwice)
{
    {
        auto first = Database::open(m_fresh->url());
        ASSERT_TRUE(first) << first.error().message.toStdString();
    }
    auto second = Database::open(m_fresh->url());
    ASSERT_TRUE(second) << second.error().message.toStdString();
    auto rows = second.value()->exec(QStringLiteral("count"), QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    ASSERT_TRUE(rows);
    ASSERT_TRUE(rows->next());
    EXPECT_EQ(rows->value(0).toInt(), Database::latestSchemaVersion());
}

TEST_P(DatabaseOnEveryBackend, RefusesANewerSchemaAndChangesNothing)
{
    {
        auto db = Database::open(m_fresh->url());
        ASSERT_TRUE(db);
        ASSERT_TRUE(db.value()->exec(QStringLiteral("pretend newer"),
            QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 0)")));
    }
    auto refused = Database::open(m_fresh->url());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::SchemaTooNew);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("newer CloudTwin")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("999")));
}

TEST_P(DatabaseOnEveryBackend, RollsBackAFailedTransaction)
{
    auto db = Database::open(m_fresh->url());
    ASSERT_TRUE(db);
    auto status = db.value()->transaction(QStringLiteral("test"), [&]() -> Status {
        auto inserted = db.value()->exec(QStringLiteral("insert"),
            QStringLiteral("INSERT INTO users (id, name, password_hash, created_at)"
                           " VALUES ('u1', 'alice', 'x', 0)"));
        EXPECT_TRUE(inserted);
        return makeError(ErrorCode::Internal, QStringLiteral("stop"));
    });
    EXPECT_FALSE(status);
    auto count = db.value()->exec(QStringLiteral("count"), QStringLiteral("SELECT COUNT(*) FROM users"));
    ASSERT_TRUE(count && count->next());
    EXPECT_EQ(count->value(0).toInt(), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseOnEveryBackend, ::testing::ValuesIn(test::allBackends()),
    [](const auto& info) { return test::backendName(info.param); });

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

TEST(SqliteDatabase, TurnsOnWalAndForeignKeys)
{
    QTemporaryDir dir;
    auto db = Database::open(DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("db.sqlite3"))));
    ASSERT_TRUE(db);
    auto mode = db.value()->exec(QStringLiteral("mode"), QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(mode && mode->next());
    EXPECT_EQ(mode->value(0).toString(), QStringLiteral("wal"));
    auto keys = db.value()->exec(QStringLiteral("fk"), QStringLiteral("PRAGMA foreign_keys"));
    ASSERT_TRUE(keys && keys->next());
    EXPECT_EQ(keys->value(0).toInt(), 1);
}

TEST(SqliteDatabase, ReportsAFileThatIsNotADatabaseAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite3"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    const QByteArray before = fileDigest(path);
    auto db = Database::open(DatabaseUrl::sqliteFile(path));
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(db.error().message.contains(path));
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("untouched")));
    EXPECT_EQ(fileDigest(path), before);
}

TEST(SqliteDatabase, ReportsADamagedDatabaseAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.sqlite3"));
    {
        auto db = Database::open(DatabaseUrl::sqliteFile(path));
        ASSERT_TRUE(db);
        ASSERT_TRUE(db.value()->exec(QStringLiteral("checkpoint"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        // Keep the valid header but overwrite the schema page with garbage.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(3000, '\x5a'));
    }
    const QByteArray before = fileDigest(path);
    auto db = Database::open(DatabaseUrl::sqliteFile(path));
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::Corrupt) << db.error().message.toStdString();
    EXPECT_EQ(fileDigest(path), before);
}

TEST(SqliteDatabase, RefusesADatabaseThatIsNotCloudTwins)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite3"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileDigest(path);
    auto db = Database::open(DatabaseUrl::sqliteFile(path));
    ASSERT_FALSE(db);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("invoices")));
    EXPECT_EQ(fileDigest(path), before);
}

TEST(ServerDatabase, UnreachableServerGivesAClearMessage)
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://ct:pw@127.0.0.1:1/cloudtwin"));
    ASSERT_TRUE(url);
    auto db = Database::open(url.value());
    ASSERT_FALSE(db);
    EXPECT_EQ(db.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("Cannot connect to the database server")))
        << db.error().message.toStdString();
    EXPECT_FALSE(db.error().message.contains(QStringLiteral(":pw@")));

    auto mysql = DatabaseUrl::parse(QStringLiteral("mysql://ct:pw@127.0.0.1:1/cloudtwin"));
    ASSERT_TRUE(mysql);
    auto db2 = Database::open(mysql.value());
    ASSERT_FALSE(db2);
    EXPECT_EQ(db2.error().code, ErrorCode::Unavailable);
}

} // namespace
} // namespace ct
