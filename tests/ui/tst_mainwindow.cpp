#include "aboutdialog.h"
#include "activitypage.h"
#include "changepassworddialog.h"
#include "cloudspage.h"
#include "deleteaccountdialog.h"
#include "emptystate.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "trayintegration.h"
#include "uitestsupport.h"
#include "vmspage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTreeWidget>

using namespace ct;
using namespace ct::test;

namespace {

QStringList activityMessages(MainWindow* window)
{
    QStringList messages;
    auto* list = child<QTreeWidget>(window, "activityList");
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        messages << list->topLevelItem(i)->text(1);
    return messages;
}

/// Shows the Activity page and waits until it has read the events.
bool loadActivity(MainWindow* window)
{
    QSignalSpy loaded(window->activityPage(), &ActivityPage::loaded);
    window->showPage(MainWindow::Page::Activity);
    return loaded.count() > 0 || loaded.wait();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { initGuiTestCase(); }

    void navigationSwitchesBetweenHonestEmptyStates()
    {
        Harness h;
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        auto* nav = child<QListWidget>(window, "navigation");
        auto* pages = child<QStackedWidget>(window, "pages");
        QCOMPARE(nav->count(), 4);
        QCOMPARE(window->currentPage(), MainWindow::Page::Vms);

        // VMs and Clouds: real pages that, without clouds, say how to add one.
        nav->setCurrentRow(0);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget*>(window->vmsPage()));
        QTRY_VERIFY(child<QWidget>(window, "vmsNoClouds")->isVisible());
        QVERIFY(child<QPushButton>(window, "goToCloudsButton")->isVisible());
        nav->setCurrentRow(1);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget*>(window->cloudsPage()));
        auto* clouds = child<EmptyState>(window, "cloudsEmptyState");
        QTRY_VERIFY(clouds->isVisible());
        QVERIFY(clouds->body().contains(QStringLiteral("OpenStack")));

        // Protection is not there yet: an honest empty state without buttons.
        nav->setCurrentRow(2);
        auto* protection = child<EmptyState>(window, "protectionEmptyState");
        QCOMPARE(pages->currentWidget(), protection);
        QVERIFY(protection->isVisible());
        QVERIFY(protection->body().contains(QStringLiteral("later version of CloudTwin")));
        QVERIFY(protection->findChildren<QAbstractButton*>().isEmpty());

