#pragma once

#include "secrets/crypto.h"
#include "store/database.h"
#include "store/userstore.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace ct {

/// Who is signed in, and the key that opens their encrypted secrets file. Never printed or logged.
struct SignedInUser
{
    QString id;
    QString name;
    crypto::KeyPtr vaultKey;
};

/// A CLI session as written to the session file: the id and a random token. The database keeps only a
/// digest of the token and the vault key wrapped with a key derived from it.
struct SessionTicket
{
    QString id;
    QByteArray token;
};

/// Local accounts: sign up, sign in (with a growing delay after wrong passwords), change password, delete
/// account, and CLI sessions. Synchronous and bound to the thread of its Database: the GUI calls it on its
/// store worker (Argon2id takes ~0.1–0.5 s and 64 MiB by design), the CLI on its main thread.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    struct Options
    {
        QString secretsDir; ///< where per-user vault files live
        crypto::KdfCost cost = crypto::KdfCost::interactive();
        const Clock* clock = nullptr; ///< defaults to the system clock
        QString locksDir; ///< where running work (a create) holds its lock files; the data folder's "locks"
    };

    AccountService(Database& database, Options options);

    /// Wrong passwords in a row before the delay starts, and the longest delay.
    static constexpr int kFreeAttempts = 3;
    static constexpr int kMaxDelaySeconds = 300;

    Result<SignedInUser> signUp(const QString& name, const QString& password);
    Result<SignedInUser> logIn(const QString& name, const QString& password);
    Status changePassword(const SignedInUser& user, const QString& currentPassword, const QString& newPassword);
    /// Checks the password of a signed-in user without counting towards the delay (used before deleting).
    Status confirmPassword(const SignedInUser& user, const QString& password);
    /// Deletes the user, every row they own and their encrypted secrets file. Keychain entries must be removed
    /// first through UserSecrets::removeAll (the keychain is asynchronous; this is not).
    Status deleteAccount(const SignedInUser& user, const QString& password);
    Result<bool> userExists(const QString& name);
    /// Whether anyone has signed up yet (the sign-in window opens on "Create account" when not).
    Result<bool> hasUsers();

    /// The per-user store; the only way to reach rows a user owns.
    std::unique_ptr<UserStore> storeFor(const SignedInUser& user);
    const QString& locksDir() const { return m_options.locksDir; }
    QString vaultPath(const QString& userId) const;

    Result<SessionTicket> openSession(const SignedInUser& user);
    Result<SignedInUser> resumeSession(const SessionTicket& ticket);
    Status closeSession(const QString& sessionId);

private:
    struct UserRow
    {
        QString id;
        QString name;
        QByteArray passwordHash;
        int failedLogins = 0;
        qint64 lockedUntilMs = 0;
    };
    Result<UserRow> findUser(const QString& name);
    Result<crypto::KeyPtr> openOrCreateVault(const QString& userId, const QString& password);
    Status recordFailure(const UserRow& row);
    QDateTime now() const;

    Database& m_db;
    Options m_options;
    SystemClock m_systemClock;
};

} // namespace ct
