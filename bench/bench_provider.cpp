// Provider overhead per call against the sandbox at zero latency, next to the raw HTTP round trip of the
// same request. What the provider adds: token handling, the HTTP policy, JSON → typed values.
//   build/dev/bench/bench_provider --benchmark_min_time=2
#include "cloud/providerfactory.h"
#include "sandboxcloud.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

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

struct Sandbox
{
    QTemporaryDir dir;
    ct::sandbox::SandboxCloud cloud;
    std::unique_ptr<ct::CloudProvider> provider;
    QByteArray token;
    QString computeUrl;

    Sandbox()
    {
        cloud.start(dir.filePath(QStringLiteral("state")));
        cloud.setBuildDelay(0);
        cloud.seed();
        ct::CloudAccount account;
        account.name = QStringLiteral("Sandbox");
        account.authUrl = cloud.identityUrl();
        account.userName = QStringLiteral("demo");
        account.projectName = QStringLiteral("demo");
        account.userDomainName = QStringLiteral("Default");
        account.projectDomainName = QStringLiteral("Default");
        provider.reset(ct::createProvider(account, "demo-secret", nullptr).value());
        (void)await(provider->authenticate());
    }
};

Sandbox& sandbox()
{
    static Sandbox instance;
    return instance;
}

void BM_ProviderListServers(benchmark::State& state)
{
    auto& s = sandbox();
    for (auto _ : state) {
        auto servers = await(s.provider->listServers());
        if (!servers) {
            state.SkipWithError(servers.error().message.toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(servers->size());
    }
}
BENCHMARK(BM_ProviderListServers)->Unit(benchmark::kMicrosecond)->UseRealTime();

void BM_RawHttpListServers(benchmark::State& state)
{
    auto& s = sandbox();
    QNetworkAccessManager network;
    // Sign in once by hand to get a token, then time the bare GET of the same list.
    QNetworkRequest auth(QUrl(s.cloud.identityUrl() + QStringLiteral("/auth/tokens")));
    auth.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body
        = R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"demo","domain":{"name":"Default"},"password":"demo-secret"}}},"scope":{"project":{"name":"demo","domain":{"name":"Default"}}}}})";
    QNetworkReply* reply = network.post(auth, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray token = reply->rawHeader("X-Subject-Token");
    reply->deleteLater();
    const QUrl url(s.cloud.identityUrl().replace(QStringLiteral("/identity/v3"), QStringLiteral("/compute/v2.1"))
        + QStringLiteral("/servers/detail"));
    for (auto _ : state) {
        QNetworkRequest request(url);
        request.setRawHeader("X-Auth-Token", token);
        request.setRawHeader("OpenStack-API-Version", "compute 2.93");
        QNetworkReply* r = network.get(request);
        QEventLoop wait;
        QObject::connect(r, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        benchmark::DoNotOptimize(r->readAll().size());
        r->deleteLater();
    }
}
BENCHMARK(BM_RawHttpListServers)->Unit(benchmark::kMicrosecond)->UseRealTime();

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
