#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ct::ssh {

struct GeneratedKey
{
    QString publicKey; ///< one OpenSSH line: "ssh-ed25519 AAAA… comment"
    QByteArray privateKey; ///< unencrypted "-----BEGIN OPENSSH PRIVATE KEY-----" file; keep it in the keychain only
};

/// Ed25519 key pairs in OpenSSH's formats. Written here because no packaged library writes the
/// "openssh-key-v1" container (libssh2 only reads keys); the key itself comes from libsodium.
class KeyGenerator
{
    Q_DECLARE_TR_FUNCTIONS(KeyGenerator)

public:
    static Result<GeneratedKey> generateEd25519(const QString& comment);
    /// The public key line of an unencrypted OpenSSH private key file (as generateEd25519() writes them).
    static Result<QString> publicKeyOf(const QByteArray& privateKeyFile, const QString& comment);
};

} // namespace ct::ssh
