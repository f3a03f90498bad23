#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

namespace ct {

/// One HTTP call to a cloud API, described as data so that ApiSession can apply one policy to every call
/// (timeouts, retries, re-authentication, TLS, logging) and replay it when that is safe.
struct ApiRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; ///< sent as is; use jsonBody() for JSON
    /// Streamed request body (image upload). Such a request is never replayed: a 401 or 5xx fails it, so
    /// refresh the token before starting a long upload.
    QIODevice* bodyDevice = nullptr;
    qint64 bodyDeviceSize = -1;
    /// Response body streamed here instead of kept in memory (image download); `onChunk` sees every chunk
    /// first, e.g. to hash it.
    QIODevice* sink = nullptr;
    std::function<void(const QByteArray&)> onChunk;

    QList<int> okStatuses {200}; ///< any other status is an error
    bool authenticated = true; ///< add the session's token; 401 triggers one re-authentication + replay
    /// POSTs that create things are not idempotent: they are retried only when the server says it did not
    /// process them (429, 503), never after a dropped connection.
    bool idempotent = true;
    int timeoutMs = 0; ///< 0: the session's default

    // For messages a person reads: "compute" / "list servers".
    QString service;
    QString action;

    static ApiRequest get(QUrl url, QString service, QString action);
    static ApiRequest jsonPost(
        QUrl url, const QJsonDocument& body, QString service, QString action, QList<int> ok = {200, 201, 202});
    ApiRequest& header(const QByteArray& name, const QByteArray& value);
};

/// What came back for a request that succeeded (status in okStatuses).
struct ApiReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString requestId; ///< x-openstack-request-id / x-compute-request-id, when the cloud sent one
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray& name) const; ///< case-insensitive; empty when absent
};

} // namespace ct
