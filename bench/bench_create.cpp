// One create (plan + cloud-init render + every API call of both sides + the journal) against the in-process
// sandbox at zero latency and zero build time: an upper bound of the app's own share of a create (the
// sandbox's request handling runs in the same process and is counted too). Budget: < 100 ms.
//   build/dev/bench/bench_create --benchmark_min_time=2
#include "auth/accountservice.h"
#include "cloud/openstack/cloudsyaml.h"
#include "cloud/providerfactory.h"
#include "deploy/deployjob.h"
#include "deploy/deployjournal.h"
#include "deploy/rollback.h"
#include "render/terraformrenderer.h"
#include "sandboxcloud.h"
#include "ssh/sshkeygen.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

namespace {

using namespace ct;

template<class T>
T await(QFuture<T> future)
{
    // A benchmark may block; product code may not.
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

/// The benchmark's clouds are not stored accounts, so plans carry no account ids (nothing here recovers).
struct Bench
{
    QTemporaryDir dir;
    /// The sandbox in a process of its own, so the CPU column is the app's work alone (the wall column still
    /// includes the sandbox answering).
    QProcess cloud;
    QString identityUrl;
    QString cloudStackApiUrl;
    std::unique_ptr<Database> db;
    std::unique_ptr<AccountService> accounts;
    std::unique_ptr<UserStore> store;
    std::unique_ptr<CloudProvider> openStackMain;
    std::unique_ptr<CloudProvider> openStackTwin;
    std::unique_ptr<CloudProvider> cloudStackTwin;
    QString publicKey;
    int counter = 0;

    Bench()
    {
        cloud.start(QStringLiteral(CLOUDTWIN_SANDBOX_PATH),
            {QStringLiteral("--state"), dir.filePath(QStringLiteral("state")), QStringLiteral("--action-delay-ms"),
                QStringLiteral("0"), QStringLiteral("--build-delay-ms"), QStringLiteral("0")});
        QByteArray out;
        while (!out.contains('\n') && cloud.waitForReadyRead(15000))
            out += cloud.readAllStandardOutput();
        const QByteArray prefix = "CLOUDTWIN_SANDBOX_URL=";
        if (!out.contains(prefix))
            qFatal("cloudtwin-sandbox did not start: %s", cloud.readAllStandardError().constData());
        identityUrl = QString::fromUtf8(out.mid(out.indexOf(prefix) + prefix.size()).split('\n').first()).trimmed();
        cloudStackApiUrl = identityUrl.chopped(QStringLiteral("/identity/v3").size()) + QStringLiteral("/client/api");
        db = std::move(Database::open(DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("db.sqlite3")))).value());
        accounts = std::make_unique<AccountService>(*db,
            AccountService::Options {dir.filePath(QStringLiteral("secrets")), crypto::KdfCost::minimal(), nullptr,
                dir.filePath(QStringLiteral("locks"))});
        store = accounts->storeFor(
            accounts->signUp(QStringLiteral("bench"), QStringLiteral("tulip-Ocean-meteor-42")).value());
        auto openStack = [this](const QString& project) {
            CloudAccount a;
            a.name = project;
            a.authUrl = identityUrl;
            a.userName = project;
            a.projectName = project;
            a.userDomainName = QStringLiteral("Default");
            a.projectDomainName = QStringLiteral("Default");
            return std::unique_ptr<CloudProvider>(createProvider(a, project.toUtf8() + "-secret", nullptr).value());
        };
        openStackMain = openStack(QStringLiteral("demo"));
        openStackTwin = openStack(QStringLiteral("backup"));
        CloudAccount cs;
        cs.name = QStringLiteral("cs-backup");
        cs.kind = CloudKind::CloudStack;
        cs.apiUrl = cloudStackApiUrl;
        const auto keys = sandbox::SandboxCloud::cloudStackKeys(QStringLiteral("backup"));
        cs.apiKey = keys.apiKey;
        cloudStackTwin.reset(createProvider(cs, keys.secretKey.toUtf8(), nullptr).value());
        publicKey = ssh::KeyGenerator::generateEd25519(QStringLiteral("bench")).value().publicKey;
        (void)await(openStackMain->authenticate());
        (void)await(openStackTwin->authenticate());
    }

    ~Bench()
    {
        cloud.kill();
        cloud.waitForFinished(5000);
    }

