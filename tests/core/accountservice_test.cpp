#include "auth/accountservice.h"
#include "secrets/vault.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ct {
namespace {

const QString kPassword = QStringLiteral("tulip-Ocean-meteor-42");
const QString kNewPassword = QStringLiteral("quasar-Harbor-lantern-77");

class Accounts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("db.sqlite3"))));
        ASSERT_TRUE(db);
        m_db = std::move(db.value());
        m_accounts = std::make_unique<AccountService>(*m_db,
            AccountService::Options {m_dir.filePath(QStringLiteral("secrets")), crypto::KdfCost::minimal(), &m_clock,
                m_dir.filePath(QStringLiteral("locks"))});
    }

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountService> m_accounts;
};

TEST_F(Accounts, SignUpThenLogIn)
{
    auto created = m_accounts->signUp(QStringLiteral("alice"), kPassword);
    ASSERT_TRUE(created) << created.error().message.toStdString();
    EXPECT_EQ(created->name, QStringLiteral("alice"));
    ASSERT_TRUE(created->vaultKey);
    EXPECT_TRUE(QFile::exists(m_accounts->vaultPath(created->id)));

    auto signedIn = m_accounts->logIn(QStringLiteral("alice"), kPassword);
    ASSERT_TRUE(signedIn) << signedIn.error().message.toStdString();
    EXPECT_EQ(signedIn->id, created->id);
    EXPECT_EQ(signedIn->vaultKey->bytes(), created->vaultKey->bytes());
}

TEST_F(Accounts, KnowsWhetherAnyoneSignedUp)
{
    EXPECT_FALSE(m_accounts->hasUsers().value());
    ASSERT_TRUE(m_accounts->signUp(QStringLiteral("alice"), kPassword));
    EXPECT_TRUE(m_accounts->hasUsers().value());
}

TEST_F(Accounts, StoresAnArgon2idHashNotThePassword)
{
    ASSERT_TRUE(m_accounts->signUp(QStringLiteral("alice"), kPassword));
    auto row = m_db->exec(QStringLiteral("read"), QStringLiteral("SELECT password_hash FROM users"));
    ASSERT_TRUE(row && row->next());
    const QString hash = row->value(0).toString();
    EXPECT_TRUE(hash.startsWith(QStringLiteral("$argon2id$"))) << hash.toStdString();
    EXPECT_FALSE(hash.contains(kPassword));
}

TEST_F(Accounts, RejectsBadNamesWeakPasswordsAndDuplicates)
{
    auto empty = m_accounts->signUp(QString(), kPassword);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("user name")));

    auto weak = m_accounts->signUp(QStringLiteral("alice"), QStringLiteral("password"));
    ASSERT_FALSE(weak);
    EXPECT_EQ(weak.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(weak.error().message.startsWith(QStringLiteral("Password:")));

    ASSERT_TRUE(m_accounts->signUp(QStringLiteral("alice"), kPassword));
    auto duplicate = m_accounts->signUp(QStringLiteral("alice"), kNewPassword);
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::AlreadyExists);
    EXPECT_TRUE(duplicate.error().message.contains(QStringLiteral("taken")));
}

TEST_F(Accounts, WrongPasswordAndUnknownUserLookTheSame)
{
    ASSERT_TRUE(m_accounts->signUp(QStringLiteral("alice"), kPassword));
    auto wrong = m_accounts->logIn(QStringLiteral("alice"), kNewPassword);
    auto unknown = m_accounts->logIn(QStringLiteral("mallory"), kNewPassword);
    ASSERT_FALSE(wrong);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(wrong.error().code, ErrorCode::WrongPassword);
    EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_F(Accounts, DelayGrowsAfterRepeatedWrongPasswordsAndResetsOnSuccess)
{
    ASSERT_TRUE(m_accounts->signUp(QStringLiteral("alice"), kPassword));
    for (int i = 0; i < AccountService::kFreeAttempts; ++i)
        EXPECT_EQ(
            m_accounts->logIn(QStringLiteral("alice"), QStringLiteral("nope")).error().code, ErrorCode::WrongPassword);

    // Third failure: locked for 1 s. Even the right password is refused until then.
    auto locked = m_accounts->logIn(QStringLiteral("alice"), kPassword);
    ASSERT_FALSE(locked);
    EXPECT_EQ(locked.error().code, ErrorCode::Throttled);
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("Wait 1 second")))
        << locked.error().message.toStdString();

    m_clock.advanceSeconds(1);
    EXPECT_EQ(
        m_accounts->logIn(QStringLiteral("alice"), QStringLiteral("nope")).error().code, ErrorCode::WrongPassword);
    auto longer = m_accounts->logIn(QStringLiteral("alice"), kPassword);
    ASSERT_FALSE(longer);
    EXPECT_TRUE(longer.error().message.contains(QStringLiteral("Wait 2 second")))
        << longer.error().message.toStdString();

    m_clock.advanceSeconds(2);
    EXPECT_EQ(
        m_accounts->logIn(QStringLiteral("alice"), QStringLiteral("nope")).error().code, ErrorCode::WrongPassword);
    auto longest = m_accounts->logIn(QStringLiteral("alice"), kPassword);
    EXPECT_TRUE(longest.error().message.contains(QStringLiteral("Wait 4 second")))
        << longest.error().message.toStdString();

    m_clock.advanceSeconds(4);
    ASSERT_TRUE(m_accounts->logIn(QStringLiteral("alice"), kPassword));
    // Counter reset: one more wrong password does not lock.
    EXPECT_EQ(
        m_accounts->logIn(QStringLiteral("alice"), QStringLiteral("nope")).error().code, ErrorCode::WrongPassword);
    EXPECT_TRUE(m_accounts->logIn(QStringLiteral("alice"), kPassword));
}

