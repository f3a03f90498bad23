#include "sandboxapi.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

namespace ct::sandbox::api {

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QString newHexId() { return QUuid::createUuid().toString(QUuid::Id128); }

QString stableId(const QString& name)
{
    static const QUuid ns(QStringLiteral("6f1c7f4e-2b7a-4f55-9d43-2d0c7f6c1a11"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString isoTimeMicro(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000"));
}

bool parseTime(const QString& text, qint64* ms)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return false;
    if (time.timeSpec() == Qt::LocalTime && !text.endsWith(u'Z') && !text.contains(u'+'))
        time.setTimeZone(QTimeZone::utc()); // OpenStack reads zone-less times as UTC
    *ms = time.toMSecsSinceEpoch();
    return true;
}

QJsonObject publicView(const QJsonObject& object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.key().startsWith(u'_'))
            out.insert(it.key(), it.value());
    }
    return out;
}

QString reason(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 406:
        return QStringLiteral("Not Acceptable");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Request Entity Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QStringLiteral("Error");
    }
}

HttpResponse novaError(int status, const QString& message)
{
    // nova/api/openstack/wsgi.py Fault._fault_names; anything else is "computeFault".
    QString name;
    switch (status) {
    case 400:
        name = QStringLiteral("badRequest");
        break;
    case 401:
        name = QStringLiteral("unauthorized");
        break;
    case 403:
        name = QStringLiteral("forbidden");
        break;
    case 404:
        name = QStringLiteral("itemNotFound");
        break;
    case 405:
        name = QStringLiteral("badMethod");
        break;
    case 409:
        name = QStringLiteral("conflictingRequest");
        break;
    case 413:
    case 429:
        name = QStringLiteral("overLimit");
        break;
    case 415:
        name = QStringLiteral("badMediaType");
        break;
    case 501:
        name = QStringLiteral("notImplemented");
        break;
    case 503:
        name = QStringLiteral("serviceUnavailable");
        break;
    default:
        name = QStringLiteral("computeFault");
        break;
    }
    return HttpResponse::json(status,
        QJsonObject {{name, QJsonObject {{QStringLiteral("code"), status}, {QStringLiteral("message"), message}}}});
}

HttpResponse neutronError(int status, const QString& type, const QString& message)
{
    return HttpResponse::json(status,
        QJsonObject {{QStringLiteral("NeutronError"),
            QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("message"), message},
                {QStringLiteral("detail"), QString()}}}});
}

HttpResponse keystoneError(int status, const QString& message)
{
    return HttpResponse::json(status,
        QJsonObject {{QStringLiteral("error"),
            QJsonObject {{QStringLiteral("code"), status}, {QStringLiteral("title"), reason(status)},
                {QStringLiteral("message"), message}}}});
}

HttpResponse glanceError(int status, const QString& message)
{
    const QString title = QString::number(status) + u' ' + reason(status);
    const QString page = QStringLiteral("<html>\n <head>\n  <title>%1</title>\n </head>\n <body>\n  <h1>%1</h1>\n"
                                        "  %2<br /><br />\n\n\n\n </body>\n</html>")
                             .arg(title, message.toHtmlEscaped());
    return HttpResponse::text(status, page.toUtf8(), QByteArrayLiteral("text/html; charset=UTF-8"));
}

HttpResponse serviceError(const QString& service, int status, const QString& message)
{
    if (service == QStringLiteral("identity"))
        return keystoneError(status, message);
    if (service == QStringLiteral("image"))
        return glanceError(status, message);
    if (service == QStringLiteral("network")) {
        const QString type = QStringLiteral("HTTP") + QString(reason(status)).remove(u' ');
        return neutronError(status, type, message);
    }
    return novaError(status, message);
}

HttpResponse unauthorized(const QString& identityUrl)
{
    HttpResponse response = keystoneError(401, QStringLiteral("The request you have made requires authentication."));
    response.header(QByteArrayLiteral("WWW-Authenticate"), "Keystone uri=\"" + identityUrl.toUtf8() + '"');
    return response;
}

HttpResponse proxyDown(const QString& service)
{
    Q_UNUSED(service)
    // What HAProxy in front of an OpenStack API says when no backend is up.
    return HttpResponse::text(503,
        QByteArrayLiteral("<html><body><h1>503 Service Unavailable</h1>\nNo server is "
                          "available to handle this request.\n</body></html>\n"),
        QByteArrayLiteral("text/html"));
}

Page paginate(const QList<QJsonObject>& items, const QUrlQuery& query, int defaultLimit, int maxLimit, bool* badLimit)
{
    Page page;
    *badLimit = false;
    int limit = defaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0) {
            *badLimit = true;
            return page;
        }
    }
    limit = qMin(limit, maxLimit);
    page.limit = limit;
    qsizetype start = 0;
    const QString marker = query.queryItemValue(QStringLiteral("marker"));
    if (!marker.isEmpty()) {
        start = -1;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items[i].value(QStringLiteral("id")).toString() == marker) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            page.markerMissing = true;
            return page;
        }
    }
    page.items = items.mid(start, limit);
    page.full = limit > 0 && page.items.size() == limit;
    return page;
}

QString nextLink(const QString& base, const QUrlQuery& query, int limit, const QString& marker)
{
    QUrlQuery next = query;
    next.removeAllQueryItems(QStringLiteral("limit"));
    next.removeAllQueryItems(QStringLiteral("marker"));
    next.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    next.addQueryItem(QStringLiteral("marker"), marker);
    return base + u'?' + next.toString(QUrl::FullyEncoded);
}

} // namespace ct::sandbox::api
