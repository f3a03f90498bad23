// The VMs page against CloudTwin's own OpenStack emulator (SandboxCloud) running in this process: the sandbox
// account appears after sign-up, the seeded VMs are listed, Stop works through the confirmation, and a cloud
// that stops answering gets a banner while the other cloud's rows stay.
#include "cloudcontext.h"
#include "inventory/inventory.h"
#include "inventoryfiltermodel.h"
#include "inventorymodel.h"
#include "sandboxcloud.h"
#include "uitestsupport.h"
#include "vmspage.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>

using namespace ct;
using namespace ct::test;

namespace {

/// The model row's display text of `column` for the VM named `name` ({} when not listed).
QString cell(VmsPage* page, const QString& name, int column)
{
    InventoryModel* model = page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, InventoryModel::Name).data().toString() == name)
            return model->index(row, column).data().toString();
    }
    return {};
}

QStringList names(VmsPage* page)
{
    QStringList result;
    for (int row = 0; row < page->proxy()->rowCount(); ++row)
        result << page->proxy()->index(row, InventoryModel::Name).data().toString();
    result.sort();
    return result;
}

} // namespace

class TestVmsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_sandboxDir;
    std::unique_ptr<sandbox::SandboxCloud> m_sandbox;

    /// Signs up alice with the sandbox configured and waits for the seeded VMs.
    MainWindow* signInWithSandbox(Harness& h)
    {
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        if (!window)
            return nullptr;
        VmsPage* page = window->vmsPage();
        if (!QTest::qWaitFor([page]() { return page->model()->rowCount() == 3; }, 15000))
            return nullptr;
        return window;
    }

