#include "cloudstackservice.h"

#include "sandboxapi.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ct::sandbox {

namespace {

constexpr int kMaxPageSize = 500; // default.page.size

QString str(const QJsonObject& object, const char* key) { return object.value(QLatin1String(key)).toString(); }

QString password(const QString& account) { return account + u"-secret"_s; }

/// The Java class of each async command (queryAsyncJobResult's "cmd").
QString commandClass(const QString& command)
{
    static const QHash<QString, QString> classes = {
        {u"deployVirtualMachine"_s, u"org.apache.cloudstack.api.command.user.vm.DeployVMCmd"_s},
        {u"startVirtualMachine"_s, u"org.apache.cloudstack.api.command.user.vm.StartVMCmd"_s},
        {u"stopVirtualMachine"_s, u"org.apache.cloudstack.api.command.user.vm.StopVMCmd"_s},
        {u"rebootVirtualMachine"_s, u"org.apache.cloudstack.api.command.user.vm.RebootVMCmd"_s},
        {u"destroyVirtualMachine"_s, u"org.apache.cloudstack.api.command.user.vm.DestroyVMCmd"_s},
        {u"scaleVirtualMachine"_s, u"org.apache.cloudstack.api.command.user.vm.ScaleVMCmd"_s},
        {u"restoreVirtualMachine"_s, u"org.apache.cloudstack.api.command.user.vm.RestoreVMCmd"_s},
        {u"createSnapshot"_s, u"org.apache.cloudstack.api.command.user.snapshot.CreateSnapshotCmd"_s},
        {u"deleteSnapshot"_s, u"org.apache.cloudstack.api.command.user.snapshot.DeleteSnapshotCmd"_s},
        {u"createTemplate"_s, u"org.apache.cloudstack.api.command.user.template.CreateTemplateCmd"_s},
        {u"deleteTemplate"_s, u"org.apache.cloudstack.api.command.user.template.DeleteTemplateCmd"_s},
        {u"extractTemplate"_s, u"org.apache.cloudstack.api.command.user.template.ExtractTemplateCmd"_s},
        {u"createVolume"_s, u"org.apache.cloudstack.api.command.user.volume.CreateVolumeCmd"_s},
        {u"attachVolume"_s, u"org.apache.cloudstack.api.command.user.volume.AttachVolumeCmd"_s},
        {u"detachVolume"_s, u"org.apache.cloudstack.api.command.user.volume.DetachVolumeCmd"_s},
        {u"createVMSnapshot"_s, u"org.apache.cloudstack.api.command.user.vmsnapshot.CreateVMSnapshotCmd"_s},
        {u"deleteVMSnapshot"_s, u"org.apache.cloudstack.api.command.user.vmsnapshot.DeleteVMSnapshotCmd"_s},
        {u"authorizeSecurityGroupIngress"_s,
            u"org.apache.cloudstack.api.command.user.securitygroup.AuthorizeSecurityGroupIngressCmd"_s},
        {u"associateIpAddress"_s, u"org.apache.cloudstack.api.command.user.address.AssociateIPAddrCmd"_s},
        {u"disassociateIpAddress"_s, u"org.apache.cloudstack.api.command.user.address.DisassociateIPAddrCmd"_s},
        {u"disableStaticNat"_s, u"org.apache.cloudstack.api.command.user.nat.DisableStaticNatCmd"_s},
        {u"createFirewallRule"_s, u"org.apache.cloudstack.api.command.user.firewall.CreateFirewallRuleCmd"_s},
        {u"createTags"_s, u"org.apache.cloudstack.api.command.user.tag.CreateTagsCmd"_s},
        {u"deleteTags"_s, u"org.apache.cloudstack.api.command.user.tag.DeleteTagsCmd"_s},
    };
    return classes.value(command, u"org.apache.cloudstack.api.command.user."_s + command);
}

QHash<QByteArray, QByteArray> cookies(const HttpRequest& request)
{
    QHash<QByteArray, QByteArray> out;
    for (const QByteArray& part : request.header("cookie").split(';')) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0)
            out.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return out;
}

} // namespace

CloudStackService::CloudStackService(SandboxContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    connect(m_context->store, &SandboxStore::transitioned, this, [this](const QString& collection, const QString& id) {
        if (collection == u"cs_jobs"_s)
            finishJob(id);
    });
}

