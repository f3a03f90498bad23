// The create engine end to end on the sandbox (both APIs over real HTTP), with a real SQLite journal: every
// pairing, a twin side that fails half-way (rolled back on both sides), cancel, applying twice, and the
// start-up recovery of a create a crash interrupted.
#include "auth/accountservice.h"
#include "cloud/openstack/cloudsyaml.h"
#include "cloud/providerfactory.h"
#include "deploy/deployjob.h"
#include "deploy/deployjournal.h"
#include "deploy/recovery.h"
#include "deploy/rollback.h"
#include "render/terraformrenderer.h"
#include "sandboxcloud.h"
#include "sandboxfaults.h"
#include "spec/specfile.h"
#include "ssh/sshkeygen.h"

#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

namespace ct::deploy {
namespace {

template<class T>
T await(QFuture<T> future, int timeoutMs = 60000)
{
    EXPECT_TRUE(QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs)) << "timed out";
    return future.result();
}

enum class Cloud
{
    OpenStackDemo,
    OpenStackBackup,
    CloudStackDemo,
    CloudStackBackup
};

class DeployTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sandbox.start(m_dir.filePath(QStringLiteral("sandbox"))))
            << m_sandbox.errorString().toStdString();
        m_sandbox.setBuildDelay(100);
        m_sandbox.setActionDelay(50);
        auto db = Database::open(DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("db.sqlite3"))));
        ASSERT_TRUE(db);
        m_db = std::move(db.value());
        m_accounts = std::make_unique<AccountService>(*m_db,
            AccountService::Options {m_dir.filePath(QStringLiteral("secrets")), crypto::KdfCost::minimal(), nullptr,
                m_dir.filePath(QStringLiteral("locks"))});
        auto user = m_accounts->signUp(QStringLiteral("alice"), QStringLiteral("tulip-Ocean-meteor-42"));
        ASSERT_TRUE(user);
        m_store = m_accounts->storeFor(user.value());
        auto key = ssh::KeyGenerator::generateEd25519(QStringLiteral("cloudtwin-test"));
        ASSERT_TRUE(key);
        m_publicKey = key->publicKey;
    }

    CloudProvider* provider(Cloud cloud)
    {
        CloudAccount account;
        QByteArray secret;
        account.sandbox = true;
        if (cloud == Cloud::OpenStackDemo || cloud == Cloud::OpenStackBackup) {
            const QString project = cloud == Cloud::OpenStackDemo ? QStringLiteral("demo") : QStringLiteral("backup");
            account.name = QStringLiteral("OpenStack ") + project;
            account.authUrl = m_sandbox.identityUrl();
            account.userName = project;
            account.projectName = project;
            account.userDomainName = QStringLiteral("Default");
            account.projectDomainName = QStringLiteral("Default");
            account.regionName = QStringLiteral("RegionOne");
            secret = project.toUtf8() + "-secret";
        } else {
            const QString name = cloud == Cloud::CloudStackDemo ? QStringLiteral("demo") : QStringLiteral("backup");
            const auto keys = sandbox::SandboxCloud::cloudStackKeys(name);
            account.name = QStringLiteral("CloudStack ") + name;
            account.kind = CloudKind::CloudStack;
            account.apiUrl = m_sandbox.cloudStackApiUrl();
            account.apiKey = keys.apiKey;
            secret = keys.secretKey.toUtf8();
        }
        account.id = account.name; // the journal only needs a stable id per cloud here
        auto stored = m_store->addCloud(account);
        EXPECT_TRUE(stored) << stored.error().message.toStdString();
        if (stored)
            account.id = stored->id;
        auto made = createProvider(account, secret, nullptr);
        EXPECT_TRUE(made) << made.error().message.toStdString();
        if (!made)
            return nullptr;
        m_providers.emplace_back(made.value());
        m_accountIds.insert(made.value(), account.id);
        return made.value();
    }

    spec::VmSpec smallSpec(const QString& name)
    {
        spec::VmSpec s;
        s.name = name;
        s.purpose = spec::Purpose::WebServer;
        s.size = spec::SizeClass::Small;
        s.osFamily = QStringLiteral("ubuntu");
        s.osVersion = QStringLiteral("22.04");
        s.bundles = {spec::Bundle::Nginx};
        s.ports = {{QStringLiteral("ssh"), QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0")},
            {QStringLiteral("web"), QStringLiteral("tcp"), 80, 80, QStringLiteral("0.0.0.0/0")}};
        s.sshKey.mode = spec::SshKeySpec::Mode::Existing;
        s.sshKey.publicKey = m_publicKey;
        return s;
    }

    /// The fixture's providers by account id, as the app's CloudService hands them to Recovery.
    Recovery::ProviderSource providerSource()
    {
        return [this](const QString& accountId) {
            for (auto it = m_accountIds.cbegin(); it != m_accountIds.cend(); ++it) {
                if (it.value() == accountId)
                    return QtFuture::makeReadyFuture(Result<CloudProvider*>(it.key()));
            }
            return QtFuture::makeReadyFuture(
                Result<CloudProvider*>(makeError(ErrorCode::NotFound, QStringLiteral("no such account"))));
        };
    }

    /// The journal row of a create of `plan` (what DeployJob::start writes), for tests that stage a crash.
    static DeploymentRecord recordOf(const DeployPlan& plan, const QString& id)
    {
        DeploymentRecord record;
        record.id = id;
        record.pairId = plan.pairId;
        record.name = plan.spec.name;
        record.mainCloudId = plan.main.cloudId;
        record.twinCloudId = plan.twin.cloudId;
        record.spec = spec::SpecFile::write(plan.spec);
        return record;
    }

    QString lockFolder() const { return m_dir.filePath(QStringLiteral("locks")); }

    JournalRunner journal()
    {
        return [this](std::function<Status(DeployJournal&)> action) {
            DeployJournal j(*m_store, lockFolder());
            return QtFuture::makeReadyFuture(action(j));
        };
    }

    Result<DeployPlan> plan(const spec::VmSpec& spec, CloudProvider* main, CloudProvider* twin)
    {
        return await(Planner::plan(
            spec, {main, m_accountIds.value(main)}, {twin, m_accountIds.value(twin)}, m_publicKey, m_store->ownerId()));
    }

    Result<DeployResult> apply(const DeployPlan& plan, CloudProvider* main, CloudProvider* twin,
        std::function<void(DeployJob&, const DeployStep&)> onStep = {})
    {
        DeployJob job(plan, main, twin, journal());
        std::optional<Result<DeployResult>> outcome;
        int finishedCount = 0;
        QObject::connect(&job, &DeployJob::finished, &job, [&](const Result<DeployResult>& r) {
            outcome = r;
            ++finishedCount;
        });
        if (onStep)
            QObject::connect(
                &job, &DeployJob::stepChanged, &job, [&job, onStep](const DeployStep& s) { onStep(job, s); });
        job.start();
        EXPECT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 60000));
        QTest::qWait(50);
        EXPECT_EQ(finishedCount, outcome ? 1 : 0) << "finished() must come once";
        if (!outcome)
            return makeError(ErrorCode::TimedOut, QStringLiteral("no finished signal"));
        return *outcome;
    }

    /// The servers of a cloud that carry this pair's tag.
    QList<Server> taggedServers(CloudProvider* provider, const QString& pairId)
    {
        QList<Server> out;
        auto servers = await(provider->listServers());
        EXPECT_TRUE(servers) << servers.error().message.toStdString();
        if (servers) {
            for (const Server& s : servers.value()) {
                if (s.metadata.value(kTagPair).toString() == pairId && s.status != ServerStatus::Deleted)
                    out << s;
            }
        }
        return out;
    }

    QList<DeploymentRecord> deployments()
    {
        DeployJournal j(*m_store, lockFolder());
        auto list = j.deployments();
        EXPECT_TRUE(list);
        return list ? list.value() : QList<DeploymentRecord>();
    }

    QTemporaryDir m_dir;
    sandbox::SandboxCloud m_sandbox;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<UserStore> m_store;
    std::vector<std::unique_ptr<CloudProvider>> m_providers;
    QHash<CloudProvider*, QString> m_accountIds;
    QString m_publicKey;
};

