// CloudStackService: virtual machines, VM snapshots, SSH key pairs, security groups and public IP addresses.
#include "cloudstackservice.h"
#include "sandboxapi.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ct::sandbox {

namespace {

const QString kVms = u"cs_vms"_s;
const QString kVolumes = u"cs_volumes"_s;
const QString kTemplates = u"cs_templates"_s;
const QString kGroups = u"cs_securitygroups"_s;
const QString kKeys = u"cs_keypairs"_s;
const QString kIps = u"cs_ips"_s;
const QString kVmSnapshots = u"cs_vmsnapshots"_s;
const QString kFirewallRules = u"cs_firewallrules"_s;

QString str(const QJsonObject& object, const char* key) { return object.value(QLatin1String(key)).toString(); }

QJsonObject effect(const QString& collection, const QString& id, const QJsonObject& set)
{
    return QJsonObject {{u"collection"_s, collection}, {u"id"_s, id}, {u"set"_s, set}};
}

QJsonObject removal(const QString& collection, const QString& id, const QString& fileKind = {})
{
    QJsonObject e {{u"collection"_s, collection}, {u"id"_s, id}, {u"remove"_s, true}};
    if (!fileKind.isEmpty())
        e.insert(u"file"_s, fileKind);
    return e;
}

QList<QJsonObject> bySeq(QList<QJsonObject> items)
{
    std::sort(items.begin(), items.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(u"_seq"_s).toInteger() < b.value(u"_seq"_s).toInteger();
    });
    return items;
}

