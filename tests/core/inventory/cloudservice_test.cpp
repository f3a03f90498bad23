#include "auth/accountservice.h"
#include "inventory/cloudservice.h"
#include "secrets/usersecrets.h"
#include "testprovider.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ct {
namespace {

const QString kUserPassword = QStringLiteral("tulip-Ocean-meteor-42");
const QByteArray kCloudSecret = "Cloud-Secret-5d1e77";

template<class T>
T waitFor(QFuture<T> future)
{
    EXPECT_TRUE(QTest::qWaitFor([&] { return future.isFinished(); }, 20000));
    return future.result();
}

/// CloudService over a real UserSecrets (encrypted file) and a real UserStore, with the store calls run
/// directly the way the CLI does.
class CloudServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("CLOUDTWIN_KEYCHAIN", "off");
        auto db = Database::open(DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("db.sqlite3"))));
        ASSERT_TRUE(db);
        m_db = std::move(db.value());
        m_accounts = std::make_unique<AccountService>(*m_db,
            AccountService::Options {m_dir.filePath(QStringLiteral("secrets")), crypto::KdfCost::minimal(), nullptr,
                m_dir.filePath(QStringLiteral("locks"))});
        auto user = m_accounts->signUp(QStringLiteral("alice"), kUserPassword);
        ASSERT_TRUE(user);
        m_user = user.value();
        m_store = m_accounts->storeFor(m_user);
        m_secrets = std::make_unique<UserSecrets>(m_user, m_accounts->vaultPath(m_user.id));
        ASSERT_EQ(waitFor(m_secrets->detectBackend()), SecretBackend::EncryptedFile);

        CloudService::Store store;
        store.add
            = [this](const CloudAccount& account) { return QtFuture::makeReadyFuture(m_store->addCloud(account)); };
        store.remove = [this](const QString& id) { return QtFuture::makeReadyFuture(m_store->removeCloud(id)); };
        auto factory
            = [this](const CloudAccount& account, const QByteArray& secret, QObject* parent) -> Result<CloudProvider*> {
            ++m_made;
            m_lastSecret = secret;
            return new test::TestProvider(account.name, parent);
        };
        m_service = std::make_unique<CloudService>(m_secrets.get(), factory, store);
    }
    void TearDown() override { qunsetenv("CLOUDTWIN_KEYCHAIN"); }

    CloudAccount newAccount(const QString& name)
    {
        CloudAccount account;
        account.name = name;
        account.authUrl = QStringLiteral("https://keystone.example:5000/v3");
        account.userName = QStringLiteral("demo");
        account.projectName = QStringLiteral("demo");
        return account;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountService> m_accounts;
    SignedInUser m_user;
    std::unique_ptr<UserStore> m_store;
    std::unique_ptr<UserSecrets> m_secrets;
    std::unique_ptr<CloudService> m_service;
    int m_made = 0;
    QByteArray m_lastSecret;
};

TEST_F(CloudServiceTest, AddStoresRowAndSecretAndMakesOneCachedProvider)
{
    auto added = waitFor(m_service->addAccount(newAccount(QStringLiteral("prod")), kCloudSecret));
    ASSERT_TRUE(added) << added.error().message.toStdString();
    EXPECT_FALSE(added->id.isEmpty());
    EXPECT_EQ(m_store->clouds()->size(), 1);
    EXPECT_EQ(waitFor(m_secrets->read(CloudAccount::secretName(added->id))).value(), kCloudSecret);
    EXPECT_TRUE(waitFor(m_service->hasSecret(added->id)).value());
    EXPECT_TRUE(m_service->accountByName(QStringLiteral("prod")).has_value());

    auto first = waitFor(m_service->provider(added->id));
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_EQ(m_lastSecret, kCloudSecret);
    auto second = waitFor(m_service->provider(added->id));
    ASSERT_TRUE(second);
    EXPECT_EQ(first.value(), second.value());
    EXPECT_EQ(m_made, 1);

    // A changed account drops the cached provider.
    CloudAccount changed = added.value();
    changed.regionName = QStringLiteral("RegionTwo");
    m_service->setAccounts({changed});
    auto third = waitFor(m_service->provider(added->id));
    ASSERT_TRUE(third);
    EXPECT_EQ(m_made, 2);
}

TEST_F(CloudServiceTest, DuplicateNamesAndMissingSecretsAreClearErrors)
{
    ASSERT_TRUE(waitFor(m_service->addAccount(newAccount(QStringLiteral("prod")), kCloudSecret)));
    auto again = waitFor(m_service->addAccount(newAccount(QStringLiteral("prod")), kCloudSecret));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);

    auto imported = waitFor(m_service->addAccount(newAccount(QStringLiteral("nopw")), {}));
    ASSERT_TRUE(imported);
    EXPECT_FALSE(waitFor(m_service->hasSecret(imported->id)).value());
    auto provider = waitFor(m_service->provider(imported->id));
    ASSERT_FALSE(provider);
    EXPECT_TRUE(provider.error().message.contains(QStringLiteral("cloud nopw")))
        << provider.error().message.toStdString();
    EXPECT_EQ(m_made, 0);

    ASSERT_TRUE(waitFor(m_service->setSecret(imported->id, kCloudSecret)));
    EXPECT_TRUE(waitFor(m_service->provider(imported->id)));
}

TEST_F(CloudServiceTest, RemoveDeletesRowAndSecret)
{
    auto added = waitFor(m_service->addAccount(newAccount(QStringLiteral("prod")), kCloudSecret));
    ASSERT_TRUE(added);
    ASSERT_TRUE(waitFor(m_service->provider(added->id)));
    auto removed = waitFor(m_service->removeAccount(added->id));
    ASSERT_TRUE(removed) << removed.error().message.toStdString();
    EXPECT_TRUE(m_store->clouds()->isEmpty());
    EXPECT_TRUE(m_service->accounts().isEmpty());
    auto secret = waitFor(m_secrets->read(CloudAccount::secretName(added->id)));
    ASSERT_FALSE(secret);
    EXPECT_EQ(secret.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(waitFor(m_service->removeAccount(added->id)));

    // Neither the database nor the vault holds the secret in the clear.
    QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(file.readAll().contains(kCloudSecret)) << file.fileName().toStdString();
    }
}

} // namespace
} // namespace ct
