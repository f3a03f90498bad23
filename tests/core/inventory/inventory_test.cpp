#include "inventory/inventory.h"
#include "testprovider.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace ct {
namespace {

using test::makeServer;
using test::TestProvider;

CloudAccount account(const QString& id, const QString& name, bool sandbox = false)
{
    CloudAccount a;
    a.id = id;
    a.name = name;
    a.sandbox = sandbox;
    a.authUrl = QStringLiteral("https://%1.example/v3").arg(name);
    return a;
}

QStringList names(const QList<InventoryRow>& rows)
{
    QStringList list;
    for (const InventoryRow& row : rows)
        list << row.server.name;
    return list;
}

/// Inventory wired to TestProviders by account id.
class InventoryTest : public ::testing::Test
{
protected:
    TestProvider* addProvider(const QString& id)
    {
        auto* provider = new TestProvider(id, &m_owner);
        m_providers.insert(id, provider);
        return provider;
    }

    Inventory::ProviderSource source()
    {
        return [this](const QString& id) -> QFuture<Result<CloudProvider*>> {
            ++m_providerRequests;
            if (TestProvider* provider = m_providers.value(id))
                return QtFuture::makeReadyFuture(Result<CloudProvider*>(provider));
            return QtFuture::makeReadyFuture(Result<CloudProvider*>(makeError(
                ErrorCode::AuthenticationFailed, QStringLiteral("No password is stored for cloud %1.").arg(id))));
        };
    }

    void waitIdle(Inventory& inventory)
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !inventory.isRefreshing(); }, 10000));
    }

    QObject m_owner;
    QHash<QString, TestProvider*> m_providers;
    int m_providerRequests = 0;
};

TEST_F(InventoryTest, RefreshesAllCloudsInParallel)
{
    // Each cloud takes 300 ms; in sequence that would be 900 ms.
    for (const char* id : {"a", "b", "c"}) {
        addProvider(QLatin1String(id))
            ->queueServers(QList<Server> {makeServer(QStringLiteral("%1-1").arg(QLatin1String(id)),
                               QStringLiteral("vm-%1").arg(QLatin1String(id)))},
                300);
    }
    Inventory inventory(source());
    inventory.setClouds({account(QStringLiteral("a"), QStringLiteral("alpha")),
        account(QStringLiteral("b"), QStringLiteral("beta"), true),
        account(QStringLiteral("c"), QStringLiteral("gamma"))});
    QSignalSpy refreshed(&inventory, &Inventory::cloudRefreshed);
    QSignalSpy idle(&inventory, &Inventory::idle);
    QElapsedTimer timer;
    timer.start();
    inventory.refreshAll();
    EXPECT_TRUE(inventory.isRefreshing());
    for (const CloudState& state : inventory.cloudStates()) {
        EXPECT_TRUE(state.refreshing) << state.name.toStdString();
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return idle.count() == 1; }, 10000));
    EXPECT_LT(timer.elapsed(), 800);
    EXPECT_EQ(refreshed.count(), 3);

    const QList<InventoryRow> rows = inventory.rows();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(names(rows), (QStringList {QStringLiteral("vm-a"), QStringLiteral("vm-b"), QStringLiteral("vm-c")}));
    EXPECT_EQ(rows.at(1).accountId, QStringLiteral("b"));
    EXPECT_EQ(rows.at(1).cloudName, QStringLiteral("beta"));
    EXPECT_TRUE(rows.at(1).sandbox);
    EXPECT_FALSE(rows.at(0).sandbox);
    EXPECT_EQ(rows.at(0).role, ServerRole::Unmanaged);
    for (const CloudState& state : inventory.cloudStates()) {
        EXPECT_TRUE(state.ok);
        EXPECT_FALSE(state.refreshing);
        EXPECT_TRUE(state.lastRefreshed.isValid());
        EXPECT_EQ(state.serverCount, 1);
    }
}

