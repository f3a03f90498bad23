#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <QStringList>

namespace ct {

/// "ssh-ed25519 AAAA… user@host" → "ssh-ed25519 AAAA…": the part clouds store and compare (the comment is
/// free text). Empty for text that is not an OpenSSH public key line.
inline QString openSshKeyBody(const QString& publicKey)
{
    const QStringList words = publicKey.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {};
    return words.at(0) + QLatin1Char(' ') + words.at(1);
}

/// The MD5 fingerprint Nova and CloudStack show for an OpenSSH public key ("aa:bb:…"), from the key blob.
inline QString openSshMd5Fingerprint(const QString& publicKey)
{
    const QStringList words = publicKey.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QByteArray blob = QByteArray::fromBase64(words.value(1).toLatin1());
    if (blob.isEmpty())
        return {};
    const QByteArray hex = QCryptographicHash::hash(blob, QCryptographicHash::Md5).toHex();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(QLatin1Char(':'));
}

} // namespace ct
