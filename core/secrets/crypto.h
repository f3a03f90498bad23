#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <memory>

namespace ct::crypto {

/// Argon2id work factors. Interactive is libsodium's recommendation for logins (64 MiB, 2 passes);
/// Minimal exists so unit tests stay fast. Both are real Argon2id.
struct KdfCost
{
    unsigned long long opsLimit;
    size_t memLimit;

    static KdfCost interactive();
    static KdfCost minimal();
};

inline constexpr size_t kKeyBytes = 32;

/// A 256-bit symmetric key that wipes itself when the last owner lets go.
class SecretKey
{
public:
    using Bytes = std::array<unsigned char, kKeyBytes>;
    SecretKey();
    ~SecretKey();
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;

    Bytes& bytes() { return m_bytes; }
    const Bytes& bytes() const { return m_bytes; }
    static std::shared_ptr<const SecretKey> random();
    static std::shared_ptr<const SecretKey> fromBytes(const QByteArray& raw);

private:
    Bytes m_bytes {};
};
using KeyPtr = std::shared_ptr<const SecretKey>;

/// Initialises libsodium once; false means the library is unusable (then nothing may be stored).
bool ready();

QByteArray randomBytes(int count);

/// Argon2id hash in libsodium's self-describing string form ($argon2id$v=19$m=...,t=...,p=1$salt$hash).
QByteArray hashPassword(const QString& password, const KdfCost& cost);
bool verifyPassword(const QByteArray& storedHash, const QString& password);

/// Derives a key from a password with Argon2id. `salt` must be crypto_pwhash_SALTBYTES long.
KeyPtr deriveKey(const QString& password, const QByteArray& salt, const KdfCost& cost);
int saltBytes();

/// Derives a key from a high-entropy token (BLAKE2b), for things like CLI session tokens.
KeyPtr deriveKeyFromToken(const QByteArray& token, const QByteArray& context);

/// XSalsa20-Poly1305 (secretbox): returns nonce || ciphertext.
QByteArray seal(const SecretKey& key, const QByteArray& plaintext);
/// Returns std::nullopt-like empty Result on a wrong key or tampered data.
Result<QByteArray> open(const SecretKey& key, const QByteArray& sealed);

/// BLAKE2b-256 of `data`, hex encoded. For storing a verifier of a random token.
QByteArray tokenDigest(const QByteArray& token);

/// Constant-time comparison.
bool equal(const QByteArray& a, const QByteArray& b);

} // namespace ct::crypto
