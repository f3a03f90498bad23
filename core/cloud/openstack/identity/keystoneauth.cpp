#include "cloud/openstack/identity/keystoneauth.h"

#include "cloud/openstack/jsonreply.h"
#include "logging/logging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ct::openstack {

namespace {

QJsonObject domainRef(const QString& id, const QString& name)
{
    if (!id.isEmpty())
        return QJsonObject {{QStringLiteral("id"), id}};
    return QJsonObject {{QStringLiteral("name"), name.isEmpty() ? QStringLiteral("Default") : name}};
}

// A token obtained this recently is as fresh as the cloud makes them (see ensureTokenValidFor).
constexpr qint64 kFreshTokenMs = 2000;

} // namespace

KeystoneAuth::KeystoneAuth(
    ApiSession* session, CloudAccount account, QByteArray secret, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_account(std::move(account))
    , m_secret(std::move(secret))
    , m_clock(clock ? clock : &m_systemClock)
{ }

bool KeystoneAuth::usesApplicationCredential() const
{
    return m_account.authType == QLatin1String("v3applicationcredential")
        || m_account.authType == QLatin1String("application_credential");
}

QUrl KeystoneAuth::tokensUrl(const QString& authUrl)
{
    QUrl url(authUrl.trimmed());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/v3")))
        path += QStringLiteral("/v3");
    url.setPath(path + QStringLiteral("/auth/tokens"));
    return url;
}

QJsonObject KeystoneAuth::requestBody(const CloudAccount& account, const QByteArray& secret)
{
    const QString secretText = QString::fromUtf8(secret);
    QJsonObject identity;
    QJsonObject auth;
    if (account.authType == QLatin1String("v3applicationcredential")
        || account.authType == QLatin1String("application_credential")) {
        QJsonObject credential;
        if (!account.applicationCredentialId.isEmpty()) {
            credential.insert(QStringLiteral("id"), account.applicationCredentialId);
        } else {
            credential.insert(QStringLiteral("name"), account.applicationCredentialName);
            QJsonObject user;
            if (!account.userId.isEmpty()) {
                user.insert(QStringLiteral("id"), account.userId);
            } else {
                user.insert(QStringLiteral("name"), account.userName);
                user.insert(QStringLiteral("domain"), domainRef(account.userDomainId, account.userDomainName));
            }
            credential.insert(QStringLiteral("user"), user);
        }
        credential.insert(QStringLiteral("secret"), secretText);
        identity.insert(QStringLiteral("methods"), QJsonArray {QStringLiteral("application_credential")});
        identity.insert(QStringLiteral("application_credential"), credential);
        // No scope: "You are not allowed to request a scope, as the scope is retrieved from the application
        // credential" (Keystone api-ref).
        auth.insert(QStringLiteral("identity"), identity);
        return QJsonObject {{QStringLiteral("auth"), auth}};
    }

    QJsonObject user;
    if (!account.userId.isEmpty()) {
        user.insert(QStringLiteral("id"), account.userId);
    } else {
        user.insert(QStringLiteral("name"), account.userName);
        user.insert(QStringLiteral("domain"), domainRef(account.userDomainId, account.userDomainName));
    }
    user.insert(QStringLiteral("password"), secretText);
    identity.insert(QStringLiteral("methods"), QJsonArray {QStringLiteral("password")});
    identity.insert(QStringLiteral("password"), QJsonObject {{QStringLiteral("user"), user}});
    auth.insert(QStringLiteral("identity"), identity);

    QJsonObject project;
    if (!account.projectId.isEmpty()) {
        project.insert(QStringLiteral("id"), account.projectId);
    } else if (!account.projectName.isEmpty()) {
        project.insert(QStringLiteral("name"), account.projectName);
        project.insert(QStringLiteral("domain"), domainRef(account.projectDomainId, account.projectDomainName));
    }
    if (!project.isEmpty())
        auth.insert(QStringLiteral("scope"), QJsonObject {{QStringLiteral("project"), project}});
    return QJsonObject {{QStringLiteral("auth"), auth}};
}

void KeystoneAuth::decorate(ApiRequest& request) const
{
    if (!m_token.isEmpty())
        request.header("X-Auth-Token", m_token);
}

QFuture<Status> KeystoneAuth::reauthenticate()
{
    // Always a new sign-in: the token was refused, however young it is (revoked, or the clocks disagree).
    // Requests refused together share it through ApiSession::sharedReauthentication() and m_signIn.
    return authenticate();
}

QFuture<Status> KeystoneAuth::ensureFreshToken() { return ensureTokenValidFor(m_renewMarginSeconds); }

QFuture<Status> KeystoneAuth::ensureTokenValidFor(int seconds)
{
    if (hasToken() && m_expiresAt.isValid() && m_clock->now().secsTo(m_expiresAt) > seconds)
        return QtFuture::makeReadyFuture(Status());
    // A token just issued is as fresh as this cloud makes them, even if its lifetime is shorter than asked.
    if (hasToken() && m_obtained.isValid() && m_obtained.elapsed() < kFreshTokenMs
        && m_clock->now().secsTo(m_expiresAt) > m_renewMarginSeconds)
        return QtFuture::makeReadyFuture(Status());
    return authenticate();
}

QFuture<Status> KeystoneAuth::authenticate()
{
    if (m_signIn.running())
        return m_signIn.join();
    if (!m_session)
        return QtFuture::makeReadyFuture(Status(makeError(ErrorCode::Internal, tr("The session has closed."))));

    ApiRequest request = ApiRequest::jsonPost(tokensUrl(m_account.authUrl),
        QJsonDocument(requestBody(m_account, m_secret)), QStringLiteral("identity"), tr("sign in"), {200, 201, 401});
    request.authenticated = false;
    request.idempotent = true; // a second token is harmless, so a dropped sign-in may be sent again
    qCInfo(lcCloud).noquote() << m_session->cloudName() << "signing in to Keystone as" << accountLabel();
    QFuture<Status> joined = m_signIn.join();
    m_signIn.start(m_session->call(std::move(request))
                       .then(this, [this](const Result<ApiReply>& reply) { return acceptReply(reply); }),
        this);
    return joined;
}

QString KeystoneAuth::accountLabel() const
{
    if (usesApplicationCredential())
        return tr("application credential %1")
            .arg(m_account.applicationCredentialId.isEmpty() ? m_account.applicationCredentialName
                                                             : m_account.applicationCredentialId);
    return tr("user %1").arg(m_account.userName.isEmpty() ? m_account.userId : m_account.userName);
}

Status KeystoneAuth::acceptReply(const Result<ApiReply>& reply)
{
    const QString cloud = m_session ? m_session->cloudName() : m_account.name;
    if (!reply) {
        Error error = reply.error();
        if (error.code == ErrorCode::NotFound)
            error.message += QLatin1Char(' ')
                + tr("Check the auth URL (%1): it should point to Keystone, e.g. https://keystone.example:5000/v3.")
                      .arg(m_account.authUrl);
        return error;
    }
    if (reply->status == 401) {
        const QString said = extractCloudMessage(reply->body, reply->header("Content-Type"));
        Error error;
        error.code = ErrorCode::AuthenticationFailed;
        error.httpStatus = 401;
        if (usesApplicationCredential())
            error.message = tr("%1: Keystone refused the %2 (HTTP 401). The cloud said: \u201c%3\u201d. The "
                               "application credential may have expired or been deleted, or its user lost the role "
                               "on the project. Create a new application credential and enter it in this cloud's "
                               "settings.")
                                .arg(cloud, accountLabel(), said);
        else
            error.message = tr("%1: Keystone refused the sign-in of %2 (HTTP 401). The cloud said: \u201c%3\u201d. "
                               "Check the password, the user name and domain, and the project in this cloud's "
                               "settings.")
                                .arg(cloud, accountLabel(), said);
        return error;
    }

    const QByteArray token = reply->header("X-Subject-Token");
    const QString action = tr("sign in");
    if (token.isEmpty())
        return makeError(ErrorCode::UnexpectedResponse,
            tr("%1: Keystone accepted the sign-in but sent no X-Subject-Token header. A proxy in front "
               "of Keystone may strip it; tell the cloud's administrator.")
                .arg(cloud));
    const auto body = parseJsonObject(*reply, cloud, QStringLiteral("identity"), action);
    if (!body)
        return body.error();
    const QJsonObject tokenObject = body->value(QLatin1String("token")).toObject();
    const QDateTime expires = parseOpenStackTime(tokenObject.value(QLatin1String("expires_at")).toString());
    if (!expires.isValid())
        return makeError(ErrorCode::UnexpectedResponse,
            tr("%1: Keystone's token has no readable expires_at (\u201c%2\u201d).")
                .arg(cloud, tokenObject.value(QLatin1String("expires_at")).toString()));

    m_token = token;
    m_expiresAt = expires;
    m_projectId = tokenObject.value(QLatin1String("project")).toObject().value(QLatin1String("id")).toString();
    m_catalog = ServiceCatalog::fromJson(tokenObject.value(QLatin1String("catalog")).toArray());
    m_obtained.start();
    qCInfo(lcCloud).noquote() << cloud << "signed in; expiry" << m_expiresAt.toString(Qt::ISODate) << "catalog"
                              << m_catalog.endpoints().size() << "endpoints";
    if (m_catalog.isEmpty())
        return makeError(ErrorCode::Unavailable,
            tr("%1: Keystone signed you in but sent an empty service catalog, so no service can be "
               "reached. The token is probably not scoped to a project: set the project in this "
               "cloud's settings.")
                .arg(cloud));
    return {};
}

Result<QUrl> KeystoneAuth::endpoint(const QString& service) const
{
    return m_catalog.find(
        service, m_account.regionName, m_account.interface, m_session ? m_session->cloudName() : m_account.name);
}

} // namespace ct::openstack
