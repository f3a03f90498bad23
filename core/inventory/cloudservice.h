#pragma once

#include "cloud/cloudaccount.h"
#include "cloud/cloudprovider.h"
#include "store/userstore.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace ct {

class UserSecrets;

/// The signed-in user's cloud accounts, joined with their secrets: adds and removes accounts (row + secret)
/// and hands out one provider per account, made on demand and cached until the account changes.
/// Lives on the GUI/CLI thread. It never touches the database: the caller passes the accounts it read and
/// the functions that store and remove a row (run on its StoreWorker, or directly in the CLI).
class CloudService : public QObject
{
    Q_OBJECT

public:
    /// Makes a provider; createProvider() in the app, a test double in tests.
    using ProviderFactory
        = std::function<Result<CloudProvider*>(const CloudAccount& account, const QByteArray& secret, QObject* parent)>;

    /// How accounts reach the store. `add` assigns id and created; `remove` deletes the row by id.
    struct Store
    {
        std::function<QFuture<Result<CloudAccount>>(const CloudAccount& account)> add;
        std::function<QFuture<Status>(const QString& accountId)> remove;
        /// Optional: where CloudStack async job ids are kept while the jobs run, so a restart can look them
        /// up again. Without them jobs are only waited for in memory.
        std::function<QFuture<Status>(const CloudJob& job)> rememberJob;
        std::function<QFuture<Status>(const QString& accountId, const QString& jobId)> forgetJob;
        std::function<QFuture<Result<QList<CloudJob>>>(const QString& accountId)> pendingJobs;
    };

    CloudService(UserSecrets* secrets, ProviderFactory factory, Store store, QObject* parent = nullptr);
    ~CloudService() override;

    /// Replaces the known accounts (as read from the store). Providers of accounts that changed or went away
    /// are dropped.
    void setAccounts(const QList<CloudAccount>& accounts);
    const QList<CloudAccount>& accounts() const { return m_accounts; }
    std::optional<CloudAccount> account(const QString& id) const;
    std::optional<CloudAccount> accountByName(const QString& name) const;

    /// Stores the account, then its secret (when not empty). If the secret cannot be stored the row is
    /// removed again, so no account is left half-added.
    QFuture<Result<CloudAccount>> addAccount(const CloudAccount& account, const QByteArray& secret);
    /// Removes the secret, then the row (a row without a secret can be repaired; a secret without a row
    /// could never be found again).
    QFuture<Status> removeAccount(const QString& accountId);
    /// Stores (or replaces) the secret of an existing account, e.g. one imported without a password.
    QFuture<Status> setSecret(const QString& accountId, const QByteArray& secret);
    /// Whether a non-empty secret is stored for the account.
    QFuture<Result<bool>> hasSecret(const QString& accountId);

    /// The account's provider, made on first use with the stored secret and kept for later calls. Fails with
    /// a message naming the cloud when the account is unknown or has no secret.
    QFuture<Result<CloudProvider*>> provider(const QString& accountId);

    /// The Activity line for rememberedJobEnded().
    static QString describeRememberedJob(const QString& cloudName, const CloudJob& job, const Status& outcome);

signals:
    void accountsChanged();
    /// A job an earlier run started (and did not see end) has now ended, or the cloud no longer knows it.
    /// `outcome` is ok when it succeeded; its error says why not.
    void rememberedJobEnded(const QString& cloudName, const ct::CloudJob& job, const ct::Status& outcome);

private:
    void dropProvider(const QString& accountId);
    /// Keeps the ids of the provider's async jobs in the store while they run, and looks up those an earlier
    /// run left behind.
    void trackJobs(const CloudAccount& account, CloudProvider* provider);

    UserSecrets* m_secrets;
    ProviderFactory m_factory;
    Store m_store;
    QList<CloudAccount> m_accounts;
    QHash<QString, QPointer<CloudProvider>> m_providers;
    /// Bumped whenever an account's provider is dropped, so a provider still being made for the old settings
    /// is not cached.
    QHash<QString, int> m_generation;
};

} // namespace ct
