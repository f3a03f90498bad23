#pragma once

#include "auth/accountservice.h"
#include "cloud/cloudaccount.h"
#include "util/result.h"

#include <QFuture>
#include <QObject>

namespace ct {

class CloudService;
class Inventory;
class StoreWorker;
class UserSecrets;

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

    /// The in-process sandbox's identity URL: after loading, a "Sandbox" account is added when the user has
    /// none, and its auth URL follows the sandbox's (its port changes between runs). Empty: no sandbox.
    void setSandboxUrl(const QString& identityUrl);

    QFuture<Result<CloudAccount>> addAccount(const CloudAccount& account, const QByteArray& secret);
    /// Stores changed settings; an empty `secret` keeps the stored one.
    QFuture<Status> updateAccount(const CloudAccount& account, const QByteArray& secret);
    QFuture<Status> removeAccount(const QString& accountId);

signals:
    /// The accounts were read (or changed); accounts() has them.
    void accountsChanged();
    void loadFailed(const QString& message);

private:
    void applyAccounts();
    void ensureSandbox();

    StoreWorker& m_worker;
    SignedInUser m_user;
    CloudService* m_service;
    Inventory* m_inventory;
    QString m_sandboxUrl;
    bool m_loaded = false;
    bool m_sandboxChecked = false;
    QString m_loadError;
};

} // namespace ct
