#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace ct::sandbox {

/// One parsed HTTP/1.1 request. Small bodies are kept in memory; large or chunked ones are spooled to a file
/// (`bodyFile`) so that a multi-GB image upload never sits in RAM.
struct HttpRequest
{
    QByteArray method;
    QString path; ///< decoded, without the query
    QUrlQuery query;
    QByteArray rawQuery; ///< the query exactly as sent (after '?'), for APIs that parse it themselves
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body; ///< empty when the body was spooled
    QString bodyFile; ///< spool file, or empty
    qint64 bodySize = 0;
    QHostAddress peer;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }

    /// The body as a JSON object; false (and `error` set) if it is not one.
    bool jsonBody(QJsonObject* out, QString* error = nullptr) const
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            if (error)
                *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                      : QStringLiteral("body is not a JSON object");
            return false;
        }
        *out = document.object();
        return true;
    }
};

} // namespace ct::sandbox
