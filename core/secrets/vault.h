#pragma once

#include "secrets/crypto.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ct {

/// CloudTwin's own encrypted secrets file, used when the OS keychain is unavailable.
///
/// One file per user (`<data>/secrets/<user-id>.vault`, mode 0600). A random data key encrypts every entry
/// (libsodium secretbox); the data key itself is stored wrapped by a key derived from the user's password with
/// Argon2id, so changing the password re-wraps one key and nothing else. The file also lists the names (never
/// values) of secrets kept in the OS keychain, so that deleting the account can remove them too.
/// Not thread-safe: UserSecrets serialises access.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    /// Creates a new vault for `password`; fails if the file exists.
    static Result<crypto::KeyPtr> create(const QString& path, const QString& password, const crypto::KdfCost& cost);
    /// Opens the data key with the password.
    static Result<crypto::KeyPtr> unlock(const QString& path, const QString& password);
    /// Wraps the same data key under a new password (after a password change).
    static Status rewrap(
        const QString& path, const crypto::KeyPtr& dataKey, const QString& newPassword, const crypto::KdfCost& cost);

    Vault(QString path, crypto::KeyPtr dataKey);

    Status put(const QString& name, const QByteArray& secret);
    Result<QByteArray> get(const QString& name);
    Status remove(const QString& name);
    Result<QStringList> names();

    Status rememberKeychainName(const QString& name);
    Status forgetKeychainName(const QString& name);
    Result<QStringList> keychainNames();

    /// Deletes the vault file.
    Status destroy();

private:
    static Result<QJsonObject> load(const QString& path);
    static Status save(const QString& path, const QJsonObject& document);

    QString m_path;
    crypto::KeyPtr m_key;
};

} // namespace ct
