// The sandbox's CloudStack side at /client/api: signatures, sessions, paging, jobs, VM lifecycle, templates with
// real bytes (snapshot -> template -> extract, POST upload), account isolation, faults and restarts.
#include "cloudstacktestfixture.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace ct::test {

namespace {

const QJsonObject kUnauthorized {{QStringLiteral("listzonesresponse"),
    QJsonObject {{QStringLiteral("uuidList"), QJsonArray()}, {QStringLiteral("errorcode"), 401},
        {QStringLiteral("errortext"), QStringLiteral("unable to verify user credentials and/or request signature")}}}};

QString csTime(qint64 offsetS)
{
    return QDateTime::currentDateTimeUtc().addSecs(offsetS).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral("+0000");
}

} // namespace

TEST_F(CloudStackTest, SignedRequestIsAccepted)
{
    const SandboxReply reply = cs(QStringLiteral("listZones"));
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject zones = body(reply, QStringLiteral("listZones"));
    EXPECT_EQ(zones.value(QStringLiteral("count")).toInt(), 1);
    EXPECT_EQ(zones.value(QStringLiteral("zone")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Sandbox-Zone-1"));
    const QJsonObject caps = body(cs(QStringLiteral("listCapabilities")), QStringLiteral("listCapabilities"))
                                 .value(QStringLiteral("capability"))
                                 .toObject();
    EXPECT_TRUE(caps.value(QStringLiteral("cloudstackversion")).toString().startsWith(QStringLiteral("4.19")));
    EXPECT_TRUE(caps.value(QStringLiteral("kvmsnapshotenabled")).toBool());
}

TEST_F(CloudStackTest, WrongSignatureOrKeyAnswers401WithTheServersBody)
{
    const sandbox::SandboxCloud::CloudStackKeys keys = sandbox::SandboxCloud::cloudStackKeys(QStringLiteral("demo"));
    CsParams params {{QStringLiteral("command"), QStringLiteral("listZones")},
        {QStringLiteral("response"), QStringLiteral("json")}, {QStringLiteral("apiKey"), keys.apiKey}};
    CsParams wrong = params;
    wrong.append({QStringLiteral("signature"), QString::fromLatin1(csSign(params, QStringLiteral("not-the-secret")))});
    SandboxReply reply = raw(wrong);
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.json(), kUnauthorized) << reply.body.toStdString();

    CsParams unknownKey {{QStringLiteral("command"), QStringLiteral("listZones")},
        {QStringLiteral("response"), QStringLiteral("json")}, {QStringLiteral("apiKey"), QStringLiteral("nobody")}};
    unknownKey.append({QStringLiteral("signature"), QString::fromLatin1(csSign(unknownKey, keys.secretKey))});
    reply = raw(unknownKey);
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.json(), kUnauthorized);

    // No signature at all.
    reply = raw(params);
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.json(), kUnauthorized);

    // The other account's secret with demo's key.
    CsParams otherSecret = params;
    otherSecret.append({QStringLiteral("signature"),
        QString::fromLatin1(
            csSign(params, sandbox::SandboxCloud::cloudStackKeys(QStringLiteral("backup")).secretKey))});
    EXPECT_EQ(raw(otherSecret).status, 401);
}

TEST_F(CloudStackTest, SignatureVersion3NeedsAFutureExpires)
{
    SandboxReply reply = cs(QStringLiteral("listZones"),
        {{QStringLiteral("signatureVersion"), QStringLiteral("3")}, {QStringLiteral("expires"), csTime(600)}});
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    reply = cs(QStringLiteral("listZones"),
        {{QStringLiteral("signatureversion"), QStringLiteral("3")}, {QStringLiteral("expires"), csTime(-60)}});
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.json(), kUnauthorized);
    reply = cs(QStringLiteral("listZones"), {{QStringLiteral("signatureVersion"), QStringLiteral("3")}});
    EXPECT_EQ(reply.status, 401);
    // Without signatureVersion=3 an expired "expires" is ignored, as on the server.
    EXPECT_EQ(cs(QStringLiteral("listZones"), {{QStringLiteral("expires"), csTime(-60)}}).status, 200);
}

