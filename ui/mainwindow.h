#pragma once

#include "auth/accountservice.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ct {

class ActivityPage;
class AppSettings;
class CloudContext;
class CloudsPage;
class EmptyState;
class VmsPage;
class StoreWorker;
class UserSecrets;

/// The signed-in window: navigation on the left (VMs, Clouds, Protection, Activity), the page on the right,
/// the user and the secrets backend in the status bar, and the Account menu.
/// Owns the user's UserSecrets. Never quits or signs out by itself: it emits and the AppController decides.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Vms,
        Clouds,
        Protection,
        Activity
    };

    /// `vaultPath` is AccountService::vaultPath(user.id): where the user's encrypted secrets file lives.
    MainWindow(StoreWorker& worker, AppSettings& settings, SignedInUser user, const QString& vaultPath,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    const SignedInUser& user() const { return m_user; }
    UserSecrets& secrets() const { return *m_secrets; }
    ActivityPage* activityPage() const { return m_activity; }
    VmsPage* vmsPage() const { return m_vms; }
    CloudsPage* cloudsPage() const { return m_clouds; }
    CloudContext* cloudContext() const { return m_cloudContext; }

    void showPage(Page page);
    Page currentPage() const;

    /// With a system tray, closing the window hides it instead (and emits hiddenToTray()).
    void setHidesToTray(bool hides) { m_hidesToTray = hides; }

    // Menu actions, public so that the tray and tests can trigger them.
    /// Opens the "New VM pair" wizard.
    void createPair();
    void changePassword();
    void deleteAccount();
    void signOut();
    void openSettings();
    void showAbout();

signals:
    void signedOut();
    void accountDeleted(const QString& userName);
    void quitRequested();
    /// The window was closed by the person and there is no tray to hide in.
    void closed();
    void hiddenToTray();
    /// The secrets backend is known (for tests and the status bar).
    void secretsBackendKnown();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    QWidget* buildNavigation();
    void rememberGeometry();

    StoreWorker& m_worker;
    AppSettings& m_settings;
    SignedInUser m_user;
    UserSecrets* m_secrets;
    CloudContext* m_cloudContext;
    bool m_hidesToTray = false;
    bool m_leaving = false;

    QListWidget* m_nav = nullptr;
    QStackedWidget* m_pages = nullptr;
    VmsPage* m_vms = nullptr;
    CloudsPage* m_clouds = nullptr;
    EmptyState* m_protection = nullptr;
    ActivityPage* m_activity = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_secretsLabel = nullptr;
};

} // namespace ct
