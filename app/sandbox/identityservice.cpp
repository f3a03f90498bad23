#include "identityservice.h"

#include "sandboxapi.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace ct::sandbox {

namespace {

struct User
{
    QString name;
    QString password;
    QString project;
};

const QList<User>& users()
{
    static const QList<User> list = {
        {QStringLiteral("demo"), QStringLiteral("demo-secret"), QStringLiteral("demo")},
        {QStringLiteral("backup"), QStringLiteral("backup-secret"), QStringLiteral("backup")},
    };
    return list;
}

QString hexId(const QString& seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex());
}

const User* findUser(const QJsonObject& user)
{
    const QString id = user.value(QStringLiteral("id")).toString();
    const QString name = user.value(QStringLiteral("name")).toString();
    const QJsonObject domain = user.value(QStringLiteral("domain")).toObject();
    for (const User& candidate : users()) {
        if (!id.isEmpty() && IdentityService::userId(candidate.name) == id)
            return &candidate;
        if (!name.isEmpty() && candidate.name == name) {
            const QString domainName = domain.value(QStringLiteral("name")).toString();
            const QString domainId = domain.value(QStringLiteral("id")).toString();
            if (domainName == QStringLiteral("Default") || domainId == QStringLiteral("default"))
                return &candidate;
        }
    }
    return nullptr;
}

