#include "net/apirequest.h"

namespace ct {

ApiRequest ApiRequest::get(QUrl url, QString service, QString action)
{
    ApiRequest request;
    request.method = "GET";
    request.url = std::move(url);
    request.service = std::move(service);
    request.action = std::move(action);
    return request;
}

ApiRequest ApiRequest::jsonPost(QUrl url, const QJsonDocument& body, QString service, QString action, QList<int> ok)
{
    ApiRequest request;
    request.method = "POST";
    request.url = std::move(url);
    request.body = body.toJson(QJsonDocument::Compact);
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    request.okStatuses = std::move(ok);
    request.idempotent = false;
    request.service = std::move(service);
    request.action = std::move(action);
    return request;
}

ApiRequest& ApiRequest::header(const QByteArray& name, const QByteArray& value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

QByteArray ApiReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace ct
