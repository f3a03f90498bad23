#include "auth/accountservice.h"
#include "store/userstore.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

namespace ct {
namespace {

using test::Backend;

const QString kPasswordA = QStringLiteral("tulip-Ocean-meteor-42");
const QString kPasswordB = QStringLiteral("quasar-Harbor-lantern-77");

// Proves the store's promise: user B can list, read, change and delete none of user A's rows through any
// UserStore function, on every database kind.
class UserIsolation : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        m_fresh = std::make_unique<test::FreshDatabase>(GetParam());
        if (!m_fresh->unavailableReason().isEmpty())
            GTEST_SKIP() << test::backendName(GetParam()) << " skipped: " << m_fresh->unavailableReason().toStdString();
        auto db = Database::open(m_fresh->url());
        ASSERT_TRUE(db) << db.error().message.toStdString();
        m_db = std::move(db.value());
        m_accounts = std::make_unique<AccountService>(*m_db,
            AccountService::Options {m_fresh->dataDir() + QStringLiteral("/secrets"), crypto::KdfCost::minimal(),
                nullptr, m_fresh->dataDir() + QStringLiteral("/locks")});
        auto a = m_accounts->signUp(QStringLiteral("alice"), kPasswordA);
        auto b = m_accounts->signUp(QStringLiteral("bob"), kPasswordB);
        ASSERT_TRUE(a) << a.error().message.toStdString();
        ASSERT_TRUE(b) << b.error().message.toStdString();
        m_alice = m_accounts->storeFor(a.value());
        m_bob = m_accounts->storeFor(b.value());
    }
    void TearDown() override
    {
        m_alice.reset();
        m_bob.reset();
        m_accounts.reset();
        m_db.reset();
    }

    std::unique_ptr<test::FreshDatabase> m_fresh;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<UserStore> m_alice;
    std::unique_ptr<UserStore> m_bob;
};

TEST_P(UserIsolation, SettingsAreInvisibleAndUntouchableToOthers)
{
    ASSERT_TRUE(m_alice->setSetting(QStringLiteral("ui.theme"), QStringLiteral("dark")));

    auto names = m_bob->settingNames();
    ASSERT_TRUE(names);
    EXPECT_TRUE(names->isEmpty());
    auto value = m_bob->setting(QStringLiteral("ui.theme"), QStringLiteral("default"));
    ASSERT_TRUE(value);
    EXPECT_EQ(value.value(), QStringLiteral("default"));
    auto removed = m_bob->removeSetting(QStringLiteral("ui.theme"));
    ASSERT_FALSE(removed);
    EXPECT_EQ(removed.error().code, ErrorCode::NotFound);
    // Bob writing the same name creates Bob's own row; Alice's stays as it was.
    ASSERT_TRUE(m_bob->setSetting(QStringLiteral("ui.theme"), QStringLiteral("light")));

    auto alices = m_alice->setting(QStringLiteral("ui.theme"));
    ASSERT_TRUE(alices);
    EXPECT_EQ(alices.value(), QStringLiteral("dark"));
    auto bobs = m_bob->setting(QStringLiteral("ui.theme"));
    ASSERT_TRUE(bobs);
    EXPECT_EQ(bobs.value(), QStringLiteral("light"));
}

TEST_P(UserIsolation, EventsAreInvisibleAndUndeletableToOthers)
{
    auto event = m_alice->addEvent(ActivityEvent::Severity::Warning, QStringLiteral("test"), QStringLiteral("alice's"));
    ASSERT_TRUE(event);

    auto list = m_bob->events();
    ASSERT_TRUE(list);
    EXPECT_TRUE(list->isEmpty());
    auto read = m_bob->event(event->id);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, ErrorCode::NotFound);
    auto removed = m_bob->removeEvent(event->id);
    ASSERT_FALSE(removed);
    EXPECT_EQ(removed.error().code, ErrorCode::NotFound);
    ASSERT_TRUE(m_bob->clearEvents());

    auto still = m_alice->event(event->id);
    ASSERT_TRUE(still) << still.error().message.toStdString();
    EXPECT_EQ(still->message, QStringLiteral("alice's"));
    EXPECT_EQ(still->severity, ActivityEvent::Severity::Warning);
    auto alices = m_alice->events();
    ASSERT_TRUE(alices);
    EXPECT_EQ(alices->size(), 1);
}

