#include "store/databaseurl.h"

#include <gtest/gtest.h>

namespace ct {
namespace {

struct UrlCase
{
    const char* text;
    bool ok;
    DatabaseUrl::Kind kind;
    const char* host;
    int port;
    const char* database;
    const char* redacted; ///< for ok cases; a fragment of the message otherwise
};

class DatabaseUrlParse : public ::testing::TestWithParam<UrlCase>
{
};

TEST_P(DatabaseUrlParse, ParsesOrExplains)
{
    const UrlCase& c = GetParam();
    auto url = DatabaseUrl::parse(QString::fromUtf8(c.text));
    ASSERT_EQ(url.ok(), c.ok) << (url ? std::string() : url.error().message.toStdString());
    if (!c.ok) {
        EXPECT_EQ(url.error().code, ErrorCode::InvalidInput);
        EXPECT_TRUE(url.error().message.contains(QString::fromUtf8(c.redacted))) << url.error().message.toStdString();
        return;
    }
    EXPECT_EQ(url->kind, c.kind);
    EXPECT_EQ(url->host, QString::fromUtf8(c.host));
    EXPECT_EQ(url->port, c.port);
    EXPECT_EQ(url->kind == DatabaseUrl::Kind::Sqlite ? url->path : url->databaseName, QString::fromUtf8(c.database));
    EXPECT_EQ(url->redacted(), QString::fromUtf8(c.redacted));
}

INSTANTIATE_TEST_SUITE_P(Urls, DatabaseUrlParse,
    ::testing::Values(UrlCase {"sqlite:///var/lib/ct/db.sqlite3", true, DatabaseUrl::Kind::Sqlite, "", 0,
                          "/var/lib/ct/db.sqlite3", "sqlite:///var/lib/ct/db.sqlite3"},
        UrlCase {"/tmp/plain.db", true, DatabaseUrl::Kind::Sqlite, "", 0, "/tmp/plain.db", "sqlite:///tmp/plain.db"},
        UrlCase {"postgresql://ct:s3cret@db.example:6543/cloudtwin", true, DatabaseUrl::Kind::PostgreSql, "db.example",
            6543, "cloudtwin", "postgresql://ct:***@db.example:6543/cloudtwin"},
        UrlCase {"postgres://ct@10.0.0.5/cloudtwin", true, DatabaseUrl::Kind::PostgreSql, "10.0.0.5", 5432, "cloudtwin",
            "postgresql://ct@10.0.0.5:5432/cloudtwin"},
        UrlCase {"mysql://ct:pw@127.0.0.1/cloudtwin", true, DatabaseUrl::Kind::MySql, "127.0.0.1", 3306, "cloudtwin",
            "mysql://ct:***@127.0.0.1:3306/cloudtwin"},
        UrlCase {"", false, DatabaseUrl::Kind::Sqlite, "", 0, "", "empty"},
        UrlCase {"oracle://x@h/db", false, DatabaseUrl::Kind::Sqlite, "", 0, "", "oracle"},
        UrlCase {"postgresql://ct@/cloudtwin", false, DatabaseUrl::Kind::Sqlite, "", 0, "", "names no server"},
        UrlCase {"mysql://ct@127.0.0.1", false, DatabaseUrl::Kind::Sqlite, "", 0, "", "names no database"},
        UrlCase {"sqlite://", false, DatabaseUrl::Kind::Sqlite, "", 0, "", "names no file"}));

TEST(DatabaseUrl, PasswordNeverInRedactedForm)
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://ct:TopSecret99@h/db"));
    ASSERT_TRUE(url);
    EXPECT_EQ(url->password, QStringLiteral("TopSecret99"));
    EXPECT_FALSE(url->redacted().contains(QStringLiteral("TopSecret99")));
}

} // namespace
} // namespace ct
