// CloudStackProvider against a fake CloudStack: the VM state table, listing, deploy, resize fallback,
// snapshot → template (tagged), download with checksum, test connection, the factory's checks, and what a
// create needs: key pairs, security groups and rules, public IPs with static NAT and firewall, volumes.
#include "cloud/cloudstack/cloudstackjson.h"
#include "cloud/cloudstack/cloudstackprovider.h"
#include "cloud/providerfactory.h"
#include "fakecloudstack.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <functional>

namespace ct {
namespace {

using cloudstack::CloudStackProvider;
using test::csError;
using test::csOk;
using test::CsParams;
using test::FakeCloudStack;
using test::FakeResponse;
using test::waitFor;

CloudAccount account(const FakeCloudStack& cloud)
{
    CloudAccount a;
    a.name = QStringLiteral("TestStack");
    a.kind = CloudKind::CloudStack;
    a.apiUrl = cloud.apiUrl().toString();
    a.apiKey = cloud.apiKey;
    return a;
}

std::unique_ptr<CloudStackProvider> provider(FakeCloudStack& cloud)
{
    auto p = std::make_unique<CloudStackProvider>(account(cloud), cloud.secretKey, FakeCloudStack::fastPolicy());
    p->setPollIntervals(1, 5);
    return p;
}

QJsonObject jobOk(const char* key, const QJsonObject& value)
{
    return {{QStringLiteral("jobstatus"), 1}, {QStringLiteral("jobresult"), QJsonObject {{QLatin1String(key), value}}}};
}

struct StateCase
{
    const char* state;
    ServerStatus status;
    const char* task;
};

class StateTable : public ::testing::TestWithParam<StateCase>
{
};

TEST_P(StateTable, MapsEveryVmState)
{
    QString task;
    EXPECT_EQ(cloudstack::serverStatusFor(QString::fromLatin1(GetParam().state), &task), GetParam().status);
    EXPECT_EQ(task, QString::fromLatin1(GetParam().task));
}

INSTANTIATE_TEST_SUITE_P(CloudStack, StateTable,
    ::testing::Values(StateCase {"Starting", ServerStatus::Building, "starting"},
        StateCase {"Running", ServerStatus::Active, ""}, StateCase {"Stopping", ServerStatus::Active, "stopping"},
        StateCase {"Stopped", ServerStatus::Stopped, ""}, StateCase {"Destroyed", ServerStatus::Deleted, ""},
        StateCase {"Expunging", ServerStatus::Deleted, "expunging"},
        StateCase {"Migrating", ServerStatus::Active, "migrating"}, StateCase {"Error", ServerStatus::Error, ""},
        StateCase {"Unknown", ServerStatus::Unknown, ""}, StateCase {"Shutdown", ServerStatus::Stopped, ""},
        StateCase {"Shutdowned", ServerStatus::Stopped, ""},
        StateCase {"Restoring", ServerStatus::Building, "restoring"},
        StateCase {"SomethingNew", ServerStatus::Unknown, ""}),
    [](const auto& info) { return std::string(info.param.state); });

TEST(VirtualMachine, PowerStateFollowsTheVmStateWhenTheServerDoesNotReportIt)
{
    const auto power = [](const char* state, const char* powerState) {
        QJsonObject vm {{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("state"), QLatin1String(state)}};
        if (powerState)
            vm.insert(QStringLiteral("powerstate"), QLatin1String(powerState));
        return cloudstack::parseVirtualMachine(vm).powerState;
    };
    EXPECT_EQ(power("Running", nullptr), PowerState::Running);
    EXPECT_EQ(power("Stopped", nullptr), PowerState::Shutdown);
    EXPECT_EQ(power("Starting", nullptr), PowerState::NoState);
    // What the server says wins.
    EXPECT_EQ(power("Running", "PowerOff"), PowerState::Shutdown);
    EXPECT_EQ(power("Running", "PowerUnknown"), PowerState::NoState);
}

TEST(Provider, ListServersParsesTheInventory)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listVirtualMachines"),
        FakeResponse::json(200, test::fixture(QStringLiteral("listVirtualMachines_default.json"))));
    auto p = provider(cloud);
    const auto servers = waitFor(p->listServers());
    ASSERT_TRUE(servers.ok()) << servers.error().message.toStdString();
    ASSERT_EQ(servers->size(), 3);
    const Server& web = servers->at(0);
    EXPECT_EQ(web.name, QStringLiteral("web 01"));
    EXPECT_EQ(web.status, ServerStatus::Active);
    EXPECT_EQ(web.powerState, PowerState::Running);
    EXPECT_EQ(web.vcpus, 2);
    EXPECT_EQ(web.ramMb, 4096);
    EXPECT_EQ(web.diskGb, 20);
    EXPECT_EQ(web.imageName, QStringLiteral("Ubuntu 22.04"));
    EXPECT_EQ(web.flavorName, QStringLiteral("Medium Instance"));
    ASSERT_EQ(web.addresses.size(), 1);
    EXPECT_EQ(web.addresses[0].ip, QStringLiteral("10.1.1.12"));
    EXPECT_EQ(web.addresses[0].network, QStringLiteral("tenant-net"));
    EXPECT_EQ(web.created, QDateTime(QDate(2026, 11, 20), QTime(9, 15, 42), Qt::UTC));
    EXPECT_EQ(web.zone, QStringLiteral("zone-a"));
    EXPECT_EQ(web.keyName, QStringLiteral("deploy-key"));
    EXPECT_EQ(web.metadata.value(QStringLiteral("cloudtwin")).toString(), QStringLiteral("managed"));
    EXPECT_EQ(servers->at(1).taskState, QStringLiteral("stopping"));
    EXPECT_EQ(servers->at(2).status, ServerStatus::Stopped);
    EXPECT_EQ(servers->at(2).powerState, PowerState::Shutdown);
    const auto sent = cloud.requestsFor(QStringLiteral("listVirtualMachines"));
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent[0].params.value(QStringLiteral("details")), QStringLiteral("min,nics,servoff,tmpl"));
    EXPECT_EQ(sent[0].params.value(QStringLiteral("listall")), QStringLiteral("true"));
    EXPECT_EQ(sent[0].params.value(QStringLiteral("pagesize")), QStringLiteral("500"));
}

TEST(Provider, CreateServerDeploysByPostAndWaitsForTheJob)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listZones"),
        csOk(QStringLiteral("listZones"),
            {{QStringLiteral("count"), 1},
                {QStringLiteral("zone"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("z1")},
                        {QStringLiteral("name"), QStringLiteral("zone-a")}}}}}));
    cloud.on(QStringLiteral("deployVirtualMachine"),
        csOk(QStringLiteral("deployVirtualMachine"),
            {{QStringLiteral("jobid"), QStringLiteral("j-deploy")}, {QStringLiteral("id"), QStringLiteral("vm-new")}}));
    cloud.job(QStringLiteral("j-deploy"), 1,
        jobOk("virtualmachine",
            {{QStringLiteral("id"), QStringLiteral("vm-new")}, {QStringLiteral("name"), QStringLiteral("app-1")},
                {QStringLiteral("displayname"), QStringLiteral("App 1")},
                {QStringLiteral("state"), QStringLiteral("Running")}}));
    auto p = provider(cloud);
    QSignalSpy started(p.get(), &CloudStackProvider::asyncJobStarted);
    CreateServerRequest request;
    request.name = QStringLiteral("App 1");
    request.flavorId = QStringLiteral("so-1");
    request.imageId = QStringLiteral("tmpl-1");
    request.networkIds = {QStringLiteral("net-1"), QStringLiteral("net-2")};
    request.keyName = QStringLiteral("deploy-key");
    request.userData = "#cloud-config\npackages: [nginx]\n";
    const auto server = waitFor(p->createServer(request));
    ASSERT_TRUE(server.ok()) << server.error().message.toStdString();
    EXPECT_EQ(server->id, QStringLiteral("vm-new"));
    EXPECT_EQ(server->status, ServerStatus::Active);
    const auto deploy = cloud.requestsFor(QStringLiteral("deployVirtualMachine"));
    ASSERT_EQ(deploy.size(), 1);
    EXPECT_EQ(deploy[0].http.method, "POST");
    EXPECT_EQ(deploy[0].params.value(QStringLiteral("zoneid")), QStringLiteral("z1"));
    EXPECT_EQ(deploy[0].params.value(QStringLiteral("serviceofferingid")), QStringLiteral("so-1"));
    EXPECT_EQ(deploy[0].params.value(QStringLiteral("templateid")), QStringLiteral("tmpl-1"));
    EXPECT_EQ(deploy[0].params.value(QStringLiteral("networkids")), QStringLiteral("net-1,net-2"));
    EXPECT_EQ(deploy[0].params.value(QStringLiteral("name")), QStringLiteral("app-1"));
    EXPECT_EQ(QByteArray::fromBase64(deploy[0].params.value(QStringLiteral("userdata")).toLatin1()), request.userData);
    EXPECT_EQ(cloud.signatureFailures, 0);
    ASSERT_EQ(started.size(), 1);
    EXPECT_EQ(started[0][2].toString(), QStringLiteral("vm-new"));
}