TEST_P(UserIsolation, EventsComeNewestFirst)
{
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    ASSERT_TRUE(m_alice->addEvent(ActivityEvent::Severity::Info, QStringLiteral("a"), QStringLiteral("old"), t0));
    ASSERT_TRUE(
        m_alice->addEvent(ActivityEvent::Severity::Info, QStringLiteral("a"), QStringLiteral("new"), t0.addSecs(60)));
    auto list = m_alice->events();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).message, QStringLiteral("new"));
    EXPECT_EQ(list->at(0).at, t0.addSecs(60));
}

TEST_P(UserIsolation, DeletingAnAccountRemovesOnlyThatUsersRows)
{
    ASSERT_TRUE(m_alice->setSetting(QStringLiteral("k"), QStringLiteral("v")));
    ASSERT_TRUE(m_alice->addEvent(ActivityEvent::Severity::Info, QStringLiteral("a"), QStringLiteral("m")));
    ASSERT_TRUE(m_bob->setSetting(QStringLiteral("k"), QStringLiteral("v")));
    auto alice = m_accounts->logIn(QStringLiteral("alice"), kPasswordA);
    ASSERT_TRUE(alice);
    ASSERT_TRUE(m_accounts->openSession(alice.value()));
    ASSERT_TRUE(m_accounts->deleteAccount(alice.value(), kPasswordA));

    for (const char* table : {"user_settings", "events", "sessions"}) {
        auto rows = m_db->exec(QStringLiteral("count"),
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE owner_id = :o").arg(QLatin1String(table)),
            {{":o", alice->id}});
        ASSERT_TRUE(rows && rows->next());
        EXPECT_EQ(rows->value(0).toInt(), 0) << table;
    }
    auto bobs = m_bob->setting(QStringLiteral("k"));
    ASSERT_TRUE(bobs);
    EXPECT_EQ(bobs.value(), QStringLiteral("v"));
    auto gone = m_accounts->logIn(QStringLiteral("alice"), kPasswordA);
    EXPECT_FALSE(gone);
}

TEST_P(UserIsolation, CloudAccountsAreInvisibleAndUntouchableToOthers)
{
    CloudAccount account;
    account.name = QStringLiteral("prod");
    account.authUrl = QStringLiteral("https://keystone.example:5000/v3");
    account.userName = QStringLiteral("alice");
    account.projectName = QStringLiteral("demo");
    auto added = m_alice->addCloud(account);
    ASSERT_TRUE(added) << added.error().message.toStdString();
    auto duplicate = m_alice->addCloud(account);
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::AlreadyExists);

    EXPECT_TRUE(m_bob->clouds()->isEmpty());
    EXPECT_EQ(m_bob->cloud(added->id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_bob->cloudByName(QStringLiteral("prod")).error().code, ErrorCode::NotFound);
    CloudAccount hijack = added.value();
    hijack.authUrl = QStringLiteral("https://evil.example/v3");
    EXPECT_EQ(m_bob->updateCloud(hijack).error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_bob->removeCloud(added->id).error().code, ErrorCode::NotFound);
    // Bob may use the same name for his own cloud.
    EXPECT_TRUE(m_bob->addCloud(account));

    auto still = m_alice->cloud(added->id);
    ASSERT_TRUE(still);
    EXPECT_EQ(still->authUrl, QStringLiteral("https://keystone.example:5000/v3"));
    EXPECT_EQ(still->projectName, QStringLiteral("demo"));
    auto renamed = still.value();
    renamed.regionName = QStringLiteral("RegionOne");
    ASSERT_TRUE(m_alice->updateCloud(renamed));
    ASSERT_TRUE(m_alice->updateCloud(renamed)); // unchanged values still find the row (MariaDB)
    EXPECT_EQ(m_alice->cloud(added->id)->regionName, QStringLiteral("RegionOne"));
    ASSERT_TRUE(m_alice->removeCloud(added->id));
    EXPECT_EQ(m_bob->clouds()->size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, UserIsolation, ::testing::ValuesIn(test::allBackends()),
    [](const auto& info) { return test::backendName(info.param); });

} // namespace
} // namespace ct