private slots:
    void initTestCase() { initGuiTestCase(); }

    void init()
    {
        m_sandbox = std::make_unique<sandbox::SandboxCloud>();
        QVERIFY2(m_sandbox->start(
                     m_sandboxDir.path() + QStringLiteral("/") + QString::fromLatin1(QTest::currentTestFunction())),
            qPrintable(m_sandbox->errorString()));
        m_sandbox->seed();
        m_sandbox->setBuildDelay(100);
        m_sandbox->setActionDelay(300);
    }

    void cleanup() { m_sandbox.reset(); }

    void withoutCloudsThePageSaysWhereToAddOne()
    {
        Harness h;
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        auto* noClouds = child<QWidget>(window, "vmsNoClouds");
        QTRY_VERIFY(noClouds->isVisible());
        child<QPushButton>(window, "goToCloudsButton")->click();
        QCOMPARE(window->currentPage(), MainWindow::Page::Clouds);
    }

    void sandboxVmsAppearAndStopWorks()
    {
        Harness h(true, [this](AppController::Options& options) {
            const QString url = m_sandbox->identityUrl();
            options.startSandbox = [url](const QString&) -> Result<SandboxEndpoints> {
                return SandboxEndpoints {url, {}, {}, {}};
            };
        });
        MainWindow* window = signInWithSandbox(h);
        QVERIFY(window);
        VmsPage* page = window->vmsPage();
        QCOMPARE(names(page),
            (QStringList {QStringLiteral("build-box"), QStringLiteral("db-01"), QStringLiteral("web-01")}));
        QCOMPARE(cell(page, QStringLiteral("web-01"), InventoryModel::Cloud), QStringLiteral("Sandbox"));
        QCOMPARE(cell(page, QStringLiteral("web-01"), InventoryModel::Status), QStringLiteral("Running"));
        QCOMPARE(cell(page, QStringLiteral("build-box"), InventoryModel::Status), QStringLiteral("Stopped"));
        QCOMPARE(cell(page, QStringLiteral("web-01"), InventoryModel::Role), QStringLiteral("Unmanaged"));
        QVERIFY(child<QTableView>(page, "vmTable")->isVisible());

        // Actions follow the state of the selected VM.
        auto* start = child<QPushButton>(page, "startButton");
        auto* stop = child<QPushButton>(page, "stopButton");
        QVERIFY(!stop->isEnabled()); // nothing selected
        QVERIFY(page->selectServer(QStringLiteral("build-box")));
        QVERIFY(start->isEnabled());
        QVERIFY(!stop->isEnabled());
        QVERIFY(page->selectServer(QStringLiteral("web-01")));
        QVERIFY(!start->isEnabled());
        QVERIFY(stop->isEnabled());
        auto* details = child<QTextBrowser>(page, "vmDetails");
        QVERIFY(details->toPlainText().contains(QStringLiteral("web-01")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Sandbox")));

        // Stop → confirmation naming VM and cloud → Stopped.
        QSignalSpy finished(page, &VmsPage::actionFinished);
        stop->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = topLevel<QMessageBox>()) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("web-01")));
        QVERIFY(box->text().contains(QStringLiteral("Sandbox")));
        child<QPushButton>(box, "confirmButton")->click();
        QTRY_VERIFY(cell(page, QStringLiteral("web-01"), InventoryModel::Status) == QStringLiteral("Stopping…"));
        QVERIFY(!stop->isEnabled());
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(page, QStringLiteral("web-01"), InventoryModel::Status), QStringLiteral("Stopped"), 10000);
        QTRY_VERIFY(start->isEnabled()); // web-01 is still selected
        settle(window);
    }

    void unreachableCloudGetsABannerAndTheOthersStay()
    {
        // A second cloud on its own emulator, which is then switched off.
        QTemporaryDir otherDir;
        auto other = std::make_unique<sandbox::SandboxCloud>();
        QVERIFY(other->start(otherDir.path()));
        other->seed();
        Harness h(true, [this](AppController::Options& options) {
            const QString url = m_sandbox->identityUrl();
            options.startSandbox = [url](const QString&) -> Result<SandboxEndpoints> {
                return SandboxEndpoints {url, {}, {}, {}};
            };
        });
        MainWindow* window = signInWithSandbox(h);
        QVERIFY(window);
        VmsPage* page = window->vmsPage();

        CloudAccount backup;
        backup.name = QStringLiteral("backup-cloud");
        backup.authUrl = other->identityUrl();
        backup.userName = QStringLiteral("backup");
        backup.projectName = QStringLiteral("backup");
        backup.userDomainName = QStringLiteral("Default");
        backup.projectDomainName = QStringLiteral("Default");
        QVERIFY(await(window->cloudContext()->addAccount(backup, "backup-secret")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 4, 15000);
        QCOMPARE(cell(page, QStringLiteral("backup-01"), InventoryModel::Cloud), QStringLiteral("backup-cloud"));
        QVERIFY(page->findChildren<QFrame*>(QStringLiteral("cloudBanner")).isEmpty());

        // The cloud filter lists both clouds.
        auto* filter = child<QComboBox>(page, "cloudFilter");
        QCOMPARE(filter->count(), 3);

        // Its compute API now answers like a dead backend behind a load balancer (HTML 503). (Stopping the
        // server is not enough: the open keep-alive connection would still be served.)
        sandbox::SandboxFaults faults;
        faults.down = QStringList {QStringLiteral("compute")};
        other->setFaults(faults);
        child<QPushButton>(page, "refreshButton")->click();
        QFrame* banner = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (banner = page->findChild<QFrame*>(QStringLiteral("cloudBanner"))) != nullptr && banner->isVisible(),
            30000);
        const QString text = child<QLabel>(banner, "bannerText")->text();
        QVERIFY2(text.contains(QStringLiteral("backup-cloud")), qPrintable(text));
        QVERIFY(child<QPushButton>(banner, "retryButton"));
        // The sandbox's rows and the last known backup row stay; the table stays usable.
        QCOMPARE(page->model()->rowCount(), 4);
        QVERIFY(child<QTableView>(page, "vmTable")->isVisible());
        QVERIFY(page->selectServer(QStringLiteral("db-01")));
        QVERIFY(child<QPushButton>(page, "rebootButton")->isEnabled());
        settle(window);
    }
};

QTEST_MAIN(TestVmsPage)
#include "tst_vmspage.moc"
