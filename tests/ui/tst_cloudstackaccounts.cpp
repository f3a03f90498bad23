// CloudStack in the GUI: the add/edit dialog's CloudStack mode and the CloudMonkey import dialog.
#include "cloudaccountdialog.h"
#include "cloudcontext.h"
#include "cloudmonkeyimportdialog.h"
#include "cloudspage.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QRadioButton>
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

/// Saves a picture for review when CLOUDTWIN_SHOTS_DIR is set (as tst_uishots does).
void shootIfAsked(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("CLOUDTWIN_SHOTS_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(QLatin1String(name)));
}

CloudAccountDialog::Saver noSave()
{
    return [](const CloudAccount&, const QByteArray&) { return QtFuture::makeReadyFuture(Status()); };
}

} // namespace

class TestCloudStackAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initGuiTestCase(); }

    void kindIsChosenAtTheTop()
    {
        CloudAccountDialog dialog(std::nullopt, {}, noSave());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* openStack = child<QRadioButton>(&dialog, "kindOpenStack");
        auto* cloudStack = child<QRadioButton>(&dialog, "kindCloudStack");
        QVERIFY(openStack->isChecked() && openStack->isEnabled() && cloudStack->isEnabled());
        QVERIFY(child<QLineEdit>(&dialog, "authUrlField")->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "apiUrlField")->isVisible());

        cloudStack->click();
        QCOMPARE(dialog.kind(), CloudKind::CloudStack);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Add CloudStack Cloud"));
        QVERIFY(!child<QLineEdit>(&dialog, "authUrlField")->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "projectField")->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "apiUrlField")->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "apiKeyField")->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "secretKeyField")->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "csUserNameField")->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "caFileField")->isVisible());
        QVERIFY(child<HintLabel>(&dialog, "introLabel")->text().contains(QStringLiteral("API endpoint")));

        child<QComboBox>(&dialog, "csAuthTypeField")->setCurrentIndex(1);
        QVERIFY(!child<QLineEdit>(&dialog, "apiKeyField")->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "csUserNameField")->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "csPasswordField")->isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "csDomainField")->isVisible());

        openStack->click();
        QVERIFY(child<QLineEdit>(&dialog, "authUrlField")->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "csUserNameField")->isVisible());
    }

    void cloudStackFieldsNameTheProblem_data()
    {
        QTest::addColumn<bool>("login");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, bool login, const char* field, const char* value, const char* hint,
                             const char* expected) {
            QTest::newRow(name) << login << QString::fromUtf8(field) << QString::fromUtf8(value)
                                << QString::fromUtf8(hint) << QString::fromUtf8(expected);
        };
        row("empty endpoint", false, "apiUrlField", "", "apiUrlHint", "API endpoint: enter");
        row("bad endpoint", false, "apiUrlField", "cloud example", "apiUrlHint", "not a web address");
        row("ftp endpoint", false, "apiUrlField", "ftp://cloud.example/client/api", "apiUrlHint", "not a web address");
        row("missing API key", false, "apiKeyField", "", "apiKeyHint", "API key: copy it");
        row("missing secret key", false, "secretKeyField", "", "secretKeyHint", "Secret key: paste");
        row("missing user", true, "csUserNameField", "", "csUserNameHint", "User name: enter");
        row("missing password", true, "csPasswordField", "", "csPasswordHint", "Password: enter your CloudStack");
        row("taken name", false, "nameField", "prod", "nameHint", "already have a cloud called prod");
    }

    void cloudStackFieldsNameTheProblem()
    {
        QFETCH(bool, login);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, hint);
        QFETCH(QString, expected);
        CloudAccountDialog dialog(std::nullopt, {QStringLiteral("prod")}, noSave());
        dialog.setKind(CloudKind::CloudStack);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* save = child<QPushButton>(&dialog, "saveButton");
        QVERIFY(!save->isEnabled());
        QVERIFY(!child<HintLabel>(&dialog, "apiUrlHint")->isVisible());

        retype(child<QLineEdit>(&dialog, "nameField"), QStringLiteral("cs"));
        retype(child<QLineEdit>(&dialog, "apiUrlField"), QStringLiteral("https://cloud.example.com/client/api"));
        if (login) {
            child<QComboBox>(&dialog, "csAuthTypeField")->setCurrentIndex(1);
            retype(child<QLineEdit>(&dialog, "csUserNameField"), QStringLiteral("alice"));
            retype(child<QLineEdit>(&dialog, "csPasswordField"), QStringLiteral("pw"));
        } else {
            retype(child<QLineEdit>(&dialog, "apiKeyField"), QStringLiteral("AK"));
            retype(child<QLineEdit>(&dialog, "secretKeyField"), QStringLiteral("SK"));
        }
        QVERIFY2(save->isEnabled(), qPrintable(save->toolTip()));

        retype(child<QLineEdit>(&dialog, qPrintable(field)), value);
        auto* label = child<HintLabel>(&dialog, qPrintable(hint));
        QVERIFY(label->isVisible());
        QCOMPARE(label->kind(), HintLabel::Kind::Problem);
        QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
        QVERIFY(!save->isEnabled());
        if (qstrcmp(QTest::currentDataTag(), "bad endpoint") == 0) {
            dialog.adjustSize();
            shootIfAsked(&dialog, "add-cloudstack-keys.png");
        }
        if (qstrcmp(QTest::currentDataTag(), "missing password") == 0) {
            dialog.adjustSize();
            shootIfAsked(&dialog, "add-cloudstack-login.png");
        }
    }

    void endpointWithoutClientApiGetsANote()
    {
        CloudAccountDialog dialog(std::nullopt, {}, noSave());
        dialog.setKind(CloudKind::CloudStack);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        retype(child<QLineEdit>(&dialog, "apiUrlField"), QStringLiteral("https://cloud.example.com/"));
        auto* label = child<HintLabel>(&dialog, "apiUrlHint");
        QCOMPARE(label->kind(), HintLabel::Kind::Note);
        QVERIFY(label->text().contains(QStringLiteral("/client/api")));
    }

    void dialogBuildsCloudStackAccounts()
    {
        CloudAccount saved;
        QByteArray savedSecret;
        CloudAccountDialog dialog(std::nullopt, {}, [&](const CloudAccount& account, const QByteArray& secret) {
            saved = account;
            savedSecret = secret;
            return QtFuture::makeReadyFuture(Status());
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QRadioButton>(&dialog, "kindCloudStack")->click();
        retype(child<QLineEdit>(&dialog, "nameField"), QStringLiteral("cs-keys"));
        retype(child<QLineEdit>(&dialog, "apiUrlField"), QStringLiteral("https://cloud.example.com/client/api"));
        retype(child<QLineEdit>(&dialog, "apiKeyField"), QStringLiteral("AK-1"));
        retype(child<QLineEdit>(&dialog, "secretKeyField"), QStringLiteral("SK-1"));
        child<QPushButton>(&dialog, "saveButton")->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(saved.kind, CloudKind::CloudStack);
        QCOMPARE(saved.apiUrl, QStringLiteral("https://cloud.example.com/client/api"));
        QCOMPARE(saved.apiKey, QStringLiteral("AK-1"));
        QVERIFY(saved.authUrl.isEmpty());
        QCOMPARE(savedSecret, QByteArray("SK-1"));
        QVERIFY(!saved.settingsJson().contains(QStringLiteral("secret")));

        CloudAccountDialog login(std::nullopt, {}, noSave());
        login.setKind(CloudKind::CloudStack);
        child<QComboBox>(&login, "csAuthTypeField")->setCurrentIndex(1);
        retype(child<QLineEdit>(&login, "csUserNameField"), QStringLiteral("bob"));
        retype(child<QLineEdit>(&login, "csPasswordField"), QStringLiteral("bob-pw"));
        retype(child<QLineEdit>(&login, "csDomainField"), QString());
        const CloudAccount account = login.account();
        QVERIFY(account.apiKey.isEmpty());
        QCOMPARE(account.userName, QStringLiteral("bob"));
        QCOMPARE(account.domain, QStringLiteral("/")); // empty means ROOT
        QCOMPARE(login.secret(), QByteArray("bob-pw"));
    }

    void editKeepsTheKindAndTheStoredSecret()
    {
        CloudAccount existing;
        existing.id = QStringLiteral("id-1");
        existing.name = QStringLiteral("cs");
        existing.kind = CloudKind::CloudStack;
        existing.apiUrl = QStringLiteral("https://cloud.example.com/client/api");
        existing.apiKey = QStringLiteral("AK");
        CloudAccountDialog dialog(existing, {}, noSave());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QRadioButton>(&dialog, "kindCloudStack")->isChecked());
        QVERIFY(!child<QRadioButton>(&dialog, "kindCloudStack")->isEnabled());
        QVERIFY(!child<QRadioButton>(&dialog, "kindOpenStack")->isEnabled());
        dialog.setKind(CloudKind::OpenStack); // ignored when editing
        QCOMPARE(dialog.kind(), CloudKind::CloudStack);
        QCOMPARE(child<QLineEdit>(&dialog, "apiKeyField")->text(), QStringLiteral("AK"));
        QVERIFY(child<QLineEdit>(&dialog, "secretKeyField")->placeholderText().contains(QStringLiteral("unchanged")));
        QVERIFY2(child<QPushButton>(&dialog, "saveButton")->isEnabled(),
            qPrintable(dialog.problem(QStringLiteral("secretKey"))));
        QVERIFY(dialog.secret().isEmpty());
        QCOMPARE(dialog.account().id, QStringLiteral("id-1"));

        // Switching to user/password needs the password: there is no stored one for that mode.
        child<QComboBox>(&dialog, "csAuthTypeField")->setCurrentIndex(1);
        retype(child<QLineEdit>(&dialog, "csUserNameField"), QStringLiteral("alice"));
        QVERIFY(!dialog.problem(QStringLiteral("csPassword")).isEmpty());
    }

    void importFromCloudMonkey()
    {
        Harness h;
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        window->showPage(MainWindow::Page::Clouds);
        CloudsPage* page = window->cloudsPage();
        QVERIFY(child<QPushButton>(page, "importCloudMonkeyButton")->isVisible());

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("config"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("profile = prod\n[prod]\nurl = https://cs.example/client/api\napikey = AK-prod\n"
                  "secretkey = SK-prod-secret\n[lab]\nurl = https://lab.example/client/api\nusername = admin\n"
                  "password = lab-pw\ndomain = /eng\n[broken]\nurl = https://b.example/client/api\n");
        out.close();

        page->importCloudMonkey();
        CloudMonkeyImportDialog* import = nullptr;
        QTRY_VERIFY((import = topLevel<CloudMonkeyImportDialog>()) != nullptr);
        QVERIFY(child<QLineEdit>(import, "fileField")->text().endsWith(QStringLiteral("config")));
        QSignalSpy loaded(import, &CloudMonkeyImportDialog::loaded);
        import->load(file);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
        auto* list = child<QTreeWidget>(import, "importList");
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("prod"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("API key"));
        QVERIFY(list->topLevelItem(0)->text(3).contains(QStringLiteral("cmk uses now")));
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("user admin, domain /eng"));
        auto* problems = child<HintLabel>(import, "problemsLabel");
        QVERIFY(problems->isVisible());
        QVERIFY2(
            problems->text().contains(QStringLiteral("profile [broken] has neither")), qPrintable(problems->text()));
        QVERIFY(!problems->text().contains(QStringLiteral("SK-prod-secret")));
        shootIfAsked(import, "import-cloudmonkey.png");
        shootIfAsked(window, "clouds-page-before-import.png");

        // Only lab.
        list->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        QSignalSpy imported(import, &CloudMonkeyImportDialog::imported);
        child<QPushButton>(import, "importButton")->click();
        QVERIFY(imported.wait());
        QCOMPARE(imported.at(0).at(0).toInt(), 1);
        QVERIFY(!(list->topLevelItem(1)->flags() & Qt::ItemIsEnabled));
        QVERIFY(child<HintLabel>(import, "resultLabel")->text().contains(QStringLiteral("Added: lab")));
        import->close();

        QTRY_VERIFY(std::any_of(window->cloudContext()->accounts().cbegin(), window->cloudContext()->accounts().cend(),
            [](const CloudAccount& a) { return a.name == QLatin1String("lab"); }));
        bool found = false;
        for (int i = 0; i < page->list()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = page->list()->topLevelItem(i);
            if (item->text(0) == QLatin1String("lab")) {
                found = true;
                QCOMPARE(item->text(1), QStringLiteral("CloudStack"));
                QCOMPARE(item->text(2), QStringLiteral("https://lab.example/client/api — user admin"));
            }
        }
        QVERIFY(found);
        shootIfAsked(window, "clouds-page.png");

        // A file that is not a CloudMonkey config: the problem names it, nothing to import.
        const QString bad = dir.filePath(QStringLiteral("bad"));
        QFile badOut(bad);
        QVERIFY(badOut.open(QIODevice::WriteOnly));
        badOut.write("hello\n");
        badOut.close();
        page->importCloudMonkey();
        QTRY_VERIFY((import = topLevel<CloudMonkeyImportDialog>()) != nullptr);
        QSignalSpy loadedBad(import, &CloudMonkeyImportDialog::loaded);
        import->load(bad);
        QTRY_VERIFY_WITH_TIMEOUT(loadedBad.count() > 0, 20000);
        QVERIFY(child<HintLabel>(import, "problemsLabel")->text().contains(bad));
        QVERIFY(!child<QPushButton>(import, "importButton")->isEnabled());
        import->close();
        settle(window);
    }
};

QTEST_MAIN(TestCloudStackAccounts)
#include "tst_cloudstackaccounts.moc"
