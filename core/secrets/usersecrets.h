#pragma once

#include "auth/accountservice.h"
#include "util/result.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace ct {

class Vault;

/// Where a user's cloud secrets are kept.
enum class SecretBackend
{
    Keychain, ///< the OS keychain (Secret Service / KWallet, macOS Keychain, Windows Credential Manager)
    EncryptedFile, ///< CloudTwin's own vault file, used when no keychain answers
};

/// The signed-in user's secrets (cloud passwords, API secret keys). Uses the OS keychain through QtKeychain
/// when it works, and otherwise the encrypted vault file unlocked at sign-in; never plaintext.
/// The only file in CloudTwin that talks to QtKeychain. Lives on the thread that made it (which must run an
/// event loop); file work runs on a private worker thread. Every call returns at once.
class UserSecrets : public QObject
{
    Q_OBJECT

public:
    UserSecrets(const SignedInUser& user, const QString& vaultPath, QObject* parent = nullptr);
    ~UserSecrets() override;

    /// Finds out whether the keychain answers (writes, reads and deletes a probe entry). Until this finishes
    /// the vault is used. Setting CLOUDTWIN_KEYCHAIN=off skips the keychain altogether.
    QFuture<SecretBackend> detectBackend();
    SecretBackend backend() const { return m_backend; }
    /// Why the keychain is not used, when it is not (the keychain's own message).
    const QString& keychainProblem() const { return m_keychainProblem; }

    QFuture<Status> write(const QString& name, const QByteArray& secret);
    QFuture<Result<QByteArray>> read(const QString& name);
    QFuture<Status> remove(const QString& name);
    /// Removes every secret of this user from the keychain and the vault (before deleting the account).
    QFuture<Status> removeAll();

    static QString backendName(SecretBackend backend);
    static QString keychainServiceName();

private:
    struct KeychainReply
    {
        int error = 0; ///< QKeychain::Error
        QString message;
        QByteArray data;
    };
    QFuture<KeychainReply> keychainRead(const QString& key);
    QFuture<KeychainReply> keychainWrite(const QString& key, const QByteArray& data);
    QFuture<KeychainReply> keychainDelete(const QString& key);
    QString keychainKey(const QString& name) const;
    template<class Fn>
    auto onVault(Fn fn);

    QString m_userId;
    std::shared_ptr<Vault> m_vault;
    QThreadPool m_vaultThread;
    SecretBackend m_backend = SecretBackend::EncryptedFile;
    QString m_keychainProblem;
};

} // namespace ct