struct Pairing
{
    const char* name;
    Cloud main;
    Cloud twin;
};

class DeployPairing : public DeployTest, public ::testing::WithParamInterface<Pairing>
{
};

TEST_P(DeployPairing, CreatesMainAndTwinAndRecordsThePair)
{
    CloudProvider* main = provider(GetParam().main);
    CloudProvider* twin = provider(GetParam().twin);
    ASSERT_TRUE(main && twin);
    auto s = smallSpec(QStringLiteral("web-pair"));
    s.dataDisk.sizeGb = 5;
    auto planned = plan(s, main, twin);
    ASSERT_TRUE(planned) << planned.error().message.toStdString();
    EXPECT_FALSE(planned->userData.isEmpty());
    EXPECT_EQ(planned->stepsFor(spec::Role::Main).size(), 6); // key, firewall, disk, VM, wait, attach
    // The Terraform export describes the same resources the engine makes: same key pair and group names.
    auto exported = render::TerraformRenderer::render(planned->spec, planned->main, planned->twin, m_publicKey);
    ASSERT_TRUE(exported) << exported.error().message.toStdString();
    for (const DeployStep& step : planned->steps) {
        if (step.kind != StepKind::ImportKeyPair && step.kind != StepKind::CreateSecurityGroup)
            continue;
        const QString folder = roleKey(step.side) + u'-';
        bool named = false;
        for (const render::RenderedFile& file : exported.value()) {
            if (file.path.startsWith(folder) && file.path.endsWith(QStringLiteral("/main.tf")))
                named = file.bytes.contains(QByteArray('"' + step.resourceName.toUtf8() + '"'));
        }
        EXPECT_TRUE(named) << step.resourceName.toStdString() << " is not in the " << folder.toStdString()
                           << " Terraform";
    }

    auto result = apply(planned.value(), main, twin);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    const QList<Server> mains = taggedServers(main, planned->pairId);
    const QList<Server> twins = taggedServers(twin, planned->pairId);
    ASSERT_EQ(mains.size() + (main == twin ? 0 : twins.size()), main == twin ? 2 : 2);
    bool sawMain = false;
    bool sawTwin = false;
    for (const Server& server : mains + twins) {
        if (server.id == result->mainServerId) {
            sawMain = true;
            EXPECT_EQ(server.metadata.value(kTagRole).toString(), QStringLiteral("main"));
            EXPECT_EQ(server.name, QStringLiteral("web-pair"));
        }
        if (server.id == result->twinServerId) {
            sawTwin = true;
            EXPECT_EQ(server.metadata.value(kTagRole).toString(), QStringLiteral("twin"));
            EXPECT_EQ(server.name, QStringLiteral("web-pair-twin"));
        }
        EXPECT_EQ(server.status, ServerStatus::Active);
    }
    EXPECT_TRUE(sawMain);
    EXPECT_TRUE(sawTwin);

    DeployJournal j(*m_store, lockFolder());
    auto pair = j.pairByName(QStringLiteral("web-pair"));
    ASSERT_TRUE(pair && pair->has_value());
    EXPECT_EQ(pair->value().mainServerId, result->mainServerId);
    EXPECT_EQ(pair->value().twinServerId, result->twinServerId);
    const auto records = deployments();
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records.first().state, DeploymentRecord::State::Done);
    auto steps = j.steps(records.first().id);
    ASSERT_TRUE(steps);
    for (const DeployStep& step : steps.value())
        EXPECT_EQ(step.state, StepState::Done) << step.title.toStdString();

    // Applying the same spec again makes nothing twice.
    auto again = apply(planned.value(), main, twin);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(taggedServers(main, planned->pairId).size(), mains.size());
}

