#pragma once

#include "auth/accountservice.h"
#include "cloud/cloudaccount.h"
#include "deploy/deployjob.h"
#include "util/result.h"

#include <QFuture>
#include <QObject>

namespace ct {

class CloudService;
class Inventory;
class StoreWorker;
class UserSecrets;

/// Where the in-process sandbox cloud answers (app/sandbox), and the demo credentials of its CloudStack side.
struct SandboxEndpoints
{
    QString identityUrl; ///< OpenStack Keystone, e.g. http://127.0.0.1:PORT/identity/v3
    QString cloudStackUrl; ///< e.g. http://127.0.0.1:PORT/client/api
    QString cloudStackApiKey;
    QByteArray cloudStackSecretKey;
};

/// The signed-in user's clouds for the pages: reads the accounts on the store worker, keeps CloudService
/// (accounts + secrets → providers) and the live Inventory in step, and adds the built-in "Sandbox" account
/// when the app runs with a sandbox. Never blocks; everything continues from futures.
class CloudContext : public QObject
{
    Q_OBJECT

public:
    CloudContext(StoreWorker& worker, SignedInUser user, UserSecrets* secrets, QObject* parent = nullptr);
    ~CloudContext() override;

    CloudService* service() const { return m_service; }
    Inventory* inventory() const { return m_inventory; }
    const SignedInUser& user() const { return m_user; }

    /// Reads the accounts again (and then refreshes clouds not seen before).
    void reload();
    bool isLoaded() const { return m_loaded; }
    /// Why the accounts could not be read, if they could not.
    const QString& loadError() const { return m_loadError; }
    QList<CloudAccount> accounts() const;

    /// The in-process sandbox: after loading, a "Sandbox" (OpenStack) and a "Sandbox (CloudStack)" account are
    /// added when the user has none of that kind, and their URLs follow the sandbox's (its port changes between
    /// runs). Empty URLs: no sandbox of that kind.
    void setSandbox(const SandboxEndpoints& endpoints);

    QFuture<Result<CloudAccount>> addAccount(const CloudAccount& account, const QByteArray& secret);
    /// Stores changed settings; an empty `secret` keeps the stored one.
    QFuture<Status> updateAccount(const CloudAccount& account, const QByteArray& secret);
    QFuture<Status> removeAccount(const QString& accountId);

    /// The create journal of this user, run on the store worker (for DeployJob and Recovery).
    deploy::JournalRunner journalRunner() const;
    /// Rolls back creates a crash interrupted (once per sign-in, after the accounts are read); each one is
    /// written to the Activity log.
    void recoverInterruptedCreates();

signals:
    /// The accounts were read (or changed); accounts() has them.
    void accountsChanged();
    void loadFailed(const QString& message);
    /// An event was written to the Activity log (reload the Activity page).
    void activityAdded();
    /// Start-up recovery dealt with an interrupted create (message in plain words).
    void createRecovered(const QString& message, bool clean);

private:
    void applyAccounts();
    void addActivity(ActivityEvent::Severity severity, const QString& kind, const QString& message);
    void ensureSandbox();
    void ensureSandboxAccount(const CloudAccount& wanted, const QByteArray& secret);

    StoreWorker& m_worker;
    bool m_recoveryStarted = false;
    SignedInUser m_user;
    CloudService* m_service;
    Inventory* m_inventory;
    SandboxEndpoints m_sandbox;
    bool m_loaded = false;
    bool m_sandboxChecked = false;
    QString m_loadError;
};

} // namespace ct
