// The whole CloudStack provider path, end to end through real HTTP: against the sandbox's CloudStack API (an
// API-key account and a user/password login account) and against a real Apache CloudStack named by
// CLOUDSTACK_URL, CLOUDSTACK_API_KEY and CLOUDSTACK_SECRET_KEY (skipped with a visible reason otherwise).
// A parallel suite to provider_suite_test.cpp: CloudStack's templates, offerings and async jobs do not map
// onto the OpenStack suite's Glance/Cinder specifics. Every CloudProvider operation CloudStack supports runs
// here, plus the CloudStack-only extras (VM snapshots, restore).
//
// Real cloud, optional settings: CLOUDSTACK_ZONE (zone name or id), CLOUDSTACK_TEMPLATE (template id to
// deploy; default: the first ready featured one), CLOUDSTACK_OFFERING (service offering id; default: the
// smallest non-custom one).
#include "cloud/cloudstack/cloudstackprovider.h"
#include "cloud/providerfactory.h"
#include "sandboxcloud.h"
#include "sandboxfaults.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

namespace ct {
namespace {

enum class CsTarget
{
    SandboxApiKey,
    SandboxLogin,
    RealCloudStack
};

std::string targetName(CsTarget target)
{
    switch (target) {
    case CsTarget::SandboxApiKey:
        return "SandboxApiKey";
    case CsTarget::SandboxLogin:
        return "SandboxLogin";
    case CsTarget::RealCloudStack:
        break;
    }
    return "RealCloudStack";
}

template<class T>
T await(QFuture<T> future, int timeoutMs = 300000)
{
    EXPECT_TRUE(QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs)) << "timed out";
    return future.result();
}

std::string text(const Error& error) { return error.message.toStdString(); }

/// A small file that looks like qcow2 (magic first), with a stable pattern after it.
QByteArray qcow2Bytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 7919) % 251);
    bytes.replace(0, 8, QByteArray("QFI\xfb\x00\x00\x00\x03", 8));
    return bytes;
}

class CloudStackSuite : public ::testing::TestWithParam<CsTarget>
{
protected:
    bool isSandbox() const { return GetParam() != CsTarget::RealCloudStack; }

    void SetUp() override
    {
        CloudAccount account;
        account.kind = CloudKind::CloudStack;
        QByteArray secret;
        if (isSandbox()) {
            m_sandbox = std::make_unique<sandbox::SandboxCloud>();
            ASSERT_TRUE(m_sandbox->start(m_dir.filePath(QStringLiteral("sandbox"))))
                << m_sandbox->errorString().toStdString();
            m_sandbox->setBuildDelay(150);
            m_sandbox->setActionDelay(60);
            account.name = QStringLiteral("Sandbox CloudStack");
            account.sandbox = true;
            account.apiUrl = m_sandbox->cloudStackApiUrl();
            if (GetParam() == CsTarget::SandboxApiKey) {
                const auto keys = sandbox::SandboxCloud::cloudStackKeys(QStringLiteral("demo"));
                account.apiKey = keys.apiKey;
                secret = keys.secretKey.toUtf8();
            } else {
                account.userName = QStringLiteral("demo");
                account.domain = QStringLiteral("/");
                secret = "demo-secret";
            }
        } else {
            const QString url = qEnvironmentVariable("CLOUDSTACK_URL");
            const QString apiKey = qEnvironmentVariable("CLOUDSTACK_API_KEY");
            const QByteArray secretKey = qgetenv("CLOUDSTACK_SECRET_KEY");
            if (url.isEmpty() || apiKey.isEmpty() || secretKey.isEmpty())
                GTEST_SKIP() << "skipped: no CLOUDSTACK_URL, CLOUDSTACK_API_KEY and CLOUDSTACK_SECRET_KEY (set all "
                                "three to run the CloudStack suite against a real cloud, e.g. "
                                "CLOUDSTACK_URL=https://cloud.example/client/api)";
            account.name = QStringLiteral("Real CloudStack");
            account.apiUrl = url;
            account.apiKey = apiKey;
            account.regionName = qEnvironmentVariable("CLOUDSTACK_ZONE");
            account.insecure = qEnvironmentVariableIntValue("CLOUDSTACK_INSECURE") != 0;
            secret = secretKey;
        }
        auto provider = createProvider(account, secret, nullptr);
        ASSERT_TRUE(provider) << text(provider.error());
        m_provider.reset(qobject_cast<cloudstack::CloudStackProvider*>(provider.value()));
        ASSERT_TRUE(m_provider) << "createProvider did not make a CloudStackProvider";
        if (isSandbox())
            m_provider->setPollIntervals(20, 200);
        else
            m_provider->setPollIntervals(1000, 5000);
    }

