// CloudStack async job ids kept in the database while the jobs run (CLOUD-FACTS §2 #4), and looked up again
// by the next run: a real SQLite store, a real CloudStackProvider and a fake CloudStack over HTTP.
#include "auth/accountservice.h"
#include "cloud/cloudstack/cloudstackprovider.h"
#include "fakecloudstack.h"
#include "inventory/cloudservice.h"
#include "secrets/usersecrets.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ct {
namespace {

using test::csError;
using test::csOk;
using test::FakeCloudStack;
using test::waitFor;

/// One CloudTwin run: a CloudService over the same database and secrets file as the runs before it.
class AppRun
{
public:
    AppRun(AccountService& accounts, const SignedInUser& user)
        : m_store(accounts.storeFor(user))
        , m_secrets(user, accounts.vaultPath(user.id))
    {
        CloudService::Store store;
        store.add = [this](const CloudAccount& a) { return QtFuture::makeReadyFuture(m_store->addCloud(a)); };
        store.remove = [this](const QString& id) { return QtFuture::makeReadyFuture(m_store->removeCloud(id)); };
        store.rememberJob
            = [this](const CloudJob& job) { return QtFuture::makeReadyFuture(m_store->rememberCloudJob(job)); };
        store.forgetJob = [this](const QString& cloud, const QString& job) {
            return QtFuture::makeReadyFuture(m_store->forgetCloudJob(cloud, job));
        };
        store.pendingJobs
            = [this](const QString& cloud) { return QtFuture::makeReadyFuture(m_store->cloudJobs(cloud)); };
        auto factory = [](const CloudAccount& account, const QByteArray& secret, QObject* parent) {
            auto* provider = new cloudstack::CloudStackProvider(account, secret, FakeCloudStack::fastPolicy(), parent);
            provider->setPollIntervals(1, 5);
            provider->client()->setPollIntervals(1, 5);
            return Result<CloudProvider*>(provider);
        };
        m_service = std::make_unique<CloudService>(&m_secrets, factory, store);
        m_service->setAccounts(m_store->clouds().value());
    }