TEST_F(InventoryTest, OneFailingCloudKeepsTheOthers)
{
    addProvider(QStringLiteral("a"))
        ->queueServers(QList<Server> {makeServer(QStringLiteral("1"), QStringLiteral("web")),
            makeServer(QStringLiteral("2"), QStringLiteral("db"))});
    addProvider(QStringLiteral("b"))
        ->queueServers(makeError(ErrorCode::Unavailable, QStringLiteral("Cloud beta: compute did not answer.")), 50);
    // "c" has no provider at all (no secret stored).
    Inventory inventory(source());
    inventory.setClouds({account(QStringLiteral("a"), QStringLiteral("alpha")),
        account(QStringLiteral("b"), QStringLiteral("beta")), account(QStringLiteral("c"), QStringLiteral("gamma"))});
    QSignalSpy failed(&inventory, &Inventory::cloudFailed);
    inventory.refreshAll();
    waitIdle(inventory);

    EXPECT_EQ(names(inventory.rows()), (QStringList {QStringLiteral("db"), QStringLiteral("web")})); // sorted
    ASSERT_EQ(failed.count(), 2);
    QStringList failedIds {failed.at(0).at(0).toString(), failed.at(1).at(0).toString()};
    failedIds.sort();
    EXPECT_EQ(failedIds, (QStringList {QStringLiteral("b"), QStringLiteral("c")}));
    const CloudState beta = *inventory.cloudState(QStringLiteral("b"));
    EXPECT_FALSE(beta.ok);
    EXPECT_EQ(beta.error, QStringLiteral("Cloud beta: compute did not answer."));
    EXPECT_FALSE(beta.lastRefreshed.isValid());
    EXPECT_TRUE(inventory.cloudState(QStringLiteral("c"))->error.contains(QStringLiteral("No password")));
    EXPECT_TRUE(inventory.cloudState(QStringLiteral("a"))->ok);
}

TEST_F(InventoryTest, IncrementalRefreshUsesChangesSinceAndDropsDeletedServers)
{
    ManualClock clock;
    TestProvider* provider = addProvider(QStringLiteral("a"));
    provider->queueServers(QList<Server> {makeServer(QStringLiteral("1"), QStringLiteral("web")),
        makeServer(QStringLiteral("2"), QStringLiteral("db")),
        makeServer(QStringLiteral("3"), QStringLiteral("cache"))});
    Server stopped = makeServer(QStringLiteral("1"), QStringLiteral("web"), ServerStatus::Stopped);
    provider->queueServers(
        QList<Server> {stopped, makeServer(QStringLiteral("2"), QStringLiteral("db"), ServerStatus::Deleted),
            makeServer(QStringLiteral("4"), QStringLiteral("api"))});
    provider->queueServers(QList<Server> {});

    Inventory inventory(source());
    inventory.setClock(&clock);
    inventory.setSafetyMarginSeconds(60);
    inventory.setClouds({account(QStringLiteral("a"), QStringLiteral("alpha"))});
    const QDateTime firstStart = clock.now();
    inventory.refreshAll();
    waitIdle(inventory);
    ASSERT_EQ(provider->listCalls().size(), 1);
    EXPECT_FALSE(provider->listCalls().at(0).changesSince.isValid()) << "the first refresh must be a full one";
    EXPECT_EQ(inventory.rows().size(), 3);

    clock.advanceSeconds(30);
    QSignalSpy changed(&inventory, &Inventory::serversChanged);
    inventory.refresh(QStringLiteral("a"));
    waitIdle(inventory);
    ASSERT_EQ(provider->listCalls().size(), 2);
    EXPECT_EQ(provider->listCalls().at(1).changesSince, firstStart.addSecs(-60));
    EXPECT_EQ(
        names(inventory.rows()), (QStringList {QStringLiteral("api"), QStringLiteral("cache"), QStringLiteral("web")}));
    EXPECT_EQ(inventory.rows().last().server.status, ServerStatus::Stopped);
    EXPECT_EQ(changed.count(), 1);

    // Nothing changed: no serversChanged, but changes-since moves on.
    const QDateTime secondStart = clock.now();
    clock.advanceSeconds(30);
    inventory.refresh(QStringLiteral("a"));
    waitIdle(inventory);
    ASSERT_EQ(provider->listCalls().size(), 3);
    EXPECT_EQ(provider->listCalls().at(2).changesSince, secondStart.addSecs(-60));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(inventory.rows().size(), 3);
}

TEST_F(InventoryTest, FailedIncrementalRefreshKeepsTheLastGoodPoint)
{
    ManualClock clock;
    TestProvider* provider = addProvider(QStringLiteral("a"));
    provider->queueServers(QList<Server> {makeServer(QStringLiteral("1"), QStringLiteral("web"))});
    provider->queueServers(makeError(ErrorCode::TimedOut, QStringLiteral("timed out")));
    provider->queueServers(QList<Server> {});
    Inventory inventory(source());
    inventory.setClock(&clock);
    inventory.setSafetyMarginSeconds(0);
    inventory.setClouds({account(QStringLiteral("a"), QStringLiteral("alpha"))});
    const QDateTime firstStart = clock.now();
    inventory.refreshAll();
    waitIdle(inventory);
    clock.advanceSeconds(10);
    inventory.refreshAll();
    waitIdle(inventory);
    EXPECT_FALSE(inventory.cloudState(QStringLiteral("a"))->ok);
    EXPECT_EQ(inventory.rows().size(), 1) << "the last known servers stay visible";
    clock.advanceSeconds(10);
    inventory.refreshAll();
    waitIdle(inventory);
    ASSERT_EQ(provider->listCalls().size(), 3);
    EXPECT_EQ(provider->listCalls().at(2).changesSince, firstStart);
    EXPECT_TRUE(inventory.cloudState(QStringLiteral("a"))->ok);
    EXPECT_TRUE(inventory.cloudState(QStringLiteral("a"))->error.isEmpty());
}

