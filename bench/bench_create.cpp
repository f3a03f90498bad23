// One create (plan + cloud-init render + every API call of both sides + the journal) against the in-process
// sandbox at zero latency and zero build time: an upper bound of the app's own share of a create (the
// sandbox's request handling runs in the same process and is counted too). Budget: < 100 ms.
//   build/dev/bench/bench_create --benchmark_min_time=2
#include "auth/accountservice.h"
#include "cloud/providerfactory.h"
#include "deploy/deployjob.h"
#include "deploy/deployjournal.h"
#include "render/terraformrenderer.h"
#include "sandboxcloud.h"
#include "ssh/sshkeygen.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QTemporaryDir>

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

struct Bench
{
    QTemporaryDir dir;
    sandbox::SandboxCloud cloud;
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
        cloud.start(dir.filePath(QStringLiteral("state")));
        cloud.setBuildDelay(0);
        cloud.setActionDelay(0);
        db = std::move(Database::open(DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("db.sqlite3")))).value());
        accounts = std::make_unique<AccountService>(*db,
            AccountService::Options {dir.filePath(QStringLiteral("secrets")), crypto::KdfCost::minimal(), nullptr});
        store = accounts->storeFor(
            accounts->signUp(QStringLiteral("bench"), QStringLiteral("tulip-Ocean-meteor-42")).value());
        auto openStack = [this](const QString& project) {
            CloudAccount a;
            a.name = project;
            a.authUrl = cloud.identityUrl();
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
        cs.apiUrl = cloud.cloudStackApiUrl();
        const auto keys = sandbox::SandboxCloud::cloudStackKeys(QStringLiteral("backup"));
        cs.apiKey = keys.apiKey;
        cloudStackTwin.reset(createProvider(cs, keys.secretKey.toUtf8(), nullptr).value());
        publicKey = ssh::KeyGenerator::generateEd25519(QStringLiteral("bench")).value().publicKey;
        (void)await(openStackMain->authenticate());
        (void)await(openStackTwin->authenticate());
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
            deploy::DeployJournal j(*store);
            return QtFuture::makeReadyFuture(action(j));
        };
    }
};

Bench& bench()
{
    static Bench instance;
    return instance;
}

void runCreates(benchmark::State& state, CloudProvider* main, CloudProvider* twin)
{
    auto& b = bench();
    for (auto _ : state) {
        auto planned = await(deploy::Planner::plan(b.spec(), main, twin, b.publicKey, b.store->ownerId()));
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
        (void)await(main->deleteServer((*outcome)->mainServerId));
        (void)await(twin->deleteServer((*outcome)->twinServerId));
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
        b.spec(), b.openStackMain.get(), b.cloudStackTwin.get(), b.publicKey, b.store->ownerId()));
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
