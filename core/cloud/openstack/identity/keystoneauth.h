#pragma once

#include "cloud/cloudaccount.h"
#include "cloud/openstack/identity/servicecatalog.h"
#include "cloud/openstack/sharedresult.h"
#include "net/apisession.h"
#include "util/clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

namespace ct::openstack {

/// Keystone v3 sign-in for one cloud account: password (project-scoped) or application credential
/// (unscoped by rule: its scope is fixed when it is created). Holds the token and the catalog, adds
/// X-Auth-Token to every authenticated request of the session and renews the token:
///  - proactively, in ensureFreshToken(), when less than renewMargin is left before `expires_at`
///    (Keystone cannot extend a token; a new one needs the secret);
///  - after a 401, through ApiSession::sharedReauthentication(), once for all requests that failed together.
/// Concurrent sign-ins share one request.
class KeystoneAuth : public QObject, public Authenticator
{
    Q_OBJECT

public:
    /// `session` and `clock` must outlive this object; `clock` may be null (system clock).
    KeystoneAuth(ApiSession* session, CloudAccount account, QByteArray secret, const Clock* clock = nullptr,
        QObject* parent = nullptr);

    void decorate(ApiRequest& request) const override;
    QFuture<Status> reauthenticate() override;

    /// Gets a new token now (or joins the sign-in in flight).
    QFuture<Status> authenticate();
    /// Resolves at once while the token has more than renewMargin left; otherwise signs in again.
    QFuture<Status> ensureFreshToken();
    /// The same with a longer margin, before a request that cannot be replayed (a streamed upload).
    QFuture<Status> ensureTokenValidFor(int seconds);

    void setRenewMarginSeconds(int seconds) { m_renewMarginSeconds = seconds; }
    int renewMarginSeconds() const { return m_renewMarginSeconds; }

    bool hasToken() const { return !m_token.isEmpty(); }
    QDateTime expiresAt() const { return m_expiresAt; }
    QString projectId() const { return m_projectId; }
    const ServiceCatalog& catalog() const { return m_catalog; }
    /// The endpoint of a service in the account's region and interface (see ServiceCatalog::find).
    Result<QUrl> endpoint(const QString& service) const;
    bool usesApplicationCredential() const;

    /// {auth_url}/auth/tokens, whether the account's auth URL ends in /v3 or not.
    static QUrl tokensUrl(const QString& authUrl);
    /// The request body Keystone expects for this account (see the api-ref samples auth-password-*,
    /// auth-application-credential-*).
    static QJsonObject requestBody(const CloudAccount& account, const QByteArray& secret);

private:
    Status acceptReply(const Result<ApiReply>& reply);
    QString accountLabel() const;

    QPointer<ApiSession> m_session;
    CloudAccount m_account;
    QByteArray m_secret;
    SystemClock m_systemClock;
    const Clock* m_clock;
    int m_renewMarginSeconds = 300;

    QByteArray m_token;
    QDateTime m_expiresAt;
    QString m_projectId;
    ServiceCatalog m_catalog;
    QElapsedTimer m_obtained;
    SharedResult<Status> m_signIn;
};

} // namespace ct::openstack