HttpResponse asyncReply(const QString& command, const QString& jobId, const QString& id = {})
{
    QJsonObject body {{u"jobid"_s, jobId}};
    if (!id.isEmpty())
        body.insert(u"id"_s, id);
    return cs::ok(cs::responseName(command), body);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// Virtual machines

QString CloudStackService::createVm(const QString& account, const QString& name, const QJsonObject& offering,
    const QJsonObject& templ, const QString& state, const QString& keypair, const QString& userdata)
{
    SandboxStore* store = m_context->store;
    QJsonObject counter = store->item(u"cs_meta"_s, u"ip-"_s + account);
    const int n = counter.value(u"next"_s).toInt() + 1;
    counter.insert(u"id"_s, QString(u"ip-"_s + account));
    counter.insert(u"next"_s, n);
    store->put(u"cs_meta"_s, counter);

    const QJsonObject net = network(account);
    const int octet = account == u"backup"_s ? 2 : 1;
    const QString id = api::newId();
    const QJsonObject nic {{u"id"_s, api::newId()}, {u"networkid"_s, str(net, "id")},
        {u"networkname"_s, str(net, "name")}, {u"netmask"_s, str(net, "netmask")}, {u"gateway"_s, str(net, "gateway")},
        {u"ipaddress"_s, u"10.%1.%2.%3"_s.arg(octet).arg(n / 250).arg(n % 250 + 2)}, {u"isdefault"_s, true},
        {u"macaddress"_s,
            u"02:00:%1:%2:%3:%4"_s.arg(octet, 2, 16, QLatin1Char('0'))
                .arg((n >> 16) & 0xFF, 2, 16, QLatin1Char('0'))
                .arg((n >> 8) & 0xFF, 2, 16, QLatin1Char('0'))
                .arg(n & 0xFF, 2, 16, QLatin1Char('0'))},
        {u"traffictype"_s, u"Guest"_s}, {u"type"_s, u"Isolated"_s},
        {u"broadcasturi"_s, u"vlan://%1"_s.arg(100 + octet)}, {u"isolationuri"_s, u"vlan://%1"_s.arg(100 + octet)},
        {u"secondaryip"_s, QJsonArray()}, {u"extradhcpoption"_s, QJsonArray()}};
    QString group;
    for (const QJsonObject& g : store->items(kGroups)) {
        if (str(g, "_account") == account && str(g, "name") == u"default"_s)
            group = str(g, "id");
    }
    QJsonObject vm {{u"id"_s, id}, {u"name"_s, name}, {u"displayname"_s, name}, {u"_account"_s, account},
        {u"state"_s, state}, {u"zoneid"_s, str(zone(), "id")}, {u"templateid"_s, str(templ, "id")},
        {u"_templatename"_s, str(templ, "name")}, {u"serviceofferingid"_s, str(offering, "id")},
        {u"cpunumber"_s, offering.value(u"cpunumber"_s).toInt()},
        {u"cpuspeed"_s, offering.value(u"cpuspeed"_s).toInt()}, {u"memory"_s, offering.value(u"memory"_s).toInt()},
        {u"created"_s, cs::date(SandboxStore::nowMs())}, {u"nic"_s, QJsonArray {nic}}, {u"tags"_s, QJsonArray()},
        {u"hypervisor"_s, u"KVM"_s}, {u"rootdeviceid"_s, 0},
        {u"_securitygroups"_s, group.isEmpty() ? QJsonArray() : QJsonArray {group}}};
    if (!keypair.isEmpty())
        vm.insert(u"keypairs"_s, keypair);
    if (!userdata.isEmpty())
        vm.insert(u"_userdata"_s, userdata);
    store->put(kVms, vm);
    createRootVolume(account, id, name, templ);
    return id;
}

QStringList CloudStackService::createMany(const QString& account, const QString& prefix, int count)
{
    QSet<QString> taken;
    for (const QJsonObject& vm : m_context->store->items(kVms)) {
        if (str(vm, "_account") == account)
            taken.insert(str(vm, "name"));
    }
    QList<QJsonObject> templates;
    for (const QJsonObject& t : m_context->store->items(kTemplates)) {
        if (t.value(u"isfeatured"_s).toBool())
            templates.append(t);
    }
    const QList<QJsonObject> offerings = serviceOfferings().mid(0, 3);
    QStringList ids;
    for (int i = 1; i <= count; ++i) {
        const QString name = u"%1-%2"_s.arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
        if (taken.contains(name))
            continue;
        ids << createVm(account, name, offerings.at(i % offerings.size()),
            templates.isEmpty() ? QJsonObject() : templates.at(i % templates.size()),
            i % 3 == 0 ? u"Stopped"_s : u"Running"_s, {}, {});
    }
    return ids;
}

QJsonObject CloudStackService::renderVm(const QJsonObject& vm) const
{
    QJsonObject out = api::publicView(vm);
    const QString account = str(vm, "_account");
    addOwner(&out, account);
    out.insert(u"userid"_s, api::stableId(u"cs-user-"_s + account));
    out.insert(u"username"_s, account);
    out.insert(u"zonename"_s, str(zone(), "name"));
    const QJsonObject templ = m_context->store->item(kTemplates, str(vm, "templateid"));
    out.insert(u"templatename"_s, templ.isEmpty() ? str(vm, "_templatename") : str(templ, "name"));
    out.insert(u"templatedisplaytext"_s, templ.isEmpty() ? str(vm, "_templatename") : str(templ, "displaytext"));
    if (!templ.isEmpty()) {
        out.insert(u"guestosid"_s, str(templ, "ostypeid"));
        out.insert(u"ostypeid"_s, str(templ, "ostypeid"));
        out.insert(u"osdisplayname"_s, str(templ, "ostypename"));
    }
    const QJsonObject offering = findIn(serviceOfferings(), str(vm, "serviceofferingid"));
    out.insert(u"serviceofferingname"_s, str(offering, "name"));
    out.insert(u"haenable"_s, false);
    out.insert(u"passwordenabled"_s, false);
    out.insert(u"isdynamicallyscalable"_s, false);
    out.insert(u"rootdevicetype"_s, u"ROOT"_s);
    out.insert(u"details"_s, QJsonObject {{u"rootDiskController"_s, u"virtio"_s}});
    out.insert(u"affinitygroup"_s, QJsonArray());
    out.insert(u"hasannotations"_s, false);
    const QString state = str(vm, "state");
    if (state == u"Running"_s || state == u"Stopping"_s) {
        out.insert(u"hostid"_s, api::stableId(u"cs-host-1"_s));
        out.insert(u"hostname"_s, u"kvm-host-01"_s);
    }
    QJsonArray groups;
    for (const QJsonValue& id : vm.value(u"_securitygroups"_s).toArray()) {
        const QJsonObject g = m_context->store->item(kGroups, id.toString());
        if (!g.isEmpty())
            groups.append(QJsonObject {
                {u"id"_s, str(g, "id")}, {u"name"_s, str(g, "name")}, {u"description"_s, str(g, "description")}});
    }
    out.insert(u"securitygroup"_s, groups);
    return out;
}

HttpResponse CloudStackService::listVirtualMachines(const Call& call)
{
    const QString id = call.param(u"id"_s);
    const QString name = call.param(u"name"_s);
    const QString state = call.param(u"state"_s);
    const QString keyword = call.param(u"keyword"_s);
    const QString templateId = call.param(u"templateid"_s);
    QList<QJsonObject> matches;
    const auto consider = [&](const QJsonObject& vm) {
        if (str(vm, "_account") != call.account)
            return;
        const QString s = str(vm, "state");
        const bool gone = s == u"Destroyed"_s || s == u"Expunging"_s;
        if (state.isEmpty() || state.compare(u"Present"_s, Qt::CaseInsensitive) == 0) {
            if (gone && id.isEmpty())
                return;
        } else if (s.compare(state, Qt::CaseInsensitive) != 0) {
            return;
        }
        if (!name.isEmpty() && str(vm, "name") != name)
            return;
        if (!templateId.isEmpty() && str(vm, "templateid") != templateId)
            return;
        if (!keyword.isEmpty() && !str(vm, "name").contains(keyword, Qt::CaseInsensitive)
            && !str(vm, "displayname").contains(keyword, Qt::CaseInsensitive))
            return;
        matches.append(vm);
    };
    if (!id.isEmpty()) {
        consider(m_context->store->item(kVms, id));
    } else {
        for (const QJsonObject& vm : m_context->store->items(kVms))
            consider(vm);
    }
    matches = bySeq(matches);
    // Render only the requested page: 10,000 VMs are listed 500 at a time.
    const int pageSize = intParam(call, u"pagesize"_s, -1);
    const int page = intParam(call, u"page"_s, 1);
    // userdata=true (ListVMsCmd, since 4.18) adds each VM's base64 user data; by default it is left out.
    const bool withUserData = boolParam(call, u"userdata"_s, false);
    const auto rendered = [&](const QJsonObject& vm) {
        QJsonObject out = renderVm(vm);
        if (withUserData && vm.contains(u"_userdata"_s))
            out.insert(u"userdata"_s, str(vm, "_userdata"));
        return out;
    };
    if (pageSize > 0 && pageSize <= 500 && call.has(u"page"_s)) {
        const qsizetype start = qsizetype(qMax(page, 1) - 1) * pageSize;
        for (qsizetype i = start; i < qMin<qsizetype>(matches.size(), start + pageSize); ++i)
            matches[i] = rendered(matches.at(i));
    } else {
        for (QJsonObject& vm : matches)
            vm = rendered(vm);
    }
    return list(call, u"virtualmachine"_s, matches);
}

HttpResponse CloudStackService::deployVirtualMachine(const Call& call)
{
    const QString zoneId = require(call, u"zoneid"_s);
    const QString offeringId = require(call, u"serviceofferingid"_s);
    const QString templateId = require(call, u"templateid"_s);
    if (zoneId != str(zone(), "id"))
        throw cs::invalidId(u"zoneid"_s, zoneId);
    QJsonObject offering = findIn(serviceOfferings(), offeringId);
    if (offering.isEmpty())
        throw cs::invalidId(u"serviceofferingid"_s, offeringId);
    const QJsonObject templ = m_context->store->item(kTemplates, templateId);
    if (templ.isEmpty() || (!templ.value(u"ispublic"_s).toBool() && str(templ, "_account") != call.account))
        throw cs::invalidId(u"templateid"_s, templateId);
    if (!templ.value(u"isready"_s).toBool())
        throw cs::Error {
            431, u"Template %1 has not been completely downloaded to zone %2"_s.arg(templateId, zoneId), 4350};
    if (offering.value(u"iscustomized"_s).toBool()) {
        const QString cpu = call.param(u"details[0].cpuNumber"_s);
        const QString memory = call.param(u"details[0].memory"_s);
        if (cpu.isEmpty() || memory.isEmpty())
            throw cs::Error {431,
                u"Need to specify custom parameter values cpu, cpu speed and memory when using custom offering"_s,
                4350};
        offering.insert(u"cpunumber"_s, cpu.toInt());
        offering.insert(u"cpuspeed"_s, call.param(u"details[0].cpuSpeed"_s).toInt());
        offering.insert(u"memory"_s, memory.toInt());
    }
    QString name = call.param(u"name"_s);
    if (name.isEmpty())
        name = u"VM-"_s + api::newId();
    static const QRegularExpression hostname(u"^[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$"_s);
    if (!hostname.match(name).hasMatch() && !name.startsWith(u"VM-"_s))
        throw cs::Error {431,
            u"Invalid name. Vm name can contain ASCII letters 'a' through 'z', the digits '0' through '9', and the "
            "hyphen ('-'), must be between 1 and 63 characters long, and can't start or end with \"-\" and can't "
            "start with digit"_s,
            4350};
    for (const QJsonObject& vm : m_context->store->items(kVms)) {
        if (str(vm, "_account") == call.account && str(vm, "name") == name && str(vm, "state") != u"Expunging"_s)
            throw cs::Error {431,
                u"The vm with hostName %1 already exists in the network domain: cs1cloud.internal; network=%2"_s.arg(
                    name, str(network(call.account), "name")),
                4350};
    }
    const QString userdata = call.param(u"userdata"_s);
    if (!userdata.isEmpty()) {
        if (call.request->method == "GET" && userdata.size() > 4096)
            throw cs::Error {431, u"User data is too long for an http GET request"_s, 4350};
        if (userdata.size() > 1048576)
            throw cs::Error {431, u"User data is too long for an http POST request"_s, 4350};
        const auto decoded
            = QByteArray::fromBase64Encoding(userdata.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            throw cs::Error {431, u"User data is not base64 encoded"_s, 4350};
        if (decoded.decoded.size() > 32768)
            throw cs::Error {431, u"User data is too long"_s, 4350};
    }
    QString keypair = call.param(u"keypair"_s);
    if (keypair.isEmpty())
        keypair = call.param(u"keypairs"_s);
    if (!keypair.isEmpty() && !m_context->store->contains(kKeys, call.account + u'/' + keypair))
        throw cs::Error {431, u"Unable to find keypair %1"_s.arg(keypair), 4350};
    // The account's network is isolated (no SecurityGroup service), as in an Advanced zone without security
    // groups: UserVmManagerImpl refuses groups there.
    if (call.has(u"securitygroupids"_s) || call.has(u"securitygroupnames"_s))
        throw cs::Error {
            431, u"Can't create vm with security groups; security group feature is not enabled per zone"_s, 4350};
    const bool start = boolParam(call, u"startvm"_s, true);
    const QString id
        = createVm(call.account, name, offering, templ, start ? u"Starting"_s : u"Stopped"_s, keypair, userdata);
    if (call.has(u"displayname"_s)) {
        QJsonObject vm = m_context->store->item(kVms, id);
        vm.insert(u"displayname"_s, call.param(u"displayname"_s));
        m_context->store->put(kVms, vm);
    }
    const QString job = startJob(call, u"VirtualMachine"_s, id, start ? m_context->buildDelayMs : 0,
        start ? QJsonArray {effect(kVms, id, {{u"state"_s, u"Running"_s}})} : QJsonArray(), u"virtualmachine"_s, kVms);
    return asyncReply(call.command, job, id);
}

HttpResponse CloudStackService::vmAction(const Call& call)
{
    QJsonObject vm = owned(kVms, call, u"id"_s);
    const QString id = str(vm, "id");
    const QString state = str(vm, "state");
    QString from, to, transitional;
    if (call.command == u"startVirtualMachine"_s) {
        from = u"Stopped"_s, transitional = u"Starting"_s, to = u"Running"_s;
    } else if (call.command == u"stopVirtualMachine"_s) {
        from = u"Running"_s, transitional = u"Stopping"_s, to = u"Stopped"_s;
    } else {
        from = u"Running"_s, transitional = u"Running"_s, to = u"Running"_s;
    }
    QJsonArray effects;
    int failCode = 0;
    QString failText;
    if (state == from) {
        vm.insert(u"state"_s, transitional);
        m_context->store->put(kVms, vm);
        effects.append(effect(kVms, id, {{u"state"_s, to}}));
    } else if (state != to || call.command == u"rebootVirtualMachine"_s) {
        failCode = 530;
        failText = u"Unable to %1 VM %2 as it is in %3 state"_s.arg(
            call.command.left(call.command.indexOf(u"Virtual"_s)), str(vm, "name"), state);
    }
    const QString job = startJob(call, u"VirtualMachine"_s, id, m_context->actionDelayMs, effects, u"virtualmachine"_s,
        kVms, failCode, failText);
    return asyncReply(call.command, job);
}

HttpResponse CloudStackService::destroyVirtualMachine(const Call& call)
{
    QJsonObject vm = owned(kVms, call, u"id"_s);
    const QString id = str(vm, "id");
    const QString state = str(vm, "state");
    const bool expunge = boolParam(call, u"expunge"_s, false);
    if ((state == u"Destroyed"_s && !expunge) || state == u"Expunging"_s)
        throw cs::Error {431, u"Vm with id %1 is already destroyed"_s.arg(id), 4350};
    QJsonArray effects;
    // Data disks are detached (they survive); the root volume goes with the VM.
    for (QJsonObject volume : m_context->store->items(kVolumes)) {
        if (str(volume, "virtualmachineid") != id)
            continue;
        if (str(volume, "type") == u"ROOT"_s) {
            if (expunge)
                effects.append(removal(kVolumes, str(volume, "id"), u"cs_disks"_s));
            else
                effects.append(effect(kVolumes, str(volume, "id"), {{u"state"_s, u"Destroy"_s}}));
        } else {
            volume.remove(u"virtualmachineid"_s);
            volume.remove(u"deviceid"_s);
            m_context->store->put(kVolumes, volume);
        }
    }
    vm.insert(u"state"_s, expunge ? u"Expunging"_s : (state == u"Running"_s ? u"Stopping"_s : state));
    m_context->store->put(kVms, vm);
    if (expunge) {
        // Expunging a VM ends its static NAT; the public IP stays allocated to the account.
        for (QJsonObject ip : m_context->store->items(kIps)) {
            if (str(ip, "virtualmachineid") != id)
                continue;
            ip.insert(u"isstaticnat"_s, false);
            for (const char* key :
                {"virtualmachineid", "virtualmachinename", "virtualmachinedisplayname", "vmipaddress"})
                ip.remove(QLatin1String(key));
            m_context->store->put(kIps, ip);
        }
    }
    effects.append(expunge ? removal(kVms, id) : effect(kVms, id, {{u"state"_s, u"Destroyed"_s}}));
    const QString job
        = startJob(call, u"VirtualMachine"_s, id, m_context->actionDelayMs, effects, u"virtualmachine"_s, kVms);
    return asyncReply(call.command, job);
}

HttpResponse CloudStackService::scaleVirtualMachine(const Call& call)
{
    const QJsonObject vm = owned(kVms, call, u"id"_s);
    const QString offeringId = require(call, u"serviceofferingid"_s);
    QJsonObject offering = findIn(serviceOfferings(), offeringId);
    if (offering.isEmpty())
        throw cs::invalidId(u"serviceofferingid"_s, offeringId);
    if (offering.value(u"iscustomized"_s).toBool()) {
        offering.insert(u"cpunumber"_s, call.param(u"details[0].cpuNumber"_s).toInt());
        offering.insert(u"cpuspeed"_s, call.param(u"details[0].cpuSpeed"_s).toInt());
        offering.insert(u"memory"_s, call.param(u"details[0].memory"_s).toInt());
        if (offering.value(u"cpunumber"_s).toInt() <= 0 || offering.value(u"memory"_s).toInt() <= 0)
            throw cs::Error {431,
                u"Need to specify custom parameter values cpu, cpu speed and memory when using custom offering"_s,
                4350};
    } else if (offeringId == str(vm, "serviceofferingid")) {
        throw cs::Error {431,
            u"Not upgrading vm %1 since it already has the requested service offering (%2)"_s.arg(
                str(vm, "id"), str(offering, "name")),
            4350};
    }
    const QString state = str(vm, "state");
    QJsonArray effects;
    int failCode = 0;
    QString failText;
    if (state == u"Running"_s) {
        failCode = 530;
        failText = u"Dynamically scaling virtual machines is disabled for this zone, please contact your admin."_s;
    } else if (state != u"Stopped"_s) {
        failCode = 530;
        failText = u"Unable to scale VM %1 as it is in %2 state"_s.arg(str(vm, "name"), state);
    } else {
        effects.append(effect(kVms, str(vm, "id"),
            {{u"serviceofferingid"_s, offeringId}, {u"cpunumber"_s, offering.value(u"cpunumber"_s)},
                {u"cpuspeed"_s, offering.value(u"cpuspeed"_s)}, {u"memory"_s, offering.value(u"memory"_s)}}));
    }
    const QString job = startJob(call, u"VirtualMachine"_s, str(vm, "id"), m_context->actionDelayMs, effects,
        u"virtualmachine"_s, kVms, failCode, failText);
    return asyncReply(call.command, job);
}

HttpResponse CloudStackService::restoreVirtualMachine(const Call& call)
{
    const QJsonObject vm = owned(kVms, call, u"virtualmachineid"_s);
    const QString state = str(vm, "state");
    if (state != u"Running"_s && state != u"Stopped"_s)
        throw cs::Error {431, u"Cannot restore VM %1 in state %2"_s.arg(str(vm, "id"), state), 4350};
    QString templateId = call.param(u"templateid"_s);
    if (templateId.isEmpty())
        templateId = str(vm, "templateid");
    const QJsonObject templ = m_context->store->item(kTemplates, templateId);
    if (templ.isEmpty() || (!templ.value(u"ispublic"_s).toBool() && str(templ, "_account") != call.account))
        throw cs::invalidId(u"templateid"_s, templateId);
    // The root disk goes back to the template's bytes.
    for (QJsonObject volume : m_context->store->items(kVolumes)) {
        if (str(volume, "virtualmachineid") == str(vm, "id") && str(volume, "type") == u"ROOT"_s) {
            QFile::remove(m_context->store->filePath(u"cs_disks"_s, str(volume, "id")));
            volume.insert(u"templateid"_s, templateId);
            m_context->store->put(kVolumes, volume);
        }
    }
    const QString job = startJob(call, u"VirtualMachine"_s, str(vm, "id"), m_context->actionDelayMs,
        {effect(kVms, str(vm, "id"), {{u"templateid"_s, templateId}, {u"_templatename"_s, str(templ, "name")}})},
        u"virtualmachine"_s, kVms);
    return asyncReply(call.command, job);
}

HttpResponse CloudStackService::createVMSnapshot(const Call& call)
{
    const QJsonObject vm = owned(kVms, call, u"virtualmachineid"_s);
    const QString state = str(vm, "state");
    const bool memory = boolParam(call, u"snapshotmemory"_s, false);
    if ((state != u"Running"_s && state != u"Stopped"_s) || (memory && state != u"Running"_s))
        throw cs::Error {431,
            u"Creating VM snapshot failed due to VM:%1 is not in the running or Stopped state"_s.arg(str(vm, "id")),
            4350};
    const QString id = api::newId();
    const qint64 now = SandboxStore::nowMs();
    const QString name = call.has(u"name"_s)
        ? call.param(u"name"_s)
        : u"%1_VS_%2"_s.arg(str(vm, "name"), QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s));
    m_context->store->put(kVmSnapshots,
        QJsonObject {{u"id"_s, id}, {u"name"_s, name}, {u"displayname"_s, name},
            {u"description"_s, call.param(u"description"_s)}, {u"state"_s, u"Creating"_s},
            {u"type"_s, memory ? u"DiskAndMemory"_s : u"Disk"_s}, {u"current"_s, true},
            {u"virtualmachineid"_s, str(vm, "id")}, {u"virtualmachinename"_s, str(vm, "name")},
            {u"created"_s, cs::date(now)}, {u"zoneid"_s, str(zone(), "id")}, {u"hypervisor"_s, u"KVM"_s},
            {u"_account"_s, call.account}});
    const QString job = startJob(call, u"VMSnapshot"_s, id, m_context->actionDelayMs,
        {effect(kVmSnapshots, id, {{u"state"_s, u"Ready"_s}})}, u"vmsnapshot"_s, kVmSnapshots);
    return asyncReply(call.command, job, id);
}

HttpResponse CloudStackService::listVMSnapshot(const Call& call)
{
    QList<QJsonObject> out;
    for (const QJsonObject& s : m_context->store->items(kVmSnapshots)) {
        if (str(s, "_account") != call.account
            || (call.has(u"virtualmachineid"_s) && str(s, "virtualmachineid") != call.param(u"virtualmachineid"_s))
            || (call.has(u"vmsnapshotid"_s) && str(s, "id") != call.param(u"vmsnapshotid"_s)))
            continue;
        out.append(s);
    }
    out = bySeq(out);
    for (QJsonObject& s : out)
        s = render(kVmSnapshots, str(s, "id"));
    return list(call, u"vmSnapshot"_s, out);
}

HttpResponse CloudStackService::deleteVMSnapshot(const Call& call)
{
    const QJsonObject snapshot = owned(kVmSnapshots, call, u"vmsnapshotid"_s);
    const QString job = startJob(call, u"VMSnapshot"_s, str(snapshot, "id"), m_context->actionDelayMs,
        {removal(kVmSnapshots, str(snapshot, "id"))}, u"success"_s, {});
    return asyncReply(call.command, job);
}

// ---------------------------------------------------------------------------------------------------------------
// SSH key pairs

HttpResponse CloudStackService::listSSHKeyPairs(const Call& call)
{
    QList<QJsonObject> out;
    for (const QJsonObject& k : m_context->store->items(kKeys)) {
        if (str(k, "_account") != call.account || (call.has(u"name"_s) && str(k, "name") != call.param(u"name"_s))
            || (call.has(u"fingerprint"_s) && str(k, "fingerprint") != call.param(u"fingerprint"_s)))
            continue;
        QJsonObject rendered = api::publicView(k);
        addOwner(&rendered, call.account);
        out.append(rendered);
    }
    return list(call, u"sshkeypair"_s, bySeq(out));
}

HttpResponse CloudStackService::createSSHKeyPair(const Call& call)
{
    const bool registering = call.command == u"registerSSHKeyPair"_s;
    const QString name = require(call, u"name"_s);
    QString publicKey;
    QString privateKey;
    if (registering) {
        publicKey = require(call, u"publickey"_s).trimmed();
        if (!publicKey.startsWith(u"ssh-"_s) && !publicKey.startsWith(u"ecdsa-"_s))
            throw cs::Error {431, u"Public key is invalid"_s, 4350};
    } else {
        QByteArray blob(279, Qt::Uninitialized);
        for (char& c : blob)
            c = char(QRandomGenerator::global()->bounded(256));
        publicKey = u"ssh-rsa "_s + QString::fromLatin1(blob.toBase64()) + u" sandbox"_s;
        QByteArray secret(1190, Qt::Uninitialized);
        for (char& c : secret)
            c = char(QRandomGenerator::global()->bounded(256));
        privateKey = u"-----BEGIN RSA PRIVATE KEY-----\n"_s + QString::fromLatin1(secret.toBase64())
            + u"\n-----END RSA PRIVATE KEY-----\n"_s;
    }
    const QString key = call.account + u'/' + name;
    if (m_context->store->contains(kKeys, key))
        throw cs::Error {431, u"A key pair with name '%1' already exists."_s.arg(name), 4350};
    const QByteArray blob = QByteArray::fromBase64(publicKey.section(u' ', 1, 1).toLatin1());
    const QByteArray md5 = QCryptographicHash::hash(blob, QCryptographicHash::Md5).toHex();
    QStringList pairs;
    for (qsizetype i = 0; i < md5.size(); i += 2)
        pairs << QString::fromLatin1(md5.mid(i, 2));
    const QJsonObject pair {{u"id"_s, api::newId()}, {u"name"_s, name}, {u"fingerprint"_s, pairs.join(u':')},
        {u"_account"_s, call.account}, {u"_publickey"_s, publicKey}};
    m_context->store->put(kKeys, pair, key);
    QJsonObject out = api::publicView(pair);
    addOwner(&out, call.account);
    if (!privateKey.isEmpty())
        out.insert(u"privatekey"_s, privateKey);
    return cs::ok(cs::responseName(call.command), QJsonObject {{u"keypair"_s, out}});
}

HttpResponse CloudStackService::deleteSSHKeyPair(const Call& call)
{
    const QString name = require(call, u"name"_s);
    const QString key = call.account + u'/' + name;
    if (!m_context->store->contains(kKeys, key))
        throw cs::Error {431,
            u"A key pair with name '%1' does not exist for account %2 in specified domain id"_s.arg(name, call.account),
            4350};
    m_context->store->remove(kKeys, key);
    return cs::ok(cs::responseName(call.command), QJsonObject {{u"success"_s, true}});
}

// ---------------------------------------------------------------------------------------------------------------
// Security groups

QJsonObject CloudStackService::newSecurityGroup(const QString& account, const QString& name, const QString& description)
{
    const QJsonObject group {{u"id"_s, api::newId()}, {u"name"_s, name}, {u"description"_s, description},
        {u"_account"_s, account}, {u"ingressrule"_s, QJsonArray()}, {u"egressrule"_s, QJsonArray()},
        {u"tags"_s, QJsonArray()}};
    m_context->store->put(kGroups, group);
    return group;
}

HttpResponse CloudStackService::listSecurityGroups(const Call& call)
{
    QList<QJsonObject> out;
    QSet<QString> ofVm;
    if (call.has(u"virtualmachineid"_s)) {
        for (const QJsonValue& v :
            m_context->store->item(kVms, call.param(u"virtualmachineid"_s)).value(u"_securitygroups"_s).toArray())
            ofVm.insert(v.toString());
    }
    for (const QJsonObject& g : m_context->store->items(kGroups)) {
        if (str(g, "_account") != call.account || (call.has(u"id"_s) && str(g, "id") != call.param(u"id"_s))
            || (call.has(u"securitygroupname"_s) && str(g, "name") != call.param(u"securitygroupname"_s))
            || (call.has(u"virtualmachineid"_s) && !ofVm.contains(str(g, "id"))))
            continue;
        out.append(g);
    }
    out = bySeq(out);
    for (QJsonObject& g : out)
        g = render(kGroups, str(g, "id"));
    return list(call, u"securitygroup"_s, out);
}

HttpResponse CloudStackService::createSecurityGroup(const Call& call)
{
    const QString name = require(call, u"name"_s);
    for (const QJsonObject& g : m_context->store->items(kGroups)) {
        if (str(g, "_account") == call.account && str(g, "name") == name)
            throw cs::Error {
                431, u"Unable to create security group, a group with name %1 already exists."_s.arg(name), 4350};
    }
    const QJsonObject group = newSecurityGroup(call.account, name, call.param(u"description"_s));
    return cs::ok(
        cs::responseName(call.command), QJsonObject {{u"securitygroup"_s, render(kGroups, str(group, "id"))}});
}

HttpResponse CloudStackService::authorizeSecurityGroupIngress(const Call& call)
{
    QJsonObject group;
    if (call.has(u"securitygroupid"_s)) {
        group = owned(kGroups, call, u"securitygroupid"_s);
    } else if (call.has(u"securitygroupname"_s)) {
        for (const QJsonObject& g : m_context->store->items(kGroups)) {
            if (str(g, "_account") == call.account && str(g, "name") == call.param(u"securitygroupname"_s))
                group = g;
        }
        if (group.isEmpty())
            throw cs::Error {431,
                u"Unable to find security group %1 in domain ROOT"_s.arg(call.param(u"securitygroupname"_s)), 4350};
    } else {
        throw cs::Error {431,
            u"Either securityGroupId or securityGroupName is required by authorizeSecurityGroupIngress command"_s,
            4350};
    }
    const QString protocol = call.has(u"protocol"_s) ? call.param(u"protocol"_s).toLower() : u"tcp"_s;
    QJsonObject rule {{u"ruleid"_s, api::newId()}, {u"protocol"_s, protocol}, {u"tags"_s, QJsonArray()}};
    if (protocol == u"tcp"_s || protocol == u"udp"_s) {
        rule.insert(u"startport"_s, intParam(call, u"startport"_s, 0));
        rule.insert(u"endport"_s, intParam(call, u"endport"_s, intParam(call, u"startport"_s, 0)));
    } else if (protocol == u"icmp"_s) {
        rule.insert(u"icmptype"_s, intParam(call, u"icmptype"_s, -1));
        rule.insert(u"icmpcode"_s, intParam(call, u"icmpcode"_s, -1));
    }
    rule.insert(u"cidr"_s, call.has(u"cidrlist"_s) ? call.param(u"cidrlist"_s) : u"0.0.0.0/0"_s);
    QJsonArray rules = group.value(u"ingressrule"_s).toArray();
    rules.append(rule);
    const QString job = startJob(call, u"SecurityGroup"_s, str(group, "id"), m_context->actionDelayMs,
        {effect(kGroups, str(group, "id"), {{u"ingressrule"_s, rules}})}, u"securitygroup"_s, kGroups);
    return asyncReply(call.command, job);
}

HttpResponse CloudStackService::deleteSecurityGroup(const Call& call)
{
    QJsonObject group;
    if (call.has(u"id"_s)) {
        group = owned(kGroups, call, u"id"_s);
    } else if (call.has(u"name"_s)) {
        for (const QJsonObject& g : m_context->store->items(kGroups)) {
            if (str(g, "_account") == call.account && str(g, "name") == call.param(u"name"_s))
                group = g;
        }
        if (group.isEmpty())
            throw cs::Error {431, u"Unable to find network group %1"_s.arg(call.param(u"name"_s)), 4350};
    } else {
        throw cs::Error {431, u"Either id or name parameter is requred by deleteSecurityGroup command"_s, 4350};
    }
    if (str(group, "name") == u"default"_s)
        throw cs::Error {431, u"The network default group can't be removed"_s, 4350};
    for (const QJsonObject& vm : m_context->store->items(kVms)) {
        if (vm.value(u"_securitygroups"_s).toArray().contains(str(group, "id")))
            throw cs::Error {536, u"Failed to delete group: the group is in use by VM %1"_s.arg(str(vm, "id")), 4390};
    }
    m_context->store->remove(kGroups, str(group, "id"));
    return cs::ok(cs::responseName(call.command), QJsonObject {{u"success"_s, true}});
}

// ---------------------------------------------------------------------------------------------------------------
// Public IP addresses

HttpResponse CloudStackService::associateIpAddress(const Call& call)
{
    if (!call.has(u"zoneid"_s) && !call.has(u"networkid"_s) && !call.has(u"vpcid"_s))
        throw cs::Error {431,
            u"Can't assign ip to the network directly when network belongs to VPC.Specify vpcId to "
            "associate ip address to VPC"_s,
            4350};
    const QJsonObject net = network(call.account);
    if (call.has(u"networkid"_s) && call.param(u"networkid"_s) != str(net, "id"))
        throw cs::invalidId(u"networkid"_s, call.param(u"networkid"_s));
    QJsonObject counter = m_context->store->item(u"cs_meta"_s, u"public-ip"_s);
    const int n = counter.value(u"next"_s).toInt() + 1;
    counter.insert(u"id"_s, u"public-ip"_s);
    counter.insert(u"next"_s, n);
    m_context->store->put(u"cs_meta"_s, counter);
    const QString id = api::newId();
    m_context->store->put(kIps,
        QJsonObject {{u"id"_s, id}, {u"ipaddress"_s, u"203.0.%1.%2"_s.arg(113 + n / 250).arg(n % 250 + 2)},
            {u"allocated"_s, cs::date(SandboxStore::nowMs())}, {u"zoneid"_s, str(zone(), "id")},
            {u"zonename"_s, str(zone(), "name")}, {u"issourcenat"_s, false}, {u"isstaticnat"_s, false},
            {u"issystem"_s, false}, {u"isportable"_s, false}, {u"forvirtualnetwork"_s, true},
            {u"associatednetworkid"_s, str(net, "id")}, {u"associatednetworkname"_s, str(net, "name")},
            {u"networkid"_s, api::stableId(u"cs-public-network"_s)}, {u"state"_s, u"Allocating"_s},
            {u"fordisplay"_s, true}, {u"tags"_s, QJsonArray()}, {u"_account"_s, call.account}});
    const QString job = startJob(call, u"IpAddress"_s, id, m_context->actionDelayMs,
        {effect(kIps, id, {{u"state"_s, u"Allocated"_s}})}, u"ipaddress"_s, kIps);
    return asyncReply(call.command, job, id);
}

HttpResponse CloudStackService::disassociateIpAddress(const Call& call)
{
    const QJsonObject ip = owned(kIps, call, u"id"_s);
    if (ip.value(u"isstaticnat"_s).toBool()) {
        QJsonObject vm = m_context->store->item(kVms, str(ip, "virtualmachineid"));
        if (!vm.isEmpty()) {
            vm.remove(u"publicip"_s);
            vm.remove(u"publicipid"_s);
            m_context->store->put(kVms, vm);
        }
    }
    if (ip.value(u"issourcenat"_s).toBool())
        throw cs::Error {
            431, u"Ip address id=%1 is source nat ip address, can't be disassociated"_s.arg(str(ip, "id")), 4350};
    QJsonArray effects {removal(kIps, str(ip, "id"))};
    for (const QJsonObject& rule : m_context->store->items(kFirewallRules)) {
        if (str(rule, "ipaddressid") == str(ip, "id"))
            effects.append(removal(kFirewallRules, str(rule, "id")));
    }
    const QString job
        = startJob(call, u"IpAddress"_s, str(ip, "id"), m_context->actionDelayMs, effects, u"success"_s, {});
    return asyncReply(call.command, job);
}

HttpResponse CloudStackService::enableStaticNat(const Call& call)
{
    QJsonObject ip = owned(kIps, call, u"ipaddressid"_s);
    QJsonObject vm = owned(kVms, call, u"virtualmachineid"_s);
    if (ip.value(u"isstaticnat"_s).toBool())
        throw cs::Error {431,
            u"Failed to enable static nat for the ip address id=%1 as it's already enabled for vm %2"_s.arg(
                str(ip, "id"), str(ip, "virtualmachinename")),
            4350};
    if (str(ip, "state") != u"Allocated"_s)
        throw cs::Error {431, u"Ip address %1 is not in Allocated state"_s.arg(str(ip, "ipaddress")), 4350};
    ip.insert(u"isstaticnat"_s, true);
    ip.insert(u"virtualmachineid"_s, str(vm, "id"));
    ip.insert(u"virtualmachinename"_s, str(vm, "name"));
    ip.insert(u"virtualmachinedisplayname"_s, str(vm, "displayname"));
    ip.insert(u"vmipaddress"_s, str(vm.value(u"nic"_s).toArray().first().toObject(), "ipaddress"));
    m_context->store->put(kIps, ip);
    vm.insert(u"publicip"_s, str(ip, "ipaddress"));
    vm.insert(u"publicipid"_s, str(ip, "id"));
    m_context->store->put(kVms, vm);
    return cs::ok(cs::responseName(call.command), QJsonObject {{u"success"_s, true}});
}

HttpResponse CloudStackService::listPublicIpAddresses(const Call& call)
{
    QList<QJsonObject> out;
    for (const QJsonObject& ip : m_context->store->items(kIps)) {
        if (str(ip, "_account") != call.account || (call.has(u"id"_s) && str(ip, "id") != call.param(u"id"_s))
            || (call.has(u"ipaddress"_s) && str(ip, "ipaddress") != call.param(u"ipaddress"_s))
            || (call.has(u"associatednetworkid"_s)
                && str(ip, "associatednetworkid") != call.param(u"associatednetworkid"_s))
            || (call.has(u"isstaticnat"_s)
                && ip.value(u"isstaticnat"_s).toBool() != boolParam(call, u"isstaticnat"_s, false)))
            continue;
        out.append(ip);
    }
    out = bySeq(out);
    for (QJsonObject& ip : out)
        ip = render(kIps, str(ip, "id"));
    return list(call, u"publicipaddress"_s, out);
}

HttpResponse CloudStackService::disableStaticNat(const Call& call)
{
    QJsonObject ip = owned(kIps, call, u"ipaddressid"_s);
    if (!ip.value(u"isstaticnat"_s).toBool())
        throw cs::Error {431, u"Specified IP address id is not associated with any vm Id"_s, 4350};
    QJsonObject vm = m_context->store->item(kVms, str(ip, "virtualmachineid"));
    if (!vm.isEmpty()) {
        vm.remove(u"publicip"_s);
        vm.remove(u"publicipid"_s);
        m_context->store->put(kVms, vm);
    }
    for (const char* key : {"virtualmachineid", "virtualmachinename", "virtualmachinedisplayname", "vmipaddress"})
        ip.remove(QLatin1String(key));
    m_context->store->put(kIps, ip);
    const QString job = startJob(call, u"IpAddress"_s, str(ip, "id"), m_context->actionDelayMs,
        {effect(kIps, str(ip, "id"), {{u"isstaticnat"_s, false}})}, u"success"_s, {});
    return asyncReply(call.command, job);
}

// ---------------------------------------------------------------------------------------------------------------
// Firewall rules on public IPs (the virtual router of an isolated network)

HttpResponse CloudStackService::createFirewallRule(const Call& call)
{
    const QJsonObject ip = owned(kIps, call, u"ipaddressid"_s);
    const QString protocol = require(call, u"protocol"_s).toLower();
    if (protocol != u"tcp"_s && protocol != u"udp"_s && protocol != u"icmp"_s)
        throw cs::Error {431, u"Invalid protocol: %1"_s.arg(protocol), 4350};
    QJsonObject rule {{u"id"_s, api::newId()}, {u"ipaddressid"_s, str(ip, "id")},
        {u"ipaddress"_s, str(ip, "ipaddress")}, {u"protocol"_s, protocol},
        {u"networkid"_s, str(ip, "associatednetworkid")}, {u"state"_s, u"Active"_s},
        {u"cidrlist"_s, call.has(u"cidrlist"_s) ? call.param(u"cidrlist"_s) : u"0.0.0.0/0"_s},
        {u"tags"_s, QJsonArray()}, {u"fordisplay"_s, true}, {u"_account"_s, call.account}};
    int start = 0;
    int end = 0;
    if (protocol == u"icmp"_s) {
        rule.insert(u"icmptype"_s, intParam(call, u"icmptype"_s, -1));
        rule.insert(u"icmpcode"_s, intParam(call, u"icmpcode"_s, -1));
    } else {
        start = intParam(call, u"startport"_s, 0);
        end = intParam(call, u"endport"_s, start);
        if (start < 1 || end > 65535 || start > end)
            throw cs::Error {431, u"Invalid port range %1-%2"_s.arg(start).arg(end), 4350};
        rule.insert(u"startport"_s, start);
        rule.insert(u"endport"_s, end);
    }
    // FirewallManagerImpl.detectRulesConflict: same address and protocol, overlapping ports (and CIDRs).
    for (const QJsonObject& other : m_context->store->items(kFirewallRules)) {
        if (str(other, "ipaddressid") != str(ip, "id") || str(other, "protocol") != protocol
            || str(other, "cidrlist") != str(rule, "cidrlist"))
            continue;
        if (protocol == u"icmp"_s)
            throw cs::Error {537, u"New rule conflicts with existing rule id=%1"_s.arg(str(other, "id")), 4355};
        const int otherStart = other.value(u"startport"_s).toInt();
        const int otherEnd = other.value(u"endport"_s).toInt();
        if (start <= otherEnd && otherStart <= end)
            throw cs::Error {537,
                u"The range specified, %1-%2, conflicts with rule %3 which has %4-%5"_s.arg(start)
                    .arg(end)
                    .arg(str(other, "id"))
                    .arg(otherStart)
                    .arg(otherEnd),
                4355};
    }
    rule.insert(u"state"_s, u"Add"_s);
    m_context->store->put(kFirewallRules, rule);
    const QString job = startJob(call, u"FirewallRule"_s, str(rule, "id"), m_context->actionDelayMs,
        {effect(kFirewallRules, str(rule, "id"), {{u"state"_s, u"Active"_s}})}, u"firewallrule"_s, kFirewallRules);
    return asyncReply(call.command, job, str(rule, "id"));
}

HttpResponse CloudStackService::listFirewallRules(const Call& call)
{
    QList<QJsonObject> out;
    for (const QJsonObject& rule : m_context->store->items(kFirewallRules)) {
        if (str(rule, "_account") != call.account || (call.has(u"id"_s) && str(rule, "id") != call.param(u"id"_s))
            || (call.has(u"ipaddressid"_s) && str(rule, "ipaddressid") != call.param(u"ipaddressid"_s)))
            continue;
        out.append(rule);
    }
    out = bySeq(out);
    for (QJsonObject& rule : out)
        rule = render(kFirewallRules, str(rule, "id"));
    return list(call, u"firewallrule"_s, out);
}

// ---------------------------------------------------------------------------------------------------------------
// Resource tags (TaggedResourceManagerImpl): createTags/deleteTags on VMs, templates, volumes and snapshots

namespace {

/// The collection of a taggable resource type (ResourceObjectType names), empty for the rest.
QString taggedCollection(const QString& resourceType)
{
    static const QHash<QString, QString> collections = {
        {u"uservm"_s, kVms}, {u"template"_s, kTemplates}, {u"volume"_s, kVolumes}, {u"snapshot"_s, u"cs_snapshots"_s}};
    return collections.value(resourceType.toLower());
}

/// The `tags` map parameter (tags[0].key=..&tags[0].value=..) as ordered key/value pairs.
QList<QPair<QString, QString>> tagsParameter(const cs::Params& params)
{
    static const QRegularExpression entry(
        u"^tags\\[(\\d+)\\]\\.(key|value)$"_s, QRegularExpression::CaseInsensitiveOption);
    QMap<int, QPair<QString, QString>> byIndex;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const auto match = entry.match(it.key());
        if (!match.hasMatch())
            continue;
        auto& pair = byIndex[match.captured(1).toInt()];
        (match.captured(2).compare(u"key"_s, Qt::CaseInsensitive) == 0 ? pair.first : pair.second) = it.value();
    }
    return byIndex.values();
}

} // namespace