    void TearDown() override
    {
        if (!m_provider)
            return;
        // Leave nothing behind on a real cloud, even when an assertion failed half-way.
        for (const QString& id : std::as_const(m_createdVolumes)) {
            (void)await(m_provider->detachVolume({}, id));
            (void)await(m_provider->deleteVolume(id));
        }
        for (const QString& id : std::as_const(m_createdServers))
            (void)await(m_provider->deleteServer(id));
        for (const QString& id : std::as_const(m_createdImages))
            (void)await(m_provider->deleteImage(id));
    }

    QString uniqueName(const char* what) const
    {
        return QStringLiteral("cloudtwin-it-%1-%2")
            .arg(QLatin1String(what), QUuid::createUuid().toString(QUuid::Id128).left(8));
    }

    /// The smallest fixed offering, a ready featured template (or the configured ones).
    CreateServerRequest smallServer()
    {
        CreateServerRequest request;
        request.name = uniqueName("vm");
        request.flavorId = qEnvironmentVariable("CLOUDSTACK_OFFERING");
        request.imageId = qEnvironmentVariable("CLOUDSTACK_TEMPLATE");
        auto flavors = await(m_provider->listFlavors());
        EXPECT_TRUE(flavors) << text(flavors.error());
        if (flavors && request.flavorId.isEmpty()) {
            int smallestRam = 0;
            for (const Flavor& flavor : flavors.value()) {
                if (flavor.ramMb <= 0 || flavor.vcpus <= 0)
                    continue; // a custom offering needs details
                if (request.flavorId.isEmpty() || flavor.ramMb < smallestRam) {
                    request.flavorId = flavor.id;
                    smallestRam = flavor.ramMb;
                }
            }
        }
        if (request.imageId.isEmpty()) {
            auto images = await(m_provider->listImages());
            EXPECT_TRUE(images) << text(images.error());
            if (images) {
                for (const Image& image : images.value()) {
                    if (image.status == QLatin1String("active")) {
                        request.imageId = image.id;
                        break;
                    }
                }
            }
        }
        request.metadata.insert(QStringLiteral("cloudtwin:test"), QStringLiteral("integration"));
        return request;
    }

    /// Creates a server and waits until it runs; registers it for clean-up.
    Result<Server> runningServer(CreateServerRequest request = {})
    {
        if (request.name.isEmpty())
            request = smallServer();
        EXPECT_FALSE(request.flavorId.isEmpty());
        EXPECT_FALSE(request.imageId.isEmpty());
        auto created = await(m_provider->createServer(request));
        if (!created)
            return created;
        m_createdServers << created->id;
        return await(m_provider->waitForServer(created->id, {ServerStatus::Active}, QDeadlineTimer(300000)));
    }

