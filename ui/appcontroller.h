#pragma once

#include "auth/accountservice.h"
#include "cloudcontext.h"
#include "mainwindow.h"
#include "secrets/crypto.h"
#include "signindialog.h"
#include "util/datadir.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace ct {

class AppSettings;
class StoreWorker;
class TrayIntegration;

/// The GUI's flow from start to quit: data folder, log file, language, database, sign-in, main window,
/// and back to sign-in after signing out or deleting the account. Owns the store worker and the windows.
/// Never blocks: every step continues from a future or a signal. Asks to end the app through exitRequested().
class AppController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir; ///< --data-dir; empty: $CLOUDTWIN_DATA_DIR or the platform default
        QString database; ///< --database URL; empty: SQLite in the data folder
        crypto::KdfCost cost = crypto::KdfCost::interactive();
        bool installLogFile = true; ///< tests leave the global log handler alone
        bool applyLanguage = true; ///< tests keep the source language
        /// --sandbox: starts the built-in sandbox cloud for this data folder and says where it answers. Each
        /// signed-in user then gets "Sandbox" cloud accounts pointing at it. Unset: no sandbox.
        std::function<Result<SandboxEndpoints>(const QString& dataDir)> startSandbox;
    };

    explicit AppController(Options options, QObject* parent = nullptr);
    ~AppController() override;

    /// Begins the flow; call once, with the event loop running or about to run.
    void start();

    SignInDialog* signInDialog() const { return m_signIn; }
    MainWindow* mainWindow() const { return m_mainWindow; }
    /// The error shown before quitting (for tests), if any.
    QMessageBox* fatalErrorBox() const { return m_fatal; }
    TrayIntegration* tray() const { return m_tray; }
    StoreWorker* worker() const { return m_worker.get(); }
    AppSettings* settings() const { return m_settings.get(); }
    /// Where the sandbox answers when it runs (see Options::startSandbox).
    const SandboxEndpoints& sandbox() const { return m_sandbox; }

signals:
    /// The app should end with `exitCode` (connected to QCoreApplication::exit in main).
    void exitRequested(int exitCode);
    void signInShown();
    void mainWindowShown();

private:
    void showSignIn(const QString& notice = {});
    void openMainWindow(const SignedInUser& user);
    void leaveMainWindow(const QString& notice);
    void bringToFront();
    void quit(int exitCode);
    void fail(const QString& headline, const QString& details);

    Options m_options;
    std::optional<DataDir> m_dataDir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<StoreWorker> m_worker;
    QPointer<SignInDialog> m_signIn;
    QPointer<MainWindow> m_mainWindow;
    QPointer<QMessageBox> m_fatal;
    TrayIntegration* m_tray = nullptr;
    SandboxEndpoints m_sandbox;
    bool m_quitting = false;
};

} // namespace ct