        nav->setCurrentRow(3);
        QCOMPARE(window->currentPage(), MainWindow::Page::Activity);
        QCOMPARE(pages->currentWidget(), window->activityPage());
    }

    void signInOpensOnCreateAccountWhenNobodySignedUp()
    {
        Harness h;
        SignInDialog* dialog = h.signInDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->mode(), SignInDialog::Mode::CreateAccount);
    }

    void menusHaveTheExpectedEntries()
    {
        Harness h;
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        QStringList titles;
        for (QAction* action : window->menuBar()->actions())
            titles << action->text();
        QCOMPARE(titles,
            (QStringList {QStringLiteral("&File"), QStringLiteral("&Account"), QStringLiteral("&Settings"),
                QStringLiteral("&Help")}));
        for (const char* name : {"quitAction", "changePasswordAction", "deleteAccountAction", "signOutAction",
                 "settingsAction", "aboutAction"})
            QVERIFY2(child<QAction>(window, name), name);
    }

    void activityListsSignInNewestFirst()
    {
        Harness h;
        const SignedInUser user = h.createUser(QStringLiteral("alice"));
        QVERIFY(!user.id.isEmpty());
        // An older event, written before this sign-in.
        const auto added = await(h.controller->worker()->run([user](AccountService& accounts) {
            return accounts.storeFor(user)->addEvent(ActivityEvent::Severity::Warning, QStringLiteral("test.old"),
                QStringLiteral("Something from yesterday."), QDateTime::currentDateTimeUtc().addDays(-1));
        }));
        QVERIFY(added.ok());

        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        QVERIFY(loadActivity(window));
        const QStringList messages = activityMessages(window);
        QCOMPARE(messages, (QStringList {QStringLiteral("Signed in."), QStringLiteral("Something from yesterday.")}));
        QVERIFY(child<QTreeWidget>(window, "activityList")->isVisible());
        QVERIFY(!child<QTreeWidget>(window, "activityList")->topLevelItem(0)->icon(0).isNull());
    }

    void activityHasItsOwnEmptyState()
    {
        Harness h;
        const SignedInUser user = h.createUser(QStringLiteral("alice"));
        ActivityPage page(*h.controller->worker(), user);
        page.show();
        QSignalSpy loaded(&page, &ActivityPage::loaded);
        page.reload();
        // The continuation may run at once when the worker is quicker than attaching it.
        QVERIFY(loaded.count() > 0 || loaded.wait());
        QCOMPARE(loaded.at(0).at(0).toInt(), 0);
        auto* empty = child<EmptyState>(&page, "activityEmptyState");
        QVERIFY(empty->isVisible());
        QVERIFY(!child<QTreeWidget>(&page, "activityList")->isVisible());
    }

    void changePassword()
    {
        Harness h;
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        window->changePassword();
        auto* dialog = window->findChild<ChangePasswordDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        auto* current = child<QLineEdit>(dialog, "currentPassword");
        auto* next = child<QLineEdit>(dialog, "newPassword");
        auto* repeat = child<QLineEdit>(dialog, "newRepeat");
        auto* submit = child<QPushButton>(dialog, "submitButton");
        auto* error = child<HintLabel>(dialog, "errorLabel");

        QTest::keyClicks(current, QStringLiteral("not-the-password"));
        QTest::keyClicks(next, QStringLiteral("weak"));
        QTest::keyClicks(repeat, QStringLiteral("weak"));
        QVERIFY(!submit->isEnabled());
        next->selectAll();
        QTest::keyClicks(next, kOtherPassword);
        repeat->selectAll();
        QTest::keyClicks(repeat, kOtherPassword);
        QVERIFY(submit->isEnabled());

        // Wrong current password: error, nothing changed.
        submit->click();
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("wrong")), qPrintable(error->text()));
        QVERIFY(current->text().isEmpty());

        QPointer<ChangePasswordDialog> guard(dialog);
        QTest::keyClicks(current, kPassword);
        QTest::keyClick(current, Qt::Key_Return);
        QTRY_VERIFY(!guard);

        QVERIFY(loadActivity(window));
        QCOMPARE(activityMessages(window).value(0), QStringLiteral("Password changed."));

        // The new password works, the old one does not.
        window->signOut();
        SignInDialog* signIn = h.signInDialog();
        QVERIFY(signIn);
        QTest::keyClicks(child<QLineEdit>(signIn, "signInPassword"), kPassword);
        child<QPushButton>(signIn, "submitButton")->click();
        QTRY_VERIFY(child<HintLabel>(signIn, "errorLabel")->isVisible());
        QVERIFY(h.signIn(QStringLiteral("alice"), kOtherPassword));
    }

    void deleteAccountReturnsToSignIn()
    {
        Harness h;
        const SignedInUser user = h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        QTRY_VERIFY(child<QLabel>(window, "secretsLabel")->text().contains(QStringLiteral("encrypted file")));
        const QString vault = h.dataPath() + QStringLiteral("/secrets/") + user.id + QStringLiteral(".vault");
        QVERIFY(QFile::exists(vault));

        window->deleteAccount();
        auto* dialog = window->findChild<DeleteAccountDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "explanation")->text().contains(QStringLiteral("keychain")));
        auto* password = child<QLineEdit>(dialog, "password");
        auto* submit = child<QPushButton>(dialog, "submitButton");
        auto* error = child<HintLabel>(dialog, "errorLabel");
        QVERIFY(!submit->isEnabled());

        QTest::keyClicks(password, QStringLiteral("not-the-password"));
        submit->click();
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("not deleted")), qPrintable(error->text()));
        QVERIFY(h.controller->mainWindow());

        QTest::keyClicks(password, kPassword);
        submit->click();
        SignInDialog* signIn = nullptr;
        QTRY_VERIFY((signIn = h.controller->signInDialog()) && signIn->isVisible());
        QTRY_VERIFY(!h.controller->mainWindow());
        QVERIFY(child<HintLabel>(signIn, "noticeLabel")->text().contains(QStringLiteral("deleted")));
        QVERIFY(!QFile::exists(vault));

        // The account is gone: signing in fails like any unknown name.
        signIn->setMode(SignInDialog::Mode::SignIn);
        auto* name = child<QLineEdit>(signIn, "signInName");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("alice"));
        QTest::keyClicks(child<QLineEdit>(signIn, "signInPassword"), kPassword);
        child<QPushButton>(signIn, "submitButton")->click();
        auto* signInError = child<HintLabel>(signIn, "errorLabel");
        QTRY_VERIFY(signInError->isVisible());
        QVERIFY(signInError->text().startsWith(QStringLiteral("Wrong user name or password")));
        QVERIFY(!h.controller->mainWindow());
    }

    void settingsSaveTheLanguage()
    {
        Harness h;
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        window->openSettings();
        auto* dialog = window->findChild<SettingsDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "restartNote")->text().contains(QStringLiteral("next time")));
        auto* combo = child<QComboBox>(dialog, "languageCombo");
        QCOMPARE(combo->currentData().toString(), QString());
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(combo->findData(QStringLiteral("ko")));
        QCOMPARE(combo->currentText(), QStringLiteral("한국어"));
        child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(AppSettings(DataDir(h.dataPath())).language(), QStringLiteral("ko"));

        // Opening it again shows the saved choice.
        window->openSettings();
        QTRY_VERIFY(topLevel<SettingsDialog>());
        QCOMPARE(child<QComboBox>(topLevel<SettingsDialog>(), "languageCombo")->currentData().toString(),
            QStringLiteral("ko"));
    }

    void aboutShowsVersionLicenseAndQt()
    {
        Harness h;
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        window->showAbout();
        auto* dialog = window->findChild<AboutDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(child<QLabel>(dialog, "versionLabel")->text().contains(QStringLiteral("9.8.7")));
        QVERIFY(child<QLabel>(dialog, "licenseLabel")->text().contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(child<QLabel>(dialog, "qtLabel")->text().contains(QLatin1String(qVersion())));
    }

    void closingWithoutTrayQuits()
    {
        Harness h;
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        QVERIFY(h.controller->tray());
        QVERIFY(!h.controller->tray()->isAvailable()); // offscreen has no system tray
        QSignalSpy exit(h.controller.get(), &AppController::exitRequested);
        QVERIFY(window->close());
        QCOMPARE(exit.count(), 1);
        QCOMPARE(exit.at(0).at(0).toInt(), 0);
        QVERIFY(!AppSettings(DataDir(h.dataPath())).mainWindowGeometry().isEmpty());
    }

    void closingWithTrayHidesInstead()
    {
        Harness h;
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        window->setHidesToTray(true); // as the controller does when a system tray exists
        QSignalSpy hidden(window, &MainWindow::hiddenToTray);
        QSignalSpy exit(h.controller.get(), &AppController::exitRequested);
        window->close();
        QCOMPARE(hidden.count(), 1);
        QVERIFY(!window->isVisible());
        // The "still running in the tray" notice is shown once ever.
        QVERIFY(h.controller->settings()->trayHintShown());
        QCOMPARE(exit.count(), 0);
        QCOMPARE(h.controller->mainWindow(), window); // still running, only hidden
    }

    void quitActionQuits()
    {
        Harness h;
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        QSignalSpy exit(h.controller.get(), &AppController::exitRequested);
        child<QAction>(window, "quitAction")->trigger();
        QCOMPARE(exit.count(), 1);
        QCOMPARE(exit.at(0).at(0).toInt(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
