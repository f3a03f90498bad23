#include "sandboxclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QTest>

namespace ct::test {

SandboxReply SandboxClient::send(const QByteArray& method, const QString& pathOrUrl, const QByteArray& body,
    const QList<QPair<QByteArray, QByteArray>>& headers, int timeoutMs)
{
    QNetworkRequest request {QUrl(url(pathOrUrl))};
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = m_manager.sendCustomRequest(request, method, body);
    (void)QTest::qWaitFor([reply]() { return reply->isFinished(); }, timeoutMs);
    SandboxReply out;
    out.elapsedMs = timer.elapsed();
    out.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    reply->abort();
    reply->deleteLater();
    return out;
}

SandboxReply SandboxClient::get(const QString& path, const QByteArray& token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({"X-Auth-Token", token});
    return send("GET", path, {}, headers);
}

SandboxReply SandboxClient::postJson(
    const QString& path, const QJsonObject& body, const QByteArray& token, const QByteArray& microversion)
{
    QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"}};
    if (!token.isEmpty())
        headers.append({"X-Auth-Token", token});
    if (!microversion.isEmpty())
        headers.append({"OpenStack-API-Version", "compute " + microversion});
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QByteArray SandboxClient::login(const QString& user, const QString& password, const QString& project)
{
    const QJsonObject domain {{QStringLiteral("name"), QStringLiteral("Default")}};
    const QJsonObject body {{QStringLiteral("auth"),
        QJsonObject {{QStringLiteral("identity"),
                         QJsonObject {{QStringLiteral("methods"), QJsonArray {QStringLiteral("password")}},
                             {QStringLiteral("password"),
                                 QJsonObject {{QStringLiteral("user"),
                                     QJsonObject {{QStringLiteral("name"), user}, {QStringLiteral("domain"), domain},
                                         {QStringLiteral("password"), password}}}}}}},
            {QStringLiteral("scope"),
                QJsonObject {{QStringLiteral("project"),
                    QJsonObject {{QStringLiteral("name"), project}, {QStringLiteral("domain"), domain}}}}}}}};
    const SandboxReply reply = postJson(QStringLiteral("/identity/v3/auth/tokens"), body);
    return reply.status == 201 ? reply.header("x-subject-token") : QByteArray();
}

} // namespace ct::test