QString CloudStackService::apiKey(const QString& account)
{
    // 86 characters like a real key: base64url of 64 bytes, stable per account.
    return QString::fromLatin1(QCryptographicHash::hash(
        QByteArray("cloudtwin-sandbox-cloudstack-apikey:" + account.toUtf8()), QCryptographicHash::Sha512)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString CloudStackService::secretKey(const QString& account)
{
    return QString::fromLatin1(QCryptographicHash::hash(
        QByteArray("cloudtwin-sandbox-cloudstack-secret:" + account.toUtf8()), QCryptographicHash::Sha512)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// ---------------------------------------------------------------------------------------------------------------
// Request entry, authentication

HttpResponse CloudStackService::handle(const HttpRequest& request)
{
    if (request.path.startsWith(u"/userdata/"_s))
        return download(request);
    if (request.path.startsWith(u"/upload/"_s))
        return upload(request);
    if (request.path == u"/client/api"_s || request.path == u"/client/api/"_s)
        return api(request);
    return HttpResponse::text(404, QByteArrayLiteral("<html><body><h1>HTTP Status 404 - Not Found</h1></body></html>"),
        QByteArrayLiteral("text/html"));
}

HttpResponse CloudStackService::faultResponse(const HttpRequest& request, int status, const QString& text) const
{
    cs::Params params;
    cs::parseForm(request.rawQuery, &params);
    const QString command = params.value(u"command"_s);
    return cs::errorResponse(handlers().contains(command) ? cs::responseName(command) : QString(), status, text, 9999);
}

const QHash<QString, CloudStackService::Handler>& CloudStackService::handlers()
{
    static const QHash<QString, Handler> table = {
        {u"listZones"_s, &CloudStackService::listZones},
        {u"listCapabilities"_s, &CloudStackService::listCapabilities},
        {u"listServiceOfferings"_s, &CloudStackService::listServiceOfferings},
        {u"listDiskOfferings"_s, &CloudStackService::listDiskOfferings},
        {u"listOsTypes"_s, &CloudStackService::listOsTypes},
        {u"listNetworks"_s, &CloudStackService::listNetworks},
        {u"queryAsyncJobResult"_s, &CloudStackService::queryAsyncJobResult},
        {u"listAsyncJobs"_s, &CloudStackService::listAsyncJobs},
        {u"listVirtualMachines"_s, &CloudStackService::listVirtualMachines},
        {u"deployVirtualMachine"_s, &CloudStackService::deployVirtualMachine},
        {u"startVirtualMachine"_s, &CloudStackService::vmAction},
        {u"stopVirtualMachine"_s, &CloudStackService::vmAction},
        {u"rebootVirtualMachine"_s, &CloudStackService::vmAction},
        {u"destroyVirtualMachine"_s, &CloudStackService::destroyVirtualMachine},
        {u"scaleVirtualMachine"_s, &CloudStackService::scaleVirtualMachine},
        {u"restoreVirtualMachine"_s, &CloudStackService::restoreVirtualMachine},
        {u"createVMSnapshot"_s, &CloudStackService::createVMSnapshot},
        {u"listVMSnapshot"_s, &CloudStackService::listVMSnapshot},
        {u"deleteVMSnapshot"_s, &CloudStackService::deleteVMSnapshot},
        {u"listSSHKeyPairs"_s, &CloudStackService::listSSHKeyPairs},
        {u"createSSHKeyPair"_s, &CloudStackService::createSSHKeyPair},
        {u"registerSSHKeyPair"_s, &CloudStackService::createSSHKeyPair},
        {u"deleteSSHKeyPair"_s, &CloudStackService::deleteSSHKeyPair},
        {u"listSecurityGroups"_s, &CloudStackService::listSecurityGroups},
        {u"createSecurityGroup"_s, &CloudStackService::createSecurityGroup},
        {u"authorizeSecurityGroupIngress"_s, &CloudStackService::authorizeSecurityGroupIngress},
        {u"associateIpAddress"_s, &CloudStackService::associateIpAddress},
        {u"disassociateIpAddress"_s, &CloudStackService::disassociateIpAddress},
        {u"enableStaticNat"_s, &CloudStackService::enableStaticNat},
        {u"disableStaticNat"_s, &CloudStackService::disableStaticNat},
        {u"deleteSecurityGroup"_s, &CloudStackService::deleteSecurityGroup},
        {u"createFirewallRule"_s, &CloudStackService::createFirewallRule},
        {u"listFirewallRules"_s, &CloudStackService::listFirewallRules},
        {u"listPublicIpAddresses"_s, &CloudStackService::listPublicIpAddresses},
        {u"createTags"_s, &CloudStackService::createTags},
        {u"deleteTags"_s, &CloudStackService::deleteTags},
        {u"listTemplates"_s, &CloudStackService::listTemplates},
        {u"createTemplate"_s, &CloudStackService::createTemplate},
        {u"deleteTemplate"_s, &CloudStackService::deleteTemplate},
        {u"extractTemplate"_s, &CloudStackService::extractTemplate},
        {u"getUploadParamsForTemplate"_s, &CloudStackService::getUploadParamsForTemplate},
        {u"listVolumes"_s, &CloudStackService::listVolumes},
        {u"createVolume"_s, &CloudStackService::createVolume},
        {u"attachVolume"_s, &CloudStackService::attachVolume},
        {u"detachVolume"_s, &CloudStackService::detachVolume},
        {u"deleteVolume"_s, &CloudStackService::deleteVolume},
        {u"createSnapshot"_s, &CloudStackService::createSnapshot},
        {u"listSnapshots"_s, &CloudStackService::listSnapshots},
        {u"deleteSnapshot"_s, &CloudStackService::deleteSnapshot},
    };
    return table;
}

HttpResponse CloudStackService::api(const HttpRequest& request)
{
    const cs::Params params = cs::requestParams(request);
    const QString command = params.value(u"command"_s);
    if (command == u"login"_s)
        return login(request, params);
    if (command == u"logout"_s)
        return logout(request);
    const bool known = handlers().contains(command);
    const QString response = known ? cs::responseName(command) : QString();

    bool hadSession = false;
    QString account = sessionAccount(request, params, &hadSession);
    if (hadSession && account.isEmpty())
        return cs::errorResponse(response, 401, u"unable to verify user credentials"_s, 0);
    if (!known && (account.isEmpty() ? !command.isEmpty() : true))
        return cs::errorResponse(
            QString(), 432, u"The given command does not exist or it is not available for user"_s, 9999);
    if (account.isEmpty())
        account = verifySignature(params);
    if (account.isEmpty())
        return cs::errorResponse(response, 401, u"unable to verify user credentials and/or request signature"_s, 0);

    Call call {command, params, account, &request};
    try {
        return (this->*handlers().value(command))(call);
    } catch (const cs::Error& error) {
        return cs::errorResponse(response, error.code, error.text, error.csCode);
    }
}

QString CloudStackService::verifySignature(const cs::Params& params) const
{
    QString apiKeyValue;
    QByteArray given;
    QString signatureVersion;
    QString expires;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.key().compare(u"signature"_s, Qt::CaseInsensitive) == 0)
            given = it.value().toUtf8();
        else if (it.key().compare(u"apiKey"_s, Qt::CaseInsensitive) == 0)
            apiKeyValue = it.value();
        else if (it.key().compare(u"signatureVersion"_s, Qt::CaseInsensitive) == 0)
            signatureVersion = it.value();
        else if (it.key().compare(u"expires"_s, Qt::CaseInsensitive) == 0)
            expires = it.value();
    }
    if (given.isEmpty() || apiKeyValue.isEmpty())
        return {};
    if (signatureVersion == u"3"_s) {
        qint64 expiresMs = 0;
        if (expires.isEmpty() || !cs::parseExpires(expires, &expiresMs) || expiresMs < SandboxStore::nowMs())
            return {};
    }
    for (const QString& account : accounts()) {
        if (apiKey(account) == apiKeyValue)
            return cs::constantTimeEquals(given, cs::signature(params, secretKey(account))) ? account : QString();
    }
    return {};
}

QString CloudStackService::sessionAccount(const HttpRequest& request, const cs::Params& params, bool* hadSession) const
{
    const QHash<QByteArray, QByteArray> jar = cookies(request);
    const QString sessionId = QString::fromLatin1(jar.value("JSESSIONID"));
    const QJsonObject session
        = sessionId.isEmpty() ? QJsonObject() : m_context->store->item(u"cs_sessions"_s, sessionId);
    *hadSession = !session.isEmpty();
    if (session.isEmpty())
        return {};
    const QString key = params.contains(u"sessionkey"_s) ? params.value(u"sessionkey"_s)
                                                         : QString::fromLatin1(jar.value("sessionkey"));
    if (key.isEmpty() || !cs::constantTimeEquals(key.toUtf8(), str(session, "sessionkey").toUtf8())) {
        m_context->store->remove(u"cs_sessions"_s, sessionId); // the servlet invalidates the session
        return {};
    }
    return str(session, "account");
}

HttpResponse CloudStackService::login(const HttpRequest& request, const cs::Params& params)
{
    if (request.method != "POST")
        return cs::errorResponse(
            u"loginresponse"_s, 405, u"Please use HTTP POST to authenticate using this API"_s, 9999);
    const QString user = params.value(u"username"_s);
    QString domain = params.value(u"domain"_s);
    static const QStringList rootNames = {QString(), u"/"_s, u"ROOT"_s, u"/ROOT"_s, u"/ROOT/"_s, u"ROOT/"_s};
    if (!accounts().contains(user) || params.value(u"password"_s) != password(user) || !rootNames.contains(domain))
        return cs::errorResponse(
            u"loginresponse"_s, 531, u"Failed to authenticate user, check if username/password are correct"_s, 0);
    const QString sessionId = api::newHexId().toUpper();
    const QString sessionKey
        = QString::fromLatin1(QCryptographicHash::hash(api::newId().toUtf8(), QCryptographicHash::Sha1)
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_context->store->put(
        u"cs_sessions"_s, QJsonObject {{u"id"_s, sessionId}, {u"sessionkey"_s, sessionKey}, {u"account"_s, user}});
    HttpResponse reply = cs::ok(u"loginresponse"_s,
        QJsonObject {{u"timeout"_s, u"1800"_s}, {u"sessionkey"_s, sessionKey}, {u"username"_s, user},
            {u"userid"_s, api::stableId(u"cs-user-"_s + user)}, {u"domainid"_s, api::stableId(u"cs-domain-ROOT"_s)},
            {u"account"_s, user}, {u"firstname"_s, user}, {u"lastname"_s, u"user"_s}, {u"type"_s, u"0"_s},
            {u"registered"_s, u"false"_s}, {u"is2faenabled"_s, u"false"_s}});
    reply.header(QByteArrayLiteral("Set-Cookie"), "JSESSIONID=" + sessionId.toLatin1() + "; Path=/client; HttpOnly");
    reply.header(QByteArrayLiteral("Set-Cookie"), "sessionkey=" + sessionKey.toLatin1() + ";HttpOnly");
    return reply;
}

HttpResponse CloudStackService::logout(const HttpRequest& request)
{
    const QString sessionId = QString::fromLatin1(cookies(request).value("JSESSIONID"));
    if (!sessionId.isEmpty())
        m_context->store->remove(u"cs_sessions"_s, sessionId);
    HttpResponse reply = cs::ok(u"logoutresponse"_s, QJsonObject {{u"description"_s, u"success"_s}});
    reply.header(QByteArrayLiteral("Set-Cookie"), QByteArrayLiteral("JSESSIONID=; Max-Age=0; Path=/client"));
    reply.header(QByteArrayLiteral("Set-Cookie"), QByteArrayLiteral("sessionkey=; Max-Age=0"));
    return reply;
}

// ---------------------------------------------------------------------------------------------------------------
// Parameters, lists, ownership

QString CloudStackService::require(const Call& call, const QString& name) const
{
    if (!call.has(name))
        throw cs::missingParameter(call.command, name);
    return call.param(name);
}

int CloudStackService::intParam(const Call& call, const QString& name, int fallback) const
{
    if (!call.has(name))
        return fallback;
    bool ok = false;
    const int value = call.param(name).toInt(&ok);
    if (!ok)
        throw cs::Error {431,
            u"Unable to execute API command %1 due to invalid value %2 for parameter %3"_s.arg(
                call.command.toLower(), call.param(name), name),
            9999};
    return value;
}

bool CloudStackService::boolParam(const Call& call, const QString& name, bool fallback) const
{
    return call.has(name) ? call.param(name).compare(u"true"_s, Qt::CaseInsensitive) == 0 : fallback;
}

HttpResponse CloudStackService::list(const Call& call, const QString& key, QList<QJsonObject> items) const
{
    const bool hasPage = call.has(u"page"_s);
    const bool hasSize = call.has(u"pagesize"_s);
    const int pageSize = intParam(call, u"pagesize"_s, -1);
    const int page = intParam(call, u"page"_s, 1);
    if (!hasPage && hasSize && pageSize != -1)
        throw cs::Error {431, u"\"page\" parameter is required when \"pagesize\" is specified"_s, 9999};
    if (hasPage && !hasSize)
        throw cs::Error {431, u"\"pagesize\" parameter is required when \"page\" is specified"_s, 9999};
    if (hasSize && pageSize > kMaxPageSize)
        throw cs::Error {431, u"Page size can't exceed max allowed page size value: %1"_s.arg(kMaxPageSize), 4350};
    if (hasSize && pageSize == -1 && hasPage)
        throw cs::Error {431, u"Can't specify page parameter when pagesize is -1 (Unlimited)"_s, 4350};
    const qsizetype total = items.size();
    if (hasSize && pageSize > 0) {
        const qsizetype start = qsizetype(qMax(page, 1) - 1) * pageSize;
        items = start >= total ? QList<QJsonObject>() : items.mid(start, pageSize);
    } else if (!hasSize && total > kMaxPageSize) {
        items = items.mid(0, kMaxPageSize); // without paging the server returns default.page.size rows
    }
    QJsonObject body;
    if (!items.isEmpty()) {
        QJsonArray array;
        for (const QJsonObject& item : std::as_const(items))
            array.append(item);
        body.insert(u"count"_s, total);
        body.insert(key, array);
    }
    return cs::ok(cs::responseName(call.command), body);
}

QJsonObject CloudStackService::owned(const QString& collection, const Call& call, const QString& paramName) const
{
    const QString id = require(call, paramName);
    const QJsonObject object = m_context->store->item(collection, id);
    if (object.isEmpty())
        throw cs::invalidId(paramName, id);
    if (str(object, "_account") != call.account)
        throw cs::Error {531,
            u"Caller Account[%1] does not have permission to operate with resource %2"_s.arg(call.account, id), 4365};
    return object;
}

void CloudStackService::addOwner(QJsonObject* out, const QString& account) const
{
    out->insert(u"account"_s, account);
    out->insert(u"domainid"_s, api::stableId(u"cs-domain-ROOT"_s));
    out->insert(u"domain"_s, u"ROOT"_s);
}

// ---------------------------------------------------------------------------------------------------------------
// Catalogue

QJsonObject CloudStackService::zone()
{
    static const QJsonObject cached = QJsonObject {{u"id"_s, api::stableId(u"cs-zone-1"_s)},
        {u"name"_s, u"Sandbox-Zone-1"_s}, {u"description"_s, u"CloudTwin sandbox zone"_s},
        {u"networktype"_s, u"Advanced"_s}, {u"securitygroupsenabled"_s, true}, {u"allocationstate"_s, u"Enabled"_s},
        {u"zonetoken"_s, api::stableId(u"cs-zone-token"_s)}, {u"dhcpprovider"_s, u"VirtualRouter"_s},
        {u"localstorageenabled"_s, false}, {u"dns1"_s, u"8.8.8.8"_s}, {u"internaldns1"_s, u"10.0.0.2"_s},
        {u"tags"_s, QJsonArray()}, {u"hasannotations"_s, false}, {u"type"_s, u"Core"_s}};
    return cached;
}

QList<QJsonObject> CloudStackService::serviceOfferings()
{
    static const QList<QJsonObject> offerings = [] {
        QList<QJsonObject> out;
        struct Spec
        {
            const char* name;
            int cpus;
            int speed;
            int memory;
        };
        for (const Spec& spec : {Spec {"Small Instance", 1, 1000, 1024}, Spec {"Medium Instance", 2, 2000, 4096},
                 Spec {"Large Instance", 4, 2000, 8192}, Spec {"Custom", 0, 0, 0}}) {
            const QString name = QString::fromLatin1(spec.name);
            QJsonObject o {{u"id"_s, api::stableId(u"cs-offering-"_s + name)}, {u"name"_s, name},
                {u"displaytext"_s, spec.cpus ? u"%1 vCPU, %2 MB RAM"_s.arg(spec.cpus).arg(spec.memory) : name},
                {u"created"_s, cs::date(1735689600000)}, {u"storagetype"_s, u"shared"_s},
                {u"provisioningtype"_s, u"thin"_s}, {u"offerha"_s, false}, {u"limitcpuuse"_s, false},
                {u"isvolatile"_s, false}, {u"issystem"_s, false}, {u"defaultuse"_s, false},
                {u"iscustomized"_s, spec.cpus == 0}, {u"dynamicscalingenabled"_s, true},
                {u"diskofferingstrictness"_s, false}, {u"hasannotations"_s, false}};
            if (spec.cpus) {
                o.insert(u"cpunumber"_s, spec.cpus);
                o.insert(u"cpuspeed"_s, spec.speed);
                o.insert(u"memory"_s, spec.memory);
            }
            out.append(o);
        }
        return out;
    }();
    return offerings;
}

QList<QJsonObject> CloudStackService::diskOfferings()
{
    static const QList<QJsonObject> offerings = [] {
        QList<QJsonObject> out;
        for (const auto& [name, gb] :
            {std::pair {"Small", 5}, std::pair {"Medium", 20}, std::pair {"Large", 100}, std::pair {"Custom", 0}}) {
            const QString n = QString::fromLatin1(name);
            out.append(QJsonObject {{u"id"_s, api::stableId(u"cs-diskoffering-"_s + n)}, {u"name"_s, n},
                {u"displaytext"_s, gb ? u"%1 GB"_s.arg(gb) : u"Custom disk size"_s}, {u"disksize"_s, gb},
                {u"iscustomized"_s, gb == 0}, {u"created"_s, cs::date(1735689600000)}, {u"storagetype"_s, u"shared"_s},
                {u"provisioningtype"_s, u"thin"_s}, {u"cacheMode"_s, u"none"_s}, {u"hasannotations"_s, false}});
        }
        return out;
    }();
    return offerings;
}

QList<QJsonObject> CloudStackService::osTypes()
{
    static const QList<QJsonObject> types = [] {
        QList<QJsonObject> out;
        for (const auto& [description, category] : {std::pair {"Other Linux (64-bit)", "Other"},
                 std::pair {"Ubuntu 22.04 LTS", "Ubuntu"}, std::pair {"Debian GNU/Linux 12 (64-bit)", "Debian"},
                 std::pair {"CentOS 8", "CentOS"}, std::pair {"Windows Server 2022 (64-bit)", "Windows"}}) {
            const QString d = QString::fromLatin1(description);
            const QString c = QString::fromLatin1(category);
            out.append(QJsonObject {{u"id"_s, api::stableId(u"cs-ostype-"_s + d)}, {u"name"_s, d},
                {u"description"_s, d}, {u"oscategoryid"_s, api::stableId(u"cs-oscategory-"_s + c)},
                {u"oscategoryname"_s, c}, {u"isuserdefined"_s, false}, {u"fordisplay"_s, true}});
        }
        return out;
    }();
    return types;
}

QJsonObject CloudStackService::findIn(const QList<QJsonObject>& items, const QString& id)
{
    for (const QJsonObject& item : items) {
        if (str(item, "id") == id)
            return item;
    }
    return {};
}

QJsonObject CloudStackService::network(const QString& account)
{
    static QHash<QString, QJsonObject> cache;
    if (const auto it = cache.constFind(account); it != cache.cend())
        return *it;
    const int octet = account == u"backup"_s ? 2 : 1;
    QJsonObject n {{u"id"_s, api::stableId(u"cs-network-"_s + account)}, {u"name"_s, QString(account + u"-network"_s)},
        {u"displaytext"_s, QString(account + u"-network"_s)}, {u"state"_s, u"Implemented"_s},
        {u"zoneid"_s, str(zone(), "id")}, {u"zonename"_s, str(zone(), "name")},
        {u"cidr"_s, u"10.%1.0.0/16"_s.arg(octet)}, {u"gateway"_s, u"10.%1.0.1"_s.arg(octet)},
        {u"netmask"_s, u"255.255.0.0"_s}, {u"type"_s, u"Isolated"_s}, {u"traffictype"_s, u"Guest"_s},
        {u"isdefault"_s, true}, {u"broadcastdomaintype"_s, u"Vlan"_s}, {u"dns1"_s, u"8.8.8.8"_s},
        {u"networkofferingid"_s, api::stableId(u"cs-networkoffering"_s)},
        {u"networkofferingname"_s, u"DefaultIsolatedNetworkOfferingWithSourceNatService"_s},
        {u"networkofferingavailability"_s, u"Required"_s}, {u"restartrequired"_s, false}, {u"specifyipranges"_s, false},
        {u"canusefordeploy"_s, true}, {u"ispersistent"_s, false}, {u"tags"_s, QJsonArray()},
        {u"acltype"_s, u"Account"_s}};
    // What DefaultIsolatedNetworkOfferingWithSourceNatService offers, all by the VirtualRouter: no
    // SecurityGroup service, so the router's firewall guards the public IPs.
    QJsonArray services;
    for (const QString& name : {u"Vpn"_s, u"Dhcp"_s, u"Dns"_s, u"Firewall"_s, u"Lb"_s, u"UserData"_s, u"SourceNat"_s,
             u"StaticNat"_s, u"PortForwarding"_s})
        services.append(QJsonObject {
            {u"name"_s, name}, {u"provider"_s, QJsonArray {QJsonObject {{u"name"_s, u"VirtualRouter"_s}}}}});
    n.insert(u"service"_s, services);
    n.insert(u"account"_s, account);
    n.insert(u"domainid"_s, api::stableId(u"cs-domain-ROOT"_s));
    n.insert(u"domain"_s, u"ROOT"_s);
    cache.insert(account, n);
    return n;
}

HttpResponse CloudStackService::listZones(const Call& call)
{
    if (call.has(u"id"_s) && call.param(u"id"_s) != str(zone(), "id"))
        return list(call, u"zone"_s, {});
    return list(call, u"zone"_s, {zone()});
}

HttpResponse CloudStackService::listCapabilities(const Call& call)
{
    return cs::ok(cs::responseName(call.command),
        QJsonObject {{u"capability"_s,
            QJsonObject {{u"cloudstackversion"_s, u"4.19.1.0"_s}, {u"securitygroupsenabled"_s, true},
                {u"userpublictemplateenabled"_s, true}, {u"kvmsnapshotenabled"_s, true},
                {u"dynamicscalingenabled"_s, false}, {u"supportELB"_s, u"false"_s}, {u"projectinviterequired"_s, false},
                {u"allowusercreateprojects"_s, true}, {u"customdiskofferingminsize"_s, 1},
                {u"customdiskofferingmaxsize"_s, 1024}, {u"regionsecondaryenabled"_s, false},
                {u"allowuserviewdestroyedvm"_s, true}, {u"allowuserexpungerecovervm"_s, true},
                {u"allowuserexpungerecovervolume"_s, true}, {u"apilimitinterval"_s, 1}, {u"apilimitmax"_s, 0},
                {u"defaultuipagesize"_s, 20}}}});
}

HttpResponse CloudStackService::listServiceOfferings(const Call& call)
{
    QList<QJsonObject> out;
    for (const QJsonObject& o : serviceOfferings()) {
        if ((!call.has(u"id"_s) || call.param(u"id"_s) == str(o, "id"))
            && (!call.has(u"name"_s) || call.param(u"name"_s) == str(o, "name")))
            out.append(o);
    }
    return list(call, u"serviceoffering"_s, out);
}

HttpResponse CloudStackService::listDiskOfferings(const Call& call)
{
    QList<QJsonObject> out;
    for (const QJsonObject& o : diskOfferings()) {
        if ((!call.has(u"id"_s) || call.param(u"id"_s) == str(o, "id"))
            && (!call.has(u"name"_s) || call.param(u"name"_s) == str(o, "name")))
            out.append(o);
    }
    return list(call, u"diskoffering"_s, out);
}

HttpResponse CloudStackService::listOsTypes(const Call& call)
{
    QList<QJsonObject> out;
    for (const QJsonObject& o : osTypes()) {
        if ((!call.has(u"id"_s) || call.param(u"id"_s) == str(o, "id"))
            && (!call.has(u"description"_s) || call.param(u"description"_s) == str(o, "description")))
            out.append(o);
    }
    return list(call, u"ostype"_s, out);
}

HttpResponse CloudStackService::listNetworks(const Call& call)
{
    const QJsonObject n = network(call.account);
    if (call.has(u"id"_s) && call.param(u"id"_s) != str(n, "id"))
        return list(call, u"network"_s, {});
    return list(call, u"network"_s, {n});
}

// ---------------------------------------------------------------------------------------------------------------
// Async jobs

QString CloudStackService::startJob(const Call& call, const QString& instanceType, const QString& instanceId,
    int delayMs, const QJsonArray& effects, const QString& resultKey, const QString& resultCollection, int failCode,
    const QString& failText)
{
    const QString id = api::newId();
    QJsonObject job {{u"id"_s, id}, {u"_account"_s, call.account}, {u"_command"_s, call.command},
        {u"cmd"_s, commandClass(call.command)}, {u"jobstatus"_s, 0}, {u"jobprocstatus"_s, 0}, {u"jobresultcode"_s, 0},
        {u"jobinstancetype"_s, instanceType}, {u"created"_s, cs::date(SandboxStore::nowMs())}, {u"_effects"_s, effects},
        {u"_result_key"_s, resultKey}, {u"_result_collection"_s, resultCollection}};
    if (!instanceId.isEmpty())
        job.insert(u"jobinstanceid"_s, instanceId);
    if (failCode != 0) {
        job.insert(u"_fail_code"_s, failCode);
        job.insert(u"_fail_text"_s, failText);
    }
    m_context->store->put(u"cs_jobs"_s, job);
    m_context->store->schedule(u"cs_jobs"_s, id, delayMs, QJsonObject {{u"_done"_s, true}});
    return id;
}

void CloudStackService::finishJob(const QString& id)
{
    SandboxStore* store = m_context->store;
    QJsonObject job = store->item(u"cs_jobs"_s, id);
    if (job.isEmpty() || !job.value(u"_done"_s).toBool() || job.value(u"_finished"_s).toBool())
        return;
    const int failCode = job.value(u"_fail_code"_s).toInt();
    const QString resultKey = str(job, "_result_key");
    const QString resultCollection = str(job, "_result_collection");
    const QString resultId = job.contains(u"_result_id"_s) ? str(job, "_result_id") : str(job, "jobinstanceid");
    // What the result looked like before the effects, for a job that removes its object (destroy with expunge).
    const QJsonObject before = resultCollection.isEmpty() ? QJsonObject() : render(resultCollection, resultId);
    if (failCode == 0) {
        for (const QJsonValue& value : job.value(u"_effects"_s).toArray()) {
            const QJsonObject effect = value.toObject();
            const QString collection = str(effect, "collection");
            const QString objectId = str(effect, "id");
            if (effect.value(u"remove"_s).toBool()) {
                store->remove(collection, objectId);
                if (effect.contains(u"file"_s))
                    QFile::remove(store->filePath(str(effect, "file"), objectId));
                continue;
            }
            QJsonObject object = store->item(collection, objectId);
            if (object.isEmpty())
                continue;
            const QJsonObject set = effect.value(u"set"_s).toObject();
            for (auto it = set.begin(); it != set.end(); ++it)
                object.insert(it.key(), it.value());
            for (const QJsonValue& key : effect.value(u"unset"_s).toArray())
                object.remove(key.toString());
            store->put(collection, object);
        }
    }
    job.insert(u"_finished"_s, true);
    job.insert(u"completed"_s, cs::date(SandboxStore::nowMs()));
    job.insert(u"jobresulttype"_s, u"object"_s);
    if (failCode != 0) {
        job.insert(u"jobstatus"_s, 2);
        job.insert(u"jobresultcode"_s, failCode);
        job.insert(u"jobresult"_s,
            QJsonObject {{u"errorcode"_s, failCode}, {u"errortext"_s, job.value(u"_fail_text"_s).toString()}});
    } else {
        job.insert(u"jobstatus"_s, 1);
        if (resultKey == u"success"_s) {
            job.insert(u"jobresult"_s, QJsonObject {{u"success"_s, true}});
        } else {
            const QJsonObject after = render(resultCollection, resultId);
            job.insert(u"jobresult"_s, QJsonObject {{resultKey, after.isEmpty() ? before : after}});
        }
    }
    store->put(u"cs_jobs"_s, job);
    store->save();
}

QJsonObject CloudStackService::render(const QString& collection, const QString& id) const
{
    const QJsonObject object = m_context->store->item(collection, id);
    if (object.isEmpty())
        return {};
    if (collection == u"cs_vms"_s)
        return renderVm(object);
    if (collection == u"cs_volumes"_s)
        return renderVolume(object);
    if (collection == u"cs_templates"_s)
        return renderTemplate(object);
    if (collection == u"cs_snapshots"_s)
        return renderSnapshot(object);
    QJsonObject out = api::publicView(object);
    addOwner(&out, str(object, "_account"));
    return out;
}

QJsonObject CloudStackService::renderJob(const QJsonObject& job) const
{
    QJsonObject out = api::publicView(job);
    out.insert(u"jobid"_s, str(job, "id"));
    out.remove(u"id"_s);
    out.insert(u"accountid"_s, api::stableId(u"cs-account-"_s + str(job, "_account")));
    out.insert(u"userid"_s, api::stableId(u"cs-user-"_s + str(job, "_account")));
    if (!out.contains(u"jobresulttype"_s))
        out.insert(u"jobresulttype"_s, u"object"_s);
    return out;
}

HttpResponse CloudStackService::queryAsyncJobResult(const Call& call)
{
    const QString id = require(call, u"jobid"_s);
    const QJsonObject job = m_context->store->item(u"cs_jobs"_s, id);
    if (job.isEmpty() || str(job, "_account") != call.account)
        throw cs::invalidId(u"jobid"_s, id);
    return cs::ok(cs::responseName(call.command), renderJob(job));
}

HttpResponse CloudStackService::listAsyncJobs(const Call& call)
{
    QList<QJsonObject> jobs;
    for (const QJsonObject& job : m_context->store->items(u"cs_jobs"_s)) {
        if (str(job, "_account") == call.account)
            jobs.append(job);
    }
    std::sort(jobs.begin(), jobs.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(u"_seq"_s).toInteger() > b.value(u"_seq"_s).toInteger();
    });
    for (QJsonObject& job : jobs)
        job = renderJob(job);
    return list(call, u"asyncjobs"_s, jobs);
}

// ---------------------------------------------------------------------------------------------------------------
// Defaults and seeding

QStringList CloudStackService::seed()
{
    QStringList ids;
    const auto templ = [this](const QString& name) {
        for (const QJsonObject& t : m_context->store->items(u"cs_templates"_s)) {
            if (str(t, "name") == name)
                return t;
        }
        return QJsonObject();
    };
    struct Spec
    {
        QString account, name, offering, templ, state;
    };
    const QList<Spec> specs {
        {u"demo"_s, u"cs-web-01"_s, u"Small Instance"_s, u"CirrOS 0.6 (sandbox)"_s, u"Running"_s},
        {u"demo"_s, u"cs-db-01"_s, u"Medium Instance"_s, u"Ubuntu 22.04 (sandbox)"_s, u"Stopped"_s},
        {u"backup"_s, u"cs-backup-01"_s, u"Small Instance"_s, u"CirrOS 0.6 (sandbox)"_s, u"Running"_s},
    };
    for (const Spec& spec : specs) {
        QString existing;
        for (const QJsonObject& vm : m_context->store->items(u"cs_vms"_s)) {
            if (str(vm, "_account") == spec.account && str(vm, "name") == spec.name)
                existing = str(vm, "id");
        }
        if (existing.isEmpty()) {
            QJsonObject offering;
            for (const QJsonObject& o : serviceOfferings()) {
                if (str(o, "name") == spec.offering)
                    offering = o;
            }
            existing = createVm(spec.account, spec.name, offering, templ(spec.templ), spec.state, {}, {});
        }
        ids << existing;
    }
    return ids;
}

} // namespace ct::sandbox
