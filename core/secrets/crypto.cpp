#include "secrets/crypto.h"

#include <QCoreApplication>

#include <sodium.h>

namespace ct::crypto {

KdfCost KdfCost::interactive() { return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE}; }

KdfCost KdfCost::minimal() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

SecretKey::SecretKey() = default;

SecretKey::~SecretKey() { sodium_memzero(m_bytes.data(), m_bytes.size()); }

std::shared_ptr<const SecretKey> SecretKey::random()
{
    auto key = std::make_shared<SecretKey>();
    randombytes_buf(key->m_bytes.data(), key->m_bytes.size());
    return key;
}

std::shared_ptr<const SecretKey> SecretKey::fromBytes(const QByteArray& raw)
{
    if (raw.size() != static_cast<qsizetype>(kKeyBytes))
        return nullptr;
    auto key = std::make_shared<SecretKey>();
    std::copy(raw.begin(), raw.end(), key->m_bytes.begin());
    return key;
}

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QByteArray randomBytes(int count)
{
    ready();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return bytes;
}

QByteArray hashPassword(const QString& password, const KdfCost& cost)
{
    ready();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), cost.opsLimit,
            cost.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return QByteArray(out);
}

bool verifyPassword(const QByteArray& storedHash, const QString& password)
{
    ready();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(
               storedHash.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

int saltBytes() { return crypto_pwhash_SALTBYTES; }

KeyPtr deriveKey(const QString& password, const QByteArray& salt, const KdfCost& cost)
{
    ready();
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return nullptr;
    const QByteArray utf8 = password.toUtf8();
    auto key = std::make_shared<SecretKey>();
    if (crypto_pwhash(key->bytes().data(), key->bytes().size(), utf8.constData(),
            static_cast<unsigned long long>(utf8.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
            cost.opsLimit, cost.memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return nullptr;
    return key;
}

KeyPtr deriveKeyFromToken(const QByteArray& token, const QByteArray& context)
{
    ready();
    auto key = std::make_shared<SecretKey>();
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, key->bytes().size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(context.constData()),
        static_cast<unsigned long long>(context.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(token.constData()),
        static_cast<unsigned long long>(token.size()));
    crypto_generichash_final(&state, key->bytes().data(), key->bytes().size());
    return key;
}

QByteArray seal(const SecretKey& key, const QByteArray& plaintext)
{
    ready();
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plaintext.size(), Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
        reinterpret_cast<const unsigned char*>(plaintext.constData()),
        static_cast<unsigned long long>(plaintext.size()), nonce, key.bytes().data());
    return out;
}

Result<QByteArray> open(const SecretKey& key, const QByteArray& sealed)
{
    ready();
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (sealed.size() < overhead)
        return makeError(
            ErrorCode::Corrupt, QCoreApplication::translate("ct::crypto", "The encrypted data is cut short."));
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
            static_cast<unsigned long long>(sealed.size() - crypto_secretbox_NONCEBYTES), nonce, key.bytes().data())
        != 0)
        return makeError(ErrorCode::Corrupt,
            QCoreApplication::translate("ct::crypto",
                "The encrypted data does not open with this key (wrong password, "
                "or the data was changed)."));
    return plain;
}

QByteArray tokenDigest(const QByteArray& token)
{
    ready();
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.constData()),
        static_cast<unsigned long long>(token.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
}

bool equal(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace ct::crypto
