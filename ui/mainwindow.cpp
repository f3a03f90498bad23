#include "mainwindow.h"

#include "aboutdialog.h"
#include "activitypage.h"
#include "changepassworddialog.h"
#include "cloudcontext.h"
#include "cloudspage.h"
#include "createwizard.h"
#include "deleteaccountdialog.h"
#include "emptystate.h"
#include "inventory/inventory.h"
#include "logging/logging.h"
#include "secrets/usersecrets.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "store/storeworker.h"
#include "uimetrics.h"
#include "vmspage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace ct {

namespace {

QIcon standardIcon(QStyle::StandardPixmap pixmap) { return QApplication::style()->standardIcon(pixmap); }

/// The desktop's icon for `name` (freedesktop naming), else Qt's built-in one.
QIcon themedIcon(const char* name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), standardIcon(fallback));
}

QIcon vmsIcon() { return themedIcon("computer", QStyle::SP_ComputerIcon); }

QIcon cloudsIcon() { return themedIcon("network-server", QStyle::SP_DriveNetIcon); }

QIcon protectionIcon() { return themedIcon("security-high", QStyle::SP_DialogApplyButton); }

QIcon activityIcon() { return themedIcon("document-open-recent", QStyle::SP_FileDialogDetailedView); }

/// Shows a dialog without a nested event loop; it deletes itself when closed.
template<class Dialog>
Dialog* openDialog(Dialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace

MainWindow::MainWindow(
    StoreWorker& worker, AppSettings& settings, SignedInUser user, const QString& vaultPath, QWidget* parent)
    : QMainWindow(parent)
    , m_worker(worker)
    , m_settings(settings)
    , m_user(std::move(user))
    , m_secrets(new UserSecrets(m_user, vaultPath, this))
    , m_cloudContext(new CloudContext(worker, m_user, m_secrets, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CloudTwin — %1").arg(m_user.name));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cloudtwin.svg")));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_vms = new VmsPage(*m_cloudContext, m_pages);
    m_vms->setObjectName(QStringLiteral("vmsPage"));
    m_clouds = new CloudsPage(*m_cloudContext, m_pages);
    m_clouds->setObjectName(QStringLiteral("cloudsPage"));
    connect(m_vms, &VmsPage::addCloudRequested, this, [this]() { showPage(Page::Clouds); });
    connect(m_vms, &VmsPage::createPairRequested, this, &MainWindow::createPair);
    connect(m_vms, &VmsPage::statusMessage, this,
        [this](const QString& text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_clouds, &CloudsPage::statusMessage, this,
        [this](const QString& text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    m_protection = new EmptyState(protectionIcon(), tr("Nothing is protected yet"),
        tr("Here you will see which VMs have a twin on another cloud, when their last "
           "snapshot was taken and whether the twin is up to date. Protection comes in a "
           "later version of CloudTwin, after clouds and VMs."),
        m_pages);
    m_protection->setObjectName(QStringLiteral("protectionEmptyState"));
    m_activity = new ActivityPage(m_worker, m_user, m_pages);
    m_activity->setObjectName(QStringLiteral("activityPage"));
    m_pages->addWidget(m_vms);
    m_pages->addWidget(m_clouds);
    m_pages->addWidget(m_protection);
    m_pages->addWidget(m_activity);
    connect(m_cloudContext, &CloudContext::activityAdded, m_activity, &ActivityPage::reload);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildNavigation());
    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildMenus();

    m_userLabel = new QLabel(tr("Signed in as %1").arg(m_user.name), this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_secretsLabel = new QLabel(tr("Secrets: checking…"), this);
    m_secretsLabel->setObjectName(QStringLiteral("secretsLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_secretsLabel);
    statusBar()->setSizeGripEnabled(true);

    m_secrets->detectBackend().then(this, [this](SecretBackend backend) {
        m_secretsLabel->setText(tr("Secrets: %1").arg(UserSecrets::backendName(backend)));
        m_secretsLabel->setToolTip(backend == SecretBackend::Keychain
                ? tr("Cloud passwords and keys are kept in the system keychain.")
                : tr("Cloud passwords and keys are kept in an encrypted file in the data "
                     "folder, unlocked by your CloudTwin password.\nKeychain: %1")
                      .arg(m_secrets->keychainProblem()));
        emit secretsBackendKnown();
    });

    if (const QByteArray geometry = m_settings.mainWindowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    else if (const QScreen* screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize().boundedTo(QSize(1100, 720)));
    showPage(Page::Vms);
    m_cloudContext->reload();
}

MainWindow::~MainWindow() { rememberGeometry(); }

QWidget* MainWindow::buildNavigation()
{
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int iconSide = fontMetrics().height() + 4;
    m_nav->setIconSize(QSize(iconSide, iconSide));
    m_nav->setSpacing(2);
    const QList<QPair<QIcon, QString>> entries {
        {vmsIcon(), tr("VMs")},
        {cloudsIcon(), tr("Clouds")},
        {protectionIcon(), tr("Protection")},
        {activityIcon(), tr("Activity")},
    };
    for (const auto& [icon, text] : entries) {
        auto* item = new QListWidgetItem(icon, text, m_nav);
        item->setSizeHint(QSize(0, iconSide + fontMetrics().height()));
    }
    // Wide enough for the longest entry in any language, never squeezed by the page.
    m_nav->setFixedWidth(qMax(latinCharsWidth(fontMetrics(), 22), m_nav->sizeHintForColumn(0) + 24));
    QPalette colors = m_nav->palette();
    colors.setColor(QPalette::Base, colors.color(QPalette::Window));
    m_nav->setPalette(colors);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        if (row == static_cast<int>(Page::Activity))
            m_activity->reload();
    });
    return m_nav;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newPair = file->addAction(tr("&New VM Pair…"), this, &MainWindow::createPair);
    newPair->setObjectName(QStringLiteral("newPairAction"));
    newPair->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* account = menuBar()->addMenu(tr("&Account"));
    QAction* change = account->addAction(tr("&Change Password…"), this, &MainWindow::changePassword);
    change->setObjectName(QStringLiteral("changePasswordAction"));
    QAction* remove = account->addAction(tr("&Delete Account…"), this, &MainWindow::deleteAccount);
    remove->setObjectName(QStringLiteral("deleteAccountAction"));
    account->addSeparator();
    QAction* signOutAction = account->addAction(tr("&Sign Out"), this, &MainWindow::signOut);
    signOutAction->setObjectName(QStringLiteral("signOutAction"));

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QAction* configure = settings->addAction(tr("&Configure CloudTwin…"), this, &MainWindow::openSettings);
    configure->setObjectName(QStringLiteral("settingsAction"));
    configure->setShortcut(QKeySequence::Preferences);
    configure->setMenuRole(QAction::PreferencesRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About CloudTwin"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showPage(Page page) { m_nav->setCurrentRow(static_cast<int>(page)); }

MainWindow::Page MainWindow::currentPage() const { return static_cast<Page>(m_pages->currentIndex()); }

void MainWindow::createPair()
{
    auto* wizard = openDialog(new CreateWizard(*m_cloudContext, *m_secrets, m_cloudContext->journalRunner(), this));
    connect(wizard, &CreateWizard::openInVmsList, this, [this](const QString& serverName) {
        showPage(Page::Vms);
        if (m_vms->selectServer(serverName))
            return;
        // The new VM shows up with the next refresh; select it when that refresh is done (and only then).
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_cloudContext->inventory(), &Inventory::idle, this, [this, serverName, connection]() {
            disconnect(*connection);
            m_vms->selectServer(serverName);
        });
        m_cloudContext->inventory()->refreshAll();
    });
    connect(wizard, &QDialog::finished, this, [this]() { m_cloudContext->inventory()->refreshAll(); });
}

void MainWindow::changePassword()
{
    auto* dialog = openDialog(new ChangePasswordDialog(m_worker, m_user, this));
    connect(dialog, &QDialog::accepted, this, [this]() {
        statusBar()->showMessage(tr("Password changed."), 8000);
        if (currentPage() == Page::Activity)
            m_activity->reload();
    });
}

void MainWindow::deleteAccount()
{
    auto* dialog = openDialog(new DeleteAccountDialog(m_worker, *m_secrets, m_user, this));
    connect(dialog, &QDialog::accepted, this, [this]() {
        m_leaving = true;
        emit accountDeleted(m_user.name);
    });
}

void MainWindow::signOut()
{
    m_leaving = true;
    // The worker runs jobs in order, so the event is written before anything later reads it.
    (void)m_worker.run([user = m_user](AccountService& accounts) {
        return accounts.storeFor(user)->addEvent(
            ActivityEvent::Severity::Info, QStringLiteral("account.signed_out"), tr("Signed out."));
    });
    qCInfo(lcUi) << "signed out:" << m_user.name;
    emit signedOut();
}

void MainWindow::openSettings() { openDialog(new SettingsDialog(m_settings, this)); }

void MainWindow::showAbout() { openDialog(new AboutDialog(this)); }

void MainWindow::rememberGeometry()
{
    m_settings.setMainWindowGeometry(QMainWindow::saveGeometry());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    rememberGeometry();
    if (m_hidesToTray && !m_leaving) {
        event->ignore();
        hide();
        emit hiddenToTray();
        return;
    }
    event->accept();
    if (!m_leaving)
        emit closed();
}

} // namespace ct