// The forms 4.19's DateUtil.parseTZDateString takes (ISO offset, RFC 822, ISO instant, fractions, the legacy
// "Z+0000"); a zone-less time is refused.
TEST_F(CloudStackTest, ExpiresTakesEveryFormTheServerParses)
{
    const QString base = QDateTime::currentDateTimeUtc().addSecs(600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    for (const QString& suffix :
        {QStringLiteral("+0000"), QStringLiteral("+00:00"), QStringLiteral("Z"), QStringLiteral("Z+0000"),
            QStringLiteral(".000Z"), QStringLiteral(".123456+0000"), QStringLiteral("GMT+00:00")}) {
        const SandboxReply reply = cs(QStringLiteral("listZones"),
            {{QStringLiteral("signatureversion"), QStringLiteral("3")}, {QStringLiteral("expires"), base + suffix}});
        EXPECT_EQ(reply.status, 200) << suffix.toStdString() << ": " << reply.body.toStdString();
    }
    // An offset moves the instant: 10 minutes ahead in UTC+02:00 is already past.
    EXPECT_EQ(cs(QStringLiteral("listZones"),
                  {{QStringLiteral("signatureversion"), QStringLiteral("3")},
                      {QStringLiteral("expires"), base + QStringLiteral("+0200")}})
                  .status,
        401);
    EXPECT_EQ(cs(QStringLiteral("listZones"),
                  {{QStringLiteral("signatureversion"), QStringLiteral("3")}, {QStringLiteral("expires"), base}})
                  .status,
        401);
}

// createTags (async) puts key/value pairs on a VM; they come back in listVirtualMachines' tags; deleteTags
// removes them. userdata=true (4.18+) returns the VM's user data.
TEST_F(CloudStackTest, TagsAndUserDataOfAVirtualMachine)
{
    const QByteArray userData = "#cloud-config\nruncmd: [echo hi]\n";
    const auto [id, deployJob]
        = deploy(QStringLiteral("tagged"), {{QStringLiteral("userdata"), QString::fromLatin1(userData.toBase64())}});
    ASSERT_EQ(waitJob(deployJob).value(QStringLiteral("jobstatus")).toInt(), 1);

    SandboxReply reply = cs(QStringLiteral("createTags"),
        {{QStringLiteral("resourceids"), id}, {QStringLiteral("resourcetype"), QStringLiteral("UserVm")},
            {QStringLiteral("tags[0].key"), QStringLiteral("cloudtwin:test")},
            {QStringLiteral("tags[0].value"), QStringLiteral("integration")},
            {QStringLiteral("tags[1].key"), QStringLiteral("owner")},
            {QStringLiteral("tags[1].value"), QStringLiteral("ops")}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    QJsonObject job = waitJob(body(reply, QStringLiteral("createTags")).value(QStringLiteral("jobid")).toString());
    ASSERT_EQ(job.value(QStringLiteral("jobstatus")).toInt(), 1) << QJsonDocument(job).toJson().toStdString();
    EXPECT_TRUE(job.value(QStringLiteral("jobresult")).toObject().value(QStringLiteral("success")).toBool());

    QJsonArray tags = vm(id).value(QStringLiteral("tags")).toArray();
    ASSERT_EQ(tags.size(), 2);
    EXPECT_EQ(tags.at(0).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("cloudtwin:test"));
    EXPECT_EQ(tags.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("integration"));
    EXPECT_EQ(tags.at(0).toObject().value(QStringLiteral("resourcetype")).toString(), QStringLiteral("UserVm"));
    EXPECT_EQ(tags.at(0).toObject().value(QStringLiteral("resourceid")).toString(), id);

    // The same key again is refused; so are unknown types, foreign resources and a missing tags map.
    EXPECT_EQ(cs(QStringLiteral("createTags"),
                  {{QStringLiteral("resourceids"), id}, {QStringLiteral("resourcetype"), QStringLiteral("UserVm")},
                      {QStringLiteral("tags[0].key"), QStringLiteral("owner")},
                      {QStringLiteral("tags[0].value"), QStringLiteral("x")}})
                  .status,
        431);
    EXPECT_EQ(cs(QStringLiteral("createTags"),
                  {{QStringLiteral("resourceids"), id}, {QStringLiteral("resourcetype"), QStringLiteral("Router")},
                      {QStringLiteral("tags[0].key"), QStringLiteral("k")},
                      {QStringLiteral("tags[0].value"), QStringLiteral("v")}})
                  .status,
        431);
    EXPECT_EQ(cs(QStringLiteral("createTags"),
                  {{QStringLiteral("resourceids"), id}, {QStringLiteral("resourcetype"), QStringLiteral("UserVm")},
                      {QStringLiteral("tags[0].key"), QStringLiteral("k")},
                      {QStringLiteral("tags[0].value"), QStringLiteral("v")}},
                  QStringLiteral("backup"))
                  .status,
        431);
    EXPECT_EQ(cs(QStringLiteral("createTags"),
                  {{QStringLiteral("resourceids"), id}, {QStringLiteral("resourcetype"), QStringLiteral("UserVm")}})
                  .status,
        431);

    reply = cs(QStringLiteral("deleteTags"),
        {{QStringLiteral("resourceids"), id}, {QStringLiteral("resourcetype"), QStringLiteral("UserVm")},
            {QStringLiteral("tags[0].key"), QStringLiteral("owner")}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    job = waitJob(body(reply, QStringLiteral("deleteTags")).value(QStringLiteral("jobid")).toString());
    ASSERT_EQ(job.value(QStringLiteral("jobstatus")).toInt(), 1);
    tags = vm(id).value(QStringLiteral("tags")).toArray();
    ASSERT_EQ(tags.size(), 1);
    EXPECT_EQ(tags.at(0).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("cloudtwin:test"));

    EXPECT_FALSE(vm(id).contains(QStringLiteral("userdata")));
    const QJsonObject withUserData
        = body(cs(QStringLiteral("listVirtualMachines"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("userdata"), QStringLiteral("true")}}),
            QStringLiteral("listVirtualMachines"))
              .value(QStringLiteral("virtualmachine"))
              .toArray()
              .first()
              .toObject();
    EXPECT_EQ(QByteArray::fromBase64(withUserData.value(QStringLiteral("userdata")).toString().toLatin1()), userData);
}

TEST_F(CloudStackTest, PostFormBodyIsSignedLikeTheQuery)
{
    const SandboxReply reply = cs(QStringLiteral("listVirtualMachines"),
        {{QStringLiteral("keyword"), QStringLiteral("a b*c~d+e/f=ü")}}, QStringLiteral("demo"), true);
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reply.json(), (QJsonObject {{QStringLiteral("listvirtualmachinesresponse"), QJsonObject()}}));
}

TEST_F(CloudStackTest, UnknownCommandAnswers432)
{
    const SandboxReply reply = cs(QStringLiteral("listFooBars"));
    EXPECT_EQ(reply.status, 432);
    const QJsonObject error = reply.json().value(QStringLiteral("errorresponse")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("errorcode")).toInt(), 432);
    EXPECT_EQ(error.value(QStringLiteral("errortext")).toString(),
        QStringLiteral("The given command does not exist or it is not available for user"));
}

TEST_F(CloudStackTest, LoginSessionKeyAndLogout)
{
    SandboxReply reply = raw(
        {{QStringLiteral("command"), QStringLiteral("login")}, {QStringLiteral("username"), QStringLiteral("demo")},
            {QStringLiteral("password"), QStringLiteral("wrong")},
            {QStringLiteral("response"), QStringLiteral("json")}},
        true);
    EXPECT_EQ(reply.status, 531);
    reply = raw(
        {{QStringLiteral("command"), QStringLiteral("login")}, {QStringLiteral("username"), QStringLiteral("demo")},
            {QStringLiteral("password"), QStringLiteral("demo-secret")},
            {QStringLiteral("domain"), QStringLiteral("/")}, {QStringLiteral("response"), QStringLiteral("json")}},
        true);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QString key = body(reply, QStringLiteral("login")).value(QStringLiteral("sessionkey")).toString();
    ASSERT_FALSE(key.isEmpty());
    EXPECT_TRUE(reply.header("set-cookie").contains("JSESSIONID="));

    // The client's cookie jar sends JSESSIONID; sessionkey replaces the signature.
    reply = raw({{QStringLiteral("command"), QStringLiteral("listZones")}, {QStringLiteral("sessionkey"), key},
        {QStringLiteral("response"), QStringLiteral("json")}});
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();

    reply = raw(
        {{QStringLiteral("command"), QStringLiteral("logout")}, {QStringLiteral("response"), QStringLiteral("json")}});
    EXPECT_EQ(reply.status, 200);
    reply = raw({{QStringLiteral("command"), QStringLiteral("listZones")}, {QStringLiteral("sessionkey"), key},
        {QStringLiteral("response"), QStringLiteral("json")}});
    EXPECT_EQ(reply.status, 401);
}

TEST_F(CloudStackTest, WrongSessionKeyAnswers401)
{
    SandboxReply reply = raw(
        {{QStringLiteral("command"), QStringLiteral("login")}, {QStringLiteral("username"), QStringLiteral("demo")},
            {QStringLiteral("password"), QStringLiteral("demo-secret")},
            {QStringLiteral("response"), QStringLiteral("json")}},
        true);
    ASSERT_EQ(reply.status, 200);
    reply = raw({{QStringLiteral("command"), QStringLiteral("listZones")},
        {QStringLiteral("sessionkey"), QStringLiteral("guess")}, {QStringLiteral("response"), QStringLiteral("json")}});
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(body(reply, QStringLiteral("listZones")).value(QStringLiteral("errortext")).toString(),
        QStringLiteral("unable to verify user credentials"));
}

TEST_F(CloudStackTest, PagingRulesAndEmptyLists)
{
    m_cloud->seedManyCloudStack(QStringLiteral("demo"), 12, QStringLiteral("page"));
    SandboxReply reply = cs(QStringLiteral("listVirtualMachines"), {{QStringLiteral("page"), QStringLiteral("1")}});
    EXPECT_EQ(reply.status, 431);
    EXPECT_EQ(body(reply, QStringLiteral("listVirtualMachines")).value(QStringLiteral("errortext")).toString(),
        QStringLiteral("\"pagesize\" parameter is required when \"page\" is specified"));
    reply = cs(QStringLiteral("listVirtualMachines"), {{QStringLiteral("pagesize"), QStringLiteral("5")}});
    EXPECT_EQ(reply.status, 431);
    EXPECT_EQ(body(reply, QStringLiteral("listVirtualMachines")).value(QStringLiteral("errortext")).toString(),
        QStringLiteral("\"page\" parameter is required when \"pagesize\" is specified"));
    reply = cs(QStringLiteral("listVirtualMachines"),
        {{QStringLiteral("page"), QStringLiteral("1")}, {QStringLiteral("pagesize"), QStringLiteral("501")}});
    EXPECT_EQ(reply.status, 431);
    const QJsonObject error = body(reply, QStringLiteral("listVirtualMachines"));
    EXPECT_EQ(error.value(QStringLiteral("errortext")).toString(),
        QStringLiteral("Page size can't exceed max allowed page size value: 500"));
    EXPECT_EQ(error.value(QStringLiteral("errorcode")).toInt(), 431);
    EXPECT_EQ(error.value(QStringLiteral("cserrorcode")).toInt(), 4350);

    reply = cs(QStringLiteral("listVirtualMachines"),
        {{QStringLiteral("page"), QStringLiteral("3")}, {QStringLiteral("pagesize"), QStringLiteral("5")}});
    ASSERT_EQ(reply.status, 200);
    const QJsonObject page = body(reply, QStringLiteral("listVirtualMachines"));
    EXPECT_EQ(page.value(QStringLiteral("count")).toInt(), 12);
    const QJsonArray vms = page.value(QStringLiteral("virtualmachine")).toArray();
    ASSERT_EQ(vms.size(), 2);
    EXPECT_EQ(vms.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("page-00012"));

    reply = cs(QStringLiteral("listVirtualMachines"),
        {{QStringLiteral("page"), QStringLiteral("4")}, {QStringLiteral("pagesize"), QStringLiteral("5")}});
    EXPECT_EQ(reply.json(), (QJsonObject {{QStringLiteral("listvirtualmachinesresponse"), QJsonObject()}}));
}

TEST_F(CloudStackTest, DeployRunsAJobToRunning)
{
    SandboxReply reply
        = cs(QStringLiteral("deployVirtualMachine"), {{QStringLiteral("serviceofferingid"), QStringLiteral("x")}});
    EXPECT_EQ(reply.status, 431);
    EXPECT_EQ(body(reply, QStringLiteral("deployVirtualMachine")).value(QStringLiteral("errortext")).toString(),
        QStringLiteral("Unable to execute API command deployvirtualmachine due to missing parameter zoneid"));

    const auto [id, jobId] = deploy(QStringLiteral("app-01"),
        {{QStringLiteral("userdata"), QString::fromLatin1(QByteArray("#cloud-config\n").toBase64())}});
    ASSERT_FALSE(id.isEmpty());
    ASSERT_FALSE(jobId.isEmpty());
    EXPECT_EQ(vm(id).value(QStringLiteral("state")).toString(), QStringLiteral("Starting"));
    const QJsonObject job = waitJob(jobId);
    EXPECT_EQ(job.value(QStringLiteral("jobstatus")).toInt(), 1);
    EXPECT_EQ(job.value(QStringLiteral("jobresultcode")).toInt(), 0);
    EXPECT_EQ(job.value(QStringLiteral("jobresulttype")).toString(), QStringLiteral("object"));
    EXPECT_EQ(job.value(QStringLiteral("jobinstancetype")).toString(), QStringLiteral("VirtualMachine"));
    EXPECT_EQ(job.value(QStringLiteral("jobinstanceid")).toString(), id);
    EXPECT_EQ(job.value(QStringLiteral("cmd")).toString(),
        QStringLiteral("org.apache.cloudstack.api.command.user.vm.DeployVMCmd"));
    const QJsonObject result
        = job.value(QStringLiteral("jobresult")).toObject().value(QStringLiteral("virtualmachine")).toObject();
    EXPECT_EQ(result.value(QStringLiteral("state")).toString(), QStringLiteral("Running"));

    const QJsonObject listed = vm(id);
    EXPECT_EQ(listed.value(QStringLiteral("state")).toString(), QStringLiteral("Running"));
    EXPECT_EQ(listed.value(QStringLiteral("name")).toString(), QStringLiteral("app-01"));
    EXPECT_EQ(listed.value(QStringLiteral("cpunumber")).toInt(), 1);
    EXPECT_EQ(listed.value(QStringLiteral("memory")).toInt(), 1024);
    EXPECT_EQ(listed.value(QStringLiteral("serviceofferingname")).toString(), QStringLiteral("Small Instance"));
    EXPECT_EQ(listed.value(QStringLiteral("templatename")).toString(), QStringLiteral("CirrOS 0.6 (sandbox)"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000$"))
                    .match(listed.value(QStringLiteral("created")).toString())
                    .hasMatch());
    const QJsonObject nic = listed.value(QStringLiteral("nic")).toArray().first().toObject();
    EXPECT_TRUE(nic.value(QStringLiteral("ipaddress")).toString().startsWith(QStringLiteral("10.1.")));
    EXPECT_TRUE(nic.value(QStringLiteral("isdefault")).toBool());

    reply = cs(QStringLiteral("deployVirtualMachine"),
        {{QStringLiteral("zoneid"), listed.value(QStringLiteral("zoneid")).toString()},
            {QStringLiteral("serviceofferingid"), listed.value(QStringLiteral("serviceofferingid")).toString()},
            {QStringLiteral("templateid"), listed.value(QStringLiteral("templateid")).toString()},
            {QStringLiteral("userdata"), QStringLiteral("not base64!")}});
    EXPECT_EQ(reply.status, 431);
}

TEST_F(CloudStackTest, StopStartDestroyAndExpunge)
{
    const auto [id, deployJob] = deploy(QStringLiteral("life-01"));
    ASSERT_EQ(waitJob(deployJob).value(QStringLiteral("jobstatus")).toInt(), 1);

    QString job = body(
        cs(QStringLiteral("stopVirtualMachine"), {{QStringLiteral("id"), id}}), QStringLiteral("stopVirtualMachine"))
                      .value(QStringLiteral("jobid"))
                      .toString();
    EXPECT_EQ(vm(id).value(QStringLiteral("state")).toString(), QStringLiteral("Stopping"));
    EXPECT_EQ(waitJob(job).value(QStringLiteral("jobstatus")).toInt(), 1);
    EXPECT_EQ(vm(id).value(QStringLiteral("state")).toString(), QStringLiteral("Stopped"));

    job = body(
        cs(QStringLiteral("startVirtualMachine"), {{QStringLiteral("id"), id}}), QStringLiteral("startVirtualMachine"))
              .value(QStringLiteral("jobid"))
              .toString();
    EXPECT_EQ(waitJob(job).value(QStringLiteral("jobstatus")).toInt(), 1);
    EXPECT_EQ(vm(id).value(QStringLiteral("state")).toString(), QStringLiteral("Running"));

    job = body(cs(QStringLiteral("destroyVirtualMachine"), {{QStringLiteral("id"), id}}),
        QStringLiteral("destroyVirtualMachine"))
              .value(QStringLiteral("jobid"))
              .toString();
    EXPECT_EQ(waitJob(job).value(QStringLiteral("jobstatus")).toInt(), 1);
    EXPECT_TRUE(findVm(QStringLiteral("life-01")).isEmpty()); // destroyed VMs are hidden by default
    const QJsonArray destroyed
        = body(cs(QStringLiteral("listVirtualMachines"), {{QStringLiteral("state"), QStringLiteral("Destroyed")}}),
            QStringLiteral("listVirtualMachines"))
              .value(QStringLiteral("virtualmachine"))
              .toArray();
    ASSERT_EQ(destroyed.size(), 1);
    EXPECT_EQ(destroyed.first().toObject().value(QStringLiteral("id")).toString(), id);

    job = body(cs(QStringLiteral("destroyVirtualMachine"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("expunge"), QStringLiteral("true")}}),
        QStringLiteral("destroyVirtualMachine"))
              .value(QStringLiteral("jobid"))
              .toString();
    EXPECT_EQ(vm(id).value(QStringLiteral("state")).toString(), QStringLiteral("Expunging"));
    EXPECT_EQ(waitJob(job).value(QStringLiteral("jobstatus")).toInt(), 1);
    EXPECT_TRUE(vm(id).isEmpty());
}

// The isolated network's public IPs: static NAT on and off, firewall rules (537 for an overlap), release; the
// network refuses security groups at deploy; groups are deleted unless default or in use.
TEST_F(CloudStackTest, PublicIpStaticNatFirewallAndSecurityGroups)
{
    const QJsonObject network = body(cs(QStringLiteral("listNetworks")), QStringLiteral("listNetworks"))
                                    .value(QStringLiteral("network"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QStringList services;
    for (const QJsonValue& service : network.value(QStringLiteral("service")).toArray())
        services << service.toObject().value(QStringLiteral("name")).toString();
    EXPECT_TRUE(services.contains(QStringLiteral("StaticNat")));
    EXPECT_TRUE(services.contains(QStringLiteral("Firewall")));
    EXPECT_FALSE(services.contains(QStringLiteral("SecurityGroup")));

    SandboxReply reply = cs(QStringLiteral("createSecurityGroup"), {{QStringLiteral("name"), QStringLiteral("web")}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QString groupId = body(reply, QStringLiteral("createSecurityGroup"))
                                .value(QStringLiteral("securitygroup"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString();
    // An isolated network takes no security groups at deploy.
    const QString zoneId = first(QStringLiteral("listZones"), QStringLiteral("zone"));
    reply = cs(QStringLiteral("deployVirtualMachine"),
        {{QStringLiteral("zoneid"), zoneId},
            {QStringLiteral("serviceofferingid"),
                first(QStringLiteral("listServiceOfferings"), QStringLiteral("serviceoffering"),
                    {{QStringLiteral("name"), QStringLiteral("Small Instance")}})},
            {QStringLiteral("templateid"), templateId(QStringLiteral("CirrOS 0.6 (sandbox)"))},
            {QStringLiteral("securitygroupnames"), QStringLiteral("web")}});
    EXPECT_EQ(reply.status, 431);
    EXPECT_TRUE(body(reply, QStringLiteral("deployVirtualMachine"))
                    .value(QStringLiteral("errortext"))
                    .toString()
                    .contains(QStringLiteral("security group")));

    const auto [vmId, deployJob] = deploy(QStringLiteral("nat-01"));
    ASSERT_EQ(waitJob(deployJob).value(QStringLiteral("jobstatus")).toInt(), 1);
    reply = cs(QStringLiteral("associateIpAddress"),
        {{QStringLiteral("networkid"), network.value(QStringLiteral("id")).toString()}});
    const QJsonObject associated = body(reply, QStringLiteral("associateIpAddress"));
    const QString ipId = associated.value(QStringLiteral("id")).toString();
    ASSERT_EQ(
        waitJob(associated.value(QStringLiteral("jobid")).toString()).value(QStringLiteral("jobstatus")).toInt(), 1);
    reply = cs(QStringLiteral("enableStaticNat"),
        {{QStringLiteral("ipaddressid"), ipId}, {QStringLiteral("virtualmachineid"), vmId}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    QJsonObject ip = body(cs(QStringLiteral("listPublicIpAddresses"), {{QStringLiteral("id"), ipId}}),
        QStringLiteral("listPublicIpAddresses"))
                         .value(QStringLiteral("publicipaddress"))
                         .toArray()
                         .first()
                         .toObject();
    EXPECT_TRUE(ip.value(QStringLiteral("isstaticnat")).toBool());
    EXPECT_EQ(ip.value(QStringLiteral("virtualmachineid")).toString(), vmId);
    EXPECT_TRUE(ip.value(QStringLiteral("vmipaddress")).toString().startsWith(QStringLiteral("10.1.")));

    const CsParams ssh {{QStringLiteral("ipaddressid"), ipId}, {QStringLiteral("protocol"), QStringLiteral("tcp")},
        {QStringLiteral("startport"), QStringLiteral("22")}, {QStringLiteral("endport"), QStringLiteral("22")}};
    reply = cs(QStringLiteral("createFirewallRule"), ssh);
    ASSERT_EQ(waitJob(body(reply, QStringLiteral("createFirewallRule")).value(QStringLiteral("jobid")).toString())
                  .value(QStringLiteral("jobstatus"))
                  .toInt(),
        1);
    reply = cs(QStringLiteral("createFirewallRule"), ssh);
    EXPECT_EQ(reply.status, 537);
    EXPECT_EQ(body(reply, QStringLiteral("createFirewallRule")).value(QStringLiteral("cserrorcode")).toInt(), 4355);
    const QJsonArray rules = body(cs(QStringLiteral("listFirewallRules"), {{QStringLiteral("ipaddressid"), ipId}}),
        QStringLiteral("listFirewallRules"))
                                 .value(QStringLiteral("firewallrule"))
                                 .toArray();
    ASSERT_EQ(rules.size(), 1);
    EXPECT_EQ(rules.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("Active"));

    reply = cs(QStringLiteral("disableStaticNat"), {{QStringLiteral("ipaddressid"), ipId}});
    ASSERT_EQ(waitJob(body(reply, QStringLiteral("disableStaticNat")).value(QStringLiteral("jobid")).toString())
                  .value(QStringLiteral("jobstatus"))
                  .toInt(),
        1);
    ip = body(cs(QStringLiteral("listPublicIpAddresses"), {{QStringLiteral("id"), ipId}}),
        QStringLiteral("listPublicIpAddresses"))
             .value(QStringLiteral("publicipaddress"))
             .toArray()
             .first()
             .toObject();
    EXPECT_FALSE(ip.value(QStringLiteral("isstaticnat")).toBool());
    EXPECT_FALSE(ip.contains(QStringLiteral("virtualmachineid")));
    EXPECT_EQ(cs(QStringLiteral("disableStaticNat"), {{QStringLiteral("ipaddressid"), ipId}}).status, 431);

    reply = cs(QStringLiteral("disassociateIpAddress"), {{QStringLiteral("id"), ipId}});
    ASSERT_EQ(waitJob(body(reply, QStringLiteral("disassociateIpAddress")).value(QStringLiteral("jobid")).toString())
                  .value(QStringLiteral("jobstatus"))
                  .toInt(),
        1);
    EXPECT_TRUE(body(cs(QStringLiteral("listFirewallRules"), {{QStringLiteral("ipaddressid"), ipId}}),
        QStringLiteral("listFirewallRules"))
                    .value(QStringLiteral("firewallrule"))
                    .toArray()
                    .isEmpty());
    reply = cs(QStringLiteral("disassociateIpAddress"), {{QStringLiteral("id"), ipId}});
    EXPECT_EQ(reply.status, 431);
    EXPECT_TRUE(body(reply, QStringLiteral("disassociateIpAddress"))
                    .value(QStringLiteral("errortext"))
                    .toString()
                    .contains(QStringLiteral("entity does not exist")));

    EXPECT_EQ(
        cs(QStringLiteral("deleteSecurityGroup"), {{QStringLiteral("name"), QStringLiteral("default")}}).status, 431);
    EXPECT_EQ(cs(QStringLiteral("deleteSecurityGroup"), {{QStringLiteral("id"), groupId}}).status, 200);
    EXPECT_EQ(cs(QStringLiteral("deleteSecurityGroup"), {{QStringLiteral("id"), groupId}}).status, 431);
}

TEST_F(CloudStackTest, ScaleFailsOnRunningAndWorksWhenStopped)
{
    const auto [id, deployJob] = deploy(QStringLiteral("scale-01"));
    waitJob(deployJob);
    const QString medium = first(QStringLiteral("listServiceOfferings"), QStringLiteral("serviceoffering"),
        {{QStringLiteral("name"), QStringLiteral("Medium Instance")}});
    QString job = body(cs(QStringLiteral("scaleVirtualMachine"),
                           {{QStringLiteral("id"), id}, {QStringLiteral("serviceofferingid"), medium}}),
        QStringLiteral("scaleVirtualMachine"))
                      .value(QStringLiteral("jobid"))
                      .toString();
    QJsonObject result = waitJob(job);
    EXPECT_EQ(result.value(QStringLiteral("jobstatus")).toInt(), 2);
    EXPECT_EQ(result.value(QStringLiteral("jobresultcode")).toInt(), 530);
    EXPECT_EQ(result.value(QStringLiteral("jobresult")).toObject().value(QStringLiteral("errortext")).toString(),
        QStringLiteral("Dynamically scaling virtual machines is disabled for this zone, please contact your admin."));

    job = body(
        cs(QStringLiteral("stopVirtualMachine"), {{QStringLiteral("id"), id}}), QStringLiteral("stopVirtualMachine"))
              .value(QStringLiteral("jobid"))
              .toString();
    waitJob(job);
    job = body(cs(QStringLiteral("scaleVirtualMachine"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("serviceofferingid"), medium}}),
        QStringLiteral("scaleVirtualMachine"))
              .value(QStringLiteral("jobid"))
              .toString();
    EXPECT_EQ(waitJob(job).value(QStringLiteral("jobstatus")).toInt(), 1);
    const QJsonObject scaled = vm(id);
    EXPECT_EQ(scaled.value(QStringLiteral("cpunumber")).toInt(), 2);
    EXPECT_EQ(scaled.value(QStringLiteral("memory")).toInt(), 4096);
    EXPECT_EQ(scaled.value(QStringLiteral("serviceofferingname")).toString(), QStringLiteral("Medium Instance"));

    const SandboxReply same = cs(QStringLiteral("scaleVirtualMachine"),
        {{QStringLiteral("id"), id}, {QStringLiteral("serviceofferingid"), medium}});
    EXPECT_EQ(same.status, 431);
}

TEST_F(CloudStackTest, SnapshotTemplateExtractDownloadsTheSameBytes)
{
    m_cloud->seed();
    const QString web = findVm(QStringLiteral("cs-web-01"));
    ASSERT_FALSE(web.isEmpty());
    const QString root = first(QStringLiteral("listVolumes"), QStringLiteral("volume"),
        {{QStringLiteral("virtualmachineid"), web}, {QStringLiteral("type"), QStringLiteral("ROOT")}});
    ASSERT_FALSE(root.isEmpty());

    const QJsonObject snap = body(
        cs(QStringLiteral("createSnapshot"), {{QStringLiteral("volumeid"), root}}), QStringLiteral("createSnapshot"));
    const QJsonObject snapJob = waitJob(snap.value(QStringLiteral("jobid")).toString());
    ASSERT_EQ(snapJob.value(QStringLiteral("jobstatus")).toInt(), 1);
    EXPECT_EQ(snapJob.value(QStringLiteral("jobresult"))
                  .toObject()
                  .value(QStringLiteral("snapshot"))
                  .toObject()
                  .value(QStringLiteral("state"))
                  .toString(),
        QStringLiteral("BackedUp"));

    const QString ostype = first(QStringLiteral("listOsTypes"), QStringLiteral("ostype"));
    SandboxReply reply = cs(QStringLiteral("createTemplate"),
        {{QStringLiteral("name"), QStringLiteral("web-dr")},
            {QStringLiteral("snapshotid"), snap.value(QStringLiteral("id")).toString()}});
    EXPECT_EQ(reply.status, 431); // ostypeid is required
    reply = cs(QStringLiteral("createTemplate"),
        {{QStringLiteral("name"), QStringLiteral("web-dr")}, {QStringLiteral("ostypeid"), ostype},
            {QStringLiteral("volumeid"), root}});
    EXPECT_EQ(reply.status, 431); // from a volume only when the VM is stopped
    reply = cs(QStringLiteral("createTemplate"),
        {{QStringLiteral("name"), QStringLiteral("web-dr")}, {QStringLiteral("ostypeid"), ostype},
            {QStringLiteral("snapshotid"), snap.value(QStringLiteral("id")).toString()}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject templ = body(reply, QStringLiteral("createTemplate"));
    ASSERT_EQ(waitJob(templ.value(QStringLiteral("jobid")).toString()).value(QStringLiteral("jobstatus")).toInt(), 1);

    QByteArray original;
    QByteArray copy;
    for (const QString& id :
        {templateId(QStringLiteral("CirrOS 0.6 (sandbox)")), templ.value(QStringLiteral("id")).toString()}) {
        reply = cs(QStringLiteral("extractTemplate"),
            {{QStringLiteral("id"), id}, {QStringLiteral("mode"), QStringLiteral("HTTP_DOWNLOAD")}});
        ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
        const QJsonObject job
            = waitJob(body(reply, QStringLiteral("extractTemplate")).value(QStringLiteral("jobid")).toString());
        ASSERT_EQ(job.value(QStringLiteral("jobstatus")).toInt(), 1);
        const QString url = job.value(QStringLiteral("jobresult"))
                                .toObject()
                                .value(QStringLiteral("template"))
                                .toObject()
                                .value(QStringLiteral("url"))
                                .toString();
        ASSERT_TRUE(url.startsWith(m_cloud->baseUrl())) << url.toStdString();
        const SandboxReply download = m_client->send("GET", url);
        ASSERT_EQ(download.status, 200);
        (original.isEmpty() ? original : copy) = download.body;
    }
    EXPECT_GE(original.size(), 4096);
    EXPECT_EQ(copy, original);
}

TEST_F(CloudStackTest, UploadThroughGetUploadParams)
{
    const QString zone = first(QStringLiteral("listZones"), QStringLiteral("zone"));
    const QString ostype = first(QStringLiteral("listOsTypes"), QStringLiteral("ostype"));
    CsParams params {{QStringLiteral("name"), QStringLiteral("uploaded")}, {QStringLiteral("zoneid"), zone},
        {QStringLiteral("hypervisor"), QStringLiteral("KVM")}, {QStringLiteral("ostypeid"), ostype},
        {QStringLiteral("isextractable"), QStringLiteral("true")}};
    SandboxReply reply = cs(QStringLiteral("getUploadParamsForTemplate"),
        params + CsParams {{QStringLiteral("format"), QStringLiteral("RAW")}});
    EXPECT_EQ(reply.status, 431);
    reply = cs(QStringLiteral("getUploadParamsForTemplate"),
        params + CsParams {{QStringLiteral("format"), QStringLiteral("QCOW2")}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject upload = reply.json()
                                   .value(QStringLiteral("postuploadtemplateresponse"))
                                   .toObject()
                                   .value(QStringLiteral("getuploadparams"))
                                   .toObject();
    const QString id = upload.value(QStringLiteral("id")).toString();
    ASSERT_FALSE(id.isEmpty());

    QByteArray bytes(200 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7 + 3) & 0xff);
    const QByteArray boundary = "----cloudtwinboundary42";
    const QByteArray multipart = "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"files[]\"; filename=\"disk.qcow2\"\r\n"
          "Content-Type: application/octet-stream\r\n\r\n"
        + bytes + "\r\n--" + boundary + "--\r\n";
    const QString postUrl = upload.value(QStringLiteral("postURL")).toString();
    QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "multipart/form-data; boundary=" + boundary},
        {"X-signature", "wrong"}, {"X-expires", upload.value(QStringLiteral("expires")).toString().toUtf8()},
        {"X-metadata", upload.value(QStringLiteral("metadata")).toString().toUtf8()}};
    EXPECT_EQ(m_client->send("POST", postUrl, multipart, headers).status, 403);
    headers[1].second = upload.value(QStringLiteral("signature")).toString().toUtf8();
    reply = m_client->send("POST", postUrl, multipart, headers);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();

    EXPECT_TRUE(QTest::qWaitFor(
        [&]() {
            const QJsonArray list
                = body(cs(QStringLiteral("listTemplates"),
                           {{QStringLiteral("templatefilter"), QStringLiteral("self")}, {QStringLiteral("id"), id}}),
                    QStringLiteral("listTemplates"))
                      .value(QStringLiteral("template"))
                      .toArray();
            return !list.isEmpty() && list.first().toObject().value(QStringLiteral("isready")).toBool();
        },
        5000));
    reply = cs(QStringLiteral("extractTemplate"),
        {{QStringLiteral("id"), id}, {QStringLiteral("mode"), QStringLiteral("HTTP_DOWNLOAD")}});
    ASSERT_EQ(reply.status, 200);
    const QJsonObject job
        = waitJob(body(reply, QStringLiteral("extractTemplate")).value(QStringLiteral("jobid")).toString());
    const QString url = job.value(QStringLiteral("jobresult"))
                            .toObject()
                            .value(QStringLiteral("template"))
                            .toObject()
                            .value(QStringLiteral("url"))
                            .toString();
    EXPECT_EQ(m_client->send("GET", url).body, bytes);
}

TEST_F(CloudStackTest, AccountsSeeOnlyTheirOwnVms)
{
    m_cloud->seed();
    const QString web = findVm(QStringLiteral("cs-web-01"));
    ASSERT_FALSE(web.isEmpty());
    EXPECT_TRUE(findVm(QStringLiteral("cs-web-01"), QStringLiteral("backup")).isEmpty());
    EXPECT_FALSE(findVm(QStringLiteral("cs-backup-01"), QStringLiteral("backup")).isEmpty());
    EXPECT_TRUE(vm(web, QStringLiteral("backup")).isEmpty());
    const SandboxReply reply
        = cs(QStringLiteral("stopVirtualMachine"), {{QStringLiteral("id"), web}}, QStringLiteral("backup"));
    EXPECT_EQ(reply.status, 531);
    EXPECT_EQ(vm(web).value(QStringLiteral("state")).toString(), QStringLiteral("Running"));
    // Seeding is idempotent.
    m_cloud->seed();
    EXPECT_EQ(body(cs(QStringLiteral("listVirtualMachines")), QStringLiteral("listVirtualMachines"))
                  .value(QStringLiteral("count"))
                  .toInt(),
        2);
}

TEST_F(CloudStackTest, FaultsApplyToCloudStack)
{
    ASSERT_EQ(putFaults(R"({"down": ["cloudstack"]})").status, 200);
    SandboxReply reply = cs(QStringLiteral("listZones"));
    EXPECT_EQ(reply.status, 503);
    EXPECT_TRUE(reply.body.contains("No server is available"));

    ASSERT_EQ(putFaults(R"({"error_rate": 1.0, "error_status": 530})").status, 200);
    reply = cs(QStringLiteral("listZones"));
    EXPECT_EQ(reply.status, 530);
    EXPECT_EQ(body(reply, QStringLiteral("listZones")).value(QStringLiteral("errorcode")).toInt(), 530);
    EXPECT_FALSE(body(reply, QStringLiteral("listZones")).value(QStringLiteral("errortext")).toString().isEmpty());

    ASSERT_EQ(putFaults(R"({"rate_limit": {"every": 2, "retry_after_s": 3}})").status, 200);
    EXPECT_EQ(cs(QStringLiteral("listZones")).status, 200);
    reply = cs(QStringLiteral("listZones"));
    EXPECT_EQ(reply.status, 429);
    EXPECT_EQ(reply.header("retry-after"), "3");
    EXPECT_EQ(body(reply, QStringLiteral("listZones")).value(QStringLiteral("errorcode")).toInt(), 429);

    ASSERT_EQ(putFaults(R"({"error_rate": 1.0, "services": ["compute"]})").status, 200);
    EXPECT_EQ(cs(QStringLiteral("listZones")).status, 200);
}

TEST_F(CloudStackTest, StateAndPendingJobsSurviveARestart)
{
    const auto [done, doneJob] = deploy(QStringLiteral("persist-01"));
    waitJob(doneJob);
    m_cloud->setBuildDelay(1500);
    const auto [pending, pendingJob] = deploy(QStringLiteral("persist-02"));
    m_cloud.reset();
    startCloud();
    EXPECT_EQ(vm(done).value(QStringLiteral("state")).toString(), QStringLiteral("Running"));
    EXPECT_EQ(vm(pending).value(QStringLiteral("state")).toString(), QStringLiteral("Starting"));
    EXPECT_EQ(waitJob(pendingJob).value(QStringLiteral("jobstatus")).toInt(), 1);
    EXPECT_EQ(vm(pending).value(QStringLiteral("state")).toString(), QStringLiteral("Running"));
}

TEST_F(CloudStackTest, InfoListsTheApiUrlAndKeys)
{
    const QJsonObject info
        = m_client->get(QStringLiteral("/_sandbox/info")).json().value(QStringLiteral("cloudstack")).toObject();
    EXPECT_EQ(info.value(QStringLiteral("api_url")).toString(), m_cloud->cloudStackApiUrl());
    const QJsonObject demo = info.value(QStringLiteral("accounts")).toObject().value(QStringLiteral("demo")).toObject();
    EXPECT_EQ(demo.value(QStringLiteral("apikey")).toString(),
        sandbox::SandboxCloud::cloudStackKeys(QStringLiteral("demo")).apiKey);
    EXPECT_EQ(demo.value(QStringLiteral("secretkey")).toString(),
        sandbox::SandboxCloud::cloudStackKeys(QStringLiteral("demo")).secretKey);
    EXPECT_NE(sandbox::SandboxCloud::cloudStackKeys(QStringLiteral("backup")).apiKey,
        sandbox::SandboxCloud::cloudStackKeys(QStringLiteral("demo")).apiKey);
}

TEST_F(CloudStackTest, TenThousandVmsSeedAndListIn20Pages)
{
    // How fast is for bench/bench_cloudstack, not for a test on a shared machine.
    const SandboxReply seeded = m_client->send("POST", QStringLiteral("/_sandbox/seed"),
        R"({"cloud": "cloudstack", "project": "demo", "count": 10000, "prefix": "bulk"})",
        {{"Content-Type", "application/json"}}, 60000);
    ASSERT_EQ(seeded.status, 200);
    EXPECT_EQ(seeded.json().value(QStringLiteral("virtualmachines")).toArray().size(), 10000);
    int seen = 0;
    for (int page = 1; page <= 21; ++page) {
        const QJsonObject answer = body(
            cs(QStringLiteral("listVirtualMachines"),
                {{QStringLiteral("page"), QString::number(page)}, {QStringLiteral("pagesize"), QStringLiteral("500")}}),
            QStringLiteral("listVirtualMachines"));
        const int rows = int(answer.value(QStringLiteral("virtualmachine")).toArray().size());
        if (page <= 20) {
            EXPECT_EQ(rows, 500);
            EXPECT_EQ(answer.value(QStringLiteral("count")).toInt(), 10000);
        } else {
            EXPECT_EQ(rows, 0);
        }
        seen += rows;
    }
    EXPECT_EQ(seen, 10000);
}

} // namespace ct::test
