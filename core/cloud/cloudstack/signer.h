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

/// `expires` for signatureversion=3: "yyyy-MM-ddTHH:mm:ss+0000" in UTC, i.e. Java's
/// "yyyy-MM-dd'T'HH:mm:ssZ" (the form dev.rst documents). ApiServer up to 4.11 parsed it with exactly that
/// SimpleDateFormat (a "…Z+0000" value fails there: 'Z' is not an RFC 822 zone); newer ones use
/// DateUtil.parseTZDateString, whose formats include "yyyy-MM-dd'T'HH:mm:ssZ" next to ISO-8601 and the legacy
/// "'Z'Z". So this is the one form every version takes.
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