TEST_F(Accounts, DelayIsCapped)
{
    ASSERT_TRUE(m_accounts->signUp(QStringLiteral("alice"), kPassword));
    for (int i = 0; i < 40; ++i) {
        (void)m_accounts->logIn(QStringLiteral("alice"), QStringLiteral("nope"));
        m_clock.advanceSeconds(AccountService::kMaxDelaySeconds);
    }
    (void)m_accounts->logIn(QStringLiteral("alice"), QStringLiteral("nope"));
    m_clock.advanceSeconds(AccountService::kMaxDelaySeconds);
    EXPECT_TRUE(m_accounts->logIn(QStringLiteral("alice"), kPassword));
}

TEST_F(Accounts, ChangePasswordKeepsTheVaultReadable)
{
    auto user = m_accounts->signUp(QStringLiteral("alice"), kPassword);
    ASSERT_TRUE(user);
    Vault vault(m_accounts->vaultPath(user->id), user->vaultKey);
    ASSERT_TRUE(vault.put(QStringLiteral("cloud/1/password"), QByteArrayLiteral("hunter2-cloud")));

    auto wrongCurrent = m_accounts->changePassword(user.value(), kNewPassword, kNewPassword);
    ASSERT_FALSE(wrongCurrent);
    EXPECT_EQ(wrongCurrent.error().code, ErrorCode::WrongPassword);
    auto weak = m_accounts->changePassword(user.value(), kPassword, QStringLiteral("abc"));
    ASSERT_FALSE(weak);
    EXPECT_EQ(weak.error().code, ErrorCode::InvalidInput);

    ASSERT_TRUE(m_accounts->changePassword(user.value(), kPassword, kNewPassword));
    EXPECT_FALSE(m_accounts->logIn(QStringLiteral("alice"), kPassword));
    auto again = m_accounts->logIn(QStringLiteral("alice"), kNewPassword);
    ASSERT_TRUE(again) << again.error().message.toStdString();
    Vault reopened(m_accounts->vaultPath(again->id), again->vaultKey);
    auto secret = reopened.get(QStringLiteral("cloud/1/password"));
    ASSERT_TRUE(secret);
    EXPECT_EQ(secret.value(), QByteArrayLiteral("hunter2-cloud"));
}

TEST_F(Accounts, DeleteAccountNeedsThePasswordAndRemovesTheVault)
{
    auto user = m_accounts->signUp(QStringLiteral("alice"), kPassword);
    ASSERT_TRUE(user);
    auto refused = m_accounts->deleteAccount(user.value(), kNewPassword);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(m_accounts->logIn(QStringLiteral("alice"), kPassword));

    ASSERT_TRUE(m_accounts->deleteAccount(user.value(), kPassword));
    EXPECT_FALSE(QFile::exists(m_accounts->vaultPath(user->id)));
    auto exists = m_accounts->userExists(QStringLiteral("alice"));
    ASSERT_TRUE(exists);
    EXPECT_FALSE(exists.value());
    // The name can be used again.
    EXPECT_TRUE(m_accounts->signUp(QStringLiteral("alice"), kNewPassword));
}

TEST_F(Accounts, SessionsResumeUntilClosed)
{
    auto user = m_accounts->signUp(QStringLiteral("alice"), kPassword);
    ASSERT_TRUE(user);
    auto ticket = m_accounts->openSession(user.value());
    ASSERT_TRUE(ticket);

    auto resumed = m_accounts->resumeSession(ticket.value());
    ASSERT_TRUE(resumed) << resumed.error().message.toStdString();
    EXPECT_EQ(resumed->name, QStringLiteral("alice"));
    EXPECT_EQ(resumed->vaultKey->bytes(), user->vaultKey->bytes());

    SessionTicket forged = ticket.value();
    forged.token[0] = static_cast<char>(forged.token[0] ^ 1);
    auto refused = m_accounts->resumeSession(forged);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::NotLoggedIn);

    ASSERT_TRUE(m_accounts->closeSession(ticket->id));
    EXPECT_FALSE(m_accounts->resumeSession(ticket.value()));
}

TEST_F(Accounts, SessionRowHoldsNoUsableSecret)
{
    auto user = m_accounts->signUp(QStringLiteral("alice"), kPassword);
    ASSERT_TRUE(user);
    auto ticket = m_accounts->openSession(user.value());
    ASSERT_TRUE(ticket);
    auto row = m_db->exec(QStringLiteral("read"), QStringLiteral("SELECT token_hash, wrapped_key FROM sessions"));
    ASSERT_TRUE(row && row->next());
    EXPECT_NE(row->value(0).toString().toLatin1(), ticket->token.toHex());
    const QByteArray raw(reinterpret_cast<const char*>(user->vaultKey->bytes().data()), 32);
    EXPECT_FALSE(QByteArray::fromBase64(row->value(1).toString().toLatin1()).contains(raw));
}

} // namespace
} // namespace ct
