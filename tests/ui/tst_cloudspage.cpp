// The Clouds page: the add/edit dialog's validation, the sandbox account in the list, Test connection against
// the in-process SandboxCloud, adding a cloud through the dialog, clouds.yaml import, and removing.
#include "cloudaccountdialog.h"
#include "cloudcontext.h"
#include "cloudspage.h"
#include "cloudsyamlimportdialog.h"
#include "connectiontestdialog.h"
#include "emptystate.h"
#include "inventory/inventory.h"
#include "sandboxcloud.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace ct;
using namespace ct::test;

namespace {

void retype(QLineEdit* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    if (field->hasSelectedText())
        QTest::keyClick(field, Qt::Key_Backspace);
    if (!text.isEmpty())
        QTest::keyClicks(field, text);
}

QStringList listNames(CloudsPage* page)
{
    QStringList names;
    for (int i = 0; i < page->list()->topLevelItemCount(); ++i)
        names << page->list()->topLevelItem(i)->text(0);
    return names;
}

} // namespace

class TestCloudsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_sandboxDir;
    std::unique_ptr<sandbox::SandboxCloud> m_sandbox;

    std::function<void(AppController::Options&)> withSandbox()
    {
        const QString url = m_sandbox->identityUrl();
        return [url](AppController::Options& options) {
            options.startSandbox = [url](const QString&) -> Result<SandboxEndpoints> {
                return SandboxEndpoints {url, {}, {}, {}};
            };
        };
    }

