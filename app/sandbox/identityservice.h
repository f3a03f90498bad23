#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "sandboxcontext.h"

#include <QJsonArray>
#include <QStringList>

namespace ct::sandbox {

/// Keystone v3 at /identity: password, application_credential and token auth, token validation, the catalog.
/// Users (domain Default): demo/demo-secret in project demo, backup/backup-secret in project backup; each has an
/// application credential `<user>-appcred` with secret `<user>-appcred-secret`.
class IdentityService
{
public:
    explicit IdentityService(SandboxContext* context);

    /// `path` is below /identity (e.g. "/v3/auth/tokens").
    HttpResponse handle(const HttpRequest& request, const QString& path);

    /// The token's store object when it is known and not expired; empty otherwise.
    QJsonObject validate(const QByteArray& token) const;

    static QString projectId(const QString& projectName);
    static QString userId(const QString& userName);
    static QStringList projectNames(); ///< demo, backup
    static QString adminProjectId(); ///< owner of shared resources (public network, public images)

private:
    HttpResponse issue(const HttpRequest& request);
    QJsonObject tokenBody(const QJsonObject& token, bool withCatalog) const;
    QJsonArray catalog(const QString& projectId) const;
    QString identityUrl() const;

    SandboxContext* m_context;
};

} // namespace ct::sandbox
