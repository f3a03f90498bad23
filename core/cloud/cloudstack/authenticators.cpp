#include "cloud/cloudstack/authenticators.h"

#include "logging/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QUrlQuery>

namespace ct::cloudstack {

Parameters requestParameters(const ApiRequest& request)
{
    if (request.method == "POST")
        return decodeParameters(request.body);
    return decodeParameters(request.url.query(QUrl::FullyEncoded).toLatin1());
}

void setRequestParameters(ApiRequest& request, const QByteArray& encoded)
{
    if (request.method == "POST") {
        request.body = encoded;
        return;
    }
    request.url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
}

ApiKeyAuthenticator::ApiKeyAuthenticator(QString apiKey, QByteArray secretKey)
    : m_apiKey(std::move(apiKey))
    , m_secretKey(std::move(secretKey))
{ }

void ApiKeyAuthenticator::decorate(ApiRequest& request) const
{
    const QDateTime now = m_now ? m_now() : QDateTime::currentDateTimeUtc();
    setRequestParameters(request, signedParameters(requestParameters(request), m_apiKey, m_secretKey, now));
}

QFuture<Status> ApiKeyAuthenticator::reauthenticate() { return QtFuture::makeReadyFuture(Status()); }

LoginAuthenticator::LoginAuthenticator(
    ApiSession* session, QUrl apiUrl, QString userName, QByteArray password, QString domain)
    : m_session(session)
    , m_apiUrl(std::move(apiUrl))
    , m_userName(std::move(userName))
    , m_password(std::move(password))
    , m_domain(std::move(domain))
{ }

void LoginAuthenticator::decorate(ApiRequest& request) const
{
    Parameters parameters = normalized(requestParameters(request));
    parameters.erase(std::remove_if(parameters.begin(), parameters.end(),
                         [](const auto& p) { return p.first == QLatin1String("sessionkey"); }),
        parameters.end());
    parameters.append({QStringLiteral("sessionkey"), m_sessionKey});
    setRequestParameters(request, encodeParameters(parameters));
    if (!m_sessionCookie.isEmpty())
        request.header("Cookie", m_sessionCookie);
}

QFuture<Status> LoginAuthenticator::reauthenticate()
{
    if (!m_session)
        return QtFuture::makeReadyFuture(Status(makeError(ErrorCode::Internal, QString())));
    ++m_logins;
    ApiRequest login;
    login.method = "POST";
    login.url = m_apiUrl;
    login.url.setQuery(QString());
    login.header("Content-Type", "application/x-www-form-urlencoded");
    login.body = encodeParameters({{QStringLiteral("command"), QStringLiteral("login")},
        {QStringLiteral("username"), m_userName}, {QStringLiteral("password"), QString::fromUtf8(m_password)},
        {QStringLiteral("domain"), m_domain}, {QStringLiteral("response"), QStringLiteral("json")}});
    login.authenticated = false;
    login.service = QStringLiteral("CloudStack");
    login.action = QStringLiteral("login");
    const QString cloud = m_session->cloudName();
    return m_session->call(login).then(m_session.data(), [this, cloud](const Result<ApiReply>& reply) -> Status {
        if (!reply)
            return reply.error();
        const QJsonObject response
            = QJsonDocument::fromJson(reply->body).object().value(QLatin1String("loginresponse")).toObject();
        const QString key = response.value(QLatin1String("sessionkey")).toString();
        if (key.isEmpty())
            return makeError(ErrorCode::AuthenticationFailed,
                tr("%1: CloudStack accepted the login of %2 but sent no session key. The account may need "
                   "two-factor authentication, which CloudTwin does not support; use an API key and "
                   "secret key instead.")
                    .arg(cloud, m_userName));
        m_sessionKey = key;
        m_sessionCookie.clear();
        for (const auto& [name, value] : reply->headers) {
            if (name.compare("set-cookie", Qt::CaseInsensitive) != 0)
                continue;
            for (const QNetworkCookie& cookie : QNetworkCookie::parseCookies(value)) {
                if (cookie.name() == "JSESSIONID")
                    m_sessionCookie = cookie.name() + '=' + cookie.value();
            }
        }
        qCInfo(lcNet) << cloud << "CloudStack login succeeded" << (m_sessionCookie.isEmpty() ? "(no cookie)" : "");
        return {};
    });
}

} // namespace ct::cloudstack