const Pairing kPairings[] = {
    {"OpenStackToCloudStack", Cloud::OpenStackDemo, Cloud::CloudStackBackup},
    {"CloudStackToOpenStack", Cloud::CloudStackDemo, Cloud::OpenStackBackup},
    {"OpenStackToOpenStack", Cloud::OpenStackDemo, Cloud::OpenStackBackup},
};
INSTANTIATE_TEST_SUITE_P(Sandbox, DeployPairing, ::testing::ValuesIn(kPairings),
    [](const ::testing::TestParamInfo<Pairing>& info) { return std::string(info.param.name); });

TEST_F(DeployTest, ATwinThatFailsHalfWayRollsBothSidesBack)
{
    CloudProvider* main = provider(Cloud::OpenStackDemo);
    CloudProvider* twin = provider(Cloud::CloudStackBackup);
    ASSERT_TRUE(main && twin);
    auto planned = plan(smallSpec(QStringLiteral("doomed")), main, twin);
    ASSERT_TRUE(planned) << planned.error().message.toStdString();
    // Once the main VM is being created, the CloudStack side starts answering every call with an error.
    bool broken = false;
    auto result = apply(planned.value(), main, twin, [&](DeployJob&, const DeployStep& step) {
        if (!broken && step.side == spec::Role::Main && step.kind == StepKind::CreateServer
            && step.state == StepState::Running) {
            sandbox::SandboxFaults faults;
            faults.services = {QStringLiteral("cloudstack")};
            faults.errorRate = 1.0;
            faults.errorStatus = 530;
            m_sandbox.setFaults(faults);
            broken = true;
        }
        if (broken && step.state == StepState::Failed)
            m_sandbox.setFaults({}); // let the rollback reach the twin again
    });
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().message.contains(QLatin1String("removed again")))
        << result.error().message.toStdString();
    EXPECT_TRUE(taggedServers(main, planned->pairId).isEmpty());
    EXPECT_TRUE(taggedServers(twin, planned->pairId).isEmpty());
    auto groups = await(main->listSecurityGroups());
    ASSERT_TRUE(groups);
    for (const SecurityGroup& g : groups.value())
        EXPECT_FALSE(g.name.contains(QLatin1String("doomed"))) << g.name.toStdString();
    const auto records = deployments();
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records.first().state, DeploymentRecord::State::RolledBack);
    DeployJournal j(*m_store, lockFolder());
    EXPECT_FALSE(j.pairByName(QStringLiteral("doomed")).value().has_value());
}