QString newToken()
{
    QByteArray random(132, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
    // Shaped like a Fernet token (clients must treat it as opaque anyway).
    return QStringLiteral("gAAAAAB")
        + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject defaultDomain()
{
    return QJsonObject {
        {QStringLiteral("id"), QStringLiteral("default")}, {QStringLiteral("name"), QStringLiteral("Default")}};
}

} // namespace

IdentityService::IdentityService(SandboxContext* context)
    : m_context(context)
{ }

QString IdentityService::projectId(const QString& projectName)
{
    return hexId(QStringLiteral("sandbox-project-") + projectName);
}

QString IdentityService::userId(const QString& userName) { return hexId(QStringLiteral("sandbox-user-") + userName); }

QStringList IdentityService::projectNames() { return {QStringLiteral("demo"), QStringLiteral("backup")}; }

QString IdentityService::adminProjectId() { return projectId(QStringLiteral("admin")); }

QString IdentityService::identityUrl() const { return m_context->baseUrl + QStringLiteral("/identity"); }

QJsonObject IdentityService::validate(const QByteArray& token) const
{
    if (token.isEmpty())
        return {};
    const QJsonObject object = m_context->store->item(QStringLiteral("tokens"), QString::fromLatin1(token));
    if (object.isEmpty())
        return {};
    const qint64 now = SandboxStore::nowMs();
    if (object.value(QStringLiteral("expires_ms")).toInteger() <= now)
        return {};
    if (object.value(QStringLiteral("issued_ms")).toInteger() <= m_context->tokensValidAfterMs)
        return {};
    return object;
}

HttpResponse IdentityService::handle(const HttpRequest& request, const QString& path)
{
    const QString versionHref = identityUrl() + QStringLiteral("/v3/");
    const QJsonObject version {
        {QStringLiteral("id"), QStringLiteral("v3.14")},
        {QStringLiteral("status"), QStringLiteral("stable")},
        {QStringLiteral("updated"), QStringLiteral("2020-04-07T00:00:00Z")},
        {QStringLiteral("links"),
            QJsonArray {
                QJsonObject {{QStringLiteral("rel"), QStringLiteral("self")}, {QStringLiteral("href"), versionHref}}}},
        {QStringLiteral("media-types"),
            QJsonArray {QJsonObject {{QStringLiteral("base"), QStringLiteral("application/json")},
                {QStringLiteral("type"), QStringLiteral("application/vnd.openstack.identity-v3+json")}}}},
    };
    if ((path.isEmpty() || path == QStringLiteral("/")) && request.method == "GET")
        return HttpResponse::json(300,
            QJsonObject {{QStringLiteral("versions"), QJsonObject {{QStringLiteral("values"), QJsonArray {version}}}}});
    if ((path == QStringLiteral("/v3") || path == QStringLiteral("/v3/")) && request.method == "GET")
        return HttpResponse::json(200, QJsonObject {{QStringLiteral("version"), version}});

    if (path == QStringLiteral("/v3/auth/tokens")) {
        if (request.method == "POST")
            return issue(request);
        const QJsonObject caller = validate(request.header("x-auth-token"));
        if (caller.isEmpty())
            return api::unauthorized(identityUrl());
        const QByteArray subjectId = request.header("x-subject-token");
        const QJsonObject subject = validate(subjectId);
        if (subject.isEmpty())
            return api::keystoneError(
                404, QStringLiteral("Could not find token: %1.").arg(QString::fromLatin1(subjectId)));
        if (request.method == "GET" || request.method == "HEAD") {
            const bool noCatalog = request.query.hasQueryItem(QStringLiteral("nocatalog"));
            return HttpResponse::json(200, tokenBody(subject, !noCatalog))
                .header(QByteArrayLiteral("X-Subject-Token"), subjectId);
        }
        if (request.method == "DELETE") {
            m_context->store->remove(QStringLiteral("tokens"), QString::fromLatin1(subjectId));
            return HttpResponse::empty(204);
        }
        return api::keystoneError(405, QStringLiteral("The method is not allowed for the requested URL."));
    }
    if (path == QStringLiteral("/v3/auth/catalog") && request.method == "GET") {
        const QJsonObject caller = validate(request.header("x-auth-token"));
        if (caller.isEmpty())
            return api::unauthorized(identityUrl());
        return HttpResponse::json(200,
            QJsonObject {{QStringLiteral("catalog"), catalog(caller.value(QStringLiteral("project_id")).toString())},
                {QStringLiteral("links"),
                    QJsonObject {
                        {QStringLiteral("self"), QString(identityUrl() + QStringLiteral("/v3/auth/catalog"))}}}});
    }
    if (path == QStringLiteral("/v3/auth/projects") && request.method == "GET") {
        const QJsonObject caller = validate(request.header("x-auth-token"));
        if (caller.isEmpty())
            return api::unauthorized(identityUrl());
        const QString name = caller.value(QStringLiteral("project_name")).toString();
        return HttpResponse::json(200,
            QJsonObject {{QStringLiteral("projects"),
                QJsonArray {QJsonObject {{QStringLiteral("id"), projectId(name)}, {QStringLiteral("name"), name},
                    {QStringLiteral("domain_id"), QStringLiteral("default")}, {QStringLiteral("enabled"), true},
                    {QStringLiteral("is_domain"), false}, {QStringLiteral("parent_id"), QStringLiteral("default")}}}}});
    }
    return api::keystoneError(404, QStringLiteral("The resource could not be found."));
}

HttpResponse IdentityService::issue(const HttpRequest& request)
{
    QJsonObject body;
    if (!request.jsonBody(&body))
        return api::keystoneError(400,
            QStringLiteral("Expecting to find auth in request body. The server could not "
                           "comply with the request since it is either malformed or "
                           "otherwise incorrect. The client is assumed to be in error."));
    const QJsonObject auth = body.value(QStringLiteral("auth")).toObject();
    const QJsonObject identity = auth.value(QStringLiteral("identity")).toObject();
    const QJsonArray methods = identity.value(QStringLiteral("methods")).toArray();
    if (auth.isEmpty() || identity.isEmpty() || methods.isEmpty())
        return api::keystoneError(400,
            QStringLiteral("Invalid input for field 'identity': 'methods' is a required "
                           "property"));
    const QString method = methods.first().toString();
    const QJsonValue scopeValue = auth.value(QStringLiteral("scope"));
    const qint64 now = SandboxStore::nowMs();
    const auto denied = [this]() { return api::unauthorized(identityUrl()); };

    const User* user = nullptr;
    QString appCredId;
    qint64 expires = now + qint64(m_context->tokenLifetimeS) * 1000;
    if (method == QStringLiteral("password")) {
        const QJsonObject userObject
            = identity.value(QStringLiteral("password")).toObject().value(QStringLiteral("user")).toObject();
        user = findUser(userObject);
        if (!user || userObject.value(QStringLiteral("password")).toString() != user->password)
            return denied();
    } else if (method == QStringLiteral("application_credential")) {
        const QJsonObject credential = identity.value(QStringLiteral("application_credential")).toObject();
        const QString id = credential.value(QStringLiteral("id")).toString();
        const QString name = credential.value(QStringLiteral("name")).toString();
        for (const User& candidate : users()) {
            const QString candidateId = candidate.name + QStringLiteral("-appcred");
            const bool byId = id == candidateId;
            const bool byName = id.isEmpty() && name == candidateId
                && findUser(credential.value(QStringLiteral("user")).toObject()) == &candidate;
            if (byId || byName) {
                user = &candidate;
                appCredId = candidateId;
            }
        }
        if (!user || credential.value(QStringLiteral("secret")).toString() != appCredId + QStringLiteral("-secret"))
            return denied();
        if (!scopeValue.isUndefined())
            return denied(); // "Application credentials cannot request a scope."
    } else if (method == QStringLiteral("token")) {
        const QJsonObject previous = validate(
            identity.value(QStringLiteral("token")).toObject().value(QStringLiteral("id")).toString().toLatin1());
        if (previous.isEmpty())
            return denied();
        for (const User& candidate : users()) {
            if (userId(candidate.name) == previous.value(QStringLiteral("user_id")).toString())
                user = &candidate;
        }
        // A token made from a token keeps the original expiry (Keystone never extends it).
        expires = previous.value(QStringLiteral("expires_ms")).toInteger();
        appCredId = previous.value(QStringLiteral("app_cred_id")).toString();
        if (!user)
            return denied();
    } else {
        return api::keystoneError(401, QStringLiteral("The request you have made requires authentication."));
    }

    // Scope: only the user's own project exists for it; no scope means its default project.
    QString projectName = user->project;
    if (scopeValue.isObject()) {
        const QJsonObject project = scopeValue.toObject().value(QStringLiteral("project")).toObject();
        if (project.isEmpty())
            return api::keystoneError(401, QStringLiteral("The request you have made requires authentication."));
        const QString id = project.value(QStringLiteral("id")).toString();
        const QString name = project.value(QStringLiteral("name")).toString();
        const QJsonObject domain = project.value(QStringLiteral("domain")).toObject();
        const bool domainOk = domain.value(QStringLiteral("name")).toString() == QStringLiteral("Default")
            || domain.value(QStringLiteral("id")).toString() == QStringLiteral("default");
        const bool matches
            = (!id.isEmpty() && id == projectId(user->project)) || (id.isEmpty() && name == user->project && domainOk);
        if (!matches)
            return denied(); // Keystone hides "User x has no access to project y" unless insecure_debug is on
    }

    // Forget expired tokens so the state file does not grow without bound.
    const auto& tokens = m_context->store->items(QStringLiteral("tokens"));
    QStringList expired;
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
        if (it->value(QStringLiteral("expires_ms")).toInteger() < now)
            expired.append(it.key());
    }
    for (const QString& id : expired)
        m_context->store->remove(QStringLiteral("tokens"), id);

    const QString tokenId = newToken();
    QJsonObject token {
        {QStringLiteral("id"), tokenId},
        {QStringLiteral("user_id"), userId(user->name)},
        {QStringLiteral("user_name"), user->name},
        {QStringLiteral("project_id"), projectId(projectName)},
        {QStringLiteral("project_name"), projectName},
        {QStringLiteral("method"), method == QStringLiteral("token") ? QStringLiteral("token") : method},
        {QStringLiteral("issued_ms"), qMax(now, m_context->tokensValidAfterMs + 1)},
        {QStringLiteral("expires_ms"), expires},
        {QStringLiteral("audit_id"),
            QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64(
                QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))},
    };
    if (!appCredId.isEmpty())
        token.insert(QStringLiteral("app_cred_id"), appCredId);
    m_context->store->put(QStringLiteral("tokens"), token);
    return HttpResponse::json(201, tokenBody(token, true))
        .header(QByteArrayLiteral("X-Subject-Token"), tokenId.toLatin1());
}