HttpResponse CloudStackService::createTags(const Call& call)
{
    const QString resourceType = require(call, u"resourcetype"_s);
    const QStringList resourceIds = require(call, u"resourceids"_s).split(u',', Qt::SkipEmptyParts);
    const QList<QPair<QString, QString>> tags = tagsParameter(call.params);
    if (tags.isEmpty())
        throw cs::missingParameter(call.command, u"tags"_s);
    const QString collection = taggedCollection(resourceType);
    if (collection.isEmpty())
        throw cs::Error {431, u"Invalid resource type %1"_s.arg(resourceType), 4350};
    QJsonArray effects;
    for (const QString& resourceId : resourceIds) {
        const QJsonObject object = m_context->store->item(collection, resourceId.trimmed());
        if (object.isEmpty() || str(object, "_account") != call.account)
            throw cs::Error {
                431, u"Unable to find resource by id %1 and type %2"_s.arg(resourceId.trimmed(), resourceType), 4350};
        QJsonArray current = object.value(u"tags"_s).toArray();
        for (const auto& [key, value] : tags) {
            if (key.isEmpty())
                throw cs::Error {431, u"Tag key can't be empty"_s, 4350};
            for (const QJsonValue& existing : std::as_const(current)) {
                if (str(existing.toObject(), "key") == key)
                    throw cs::Error {
                        431, u"tag %1 already on %2 with id %3"_s.arg(key, resourceType, resourceId.trimmed()), 4350};
            }
            QJsonObject tag {{u"key"_s, key}, {u"value"_s, value}, {u"resourcetype"_s, resourceType},
                {u"resourceid"_s, resourceId.trimmed()}};
            addOwner(&tag, call.account);
            current.append(tag);
        }
        effects.append(effect(collection, resourceId.trimmed(), {{u"tags"_s, current}}));
    }
    const QString job = startJob(call, u"None"_s, {}, m_context->actionDelayMs, effects, u"success"_s, {});
    return asyncReply(call.command, job);
}

