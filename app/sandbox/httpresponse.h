#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace ct::sandbox {

/// What the sandbox answers. The body is either `body` or a byte range of `file` (streamed, never loaded whole).
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString file;
    qint64 fileOffset = 0;
    qint64 fileLength = 0;
    int delayMs = 0; ///< injected latency
    bool drop = false; ///< injected fault: close the connection without answering

    static HttpResponse json(int status, const QJsonObject& object)
    {
        HttpResponse response;
        response.status = status;
        response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        return response;
    }
    static HttpResponse text(int status, const QByteArray& body, const QByteArray& contentType)
    {
        HttpResponse response;
        response.status = status;
        response.body = body;
        response.headers.append({QByteArrayLiteral("Content-Type"), contentType});
        return response;
    }
    static HttpResponse empty(int status)
    {
        HttpResponse response;
        response.status = status;
        return response;
    }
    HttpResponse& header(const QByteArray& name, const QByteArray& value)
    {
        headers.append({name, value});
        return *this;
    }
    QByteArray headerValue(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace ct::sandbox
