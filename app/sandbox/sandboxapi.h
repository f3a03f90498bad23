#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

/// Helpers shared by the service emulators: time formats, ids, and each service's own error body shape.
namespace ct::sandbox::api {

QString newId(); ///< a lower-case UUID with dashes (Nova, Glance, Cinder, Neutron ids)
QString newHexId(); ///< 32 hex digits (Keystone ids, request ids without dashes)
QString stableId(const QString& name); ///< a UUID derived from `name` (default resources keep their ids)
QString isoTime(qint64 ms); ///< 2024-01-02T03:04:05Z (Nova, Neutron, Glance)
QString isoTimeMicro(qint64 ms); ///< 2024-01-02T03:04:05.000000 (Cinder, Keystone without 'Z')
bool parseTime(const QString& text, qint64* ms); ///< ISO 8601, with or without zone

/// Drops the internal '_' fields.
QJsonObject publicView(const QJsonObject& object);

/// Nova and Cinder: {"itemNotFound": {"code": 404, "message": ...}} (wsgi Fault names).
HttpResponse novaError(int status, const QString& message);
/// Neutron: {"NeutronError": {"type": ..., "message": ..., "detail": ""}}.
HttpResponse neutronError(int status, const QString& type, const QString& message);
/// Keystone: {"error": {"code": ..., "title": ..., "message": ...}}.
HttpResponse keystoneError(int status, const QString& message);
/// Glance: webob's HTML error page.
HttpResponse glanceError(int status, const QString& message);
/// The error shape of `service` (identity/compute/image/network/volume).
HttpResponse serviceError(const QString& service, int status, const QString& message);
/// keystonemiddleware's 401, which every service answers for a missing, unknown or expired token.
HttpResponse unauthorized(const QString& identityUrl);
/// A load balancer's page for a service that is down.
HttpResponse proxyDown(const QString& service);
QString reason(int status);

/// One page of `items` (already filtered and sorted): honours `limit` (capped at `maxLimit`) and `marker`.
/// `markerMissing` is set when the marker is unknown. `full` is set when the page is full (services then add a
/// "next" link, as Nova, Cinder and Glance do even when nothing follows).
struct Page
{
    QList<QJsonObject> items;
    bool full = false;
    bool markerMissing = false;
    int limit = 0;
};
Page paginate(const QList<QJsonObject>& items, const QUrlQuery& query, int defaultLimit, int maxLimit, bool* badLimit);

/// `base` + query with limit and marker replaced (for next links).
QString nextLink(const QString& base, const QUrlQuery& query, int limit, const QString& marker);

} // namespace ct::sandbox::api
