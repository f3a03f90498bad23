#include "ssh/sshkeygen.h"

#include <QtEndian>

#include <sodium.h>

namespace ct::ssh {

namespace {

void putUint32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

/// SSH wire "string": uint32 length, then the bytes (RFC 4251 §5).
void putString(QByteArray& out, const QByteArray& value)
{
    putUint32(out, static_cast<quint32>(value.size()));
    out.append(value);
}

/// Reads an SSH wire "string" at `offset`; false when the data ends first.
bool takeString(const QByteArray& data, qsizetype& offset, QByteArray* value)
{
    if (offset + 4 > data.size())
        return false;
    const quint32 length = qFromBigEndian<quint32>(data.constData() + offset);
    offset += 4;
    if (length > quint32(data.size() - offset))
        return false;
    *value = data.mid(offset, length);
    offset += length;
    return true;
}

} // namespace

Result<QString> KeyGenerator::publicKeyOf(const QByteArray& privateKeyFile, const QString& comment)
{
    const QByteArray begin = QByteArrayLiteral("-----BEGIN OPENSSH PRIVATE KEY-----");
    const QByteArray end = QByteArrayLiteral("-----END OPENSSH PRIVATE KEY-----");
    const qsizetype from = privateKeyFile.indexOf(begin);
    const qsizetype to = privateKeyFile.indexOf(end);
    auto bad
        = [] { return makeError(ErrorCode::Corrupt, tr("The stored SSH private key is not an OpenSSH key file.")); };
    if (from < 0 || to < from)
        return bad();
    const QByteArray container = QByteArray::fromBase64(
        privateKeyFile.mid(from + begin.size(), to - from - begin.size()).simplified().replace(' ', ""));
    const QByteArray magic = QByteArrayLiteral("openssh-key-v1");
    if (!container.startsWith(QByteArray(magic).append('\0')))
        return bad();
    qsizetype offset = magic.size() + 1;
    QByteArray cipher, kdf, kdfOptions, publicBlob;
    if (!takeString(container, offset, &cipher) || !takeString(container, offset, &kdf)
        || !takeString(container, offset, &kdfOptions) || offset + 4 > container.size())
        return bad();
    offset += 4; // number of keys
    if (!takeString(container, offset, &publicBlob))
        return bad();
    qsizetype inner = 0;
    QByteArray type;
    if (!takeString(publicBlob, inner, &type))
        return bad();
    QString line = QString::fromLatin1(type + ' ' + publicBlob.toBase64());
    if (!comment.isEmpty())
        line += QLatin1Char(' ') + comment;
    return line;
}

Result<GeneratedKey> KeyGenerator::generateEd25519(const QString& comment)
{
    if (sodium_init() < 0)
        return makeError(ErrorCode::Internal, tr("The cryptography library could not start, so no SSH key was made."));
    QByteArray publicRaw(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretRaw(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized); // seed ‖ public key, as OpenSSH keeps it
    crypto_sign_keypair(
        reinterpret_cast<unsigned char*>(publicRaw.data()), reinterpret_cast<unsigned char*>(secretRaw.data()));

    const QByteArray type = QByteArrayLiteral("ssh-ed25519");
    QByteArray publicBlob;
    putString(publicBlob, type);
    putString(publicBlob, publicRaw);

    // PROTOCOL.key in OpenSSH's source: the "openssh-key-v1" container, unencrypted.
    QByteArray privateBlock;
    const quint32 check = randombytes_random();
    putUint32(privateBlock, check);
    putUint32(privateBlock, check);
    putString(privateBlock, type);
    putString(privateBlock, publicRaw);
    putString(privateBlock, secretRaw);
    putString(privateBlock, comment.toUtf8());
    for (char pad = 1; privateBlock.size() % 8 != 0; ++pad)
        privateBlock.append(pad);

    QByteArray container = QByteArrayLiteral("openssh-key-v1");
    container.append('\0');
    putString(container, QByteArrayLiteral("none")); // cipher
    putString(container, QByteArrayLiteral("none")); // kdf
    putString(container, QByteArray()); // kdf options
    putUint32(container, 1); // number of keys
    putString(container, publicBlob);
    putString(container, privateBlock);

    QByteArray pem = QByteArrayLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\n");
    const QByteArray body = container.toBase64();
    for (qsizetype i = 0; i < body.size(); i += 70)
        pem += body.mid(i, 70) + '\n';
    pem += QByteArrayLiteral("-----END OPENSSH PRIVATE KEY-----\n");

    sodium_memzero(secretRaw.data(), static_cast<size_t>(secretRaw.size()));
    sodium_memzero(privateBlock.data(), static_cast<size_t>(privateBlock.size()));
    sodium_memzero(container.data(), static_cast<size_t>(container.size()));

    GeneratedKey key;
    key.publicKey = QString::fromLatin1(type + ' ' + publicBlob.toBase64());
    if (!comment.isEmpty())
        key.publicKey += QLatin1Char(' ') + comment;
    key.privateKey = pem;
    return key;
}

} // namespace ct::ssh
