#include "appcontroller.h"

#include "cloudcontext.h"
#include "i18n/translations.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "signindialog.h"
#include "store/storeworker.h"
#include "trayintegration.h"

#include <QMessageBox>

namespace ct {

AppController::AppController(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

AppController::~AppController()
{
    // Windows first: they hold references to the settings and the worker.
    delete m_mainWindow;
    delete m_signIn;
    delete m_fatal;
    if (m_settings)
        m_settings->sync();
    if (m_options.installLogFile)
        uninstallLogFile();
}

void AppController::start()
{
    auto dataDir = DataDir::prepare(m_options.dataDir);
    if (!dataDir) {
        fail(tr("CloudTwin cannot use its data folder."), dataDir.error().message);
        return;
    }
    m_dataDir = dataDir.value();
    if (m_options.installLogFile)
        installLogFile(m_dataDir->logsPath(), true);
    m_settings = std::make_unique<AppSettings>(*m_dataDir);
    if (m_options.applyLanguage)
        installTranslations(m_settings->language());
    qCInfo(lcUi) << "CloudTwin" << QCoreApplication::applicationVersion() << "data folder" << m_dataDir->path();

    DatabaseUrl url = DatabaseUrl::sqliteFile(m_dataDir->defaultDatabasePath());
    if (!m_options.database.isEmpty()) {
        auto parsed = DatabaseUrl::parse(m_options.database);
        if (!parsed) {
            fail(tr("CloudTwin cannot open its database."), parsed.error().message);
            return;
        }
        url = parsed.value();
    }
    if (m_options.startSandbox) {
        const Result<SandboxEndpoints> sandbox = m_options.startSandbox(m_dataDir->path());
        if (sandbox)
            m_sandbox = sandbox.value();
        else
            qCWarning(lcUi) << "the sandbox cloud did not start:" << sandbox.error().message;
    }
    m_worker = std::make_unique<StoreWorker>(
        url, AccountService::Options {m_dataDir->secretsPath(), m_options.cost, nullptr, m_dataDir->locksPath()});

    m_tray = new TrayIntegration(this);
    connect(m_tray, &TrayIntegration::openRequested, this, &AppController::bringToFront);
    connect(m_tray, &TrayIntegration::quitRequested, this, [this]() { quit(0); });

    m_worker->open().then(this, [this, url](const Status& opened) {
        if (!opened) {
            qCWarning(lcUi) << "cannot open the database" << url.redacted() << ":" << opened.error().message;
            fail(tr("CloudTwin cannot open its database."), opened.error().message);
            return;
        }
        showSignIn();
    });
}

void AppController::showSignIn(const QString& notice)
{
    auto* dialog = new SignInDialog(*m_worker, *m_settings);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!notice.isEmpty())
        dialog->setNotice(notice);
    m_signIn = dialog;
    connect(dialog, &SignInDialog::signedIn, this, &AppController::openMainWindow);
    connect(dialog, &QDialog::rejected, this, [this]() { quit(0); });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    // Someone who has never signed up starts on "Create account"; everyone else on "Sign in".
    QPointer<SignInDialog> guard(dialog);
    m_worker->run([](AccountService& accounts) { return accounts.hasUsers(); })
        .then(this, [guard](const Result<bool>& hasUsers) {
            if (!guard || guard->isBusy() || !hasUsers)
                return;
            guard->setMode(hasUsers.value() ? SignInDialog::Mode::SignIn : SignInDialog::Mode::CreateAccount);
        });
    emit signInShown();
}

void AppController::openMainWindow(const SignedInUser& user)
{
    // The vault path is the account service's to decide; ask it on the worker (it touches no disk).
    m_worker->run([id = user.id](AccountService& accounts) { return accounts.vaultPath(id); })
        .then(this, [this, user](const QString& vaultPath) {
            auto* window = new MainWindow(*m_worker, *m_settings, user, vaultPath);
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->setHidesToTray(m_tray->isAvailable());
            m_mainWindow = window;
            connect(window, &MainWindow::quitRequested, this, [this]() { quit(0); });
            connect(window, &MainWindow::closed, this, [this]() { quit(0); });
            connect(window, &MainWindow::signedOut, this, [this]() { leaveMainWindow(tr("You have signed out.")); });
            connect(window, &MainWindow::accountDeleted, this, [this](const QString& name) {
                leaveMainWindow(tr("The account %1 and all its data were deleted.").arg(name));
            });
            window->cloudContext()->setSandbox(m_sandbox);
            connect(window, &MainWindow::hiddenToTray, this, [this]() {
                // Once ever, not once per run: people who know it do not need it again.
                if (m_settings->trayHintShown())
                    return;
                m_settings->setTrayHintShown(true);
                m_settings->sync();
                m_tray->showMessage(tr("CloudTwin is still running"),
                    tr("CloudTwin keeps running in the notification area. To end it, choose "
                       "Quit from this icon's menu."));
            });
            m_tray->setToolTip(tr("CloudTwin — %1").arg(user.name));
            window->show();
            emit mainWindowShown();
        });
}

void AppController::leaveMainWindow(const QString& notice)
{
    // Show the sign-in dialog before the main window goes, so there is always a window on screen.
    showSignIn(notice);
    if (m_mainWindow) {
        m_mainWindow->disconnect(this);
        m_mainWindow->hide();
        m_mainWindow->deleteLater();
    }
    m_tray->setToolTip(tr("CloudTwin"));
}

void AppController::bringToFront()
{
    QWidget* window = m_mainWindow ? static_cast<QWidget*>(m_mainWindow) : static_cast<QWidget*>(m_signIn);
    if (!window)
        return;
    window->show();
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->raise();
    window->activateWindow();
}

void AppController::quit(int exitCode)
{
    if (m_quitting)
        return;
    m_quitting = true;
    qCInfo(lcUi) << "quitting with code" << exitCode;
    if (m_settings)
        m_settings->sync();
    emit exitRequested(exitCode);
}

void AppController::fail(const QString& headline, const QString& details)
{
    qCCritical(lcUi) << headline << details;
    auto* box = new QMessageBox(QMessageBox::Critical, tr("CloudTwin"), headline, QMessageBox::Close);
    box->setObjectName(QStringLiteral("fatalErrorBox"));
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_fatal = box;
    connect(box, &QMessageBox::finished, this, [this]() { quit(1); });
    box->open();
}

} // namespace ct