TEST(Provider, ResizeStopsScalesAndStartsWhenLiveScalingIsOff)
{
    FakeCloudStack cloud;
    int scales = 0;
    cloud.on(QStringLiteral("scaleVirtualMachine"), [&](const test::CsRequest&) {
        if (++scales == 1)
            return csError(QStringLiteral("scaleVirtualMachine"), 431,
                QStringLiteral("Unable to scale VM: dynamic scaling is not enabled; the VM must be in Stopped state"));
        return csOk(QStringLiteral("scaleVirtualMachine"), {{QStringLiteral("jobid"), QStringLiteral("j-scale")}});
    });
    cloud.job(QStringLiteral("j-scale"), 0, jobOk("virtualmachine", {}));
    cloud.on(QStringLiteral("listVirtualMachines"),
        csOk(QStringLiteral("listVirtualMachines"),
            {{QStringLiteral("count"), 1},
                {QStringLiteral("virtualmachine"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("vm-1")},
                        {QStringLiteral("state"), QStringLiteral("Running")}}}}}));
    cloud.on(QStringLiteral("stopVirtualMachine"),
        csOk(QStringLiteral("stopVirtualMachine"), {{QStringLiteral("jobid"), QStringLiteral("j-stop")}}));
    cloud.job(QStringLiteral("j-stop"), 0, jobOk("virtualmachine", {}));
    cloud.on(QStringLiteral("startVirtualMachine"),
        csOk(QStringLiteral("startVirtualMachine"), {{QStringLiteral("jobid"), QStringLiteral("j-start")}}));
    cloud.job(QStringLiteral("j-start"), 0, jobOk("virtualmachine", {}));
    auto p = provider(cloud);
    const auto resized = waitFor(p->resizeServer(QStringLiteral("vm-1"), QStringLiteral("so-large")));
    ASSERT_TRUE(resized.ok()) << resized.error().message.toStdString();
    EXPECT_EQ(scales, 2);
    EXPECT_EQ(cloud.count(QStringLiteral("stopVirtualMachine")), 1);
    EXPECT_EQ(cloud.count(QStringLiteral("startVirtualMachine")), 1);
    EXPECT_TRUE(waitFor(p->confirmResize(QStringLiteral("vm-1"))).ok());
}

// What a real CloudStack does: the scale job is accepted and then fails with 530 (PermissionDeniedException
// inside the job, reported by ApiAsyncJobDispatcher as INTERNAL_ERROR).
TEST(Provider, ResizeFallsBackWhenTheScaleJobFailsWith530)
{
    FakeCloudStack cloud;
    int scales = 0;
    cloud.on(QStringLiteral("scaleVirtualMachine"), [&](const test::CsRequest&) {
        ++scales;
        return csOk(QStringLiteral("scaleVirtualMachine"),
            {{QStringLiteral("jobid"), scales == 1 ? QStringLiteral("j-live") : QStringLiteral("j-scale")}});
    });
    cloud.job(QStringLiteral("j-live"), 1,
        {{QStringLiteral("jobstatus"), 2}, {QStringLiteral("jobresultcode"), 530},
            {QStringLiteral("jobresult"),
                QJsonObject {{QStringLiteral("errorcode"), 530},
                    {QStringLiteral("errortext"),
                        QStringLiteral("Dynamically scaling virtual machines is disabled for this zone, please contact "
                                       "your admin.")}}}});
    cloud.job(QStringLiteral("j-scale"), 0, jobOk("virtualmachine", {}));
    cloud.on(QStringLiteral("listVirtualMachines"),
        csOk(QStringLiteral("listVirtualMachines"),
            {{QStringLiteral("count"), 1},
                {QStringLiteral("virtualmachine"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("vm-1")},
                        {QStringLiteral("state"), QStringLiteral("Running")}}}}}));
    cloud.on(QStringLiteral("stopVirtualMachine"),
        csOk(QStringLiteral("stopVirtualMachine"), {{QStringLiteral("jobid"), QStringLiteral("j-stop")}}));
    cloud.job(QStringLiteral("j-stop"), 0, jobOk("virtualmachine", {}));
    cloud.on(QStringLiteral("startVirtualMachine"),
        csOk(QStringLiteral("startVirtualMachine"), {{QStringLiteral("jobid"), QStringLiteral("j-start")}}));
    cloud.job(QStringLiteral("j-start"), 0, jobOk("virtualmachine", {}));
    auto p = provider(cloud);
    const auto resized = waitFor(p->resizeServer(QStringLiteral("vm-1"), QStringLiteral("so-large")));
    ASSERT_TRUE(resized.ok()) << resized.error().message.toStdString();
    EXPECT_EQ(scales, 2);
    EXPECT_EQ(cloud.count(QStringLiteral("stopVirtualMachine")), 1);
    EXPECT_EQ(cloud.count(QStringLiteral("startVirtualMachine")), 1);
}

TEST(Provider, ResizeDoesNotStopTheVmForOtherScaleFailures)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("scaleVirtualMachine"),
        csOk(QStringLiteral("scaleVirtualMachine"), {{QStringLiteral("jobid"), QStringLiteral("j-scale")}}));
    cloud.job(QStringLiteral("j-scale"), 0,
        {{QStringLiteral("jobstatus"), 2}, {QStringLiteral("jobresultcode"), 533},
            {QStringLiteral("jobresult"),
                QJsonObject {{QStringLiteral("errorcode"), 533},
                    {QStringLiteral("errortext"), QStringLiteral("Insufficient capacity on host kvm-01")}}}});
    auto p = provider(cloud);
    const auto resized = waitFor(p->resizeServer(QStringLiteral("vm-1"), QStringLiteral("so-large")));
    ASSERT_FALSE(resized.ok());
    EXPECT_EQ(resized.error().code, ErrorCode::Unavailable) << resized.error().message.toStdString();
    EXPECT_EQ(cloud.count(QStringLiteral("stopVirtualMachine")), 0);
}

TEST(Provider, SnapshotServerGoesThroughARootVolumeSnapshot)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listVirtualMachines"),
        csOk(QStringLiteral("listVirtualMachines"),
            {{QStringLiteral("count"), 1},
                {QStringLiteral("virtualmachine"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("vm-1")},
                        {QStringLiteral("state"), QStringLiteral("Running")},
                        {QStringLiteral("templateid"), QStringLiteral("t-0")},
                        {QStringLiteral("ostypeid"), QStringLiteral("os-7")}}}}}));
    cloud.on(QStringLiteral("listVolumes"),
        csOk(QStringLiteral("listVolumes"),
            {{QStringLiteral("count"), 1},
                {QStringLiteral("volume"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("vol-root")}}}}}));
    cloud.on(QStringLiteral("createSnapshot"),
        csOk(QStringLiteral("createSnapshot"), {{QStringLiteral("jobid"), QStringLiteral("j-snap")}}));
    cloud.job(QStringLiteral("j-snap"), 1, jobOk("snapshot", {{QStringLiteral("id"), QStringLiteral("snap-1")}}));
    cloud.on(QStringLiteral("createTemplate"),
        csOk(QStringLiteral("createTemplate"), {{QStringLiteral("jobid"), QStringLiteral("j-tmpl")}}));
    cloud.job(QStringLiteral("j-tmpl"), 1, jobOk("template", {{QStringLiteral("id"), QStringLiteral("tmpl-new")}}));
    auto p = provider(cloud);
    const auto image = waitFor(p->snapshotServer(QStringLiteral("vm-1"), QStringLiteral("backup 1")));
    ASSERT_TRUE(image.ok()) << image.error().message.toStdString();
    EXPECT_EQ(*image, QStringLiteral("tmpl-new"));
    EXPECT_EQ(cloud.requestsFor(QStringLiteral("listVolumes"))[0].params.value(QStringLiteral("type")),
        QStringLiteral("ROOT"));
    EXPECT_EQ(cloud.requestsFor(QStringLiteral("createSnapshot"))[0].params.value(QStringLiteral("volumeid")),
        QStringLiteral("vol-root"));
    const auto templ = cloud.requestsFor(QStringLiteral("createTemplate"))[0].params;
    EXPECT_EQ(templ.value(QStringLiteral("snapshotid")), QStringLiteral("snap-1"));
    EXPECT_EQ(templ.value(QStringLiteral("ostypeid")), QStringLiteral("os-7"));
}

