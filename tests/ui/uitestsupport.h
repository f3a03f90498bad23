#pragma once

// Shared by the GUI tests: an AppController on a fresh temporary data folder with fast (minimal) Argon2id,
// and helpers that wait for its asynchronous steps. Tests may block; the product code may not.

#include "appcontroller.h"
#include "cloudcontext.h"
#include "hintlabel.h"
#include "inventory/inventory.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "store/storeworker.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace ct::test {

inline const QString kPassword = QStringLiteral("tulip-Ocean-meteor-42");
inline const QString kOtherPassword = QStringLiteral("quiet-Harbor-violin-77");

/// Waits for a store-worker future without QFuture::waitForFinished(), which may steal a task that has not
/// started yet and run it on this (the wrong) thread.
template<class T>
T await(QFuture<T> future)
{
    (void)QTest::qWaitFor([&future]() { return future.isFinished(); }, 10000);
    return future.result();
}

/// Test-wide setup: identity, no keychain, no real user folders.
inline void initGuiTestCase()
{
    qputenv("CLOUDTWIN_KEYCHAIN", "off");
    QCoreApplication::setOrganizationName(QStringLiteral("CloudTwinTest"));
    QCoreApplication::setApplicationName(QStringLiteral("CloudTwinTest"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
}

class Harness
{
    QTemporaryDir m_dir; // first, so it outlives the controller

public:
    /// `configure` may change the options before the controller is made (e.g. to add a sandbox cloud).
    explicit Harness(bool startNow = true, const std::function<void(AppController::Options&)>& configure = {})
    {
        AppController::Options options;
        options.dataDir = m_dir.path();
        options.cost = crypto::KdfCost::minimal();
        options.installLogFile = false;
        options.applyLanguage = false;
        if (configure)
            configure(options);
        controller = std::make_unique<AppController>(options);
        if (startNow)
            controller->start();
    }

    QString dataPath() const { return m_dir.path(); }

    /// Waits until the database is open and the sign-in dialog is on screen.
    SignInDialog* signInDialog()
    {
        if (!QTest::qWaitFor(
                [this]() { return controller->signInDialog() && controller->signInDialog()->isVisible(); }))
            return nullptr;
        return controller->signInDialog();
    }

    /// Creates an account directly on the store worker (no GUI), like cloudtwinctl user add.
    SignedInUser createUser(const QString& name, const QString& password = kPassword)
    {
        if (!signInDialog())
            return {};
        const auto user = await(controller->worker()->run(
            [name, password](AccountService& accounts) { return accounts.signUp(name, password); }));
        return user ? user.value() : SignedInUser {};
    }

    /// Signs in through the dialog (typing, then Enter) and waits for the main window.
    MainWindow* signIn(const QString& name, const QString& password = kPassword)
    {
        SignInDialog* dialog = signInDialog();
        if (!dialog)
            return nullptr;
        dialog->setMode(SignInDialog::Mode::SignIn);
        auto* nameField = dialog->findChild<QLineEdit*>(QStringLiteral("signInName"));
        auto* passwordField = dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword"));
        nameField->clear();
        QTest::keyClicks(nameField, name);
        passwordField->clear();
        QTest::keyClicks(passwordField, password);
        QTest::keyClick(passwordField, Qt::Key_Return);
        if (!QTest::qWaitFor([this]() { return controller->mainWindow() && controller->mainWindow()->isVisible(); }))
            return nullptr;
        return controller->mainWindow();
    }

    std::unique_ptr<AppController> controller;
};

/// Lets the cloud calls still running finish before the window goes. Qt 6.4 asserts (in debug builds) when a
/// provider is deleted while one of its requests is in flight (see the report to the lead), so tests that talk to
/// a sandbox end with this.
inline void settle(MainWindow* window)
{
    if (!window)
        return;
    (void)QTest::qWaitFor([window]() { return !window->cloudContext()->inventory()->isRefreshing(); }, 10000);
    QTest::qWait(500);
}

template<class T>
T* child(QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
}

/// The one visible top-level widget of type T (dialogs opened with open()).
template<class T>
T* topLevel()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* typed = qobject_cast<T*>(widget); typed && typed->isVisible())
            return typed;
    }
    for (QWidget* widget : QApplication::allWidgets()) {
        if (auto* typed = qobject_cast<T*>(widget); typed && typed->isVisible())
            return typed;
    }
    return nullptr;
}

} // namespace ct::test
