#include "cloud/openstack/jsonreply.h"

#include "net/apisession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace ct::openstack {

Result<QJsonObject> parseJsonObject(
    const ApiReply& reply, const QString& cloudName, const QString& service, const QString& action)
{
    const QByteArray trimmed = reply.body.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::UnexpectedResponse,
            QCoreApplication::translate("ct::openstack::Json",
                "%1: could not %2 — the %3 service sent an empty answer "
                "(HTTP %4) where the API reference promises JSON. Try again; if "
                "it lasts, tell the cloud's administrator.")
                .arg(cloudName, action, service)
                .arg(reply.status));
    if (trimmed.startsWith('<')) {
        const QString title = extractCloudMessage(trimmed, reply.header("Content-Type"));
        return makeError(ErrorCode::UnexpectedResponse,
            QCoreApplication::translate("ct::openstack::Json",
                "%1: could not %2 — the %3 service answered with an HTML page "
                "(\u201c%4\u201d) instead of JSON. A proxy or login page may "
                "sit in front of the cloud: check the endpoint address and "
                "your proxy settings.")
                .arg(cloudName, action, service, title));
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::UnexpectedResponse,
            QCoreApplication::translate("ct::openstack::Json",
                "%1: could not %2 — the %3 service sent malformed JSON (%4 at "
                "byte %5). Try again; if it lasts, tell the cloud's "
                "administrator.")
                .arg(cloudName, action, service,
                    error.error != QJsonParseError::NoError
                        ? error.errorString()
                        : QCoreApplication::translate("ct::openstack::Json", "not an object"))
                .arg(error.offset));
    return document.object();
}

QDateTime parseOpenStackTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    // Qt reads at most milliseconds; Keystone and Nova write microseconds.
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    QString normalized = match.captured(1);
    normalized[10] = QLatin1Char('T');
    const QString fraction = match.captured(2);
    if (!fraction.isEmpty())
        normalized += fraction.left(4).leftJustified(4, QLatin1Char('0'));
    QString zone = match.captured(3);
    if (zone.isEmpty())
        zone = QStringLiteral("Z");
    QDateTime when = QDateTime::fromString(normalized + zone, Qt::ISODateWithMs);
    if (!when.isValid())
        return {};
    return when.toUTC();
}

} // namespace ct::openstack
