// CloudStackProvider against a fake CloudStack: the VM state table, listing, deploy, resize fallback,
// snapshot → template, download with checksum, test connection and the factory's checks.
#include "cloud/cloudstack/cloudstackjson.h"
#include "cloud/cloudstack/cloudstackprovider.h"
#include "cloud/providerfactory.h"
#include "fakecloudstack.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace ct {
namespace {

using cloudstack::CloudStackProvider;
using test::csError;
using test::csOk;
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
