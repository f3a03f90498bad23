// 10,000 CloudStack VMs (20 pages of 500, CloudStack's default.page.size) listed from the sandbox's CloudStack
// API through the real provider (signing, HTTP, JSON → typed values): all remaining pages at once (the
// default) against one page after the other (CloudStackClient::setMaxParallelPages(1)) and batches of 4.
// The sandbox runs on its own thread, as a remote management server would, so that server and client work
// can overlap; `latency_ms` adds a per-request delay like a WAN round trip plus a busy management server
// (a real one takes about a second for a 500-VM page with details). The sandbox serves one request at a
// time, so at 0 ms it is the bottleneck and parallel pages cannot win; the "CPU" column is the client's
// own thread (signing, HTTP, JSON → Server) and is the provider's cost per 10,000 VMs.
// Reports peak RSS of the whole process (sandbox included) as peak_rss_mb, and the peak before the first
// listing (sandbox seeded, nothing listed yet) as baseline_rss_mb.
//   build/h-services/bench/bench_cloudstack
// Arguments per run: max parallel pages (0 = all at once), added latency per request in ms.
#include "cloud/cloudstack/cloudstackprovider.h"
#include "cloud/providerfactory.h"
#include "sandboxcloud.h"
#include "sandboxfaults.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

constexpr int kVms = 10'000;

/// VmHWM from /proc/self/status, in MB (0 where there is no /proc).
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

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

/// The sandbox with 10,000 VMs in CloudStack account demo, served from its own thread.
struct RemoteSandbox
{
    QTemporaryDir dir;
    QThread thread;
    QObject context; ///< lives on `thread`; runs the sandbox's calls there
    ct::sandbox::SandboxCloud* cloud = nullptr;
    QString apiUrl;
    double baselineRssMb = 0;

    RemoteSandbox()
    {
        thread.setObjectName(QStringLiteral("sandbox"));
        thread.start();
        context.moveToThread(&thread);
        onServer([this] {
            cloud = new ct::sandbox::SandboxCloud;
            cloud->start(dir.filePath(QStringLiteral("state")));
            cloud->setBuildDelay(0);
            cloud->setActionDelay(0);
            cloud->seedManyCloudStack(QStringLiteral("demo"), kVms, QStringLiteral("bench"));
            apiUrl = cloud->cloudStackApiUrl();
        });
        baselineRssMb = peakRssMb();
    }

    ~RemoteSandbox()
    {
        onServer([this] { delete cloud; });
        thread.quit();
        thread.wait();
    }

    template<class F>
    void onServer(F f)
    {
        QMetaObject::invokeMethod(&context, f, Qt::BlockingQueuedConnection);
    }

    void setLatency(int ms)
    {
        onServer([this, ms] {
            ct::sandbox::SandboxFaults faults;
            faults.latencyMs = ms;
            faults.services = {QStringLiteral("cloudstack")};
            cloud->setFaults(faults);
        });
    }
};

RemoteSandbox& sandbox()
{
    static RemoteSandbox instance;
    return instance;
}

std::unique_ptr<ct::cloudstack::CloudStackProvider> makeProvider(const QString& apiUrl)
{
    ct::CloudAccount account;
    account.name = QStringLiteral("Sandbox CloudStack");
    account.kind = ct::CloudKind::CloudStack;
    account.apiUrl = apiUrl;
    const auto keys = ct::sandbox::SandboxCloud::cloudStackKeys(QStringLiteral("demo"));
    account.apiKey = keys.apiKey;
    auto provider = ct::createProvider(account, keys.secretKey.toUtf8(), nullptr);
    if (!provider)
        qFatal("%s", qPrintable(provider.error().message));
    return std::unique_ptr<ct::cloudstack::CloudStackProvider>(
        qobject_cast<ct::cloudstack::CloudStackProvider*>(provider.value()));
}

void BM_CloudStackListServers10k(benchmark::State& state)
{
    const int maxParallelPages = int(state.range(0));
    const int latencyMs = int(state.range(1));
    auto& s = sandbox();
    s.setLatency(latencyMs);
    auto provider = makeProvider(s.apiUrl);
    provider->setMaxParallelPages(maxParallelPages);
    qsizetype listed = 0;
    for (auto _ : state) {
        auto servers = await(provider->listServers());
        if (!servers) {
            state.SkipWithError(servers.error().message.toStdString().c_str());
            break;
        }
        listed = servers->size();
        if (listed != kVms) {
            state.SkipWithError("the list did not bring 10,000 VMs");
            break;
        }
        benchmark::DoNotOptimize(listed);
    }
    s.setLatency(0);
    state.SetLabel(maxParallelPages == 0 ? "parallel pages"
            : maxParallelPages == 1      ? "sequential pages"
                                         : "batches of " + std::to_string(maxParallelPages));
    state.counters["vms"] = double(listed);
    state.counters["pages"] = double((listed + 499) / 500);
    state.counters["baseline_rss_mb"] = s.baselineRssMb;
    state.counters["peak_rss_mb"] = peakRssMb();
}
BENCHMARK(BM_CloudStackListServers10k)
    ->ArgNames({"max_parallel", "latency_ms"})
    ->Args({0, 0})
    ->Args({1, 0})
    ->Args({4, 0})
    ->Args({0, 50})
    ->Args({1, 50})
    ->Args({4, 50})
    ->Args({0, 200})
    ->Args({1, 200})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("cloudtwin.*.info=false"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