    UserStore& store() { return *m_store; }
    UserSecrets& secrets() { return m_secrets; }
    CloudService& service() { return *m_service; }
    cloudstack::CloudStackProvider* provider(const QString& accountId)
    {
        auto made = waitFor(m_service->provider(accountId));
        EXPECT_TRUE(made) << (made ? QString() : made.error().message).toStdString();
        return made ? qobject_cast<cloudstack::CloudStackProvider*>(made.value()) : nullptr;
    }

private:
    std::unique_ptr<UserStore> m_store;
    UserSecrets m_secrets;
    std::unique_ptr<CloudService> m_service;
};

class CloudJobsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("CLOUDTWIN_KEYCHAIN", "off");
        auto db = Database::open(DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("db.sqlite3"))));
        ASSERT_TRUE(db);
        m_db = std::move(db.value());
        m_accounts = std::make_unique<AccountService>(*m_db,
            AccountService::Options {m_dir.filePath(QStringLiteral("secrets")), crypto::KdfCost::minimal(), nullptr,
                m_dir.filePath(QStringLiteral("locks"))});
        auto user = m_accounts->signUp(QStringLiteral("alice"), QStringLiteral("tulip-Ocean-meteor-42"));
        ASSERT_TRUE(user);
        m_user = user.value();

        AppRun first(*m_accounts, m_user);
        ASSERT_EQ(waitFor(first.secrets().detectBackend()), SecretBackend::EncryptedFile);
        CloudAccount account;
        account.name = QStringLiteral("Stack");
        account.kind = CloudKind::CloudStack;
        account.apiUrl = m_cloud.apiUrl().toString();
        account.apiKey = m_cloud.apiKey;
        auto added = waitFor(first.service().addAccount(account, m_cloud.secretKey));
        ASSERT_TRUE(added) << added.error().message.toStdString();
        m_accountId = added->id;
    }
    void TearDown() override { qunsetenv("CLOUDTWIN_KEYCHAIN"); }

    QList<CloudJob> jobs()
    {
        auto listed = m_accounts->storeFor(m_user)->cloudJobs();
        EXPECT_TRUE(listed);
        return listed ? listed.value() : QList<CloudJob>();
    }

    /// Leaves job "j-start" behind as a crash would: accepted, remembered, never seen to the end.
    void leaveRunningJob()
    {
        m_cloud.on(QStringLiteral("startVirtualMachine"),
            csOk(QStringLiteral("startVirtualMachine"), {{QStringLiteral("jobid"), QStringLiteral("j-start")}}));
        m_cloud.job(QStringLiteral("j-start"), -1, {}); // pending forever
        AppRun crashed(*m_accounts, m_user);
        auto* provider = crashed.provider(m_accountId);
        ASSERT_TRUE(provider);
        cloudstack::JobWait shortWait;
        shortWait.deadline = QDeadlineTimer(200);
        auto waited = waitFor(provider->client()->callAsync(
            QStringLiteral("startVirtualMachine"), {{QStringLiteral("id"), QStringLiteral("vm-1")}}, {}, shortWait));
        ASSERT_FALSE(waited);
        EXPECT_EQ(waited.error().code, ErrorCode::TimedOut);
        const QList<CloudJob> left = jobs();
        ASSERT_EQ(left.size(), 1);
        EXPECT_EQ(left.first().jobId, QStringLiteral("j-start"));
        EXPECT_EQ(left.first().command, QStringLiteral("startVirtualMachine"));
        EXPECT_EQ(left.first().cloudId, m_accountId);
    }

    QTemporaryDir m_dir;
    FakeCloudStack m_cloud;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountService> m_accounts;
    SignedInUser m_user;
    QString m_accountId;
};

TEST_F(CloudJobsTest, AJobSeenToItsEndIsNotKept)
{
    m_cloud.on(QStringLiteral("startVirtualMachine"),
        csOk(QStringLiteral("startVirtualMachine"), {{QStringLiteral("jobid"), QStringLiteral("j-ok")}}));
    m_cloud.job(
        QStringLiteral("j-ok"), 2, {{QStringLiteral("jobstatus"), 1}, {QStringLiteral("jobresult"), QJsonObject()}});
    AppRun run(*m_accounts, m_user);
    auto* provider = run.provider(m_accountId);
    ASSERT_TRUE(provider);
    EXPECT_TRUE(waitFor(provider->startServer(QStringLiteral("vm-1"))));
    EXPECT_TRUE(jobs().isEmpty());
}

struct NextRunCase
{
    const char* name;
    std::function<void(FakeCloudStack&)> answer;
    bool reported; ///< rememberedJobEnded emitted
    bool succeeded;
    bool kept; ///< still remembered afterwards
    const char* messagePart;
};

class CloudJobsNextRun : public CloudJobsTest, public ::testing::WithParamInterface<NextRunCase>
{
};

TEST_P(CloudJobsNextRun, LooksTheJobUpAgain)
{
    leaveRunningJob();
    const NextRunCase& c = GetParam();
    c.answer(m_cloud);

    AppRun next(*m_accounts, m_user);
    QSignalSpy ended(&next.service(), &CloudService::rememberedJobEnded);
    ASSERT_TRUE(next.provider(m_accountId));
    if (c.reported) {
        ASSERT_TRUE(ended.count() > 0 || ended.wait(10000));
        const auto job = ended.first().at(1).value<CloudJob>();
        const auto outcome = ended.first().at(2).value<Status>();
        EXPECT_EQ(job.jobId, QStringLiteral("j-start"));
        EXPECT_EQ(bool(outcome), c.succeeded);
        const QString line = CloudService::describeRememberedJob(QStringLiteral("Stack"), job, outcome);
        EXPECT_TRUE(line.contains(QLatin1String(c.messagePart))) << line.toStdString();
        EXPECT_TRUE(line.contains(QLatin1String("startVirtualMachine"))) << line.toStdString();
    } else {
        // Give the lookup time to run its course.
        QTest::qWait(500);
        EXPECT_EQ(ended.count(), 0);
    }
    EXPECT_EQ(jobs().size(), c.kept ? 1 : 0);
    EXPECT_GE(m_cloud.count(QStringLiteral("queryAsyncJobResult")), 1);
}