TEST_F(DeployTest, CancelRemovesWhatWasMade)
{
    CloudProvider* main = provider(Cloud::OpenStackDemo);
    CloudProvider* twin = provider(Cloud::OpenStackBackup);
    ASSERT_TRUE(main && twin);
    auto planned = plan(smallSpec(QStringLiteral("changed-mind")), main, twin);
    ASSERT_TRUE(planned);
    auto result = apply(planned.value(), main, twin, [](DeployJob& job, const DeployStep& step) {
        if (step.kind == StepKind::WaitServer && step.state == StepState::Running)
            job.cancel();
    });
    ASSERT_FALSE(result);
    EXPECT_TRUE(result.error().message.contains(QLatin1String("cancelled"))) << result.error().message.toStdString();
    EXPECT_TRUE(taggedServers(main, planned->pairId).isEmpty());
    EXPECT_TRUE(taggedServers(twin, planned->pairId).isEmpty());
}

TEST_F(DeployTest, RecoveryRemovesWhatAnInterruptedCreateMade)
{
    CloudProvider* main = provider(Cloud::OpenStackDemo);
    CloudProvider* twin = provider(Cloud::CloudStackBackup);
    ASSERT_TRUE(main && twin);
    auto planned = plan(smallSpec(QStringLiteral("crashed")), main, twin);
    ASSERT_TRUE(planned);
    // What a kill -9 during CreateServer leaves: the journal says "running" with no id, the cloud has the VM.
    DeployPlan p = planned.value();
    const DeploymentRecord record = recordOf(p, QStringLiteral("dep-1"));
    for (DeployStep& step : p.steps) {
        if (step.side == spec::Role::Main && step.kind == StepKind::ImportKeyPair)
            step.state = StepState::Done;
        if (step.side == spec::Role::Main && step.kind == StepKind::CreateServer)
            step.state = StepState::Running;
    }
    DeployJournal j(*m_store, lockFolder());
    ASSERT_TRUE(j.begin(record, p.steps));
    ASSERT_TRUE(await(main->importKeyPair(p.steps.first().resourceName, m_publicKey)));
    CreateServerRequest request;
    request.name = QStringLiteral("crashed");
    request.flavorId = p.main.flavor.id;
    request.imageId = p.main.image.id;
    request.metadata = pairTags(p.pairId, spec::Role::Main, p.spec.name);
    auto orphan = await(main->createServer(request));
    ASSERT_TRUE(orphan) << orphan.error().message.toStdString();
    ASSERT_EQ(taggedServers(main, p.pairId).size(), 1);

    Recovery recovery(journal(), providerSource());
    QSignalSpy recovered(&recovery, &Recovery::recovered);
    QSignalSpy finished(&recovery, &Recovery::finished);
    recovery.start();
    ASSERT_TRUE(finished.count() > 0 || finished.wait(60000));
    EXPECT_EQ(finished.first().first().toInt(), 1);
    ASSERT_EQ(recovered.size(), 1);
    EXPECT_TRUE(recovered.first().at(2).toBool()) << recovered.first().at(1).toString().toStdString();
    EXPECT_TRUE(taggedServers(main, p.pairId).isEmpty());
    auto keys = await(main->listKeyPairs());
    ASSERT_TRUE(keys);
    for (const KeyPair& k : keys.value())
        EXPECT_NE(k.name, p.steps.first().resourceName);
    const auto records = deployments();
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records.first().state, DeploymentRecord::State::RolledBack);
}