TEST_F(InventoryTest, FullRefreshIsDueAfterTheInterval)
{
    ManualClock clock;
    TestProvider* provider = addProvider(QStringLiteral("a"));
    provider->queueServers(QList<Server> {makeServer(QStringLiteral("1"), QStringLiteral("web")),
        makeServer(QStringLiteral("2"), QStringLiteral("gone-quietly"))});
    provider->queueServers(QList<Server> {makeServer(QStringLiteral("1"), QStringLiteral("web"))});
    Inventory inventory(source());
    inventory.setClock(&clock);
    inventory.setFullRefreshIntervalSeconds(600);
    inventory.setClouds({account(QStringLiteral("a"), QStringLiteral("alpha"))});
    inventory.refreshAll();
    waitIdle(inventory);
    clock.advanceSeconds(601);
    inventory.refreshAll();
    waitIdle(inventory);
    ASSERT_EQ(provider->listCalls().size(), 2);
    EXPECT_FALSE(provider->listCalls().at(1).changesSince.isValid());
    EXPECT_EQ(names(inventory.rows()), QStringList {QStringLiteral("web")}); // a full list replaces
}

TEST_F(InventoryTest, RefreshWhileRefreshingRunsOnceMoreAfterwards)
{
    TestProvider* provider = addProvider(QStringLiteral("a"));
    provider->queueServers(QList<Server> {makeServer(QStringLiteral("1"), QStringLiteral("web"))}, 100);
    Inventory inventory(source());
    inventory.setClouds({account(QStringLiteral("a"), QStringLiteral("alpha"))});
    QSignalSpy idle(&inventory, &Inventory::idle);
    inventory.refreshAll();
    inventory.refreshAll();
    inventory.refreshAll();
    ASSERT_TRUE(QTest::qWaitFor([&] { return idle.count() >= 1; }, 10000));
    QTest::qWait(50);
    EXPECT_EQ(provider->listCalls().size(), 2);
    EXPECT_EQ(idle.count(), 1);
}

TEST_F(InventoryTest, RemovedOrChangedCloudsDropTheirServersAndLateAnswers)
{
    addProvider(QStringLiteral("a"))
        ->queueServers(QList<Server> {makeServer(QStringLiteral("1"), QStringLiteral("web"))});
    addProvider(QStringLiteral("b"))
        ->queueServers(QList<Server> {makeServer(QStringLiteral("2"), QStringLiteral("db"))}, 200);
    Inventory inventory(source());
    inventory.setClouds(
        {account(QStringLiteral("a"), QStringLiteral("alpha")), account(QStringLiteral("b"), QStringLiteral("beta"))});
    QSignalSpy refreshed(&inventory, &Inventory::cloudRefreshed);
    inventory.refreshAll();
    ASSERT_TRUE(QTest::qWaitFor([&] { return refreshed.count() == 1; }, 10000));
    // beta is still answering; its account is changed (other project) before the answer arrives.
    CloudAccount changed = account(QStringLiteral("b"), QStringLiteral("beta"));
    changed.projectName = QStringLiteral("other");
    inventory.setClouds({changed});
    EXPECT_TRUE(inventory.rows().isEmpty());
    QTest::qWait(300);
    EXPECT_TRUE(inventory.rows().isEmpty()) << "the late answer belongs to the old settings";
    EXPECT_FALSE(inventory.cloudState(QStringLiteral("a")).has_value());
    EXPECT_FALSE(inventory.cloudState(QStringLiteral("b"))->lastRefreshed.isValid());
}

TEST(ServerRole, NamesAreStable)
{
    EXPECT_EQ(serverRoleName(ServerRole::Main), QStringLiteral("main"));
    EXPECT_EQ(serverRoleName(ServerRole::Twin), QStringLiteral("twin"));
    EXPECT_EQ(serverRoleName(ServerRole::Unmanaged), QStringLiteral("unmanaged"));
}

TEST_F(InventoryTest, AnInventoryDestroyedWhileACloudIsStillAnsweringIsSafe)
{
    // Signing out closes the inventory while a slow cloud is still listing; its answer must go nowhere.
    addProvider(QStringLiteral("slow"))
        ->queueServers(QList<Server> {makeServer(QStringLiteral("1"), QStringLiteral("vm"))}, 200);
    {
        Inventory inventory(source());
        inventory.setClouds({account(QStringLiteral("slow"), QStringLiteral("Slow"))});
        inventory.refreshAll();
        ASSERT_TRUE(inventory.isRefreshing());
    }
    QTest::qWait(400); // the provider answers after the inventory is gone
    SUCCEED();
}

} // namespace
} // namespace ct