const NextRunCase kNextRunCases[] = {
    {"Finished",
        [](FakeCloudStack& cloud) {
            cloud.job(QStringLiteral("j-start"), 0,
                {{QStringLiteral("jobstatus"), 1}, {QStringLiteral("jobresult"), QJsonObject()}});
        },
        true, true, false, "has finished"},
    {"FinishesAfterAFewPolls",
        [](FakeCloudStack& cloud) {
            cloud.job(QStringLiteral("j-start"), 3,
                {{QStringLiteral("jobstatus"), 1}, {QStringLiteral("jobresult"), QJsonObject()}});
        },
        true, true, false, "has finished"},
    {"Failed",
        [](FakeCloudStack& cloud) {
            cloud.job(QStringLiteral("j-start"), 0,
                {{QStringLiteral("jobstatus"), 2},
                    {QStringLiteral("jobresult"),
                        QJsonObject {{QStringLiteral("errorcode"), 530}, {QStringLiteral("cserrorcode"), 4250},
                            {QStringLiteral("errortext"), QStringLiteral("Unable to start VM: host down")}}}});
        },
        true, false, false, "host down"},
    {"PurgedByTheCloud",
        [](FakeCloudStack& cloud) {
            cloud.on(QStringLiteral("queryAsyncJobResult"),
                csError(
                    QStringLiteral("queryAsyncJobResult"), 431, QStringLiteral("Unable to find job by id j-start")));
        },
        true, false, false, "did not succeed"},
    {"CredentialsRefusedKeepsIt",
        [](FakeCloudStack& cloud) {
            cloud.on(QStringLiteral("queryAsyncJobResult"),
                csError(
                    QStringLiteral("queryAsyncJobResult"), 401, QStringLiteral("unable to verify user credentials")));
        },
        false, false, true, ""},
};

INSTANTIATE_TEST_SUITE_P(Jobs, CloudJobsNextRun, ::testing::ValuesIn(kNextRunCases),
    [](const ::testing::TestParamInfo<NextRunCase>& info) { return std::string(info.param.name); });

TEST_F(CloudJobsTest, JobsAreScopedToTheirOwnerAndGoWithTheirCloud)
{
    leaveRunningJob();
    auto bob = m_accounts->signUp(QStringLiteral("bob"), QStringLiteral("harbor-Violet-prism-77"));
    ASSERT_TRUE(bob);
    auto bobStore = m_accounts->storeFor(bob.value());
    EXPECT_TRUE(bobStore->cloudJobs()->isEmpty());
    // Bob can't file a job under Alice's cloud, nor forget hers.
    EXPECT_FALSE(bobStore->rememberCloudJob({m_accountId, QStringLiteral("j-x"), QStringLiteral("c"), {}, {}}));
    EXPECT_TRUE(bobStore->forgetCloudJob(m_accountId, QStringLiteral("j-start")));
    EXPECT_EQ(jobs().size(), 1);
    // Remembering twice keeps one row.
    auto alice = m_accounts->storeFor(m_user);
    EXPECT_TRUE(alice->rememberCloudJob({m_accountId, QStringLiteral("j-start"), QStringLiteral("x"), {}, {}}));
    EXPECT_EQ(jobs().size(), 1);
    EXPECT_TRUE(alice->removeCloud(m_accountId));
    EXPECT_TRUE(jobs().isEmpty());
}

} // namespace
} // namespace ct