private slots:
    void initTestCase() { initGuiTestCase(); }

    void init()
    {
        m_sandbox = std::make_unique<sandbox::SandboxCloud>();
        QVERIFY(m_sandbox->start(
            m_sandboxDir.path() + QStringLiteral("/") + QString::fromLatin1(QTest::currentTestFunction())));
        m_sandbox->seed();
    }

    void cleanup() { m_sandbox.reset(); }

    void addDialogNamesTheFieldAndTheFix_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QString>("expected");
        const auto row
            = [](const char* name, const char* field, const char* value, const char* hint, const char* expected) {
                  QTest::newRow(name) << QString::fromUtf8(field) << QString::fromUtf8(value) << QString::fromUtf8(hint)
                                      << QString::fromUtf8(expected);
              };
        row("empty auth URL", "authUrlField", "", "authUrlHint", "Auth URL: enter");
        row("bad auth URL", "authUrlField", "keystone example", "authUrlHint", "not a web address");
        row("ftp auth URL", "authUrlField", "ftp://x.example/v3", "authUrlHint", "not a web address");
        row("missing project", "projectField", "", "projectHint", "Project: enter");
        row("missing user", "userNameField", "", "userNameHint", "User name: enter");
        row("missing password", "passwordField", "", "passwordHint", "Password: enter");
        row("missing name", "nameField", "", "nameHint", "Name: give");
        row("taken name", "nameField", "prod", "nameHint", "already have a cloud called prod");
        row("missing CA file", "caFileField", "/nonexistent/ca.pem", "caFileHint", "does not exist");
    }

    void addDialogNamesTheFieldAndTheFix()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, hint);
        QFETCH(QString, expected);
        int saves = 0;
        CloudAccountDialog dialog(
            std::nullopt, {QStringLiteral("prod")}, [&saves](const CloudAccount&, const QByteArray&) {
                ++saves;
                return QtFuture::makeReadyFuture(Status());
            });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* save = child<QPushButton>(&dialog, "saveButton");
        QVERIFY(!save->isEnabled()); // empty form
        // Nothing is red before the person typed.
        QVERIFY(!child<HintLabel>(&dialog, "authUrlHint")->isVisible());

        // A complete form first...
        retype(child<QLineEdit>(&dialog, "nameField"), QStringLiteral("staging"));
        retype(child<QLineEdit>(&dialog, "authUrlField"), QStringLiteral("https://keystone.example.com:5000/v3"));
        retype(child<QLineEdit>(&dialog, "userNameField"), QStringLiteral("alice"));
        retype(child<QLineEdit>(&dialog, "passwordField"), QStringLiteral("s3cret"));
        retype(child<QLineEdit>(&dialog, "projectField"), QStringLiteral("web"));
        QVERIFY(save->isEnabled());

        // ...then one field spoiled.
        retype(child<QLineEdit>(&dialog, qPrintable(field)), value);
        auto* label = child<HintLabel>(&dialog, qPrintable(hint));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QCOMPARE(label->kind(), HintLabel::Kind::Problem);
        QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
        QVERIFY(!save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saves, 0);
    }

    void addDialogBuildsTheAccount()
    {
        CloudAccount saved;
        QByteArray secret;
        CloudAccountDialog dialog(std::nullopt, {}, [&](const CloudAccount& account, const QByteArray& s) {
            saved = account;
            secret = s;
            return QtFuture::makeReadyFuture(Status());
        });
        dialog.show();
        retype(child<QLineEdit>(&dialog, "nameField"), QStringLiteral("staging"));
        retype(child<QLineEdit>(&dialog, "authUrlField"), QStringLiteral("https://keystone.example.com:5000"));
        // Allowed, but a note suggests /v3.
        QVERIFY(child<HintLabel>(&dialog, "authUrlHint")->text().contains(QStringLiteral("/v3")));
        QCOMPARE(child<HintLabel>(&dialog, "authUrlHint")->kind(), HintLabel::Kind::Note);
        retype(child<QLineEdit>(&dialog, "userNameField"), QStringLiteral("alice"));
        retype(child<QLineEdit>(&dialog, "passwordField"), QStringLiteral("s3cret"));
        QCOMPARE(child<QLineEdit>(&dialog, "passwordField")->echoMode(), QLineEdit::Password);
        retype(child<QLineEdit>(&dialog, "projectField"), QStringLiteral("web"));
        retype(child<QLineEdit>(&dialog, "regionField"), QStringLiteral("RegionTwo"));
        QCOMPARE(child<QLineEdit>(&dialog, "userDomainField")->text(), QStringLiteral("Default"));
        auto* insecure = child<QCheckBox>(&dialog, "insecureField");
        QVERIFY(!child<HintLabel>(&dialog, "insecureWarning")->isVisible());
        insecure->setChecked(true);
        QVERIFY(child<HintLabel>(&dialog, "insecureWarning")->isVisible());
        QCOMPARE(child<HintLabel>(&dialog, "insecureWarning")->kind(), HintLabel::Kind::Problem);
        child<QPushButton>(&dialog, "saveButton")->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(saved.name, QStringLiteral("staging"));
        QCOMPARE(saved.projectName, QStringLiteral("web"));
        QCOMPARE(saved.regionName, QStringLiteral("RegionTwo"));
        QCOMPARE(saved.userDomainName, QStringLiteral("Default"));
        QCOMPARE(saved.authType, QStringLiteral("password"));
        QVERIFY(saved.insecure);
        QCOMPARE(secret, QByteArray("s3cret"));
    }

    void applicationCredentialNeedsIdAndSecret()
    {
        CloudAccount saved;
        CloudAccountDialog dialog(std::nullopt, {}, [&](const CloudAccount& account, const QByteArray&) {
            saved = account;
            return QtFuture::makeReadyFuture(Status());
        });
        dialog.show();
        auto* type = child<QComboBox>(&dialog, "authTypeField");
        type->setCurrentIndex(1);
        QVERIFY(!child<QLineEdit>(&dialog, "projectField")->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "appCredIdField")->isVisible());
        retype(child<QLineEdit>(&dialog, "nameField"), QStringLiteral("ac"));
        retype(child<QLineEdit>(&dialog, "authUrlField"), QStringLiteral("https://keystone.example.com/v3"));
        QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isEnabled());
        retype(child<QLineEdit>(&dialog, "appCredIdField"), QStringLiteral("abc123"));
        retype(child<QLineEdit>(&dialog, "appCredSecretField"), QStringLiteral("shh"));
        QVERIFY(child<QPushButton>(&dialog, "saveButton")->isEnabled());
        child<QPushButton>(&dialog, "saveButton")->click();
        QCOMPARE(saved.authType, QStringLiteral("v3applicationcredential"));
        QCOMPARE(saved.applicationCredentialId, QStringLiteral("abc123"));
    }

    void editKeepsThePasswordWhenLeftEmpty()
    {
        CloudAccount existing;
        existing.id = QStringLiteral("id-1");
        existing.name = QStringLiteral("prod");
        existing.authUrl = QStringLiteral("https://keystone.example.com/v3");
        existing.userName = QStringLiteral("alice");
        existing.projectName = QStringLiteral("web");
        QByteArray secret = "not called";
        CloudAccount saved;
        CloudAccountDialog dialog(
            existing, {QStringLiteral("other")}, [&](const CloudAccount& account, const QByteArray& s) {
                saved = account;
                secret = s;
                return QtFuture::makeReadyFuture(Status());
            });
        dialog.show();
        QVERIFY(child<QLineEdit>(&dialog, "passwordField")->text().isEmpty()); // never shown back
        QVERIFY(child<QPushButton>(&dialog, "saveButton")->isEnabled());
        retype(child<QLineEdit>(&dialog, "regionField"), QStringLiteral("RegionOne"));
        child<QPushButton>(&dialog, "saveButton")->click();
        QCOMPARE(saved.id, QStringLiteral("id-1"));
        QCOMPARE(saved.regionName, QStringLiteral("RegionOne"));
        QVERIFY(secret.isEmpty()); // = unchanged
    }

    void emptyPageSaysHowToAddACloud()
    {
        Harness h;
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        window->showPage(MainWindow::Page::Clouds);
        auto* empty = child<EmptyState>(window, "cloudsEmptyState");
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->body().contains(QStringLiteral("Add an OpenStack or Apache CloudStack cloud")));
        QVERIFY(child<QPushButton>(window->cloudsPage(), "importCloudMonkeyButton")->isVisible());
        QVERIFY(child<QPushButton>(window->cloudsPage(), "addCloudButton")->isVisible());
        QVERIFY(!child<QPushButton>(window->cloudsPage(), "editButton")->isEnabled());
    }

    void sandboxIsListedAndTestConnectionShowsFiveServices()
    {
        Harness h(true, withSandbox());
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        window->showPage(MainWindow::Page::Clouds);
        CloudsPage* page = window->cloudsPage();
        QTRY_COMPARE(listNames(page), QStringList {QStringLiteral("Sandbox")});
        QTRY_VERIFY_WITH_TIMEOUT(page->list()->topLevelItem(0)->text(4).startsWith(QStringLiteral("OK")), 15000);
        QVERIFY(page->list()->topLevelItem(0)->text(2).contains(m_sandbox->identityUrl()));

        QVERIFY(page->selectCloud(QStringLiteral("Sandbox")));
        page->testSelected();
        ConnectionTestDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel<ConnectionTestDialog>()) != nullptr);
        QSignalSpy done(dialog, &ConnectionTestDialog::testFinished);
        QVERIFY(!dialog->isRunning() || done.wait(20000));
        auto* list = child<QTreeWidget>(dialog, "serviceList");
        QCOMPARE(list->topLevelItemCount(), 5);
        QStringList services;
        for (int i = 0; i < 5; ++i) {
            QTreeWidgetItem* item = list->topLevelItem(i);
            services << item->data(0, Qt::UserRole).toString();
            QVERIFY2(item->text(1).startsWith(QStringLiteral("✓")), qPrintable(item->text(3)));
            QVERIFY(item->text(2).endsWith(QStringLiteral(" ms")));
            QVERIFY(!item->text(3).isEmpty());
        }
        QCOMPARE(services,
            (QStringList {QStringLiteral("identity"), QStringLiteral("compute"), QStringLiteral("image"),
                QStringLiteral("network"), QStringLiteral("volume")}));
        dialog->close();

        // A service that is down shows ✗ with the cloud's answer.
        sandbox::SandboxFaults faults;
        faults.down = {QStringLiteral("image")};
        m_sandbox->setFaults(faults);
        page->testSelected();
        QTRY_VERIFY((dialog = topLevel<ConnectionTestDialog>()) != nullptr);
        QSignalSpy again(dialog, &ConnectionTestDialog::testFinished);
        QVERIFY(!dialog->isRunning() || again.wait(30000));
        list = child<QTreeWidget>(dialog, "serviceList");
        QCOMPARE(list->topLevelItemCount(), 5);
        QVERIFY(list->topLevelItem(2)->text(1).startsWith(QStringLiteral("✗")));
        QVERIFY(list->topLevelItem(1)->text(1).startsWith(QStringLiteral("✓")));
        dialog->close();
        settle(window);
    }

    void addImportAndRemove()
    {
        Harness h;
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        window->showPage(MainWindow::Page::Clouds);
        CloudsPage* page = window->cloudsPage();

        // Add by hand, pointing at the emulator.
        page->addCloud();
        CloudAccountDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel<CloudAccountDialog>()) != nullptr);
        retype(child<QLineEdit>(dialog, "nameField"), QStringLiteral("my-cloud"));
        retype(child<QLineEdit>(dialog, "authUrlField"), m_sandbox->identityUrl());
        retype(child<QLineEdit>(dialog, "userNameField"), QStringLiteral("demo"));
        retype(child<QLineEdit>(dialog, "passwordField"), QStringLiteral("demo-secret"));
        retype(child<QLineEdit>(dialog, "projectField"), QStringLiteral("demo"));
        child<QPushButton>(dialog, "saveButton")->click();
        QTRY_COMPARE(listNames(page), QStringList {QStringLiteral("my-cloud")});
        QTRY_VERIFY_WITH_TIMEOUT(page->list()->topLevelItem(0)->text(4).startsWith(QStringLiteral("OK")), 15000);
        QTRY_COMPARE(window->cloudContext()->inventory()->rows().size(), 3);

        // Import the emulator's clouds.yaml: names kept, the one already there cannot be ticked.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("clouds.yaml"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(m_sandbox->cloudsYaml().toUtf8());
        out.close();
        page->importCloudsYaml();
        CloudsYamlImportDialog* import = nullptr;
        QTRY_VERIFY((import = topLevel<CloudsYamlImportDialog>()) != nullptr);
        QSignalSpy loaded(import, &CloudsYamlImportDialog::loaded);
        import->load(file);
        QVERIFY(loaded.count() > 0 || loaded.wait());
        auto* list = child<QTreeWidget>(import, "importList");
        QCOMPARE(list->topLevelItemCount(), 3);
        QSignalSpy imported(import, &CloudsYamlImportDialog::imported);
        child<QPushButton>(import, "importButton")->click();
        QVERIFY(imported.wait());
        QCOMPARE(imported.at(0).at(0).toInt(), 3);
        import->close();
        QTRY_COMPARE(listNames(page).size(), 4);
        QVERIFY(listNames(page).contains(QStringLiteral("cloudtwin-sandbox-backup")));

        // Remove my-cloud after confirming.
        QVERIFY(page->selectCloud(QStringLiteral("my-cloud")));
        page->removeSelected();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = topLevel<QMessageBox>()) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("my-cloud")));
        child<QPushButton>(box, "confirmButton")->click();
        QTRY_COMPARE(listNames(page).size(), 3);
        QVERIFY(!listNames(page).contains(QStringLiteral("my-cloud")));
        const auto stored = await(h.controller->worker()->run(
            [user = window->user()](AccountService& accounts) { return accounts.storeFor(user)->clouds(); }));
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().size(), 3);
        settle(window);
    }
};

QTEST_MAIN(TestCloudsPage)
#include "tst_cloudspage.moc"
