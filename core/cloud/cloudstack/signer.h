#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace ct::cloudstack {

/// A CloudStack API call's parameters in the order they were given. Names are sent lower-case (see
/// normalized()), so that the server's case-sensitive sort of the names agrees with ours.
using Parameters = QList<QPair<QString, QString>>;

/// Java's URLEncoder.encode(value, "UTF-8") followed by replaceAll("\\+", "%20"), as ApiServer.verifyRequest
/// re-encodes every value: UTF-8, only [A-Za-z0-9.-*_] left as is (`~` is encoded), space as %20.
QByteArray javaUrlEncode(const QString& value);

/// Lower-cases every name and drops a `signature` parameter, keeping the first value of a repeated name
/// (the servlet's getParameter semantics that verifyRequest uses: `((String[]) value)[0]`).
Parameters normalized(const Parameters& parameters);

/// The string ApiServer.verifyRequest signs: names sorted (Collections.sort, UTF-16 order), each
/// `name=javaUrlEncode(value)`, joined with `&`, then the whole string lower-cased. `signature` is left out.
QByteArray stringToSign(const Parameters& parameters);

/// Base64(HMAC-SHA1(secretKey, stringToSign(parameters))).
QByteArray signature(const Parameters& parameters, const QByteArray& secretKey);

/// `expires` for signatureversion=3: "yyyy-MM-ddTHH:mm:ssZ+0000" in UTC. Every CloudStack version's
/// DateUtil.parseTZDateString accepts this form (old ones parse only "yyyy-MM-dd'T'HH:mm:ss'Z'Z"; newer ones
/// keep that pattern next to ISO-8601), so it is the one form that works everywhere.
QString expiresValue(const QDateTime& when);

/// How long a signed request stays valid; the server rejects expired ones (replay protection).
constexpr int kSignatureValiditySeconds = 5 * 60;

/// The form/query encoding of parameters: `name=javaUrlEncode(value)&…` in the given order. Decoding it with
/// application/x-www-form-urlencoded rules gives back exactly the values.
QByteArray encodeParameters(const Parameters& parameters);

/// Decodes what encodeParameters() produced (`+` reads as a space, as a servlet reads it).
Parameters decodeParameters(const QByteArray& encoded);

/// Adds apikey, signatureversion=3 and expires (now + validity), then the signature, and returns the
/// complete encoded parameter string (signature last). `now` is injectable for tests.
QByteArray signedParameters(Parameters parameters, const QString& apiKey, const QByteArray& secretKey,
    const QDateTime& now = QDateTime::currentDateTimeUtc(), bool withExpiry = true);

} // namespace ct::cloudstack
