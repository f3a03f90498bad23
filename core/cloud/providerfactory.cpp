#include "cloud/providerfactory.h"

#include "cloud/cloudstack/cloudstackprovider.h"
#include "cloud/openstack/openstackprovider.h"

#include <QCoreApplication>
#include <QUrl>

namespace ct {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("ct::ProviderFactory", text); }

Error missing(const CloudAccount& account, const QString& field)
{
    return makeError(ErrorCode::InvalidInput,
        tr("%1: the setting \u201c%2\u201d is empty. Fill it in in this cloud's settings (it is in the "
           "clouds.yaml or openrc file your cloud provides).")
            .arg(account.name, field));
}

Status validateOpenStack(const CloudAccount& account, const QByteArray& secret)
{
    if (account.authUrl.trimmed().isEmpty())
        return missing(account, QStringLiteral("auth_url"));
    const QUrl url(account.authUrl.trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("%1: the auth URL \u201c%2\u201d is not an http(s) address. It looks like "
               "https://keystone.example.com:5000/v3.")
                .arg(account.name, account.authUrl));
    const bool applicationCredential = account.authType == QLatin1String("v3applicationcredential")
        || account.authType == QLatin1String("application_credential");
    if (applicationCredential) {
        if (account.applicationCredentialId.isEmpty() && account.applicationCredentialName.isEmpty())
            return missing(account, QStringLiteral("application_credential_id"));
        if (account.applicationCredentialId.isEmpty() && account.userId.isEmpty() && account.userName.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                tr("%1: an application credential given by name (%2) also needs its user (user_id, or "
                   "username with its domain). Fill it in, or use the credential's id instead.")
                    .arg(account.name, account.applicationCredentialName));
        if (secret.isEmpty())
            return missing(account, QStringLiteral("application_credential_secret"));
        return {};
    }
    if (account.authType != QLatin1String("password") && !account.authType.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("%1: the auth type \u201c%2\u201d is not supported. Use \u201cpassword\u201d or "
               "\u201cv3applicationcredential\u201d.")
                .arg(account.name, account.authType));
    if (account.userName.isEmpty() && account.userId.isEmpty())
        return missing(account, QStringLiteral("username"));
    if (account.projectName.isEmpty() && account.projectId.isEmpty())
        return missing(account, QStringLiteral("project_name"));
    if (secret.isEmpty())
        return missing(account, QStringLiteral("password"));
    return {};
}

Status validateCloudStack(const CloudAccount& account, const QByteArray& secret)
{
    if (account.apiUrl.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("%1: the CloudStack API URL is empty. Fill it in in this cloud's settings; it looks like "
               "https://cloud.example.com/client/api.")
                .arg(account.name));
    const QUrl url(account.apiUrl.trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("%1: the CloudStack API URL \u201c%2\u201d is not an http(s) address. It looks like "
               "https://cloud.example.com/client/api.")
                .arg(account.name, account.apiUrl));
    if (!account.apiKey.isEmpty()) {
        if (secret.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                tr("%1: the CloudStack secret key is empty. Copy it from the CloudStack UI (your user's "
                   "\u201cGenerate keys\u201d) into this cloud's settings.")
                    .arg(account.name));
        return {};
    }
    if (account.userName.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("%1: give either an API key and secret key, or a user name and password (with the domain path, "
               "\u201c/\u201d for ROOT) for this CloudStack cloud.")
                .arg(account.name));
    if (secret.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("%1: the password of CloudStack user %2 is empty. Fill it in in this cloud's settings.")
                .arg(account.name, account.userName));
    return {};
}

} // namespace

Result<CloudProvider*> createProvider(
    const CloudAccount& account, const QByteArray& secret, QObject* parent, const HttpPolicy& policy)
{
    switch (account.kind) {
    case CloudKind::OpenStack: {
        if (Status valid = validateOpenStack(account, secret); !valid)
            return valid.error();
        auto* provider = new openstack::OpenStackProvider(account, secret, policy, parent);
        if (Status tls = provider->prepare(); !tls) {
            delete provider;
            return tls.error();
        }
        return static_cast<CloudProvider*>(provider);
    }
    case CloudKind::CloudStack: {
        if (Status valid = validateCloudStack(account, secret); !valid)
            return valid.error();
        auto* provider = new cloudstack::CloudStackProvider(account, secret, policy, parent);
        if (Status tls = provider->prepare(); !tls) {
            delete provider;
            return tls.error();
        }
        return static_cast<CloudProvider*>(provider);
    }
    }
    return makeError(ErrorCode::Internal, tr("Unknown cloud kind."));
}

} // namespace ct
