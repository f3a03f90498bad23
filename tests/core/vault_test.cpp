#include "secrets/vault.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ct {
namespace {

const QString kPassword = QStringLiteral("tulip-Ocean-meteor-42");

class VaultTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("secrets/u.vault")); }
    QTemporaryDir m_dir;
};

TEST_F(VaultTest, StoresReadsAndRemovesSecrets)
{
    auto key = Vault::create(path(), kPassword, crypto::KdfCost::minimal());
    ASSERT_TRUE(key);
    Vault vault(path(), key.value());
    ASSERT_TRUE(vault.put(QStringLiteral("a"), QByteArrayLiteral("one")));
    ASSERT_TRUE(vault.put(QStringLiteral("b"), QByteArray("\0two", 4)));
    EXPECT_EQ(vault.get(QStringLiteral("b")).value(), QByteArray("\0two", 4));
    EXPECT_EQ(vault.names().value(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    ASSERT_TRUE(vault.remove(QStringLiteral("a")));
    EXPECT_EQ(vault.get(QStringLiteral("a")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(vault.remove(QStringLiteral("a")).error().code, ErrorCode::NotFound);
}

TEST_F(VaultTest, FileIsPrivateAndHoldsNoPlaintext)
{
    auto key = Vault::create(path(), kPassword, crypto::KdfCost::minimal());
    ASSERT_TRUE(key);
    Vault vault(path(), key.value());
    ASSERT_TRUE(vault.put(QStringLiteral("cloud"), QByteArrayLiteral("PlainCloudSecret-123")));
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_FALSE(bytes.contains("PlainCloudSecret-123"));
    EXPECT_FALSE(bytes.contains(QByteArrayLiteral("PlainCloudSecret-123").toBase64()));
    EXPECT_FALSE(bytes.contains(kPassword.toUtf8()));
    EXPECT_EQ(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

TEST_F(VaultTest, WrongPasswordDoesNotUnlock)
{
    ASSERT_TRUE(Vault::create(path(), kPassword, crypto::KdfCost::minimal()));
    auto wrong = Vault::unlock(path(), QStringLiteral("not-the-password"));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::WrongPassword);
    EXPECT_TRUE(Vault::unlock(path(), kPassword));
}

TEST_F(VaultTest, TamperedEntryIsReportedNotReturned)
{
    auto key = Vault::create(path(), kPassword, crypto::KdfCost::minimal());
    ASSERT_TRUE(key);
    Vault vault(path(), key.value());
    ASSERT_TRUE(vault.put(QStringLiteral("a"), QByteArrayLiteral("secret value")));
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    const qsizetype at = text.indexOf("\"a\": \"") + 20;
    text[at] = text[at] == 'A' ? 'B' : 'A';
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    auto read = vault.get(QStringLiteral("a"));
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, ErrorCode::Corrupt);
}

TEST_F(VaultTest, DamagedFileIsReportedAndLeftAlone)
{
    auto key = Vault::create(path(), kPassword, crypto::KdfCost::minimal());
    ASSERT_TRUE(key);
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ not json");
    file.close();
    Vault vault(path(), key.value());
    auto put = vault.put(QStringLiteral("a"), QByteArrayLiteral("x"));
    ASSERT_FALSE(put);
    EXPECT_EQ(put.error().code, ErrorCode::Corrupt);
    EXPECT_TRUE(put.error().message.contains(path()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArrayLiteral("{ not json"));
}

TEST_F(VaultTest, MissingFileIsReportedByName)
{
    auto unlocked = Vault::unlock(path(), kPassword);
    ASSERT_FALSE(unlocked);
    EXPECT_EQ(unlocked.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(unlocked.error().message.contains(path()));
}

} // namespace
} // namespace ct