    /// `command`'s response object through the provider's raw call().
    Result<QJsonObject> raw(const QString& command, const cloudstack::Parameters& parameters)
    {
        auto document = await(m_provider->call(command, parameters));
        if (!document)
            return document.error();
        return cloudstack::CloudStackClient::responseOf(*document, command);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxCloud> m_sandbox;
    std::unique_ptr<cloudstack::CloudStackProvider> m_provider;
    QStringList m_createdServers;
    QStringList m_createdImages;
    QStringList m_createdVolumes;
};

TEST_P(CloudStackSuite, AuthenticatesAndTestsTheConnection)
{
    auto signedIn = await(m_provider->authenticate());
    ASSERT_TRUE(signedIn) << text(signedIn.error());
    auto checks = await(m_provider->testConnection());
    ASSERT_TRUE(checks) << text(checks.error());
    QStringList services;
    for (const ServiceCheck& check : checks.value()) {
        services << check.service;
        EXPECT_TRUE(check.ok) << check.service.toStdString() << ": " << check.detail.toStdString();
        EXPECT_FALSE(check.detail.isEmpty()) << check.service.toStdString();
    }
    for (const char* service : {"api", "zones", "compute", "image"})
        EXPECT_TRUE(services.contains(QLatin1String(service))) << service;
}

TEST_P(CloudStackSuite, WrongSecretIsAClearAuthenticationError)
{
    if (!isSandbox())
        GTEST_SKIP() << "sandbox only: a wrong key on a real cloud may lock the account";
    CloudAccount account;
    account.kind = CloudKind::CloudStack;
    account.name = QStringLiteral("Bad Keys");
    account.apiUrl = m_sandbox->cloudStackApiUrl();
    QByteArray secret = "wrong-secret";
    if (GetParam() == CsTarget::SandboxApiKey)
        account.apiKey = sandbox::SandboxCloud::cloudStackKeys(QStringLiteral("demo")).apiKey;
    else
        account.userName = QStringLiteral("demo");
    auto provider = createProvider(account, secret, nullptr);
    ASSERT_TRUE(provider) << text(provider.error());
    std::unique_ptr<CloudProvider> bad(provider.value());
    auto signedIn = await(bad->authenticate());
    ASSERT_FALSE(signedIn);
    EXPECT_EQ(signedIn.error().code, ErrorCode::AuthenticationFailed) << text(signedIn.error());
    EXPECT_TRUE(signedIn.error().message.contains(QStringLiteral("Bad Keys"))) << text(signedIn.error());
}

TEST_P(CloudStackSuite, ListsTheCatalogue)
{
    auto flavors = await(m_provider->listFlavors());
    ASSERT_TRUE(flavors) << text(flavors.error());
    ASSERT_FALSE(flavors->isEmpty());
    for (const Flavor& flavor : flavors.value())
        EXPECT_FALSE(flavor.id.isEmpty());

    auto images = await(m_provider->listImages());
    ASSERT_TRUE(images) << text(images.error());
    ASSERT_FALSE(images->isEmpty());
    QSet<QString> imageIds;
    bool anyActive = false;
    for (const Image& image : images.value()) {
        EXPECT_FALSE(imageIds.contains(image.id)) << "template listed twice: " << image.id.toStdString();
        imageIds.insert(image.id);
        anyActive = anyActive || image.status == QLatin1String("active");
    }
    EXPECT_TRUE(anyActive);

    auto networks = await(m_provider->listNetworks());
    ASSERT_TRUE(networks) << text(networks.error());
    auto groups = await(m_provider->listSecurityGroups());
    ASSERT_TRUE(groups) << text(groups.error());
    auto volumes = await(m_provider->listVolumes());
    ASSERT_TRUE(volumes) << text(volumes.error());

    // A key pair made through the API shows up in the list, then goes again.
    const QString keyName = uniqueName("key");
    auto made = raw(QStringLiteral("createSSHKeyPair"), {{QStringLiteral("name"), keyName}});
    ASSERT_TRUE(made) << text(made.error());
    auto keys = await(m_provider->listKeyPairs());
    ASSERT_TRUE(keys) << text(keys.error());
    bool seen = false;
    for (const KeyPair& key : keys.value())
        seen = seen || key.name == keyName;
    EXPECT_TRUE(seen);
    EXPECT_TRUE(raw(QStringLiteral("deleteSSHKeyPair"), {{QStringLiteral("name"), keyName}}));

    if (isSandbox()) {
        EXPECT_GE(flavors->size(), 3);
        EXPECT_FALSE(networks->isEmpty());
        bool hasDefault = false;
        for (const SecurityGroup& group : groups.value())
            hasDefault = hasDefault || group.name == QLatin1String("default");
        EXPECT_TRUE(hasDefault);
    }
}

TEST_P(CloudStackSuite, ListsZones)
{
    auto zones = await(m_provider->listAvailabilityZones());
    ASSERT_TRUE(zones) << text(zones.error());
    ASSERT_FALSE(zones->isEmpty());
    QStringList available;
    for (const AvailabilityZone& zone : zones.value()) {
        EXPECT_FALSE(zone.name.isEmpty());
        if (zone.available)
            available << zone.name;
    }
    EXPECT_FALSE(available.isEmpty()) << "no Enabled zone to create servers in";
    if (isSandbox()) {
        EXPECT_EQ(available, QStringList {QStringLiteral("Sandbox-Zone-1")});
    }
}

TEST_P(CloudStackSuite, ListsEveryPageOfServers)
{
    if (isSandbox())
        m_sandbox->seedManyCloudStack(QStringLiteral("demo"), 1203, QStringLiteral("page"));
    auto all = await(m_provider->listServers());
    ASSERT_TRUE(all) << text(all.error());
    QSet<QString> ids;
    for (const Server& server : all.value()) {
        EXPECT_FALSE(ids.contains(server.id)) << "listed twice: " << server.id.toStdString();
        ids.insert(server.id);
    }
    if (isSandbox()) {
        EXPECT_EQ(ids.size(), 1203); // 3 pages of 500
    }

    // Smaller pages give the same servers.
    ListServersOptions small;
    small.pageSize = 100;
    auto paged = await(m_provider->listServers(small));
    ASSERT_TRUE(paged) << text(paged.error());
    QSet<QString> pagedIds;
    for (const Server& server : paged.value())
        pagedIds.insert(server.id);
    if (isSandbox()) {
        EXPECT_EQ(pagedIds, ids);
    } else {
        EXPECT_EQ(pagedIds.size(), ids.size()); // unless someone else changed the cloud meanwhile
    }
}

TEST_P(CloudStackSuite, ServerLifecycle)
{
    CreateServerRequest request = smallServer();
    // Over 2 KB of cloud-init: the provider must POST it (GET URLs are cut).
    request.userData = "#cloud-config\nwrite_files:\n  - path: /etc/cloudtwin\n    content: |\n";
    while (request.userData.size() < 3000)
        request.userData += "      cloudtwin integration test line\n";
    auto active = runningServer(request);
    ASSERT_TRUE(active) << text(active.error());
    const QString id = active->id;
    EXPECT_EQ(active->name, request.name);
    EXPECT_GT(active->vcpus, 0);
    EXPECT_GT(active->ramMb, 0);
    EXPECT_EQ(active->imageId, request.imageId);

    auto got = await(m_provider->getServer(id));
    ASSERT_TRUE(got) << text(got.error());
    EXPECT_EQ(got->status, ServerStatus::Active);
    EXPECT_EQ(got->metadata.value(QStringLiteral("cloudtwin:test")).toString(), QStringLiteral("integration"))
        << "createServer's metadata should be the VM's tags";
    EXPECT_FALSE(got->addresses.isEmpty());

    // The cloud got the userdata intact (listVirtualMachines userdata=true, CloudStack 4.18+).
    auto withUserData = raw(QStringLiteral("listVirtualMachines"),
        {{QStringLiteral("id"), id}, {QStringLiteral("userdata"), QStringLiteral("true")}});
    ASSERT_TRUE(withUserData) << text(withUserData.error());
    const QJsonObject vm = withUserData->value(QLatin1String("virtualmachine")).toArray().first().toObject();
    if (isSandbox() || vm.contains(QLatin1String("userdata"))) {
        EXPECT_EQ(QByteArray::fromBase64(vm.value(QLatin1String("userdata")).toString().toLatin1()), request.userData);
    }

    auto listed = await(m_provider->listServers());
    ASSERT_TRUE(listed) << text(listed.error());
    bool seen = false;
    for (const Server& server : listed.value())
        seen = seen || server.id == id;
    EXPECT_TRUE(seen);

    ASSERT_TRUE(await(m_provider->stopServer(id)));
    auto stopped = await(m_provider->waitForServer(id, {ServerStatus::Stopped}, QDeadlineTimer(300000)));
    ASSERT_TRUE(stopped) << text(stopped.error());
    EXPECT_EQ(stopped->providerStatus, QStringLiteral("Stopped"));

    ASSERT_TRUE(await(m_provider->startServer(id)));
    ASSERT_TRUE(await(m_provider->waitForServer(id, {ServerStatus::Active}, QDeadlineTimer(300000))));

    auto rebooted = await(m_provider->rebootServer(id));
    ASSERT_TRUE(rebooted) << text(rebooted.error());
    ASSERT_TRUE(await(m_provider->waitForServer(id, {ServerStatus::Active}, QDeadlineTimer(300000))));

    // Resize to another fixed offering. The sandbox (like most KVM zones) refuses to scale a running VM, so
    // the provider stops, scales and starts it again.
    auto flavors = await(m_provider->listFlavors());
    ASSERT_TRUE(flavors) << text(flavors.error());
    Flavor target;
    for (const Flavor& flavor : flavors.value()) {
        if (flavor.id != request.flavorId && flavor.vcpus > 0 && flavor.ramMb > 0
            && (target.id.isEmpty() || flavor.ramMb < target.ramMb))
            target = flavor;
    }
    ASSERT_FALSE(target.id.isEmpty()) << "needs two fixed service offerings";
    auto resized = await(m_provider->resizeServer(id, target.id));
    ASSERT_TRUE(resized) << text(resized.error());
    ASSERT_TRUE(await(m_provider->confirmResize(id)));
    auto afterResize = await(m_provider->waitForServer(id, {ServerStatus::Active}, QDeadlineTimer(300000)));
    ASSERT_TRUE(afterResize) << text(afterResize.error());
    EXPECT_EQ(afterResize->flavorName, target.name);
    EXPECT_EQ(afterResize->vcpus, target.vcpus);
    EXPECT_EQ(afterResize->ramMb, target.ramMb);

    // CloudStack extras: a VM snapshot, and restoring the root disk from the template.
    auto vmSnapshot = await(m_provider->createVmSnapshot(id, uniqueName("vmsnap")));
    ASSERT_TRUE(vmSnapshot) << text(vmSnapshot.error());
    EXPECT_FALSE(vmSnapshot->isEmpty());
    auto vmSnapshots = raw(QStringLiteral("listVMSnapshot"),
        {{QStringLiteral("virtualmachineid"), id}, {QStringLiteral("listall"), QStringLiteral("true")}});
    ASSERT_TRUE(vmSnapshots) << text(vmSnapshots.error());
    bool snapshotListed = false;
    for (const QJsonValue& value : vmSnapshots->value(QLatin1String("vmSnapshot")).toArray())
        snapshotListed = snapshotListed || value.toObject().value(QLatin1String("id")).toString() == *vmSnapshot;
    EXPECT_TRUE(snapshotListed);
    auto deleting = raw(QStringLiteral("deleteVMSnapshot"), {{QStringLiteral("vmsnapshotid"), *vmSnapshot}});
    ASSERT_TRUE(deleting) << text(deleting.error());
    auto deletedSnapshot
        = await(m_provider->waitForJob(deleting->value(QLatin1String("jobid")).toString(), cloudstack::JobWait {}));
    EXPECT_TRUE(deletedSnapshot) << text(deletedSnapshot.error());

    auto restored = await(m_provider->restoreServer(id));
    ASSERT_TRUE(restored) << text(restored.error());
    EXPECT_EQ(restored->id, id);
    EXPECT_EQ(restored->imageId, request.imageId);

    ASSERT_TRUE(await(m_provider->deleteServer(id)));
    auto gone = await(m_provider->waitForServer(id, {ServerStatus::Deleted}, QDeadlineTimer(300000)));
    EXPECT_TRUE(gone) << text(gone.error());
    m_createdServers.clear();
}

TEST_P(CloudStackSuite, SnapshotToTemplateAndDownload)
{
    auto active = runningServer();
    ASSERT_TRUE(active) << text(active.error());

    auto imageId = await(m_provider->snapshotServer(active->id, uniqueName("snap")));
    ASSERT_TRUE(imageId) << text(imageId.error());
    ASSERT_FALSE(imageId->isEmpty());
    m_createdImages << imageId.value();
    auto image = await(m_provider->waitForImage(imageId.value(), QDeadlineTimer(600000)));
    ASSERT_TRUE(image) << text(image.error());
    EXPECT_EQ(image->status, QStringLiteral("active"));

    QBuffer sink;
    ASSERT_TRUE(sink.open(QIODevice::WriteOnly));
    auto downloaded = await(m_provider->downloadImage(imageId.value(), &sink));
    ASSERT_TRUE(downloaded) << text(downloaded.error());
    EXPECT_GT(downloaded.value(), 0);
    EXPECT_EQ(downloaded.value(), sink.data().size());
    // The provider checked the cloud's checksum; check it here as well.
    auto described = await(m_provider->getImage(imageId.value()));
    ASSERT_TRUE(described) << text(described.error());
    if (!described->checksumMd5.isEmpty()) {
        EXPECT_EQ(QString::fromLatin1(QCryptographicHash::hash(sink.data(), QCryptographicHash::Md5).toHex()),
            described->checksumMd5);
    }
    if (isSandbox()) {
        EXPECT_FALSE(described->checksumMd5.isEmpty());
        EXPECT_TRUE(sink.data().startsWith("QFI\xfb")) << "a qcow2 snapshot";
        // The VM never wrote to its disk, so the snapshot holds exactly the template's bytes.
        QBuffer original;
        ASSERT_TRUE(original.open(QIODevice::WriteOnly));
        auto source = await(m_provider->downloadImage(active->imageId, &original));
        ASSERT_TRUE(source) << text(source.error());
        EXPECT_TRUE(original.data() == sink.data());
    }

    ASSERT_TRUE(await(m_provider->deleteImage(imageId.value())));
    m_createdImages.clear();
    auto deleted = await(m_provider->getImage(imageId.value()));
    ASSERT_FALSE(deleted);
    EXPECT_EQ(deleted.error().code, ErrorCode::NotFound) << text(deleted.error());
}

TEST_P(CloudStackSuite, ImageUploadAndDownloadRoundTrip)
{
    auto images = await(m_provider->listImages());
    ASSERT_TRUE(images) << text(images.error());
    QString osType;
    for (const Image& image : images.value()) {
        if (osType.isEmpty())
            osType = image.properties.value(QStringLiteral("ostypeid")).toString();
    }
    ASSERT_FALSE(osType.isEmpty());

    // CloudStack takes QCOW2/VHD/OVA uploads only; RAW is refused before anything is created.
    CreateImageRequest rawRequest;
    rawRequest.name = uniqueName("raw");
    rawRequest.diskFormat = QStringLiteral("raw");
    rawRequest.properties.insert(QStringLiteral("ostypeid"), osType);
    auto refused = await(m_provider->createImage(rawRequest));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput) << text(refused.error());