    spec::VmSpec spec()
    {
        spec::VmSpec s;
        s.name = QStringLiteral("bench-%1").arg(++counter);
        s.osFamily = QStringLiteral("ubuntu");
        s.osVersion = QStringLiteral("22.04");
        s.bundles = {spec::Bundle::Nginx};
        s.ports = {{QStringLiteral("ssh"), QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0")}};
        s.sshKey.mode = spec::SshKeySpec::Mode::Existing;
        s.sshKey.publicKey = publicKey;
        return s;
    }

    deploy::JournalRunner journal()
    {
        return [this](std::function<Status(deploy::DeployJournal&)> action) {
            deploy::DeployJournal j(*store, dir.filePath(QStringLiteral("locks")));
            return QtFuture::makeReadyFuture(action(j));
        };
    }
};

Bench& bench()
{
    static Bench instance;
    return instance;
}

/// Rolls the last create back (VMs, security groups, key pairs), so a real cloud's quota is not used up
/// and the sandbox does not grow from one iteration to the next (which slowed its later lists).
void removeEverything(Bench& b, const QString& pairId, CloudProvider* main, CloudProvider* twin)
{
    deploy::DeployJournal journal(*b.store, b.dir.filePath(QStringLiteral("locks")));
    auto records = journal.deployments();
    if (!records || records->isEmpty())
        return;
    auto steps = journal.steps(records->last().id);
    if (!steps)
        return;
    deploy::Rollback rollback(records->last().id, pairId, steps.value(), main, twin, b.journal());
    QEventLoop loop;
    QObject::connect(&rollback, &deploy::Rollback::finished, &loop, &QEventLoop::quit);
    rollback.start(QStringLiteral("benchmark clean-up"));
    loop.exec();
}

void runCreates(benchmark::State& state, CloudProvider* main, CloudProvider* twin)
{
    auto& b = bench();
    for (auto _ : state) {
        auto planned = await(deploy::Planner::plan(b.spec(), {main, {}}, {twin, {}}, b.publicKey, b.store->ownerId()));
        if (!planned) {
            state.SkipWithError(planned.error().message.toStdString().c_str());
            return;
        }
        deploy::DeployJob job(planned.value(), main, twin, b.journal());
        QEventLoop loop;
        std::optional<Result<deploy::DeployResult>> outcome;
        QObject::connect(&job, &deploy::DeployJob::finished, &loop, [&](const Result<deploy::DeployResult>& r) {
            outcome = r;
            loop.quit();
        });
        job.start();
        if (!outcome)
            loop.exec();
        if (!*outcome) {
            state.SkipWithError(outcome->error().message.toStdString().c_str());
            return;
        }
        state.PauseTiming();
        removeEverything(b, planned->pairId, main, twin);
        state.ResumeTiming();
    }
}

void BM_CreateOpenStackToOpenStack(benchmark::State& state)
{
    runCreates(state, bench().openStackMain.get(), bench().openStackTwin.get());
}
BENCHMARK(BM_CreateOpenStackToOpenStack)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CreateOpenStackToCloudStack(benchmark::State& state)
{
    runCreates(state, bench().openStackMain.get(), bench().cloudStackTwin.get());
}
BENCHMARK(BM_CreateOpenStackToCloudStack)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_RenderTerraform(benchmark::State& state)
{
    auto& b = bench();
    auto planned = await(deploy::Planner::plan(
        b.spec(), {b.openStackMain.get(), {}}, {b.cloudStackTwin.get(), {}}, b.publicKey, b.store->ownerId()));
    if (!planned) {
        state.SkipWithError(planned.error().message.toStdString().c_str());
        return;
    }
    for (auto _ : state) {
        auto files = render::TerraformRenderer::render(planned->spec, planned->main, planned->twin, b.publicKey);
        benchmark::DoNotOptimize(files);
    }
}
BENCHMARK(BM_RenderTerraform)->Unit(benchmark::kMicrosecond);

/// On the real minicloud (OS_CLOUD + CLOUDTWIN_TEST_TWIN_CLOUD): request → both VMs ACTIVE through the engine,
/// against the slower of two raw create-and-poll waits run at the same time, in the same iteration.
void BM_MinicloudCreateVersusRawWait(benchmark::State& state)
{
    const QString mainCloud = qEnvironmentVariable("OS_CLOUD");
    const QString twinCloud = qEnvironmentVariable("CLOUDTWIN_TEST_TWIN_CLOUD");
    if (mainCloud.isEmpty() || twinCloud.isEmpty()) {
        state.SkipWithError("needs OS_CLOUD and CLOUDTWIN_TEST_TWIN_CLOUD (the minicloud)");
        return;
    }
    auto imported = openstack::CloudsYaml::load();
    std::unique_ptr<CloudProvider> main;
    std::unique_ptr<CloudProvider> twin;
    for (const auto& entry : imported->clouds) {
        if (entry.account.name == mainCloud)
            main.reset(createProvider(entry.account, entry.secret, nullptr).value());
        if (entry.account.name == twinCloud)
            twin.reset(createProvider(entry.account, entry.secret, nullptr).value());
    }
    if (!main || !twin) {
        state.SkipWithError("the clouds are not in clouds.yaml");
        return;
    }
    auto& b = bench();
    double appTotal = 0;
    double rawTotal = 0;
    for (auto _ : state) {
        spec::VmSpec s = b.spec();
        s.main.image = s.twin.image = QStringLiteral("minicloud-tiny");
        QElapsedTimer planTimer;
        planTimer.start();
        auto planned
            = await(deploy::Planner::plan(s, {main.get(), {}}, {twin.get(), {}}, b.publicKey, b.store->ownerId()));
        if (!planned) {
            state.SkipWithError(planned.error().message.toStdString().c_str());
            return;
        }
        const double planS = planTimer.elapsed() / 1000.0;
        // Raw: the same VMs made by hand, both sides at once (each side's wait on its own thread of control).
        state.PauseTiming();
        CreateServerRequest rawMain;
        rawMain.name = s.name + QStringLiteral("-raw");
        rawMain.flavorId = planned->main.flavor.id;
        rawMain.imageId = planned->main.image.id;
        CreateServerRequest rawTwin = rawMain;
        rawTwin.flavorId = planned->twin.flavor.id;
        rawTwin.imageId = planned->twin.image.id;
        QString rawMainId;
        QString rawTwinId;
        // Each side's network, as the plan chose it (empty: the project's only one).
        if (!planned->main.networkId.isEmpty())
            rawMain.networkIds = {planned->main.networkId};
        if (!planned->twin.networkId.isEmpty())
            rawTwin.networkIds = {planned->twin.networkId};
        double rawMainS = 0;
        double rawTwinS = 0;
        {
            QElapsedTimer both;
            both.start();
            // Start both creates first, then poll both: the slower one is the raw figure.
            auto a = main->createServer(rawMain);
            auto c = twin->createServer(rawTwin);
            auto ra = await(a);
            auto rc = await(c);
            if (!ra || !rc) {
                state.SkipWithError("raw create failed");
                return;
            }
            rawMainId = ra->id;
            rawTwinId = rc->id;
            bool mainActive = false;
            bool twinActive = false;
            while (!(mainActive && twinActive) && both.elapsed() < 600'000) {
                if (!mainActive) {
                    auto sm = await(main->getServer(rawMainId));
                    if (sm && sm->status == ServerStatus::Active) {
                        mainActive = true;
                        rawMainS = both.elapsed() / 1000.0;
                    }
                }
                if (!twinActive) {
                    auto st = await(twin->getServer(rawTwinId));
                    if (st && st->status == ServerStatus::Active) {
                        twinActive = true;
                        rawTwinS = both.elapsed() / 1000.0;
                    }
                }
                QEventLoop pause;
                QTimer::singleShot(250, &pause, &QEventLoop::quit);
                pause.exec();
            }
        }
        (void)await(main->deleteServer(rawMainId));
        (void)await(twin->deleteServer(rawTwinId));
        // Gone before the engine's turn, so the two measurements do not share the compute service.
        (void)await(main->waitForServer(rawMainId, {ServerStatus::Deleted}, QDeadlineTimer(120'000)));
        (void)await(twin->waitForServer(rawTwinId, {ServerStatus::Deleted}, QDeadlineTimer(120'000)));
        state.ResumeTiming();

        QElapsedTimer appTimer;
        appTimer.start();
        deploy::DeployJob job(planned.value(), main.get(), twin.get(), b.journal());
        QEventLoop loop;
        std::optional<Result<deploy::DeployResult>> outcome;
        QObject::connect(&job, &deploy::DeployJob::finished, &loop, [&](const Result<deploy::DeployResult>& r) {
            outcome = r;
            loop.quit();
        });
        job.start();
        if (!outcome)
            loop.exec();
        const double appS = planS + appTimer.elapsed() / 1000.0; // the request includes listing and planning
        state.PauseTiming();
        if (!*outcome) {
            state.SkipWithError(outcome->error().message.toStdString().c_str());
            return;
        }
        removeEverything(b, planned->pairId, main.get(), twin.get());
        state.ResumeTiming();
        appTotal += appS;
        rawTotal += std::max(rawMainS, rawTwinS);
    }
    const double n = double(state.iterations());
    state.counters["app_s"] = appTotal / n;
    state.counters["raw_slower_s"] = rawTotal / n;
    state.counters["ratio"] = rawTotal > 0 ? appTotal / rawTotal : 0;
}
BENCHMARK(BM_MinicloudCreateVersusRawWait)->Unit(benchmark::kSecond)->UseRealTime()->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qputenv("CLOUDTWIN_KEYCHAIN", "off");
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