TEST(Provider, DownloadImageStreamsAndVerifiesTheChecksum)
{
    const QByteArray content = QByteArray(100000, 'q') + "end";
    for (const bool corrupt : {false, true}) {
        FakeCloudStack cloud;
        const QString md5 = QString::fromLatin1(
            QCryptographicHash::hash(corrupt ? QByteArray("other") : content, QCryptographicHash::Md5).toHex());
        cloud.on(QStringLiteral("listTemplates"),
            csOk(QStringLiteral("listTemplates"),
                {{QStringLiteral("count"), 1},
                    {QStringLiteral("template"),
                        QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("t-1")},
                            {QStringLiteral("name"), QStringLiteral("img")}, {QStringLiteral("isready"), true},
                            {QStringLiteral("checksum"), md5},
                            {QStringLiteral("format"), QStringLiteral("QCOW2")}}}}}));
        cloud.on(QStringLiteral("extractTemplate"),
            csOk(QStringLiteral("extractTemplate"), {{QStringLiteral("jobid"), QStringLiteral("j-x")}}));
        cloud.job(QStringLiteral("j-x"), 1,
            jobOk(
                "template", {{QStringLiteral("url"), cloud.server.url(QStringLiteral("/ssvm/t-1.qcow2")).toString()}}));
        cloud.server.route(
            "GET", QStringLiteral("/ssvm/t-1.qcow2"), FakeResponse::text(200, content, "application/octet-stream"));
        auto p = provider(cloud);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        const auto written = waitFor(p->downloadImage(QStringLiteral("t-1"), &sink));
        if (corrupt) {
            ASSERT_FALSE(written.ok());
            EXPECT_EQ(written.error().code, ErrorCode::Corrupt);
            continue;
        }
        ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        EXPECT_EQ(*written, content.size());
        EXPECT_EQ(sink.data(), content);
        EXPECT_EQ(cloud.requestsFor(QStringLiteral("extractTemplate"))[0].params.value(QStringLiteral("mode")),
            QStringLiteral("HTTP_DOWNLOAD"));
    }
}

TEST(Provider, UploadImageStreamsMultipartWithTheTicketHeaders)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listZones"),
        csOk(QStringLiteral("listZones"),
            {{QStringLiteral("zone"), QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("z1")}}}}}));
    cloud.on(QStringLiteral("getUploadParamsForTemplate"),
        csOk(QStringLiteral("getUploadParamsForTemplate"),
            {{QStringLiteral("getuploadparams"),
                QJsonObject {{QStringLiteral("id"), QStringLiteral("t-up")},
                    {QStringLiteral("postURL"), cloud.server.url(QStringLiteral("/upload/abc")).toString()},
                    {QStringLiteral("metadata"), QStringLiteral("meta==")},
                    {QStringLiteral("expires"), QStringLiteral("2026-11-25T11:00:00Z")},
                    {QStringLiteral("signature"), QStringLiteral("sig==")}}}}));
    // The storage VM answers with a small body: its download progress must not reach the caller.
    cloud.server.route("POST", QStringLiteral("/upload/abc"), FakeResponse::text(200, "{\"status\":\"ok\"}"));
    auto p = provider(cloud);
    CreateImageRequest request;
    request.name = QStringLiteral("replica");
    request.properties.insert(QStringLiteral("ostypeid"), QStringLiteral("os-1"));
    const auto image = waitFor(p->createImage(request));
    ASSERT_TRUE(image.ok()) << image.error().message.toStdString();
    EXPECT_EQ(image->id, QStringLiteral("t-up"));
    const QByteArray content(70000, 'z');
    QBuffer source;
    source.setData(content);
    source.open(QIODevice::ReadOnly);
    QList<QPair<qint64, qint64>> reported;
    const auto uploaded
        = waitFor(p->uploadImage(image->id, &source, content.size(), [&](const QString&, qint64 done, qint64 total) {
              reported.append({done, total});
          }));
    ASSERT_TRUE(uploaded.ok()) << uploaded.error().message.toStdString();
    ASSERT_FALSE(reported.isEmpty());
    EXPECT_GT(reported.last().second, content.size()); // the multipart body: file plus framing
    EXPECT_EQ(reported.last().first, reported.last().second);
    for (qsizetype i = 1; i < reported.size(); ++i) {
        EXPECT_GE(reported[i].first, reported[i - 1].first) << "progress went back at report " << i;
        EXPECT_EQ(reported[i].second, reported[0].second);
    }
    const auto& posts = cloud.server.requests();
    const auto it = std::find_if(
        posts.begin(), posts.end(), [](const auto& r) { return r.path == QLatin1String("/upload/abc"); });
    ASSERT_NE(it, posts.end());
    EXPECT_EQ(it->header("x-signature"), "sig==");
    EXPECT_EQ(it->header("x-metadata"), "meta==");
    EXPECT_TRUE(it->header("content-type").startsWith("multipart/form-data; boundary="));
    EXPECT_TRUE(it->body.contains(content));
    EXPECT_TRUE(it->body.contains("name=\"files[]\""));
    const auto params = cloud.requestsFor(QStringLiteral("getUploadParamsForTemplate"))[0].params;
    EXPECT_EQ(params.value(QStringLiteral("format")), QStringLiteral("QCOW2"));
    EXPECT_EQ(params.value(QStringLiteral("zoneid")), QStringLiteral("z1"));
}

TEST(Provider, TestConnectionChecksEachService)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listCapabilities"),
        csOk(QStringLiteral("listCapabilities"),
            {{QStringLiteral("capability"),
                QJsonObject {{QStringLiteral("cloudstackversion"), QStringLiteral("4.19.1.0")}}}}));
    cloud.on(QStringLiteral("listZones"),
        csOk(QStringLiteral("listZones"), {{QStringLiteral("zone"), QJsonArray {QJsonObject {}}}}));
    cloud.on(QStringLiteral("listVirtualMachines"),
        csOk(QStringLiteral("listVirtualMachines"), {{QStringLiteral("count"), 12}}));
    cloud.on(
        QStringLiteral("listTemplates"), csError(QStringLiteral("listTemplates"), 531, QStringLiteral("not allowed")));
    auto p = provider(cloud);
    const auto checks = waitFor(p->testConnection());
    ASSERT_TRUE(checks.ok());
    ASSERT_EQ(checks->size(), 4);
    EXPECT_TRUE(checks->at(0).ok);
    EXPECT_TRUE(checks->at(0).detail.contains(QLatin1String("4.19.1.0")));
    EXPECT_TRUE(checks->at(2).ok);
    EXPECT_TRUE(checks->at(2).detail.contains(QLatin1String("12")));
    EXPECT_FALSE(checks->at(3).ok);
    EXPECT_TRUE(checks->at(3).detail.contains(QLatin1String("not allowed")));
}

TEST(Provider, GenericCallAndExtras)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listZones"), csOk(QStringLiteral("listZones"), {{QStringLiteral("count"), 0}}));
    cloud.on(QStringLiteral("createVMSnapshot"),
        csOk(QStringLiteral("createVMSnapshot"), {{QStringLiteral("jobid"), QStringLiteral("j-vms")}}));
    cloud.job(QStringLiteral("j-vms"), 0, jobOk("vmsnapshot", {{QStringLiteral("id"), QStringLiteral("vms-1")}}));
    cloud.on(QStringLiteral("restoreVirtualMachine"),
        csOk(QStringLiteral("restoreVirtualMachine"), {{QStringLiteral("jobid"), QStringLiteral("j-rst")}}));
    cloud.job(QStringLiteral("j-rst"), 0,
        jobOk("virtualmachine",
            {{QStringLiteral("id"), QStringLiteral("vm-1")}, {QStringLiteral("state"), QStringLiteral("Stopped")}}));
    auto p = provider(cloud);
    const auto document
        = waitFor(p->call(QStringLiteral("listZones"), {{QStringLiteral("available"), QStringLiteral("true")}}));
    ASSERT_TRUE(document.ok());
    EXPECT_TRUE(document->contains(QStringLiteral("listzonesresponse")));
    const auto snapshot = waitFor(p->createVmSnapshot(QStringLiteral("vm-1"), QStringLiteral("before upgrade")));
    ASSERT_TRUE(snapshot.ok());
    EXPECT_EQ(*snapshot, QStringLiteral("vms-1"));
    const auto restored = waitFor(p->restoreServer(QStringLiteral("vm-1"), QStringLiteral("t-2")));
    ASSERT_TRUE(restored.ok());
    EXPECT_EQ(restored->status, ServerStatus::Stopped);
    EXPECT_EQ(cloud.requestsFor(QStringLiteral("restoreVirtualMachine"))[0].params.value(QStringLiteral("templateid")),
        QStringLiteral("t-2"));
}

// --- what a create needs: key pairs, security groups, public IPs, volumes --------------------------------------

const QString kAliceKey
    = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f alice@laptop");
const QString kAliceFingerprint = QStringLiteral("0f:a2:0a:d7:38:3e:65:45:08:6b:63:84:1c:ff:dc:ba");

QJsonObject jobFailed(int code, const QString& text)
{
    return {{QStringLiteral("jobstatus"), 2}, {QStringLiteral("jobresultcode"), code},
        {QStringLiteral("jobresult"),
            QJsonObject {{QStringLiteral("errorcode"), code}, {QStringLiteral("errortext"), text}}}};
}

