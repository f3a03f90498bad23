#include "cloud/cloudaccount.h"

#include <QCoreApplication>

namespace ct {

namespace {

struct Field
{
    const char* key;
    QString CloudAccount::*member;
};

const Field kFields[] = {
    {"auth_url", &CloudAccount::authUrl},
    {"auth_type", &CloudAccount::authType},
    {"username", &CloudAccount::userName},
    {"user_id", &CloudAccount::userId},
    {"project_name", &CloudAccount::projectName},
    {"project_id", &CloudAccount::projectId},
    {"user_domain_name", &CloudAccount::userDomainName},
    {"user_domain_id", &CloudAccount::userDomainId},
    {"project_domain_name", &CloudAccount::projectDomainName},
    {"project_domain_id", &CloudAccount::projectDomainId},
    {"application_credential_id", &CloudAccount::applicationCredentialId},
    {"application_credential_name", &CloudAccount::applicationCredentialName},
    {"region_name", &CloudAccount::regionName},
    {"interface", &CloudAccount::interface},
    {"api_url", &CloudAccount::apiUrl},
    {"api_key", &CloudAccount::apiKey},
    {"domain", &CloudAccount::domain},
    {"cacert", &CloudAccount::caFile},
};

} // namespace

QJsonObject CloudAccount::settingsJson() const
{
    QJsonObject json;
    for (const Field& field : kFields) {
        const QString& value = this->*field.member;
        if (!value.isEmpty())
            json.insert(QLatin1String(field.key), value);
    }
    if (insecure)
        json.insert(QStringLiteral("insecure"), true);
    if (sandbox)
        json.insert(QStringLiteral("sandbox"), true);
    return json;
}

void CloudAccount::applySettingsJson(const QJsonObject& json)
{
    for (const Field& field : kFields) {
        if (json.contains(QLatin1String(field.key)))
            this->*field.member = json.value(QLatin1String(field.key)).toString();
    }
    insecure = json.value(QStringLiteral("insecure")).toBool();
    sandbox = json.value(QStringLiteral("sandbox")).toBool();
}

QString cloudLabel(const QString& name, bool sandbox, CloudKind kind)
{
    if (!sandbox)
        return name;
    return kind == CloudKind::CloudStack ? QCoreApplication::translate("ct::CloudAccount", "Sandbox (CloudStack)")
                                         : QCoreApplication::translate("ct::CloudAccount", "Sandbox");
}

QString cloudKindName(CloudKind kind)
{
    return kind == CloudKind::OpenStack ? QStringLiteral("openstack") : QStringLiteral("cloudstack");
}

bool cloudKindFromName(const QString& name, CloudKind* kind)
{
    if (name == QLatin1String("openstack")) {
        *kind = CloudKind::OpenStack;
        return true;
    }
    if (name == QLatin1String("cloudstack")) {
        *kind = CloudKind::CloudStack;
        return true;
    }
    return false;
}

} // namespace ct
