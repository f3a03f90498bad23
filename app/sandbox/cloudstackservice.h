#pragma once

#include "cloudstackapi.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "sandboxcontext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace ct::sandbox {

/// The Apache CloudStack API (4.19 subset CloudTwin's provider uses) at /client/api, plus what the secondary
/// storage VM serves: extract downloads at /userdata/<token> and template uploads at /upload/<id>.
/// Requests are authenticated like ApiServer (HMAC-SHA1 signature with apiKey, optional signatureVersion 3 +
/// expires, or a login session with JSESSIONID + sessionkey). Accounts demo and backup (domain ROOT).
/// Async commands create cs_jobs whose completion (a store timer) applies the command's effects.
class CloudStackService : public QObject
{
    Q_OBJECT

public:
    explicit CloudStackService(SandboxContext* context, QObject* parent = nullptr);

    /// Everything under /client, /userdata and /upload.
    HttpResponse handle(const HttpRequest& request);
    /// An error in the API's own shape for `request` (used for injected faults).
    HttpResponse faultResponse(const HttpRequest& request, int status, const QString& text) const;

    /// Zone, offerings, os types, templates with real bytes, networks and default security groups.
    void createDefaults();
    /// cs-web-01 (Running) and cs-db-01 (Stopped) in demo, cs-backup-01 (Running) in backup; idempotent.
    QStringList seed();
    /// `count` VMs `<prefix>-00001`… in `account` (every third Stopped); existing names are skipped.
    QStringList createMany(const QString& account, const QString& prefix, int count);

    static QString apiKey(const QString& account);
    static QString secretKey(const QString& account);
    static QStringList accounts() { return {QStringLiteral("demo"), QStringLiteral("backup")}; }

private:
    struct Call
    {
        QString command;
        cs::Params params;
        QString account;
        const HttpRequest* request = nullptr;
        QString param(const QString& name) const { return params.value(name); }
        bool has(const QString& name) const { return params.contains(name) && !params.value(name).isEmpty(); }
    };
    using Handler = HttpResponse (CloudStackService::*)(const Call&);

    // cloudstackservice.cpp: authentication, catalogue, jobs, lists
    HttpResponse api(const HttpRequest& request);
    HttpResponse login(const HttpRequest& request, const cs::Params& params);
    HttpResponse logout(const HttpRequest& request);
    QString sessionAccount(const HttpRequest& request, const cs::Params& params, bool* hadSession) const;
    QString verifySignature(const cs::Params& params) const;
    static const QHash<QString, Handler>& handlers();
    QString require(const Call& call, const QString& name) const;
    int intParam(const Call& call, const QString& name, int fallback) const;
    bool boolParam(const Call& call, const QString& name, bool fallback) const;
    HttpResponse list(const Call& call, const QString& key, QList<QJsonObject> items) const;
    HttpResponse listZones(const Call& call);
    HttpResponse listCapabilities(const Call& call);
    HttpResponse listServiceOfferings(const Call& call);
    HttpResponse listDiskOfferings(const Call& call);
    HttpResponse listOsTypes(const Call& call);
    HttpResponse listNetworks(const Call& call);
    HttpResponse queryAsyncJobResult(const Call& call);
    HttpResponse listAsyncJobs(const Call& call);
    QJsonObject renderJob(const QJsonObject& job) const;
    /// Creates a job for `call` that ends after `delayMs` applying `effects` ({collection, id, set} or
    /// {collection, id, remove: true}); its result is then `resultKey`: render of (`resultCollection`, id).
    /// `failCode` != 0 makes it fail with that code and text instead.
    QString startJob(const Call& call, const QString& instanceType, const QString& instanceId, int delayMs,
        const QJsonArray& effects, const QString& resultKey, const QString& resultCollection, int failCode = 0,
        const QString& failText = {});
    void finishJob(const QString& id);
    QJsonObject render(const QString& collection, const QString& id) const;
    QJsonObject owned(const QString& collection, const Call& call, const QString& paramName) const;
    void addOwner(QJsonObject* out, const QString& account) const;

    // Static catalogue
    static QJsonObject zone();
    static QList<QJsonObject> serviceOfferings();
    static QList<QJsonObject> diskOfferings();
    static QList<QJsonObject> osTypes();
    static QJsonObject findIn(const QList<QJsonObject>& items, const QString& id);
    static QJsonObject network(const QString& account);

    // cloudstackvms.cpp: virtual machines, key pairs, security groups, public IPs
    HttpResponse listVirtualMachines(const Call& call);
    HttpResponse deployVirtualMachine(const Call& call);
    HttpResponse vmAction(const Call& call);
    HttpResponse destroyVirtualMachine(const Call& call);
    HttpResponse scaleVirtualMachine(const Call& call);
    HttpResponse restoreVirtualMachine(const Call& call);
    HttpResponse createVMSnapshot(const Call& call);
    HttpResponse listVMSnapshot(const Call& call);
    HttpResponse deleteVMSnapshot(const Call& call);
    HttpResponse listSSHKeyPairs(const Call& call);
    HttpResponse createSSHKeyPair(const Call& call);
    HttpResponse deleteSSHKeyPair(const Call& call);
    HttpResponse listSecurityGroups(const Call& call);
    HttpResponse createSecurityGroup(const Call& call);
    HttpResponse authorizeSecurityGroupIngress(const Call& call);
    HttpResponse associateIpAddress(const Call& call);
    HttpResponse disassociateIpAddress(const Call& call);
    HttpResponse enableStaticNat(const Call& call);
    HttpResponse disableStaticNat(const Call& call);
    HttpResponse listPublicIpAddresses(const Call& call);
    HttpResponse deleteSecurityGroup(const Call& call);
    HttpResponse createFirewallRule(const Call& call);
    HttpResponse listFirewallRules(const Call& call);
    HttpResponse createTags(const Call& call);
    HttpResponse deleteTags(const Call& call);
    QJsonObject renderVm(const QJsonObject& vm) const;
    QString createVm(const QString& account, const QString& name, const QJsonObject& offering, const QJsonObject& templ,
        const QString& state, const QString& keypair, const QString& userdata);
    QJsonObject newSecurityGroup(const QString& account, const QString& name, const QString& description);

    // cloudstackstorage.cpp: volumes, snapshots, templates, extract, upload
    HttpResponse listTemplates(const Call& call);
    HttpResponse createTemplate(const Call& call);
    HttpResponse deleteTemplate(const Call& call);
    HttpResponse extractTemplate(const Call& call);
    HttpResponse getUploadParamsForTemplate(const Call& call);
    HttpResponse listVolumes(const Call& call);
    HttpResponse createVolume(const Call& call);
    HttpResponse attachVolume(const Call& call);
    HttpResponse detachVolume(const Call& call);
    HttpResponse deleteVolume(const Call& call);
    HttpResponse createSnapshot(const Call& call);
    HttpResponse listSnapshots(const Call& call);
    HttpResponse deleteSnapshot(const Call& call);
    HttpResponse download(const HttpRequest& request);
    HttpResponse upload(const HttpRequest& request);
    QJsonObject renderTemplate(const QJsonObject& templ) const;
    QJsonObject renderVolume(const QJsonObject& volume) const;
    QJsonObject renderSnapshot(const QJsonObject& snapshot) const;
    /// The file holding a volume's bytes: its own copy, or (never written yet) its template's.
    QString volumeBytes(const QJsonObject& volume) const;
    QString createRootVolume(
        const QString& account, const QString& vmId, const QString& vmName, const QJsonObject& templ);

    SandboxContext* m_context;
};

} // namespace ct::sandbox