/// An async command that answers job ids <prefix>-1, <prefix>-2, ... in order.
void asyncCommand(FakeCloudStack& cloud, const QString& command, const QString& prefix)
{
    auto counter = std::make_shared<int>(0);
    cloud.on(command, [command, prefix, counter](const test::CsRequest&) {
        return csOk(command, {{QStringLiteral("jobid"), QStringLiteral("%1-%2").arg(prefix).arg(++*counter)}});
    });
}

QJsonArray isolatedServices()
{
    QJsonArray services;
    for (const char* name : {"Dhcp", "Dns", "Firewall", "SourceNat", "StaticNat", "PortForwarding", "UserData"})
        services.append(QJsonObject {{QStringLiteral("name"), QLatin1String(name)}});
    return services;
}

QJsonObject networkWith(const QString& id, const QJsonArray& services)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), QString(QStringLiteral("net-") + id)},
        {QStringLiteral("type"), QStringLiteral("Isolated")}, {QStringLiteral("service"), services}};
}

TEST(CreateResources, ImportKeyPairRegistersByPost)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("registerSSHKeyPair"),
        csOk(QStringLiteral("registerSSHKeyPair"),
            {{QStringLiteral("keypair"),
                QJsonObject {{QStringLiteral("id"), QStringLiteral("kp-1")},
                    {QStringLiteral("name"), QStringLiteral("cloudtwin-web")},
                    {QStringLiteral("fingerprint"), kAliceFingerprint},
                    {QStringLiteral("account"), QStringLiteral("demo")}}}}));
    auto p = provider(cloud);
    const auto key = waitFor(p->importKeyPair(QStringLiteral("cloudtwin-web"), kAliceKey + QStringLiteral("\n")));
    ASSERT_TRUE(key.ok()) << key.error().message.toStdString();
    EXPECT_EQ(key->name, QStringLiteral("cloudtwin-web"));
    EXPECT_EQ(key->fingerprint, kAliceFingerprint);
    EXPECT_EQ(key->publicKey, kAliceKey);
    const auto sent = cloud.requestsFor(QStringLiteral("registerSSHKeyPair"));
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent[0].http.method, "POST");
    EXPECT_EQ(sent[0].params.value(QStringLiteral("publickey")), kAliceKey);
    EXPECT_EQ(cloud.signatureFailures, 0);
}

TEST(CreateResources, ImportKeyPairTwiceWithTheSameKeyIsOneKeyPair)
{
    for (const bool sameKey : {true, false}) {
        FakeCloudStack cloud;
        cloud.on(QStringLiteral("registerSSHKeyPair"),
            csError(QStringLiteral("registerSSHKeyPair"), 431,
                QStringLiteral("A key pair with name 'cloudtwin-web' already exists.")));
        cloud.on(QStringLiteral("listSSHKeyPairs"),
            csOk(QStringLiteral("listSSHKeyPairs"),
                {{QStringLiteral("count"), 1},
                    {QStringLiteral("sshkeypair"),
                        QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("cloudtwin-web")},
                            {QStringLiteral("fingerprint"),
                                sameKey ? kAliceFingerprint
                                        : QStringLiteral("e8:eb:aa:2c:8b:d1:d4:e9:2a:12:f4:35:b5:1c:ec:dc")}}}}}));
        auto p = provider(cloud);
        const auto key = waitFor(p->importKeyPair(QStringLiteral("cloudtwin-web"), kAliceKey));
        EXPECT_EQ(cloud.requestsFor(QStringLiteral("listSSHKeyPairs"))[0].params.value(QStringLiteral("name")),
            QStringLiteral("cloudtwin-web"));
        if (sameKey) {
            ASSERT_TRUE(key.ok()) << key.error().message.toStdString();
            EXPECT_EQ(key->fingerprint, kAliceFingerprint);
            continue;
        }
        ASSERT_FALSE(key.ok());
        EXPECT_EQ(key.error().code, ErrorCode::AlreadyExists);
        EXPECT_TRUE(key.error().message.contains(QStringLiteral("cloudtwin-web")));
        EXPECT_TRUE(key.error().message.contains(QStringLiteral("TestStack")));
    }
}

struct CsDeleteCase
{
    std::string name;
    QString command;
    FakeResponse reply;
    std::function<QFuture<Status>(CloudStackProvider&)> call;
    bool ok;
    ErrorCode code = ErrorCode::Internal;
};

class CsDeleteReplies : public ::testing::TestWithParam<CsDeleteCase>
{
};

TEST_P(CsDeleteReplies, GoneIsDoneOtherErrorsStay)
{
    const CsDeleteCase& c = GetParam();
    FakeCloudStack cloud;
    cloud.on(c.command, c.reply);
    cloud.job(QStringLiteral("j-del"), 0, jobOk("virtualmachine", {}));
    auto p = provider(cloud);
    const Status done = waitFor(c.call(*p));
    EXPECT_EQ(cloud.count(c.command), 1) << "not retried";
    if (c.ok) {
        EXPECT_TRUE(done.ok()) << done.error().message.toStdString();
        return;
    }
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().code, c.code) << done.error().message.toStdString();
}

const QString kInvalidId
    = QStringLiteral("Invalid parameter id value=9f3c due to incorrect long value format, or entity "
                     "does not exist or due to incorrect parameter annotation for the field in api "
                     "cmd class.");

INSTANTIATE_TEST_SUITE_P(CloudStack, CsDeleteReplies,
    ::testing::Values(
        CsDeleteCase {"keyPairGone", QStringLiteral("deleteSSHKeyPair"),
            csError(QStringLiteral("deleteSSHKeyPair"), 431,
                QStringLiteral("A key pair with name 'old' does not exist for account demo in specified domain id")),
            [](CloudStackProvider& p) { return p.deleteKeyPair(QStringLiteral("old")); }, true},
        CsDeleteCase {"securityGroupGone", QStringLiteral("deleteSecurityGroup"),
            csError(QStringLiteral("deleteSecurityGroup"), 431, kInvalidId),
            [](CloudStackProvider& p) { return p.deleteSecurityGroup(QStringLiteral("9f3c")); }, true},
        CsDeleteCase {"securityGroupInUse", QStringLiteral("deleteSecurityGroup"),
            csError(QStringLiteral("deleteSecurityGroup"), 536,
                QStringLiteral("Failed to delete group; group is in use"), 4390),
            [](CloudStackProvider& p) { return p.deleteSecurityGroup(QStringLiteral("9f3c")); }, false,
            ErrorCode::Conflict},
        CsDeleteCase {"serverGone", QStringLiteral("destroyVirtualMachine"),
            csError(QStringLiteral("destroyVirtualMachine"), 431, kInvalidId),
            [](CloudStackProvider& p) { return p.deleteServer(QStringLiteral("9f3c")); }, true},
        CsDeleteCase {"serverNotAllowed", QStringLiteral("destroyVirtualMachine"),
            csError(QStringLiteral("destroyVirtualMachine"), 432,
                QStringLiteral("The given command does not exist or it is not available for user"), 9999),
            [](CloudStackProvider& p) { return p.deleteServer(QStringLiteral("9f3c")); }, false,
            ErrorCode::PermissionDenied},
        CsDeleteCase {"volumeGone", QStringLiteral("deleteVolume"),
            csError(QStringLiteral("deleteVolume"), 431, kInvalidId),
            [](CloudStackProvider& p) { return p.deleteVolume(QStringLiteral("9f3c")); }, true},
        CsDeleteCase {"publicIpGone", QStringLiteral("listPublicIpAddresses"),
            csError(QStringLiteral("listPublicIpAddresses"), 431, kInvalidId),
            [](CloudStackProvider& p) { return p.releasePublicIp(QStringLiteral("9f3c")); }, true}),
    [](const auto& info) { return info.param.name; });

TEST(CreateResources, DeleteServerExpunges)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("destroyVirtualMachine"),
        csOk(QStringLiteral("destroyVirtualMachine"), {{QStringLiteral("jobid"), QStringLiteral("j-destroy")}}));
    cloud.job(
        QStringLiteral("j-destroy"), 1, jobOk("virtualmachine", {{QStringLiteral("id"), QStringLiteral("vm-1")}}));
    auto p = provider(cloud);
    ASSERT_TRUE(waitFor(p->deleteServer(QStringLiteral("vm-1"))).ok());
    EXPECT_EQ(cloud.requestsFor(QStringLiteral("destroyVirtualMachine"))[0].params.value(QStringLiteral("expunge")),
        QStringLiteral("true"));
}

struct RuleCase
{
    std::string name;
    SecurityGroupRule rule;
    CsParams expected; ///< authorizeSecurityGroupIngress parameters besides command, securitygroupid, signing
    QJsonObject answered; ///< the rule in the job result
};

SecurityGroupRule ingress(const QString& protocol, int portMin, int portMax, const QString& cidr)
{
    SecurityGroupRule rule;
    rule.direction = QStringLiteral("ingress");
    rule.protocol = protocol;
    rule.portMin = portMin;
    rule.portMax = portMax;
    rule.remoteCidr = cidr;
    return rule;
}

class CsRules : public ::testing::TestWithParam<RuleCase>
{
};