    CreateImageRequest request;
    request.name = uniqueName("img");
    request.diskFormat = QStringLiteral("qcow2");
    request.properties.insert(QStringLiteral("ostypeid"), osType);
    if (!isSandbox() && qEnvironmentVariableIsSet("CLOUDSTACK_ZONE"))
        request.properties.insert(QStringLiteral("zoneid"), qEnvironmentVariable("CLOUDSTACK_ZONE"));
    auto image = await(m_provider->createImage(request));
    ASSERT_TRUE(image) << text(image.error());
    m_createdImages << image->id;
    EXPECT_EQ(image->status, QStringLiteral("queued"));

    const QByteArray bytes = qcow2Bytes(3 * 1024 * 1024 + 17);
    QBuffer source;
    source.setData(bytes);
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    bool backwards = false;
    auto uploaded = await(
        m_provider->uploadImage(image->id, &source, bytes.size(), [&](const QString&, qint64 done, qint64 total) {
            backwards = backwards || done < lastDone;
            lastDone = done;
            lastTotal = total;
        }));
    ASSERT_TRUE(uploaded) << text(uploaded.error());
    // Progress ends at the whole multipart body (file + a few hundred bytes of framing), never going back.
    EXPECT_GE(lastDone, bytes.size());
    EXPECT_EQ(lastDone, lastTotal);
    EXPECT_FALSE(backwards);
    auto ready = await(m_provider->waitForImage(image->id, QDeadlineTimer(600000)));
    ASSERT_TRUE(ready) << text(ready.error());
    EXPECT_EQ(ready->status, QStringLiteral("active"));