QJsonObject IdentityService::tokenBody(const QJsonObject& token, bool withCatalog) const
{
    const QString projectId = token.value(QStringLiteral("project_id")).toString();
    QJsonObject body {
        {QStringLiteral("methods"), QJsonArray {token.value(QStringLiteral("method"))}},
        {QStringLiteral("user"),
            QJsonObject {{QStringLiteral("domain"), defaultDomain()},
                {QStringLiteral("id"), token.value(QStringLiteral("user_id"))},
                {QStringLiteral("name"), token.value(QStringLiteral("user_name"))},
                {QStringLiteral("password_expires_at"), QJsonValue::Null}}},
        {QStringLiteral("audit_ids"), QJsonArray {token.value(QStringLiteral("audit_id"))}},
        {QStringLiteral("expires_at"),
            QString(api::isoTimeMicro(token.value(QStringLiteral("expires_ms")).toInteger()) + u'Z')},
        {QStringLiteral("issued_at"),
            QString(api::isoTimeMicro(token.value(QStringLiteral("issued_ms")).toInteger()) + u'Z')},
        {QStringLiteral("project"),
            QJsonObject {{QStringLiteral("domain"), defaultDomain()}, {QStringLiteral("id"), projectId},
                {QStringLiteral("name"), token.value(QStringLiteral("project_name"))}}},
        {QStringLiteral("is_domain"), false},
        {QStringLiteral("roles"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), hexId(QStringLiteral("role-member"))},
                            {QStringLiteral("name"), QStringLiteral("member")}},
                QJsonObject {{QStringLiteral("id"), hexId(QStringLiteral("role-reader"))},
                    {QStringLiteral("name"), QStringLiteral("reader")}}}},
    };
    const QString appCred = token.value(QStringLiteral("app_cred_id")).toString();
    if (!appCred.isEmpty())
        body.insert(QStringLiteral("application_credential"),
            QJsonObject {{QStringLiteral("id"), appCred}, {QStringLiteral("name"), appCred},
                {QStringLiteral("restricted"), true}});
    if (withCatalog)
        body.insert(QStringLiteral("catalog"), catalog(projectId));
    return QJsonObject {{QStringLiteral("token"), body}};
}