TEST_P(CsRules, AuthorizeIngressAsTheApiReferenceSays)
{
    const RuleCase& c = GetParam();
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("authorizeSecurityGroupIngress"),
        csOk(QStringLiteral("authorizeSecurityGroupIngress"), {{QStringLiteral("jobid"), QStringLiteral("j-sg")}}));
    // CloudStack answers with the rules it added (here also an older one, first).
    cloud.job(QStringLiteral("j-sg"), 1,
        jobOk("securitygroup",
            {{QStringLiteral("id"), QStringLiteral("sg-1")}, {QStringLiteral("name"), QStringLiteral("ct-web")},
                {QStringLiteral("ingressrule"),
                    QJsonArray {
                        QJsonObject {{QStringLiteral("ruleid"), QStringLiteral("r-old")},
                            {QStringLiteral("protocol"), QStringLiteral("udp")}, {QStringLiteral("startport"), 53},
                            {QStringLiteral("endport"), 53}, {QStringLiteral("cidr"), QStringLiteral("10.0.0.0/8")}},
                        c.answered}}}));
    auto p = provider(cloud);
    const auto rule = waitFor(p->addSecurityGroupRule(QStringLiteral("sg-1"), c.rule));
    ASSERT_TRUE(rule.ok()) << rule.error().message.toStdString();
    EXPECT_EQ(rule->id, QStringLiteral("r-new"));
    CsParams sent = cloud.requestsFor(QStringLiteral("authorizeSecurityGroupIngress"))[0].params;
    EXPECT_EQ(sent.take(QStringLiteral("securitygroupid")), QStringLiteral("sg-1"));
    for (const char* signing : {"command", "apikey", "signature", "response", "signatureversion", "expires"})
        sent.remove(QLatin1String(signing));
    EXPECT_EQ(sent, c.expected);
}

INSTANTIATE_TEST_SUITE_P(CloudStack, CsRules,
    ::testing::Values(
        RuleCase {"tcp22", ingress(QStringLiteral("tcp"), 22, 22, QStringLiteral("203.0.113.0/24")),
            {{QStringLiteral("protocol"), QStringLiteral("tcp")}, {QStringLiteral("startport"), QStringLiteral("22")},
                {QStringLiteral("endport"), QStringLiteral("22")},
                {QStringLiteral("cidrlist"), QStringLiteral("203.0.113.0/24")}},
            {{QStringLiteral("ruleid"), QStringLiteral("r-new")}, {QStringLiteral("protocol"), QStringLiteral("tcp")},
                {QStringLiteral("startport"), 22}, {QStringLiteral("endport"), 22},
                {QStringLiteral("cidr"), QStringLiteral("203.0.113.0/24")}}},
        RuleCase {"udpRangeAnywhere", ingress(QStringLiteral("UDP"), 60000, 61000, {}),
            {{QStringLiteral("protocol"), QStringLiteral("udp")},
                {QStringLiteral("startport"), QStringLiteral("60000")},
                {QStringLiteral("endport"), QStringLiteral("61000")},
                {QStringLiteral("cidrlist"), QStringLiteral("0.0.0.0/0")}},
            {{QStringLiteral("ruleid"), QStringLiteral("r-new")}, {QStringLiteral("protocol"), QStringLiteral("udp")},
                {QStringLiteral("startport"), 60000}, {QStringLiteral("endport"), 61000},
                {QStringLiteral("cidr"), QStringLiteral("0.0.0.0/0")}}},
        RuleCase {"singlePortAsMin", ingress(QStringLiteral("tcp"), 8080, 0, QStringLiteral("0.0.0.0/0")),
            {{QStringLiteral("protocol"), QStringLiteral("tcp")}, {QStringLiteral("startport"), QStringLiteral("8080")},
                {QStringLiteral("endport"), QStringLiteral("8080")},
                {QStringLiteral("cidrlist"), QStringLiteral("0.0.0.0/0")}},
            {{QStringLiteral("ruleid"), QStringLiteral("r-new")}, {QStringLiteral("protocol"), QStringLiteral("tcp")},
                {QStringLiteral("startport"), 8080}, {QStringLiteral("endport"), 8080},
                {QStringLiteral("cidr"), QStringLiteral("0.0.0.0/0")}}},
        RuleCase {"icmpAny", ingress(QStringLiteral("icmp"), 0, 0, QStringLiteral("0.0.0.0/0")),
            {{QStringLiteral("protocol"), QStringLiteral("icmp")}, {QStringLiteral("icmptype"), QStringLiteral("-1")},
                {QStringLiteral("icmpcode"), QStringLiteral("-1")},
                {QStringLiteral("cidrlist"), QStringLiteral("0.0.0.0/0")}},
            {{QStringLiteral("ruleid"), QStringLiteral("r-new")}, {QStringLiteral("protocol"), QStringLiteral("icmp")},
                {QStringLiteral("icmptype"), -1}, {QStringLiteral("icmpcode"), -1},
                {QStringLiteral("cidr"), QStringLiteral("0.0.0.0/0")}}},
        RuleCase {"anyProtocol", ingress({}, 0, 0, QStringLiteral("10.0.0.0/8")),
            {{QStringLiteral("protocol"), QStringLiteral("all")},
                {QStringLiteral("cidrlist"), QStringLiteral("10.0.0.0/8")}},
            {{QStringLiteral("ruleid"), QStringLiteral("r-new")}, {QStringLiteral("protocol"), QStringLiteral("all")},
                {QStringLiteral("cidr"), QStringLiteral("10.0.0.0/8")}}}),
    [](const auto& info) { return info.param.name; });

TEST(CreateResources, RuleJobFailureAndEgressAreClearErrors)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("authorizeSecurityGroupIngress"),
        csOk(QStringLiteral("authorizeSecurityGroupIngress"), {{QStringLiteral("jobid"), QStringLiteral("j-sg")}}));
    cloud.job(QStringLiteral("j-sg"), 1,
        jobFailed(530, QStringLiteral("Failed to authorize security group ingress rule(s)")));
    auto p = provider(cloud);
    const auto failed
        = waitFor(p->addSecurityGroupRule(QStringLiteral("sg-1"), ingress(QStringLiteral("tcp"), 22, 22, {})));
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("Failed to authorize")))
        << failed.error().message.toStdString();
    EXPECT_EQ(failed.error().httpStatus, 530);

    SecurityGroupRule egress = ingress(QStringLiteral("tcp"), 443, 443, {});
    egress.direction = QStringLiteral("egress");
    const int before = static_cast<int>(cloud.calls.size());
    const auto refused = waitFor(p->addSecurityGroupRule(QStringLiteral("sg-1"), egress));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(cloud.calls.size(), before) << "nothing was sent";
}

TEST(CreateResources, CreateSecurityGroupWithATakenNameIs431)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("createSecurityGroup"),
        csError(QStringLiteral("createSecurityGroup"), 431,
            QStringLiteral("Unable to create security group, a group with name ct-web already exists.")));
    auto p = provider(cloud);
    const auto group = waitFor(p->createSecurityGroup(QStringLiteral("ct-web"), QStringLiteral("web")));
    ASSERT_FALSE(group.ok());
    EXPECT_EQ(group.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(group.error().message.contains(QStringLiteral("already exists")));
}

