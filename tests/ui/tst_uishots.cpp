// Screenshots of the VMs page (with the sandbox), the Clouds page, the Test connection dialog and the add-cloud
// dialog, for people to look at. Skipped unless CLOUDTWIN_SHOTS_DIR names a folder; run it under Xvfb:
//   CLOUDTWIN_SHOTS_DIR=/tmp/shots xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb ./tst_uishots
#include "cloud/openstack/cloudsyaml.h"
#include "cloudaccountdialog.h"
#include "cloudcontext.h"
#include "cloudspage.h"
#include "connectiontestdialog.h"
#include "inventory/inventory.h"
#include "inventorymodel.h"
#include "sandboxcloud.h"
#include "uitestsupport.h"
#include "vmspage.h"

#include <QCheckBox>
#include <QDir>
#include <QSignalSpy>
#include <QTableView>

using namespace ct;
using namespace ct::test;

class TestUiShots : public QObject
{
    Q_OBJECT

    QString m_dir;

    void shoot(QWidget* widget, const QString& name)
    {
        QTest::qWait(300); // let the spinner and the layout settle
        QVERIFY(widget->grab().save(QDir(m_dir).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        initGuiTestCase();
        m_dir = qEnvironmentVariable("CLOUDTWIN_SHOTS_DIR");
        if (m_dir.isEmpty())
            QSKIP("set CLOUDTWIN_SHOTS_DIR to take screenshots");
        QDir().mkpath(m_dir);
    }

    void shots()
    {
        QTemporaryDir sandboxDir;
        sandbox::SandboxCloud sandbox;
        QVERIFY(sandbox.start(sandboxDir.path()));
        sandbox.seed();
        sandbox.setActionDelay(300);
        QTemporaryDir otherDir;
        sandbox::SandboxCloud other;
        QVERIFY(other.start(otherDir.path()));
        other.seed();

        Harness h(true, [&sandbox](AppController::Options& options) {
            // Both of the sandbox's clouds, as `cloudtwin --sandbox` offers them.
            const auto keys = sandbox::SandboxCloud::cloudStackKeys(QStringLiteral("demo"));
            const SandboxEndpoints endpoints {
                sandbox.identityUrl(), sandbox.cloudStackApiUrl(), keys.apiKey, keys.secretKey.toUtf8()};
            options.startSandbox = [endpoints](const QString&) -> Result<SandboxEndpoints> { return endpoints; };
        });
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        window->resize(1200, 700);
        VmsPage* page = window->vmsPage();
        // web-01, db-01, build-box (OpenStack) and cs-web-01, cs-db-01 (CloudStack), side by side.
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 5, 15000);
        QVERIFY(page->selectServer(QStringLiteral("cs-web-01")));
        shoot(window, QStringLiteral("vms-sandbox.png"));

        // A second cloud that then stops answering: the banner.
        CloudAccount backup;
        backup.name = QStringLiteral("backup-cloud");
        backup.authUrl = other.identityUrl();
        backup.userName = QStringLiteral("backup");
        backup.projectName = QStringLiteral("backup");
        backup.userDomainName = QStringLiteral("Default");
        backup.projectDomainName = QStringLiteral("Default");
        backup.regionName = QStringLiteral("RegionOne");
        QVERIFY(await(window->cloudContext()->addAccount(backup, "backup-secret")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 6, 15000);
        // Its compute API now answers like a dead backend behind a load balancer (HTML 503). (Stopping the
        // server is not enough: the open keep-alive connection would still be served.)
        sandbox::SandboxFaults faults;
        faults.down = QStringList {QStringLiteral("compute")};
        other.setFaults(faults);
        window->cloudContext()->inventory()->refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QFrame*>(QStringLiteral("cloudBanner")) != nullptr, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window->cloudContext()->inventory()->isRefreshing(), 30000);
        shoot(window, QStringLiteral("vms-banner.png"));

        // A real OpenStack beside them, when one is named (the minicloud in CI).
        if (!qEnvironmentVariableIsEmpty("OS_CLOUD")) {
            auto imported = openstack::CloudsYaml::load();
            QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
            for (const auto& entry : imported->clouds) {
                if (entry.account.name == qEnvironmentVariable("OS_CLOUD"))
                    QVERIFY(await(window->cloudContext()->addAccount(entry.account, entry.secret)).ok());
            }
            QTRY_VERIFY_WITH_TIMEOUT(!window->cloudContext()->inventory()->isRefreshing(), 60000);
            shoot(window, QStringLiteral("vms-real-openstack.png"));
        }

        window->showPage(MainWindow::Page::Clouds);
        QVERIFY(window->cloudsPage()->selectCloud(QStringLiteral("Sandbox")));
        shoot(window, QStringLiteral("clouds.png"));

        window->cloudsPage()->testSelected();
        ConnectionTestDialog* test = nullptr;
        QTRY_VERIFY((test = topLevel<ConnectionTestDialog>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning(), 20000);
        shoot(test, QStringLiteral("test-connection.png"));
        test->close();

        window->cloudsPage()->addCloud();
        CloudAccountDialog* add = nullptr;
        QTRY_VERIFY((add = topLevel<CloudAccountDialog>()) != nullptr);
        auto* name = child<QLineEdit>(add, "nameField");
        QTest::keyClicks(name, QStringLiteral("production"));
        auto* url = child<QLineEdit>(add, "authUrlField");
        QTest::keyClicks(url, QStringLiteral("keystone.example.com"));
        QTest::keyClicks(child<QLineEdit>(add, "userNameField"), QStringLiteral("alice"));
        auto* project = child<QLineEdit>(add, "projectField");
        QTest::keyClicks(project, QStringLiteral("x"));
        QTest::keyClick(project, Qt::Key_Backspace);
        add->adjustSize();
        shoot(add, QStringLiteral("add-cloud-invalid.png"));
        child<QCheckBox>(add, "insecureField")->setChecked(true);
        add->adjustSize();
        shoot(add, QStringLiteral("add-cloud-insecure.png"));
        add->close();

        window->showPage(MainWindow::Page::Vms);
        shoot(window, QStringLiteral("vms-final.png"));
        settle(window);
    }
};

QTEST_MAIN(TestUiShots)
#include "tst_uishots.moc"
