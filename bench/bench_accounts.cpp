// How long sign-in and the Activity page's query take, so the GUI's budgets can be checked:
// sign-in runs on the store worker (never the GUI thread) and should stay well under a second;
// listing the newest 500 events of a user with 10,000 should take a few milliseconds.
#include "auth/accountservice.h"
#include "store/userstore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

const QString kPassword = QStringLiteral("tulip-Ocean-meteor-42");

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<ct::Database> db;
    std::unique_ptr<ct::AccountService> accounts;

    explicit Fixture(ct::crypto::KdfCost cost)
    {
        db = std::move(
            ct::Database::open(ct::DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("b.sqlite3")))).value());
        accounts = std::make_unique<ct::AccountService>(*db,
            ct::AccountService::Options {
                dir.filePath(QStringLiteral("secrets")), cost, nullptr, dir.filePath(QStringLiteral("locks"))});
    }
};

void BM_SignInInteractiveCost(benchmark::State& state)
{
    Fixture f(ct::crypto::KdfCost::interactive());
    if (!f.accounts->signUp(QStringLiteral("alice"), kPassword)) {
        state.SkipWithError("sign-up failed");
        return;
    }
    for (auto _ : state) {
        auto user = f.accounts->logIn(QStringLiteral("alice"), kPassword);
        benchmark::DoNotOptimize(user.ok());
    }
}
BENCHMARK(BM_SignInInteractiveCost)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ActivityNewest500Of10000(benchmark::State& state)
{
    Fixture f(ct::crypto::KdfCost::minimal());
    auto user = f.accounts->signUp(QStringLiteral("alice"), kPassword);
    auto store = f.accounts->storeFor(user.value());
    const QDateTime start = QDateTime::currentDateTimeUtc();
    (void)f.db->transaction(QStringLiteral("seed"), [&]() -> ct::Status {
        for (int i = 0; i < 10000; ++i)
            (void)store->addEvent(ct::ActivityEvent::Severity::Info, QStringLiteral("bench"),
                QStringLiteral("event %1").arg(i), start.addSecs(i));
        return {};
    });
    for (auto _ : state) {
        auto events = store->events(500);
        benchmark::DoNotOptimize(events.ok());
    }
}
BENCHMARK(BM_ActivityNewest500Of10000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