/// A VM on an isolated network whose security group `ct-web` was turned into the firewall tag at deploy.
void isolatedVm(FakeCloudStack& cloud, const QJsonArray& services = isolatedServices())
{
    cloud.on(QStringLiteral("listVirtualMachines"),
        csOk(QStringLiteral("listVirtualMachines"),
            {{QStringLiteral("count"), 1},
                {QStringLiteral("virtualmachine"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("vm-1")},
                        {QStringLiteral("state"), QStringLiteral("Running")},
                        {QStringLiteral("nic"),
                            QJsonArray {QJsonObject {{QStringLiteral("networkid"), QStringLiteral("n1")},
                                {QStringLiteral("ipaddress"), QStringLiteral("10.1.1.12")},
                                {QStringLiteral("isdefault"), true}}}},
                        {QStringLiteral("securitygroup"), QJsonArray()},
                        {QStringLiteral("tags"),
                            QJsonArray {QJsonObject {{QStringLiteral("key"), CloudStackProvider::firewallTag()},
                                {QStringLiteral("value"), QStringLiteral("ct-web")}}}}}}}}));
    cloud.on(QStringLiteral("listNetworks"),
        csOk(QStringLiteral("listNetworks"),
            {{QStringLiteral("count"), 1},
                {QStringLiteral("network"), QJsonArray {networkWith(QStringLiteral("n1"), services)}}}));
    cloud.on(QStringLiteral("listPublicIpAddresses"), csOk(QStringLiteral("listPublicIpAddresses"), {}));
    cloud.on(QStringLiteral("listSecurityGroups"),
        csOk(QStringLiteral("listSecurityGroups"),
            {{QStringLiteral("count"), 2},
                {QStringLiteral("securitygroup"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("sg-default")},
                                    {QStringLiteral("name"), QStringLiteral("default")},
                                    {QStringLiteral("ingressrule"),
                                        QJsonArray {QJsonObject {{QStringLiteral("ruleid"), QStringLiteral("r0")},
                                            {QStringLiteral("protocol"), QStringLiteral("tcp")},
                                            {QStringLiteral("startport"), 3306}, {QStringLiteral("endport"), 3306},
                                            {QStringLiteral("cidr"), QStringLiteral("0.0.0.0/0")}}}}},
                        QJsonObject {{QStringLiteral("id"), QStringLiteral("sg-web")},
                            {QStringLiteral("name"), QStringLiteral("ct-web")},
                            {QStringLiteral("ingressrule"),
                                QJsonArray {QJsonObject {{QStringLiteral("ruleid"), QStringLiteral("r1")},
                                                {QStringLiteral("protocol"), QStringLiteral("tcp")},
                                                {QStringLiteral("startport"), 22}, {QStringLiteral("endport"), 22},
                                                {QStringLiteral("cidr"), QStringLiteral("203.0.113.0/24")}},
                                    QJsonObject {{QStringLiteral("ruleid"), QStringLiteral("r2")},
                                        {QStringLiteral("protocol"), QStringLiteral("icmp")},
                                        {QStringLiteral("icmptype"), -1}, {QStringLiteral("icmpcode"), -1},
                                        {QStringLiteral("cidr"), QStringLiteral("0.0.0.0/0")}},
                                    QJsonObject {{QStringLiteral("ruleid"), QStringLiteral("r3")},
                                        {QStringLiteral("protocol"), QStringLiteral("tcp")},
                                        {QStringLiteral("startport"), 443}, {QStringLiteral("endport"), 443},
                                        {QStringLiteral("cidr"), QStringLiteral("::/0")}}}}}}}}));
    cloud.on(QStringLiteral("associateIpAddress"),
        csOk(QStringLiteral("associateIpAddress"),
            {{QStringLiteral("jobid"), QStringLiteral("j-ip")}, {QStringLiteral("id"), QStringLiteral("ip-1")}}));
    cloud.job(QStringLiteral("j-ip"), 1,
        jobOk("ipaddress",
            {{QStringLiteral("id"), QStringLiteral("ip-1")},
                {QStringLiteral("ipaddress"), QStringLiteral("198.51.100.7")},
                {QStringLiteral("associatednetworkid"), QStringLiteral("n1")}, {QStringLiteral("isstaticnat"), false},
                {QStringLiteral("state"), QStringLiteral("Allocated")}}));
    cloud.on(QStringLiteral("enableStaticNat"),
        csOk(QStringLiteral("enableStaticNat"), {{QStringLiteral("success"), true}}));
    asyncCommand(cloud, QStringLiteral("createFirewallRule"), QStringLiteral("j-fw"));
    for (int i = 1; i <= 3; ++i)
        cloud.job(
            QStringLiteral("j-fw-%1").arg(i), 0, jobOk("firewallrule", {{QStringLiteral("id"), QStringLiteral("fw")}}));
    asyncCommand(cloud, QStringLiteral("disableStaticNat"), QStringLiteral("j-nat"));
    cloud.job(QStringLiteral("j-nat-1"), 0, jobOk("success", {}));
    asyncCommand(cloud, QStringLiteral("disassociateIpAddress"), QStringLiteral("j-rel"));
    cloud.job(QStringLiteral("j-rel-1"), 0, jobOk("success", {}));
}

TEST(PublicIp, IsolatedNetworkAssociatesNatsAndOpensTheFirewallForTheTaggedGroup)
{
    FakeCloudStack cloud;
    isolatedVm(cloud);
    auto p = provider(cloud);
    const auto ip = waitFor(p->attachPublicIp(QStringLiteral("vm-1")));
    ASSERT_TRUE(ip.ok()) << ip.error().message.toStdString();
    EXPECT_EQ(ip->id, QStringLiteral("ip-1"));
    EXPECT_EQ(ip->address, QStringLiteral("198.51.100.7"));
    EXPECT_EQ(ip->serverId, QStringLiteral("vm-1"));
    EXPECT_EQ(cloud.requestsFor(QStringLiteral("associateIpAddress"))[0].params.value(QStringLiteral("networkid")),
        QStringLiteral("n1"));
    const auto nat = cloud.requestsFor(QStringLiteral("enableStaticNat"));
    ASSERT_EQ(nat.size(), 1);
    EXPECT_EQ(nat[0].params.value(QStringLiteral("ipaddressid")), QStringLiteral("ip-1"));
    EXPECT_EQ(nat[0].params.value(QStringLiteral("virtualmachineid")), QStringLiteral("vm-1"));
    // ct-web's IPv4 rules (the IPv6 one cannot apply to an IPv4 address); not the default group's.
    const auto rules = cloud.requestsFor(QStringLiteral("createFirewallRule"));
    ASSERT_EQ(rules.size(), 2);
    QSet<QString> seen;
    for (const auto& rule : rules) {
        EXPECT_EQ(rule.params.value(QStringLiteral("ipaddressid")), QStringLiteral("ip-1"));
        seen.insert(rule.params.value(QStringLiteral("protocol")) + u' '
            + rule.params.value(QStringLiteral("startport")) + u'-' + rule.params.value(QStringLiteral("endport"))
            + u' ' + rule.params.value(QStringLiteral("cidrlist")) + u' '
            + rule.params.value(QStringLiteral("icmptype")));
    }
    EXPECT_TRUE(seen.contains(QStringLiteral("tcp 22-22 203.0.113.0/24 "))) << seen.values().join(u'|').toStdString();
    EXPECT_TRUE(seen.contains(QStringLiteral("icmp - 0.0.0.0/0 -1"))) << seen.values().join(u'|').toStdString();
    EXPECT_EQ(cloud.count(QStringLiteral("disassociateIpAddress")), 0);
}

TEST(PublicIp, TheVmsAddressIsReusedOnASecondCall)
{
    FakeCloudStack cloud;
    isolatedVm(cloud);
    cloud.on(QStringLiteral("listPublicIpAddresses"),
        csOk(QStringLiteral("listPublicIpAddresses"),
            {{QStringLiteral("count"), 1},
                {QStringLiteral("publicipaddress"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("ip-0")},
                        {QStringLiteral("ipaddress"), QStringLiteral("198.51.100.5")},
                        {QStringLiteral("isstaticnat"), true},
                        {QStringLiteral("virtualmachineid"), QStringLiteral("vm-1")},
                        {QStringLiteral("associatednetworkid"), QStringLiteral("n1")}}}}}));
    // The firewall rules are there already: CloudStack says so with 537.
    cloud.on(QStringLiteral("createFirewallRule"),
        csError(QStringLiteral("createFirewallRule"), 537,
            QStringLiteral("The range specified, 22-22, conflicts with rule 41 which has 22-22"), 4355));
    auto p = provider(cloud);
    const auto ip = waitFor(p->attachPublicIp(QStringLiteral("vm-1")));
    ASSERT_TRUE(ip.ok()) << ip.error().message.toStdString();
    EXPECT_EQ(ip->id, QStringLiteral("ip-0"));
    EXPECT_EQ(cloud.count(QStringLiteral("associateIpAddress")), 0);
    EXPECT_EQ(cloud.count(QStringLiteral("enableStaticNat")), 0);
    const auto lookup = cloud.requestsFor(QStringLiteral("listPublicIpAddresses"))[0].params;
    EXPECT_EQ(lookup.value(QStringLiteral("associatednetworkid")), QStringLiteral("n1"));
    EXPECT_EQ(lookup.value(QStringLiteral("isstaticnat")), QStringLiteral("true"));
}

TEST(PublicIp, AFailedStaticNatGivesTheAddressBack)
{
    FakeCloudStack cloud;
    isolatedVm(cloud);
    cloud.on(QStringLiteral("enableStaticNat"),
        csError(QStringLiteral("enableStaticNat"), 431,
            QStringLiteral("Failed to enable static nat for the ip address id=ip-1 as vm id=vm-1 is already associated "
                           "with ip id=ip-0")));
    auto p = provider(cloud);
    const auto ip = waitFor(p->attachPublicIp(QStringLiteral("vm-1")));
    ASSERT_FALSE(ip.ok());
    EXPECT_TRUE(ip.error().message.contains(QStringLiteral("already associated"))) << ip.error().message.toStdString();
    const auto released = cloud.requestsFor(QStringLiteral("disassociateIpAddress"));
    ASSERT_EQ(released.size(), 1);
    EXPECT_EQ(released[0].params.value(QStringLiteral("id")), QStringLiteral("ip-1"));
    EXPECT_EQ(cloud.count(QStringLiteral("createFirewallRule")), 0);
}

