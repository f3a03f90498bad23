#pragma once

#include "cloud/cloudstack/signer.h"
#include "net/apisession.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace ct::cloudstack {

/// Where the unsigned parameters of a CloudStack request live: the URL's query for GET, the form body for
/// POST. The authenticators read them from there and write them back signed.
Parameters requestParameters(const ApiRequest& request);
void setRequestParameters(ApiRequest& request, const QByteArray& encoded);

/// Signs every attempt with the API key and secret key (signatureversion 3), so that a retried or replayed
/// request carries a fresh `expires` and signature.
class ApiKeyAuthenticator final : public Authenticator
{
public:
    ApiKeyAuthenticator(QString apiKey, QByteArray secretKey);
    void decorate(ApiRequest& request) const override;
    /// Nothing to renew: the replay after a 401 is signed again with a fresh expiry (which helps when a
    /// request waited too long in a queue). A second 401 then reports what the server said.
    QFuture<Status> reauthenticate() override;

    /// For tests and dry runs: the clock used for `expires`.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    QString m_apiKey;
    QByteArray m_secretKey;
    std::function<QDateTime()> m_now;
};

/// User name/password sign-in: POST command=login, then every request carries the `sessionkey` parameter and
/// the JSESSIONID cookie. A 401 (session expired) signs in again once and replays, through ApiSession.
class LoginAuthenticator final : public Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(ct::cloudstack::LoginAuthenticator)

public:
    LoginAuthenticator(ApiSession* session, QUrl apiUrl, QString userName, QByteArray password, QString domain);
    void decorate(ApiRequest& request) const override;
    QFuture<Status> reauthenticate() override;

    bool hasSession() const { return !m_sessionKey.isEmpty(); }
    int logins() const { return m_logins; }

private:
    QPointer<ApiSession> m_session;
    QUrl m_apiUrl;
    QString m_userName;
    QByteArray m_password;
    QString m_domain;
    QString m_sessionKey;
    QByteArray m_sessionCookie; ///< "JSESSIONID=…"
    int m_logins = 0;
};

} // namespace ct::cloudstack