// The app and cloudtwinctl share one journal: a create that another process is running right now is not an
// interrupted one, and must not be rolled back or started a second time. Its lock says which it is.
TEST_F(DeployTest, ACreateAnotherProcessIsRunningIsLeftAloneAndNotStartedTwice)
{
    CloudProvider* main = provider(Cloud::OpenStackDemo);
    CloudProvider* twin = provider(Cloud::OpenStackBackup);
    ASSERT_TRUE(main && twin);
    auto planned = plan(smallSpec(QStringLiteral("busy")), main, twin);
    ASSERT_TRUE(planned);
    const DeploymentRecord record = recordOf(planned.value(), QStringLiteral("dep-running"));
    DeployJournal other(*m_store, lockFolder());
    auto held = other.claimPair(record.pairId, record.name); // what the running process holds
    ASSERT_TRUE(held) << held.error().message.toStdString();
    ASSERT_TRUE(other.begin(record, planned->steps));

    {
        Recovery recovery(journal(), providerSource());
        QSignalSpy finished(&recovery, &Recovery::finished);
        recovery.start();
        ASSERT_TRUE(finished.count() > 0 || finished.wait(60000));
        EXPECT_EQ(finished.first().first().toInt(), 0);
    }
    ASSERT_EQ(deployments().size(), 1);
    EXPECT_EQ(deployments().first().state, DeploymentRecord::State::Applying);

    auto second = apply(planned.value(), main, twin);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("busy is being created right now")))
        << second.error().message.toStdString();
    EXPECT_TRUE(taggedServers(main, planned->pairId).isEmpty());
    EXPECT_EQ(deployments().size(), 1);

    // The process ends without finishing (a crash): the next Recovery takes the create over and closes it.
    held.value()->unlock();
    Recovery recovery(journal(), providerSource());
    QSignalSpy finished(&recovery, &Recovery::finished);
    recovery.start();
    ASSERT_TRUE(finished.count() > 0 || finished.wait(60000));
    EXPECT_EQ(finished.first().first().toInt(), 1);
    ASSERT_EQ(deployments().size(), 1);
    EXPECT_EQ(deployments().first().state, DeploymentRecord::State::RolledBack);
}