TEST(PublicIp, AddressLimitInTheJobIsQuotaExceeded)
{
    FakeCloudStack cloud;
    isolatedVm(cloud);
    cloud.job(QStringLiteral("j-ip"), 1,
        jobFailed(532, QStringLiteral("Maximum number of public IP addresses for account: demo has been exceeded.")));
    auto p = provider(cloud);
    const auto ip = waitFor(p->attachPublicIp(QStringLiteral("vm-1")));
    ASSERT_FALSE(ip.ok());
    EXPECT_EQ(ip.error().code, ErrorCode::QuotaExceeded) << ip.error().message.toStdString();
    EXPECT_EQ(cloud.count(QStringLiteral("enableStaticNat")), 0);
}

TEST(PublicIp, ANetworkWithoutStaticNatSaysSo)
{
    FakeCloudStack cloud;
    QJsonArray shared;
    for (const char* name : {"Dhcp", "Dns", "UserData", "SecurityGroup"})
        shared.append(QJsonObject {{QStringLiteral("name"), QLatin1String(name)}});
    isolatedVm(cloud, shared);
    auto p = provider(cloud);
    const auto ip = waitFor(p->attachPublicIp(QStringLiteral("vm-1")));
    ASSERT_FALSE(ip.ok());
    EXPECT_EQ(ip.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(ip.error().message.contains(QStringLiteral("static NAT"))) << ip.error().message.toStdString();
    EXPECT_EQ(cloud.count(QStringLiteral("associateIpAddress")), 0);
}

TEST(PublicIp, ASecurityGroupNetworkNeedsNoFirewallRules)
{
    FakeCloudStack cloud;
    QJsonArray withGroups = isolatedServices();
    withGroups.removeAt(2); // Firewall
    withGroups.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("SecurityGroup")}});
    isolatedVm(cloud, withGroups);
    auto p = provider(cloud);
    const auto ip = waitFor(p->attachPublicIp(QStringLiteral("vm-1")));
    ASSERT_TRUE(ip.ok()) << ip.error().message.toStdString();
    EXPECT_EQ(cloud.count(QStringLiteral("enableStaticNat")), 1);
    EXPECT_EQ(cloud.count(QStringLiteral("createFirewallRule")), 0);
}

TEST(PublicIp, ReleaseTurnsStaticNatOffThenDisassociates)
{
    FakeCloudStack cloud;
    isolatedVm(cloud);
    cloud.on(QStringLiteral("listPublicIpAddresses"),
        csOk(QStringLiteral("listPublicIpAddresses"),
            {{QStringLiteral("count"), 1},
                {QStringLiteral("publicipaddress"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("ip-1")},
                        {QStringLiteral("isstaticnat"), true},
                        {QStringLiteral("virtualmachineid"), QStringLiteral("vm-1")}}}}}));
    auto p = provider(cloud);
    const Status released = waitFor(p->releasePublicIp(QStringLiteral("ip-1")));
    ASSERT_TRUE(released.ok()) << released.error().message.toStdString();
    QStringList order;
    for (const auto& call : cloud.calls) {
        if (call.command == QLatin1String("disableStaticNat") || call.command == QLatin1String("disassociateIpAddress"))
            order.append(call.command);
    }
    EXPECT_EQ(order, (QStringList {QStringLiteral("disableStaticNat"), QStringLiteral("disassociateIpAddress")}));
    EXPECT_EQ(cloud.requestsFor(QStringLiteral("disableStaticNat"))[0].params.value(QStringLiteral("ipaddressid")),
        QStringLiteral("ip-1"));

    // Released already: nothing to do.
    FakeCloudStack empty;
    empty.on(QStringLiteral("listPublicIpAddresses"), csOk(QStringLiteral("listPublicIpAddresses"), {}));
    auto q = provider(empty);
    EXPECT_TRUE(waitFor(q->releasePublicIp(QStringLiteral("ip-1"))).ok());
    EXPECT_EQ(empty.count(QStringLiteral("disassociateIpAddress")), 0);
}

TEST(PublicIp, ListLeavesTheSourceNatAddressOut)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listPublicIpAddresses"),
        csOk(QStringLiteral("listPublicIpAddresses"),
            {{QStringLiteral("count"), 2},
                {QStringLiteral("publicipaddress"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("ip-snat")},
                                    {QStringLiteral("ipaddress"), QStringLiteral("198.51.100.2")},
                                    {QStringLiteral("issourcenat"), true}},
                        QJsonObject {{QStringLiteral("id"), QStringLiteral("ip-1")},
                            {QStringLiteral("ipaddress"), QStringLiteral("198.51.100.7")},
                            {QStringLiteral("issourcenat"), false}, {QStringLiteral("isstaticnat"), true},
                            {QStringLiteral("virtualmachineid"), QStringLiteral("vm-1")},
                            {QStringLiteral("vmipaddress"), QStringLiteral("10.1.1.12")},
                            {QStringLiteral("associatednetworkid"), QStringLiteral("n1")}}}}}));
    auto p = provider(cloud);
    const auto ips = waitFor(p->listPublicIps());
    ASSERT_TRUE(ips.ok()) << ips.error().message.toStdString();
    ASSERT_EQ(ips->size(), 1);
    EXPECT_EQ(ips->at(0).id, QStringLiteral("ip-1"));
    EXPECT_EQ(ips->at(0).serverId, QStringLiteral("vm-1"));
    EXPECT_EQ(ips->at(0).fixedAddress, QStringLiteral("10.1.1.12"));
    EXPECT_EQ(ips->at(0).networkId, QStringLiteral("n1"));
}

TEST(CreateResources, DeployOnANetworkWithoutSecurityGroupsTagsTheGroupsInstead)
{
    for (const bool groupsNetwork : {false, true}) {
        FakeCloudStack cloud;
        QJsonArray services = isolatedServices();
        if (groupsNetwork)
            services.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("SecurityGroup")}});
        cloud.on(QStringLiteral("listNetworks"),
            csOk(QStringLiteral("listNetworks"),
                {{QStringLiteral("count"), 1},
                    {QStringLiteral("network"), QJsonArray {networkWith(QStringLiteral("n1"), services)}}}));
        cloud.on(QStringLiteral("listZones"),
            csOk(QStringLiteral("listZones"),
                {{QStringLiteral("zone"), QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("z1")}}}}}));
        cloud.on(QStringLiteral("deployVirtualMachine"),
            csOk(QStringLiteral("deployVirtualMachine"),
                {{QStringLiteral("jobid"), QStringLiteral("j-deploy")},
                    {QStringLiteral("id"), QStringLiteral("vm-new")}}));
        cloud.job(QStringLiteral("j-deploy"), 0,
            jobOk("virtualmachine",
                {{QStringLiteral("id"), QStringLiteral("vm-new")},
                    {QStringLiteral("state"), QStringLiteral("Running")}}));
        asyncCommand(cloud, QStringLiteral("createTags"), QStringLiteral("j-tag"));
        cloud.job(QStringLiteral("j-tag-1"), 0, jobOk("success", {}));
        auto p = provider(cloud);
        CreateServerRequest request;
        request.name = QStringLiteral("web");
        request.flavorId = QStringLiteral("so-1");
        request.imageId = QStringLiteral("t-1");
        request.networkIds = {QStringLiteral("n1")};
        request.securityGroupNames = {QStringLiteral("ct-web")};
        request.metadata.insert(QStringLiteral("cloudtwin"), QStringLiteral("managed"));
        const auto server = waitFor(p->createServer(request));
        ASSERT_TRUE(server.ok()) << server.error().message.toStdString();
        const CsParams deploy = cloud.requestsFor(QStringLiteral("deployVirtualMachine"))[0].params;
        const CsParams tags = cloud.requestsFor(QStringLiteral("createTags"))[0].params;
        EXPECT_EQ(tags.value(QStringLiteral("resourcetype")), QStringLiteral("UserVm"));
        EXPECT_EQ(tags.value(QStringLiteral("resourceids")), QStringLiteral("vm-new"));
        QMap<QString, QString> sentTags;
        for (int i = 0; tags.contains(QStringLiteral("tags[%1].key").arg(i)); ++i)
            sentTags.insert(
                tags.value(QStringLiteral("tags[%1].key").arg(i)), tags.value(QStringLiteral("tags[%1].value").arg(i)));
        EXPECT_EQ(sentTags.value(QStringLiteral("cloudtwin")), QStringLiteral("managed"));
        if (groupsNetwork) {
            EXPECT_EQ(deploy.value(QStringLiteral("securitygroupnames")), QStringLiteral("ct-web"));
            EXPECT_FALSE(sentTags.contains(CloudStackProvider::firewallTag()));
        } else {
            EXPECT_FALSE(deploy.contains(QStringLiteral("securitygroupnames")));
            EXPECT_EQ(sentTags.value(CloudStackProvider::firewallTag()), QStringLiteral("ct-web"));
            EXPECT_EQ(server->metadata.value(CloudStackProvider::firewallTag()).toString(), QStringLiteral("ct-web"));
        }
    }
}

struct VolumeCase
{
    std::string name;
    QJsonArray offerings;
    QString wanted; ///< CreateVolumeRequest::diskOfferingId
    int sizeGb;
    QString expectedOffering; ///< empty: an error
    bool sendsSize;
};

class CsVolumes : public ::testing::TestWithParam<VolumeCase>
{
};

