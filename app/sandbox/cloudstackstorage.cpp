// CloudStackService: templates (with real bytes), volumes, volume snapshots, extract downloads and POST uploads.
#include "cloudstackservice.h"
#include "imageservice.h"
#include "sandboxapi.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ct::sandbox {

namespace {

const QString kVms = u"cs_vms"_s;
const QString kVolumes = u"cs_volumes"_s;
const QString kTemplates = u"cs_templates"_s;
const QString kSnapshots = u"cs_snapshots"_s;
const QString kExtracts = u"cs_extracts"_s;
const QString kUploads = u"cs_uploads"_s;
const QString kDisks = u"cs_disks"_s;
constexpr qint64 kGiB = 1024LL * 1024 * 1024;

QString str(const QJsonObject& object, const char* key) { return object.value(QLatin1String(key)).toString(); }

QJsonObject effect(const QString& collection, const QString& id, const QJsonObject& set, const QStringList& unset = {})
{
    QJsonObject e {{u"collection"_s, collection}, {u"id"_s, id}, {u"set"_s, set}};
    if (!unset.isEmpty())
        e.insert(u"unset"_s, QJsonArray::fromStringList(unset));
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

/// A small qcow2-looking file with stable content (magic "QFI\xfb", then pseudo-random bytes).
QByteArray templateBytes(const QString& seed, qint64 size)
{
    QByteArray out;
    out.reserve(size);
    out.append("QFI\xfb\x00\x00\x00\x03", 8);
    out.append("CLOUDTWIN-SANDBOX-TEMPLATE " + seed.toUtf8() + '\n');
    QByteArray block = seed.toUtf8();
    while (out.size() < size) {
        block = QCryptographicHash::hash(block, QCryptographicHash::Sha256);
        out.append(block);
    }
    out.truncate(size);
    return out;
}

QString md5Of(const QString& path)
{
    qint64 size = 0;
    QString md5, sha;
    ImageService::hashFile(path, &size, &md5, &sha);
    return md5;
}

QByteArray uploadKey() { return QByteArrayLiteral("cloudtwin-sandbox-ssvm-upload-key"); }

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// Defaults

void CloudStackService::createDefaults()
{
    struct Spec
    {
        QString name, ostype;
        qint64 bytes, virtualSize;
    };
    const QList<Spec> specs {
        {u"CirrOS 0.6 (sandbox)"_s, u"Other Linux (64-bit)"_s, 64 * 1024, 117440512},
        {u"Ubuntu 22.04 (sandbox)"_s, u"Ubuntu 22.04 LTS"_s, 32 * 1024, 2361393152},
        {u"Debian 12 (sandbox)"_s, u"Debian GNU/Linux 12 (64-bit)"_s, 32 * 1024, 2147483648},
    };
    for (const Spec& spec : specs) {
        const QString id = api::stableId(u"cs-template-"_s + spec.name);
        const QString path = m_context->store->filePath(kTemplates, id);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(templateBytes(spec.name, spec.bytes));
        file.close();
        QJsonObject ostype;
        for (const QJsonObject& o : osTypes()) {
            if (str(o, "description") == spec.ostype)
                ostype = o;
        }
        m_context->store->put(kTemplates,
            QJsonObject {{u"id"_s, id}, {u"name"_s, spec.name}, {u"displaytext"_s, spec.name}, {u"ispublic"_s, true},
                {u"isfeatured"_s, true}, {u"isextractable"_s, true}, {u"isready"_s, true},
                {u"status"_s, u"Download Complete"_s}, {u"format"_s, u"QCOW2"_s}, {u"hypervisor"_s, u"KVM"_s},
                {u"ostypeid"_s, str(ostype, "id")}, {u"ostypename"_s, spec.ostype}, {u"size"_s, spec.virtualSize},
                {u"physicalsize"_s, spec.bytes}, {u"checksum"_s, md5Of(path)}, {u"created"_s, cs::date(1735689600000)},
                {u"templatetype"_s, u"USER"_s}, {u"_account"_s, u"system"_s}});
    }
    for (const QString& account : accounts())
        newSecurityGroup(account, u"default"_s, u"Default Security Group"_s);
}

// ---------------------------------------------------------------------------------------------------------------
// Templates

QJsonObject CloudStackService::renderTemplate(const QJsonObject& templ) const
{
    QJsonObject out = api::publicView(templ);
    addOwner(&out, str(templ, "_account"));
    out.insert(u"zoneid"_s, str(zone(), "id"));
    out.insert(u"zonename"_s, str(zone(), "name"));
    out.insert(u"crossZones"_s, false);
    out.insert(u"passwordenabled"_s, false);
    out.insert(u"sshkeyenabled"_s, false);
    out.insert(u"isdynamicallyscalable"_s, false);
    out.insert(u"directdownload"_s, false);
    out.insert(u"deployasis"_s, false);
    out.insert(u"requireshvm"_s, true);
    out.insert(u"bootable"_s, true);
    out.insert(u"tags"_s, QJsonArray());
    out.insert(u"details"_s, QJsonObject());
    out.insert(u"hasannotations"_s, false);
    return out;
}

HttpResponse CloudStackService::listTemplates(const Call& call)
{
    const QString filter = require(call, u"templatefilter"_s);
    static const QStringList filters {u"featured"_s, u"self"_s, u"selfexecutable"_s, u"sharedexecutable"_s,
        u"executable"_s, u"community"_s, u"all"_s};
    if (!filters.contains(filter))
        throw cs::Error {431, u"Please specify a valid template filter"_s, 4350};
    QList<QJsonObject> out;
    for (const QJsonObject& t : m_context->store->items(kTemplates)) {
        const bool own = str(t, "_account") == call.account;
        const bool pub = t.value(u"ispublic"_s).toBool();
        const bool featured = t.value(u"isfeatured"_s).toBool();
        const bool ready = t.value(u"isready"_s).toBool();
        bool match = false;
        if (filter == u"featured"_s)
            match = featured && pub;
        else if (filter == u"self"_s)
            match = own;
        else if (filter == u"selfexecutable"_s)
            match = own && ready;
        else if (filter == u"executable"_s)
            match = (pub || own) && ready;
        else if (filter == u"community"_s)
            match = pub && !featured && !own;
        else if (filter == u"all"_s)
            match = pub || own;
        if (!match || (call.has(u"id"_s) && str(t, "id") != call.param(u"id"_s))
            || (call.has(u"name"_s) && str(t, "name") != call.param(u"name"_s))
            || (call.has(u"keyword"_s) && !str(t, "name").contains(call.param(u"keyword"_s), Qt::CaseInsensitive)))
            continue;
        out.append(t);
    }
    out = bySeq(out);
    for (QJsonObject& t : out)
        t = renderTemplate(t);
    return list(call, u"template"_s, out);
}

HttpResponse CloudStackService::createTemplate(const Call& call)
{
    const QString name = require(call, u"name"_s);
    const QString ostypeId = require(call, u"ostypeid"_s);
    const QJsonObject ostype = findIn(osTypes(), ostypeId);
    if (ostype.isEmpty())
        throw cs::invalidId(u"ostypeid"_s, ostypeId);
    const bool fromSnapshot = call.has(u"snapshotid"_s);
    const bool fromVolume = call.has(u"volumeid"_s);
    if (fromSnapshot && fromVolume)
        throw cs::Error {431,
            u"Failed to create private template record, please specify only one of volume ID (%1) and snapshot ID "
            "(%2)"_s.arg(call.param(u"volumeid"_s), call.param(u"snapshotid"_s)),
            4350};
    if (!fromSnapshot && !fromVolume)
        throw cs::Error {
            431, u"Failed to create private template record, need to specify snapshotId or volumeId"_s, 4350};
    QString source;
    qint64 virtualSize = 0;
    if (fromSnapshot) {
        const QJsonObject snapshot = owned(kSnapshots, call, u"snapshotid"_s);
        if (str(snapshot, "state") != u"BackedUp"_s)
            throw cs::Error {431,
                u"Snapshot %1 is not in BackedUp state yet and can't be used for template creation"_s.arg(
                    str(snapshot, "id")),
                4350};
        source = m_context->store->filePath(kSnapshots, str(snapshot, "id"));
        virtualSize = snapshot.value(u"virtualsize"_s).toInteger();
    } else {
        const QJsonObject volume = owned(kVolumes, call, u"volumeid"_s);
        const QJsonObject vm = m_context->store->item(kVms, str(volume, "virtualmachineid"));
        if (!vm.isEmpty() && str(vm, "state") != u"Stopped"_s)
            throw cs::Error {431,
                u"VolumeId: %1 please stop vm with this volume before creating template. The virtual machine must be "
                "in a STOPPED state."_s.arg(str(volume, "id")),
                4350};
        source = volumeBytes(volume);
        virtualSize = volume.value(u"size"_s).toInteger();
    }
    const QString id = api::newId();
    const QString path = m_context->store->filePath(kTemplates, id);
    QFile::remove(path);
    QFile::copy(source, path);
    m_context->store->put(kTemplates,
        QJsonObject {{u"id"_s, id}, {u"name"_s, name},
            {u"displaytext"_s, call.has(u"displaytext"_s) ? call.param(u"displaytext"_s) : name},
            {u"ispublic"_s, boolParam(call, u"ispublic"_s, false)}, {u"isfeatured"_s, false},
            {u"isextractable"_s, true}, {u"isready"_s, false}, {u"status"_s, QString()}, {u"format"_s, u"QCOW2"_s},
            {u"hypervisor"_s, u"KVM"_s}, {u"ostypeid"_s, ostypeId}, {u"ostypename"_s, str(ostype, "description")},
            {u"size"_s, virtualSize}, {u"physicalsize"_s, QFileInfo(path).size()}, {u"checksum"_s, md5Of(path)},
            {u"created"_s, cs::date(SandboxStore::nowMs())}, {u"templatetype"_s, u"USER"_s},
            {u"_account"_s, call.account}});
    const QString job = startJob(call, u"Template"_s, id, m_context->actionDelayMs,
        {effect(kTemplates, id, {{u"isready"_s, true}, {u"status"_s, u"Download Complete"_s}})}, u"template"_s,
        kTemplates);
    return asyncReply(call.command, job, id);
}

HttpResponse CloudStackService::deleteTemplate(const Call& call)
{
    const QJsonObject templ = owned(kTemplates, call, u"id"_s);
    const QString job = startJob(call, u"Template"_s, str(templ, "id"), m_context->actionDelayMs,
        {QJsonObject {
            {u"collection"_s, kTemplates}, {u"id"_s, str(templ, "id")}, {u"remove"_s, true}, {u"file"_s, kTemplates}}},
        u"success"_s, {});
    return asyncReply(call.command, job);
}

HttpResponse CloudStackService::extractTemplate(const Call& call)
{
    const QString id = require(call, u"id"_s);
    const QString mode = require(call, u"mode"_s);
    if (mode != u"HTTP_DOWNLOAD"_s && mode != u"FTP_UPLOAD"_s)
        throw cs::Error {
            431, u"Please specify a valid extract Mode. Supported modes: HTTP_DOWNLOAD, FTP_UPLOAD"_s, 4350};
    if (mode == u"FTP_UPLOAD"_s)
        throw cs::Error {431, u"FTP_UPLOAD is not emulated by the CloudTwin sandbox; use HTTP_DOWNLOAD"_s, 4350};
    const QJsonObject templ = m_context->store->item(kTemplates, id);
    if (templ.isEmpty() || (!templ.value(u"ispublic"_s).toBool() && str(templ, "_account") != call.account))
        throw cs::invalidId(u"id"_s, id);
    if (!templ.value(u"isextractable"_s).toBool())
        throw cs::Error {431, u"Unable to extract template id=%1 as it's not extractable"_s.arg(id), 4350};
    if (!templ.value(u"isready"_s).toBool())
        throw cs::Error {431, u"Unable to extract template id=%1 as it's not ready"_s.arg(id), 4350};
    const QString token = api::newId();
    const QString ext = str(templ, "format").toLower();
    m_context->store->put(kExtracts,
        QJsonObject {{u"id"_s, id}, {u"extractId"_s, token}, {u"name"_s, str(templ, "name")}, {u"extractMode"_s, mode},
            {u"state"_s, u"DOWNLOAD_URL_CREATED"_s}, {u"status"_s, u"DOWNLOAD_URL_CREATED"_s},
            {u"uploadpercentage"_s, 100},
            {u"url"_s, QString(m_context->baseUrl + u"/userdata/"_s + token + u'.' + ext)},
            {u"zoneid"_s, str(zone(), "id")}, {u"zonename"_s, str(zone(), "name")}, {u"storagetype"_s, u"Image"_s},
            {u"accountid"_s, api::stableId(u"cs-account-"_s + call.account)},
            {u"created"_s, cs::date(SandboxStore::nowMs())}, {u"_account"_s, call.account}, {u"_template"_s, id}},
        token);
    const QString job = startJob(call, u"Template"_s, id, m_context->actionDelayMs, {}, u"template"_s, kExtracts);
    QJsonObject stored = m_context->store->item(u"cs_jobs"_s, job);
    stored.insert(u"_result_id"_s, token);
    m_context->store->put(u"cs_jobs"_s, stored);
    return asyncReply(call.command, job);
}

HttpResponse CloudStackService::download(const HttpRequest& request)
{
    const QString token = request.path.mid(QStringLiteral("/userdata/").size()).section(u'.', 0, 0);
    const QJsonObject extract = m_context->store->item(kExtracts, token);
    const QString path = m_context->store->filePath(kTemplates, str(extract, "_template"));
    if (extract.isEmpty() || !QFileInfo::exists(path) || (request.method != "GET" && request.method != "HEAD"))
        return HttpResponse::text(404,
            QByteArrayLiteral("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"),
            QByteArrayLiteral("text/html"));
    HttpResponse response;
    response.status = 200;
    response.file = path;
    response.fileLength = QFileInfo(path).size();
    response.header(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream"));
    return response;
}

HttpResponse CloudStackService::getUploadParamsForTemplate(const Call& call)
{
    const QString name = require(call, u"name"_s);
    const QString format = require(call, u"format"_s);
    const QString zoneId = require(call, u"zoneid"_s);
    const QString hypervisor = require(call, u"hypervisor"_s);
    const QString ostypeId = require(call, u"ostypeid"_s);
    static const QStringList formats {u"QCOW2"_s, u"OVA"_s, u"VHD"_s};
    if (!formats.contains(format.toUpper()))
        throw cs::Error {
            431, u"Invalid value for format: %1. Allowed values are [QCOW2, OVA, VHD]"_s.arg(format), 4350};
    if (zoneId != str(zone(), "id"))
        throw cs::invalidId(u"zoneid"_s, zoneId);
    const QJsonObject ostype = findIn(osTypes(), ostypeId);
    if (ostype.isEmpty())
        throw cs::invalidId(u"ostypeid"_s, ostypeId);
    const QString id = api::newId();
    m_context->store->put(kTemplates,
        QJsonObject {{u"id"_s, id}, {u"name"_s, name},
            {u"displaytext"_s, call.has(u"displaytext"_s) ? call.param(u"displaytext"_s) : name},
            {u"ispublic"_s, boolParam(call, u"ispublic"_s, false)}, {u"isfeatured"_s, false},
            {u"isextractable"_s, boolParam(call, u"isextractable"_s, false)}, {u"isready"_s, false},
            {u"status"_s, u"Upload not started"_s}, {u"format"_s, format.toUpper()}, {u"hypervisor"_s, hypervisor},
            {u"ostypeid"_s, ostypeId}, {u"ostypename"_s, str(ostype, "description")}, {u"size"_s, 0},
            {u"created"_s, cs::date(SandboxStore::nowMs())}, {u"templatetype"_s, u"USER"_s},
            {u"_account"_s, call.account}, {u"_checksum"_s, call.param(u"checksum"_s)}});
    const QString postUrl = m_context->baseUrl + u"/upload/"_s + id;
    const qint64 expiresMs = SandboxStore::nowMs() + 60LL * 60 * 1000;
    const QString expires
        = QDateTime::fromMSecsSinceEpoch(expiresMs, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
    const QString metadata = QString::fromLatin1(
        QJsonDocument(QJsonObject {{u"entityUUID"_s, id}, {u"format"_s, format.toUpper()}, {u"name"_s, name}})
            .toJson(QJsonDocument::Compact)
            .toBase64());
    const QString signature = QString::fromLatin1(
        QMessageAuthenticationCode::hash((metadata + postUrl + expires).toUtf8(), uploadKey(), QCryptographicHash::Sha1)
            .toBase64());
    m_context->store->put(kUploads,
        QJsonObject {{u"id"_s, id}, {u"_metadata"_s, metadata}, {u"_signature"_s, signature}, {u"_expires"_s, expires},
            {u"_expires_ms"_s, expiresMs}, {u"_account"_s, call.account}});
    return cs::ok(cs::responseName(call.command),
        QJsonObject {{u"getuploadparams"_s,
            QJsonObject {{u"id"_s, id}, {u"postURL"_s, postUrl}, {u"metadata"_s, metadata}, {u"expires"_s, expires},
                {u"signature"_s, signature}}}});
}

HttpResponse CloudStackService::upload(const HttpRequest& request)
{
    const auto plain = [](int status, const QByteArray& text) {
        HttpResponse r = HttpResponse::text(status, text, QByteArrayLiteral("text/plain"));
        r.header(QByteArrayLiteral("Access-Control-Allow-Origin"), QByteArrayLiteral("*"));
        return r;
    };
    if (request.method == "OPTIONS") {
        HttpResponse r = plain(200, {});
        r.header(QByteArrayLiteral("Access-Control-Allow-Methods"), QByteArrayLiteral("POST, OPTIONS"));
        r.header(QByteArrayLiteral("Access-Control-Allow-Headers"),
            QByteArrayLiteral("x-signature, x-expires, x-metadata, x-host, content-type"));
        return r;
    }
    const QString id = request.path.mid(QStringLiteral("/upload/").size());
    const QJsonObject ticket = m_context->store->item(kUploads, id);
    if (request.method != "POST" || ticket.isEmpty())
        return plain(404, QByteArrayLiteral("upload URL not found or already used"));
    if (!cs::constantTimeEquals(request.header("x-signature"), str(ticket, "_signature").toUtf8())
        || request.header("x-metadata") != str(ticket, "_metadata").toUtf8()
        || request.header("x-expires") != str(ticket, "_expires").toUtf8())
        return plain(403, QByteArrayLiteral("signature validation failed"));
    if (ticket.value(u"_expires_ms"_s).toInteger() < SandboxStore::nowMs())
        return plain(403, QByteArrayLiteral("the upload URL has expired"));
    const QByteArray contentType = request.header("content-type");
    const qsizetype b = contentType.indexOf("boundary=");
    if (!contentType.toLower().startsWith("multipart/form-data") || b < 0)
        return plain(400, QByteArrayLiteral("expected multipart/form-data"));
    QByteArray boundary = contentType.mid(b + 9);
    if (const qsizetype semi = boundary.indexOf(';'); semi >= 0)
        boundary.truncate(semi);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;

    // The body may be spooled (large uploads): map it instead of reading it into memory.
    QFile spool(request.bodyFile);
    QByteArrayView body;
    if (!request.bodyFile.isEmpty()) {
        if (!spool.open(QIODevice::ReadOnly))
            return plain(500, QByteArrayLiteral("cannot read the upload"));
        const uchar* mapped = spool.size() > 0 ? spool.map(0, spool.size()) : nullptr;
        body = QByteArrayView(reinterpret_cast<const char*>(mapped), mapped ? spool.size() : 0);
    } else {
        body = QByteArrayView(request.body);
    }
    qsizetype partStart = body.indexOf(delimiter);
    QByteArrayView content;
    bool found = false;
    while (partStart >= 0 && !found) {
        const qsizetype headersStart = partStart + delimiter.size() + 2;
        const qsizetype headersEnd = body.indexOf(QByteArrayView("\r\n\r\n"), headersStart);
        if (headersEnd < 0)
            break;
        const QByteArrayView headers = body.sliced(headersStart, headersEnd - headersStart);
        const qsizetype next = body.indexOf(QByteArrayView(QByteArray("\r\n" + delimiter)), headersEnd + 4);
        if (next < 0)
            break;
        if (headers.contains(QByteArrayView("filename="))) {
            content = body.sliced(headersEnd + 4, next - headersEnd - 4);
            found = true;
        }
        partStart = next + 2;
    }
    if (!found)
        return plain(400, QByteArrayLiteral("no file part in the multipart body"));
    const QString path = m_context->store->filePath(kTemplates, id);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content.data(), content.size()) != content.size())
        return plain(500, QByteArrayLiteral("cannot store the upload"));
    out.close();
    m_context->store->remove(kUploads, id);
    QJsonObject templ = m_context->store->item(kTemplates, id);
    const QString md5 = md5Of(path);
    const QString expected = str(templ, "_checksum").section(u'}', -1);
    templ.insert(u"status"_s, u"UPLOADED"_s);
    templ.insert(u"physicalsize"_s, QFileInfo(path).size());
    templ.insert(u"size"_s, qMax<qint64>(QFileInfo(path).size(), kGiB));
    templ.insert(u"checksum"_s, md5);
    m_context->store->put(kTemplates, templ);
    if (!expected.isEmpty() && expected.compare(md5, Qt::CaseInsensitive) != 0)
        m_context->store->schedule(kTemplates, id, m_context->actionDelayMs,
            QJsonObject {{u"status"_s, u"Upload Error: checksum mismatch"_s}});
    else
        m_context->store->schedule(kTemplates, id, m_context->actionDelayMs,
            QJsonObject {{u"isready"_s, true}, {u"status"_s, u"Download Complete"_s}});
    return plain(200, {});
}

// ---------------------------------------------------------------------------------------------------------------
// Volumes

QString CloudStackService::volumeBytes(const QJsonObject& volume) const
{
    const QString own = m_context->store->filePath(kDisks, str(volume, "id"));
    if (QFileInfo::exists(own))
        return own;
    if (!str(volume, "templateid").isEmpty())
        return m_context->store->filePath(kTemplates, str(volume, "templateid"));
    QFile empty(own);
    empty.open(QIODevice::WriteOnly); // a blank data disk
    return own;
}

QString CloudStackService::createRootVolume(
    const QString& account, const QString& vmId, const QString& vmName, const QJsonObject& templ)
{
    const QString id = api::newId();
    m_context->store->put(kVolumes,
        QJsonObject {{u"id"_s, id}, {u"name"_s, QString(u"ROOT-"_s + vmName)}, {u"type"_s, u"ROOT"_s},
            {u"deviceid"_s, 0}, {u"virtualmachineid"_s, vmId}, {u"state"_s, u"Ready"_s},
            {u"size"_s, templ.value(u"size"_s).toInteger(2 * kGiB)}, {u"created"_s, cs::date(SandboxStore::nowMs())},
            {u"zoneid"_s, str(zone(), "id")}, {u"templateid"_s, str(templ, "id")}, {u"_account"_s, account}});
    return id;
}

QJsonObject CloudStackService::renderVolume(const QJsonObject& volume) const
{
    QJsonObject out = api::publicView(volume);
    addOwner(&out, str(volume, "_account"));
    out.insert(u"zonename"_s, str(zone(), "name"));
    out.insert(u"storagetype"_s, u"shared"_s);
    out.insert(u"provisioningtype"_s, u"thin"_s);
    out.insert(u"hypervisor"_s, u"KVM"_s);
    out.insert(u"isextractable"_s, true);
    out.insert(u"destroyed"_s, str(volume, "state") == u"Destroy"_s);
    out.insert(u"storage"_s, u"sandbox-primary"_s);
    const QJsonObject offering = findIn(diskOfferings(), str(volume, "diskofferingid"));
    if (!offering.isEmpty())
        out.insert(u"diskofferingname"_s, str(offering, "name"));
    const QJsonObject vm = m_context->store->item(kVms, str(volume, "virtualmachineid"));
    if (!vm.isEmpty()) {
        out.insert(u"vmname"_s, str(vm, "name"));
        out.insert(u"vmdisplayname"_s, str(vm, "displayname"));
        out.insert(u"vmstate"_s, str(vm, "state"));
    }
    return out;
}

HttpResponse CloudStackService::listVolumes(const Call& call)
{
    QList<QJsonObject> out;
    for (const QJsonObject& v : m_context->store->items(kVolumes)) {
        if (str(v, "_account") != call.account || (call.has(u"id"_s) && str(v, "id") != call.param(u"id"_s))
            || (call.has(u"virtualmachineid"_s) && str(v, "virtualmachineid") != call.param(u"virtualmachineid"_s))
            || (call.has(u"type"_s) && str(v, "type").compare(call.param(u"type"_s), Qt::CaseInsensitive) != 0)
            || (call.has(u"name"_s) && str(v, "name") != call.param(u"name"_s))
            || (!call.has(u"id"_s) && str(v, "state") == u"Destroy"_s))
            continue;
        out.append(v);
    }
    out = bySeq(out);
    for (QJsonObject& v : out)
        v = renderVolume(v);
    return list(call, u"volume"_s, out);
}

HttpResponse CloudStackService::createVolume(const Call& call)
{
    const bool fromSnapshot = call.has(u"snapshotid"_s);
    if (!fromSnapshot && !call.has(u"diskofferingid"_s))
        throw cs::Error {
            431, u"At least one of disk Offering ID or snapshot ID must be passed whilst creating volume"_s, 4350};
    if (!fromSnapshot)
        require(call, u"zoneid"_s);
    const QString id = api::newId();
    qint64 size = 0;
    QString offeringId;
    if (fromSnapshot) {
        const QJsonObject snapshot = owned(kSnapshots, call, u"snapshotid"_s);
        size = snapshot.value(u"virtualsize"_s).toInteger();
        QFile::copy(
            m_context->store->filePath(kSnapshots, str(snapshot, "id")), m_context->store->filePath(kDisks, id));
    } else {
        offeringId = call.param(u"diskofferingid"_s);
        const QJsonObject offering = findIn(diskOfferings(), offeringId);
        if (offering.isEmpty())
            throw cs::invalidId(u"diskofferingid"_s, offeringId);
        if (offering.value(u"iscustomized"_s).toBool()) {
            if (!call.has(u"size"_s))
                throw cs::Error {431, u"This disk offering requires a custom size specified"_s, 4350};
            size = qint64(intParam(call, u"size"_s, 0)) * kGiB;
        } else {
            size = offering.value(u"disksize"_s).toInteger() * kGiB;
        }
    }
    QJsonObject volume {{u"id"_s, id},
        {u"name"_s, call.has(u"name"_s) ? call.param(u"name"_s) : u"DATA-"_s + id.left(8)}, {u"type"_s, u"DATADISK"_s},
        {u"state"_s, u"Allocated"_s}, {u"size"_s, size}, {u"created"_s, cs::date(SandboxStore::nowMs())},
        {u"zoneid"_s, str(zone(), "id")}, {u"_account"_s, call.account}};
    if (!offeringId.isEmpty())
        volume.insert(u"diskofferingid"_s, offeringId);
    if (fromSnapshot)
        volume.insert(u"snapshotid"_s, call.param(u"snapshotid"_s));
    m_context->store->put(kVolumes, volume);
    const QString job = startJob(call, u"Volume"_s, id, m_context->actionDelayMs,
        {effect(kVolumes, id, {{u"state"_s, fromSnapshot ? u"Ready"_s : u"Allocated"_s}})}, u"volume"_s, kVolumes);
    return asyncReply(call.command, job, id);
}

HttpResponse CloudStackService::attachVolume(const Call& call)
{
    const QJsonObject volume = owned(kVolumes, call, u"id"_s);
    const QJsonObject vm = owned(kVms, call, u"virtualmachineid"_s);
    if (str(volume, "type") == u"ROOT"_s || !str(volume, "virtualmachineid").isEmpty())
        throw cs::Error {431, u"Please specify a volume that is not attached to any VM."_s, 4350};
    const QString state = str(vm, "state");
    if (state != u"Running"_s && state != u"Stopped"_s)
        throw cs::Error {431, u"Please specify a VM that is either running or stopped."_s, 4350};
    QSet<int> used;
    for (const QJsonObject& v : m_context->store->items(kVolumes)) {
        if (str(v, "virtualmachineid") == str(vm, "id"))
            used.insert(v.value(u"deviceid"_s).toInt());
    }
    int device = 1;
    while (used.contains(device) || device == 3) // device 3 is the CD-ROM
        ++device;
    const QString job = startJob(call, u"Volume"_s, str(volume, "id"), m_context->actionDelayMs,
        {effect(kVolumes, str(volume, "id"),
            {{u"virtualmachineid"_s, str(vm, "id")}, {u"deviceid"_s, device}, {u"state"_s, u"Ready"_s}})},
        u"volume"_s, kVolumes);
    return asyncReply(call.command, job);
}

HttpResponse CloudStackService::detachVolume(const Call& call)
{
    const QJsonObject volume = owned(kVolumes, call, u"id"_s);
    if (str(volume, "type") == u"ROOT"_s)
        throw cs::Error {431, u"Please specify a data volume."_s, 4350};
    if (str(volume, "virtualmachineid").isEmpty())
        throw cs::Error {431, u"Volume %1 is not attached to any VM."_s.arg(str(volume, "id")), 4350};
    const QString job = startJob(call, u"Volume"_s, str(volume, "id"), m_context->actionDelayMs,
        {effect(kVolumes, str(volume, "id"), {}, {u"virtualmachineid"_s, u"deviceid"_s})}, u"volume"_s, kVolumes);
    return asyncReply(call.command, job);
}

HttpResponse CloudStackService::deleteVolume(const Call& call)
{
    const QJsonObject volume = owned(kVolumes, call, u"id"_s);
    if (!str(volume, "virtualmachineid").isEmpty())
        throw cs::Error {431, u"Please specify a volume that is not attached to any VM."_s, 4350};
    m_context->store->remove(kVolumes, str(volume, "id"));
    QFile::remove(m_context->store->filePath(kDisks, str(volume, "id")));
    return cs::ok(cs::responseName(call.command), QJsonObject {{u"success"_s, true}});
}

// ---------------------------------------------------------------------------------------------------------------
// Volume snapshots

QJsonObject CloudStackService::renderSnapshot(const QJsonObject& snapshot) const
{
    QJsonObject out = api::publicView(snapshot);
    addOwner(&out, str(snapshot, "_account"));
    out.insert(u"zonename"_s, str(zone(), "name"));
    out.insert(u"revertable"_s, true);
    out.insert(u"tags"_s, QJsonArray());
    return out;
}

HttpResponse CloudStackService::createSnapshot(const Call& call)
{
    const QJsonObject volume = owned(kVolumes, call, u"volumeid"_s);
    if (str(volume, "state") != u"Ready"_s)
        throw cs::Error {431,
            u"VolumeId: %1 is not in Ready state but %2. Cannot take snapshot."_s.arg(
                str(volume, "id"), str(volume, "state")),
            4350};
    const QJsonObject vm = m_context->store->item(kVms, str(volume, "virtualmachineid"));
    const QString id = api::newId();
    const QString path = m_context->store->filePath(kSnapshots, id);
    QFile::remove(path);
    QFile::copy(volumeBytes(volume), path);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s);
    const QString name = call.has(u"name"_s)
        ? call.param(u"name"_s)
        : (vm.isEmpty() ? QString() : str(vm, "name") + u'_') + str(volume, "name") + u'_' + stamp;
    const QJsonObject templ = m_context->store->item(kTemplates, str(volume, "templateid"));
    m_context->store->put(kSnapshots,
        QJsonObject {{u"id"_s, id}, {u"name"_s, name}, {u"volumeid"_s, str(volume, "id")},
            {u"volumename"_s, str(volume, "name")}, {u"volumetype"_s, str(volume, "type")},
            {u"snapshottype"_s, u"MANUAL"_s}, {u"intervaltype"_s, u"MANUAL"_s}, {u"state"_s, u"Creating"_s},
            {u"created"_s, cs::date(SandboxStore::nowMs())}, {u"zoneid"_s, str(zone(), "id")},
            {u"virtualsize"_s, volume.value(u"size"_s).toInteger()}, {u"physicalsize"_s, QFileInfo(path).size()},
            {u"ostypeid"_s, str(templ, "ostypeid")}, {u"osdisplayname"_s, str(templ, "ostypename")},
            {u"_account"_s, call.account}});
    const QString job = startJob(call, u"Snapshot"_s, id, m_context->actionDelayMs,
        {effect(kSnapshots, id, {{u"state"_s, u"BackedUp"_s}})}, u"snapshot"_s, kSnapshots);
    return asyncReply(call.command, job, id);
}

HttpResponse CloudStackService::listSnapshots(const Call& call)
{
    QList<QJsonObject> out;
    for (const QJsonObject& s : m_context->store->items(kSnapshots)) {
        if (str(s, "_account") != call.account || (call.has(u"id"_s) && str(s, "id") != call.param(u"id"_s))
            || (call.has(u"volumeid"_s) && str(s, "volumeid") != call.param(u"volumeid"_s))
            || (call.has(u"name"_s) && str(s, "name") != call.param(u"name"_s)))
            continue;
        out.append(s);
    }
    out = bySeq(out);
    for (QJsonObject& s : out)
        s = renderSnapshot(s);
    return list(call, u"snapshot"_s, out);
}

HttpResponse CloudStackService::deleteSnapshot(const Call& call)
{
    const QJsonObject snapshot = owned(kSnapshots, call, u"id"_s);
    const QString job = startJob(call, u"Snapshot"_s, str(snapshot, "id"), m_context->actionDelayMs,
        {QJsonObject {{u"collection"_s, kSnapshots}, {u"id"_s, str(snapshot, "id")}, {u"remove"_s, true},
            {u"file"_s, kSnapshots}}},
        u"success"_s, {});
    return asyncReply(call.command, job);
}

} // namespace ct::sandbox