    QBuffer sink;
    ASSERT_TRUE(sink.open(QIODevice::WriteOnly));
    auto downloaded = await(m_provider->downloadImage(image->id, &sink));
    ASSERT_TRUE(downloaded) << text(downloaded.error());
    EXPECT_EQ(downloaded.value(), bytes.size());
    EXPECT_TRUE(sink.data() == bytes);

    // A second upload into the same template has no ticket left: a clear error, not a hang.
    QBuffer again;
    again.setData(bytes);
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    auto twice = await(m_provider->uploadImage(image->id, &again, bytes.size()));
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::InvalidInput) << text(twice.error());

    ASSERT_TRUE(await(m_provider->deleteImage(image->id)));
    m_createdImages.clear();
}

// What a create needs besides the server: key pair, security group and rules, a public IP with static NAT
// (and, on an isolated network, firewall rules made from the group), a tagged data disk. Creates are idempotent
// where the interface says so; deletes succeed on what is gone.
TEST_P(CloudStackSuite, CreateResourcesEndToEnd)
{
    const QString keyName = uniqueName("key");
    const QString publicKey = QStringLiteral(
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f cloudtwin@integration");
    auto key = await(m_provider->importKeyPair(keyName, publicKey));
    ASSERT_TRUE(key) << text(key.error());
    EXPECT_EQ(key->fingerprint, QStringLiteral("0f:a2:0a:d7:38:3e:65:45:08:6b:63:84:1c:ff:dc:ba"));
    auto sameAgain = await(m_provider->importKeyPair(keyName, publicKey));
    EXPECT_TRUE(sameAgain) << "the same key twice: " << text(sameAgain.error());

    auto group = await(m_provider->createSecurityGroup(uniqueName("sg"), QStringLiteral("CloudTwin integration test")));
    ASSERT_TRUE(group) << text(group.error());
    SecurityGroupRule ssh;
    ssh.direction = QStringLiteral("ingress");
    ssh.protocol = QStringLiteral("tcp");
    ssh.portMin = ssh.portMax = 22;
    ssh.remoteCidr = QStringLiteral("203.0.113.0/24");
    auto sshRule = await(m_provider->addSecurityGroupRule(group->id, ssh));
    ASSERT_TRUE(sshRule) << text(sshRule.error());
    EXPECT_FALSE(sshRule->id.isEmpty());
    SecurityGroupRule ping;
    ping.direction = QStringLiteral("ingress");
    ping.protocol = QStringLiteral("icmp");
    ASSERT_TRUE(await(m_provider->addSecurityGroupRule(group->id, ping)));

    CreateServerRequest request = smallServer();
    auto networks = await(m_provider->listNetworks());
    ASSERT_TRUE(networks) << text(networks.error());
    for (const Network& network : networks.value()) {
        if (!network.shared && request.networkIds.isEmpty())
            request.networkIds = {network.id};
    }
    request.securityGroupNames = {group->name};
    request.keyName = keyName;
    auto active = runningServer(request);
    ASSERT_TRUE(active) << text(active.error());
    EXPECT_EQ(active->keyName, keyName);

    auto ip = await(m_provider->attachPublicIp(active->id));
    ASSERT_TRUE(ip) << text(ip.error());
    EXPECT_FALSE(ip->address.isEmpty());
    EXPECT_EQ(ip->serverId, active->id);
    auto again = await(m_provider->attachPublicIp(active->id));
    ASSERT_TRUE(again) << text(again.error());
    EXPECT_EQ(again->id, ip->id) << "a second call allocates nothing";
    if (isSandbox()) {
        // The sandbox network is isolated: the group's rules became the public IP's firewall rules.
        auto rules = raw(QStringLiteral("listFirewallRules"), {{QStringLiteral("ipaddressid"), ip->id}});
        ASSERT_TRUE(rules) << text(rules.error());
        QStringList opened;
        for (const QJsonValue& rule : rules->value(QLatin1String("firewallrule")).toArray())
            opened << rule.toObject().value(QLatin1String("protocol")).toString() + u':'
                    + QString::number(rule.toObject().value(QLatin1String("startport")).toInt()) + u':'
                    + rule.toObject().value(QLatin1String("cidrlist")).toString();
        opened.sort();
        EXPECT_EQ(opened, (QStringList {QStringLiteral("icmp:0:0.0.0.0/0"), QStringLiteral("tcp:22:203.0.113.0/24")}));
    }
    auto listed = await(m_provider->listPublicIps());
    ASSERT_TRUE(listed) << text(listed.error());
    bool seen = false;
    for (const FloatingIp& each : listed.value())
        seen = seen || (each.id == ip->id && each.serverId == active->id);
    EXPECT_TRUE(seen);
    ASSERT_TRUE(await(m_provider->releasePublicIp(ip->id)));
    EXPECT_TRUE(await(m_provider->releasePublicIp(ip->id))) << "releasing a released address";

    CreateVolumeRequest disk;
    disk.name = uniqueName("data");
    disk.sizeGb = 2;
    disk.metadata.insert(QStringLiteral("cloudtwin-test"), QStringLiteral("integration"));
    auto volume = await(m_provider->createVolume(disk));
    ASSERT_TRUE(volume) << text(volume.error());
    m_createdVolumes << volume->id;
    auto volumes = raw(QStringLiteral("listVolumes"), {{QStringLiteral("id"), volume->id}});
    ASSERT_TRUE(volumes) << text(volumes.error());
    const QJsonArray tags
        = volumes->value(QLatin1String("volume")).toArray().first().toObject().value(QLatin1String("tags")).toArray();
    bool tagged = false;
    for (const QJsonValue& tag : tags)
        tagged = tagged || tag.toObject().value(QLatin1String("key")).toString() == QLatin1String("cloudtwin-test");
    EXPECT_TRUE(tagged);
    ASSERT_TRUE(await(m_provider->deleteVolume(volume->id)));
    m_createdVolumes.clear();
    EXPECT_TRUE(await(m_provider->deleteVolume(volume->id))) << "deleting a deleted volume";

    ASSERT_TRUE(await(m_provider->deleteServer(active->id)));
    ASSERT_TRUE(await(m_provider->waitForServer(active->id, {ServerStatus::Deleted}, QDeadlineTimer(300000))));
    m_createdServers.clear();
    EXPECT_TRUE(await(m_provider->deleteServer(active->id))) << "deleting an expunged server";
    ASSERT_TRUE(await(m_provider->deleteSecurityGroup(group->id)));
    EXPECT_TRUE(await(m_provider->deleteSecurityGroup(group->id))) << "deleting a deleted security group";
    ASSERT_TRUE(await(m_provider->deleteKeyPair(keyName)));
    EXPECT_TRUE(await(m_provider->deleteKeyPair(keyName))) << "deleting a deleted key pair";
}

TEST_P(CloudStackSuite, VolumesAndVolumeToImage)
{
    auto active = runningServer();
    ASSERT_TRUE(active) << text(active.error());
    const QString serverId = active->id;

    CreateVolumeRequest request;
    request.name = uniqueName("vol");
    request.sizeGb = 1;
    auto volume = await(m_provider->createVolume(request));
    ASSERT_TRUE(volume) << text(volume.error());
    m_createdVolumes << volume->id;
    EXPECT_EQ(volume->name, request.name);
    EXPECT_EQ(volume->sizeGb, 1);

    const auto findVolume = [&](const QString& id) -> std::optional<Volume> {
        auto volumes = await(m_provider->listVolumes());
        EXPECT_TRUE(volumes) << text(volumes.error());
        if (volumes) {
            for (const Volume& v : volumes.value()) {
                if (v.id == id)
                    return v;
            }
        }
        return std::nullopt;
    };
    auto listed = findVolume(volume->id);
    ASSERT_TRUE(listed);
    EXPECT_TRUE(listed->attachedTo.isEmpty());

    auto attached = await(m_provider->attachVolume(serverId, volume->id));
    ASSERT_TRUE(attached) << text(attached.error());
    listed = findVolume(volume->id);
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->attachedTo, serverId);
    EXPECT_EQ(listed->status, QStringLiteral("in-use"));

    auto detached = await(m_provider->detachVolume(serverId, volume->id));
    ASSERT_TRUE(detached) << text(detached.error());
    listed = findVolume(volume->id);
    ASSERT_TRUE(listed);
    EXPECT_TRUE(listed->attachedTo.isEmpty());
    EXPECT_EQ(listed->status, QStringLiteral("available"));

    ASSERT_TRUE(await(m_provider->deleteVolume(volume->id)));
    m_createdVolumes.clear();
    EXPECT_FALSE(findVolume(volume->id));

    // The ROOT volume of a stopped VM becomes a template.
    ASSERT_TRUE(await(m_provider->stopServer(serverId)));
    ASSERT_TRUE(await(m_provider->waitForServer(serverId, {ServerStatus::Stopped}, QDeadlineTimer(300000))));
    QString rootVolume;
    auto volumes = await(m_provider->listVolumes());
    ASSERT_TRUE(volumes) << text(volumes.error());
    for (const Volume& v : volumes.value()) {
        if (v.attachedTo == serverId && v.bootable)
            rootVolume = v.id;
    }
    ASSERT_FALSE(rootVolume.isEmpty());
    auto imageId = await(m_provider->uploadVolumeToImage(rootVolume, uniqueName("volimg")));
    ASSERT_TRUE(imageId) << text(imageId.error());
    ASSERT_FALSE(imageId->isEmpty());
    m_createdImages << imageId.value();
    auto image = await(m_provider->waitForImage(imageId.value(), QDeadlineTimer(600000)));
    ASSERT_TRUE(image) << text(image.error());
    EXPECT_EQ(image->status, QStringLiteral("active"));
    ASSERT_TRUE(await(m_provider->deleteImage(imageId.value())));
    m_createdImages.clear();
}