HttpResponse CloudStackService::deleteTags(const Call& call)
{
    const QString resourceType = require(call, u"resourcetype"_s);
    const QStringList resourceIds = require(call, u"resourceids"_s).split(u',', Qt::SkipEmptyParts);
    const QList<QPair<QString, QString>> tags = tagsParameter(call.params);
    const QString collection = taggedCollection(resourceType);
    if (collection.isEmpty())
        throw cs::Error {431, u"Invalid resource type %1"_s.arg(resourceType), 4350};
    QJsonArray effects;
    for (const QString& resourceId : resourceIds) {
        const QJsonObject object = m_context->store->item(collection, resourceId.trimmed());
        if (object.isEmpty() || str(object, "_account") != call.account)
            throw cs::Error {
                431, u"Unable to find resource by id %1 and type %2"_s.arg(resourceId.trimmed(), resourceType), 4350};
        QJsonArray kept;
        for (const QJsonValue& existing : object.value(u"tags"_s).toArray()) {
            bool remove = tags.isEmpty();
            for (const auto& [key, value] : tags) {
                if (str(existing.toObject(), "key") == key
                    && (value.isEmpty() || str(existing.toObject(), "value") == value))
                    remove = true;
            }
            if (!remove)
                kept.append(existing);
        }
        effects.append(effect(collection, resourceId.trimmed(), {{u"tags"_s, kept}}));
    }
    const QString job = startJob(call, u"None"_s, {}, m_context->actionDelayMs, effects, u"success"_s, {});
    return asyncReply(call.command, job);
}

} // namespace ct::sandbox