// The real minicloud (CI): main in project demo, twin in project backup, with a data disk (Cinder).
TEST_F(DeployTest, RealOpenStackMainAndTwinInTwoProjects)
{
    const QString mainCloud = qEnvironmentVariable("OS_CLOUD");
    const QString twinCloud = qEnvironmentVariable("CLOUDTWIN_TEST_TWIN_CLOUD");
    if (mainCloud.isEmpty() || twinCloud.isEmpty())
        GTEST_SKIP() << "skipped: needs OS_CLOUD and CLOUDTWIN_TEST_TWIN_CLOUD (../shared/minicloud/openstack-up.sh, "
                        "then OS_CLOUD=minicloud-demo CLOUDTWIN_TEST_TWIN_CLOUD=minicloud-backup)";
    auto imported = openstack::CloudsYaml::load();
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    auto make = [&](const QString& name) -> CloudProvider* {
        for (const auto& entry : imported->clouds) {
            if (entry.account.name != name)
                continue;
            auto stored = m_store->addCloud(entry.account);
            EXPECT_TRUE(stored);
            auto made = createProvider(entry.account, entry.secret, nullptr);
            EXPECT_TRUE(made) << made.error().message.toStdString();
            if (!made || !stored)
                return nullptr;
            m_providers.emplace_back(made.value());
            m_accountIds.insert(made.value(), stored->id);
            return made.value();
        }
        ADD_FAILURE() << name.toStdString() << " is not in " << imported->file.toStdString();
        return nullptr;
    };
    CloudProvider* main = make(mainCloud);
    CloudProvider* twin = make(twinCloud);
    ASSERT_TRUE(main && twin);
    auto s = smallSpec(QStringLiteral("ct-it-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(6)));
    // The minicloud's only image has no os_distro: chosen exactly, as a user would under "Advanced".
    s.main.image = s.twin.image = QStringLiteral("minicloud-tiny");
    s.dataDisk.sizeGb
        = qEnvironmentVariableIsSet("MINICLOUD_CINDER") || qEnvironmentVariableIsSet("CLOUDTWIN_MINICLOUD_DIR") ? 1 : 0;
    auto planned = plan(s, main, twin);
    ASSERT_TRUE(planned) << planned.error().message.toStdString();
    auto result = apply(planned.value(), main, twin);
    // Whatever happened, leave nothing behind on the real cloud.
    auto cleanUp = [&] {
        DeployJournal j(*m_store, lockFolder());
        auto records = j.deployments();
        if (!records || records->isEmpty())
            return;
        auto steps = j.steps(records->last().id);
        if (!steps)
            return;
        Rollback rollback(records->last().id, planned->pairId, steps.value(), main, twin, journal());
        QSignalSpy done(&rollback, &Rollback::finished);
        rollback.start(QStringLiteral("test clean-up"));
        EXPECT_TRUE(done.count() > 0 || done.wait(180000));
        if (!done.isEmpty()) {
            EXPECT_TRUE(done.first().first().toStringList().isEmpty())
                << done.first().first().toStringList().join(u',').toStdString();
        }
    };
    if (!result) {
        cleanUp();
        FAIL() << result.error().message.toStdString();
    }
    auto mainServer = await(main->getServer(result->mainServerId));
    auto twinServer = await(twin->getServer(result->twinServerId));
    EXPECT_TRUE(mainServer && mainServer->status == ServerStatus::Active);
    EXPECT_TRUE(twinServer && twinServer->status == ServerStatus::Active);
    if (mainServer) {
        EXPECT_EQ(mainServer->metadata.value(kTagRole).toString(), QStringLiteral("main"));
    }
    cleanUp();
    EXPECT_TRUE(taggedServers(main, planned->pairId).isEmpty());
    EXPECT_TRUE(taggedServers(twin, planned->pairId).isEmpty());
}

TEST_F(DeployTest, ATokenThatExpiresMidApplyIsRenewedAndTheCreateGoesOn)
{
    CloudProvider* main = provider(Cloud::OpenStackDemo);
    CloudProvider* twin = provider(Cloud::OpenStackBackup);
    ASSERT_TRUE(main && twin);
    auto planned = plan(smallSpec(QStringLiteral("long-apply")), main, twin);
    ASSERT_TRUE(planned) << planned.error().message.toStdString();
    bool expired = false;
    auto result = apply(planned.value(), main, twin, [&](DeployJob&, const DeployStep& step) {
        // Every token issued so far is refused from the moment the first VM is being made.
        if (!expired && step.kind == StepKind::CreateServer && step.state == StepState::Running) {
            sandbox::SandboxFaults faults;
            faults.expireTokens = true;
            m_sandbox.setFaults(faults);
            expired = true;
        }
    });
    ASSERT_TRUE(expired);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_EQ(taggedServers(main, planned->pairId).size(), 1);
}

TEST_F(DeployTest, AQuotaErrorSaysSoAndRollsBack)
{
    CloudProvider* main = provider(Cloud::OpenStackDemo);
    CloudProvider* twin = provider(Cloud::OpenStackBackup);
    ASSERT_TRUE(main && twin);
    // Project backup already runs its one allowed server: the twin is refused as Nova refuses it.
    m_sandbox.setInstanceQuota(1);
    CreateServerRequest other;
    other.name = QStringLiteral("already-there");
    auto flavors = await(twin->listFlavors());
    auto images = await(twin->listImages());
    ASSERT_TRUE(flavors && images && !flavors->isEmpty() && !images->isEmpty());
    other.flavorId = flavors->first().id;
    other.imageId = images->first().id;
    ASSERT_TRUE(await(twin->createServer(other)));
    auto planned = plan(smallSpec(QStringLiteral("too-many")), main, twin);
    ASSERT_TRUE(planned) << planned.error().message.toStdString();
    auto result = apply(planned.value(), main, twin);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::QuotaExceeded);
    const QString message = result.error().message;
    EXPECT_TRUE(message.contains(QLatin1String("Create the VM too-many-twin"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String("Quota exceeded for instances"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String("removed again"))) << message.toStdString();
    EXPECT_TRUE(taggedServers(main, planned->pairId).isEmpty());
    EXPECT_TRUE(taggedServers(twin, planned->pairId).isEmpty());
}

// CloudStack tags a VM in a second call after deploying it; when that call fails the VM carries no tags. The
// recovery still finds it: same name, made after the create began.
TEST_F(DeployTest, RecoveryAlsoFindsAnUntaggedVmOfTheInterruptedCreate)
{
    CloudProvider* main = provider(Cloud::CloudStackDemo);
    CloudProvider* twin = provider(Cloud::OpenStackBackup);
    ASSERT_TRUE(main && twin);
    auto planned = plan(smallSpec(QStringLiteral("untagged")), main, twin);
    ASSERT_TRUE(planned) << planned.error().message.toStdString();
    DeployPlan p = planned.value();
    const DeploymentRecord record = recordOf(p, QStringLiteral("dep-untagged"));
    for (DeployStep& step : p.steps) {
        if (step.side == spec::Role::Main && step.kind == StepKind::CreateServer)
            step.state = StepState::Running;
    }
    DeployJournal j(*m_store, lockFolder());
    ASSERT_TRUE(j.begin(record, p.steps));
    CreateServerRequest request;
    request.name = QStringLiteral("untagged");
    request.flavorId = p.main.flavor.id;
    request.imageId = p.main.image.id;
    request.networkIds = {p.main.networkId};
    request.availabilityZone = p.main.zoneName;
    auto orphan = await(main->createServer(request)); // no metadata: as if createTags had failed
    ASSERT_TRUE(orphan) << orphan.error().message.toStdString();

    Recovery recovery(journal(), providerSource());
    QSignalSpy finished(&recovery, &Recovery::finished);
    recovery.start();
    ASSERT_TRUE(finished.count() > 0 || finished.wait(60000));
    auto gone = await(main->getServer(orphan->id));
    EXPECT_TRUE(!gone || gone->status == ServerStatus::Deleted) << "the untagged VM of the interrupted create was left";
}

TEST(SshKeyGenerator, WritesAKeyOpenSshReads)
{
    auto key = ssh::KeyGenerator::generateEd25519(QStringLiteral("alice@cloudtwin"));
    ASSERT_TRUE(key);
    EXPECT_TRUE(key->publicKey.startsWith(QLatin1String("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5")));
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (keygen.isEmpty())
        GTEST_SKIP() << "skipped: ssh-keygen is not installed (Debian package openssh-client)";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("id_ed25519"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(key->privateKey);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QProcess process;
    process.start(keygen, {QStringLiteral("-y"), QStringLiteral("-f"), path});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QString derived = QString::fromLatin1(process.readAllStandardOutput()).trimmed();
    EXPECT_EQ(derived, key->publicKey);
    auto again = ssh::KeyGenerator::publicKeyOf(key->privateKey, QStringLiteral("alice@cloudtwin"));
    ASSERT_TRUE(again);
    EXPECT_EQ(again.value(), key->publicKey);
    EXPECT_FALSE(ssh::KeyGenerator::publicKeyOf("not a key", {}));
}

} // namespace
} // namespace ct::deploy
