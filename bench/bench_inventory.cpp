// The VMs table with 10,000 VMs across two clouds (5,000 in each sandbox project): the live refresh through the
// real provider (HTTP + JSON → typed values), loading the rows into InventoryModel, and sorting the table by each
// column the way the view does (InventoryFilterModel). Budget (issue 4): load + sort by any column < 1 s, and the
// process stays under 300 MB RSS (reported as the counter peak_rss_mb).
//   build/dev/bench/bench_inventory
#include "cloud/providerfactory.h"
#include "inventory/inventory.h"
#include "inventoryfiltermodel.h"
#include "inventorymodel.h"
#include "sandboxcloud.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFuture>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

constexpr int kServersPerCloud = 5000;

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

struct TwoClouds
{
    QTemporaryDir dir;
    ct::sandbox::SandboxCloud cloud;
    QHash<QString, std::shared_ptr<ct::CloudProvider>> providers;
    QList<ct::CloudAccount> accounts;

    TwoClouds()
    {
        cloud.start(dir.filePath(QStringLiteral("state")));
        cloud.setBuildDelay(0);
        cloud.seedMany(QStringLiteral("demo"), kServersPerCloud);
        cloud.seedMany(QStringLiteral("backup"), kServersPerCloud);
        for (const QString& project : {QStringLiteral("demo"), QStringLiteral("backup")}) {
            ct::CloudAccount account;
            account.id = QStringLiteral("account-") + project;
            account.name = project;
            account.authUrl = cloud.identityUrl();
            account.userName = project;
            account.projectName = project;
            account.userDomainName = QStringLiteral("Default");
            account.projectDomainName = QStringLiteral("Default");
            const QByteArray password = project.toUtf8() + "-secret";
            providers.insert(
                account.id, std::shared_ptr<ct::CloudProvider>(ct::createProvider(account, password, nullptr).value()));
            accounts << account;
        }
    }

    ct::Inventory::ProviderSource source()
    {
        return [this](const QString& accountId) {
            return QtFuture::makeReadyFuture(ct::Result<ct::CloudProvider*>(providers.value(accountId).get()));
        };
    }

    /// A fresh inventory, fully refreshed (blocks: a benchmark may, product code may not).
    std::unique_ptr<ct::Inventory> refreshedInventory()
    {
        auto inventory = std::make_unique<ct::Inventory>(source());
        inventory->setClouds(accounts);
        QEventLoop loop;
        QObject::connect(inventory.get(), &ct::Inventory::idle, &loop, &QEventLoop::quit);
        inventory->refreshAll();
        if (inventory->isRefreshing())
            loop.exec();
        return inventory;
    }
};

TwoClouds& clouds()
{
    static TwoClouds instance;
    return instance;
}

void BM_InventoryRefresh10k(benchmark::State& state)
{
    auto& c = clouds();
    for (auto _ : state) {
        auto inventory = c.refreshedInventory();
        const qsizetype rows = inventory->rows().size();
        if (rows < 2 * kServersPerCloud) {
            state.SkipWithError("the refresh did not bring 10,000 servers");
            return;
        }
        benchmark::DoNotOptimize(rows);
    }
    state.counters["peak_rss_mb"] = peakRssMb();
}
BENCHMARK(BM_InventoryRefresh10k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_ModelLoad10k(benchmark::State& state)
{
    auto inventory = clouds().refreshedInventory();
    for (auto _ : state) {
        ct::InventoryModel model;
        ct::InventoryFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(ct::InventoryModel::Name);
        model.setInventory(inventory.get());
        benchmark::DoNotOptimize(filter.rowCount());
        state.PauseTiming(); // tearing the model down is not part of loading it
        model.setInventory(nullptr);
        state.ResumeTiming();
    }
    state.counters["rows"] = double(inventory->rows().size());
    state.counters["peak_rss_mb"] = peakRssMb();
}
BENCHMARK(BM_ModelLoad10k)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ModelSort10k(benchmark::State& state)
{
    const int column = int(state.range(0));
    auto inventory = clouds().refreshedInventory();
    ct::InventoryModel model;
    model.setInventory(inventory.get());
    ct::InventoryFilterModel filter;
    filter.setSourceModel(&model);
    Qt::SortOrder order = Qt::AscendingOrder;
    for (auto _ : state) {
        // Alternating the order makes each iteration a real re-sort, as a click on the header does.
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        filter.sort(column, order);
        benchmark::DoNotOptimize(filter.index(0, column).data());
    }
    state.SetLabel(model.headerData(column, Qt::Horizontal).toString().toStdString());
    state.counters["peak_rss_mb"] = peakRssMb();
}
BENCHMARK(BM_ModelSort10k)
    ->DenseRange(0, ct::InventoryModel::ColumnCount - 1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

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