INSTANTIATE_TEST_SUITE_P(Targets, CloudStackSuite,
    ::testing::Values(CsTarget::SandboxApiKey, CsTarget::SandboxLogin, CsTarget::RealCloudStack),
    [](const auto& info) { return targetName(info.param); });

// Faults only the sandbox can inject on demand, on its CloudStack side.
class CloudStackFaultsSuite : public CloudStackSuite
{
};

TEST_P(CloudStackFaultsSuite, ApiDownIsAClearErrorAndRecovers)
{
    ASSERT_TRUE(await(m_provider->listServers()));
    sandbox::SandboxFaults faults;
    faults.down = {QStringLiteral("cloudstack")};
    m_sandbox->setFaults(faults);
    auto failed = await(m_provider->listServers());
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, ErrorCode::Unavailable) << text(failed.error());
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("Sandbox CloudStack"))) << text(failed.error());
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("CloudStack could not run listVirtualMachines")))
        << text(failed.error());
    m_sandbox->setFaults({});
    EXPECT_TRUE(await(m_provider->listServers()));
}

TEST_P(CloudStackFaultsSuite, RidesOutRateLimitsAndTransientErrors)
{
    m_sandbox->seedManyCloudStack(QStringLiteral("demo"), 1100, QStringLiteral("load"));
    sandbox::SandboxFaults faults;
    faults.services = {QStringLiteral("cloudstack")};
    faults.rateLimitEvery = 3;
    faults.retryAfterS = 1;
    m_sandbox->setFaults(faults);
    for (int i = 0; i < 2; ++i) {
        auto servers = await(m_provider->listServers());
        ASSERT_TRUE(servers) << text(servers.error());
        EXPECT_EQ(servers->size(), 1100);
    }
    // CloudStack's own retriable error (530 internal error) on some requests.
    faults.rateLimitEvery = 0;
    faults.errorRate = 0.2;
    faults.errorStatus = 530;
    m_sandbox->setFaults(faults);
    auto servers = await(m_provider->listServers());
    ASSERT_TRUE(servers) << text(servers.error());
    EXPECT_EQ(servers->size(), 1100);
}

TEST_P(CloudStackFaultsSuite, ParameterErrorsAreNotRetried)
{
    sandbox::SandboxFaults faults;
    faults.services = {QStringLiteral("cloudstack")};
    faults.errorRate = 1.0;
    faults.errorStatus = 431;
    m_sandbox->setFaults(faults);
    auto failed = await(m_provider->listFlavors(), 20000);
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, ErrorCode::InvalidInput) << text(failed.error());
    EXPECT_EQ(failed.error().httpStatus, 431);
}

INSTANTIATE_TEST_SUITE_P(Sandbox, CloudStackFaultsSuite, ::testing::Values(CsTarget::SandboxApiKey),
    [](const auto& info) { return targetName(info.param); });

} // namespace
} // namespace ct
