// InventoryModel + InventoryFilterModel over a real Inventory fed by scripted providers: rows appear, change and
// disappear per cloud without a model reset, and numeric columns sort as numbers.
#include "../core/inventory/testprovider.h"
#include "inventory/inventory.h"
#include "inventoryfiltermodel.h"
#include "inventorymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ct;
using namespace ct::test;

namespace {

CloudAccount account(const QString& id, const QString& name, bool sandbox = false)
{
    CloudAccount a;
    a.id = id;
    a.name = name;
    a.sandbox = sandbox;
    a.authUrl = QStringLiteral("https://%1.example/v3").arg(id);
    return a;
}

Server server(const QString& id, const QString& name, int vcpus, ServerStatus status = ServerStatus::Active,
    const QString& ip = {}, int daysOld = 0)
{
    Server s = makeServer(id, name, status);
    s.vcpus = vcpus;
    s.ramMb = vcpus * 1024;
    s.diskGb = vcpus * 10;
    s.created = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addDays(-daysOld);
    if (!ip.isEmpty())
        s.addresses.append(Address {QStringLiteral("net"), ip, 4, QStringLiteral("fixed")});
    return s;
}

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class TestInventoryModel : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TestProvider alpha {QStringLiteral("alpha")};
        TestProvider beta {QStringLiteral("beta")};
        Inventory inventory {[this](const QString& id) {
            return QtFuture::makeReadyFuture(
                Result<CloudProvider*>(id == QLatin1String("a") ? static_cast<CloudProvider*>(&alpha) : &beta));
        }};
        InventoryModel model;
        InventoryFilterModel proxy;

        bool refreshed(const QString& id, bool full = true)
        {
            QSignalSpy done(&inventory, &Inventory::idle);
            inventory.refresh(id, full);
            return done.count() > 0 || done.wait(5000);
        }
    };

