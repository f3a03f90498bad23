#include "cloud/cloudstack/signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <algorithm>

namespace ct::cloudstack {

QByteArray javaUrlEncode(const QString& value)
{
    // toPercentEncoding leaves [A-Za-z0-9-._~] alone and writes space as %20. Java also leaves `*` alone but
    // encodes `~`.
    return QUrl::toPercentEncoding(value, QByteArrayLiteral("*"), QByteArrayLiteral("~"));
}

Parameters normalized(const Parameters& parameters)
{
    Parameters result;
    result.reserve(parameters.size());
    for (const auto& [name, value] : parameters) {
        const QString lower = name.toLower();
        if (lower == QLatin1String("signature"))
            continue;
        const bool seen = std::any_of(result.cbegin(), result.cend(), [&](const auto& p) { return p.first == lower; });
        if (!seen)
            result.append({lower, value});
    }
    return result;
}

QByteArray stringToSign(const Parameters& parameters)
{
    Parameters sorted = normalized(parameters);
    // QString's operator< compares UTF-16 code units, as Java's String.compareTo does.
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray joined;
    for (const auto& [name, value] : sorted) {
        if (!joined.isEmpty())
            joined += '&';
        joined += name.toUtf8() + '=' + javaUrlEncode(value);
    }
    return joined.toLower();
}

QByteArray signature(const Parameters& parameters, const QByteArray& secretKey)
{
    return QMessageAuthenticationCode::hash(stringToSign(parameters), secretKey, QCryptographicHash::Sha1).toBase64();
}

QString expiresValue(const QDateTime& when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + QStringLiteral("+0000");
}

QByteArray encodeParameters(const Parameters& parameters)
{
    QByteArray encoded;
    for (const auto& [name, value] : parameters) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += javaUrlEncode(name) + '=' + javaUrlEncode(value);
    }
    return encoded;
}

Parameters decodeParameters(const QByteArray& encoded)
{
    Parameters result;
    for (const QByteArray& pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        result.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return result;
}

QByteArray signedParameters(
    Parameters parameters, const QString& apiKey, const QByteArray& secretKey, const QDateTime& now, bool withExpiry)
{
    Parameters all = normalized(parameters);
    auto drop = [&all](const QString& name) {
        all.erase(std::remove_if(all.begin(), all.end(), [&](const auto& p) { return p.first == name; }), all.end());
    };
    // A replayed request gets a fresh expiry and signature, never a second copy of the old ones.
    drop(QStringLiteral("apikey"));
    drop(QStringLiteral("signatureversion"));
    drop(QStringLiteral("expires"));
    drop(QStringLiteral("sessionkey"));
    all.append({QStringLiteral("apikey"), apiKey});
    if (withExpiry) {
        all.append({QStringLiteral("signatureversion"), QStringLiteral("3")});
        all.append({QStringLiteral("expires"), expiresValue(now.addSecs(kSignatureValiditySeconds))});
    }
    const QByteArray signed_ = signature(all, secretKey);
    return encodeParameters(all) + "&signature=" + javaUrlEncode(QString::fromLatin1(signed_));
}

} // namespace ct::cloudstack
