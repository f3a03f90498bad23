// A real OpenStack losing its compute API while the inventory refreshes, and getting it back: the cloud's
// state turns to a clear error (which the VMs page shows as its banner) while the last known VMs stay, and
// the next refresh after the service returns is healthy again. Runs only against the minicloud
// (OS_CLOUD + CLOUDTWIN_MINICLOUD_DIR, set by .ci/run), alone (RUN_SERIAL): it stops nova-api for everyone.
#include "cloud/openstack/cloudsyaml.h"
#include "cloud/providerfactory.h"
#include "inventory/inventory.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace ct {
namespace {

/// Runs one of the minicloud's scripts to the end (they take seconds to a minute).
bool runMinicloud(const QString& script, const QStringList& arguments, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(qEnvironmentVariable("CLOUDTWIN_MINICLOUD_DIR") + u'/' + script, arguments);
    const bool finished = process.waitForFinished(300'000);
    *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

class RealCloudOutage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString cloud = qEnvironmentVariable("OS_CLOUD");
        const QString minicloud = qEnvironmentVariable("CLOUDTWIN_MINICLOUD_DIR");
        if (cloud.isEmpty() || minicloud.isEmpty()
            || !QFileInfo::exists(minicloud + QStringLiteral("/openstack-down.sh")))
            GTEST_SKIP() << "skipped: needs the minicloud (OS_CLOUD and CLOUDTWIN_MINICLOUD_DIR pointing at "
                            "../shared/minicloud; .ci/run sets both)";
        auto imported = openstack::CloudsYaml::load();
        ASSERT_TRUE(imported) << imported.error().message.toStdString();
        QByteArray secret;
        for (const auto& entry : imported->clouds) {
            if (entry.account.name == cloud) {
                m_account = entry.account;
                secret = entry.secret;
            }
        }
        ASSERT_FALSE(m_account.name.isEmpty()) << "OS_CLOUD is not in " << imported->file.toStdString();
        m_account.id = QStringLiteral("real-cloud");
        HttpPolicy policy;
        policy.timeoutMs = 10'000;
        policy.maxAttempts = 2; // a dead API should be reported within seconds, not after long retries
        policy.baseBackoffMs = 200;
        auto provider = createProvider(m_account, secret, nullptr, policy);
        ASSERT_TRUE(provider) << provider.error().message.toStdString();
        m_provider.reset(provider.value());
    }

    void TearDown() override
    {
        if (m_serviceStopped) {
            QString output;
            EXPECT_TRUE(runMinicloud(
                QStringLiteral("openstack-up.sh"), {QStringLiteral("--service"), QStringLiteral("nova-api")}, &output))
                << output.toStdString();
        }
    }

    Inventory::ProviderSource source()
    {
        return [this](const QString&) { return QtFuture::makeReadyFuture(Result<CloudProvider*>(m_provider.get())); };
    }

    CloudAccount m_account;
    std::unique_ptr<CloudProvider> m_provider;
    bool m_serviceStopped = false;
};

TEST_F(RealCloudOutage, ComputeGoingDownMidRefreshIsReportedAndTheInventoryRecovers)
{
    Inventory inventory(source());
    inventory.setClouds({m_account});
    QSignalSpy idle(&inventory, &Inventory::idle);
    inventory.refreshAll();
    ASSERT_TRUE(idle.wait(120'000));
    auto state = inventory.cloudState(m_account.id);
    ASSERT_TRUE(state && state->ok) << (state ? state->error.toStdString() : "no state");
    const int knownServers = state->serverCount;

    // Refresh every second while nova-api goes away: some refresh is in flight when it dies.
    QSignalSpy failed(&inventory, &Inventory::cloudFailed);
    inventory.setAutoRefreshSeconds(1);
    QString output;
    m_serviceStopped = true;
    ASSERT_TRUE(runMinicloud(QStringLiteral("openstack-down.sh"), {QStringLiteral("nova-api")}, &output))
        << output.toStdString();
    ASSERT_TRUE(failed.wait(120'000) || !failed.isEmpty()) << "no refresh failed while nova-api was down";
    state = inventory.cloudState(m_account.id);
    ASSERT_TRUE(state);
    EXPECT_FALSE(state->ok);
    const QString message = failed.last().at(1).toString();
    // The banner's text: which cloud, which service, that it is unreachable, and what to do.
    EXPECT_TRUE(message.contains(m_account.name)) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("compute"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("8774"))) << message.toStdString();
    EXPECT_EQ(state->error, message);
    // The last known VMs stay visible while the cloud is unreachable.
    EXPECT_EQ(inventory.rows(m_account.id).size(), knownServers);

    ASSERT_TRUE(runMinicloud(
        QStringLiteral("openstack-up.sh"), {QStringLiteral("--service"), QStringLiteral("nova-api")}, &output))
        << output.toStdString();
    m_serviceStopped = false;
    // Recovery: the next refreshes succeed again without the user doing anything.
    QElapsedTimer waited;
    waited.start();
    bool healthy = false;
    while (!healthy && waited.elapsed() < 120'000) {
        QTest::qWait(500);
        state = inventory.cloudState(m_account.id);
        healthy = state && state->ok && state->error.isEmpty();
    }
    EXPECT_TRUE(healthy) << (state ? state->error.toStdString() : "no state");
    EXPECT_EQ(inventory.rows(m_account.id).size(), knownServers);
}

} // namespace
} // namespace ct