QJsonObject diskOffering(const char* id, int gb, bool custom)
{
    return {{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("name"), QLatin1String(id)},
        {QStringLiteral("disksize"), gb}, {QStringLiteral("iscustomized"), custom}};
}

TEST_P(CsVolumes, PickTheDiskOfferingAndTagTheVolume)
{
    const VolumeCase& c = GetParam();
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listZones"),
        csOk(QStringLiteral("listZones"),
            {{QStringLiteral("zone"), QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("z1")}}}}}));
    cloud.on(QStringLiteral("listDiskOfferings"),
        csOk(QStringLiteral("listDiskOfferings"),
            {{QStringLiteral("count"), c.offerings.size()}, {QStringLiteral("diskoffering"), c.offerings}}));
    cloud.on(QStringLiteral("createVolume"),
        csOk(QStringLiteral("createVolume"),
            {{QStringLiteral("jobid"), QStringLiteral("j-vol")}, {QStringLiteral("id"), QStringLiteral("vol-1")}}));
    cloud.job(QStringLiteral("j-vol"), 1,
        jobOk("volume",
            {{QStringLiteral("id"), QStringLiteral("vol-1")}, {QStringLiteral("name"), QStringLiteral("data")},
                {QStringLiteral("state"), QStringLiteral("Allocated")}, {QStringLiteral("size"), 21474836480LL}}));
    asyncCommand(cloud, QStringLiteral("createTags"), QStringLiteral("j-tag"));
    cloud.job(QStringLiteral("j-tag-1"), 0, jobOk("success", {}));
    auto p = provider(cloud);
    CreateVolumeRequest request;
    request.name = QStringLiteral("data");
    request.sizeGb = c.sizeGb;
    request.diskOfferingId = c.wanted;
    request.metadata.insert(QStringLiteral("cloudtwin"), QStringLiteral("managed"));
    const auto volume = waitFor(p->createVolume(request));
    if (c.expectedOffering.isEmpty()) {
        ASSERT_FALSE(volume.ok());
        EXPECT_EQ(volume.error().code, ErrorCode::NotFound);
        EXPECT_TRUE(volume.error().message.contains(QStringLiteral("TestStack")))
            << volume.error().message.toStdString();
        EXPECT_EQ(cloud.count(QStringLiteral("createVolume")), 0);
        return;
    }
    ASSERT_TRUE(volume.ok()) << volume.error().message.toStdString();
    EXPECT_EQ(volume->id, QStringLiteral("vol-1"));
    const CsParams created = cloud.requestsFor(QStringLiteral("createVolume"))[0].params;
    EXPECT_EQ(created.value(QStringLiteral("diskofferingid")), c.expectedOffering);
    EXPECT_EQ(created.contains(QStringLiteral("size")), c.sendsSize);
    if (c.sendsSize) {
        EXPECT_EQ(created.value(QStringLiteral("size")), QString::number(c.sizeGb));
    }
    const CsParams tags = cloud.requestsFor(QStringLiteral("createTags"))[0].params;
    EXPECT_EQ(tags.value(QStringLiteral("resourcetype")), QStringLiteral("Volume"));
    EXPECT_EQ(tags.value(QStringLiteral("resourceids")), QStringLiteral("vol-1"));
    EXPECT_EQ(tags.value(QStringLiteral("tags[0].key")), QStringLiteral("cloudtwin"));
}

INSTANTIATE_TEST_SUITE_P(CloudStack, CsVolumes,
    ::testing::Values(VolumeCase {"customWins",
                          QJsonArray {diskOffering("small", 5, false), diskOffering("custom", 0, true),
                              diskOffering("large", 100, false)},
                          {}, 20, QStringLiteral("custom"), true},
        VolumeCase {"smallestFixedThatHolds",
            QJsonArray {
                diskOffering("large", 100, false), diskOffering("small", 5, false), diskOffering("medium", 20, false)},
            {}, 8, QStringLiteral("medium"), false},
        VolumeCase {"noneFits", QJsonArray {diskOffering("small", 5, false), diskOffering("medium", 20, false)}, {}, 50,
            {}, false},
        VolumeCase {"givenFixed", QJsonArray {diskOffering("custom", 0, true), diskOffering("medium", 20, false)},
            QStringLiteral("medium"), 20, QStringLiteral("medium"), false},
        VolumeCase {
            "givenUnknown", QJsonArray {diskOffering("custom", 0, true)}, QStringLiteral("gone"), 20, {}, false}),
    [](const auto& info) { return info.param.name; });

TEST(CreateResources, SnapshotTemplateCarriesTheMetadataAsTags)
{
    FakeCloudStack cloud;
    cloud.on(QStringLiteral("listVirtualMachines"),
        csOk(QStringLiteral("listVirtualMachines"),
            {{QStringLiteral("count"), 1},
                {QStringLiteral("virtualmachine"),
                    QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("vm-1")},
                        {QStringLiteral("ostypeid"), QStringLiteral("os-7")}}}}}));
    cloud.on(QStringLiteral("listVolumes"),
        csOk(QStringLiteral("listVolumes"),
            {{QStringLiteral("volume"),
                QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("vol-root")}}}}}));
    cloud.on(QStringLiteral("createSnapshot"),
        csOk(QStringLiteral("createSnapshot"), {{QStringLiteral("jobid"), QStringLiteral("j-snap")}}));
    cloud.job(QStringLiteral("j-snap"), 0, jobOk("snapshot", {{QStringLiteral("id"), QStringLiteral("snap-1")}}));
    cloud.on(QStringLiteral("createTemplate"),
        csOk(QStringLiteral("createTemplate"), {{QStringLiteral("jobid"), QStringLiteral("j-tmpl")}}));
    cloud.job(QStringLiteral("j-tmpl"), 0, jobOk("template", {{QStringLiteral("id"), QStringLiteral("tmpl-new")}}));
    asyncCommand(cloud, QStringLiteral("createTags"), QStringLiteral("j-tag"));
    cloud.job(QStringLiteral("j-tag-1"), 0, jobOk("success", {}));
    auto p = provider(cloud);
    const auto image = waitFor(p->snapshotServer(
        QStringLiteral("vm-1"), QStringLiteral("backup 1"), {{QStringLiteral("cloudtwin-pair"), QStringLiteral("7")}}));
    ASSERT_TRUE(image.ok()) << image.error().message.toStdString();
    EXPECT_EQ(*image, QStringLiteral("tmpl-new"));
    const CsParams tags = cloud.requestsFor(QStringLiteral("createTags"))[0].params;
    EXPECT_EQ(tags.value(QStringLiteral("resourcetype")), QStringLiteral("Template"));
    EXPECT_EQ(tags.value(QStringLiteral("resourceids")), QStringLiteral("tmpl-new"));
    EXPECT_EQ(tags.value(QStringLiteral("tags[0].key")), QStringLiteral("cloudtwin-pair"));
    EXPECT_EQ(tags.value(QStringLiteral("tags[0].value")), QStringLiteral("7"));
}

struct FactoryCase
{
    const char* name;
    std::function<void(CloudAccount&)> change;
    QByteArray secret;
    bool ok;
    const char* mentions;
};

class Factory : public ::testing::TestWithParam<FactoryCase>
{
};

TEST_P(Factory, ValidatesCloudStackAccounts)
{
    CloudAccount a;
    a.name = QStringLiteral("cs");
    a.kind = CloudKind::CloudStack;
    a.apiUrl = QStringLiteral("https://cloud.example.com/client/api");
    a.apiKey = QStringLiteral("key");
    GetParam().change(a);
    const auto created = createProvider(a, GetParam().secret, nullptr);
    if (GetParam().ok) {
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        EXPECT_EQ((*created)->kind(), CloudKind::CloudStack);
        delete *created;
        return;
    }
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(created.error().message.contains(QString::fromUtf8(GetParam().mentions)))
        << created.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(CloudStack, Factory,
    ::testing::Values(FactoryCase {"apiKey", [](CloudAccount&) {}, "secret", true, ""},
        FactoryCase {"password",
            [](CloudAccount& a) {
                a.apiKey.clear();
                a.userName = QStringLiteral("alice");
            },
            "pw", true, ""},
        FactoryCase {"noUrl", [](CloudAccount& a) { a.apiUrl.clear(); }, "secret", false, "API URL is empty"},
        FactoryCase {"notHttp", [](CloudAccount& a) { a.apiUrl = QStringLiteral("ftp://x/client/api"); }, "secret",
            false, "ftp://x/client/api"},
        FactoryCase {"noSecret", [](CloudAccount&) {}, "", false, "secret key"},
        FactoryCase {"nothing", [](CloudAccount& a) { a.apiKey.clear(); }, "pw", false, "user name and password"},
        FactoryCase {"noPassword",
            [](CloudAccount& a) {
                a.apiKey.clear();
                a.userName = QStringLiteral("alice");
            },
            "", false, "password"}),
    [](const auto& info) { return std::string(info.param.name); });

} // namespace
} // namespace ct
