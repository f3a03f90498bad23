#pragma once

#include "cloud/types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ct {

/// A user's account on one cloud: everything needed to connect except the secret, which lives in
/// UserSecrets under secretName(). Stored per user in the `clouds` table.
struct CloudAccount
{
    QString id;
    QString name; ///< unique per user; shown everywhere ("Sandbox", "minicloud-demo", ...)
    CloudKind kind = CloudKind::OpenStack;
    bool sandbox = false; ///< the built-in emulator; labelled "Sandbox" in the UI

    // OpenStack (Keystone v3)
    QString authUrl; ///< e.g. https://keystone.example:5000/v3
    QString authType = QStringLiteral("password"); ///< "password" or "v3applicationcredential"
    QString userName;
    QString userId;
    QString projectName;
    QString projectId;
    QString userDomainName;
    QString userDomainId;
    QString projectDomainName;
    QString projectDomainId;
    QString applicationCredentialId;
    QString applicationCredentialName;
    QString regionName;
    QString interface = QStringLiteral("public");

    // CloudStack
    QString apiUrl; ///< e.g. https://cloudstack.example/client/api
    QString apiKey; ///< identifies the key pair; the secret key is the secret
    QString domain; ///< for username/password login

    // TLS
    QString caFile;
    bool insecure = false;

    QDateTime created;

    /// Where the password / application-credential secret / CloudStack secret key is kept in UserSecrets.
    static QString secretName(const QString& accountId) { return QStringLiteral("cloud/%1/secret").arg(accountId); }

    /// Non-secret settings as JSON (the `settings` column). Never contains a secret.
    QJsonObject settingsJson() const;
    void applySettingsJson(const QJsonObject& json);
};

QString cloudKindName(CloudKind kind); ///< "openstack" / "cloudstack"
/// What the UI calls a cloud: its name, or "Sandbox" / "Sandbox (CloudStack)" for the built-in ones.
QString cloudLabel(const QString& name, bool sandbox, CloudKind kind);
inline QString cloudLabel(const CloudAccount& account)
{
    return cloudLabel(account.name, account.sandbox, account.kind);
}
bool cloudKindFromName(const QString& name, CloudKind* kind);

} // namespace ct