QJsonArray IdentityService::catalog(const QString& projectId) const
{
    const auto service = [this](const QString& type, const QString& name, const QString& url) {
        QJsonArray endpoints;
        for (const QString& interface :
            {QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("admin")}) {
            endpoints.append(QJsonObject {{QStringLiteral("id"), hexId(type + interface)},
                {QStringLiteral("interface"), interface}, {QStringLiteral("region"), QStringLiteral("RegionOne")},
                {QStringLiteral("region_id"), QStringLiteral("RegionOne")},
                {QStringLiteral("url"), QString(m_context->baseUrl + url)}});
        }
        return QJsonObject {{QStringLiteral("endpoints"), endpoints},
            {QStringLiteral("id"), hexId(QStringLiteral("service-") + type)}, {QStringLiteral("type"), type},
            {QStringLiteral("name"), name}};
    };
    const QString volumePath = QStringLiteral("/volume/v3/") + projectId;
    return QJsonArray {
        service(QStringLiteral("identity"), QStringLiteral("keystone"), QStringLiteral("/identity")),
        service(QStringLiteral("compute"), QStringLiteral("nova"), QStringLiteral("/compute/v2.1")),
        service(QStringLiteral("image"), QStringLiteral("glance"), QStringLiteral("/image")),
        service(QStringLiteral("network"), QStringLiteral("neutron"), QStringLiteral("/network")),
        service(QStringLiteral("volumev3"), QStringLiteral("cinderv3"), volumePath),
        service(QStringLiteral("block-storage"), QStringLiteral("cinder"), volumePath),
    };
}

} // namespace ct::sandbox
