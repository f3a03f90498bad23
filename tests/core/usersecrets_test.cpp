#include "auth/accountservice.h"
#include "secrets/usersecrets.h"
#include "secrets/vault.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ct {
namespace {

const QString kPassword = QStringLiteral("tulip-Ocean-meteor-42");

template<class T>
T waitFor(QFuture<T> future)
{
    // Tests may block; product code may not. QTest::qWaitFor spins the event loop so continuations run.
    EXPECT_TRUE(QTest::qWaitFor([&] { return future.isFinished(); }, 20000));
    return future.result();
}

class SecretsFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("db.sqlite3"))));
        ASSERT_TRUE(db);
        m_db = std::move(db.value());
        m_accounts = std::make_unique<AccountService>(*m_db,
            AccountService::Options {m_dir.filePath(QStringLiteral("secrets")), crypto::KdfCost::minimal(), nullptr,
                m_dir.filePath(QStringLiteral("locks"))});
        auto user = m_accounts->signUp(QStringLiteral("alice"), kPassword);
        ASSERT_TRUE(user);
        m_user = user.value();
        qputenv(
            "CLOUDTWIN_KEYCHAIN_SERVICE", "CloudTwinTest-" + QByteArray::number(QCoreApplication::applicationPid()));
    }
    void TearDown() override
    {
        qunsetenv("CLOUDTWIN_KEYCHAIN");
        qunsetenv("CLOUDTWIN_KEYCHAIN_SERVICE");
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountService> m_accounts;
    SignedInUser m_user;
};

TEST_F(SecretsFixture, FallsBackToTheEncryptedFileWhenTheKeychainIsOff)
{
    qputenv("CLOUDTWIN_KEYCHAIN", "off");
    UserSecrets secrets(m_user, m_accounts->vaultPath(m_user.id));
    EXPECT_EQ(waitFor(secrets.detectBackend()), SecretBackend::EncryptedFile);
    EXPECT_FALSE(secrets.keychainProblem().isEmpty());

    ASSERT_TRUE(waitFor(secrets.write(QStringLiteral("cloud/1"), QByteArrayLiteral("s3cr3t-value"))));
    auto read = waitFor(secrets.read(QStringLiteral("cloud/1")));
    ASSERT_TRUE(read);
    EXPECT_EQ(read.value(), QByteArrayLiteral("s3cr3t-value"));

    // Written to the vault, readable after signing in again.
    auto again = m_accounts->logIn(QStringLiteral("alice"), kPassword);
    ASSERT_TRUE(again);
    Vault vault(m_accounts->vaultPath(m_user.id), again->vaultKey);
    EXPECT_EQ(vault.get(QStringLiteral("cloud/1")).value(), QByteArrayLiteral("s3cr3t-value"));

    ASSERT_TRUE(waitFor(secrets.remove(QStringLiteral("cloud/1"))));
    EXPECT_EQ(waitFor(secrets.read(QStringLiteral("cloud/1"))).error().code, ErrorCode::NotFound);
}

TEST_F(SecretsFixture, FallsBackWhenNoSessionBusAnswers)
{
    // As on a headless machine: the D-Bus address points nowhere, QtKeychain reports an error, we use the vault.
    const QByteArray savedBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    const QByteArray savedDisplay = qgetenv("DISPLAY");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/cloudtwin-test-bus");
    qunsetenv("DISPLAY");
    UserSecrets secrets(m_user, m_accounts->vaultPath(m_user.id));
    const SecretBackend backend = waitFor(secrets.detectBackend());
    qputenv("DBUS_SESSION_BUS_ADDRESS", savedBus);
    if (!savedDisplay.isEmpty())
        qputenv("DISPLAY", savedDisplay);
    if (backend == SecretBackend::Keychain)
        GTEST_SKIP() << "QtKeychain kept its earlier D-Bus connection in this process";
    EXPECT_EQ(backend, SecretBackend::EncryptedFile);
    ASSERT_TRUE(waitFor(secrets.write(QStringLiteral("k"), QByteArrayLiteral("v"))));
    EXPECT_EQ(waitFor(secrets.read(QStringLiteral("k"))).value(), QByteArrayLiteral("v"));
}

class RealKeyring : public SecretsFixture
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariable("CLOUDTWIN_TEST_KEYRING") != QLatin1String("1"))
            GTEST_SKIP() << "no unlocked gnome-keyring: script/test runs these inside dbus-run-session";
        SecretsFixture::SetUp();
    }
};

QByteArray secretToolLookup(const QString& service, const QString& key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    tool.waitForFinished(10000);
    // QtKeychain stores binary data base64-encoded (attribute type=base64).
    return QByteArray::fromBase64(tool.readAllStandardOutput());
}

TEST_F(RealKeyring, StoresInTheKeychainAndNotInTheVault)
{
    UserSecrets secrets(m_user, m_accounts->vaultPath(m_user.id));
    ASSERT_EQ(waitFor(secrets.detectBackend()), SecretBackend::Keychain) << secrets.keychainProblem().toStdString();
    ASSERT_TRUE(waitFor(secrets.write(QStringLiteral("cloud/7/password"), QByteArrayLiteral("keyring-secret-1"))));
    EXPECT_EQ(waitFor(secrets.read(QStringLiteral("cloud/7/password"))).value(), QByteArrayLiteral("keyring-secret-1"));

    // The real keyring has it, seen through another client (secret-tool); the vault has only its name.
    EXPECT_EQ(secretToolLookup(UserSecrets::keychainServiceName(), m_user.id + QStringLiteral("/cloud/7/password")),
        QByteArrayLiteral("keyring-secret-1"));
    Vault vault(m_accounts->vaultPath(m_user.id), m_user.vaultKey);
    EXPECT_EQ(vault.get(QStringLiteral("cloud/7/password")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(vault.keychainNames().value(), QStringList {QStringLiteral("cloud/7/password")});

    ASSERT_TRUE(waitFor(secrets.remove(QStringLiteral("cloud/7/password"))));
    EXPECT_TRUE(secretToolLookup(UserSecrets::keychainServiceName(), m_user.id + QStringLiteral("/cloud/7/password"))
                    .isEmpty());
}

TEST_F(RealKeyring, RemoveAllClearsTheKeychainEntriesOfTheAccount)
{
    UserSecrets secrets(m_user, m_accounts->vaultPath(m_user.id));
    ASSERT_EQ(waitFor(secrets.detectBackend()), SecretBackend::Keychain);
    ASSERT_TRUE(waitFor(secrets.write(QStringLiteral("a"), QByteArrayLiteral("1"))));
    ASSERT_TRUE(waitFor(secrets.write(QStringLiteral("b"), QByteArrayLiteral("2"))));
    ASSERT_TRUE(waitFor(secrets.removeAll()));
    EXPECT_TRUE(secretToolLookup(UserSecrets::keychainServiceName(), m_user.id + QStringLiteral("/a")).isEmpty());
    EXPECT_TRUE(secretToolLookup(UserSecrets::keychainServiceName(), m_user.id + QStringLiteral("/b")).isEmpty());
    EXPECT_FALSE(QFile::exists(m_accounts->vaultPath(m_user.id)));
}

} // namespace
} // namespace ct