private slots:
    void rowsFollowTheCloudsWithoutReset()
    {
        Fixture f;
        QAbstractItemModelTester tester(&f.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        f.proxy.setSourceModel(&f.model);
        QAbstractItemModelTester proxyTester(&f.proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);

        f.alpha.queueServers(QList<Server> {server(QStringLiteral("s1"), QStringLiteral("web"), 2),
            server(QStringLiteral("s2"), QStringLiteral("db"), 16)});
        f.beta.queueServers(QList<Server> {server(QStringLiteral("s3"), QStringLiteral("mail"), 4)});
        // Each refresh takes the next answer; the last one repeats.
        f.alpha.queueServers(
            QList<Server> {server(QStringLiteral("s1"), QStringLiteral("web"), 2, ServerStatus::Stopped),
                server(QStringLiteral("s4"), QStringLiteral("app"), 8)});
        f.beta.queueServers(makeError(ErrorCode::Unavailable, QStringLiteral("beta is down")));
        f.model.setInventory(&f.inventory);
        f.inventory.setClouds({account(QStringLiteral("a"), QStringLiteral("alpha")),
            account(QStringLiteral("b"), QStringLiteral("beta"), true)});
        QVERIFY(f.refreshed(QStringLiteral("a")));
        QVERIFY(f.refreshed(QStringLiteral("b")));
        QCOMPARE(f.model.rowCount(), 3);
        QVERIFY(column(f.model, InventoryModel::Cloud).contains(QStringLiteral("Sandbox"))); // beta is the sandbox
        const QPersistentModelIndex mail(f.model.index(f.model.rowOf(QStringLiteral("b"), QStringLiteral("s3")), 0));
        QVERIFY(mail.isValid());

        // alpha: web stops, db goes away, app is new. beta's rows are not touched.
        changed.clear();
        QVERIFY(f.refreshed(QStringLiteral("a")));
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 3); // 2 + 1 at first, then app
        QCOMPARE(changed.count(), 1); // only web
        QCOMPARE(f.model.index(f.model.rowOf(QStringLiteral("a"), QStringLiteral("s1")), InventoryModel::Status).data(),
            QVariant(QStringLiteral("Stopped")));
        QVERIFY(mail.isValid());
        QCOMPARE(mail.data().toString(), QStringLiteral("mail"));

        // The same answer again changes nothing.
        changed.clear();
        const int insertedBefore = int(inserted.count());
        QVERIFY(f.refreshed(QStringLiteral("a")));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), insertedBefore);

        // beta fails: its last known rows stay.
        QVERIFY(f.refreshed(QStringLiteral("b")));
        QCOMPARE(f.model.rowCount(), 3);
        QVERIFY(mail.isValid());

        // beta is removed: its rows go, alpha's stay.
        f.inventory.setClouds({account(QStringLiteral("a"), QStringLiteral("alpha"))});
        QCOMPARE(f.model.rowCount(), 2);
        QVERIFY(!mail.isValid());
        QCOMPARE(resets.count(), 0);
    }

    void pendingActionShowsInTheStatusColumn()
    {
        Fixture f;
        f.alpha.queueServers(QList<Server> {server(QStringLiteral("s1"), QStringLiteral("web"), 2)});
        f.model.setInventory(&f.inventory);
        f.inventory.setClouds({account(QStringLiteral("a"), QStringLiteral("alpha"))});
        QVERIFY(f.refreshed(QStringLiteral("a")));
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.setPendingAction(QStringLiteral("a"), QStringLiteral("s1"), QStringLiteral("Stopping…"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.model.index(0, InventoryModel::Status).data().toString(), QStringLiteral("Stopping…"));
        f.model.setPendingAction(QStringLiteral("a"), QStringLiteral("s1"), {});
        QCOMPARE(f.model.index(0, InventoryModel::Status).data().toString(), QStringLiteral("Running"));
    }

    void sortsNumbersAsNumbersAndDatesAsDates_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        QTest::newRow("vcpus") << int(InventoryModel::Vcpus)
                               << QStringList {QStringLiteral("web"), QStringLiteral("mail"), QStringLiteral("db")};
        QTest::newRow("ram") << int(InventoryModel::Ram)
                             << QStringList {QStringLiteral("web"), QStringLiteral("mail"), QStringLiteral("db")};
        QTest::newRow("disk") << int(InventoryModel::Disk)
                              << QStringList {QStringLiteral("web"), QStringLiteral("mail"), QStringLiteral("db")};
        QTest::newRow("created") << int(InventoryModel::Created)
                                 << QStringList {QStringLiteral("mail"), QStringLiteral("db"), QStringLiteral("web")};
        QTest::newRow("name") << int(InventoryModel::Name)
                              << QStringList {QStringLiteral("db"), QStringLiteral("mail"), QStringLiteral("web")};
    }

    void sortsNumbersAsNumbersAndDatesAsDates()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        Fixture f;
        // vCPUs 2 < 4 < 16 (as text "16" < "2"); created: mail oldest (300 days), then db (20), web (3).
        f.alpha.queueServers(
            QList<Server> {server(QStringLiteral("s1"), QStringLiteral("web"), 2, ServerStatus::Active, {}, 3),
                server(QStringLiteral("s2"), QStringLiteral("db"), 16, ServerStatus::Active, {}, 20)});
        f.beta.queueServers(
            QList<Server> {server(QStringLiteral("s3"), QStringLiteral("mail"), 4, ServerStatus::Active, {}, 300)});
        f.model.setInventory(&f.inventory);
        f.proxy.setSourceModel(&f.model);
        f.inventory.setClouds({account(QStringLiteral("a"), QStringLiteral("alpha")),
            account(QStringLiteral("b"), QStringLiteral("beta"))});
        QVERIFY(f.refreshed(QStringLiteral("a")));
        QVERIFY(f.refreshed(QStringLiteral("b")));
        f.proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(::column(f.proxy, InventoryModel::Name), ascending);
        f.proxy.sort(column, Qt::DescendingOrder);
        std::reverse(ascending.begin(), ascending.end());
        QCOMPARE(::column(f.proxy, InventoryModel::Name), ascending);
    }

    void filtersByTextAndCloud_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("all") << QString() << QString()
                             << QStringList {QStringLiteral("db"), QStringLiteral("mail"), QStringLiteral("web")};
        QTest::newRow("name") << QStringLiteral("WE") << QString() << QStringList {QStringLiteral("web")};
        QTest::newRow("uuid") << QStringLiteral("s2") << QString() << QStringList {QStringLiteral("db")};
        QTest::newRow("address") << QStringLiteral("10.0.0.7") << QString() << QStringList {QStringLiteral("mail")};
        QTest::newRow("cloud name") << QStringLiteral("alpha") << QString()
                                    << QStringList {QStringLiteral("db"), QStringLiteral("web")};
        QTest::newRow("cloud combo") << QString() << QStringLiteral("b") << QStringList {QStringLiteral("mail")};
        QTest::newRow("both") << QStringLiteral("web") << QStringLiteral("b") << QStringList {};
    }

    void filtersByTextAndCloud()
    {
        QFETCH(QString, text);
        QFETCH(QString, cloud);
        QFETCH(QStringList, names);
        Fixture f;
        f.alpha.queueServers(QList<Server> {server(QStringLiteral("s1"), QStringLiteral("web"), 2),
            server(QStringLiteral("s2"), QStringLiteral("db"), 16)});
        f.beta.queueServers(QList<Server> {
            server(QStringLiteral("s3"), QStringLiteral("mail"), 4, ServerStatus::Active, QStringLiteral("10.0.0.7"))});
        f.model.setInventory(&f.inventory);
        f.proxy.setSourceModel(&f.model);
        f.inventory.setClouds({account(QStringLiteral("a"), QStringLiteral("alpha")),
            account(QStringLiteral("b"), QStringLiteral("beta"))});
        QVERIFY(f.refreshed(QStringLiteral("a")));
        QVERIFY(f.refreshed(QStringLiteral("b")));
        f.proxy.setText(text);
        f.proxy.setAccountId(cloud);
        f.proxy.sort(InventoryModel::Name);
        QCOMPARE(column(f.proxy, InventoryModel::Name), names);
    }
};

QTEST_MAIN(TestInventoryModel)
#include "tst_inventorymodel.moc"
