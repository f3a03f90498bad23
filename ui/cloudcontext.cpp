#include "cloudcontext.h"

#include "cloud/providerfactory.h"
#include "deploy/deployjournal.h"
#include "deploy/recovery.h"
#include "inventory/cloudservice.h"
#include "inventory/inventory.h"
#include "logging/logging.h"
#include "store/storeworker.h"
#include "store/userstore.h"

namespace ct {

namespace {

constexpr int kAutoRefreshSeconds = 30;

} // namespace

CloudContext::CloudContext(StoreWorker& worker, SignedInUser user, UserSecrets* secrets, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_user(std::move(user))
{
    CloudService::Store store;
    store.add = [this](const CloudAccount& account) {
        return m_worker.run(
            [user = m_user, account](AccountService& accounts) { return accounts.storeFor(user)->addCloud(account); });
    };
    store.remove = [this](const QString& id) {
        return m_worker.run(
            [user = m_user, id](AccountService& accounts) { return accounts.storeFor(user)->removeCloud(id); });
    };
    store.rememberJob = [this](const CloudJob& job) {
        return m_worker.run(
            [user = m_user, job](AccountService& accounts) { return accounts.storeFor(user)->rememberCloudJob(job); });
    };
    store.forgetJob = [this](const QString& cloudId, const QString& jobId) {
        return m_worker.run([user = m_user, cloudId, jobId](AccountService& accounts) {
            return accounts.storeFor(user)->forgetCloudJob(cloudId, jobId);
        });
    };
    store.pendingJobs = [this](const QString& cloudId) {
        return m_worker.run(
            [user = m_user, cloudId](AccountService& accounts) { return accounts.storeFor(user)->cloudJobs(cloudId); });
    };
    m_service = new CloudService(
        secrets,
        [](const CloudAccount& account, const QByteArray& secret, QObject* owner) {
            return createProvider(account, secret, owner);
        },
        std::move(store), this);
    m_inventory = new Inventory([service = m_service](const QString& id) { return service->provider(id); }, this);
    m_inventory->setAutoRefreshSeconds(kAutoRefreshSeconds);
    connect(m_service, &CloudService::accountsChanged, this, &CloudContext::applyAccounts);
    connect(m_service, &CloudService::rememberedJobEnded, this,
        [this](const QString& cloudName, const CloudJob& job, const Status& outcome) {
            addActivity(outcome ? ActivityEvent::Severity::Info : ActivityEvent::Severity::Warning,
                QStringLiteral("cloud.job_ended"), CloudService::describeRememberedJob(cloudName, job, outcome));
        });
}

CloudContext::~CloudContext() = default;

void CloudContext::addActivity(ActivityEvent::Severity severity, const QString& kind, const QString& message)
{
    m_worker
        .run([user = m_user, severity, kind, message](
                 AccountService& accounts) { return accounts.storeFor(user)->addEvent(severity, kind, message); })
        .then(this, [this](const Result<ActivityEvent>& added) {
            if (added)
                emit activityAdded();
        });
}

deploy::JournalRunner CloudContext::journalRunner() const
{
    StoreWorker* worker = &m_worker;
    return [worker, user = m_user](std::function<Status(deploy::DeployJournal&)> action) {
        return worker->run([user, action](AccountService& accounts) -> Status {
            auto store = accounts.storeFor(user);
            deploy::DeployJournal journal(*store, accounts.locksDir());
            return action(journal);
        });
    };
}

void CloudContext::recoverInterruptedCreates()
{
    auto* recovery = new deploy::Recovery(
        journalRunner(), [service = m_service](const QString& id) { return service->provider(id); }, this);
    connect(recovery, &deploy::Recovery::recovered, this, [this](const QString&, const QString& message, bool clean) {
        addActivity(clean ? ActivityEvent::Severity::Warning : ActivityEvent::Severity::Error,
            QStringLiteral("create.recovered"), message);
        emit createRecovered(message, clean);
    });
    connect(recovery, &deploy::Recovery::finished, recovery, &QObject::deleteLater);
    recovery->start();
}

QList<CloudAccount> CloudContext::accounts() const { return m_service->accounts(); }

void CloudContext::reload()
{
    m_worker.run([user = m_user](AccountService& accounts) { return accounts.storeFor(user)->clouds(); })
        .then(this, [this](const Result<QList<CloudAccount>>& clouds) {
            if (!clouds) {
                m_loadError = tr("Your clouds could not be read from the database: %1").arg(clouds.error().message);
                qCWarning(lcUi) << "cannot read clouds:" << clouds.error().message;
                emit loadFailed(m_loadError);
                return;
            }
            m_loadError.clear();
            m_loaded = true;
            m_service->setAccounts(clouds.value()); // → applyAccounts()
            ensureSandbox();
            if (!m_recoveryStarted) {
                m_recoveryStarted = true;
                recoverInterruptedCreates();
            }
        });
}

void CloudContext::applyAccounts()
{
    m_inventory->setClouds(m_service->accounts());
    // Clouds that are new (or whose settings changed) have not been asked yet.
    for (const CloudState& state : m_inventory->cloudStates()) {
        if (!state.refreshing && !state.ok && state.error.isEmpty())
            m_inventory->refresh(state.accountId);
    }
    emit accountsChanged();
}

void CloudContext::setSandbox(const SandboxEndpoints& endpoints)
{
    m_sandbox = endpoints;
    m_sandboxChecked = false;
    if (m_loaded)
        ensureSandbox();
}

void CloudContext::ensureSandbox()
{
    if (m_sandboxChecked)
        return;
    m_sandboxChecked = true;
    if (!m_sandbox.identityUrl.isEmpty()) {
        CloudAccount openStack;
        openStack.kind = CloudKind::OpenStack;
        openStack.name = tr("Sandbox");
        openStack.sandbox = true;
        openStack.authUrl = m_sandbox.identityUrl;
        openStack.userName = QStringLiteral("demo");
        openStack.projectName = QStringLiteral("demo");
        openStack.userDomainName = QStringLiteral("Default");
        openStack.projectDomainName = QStringLiteral("Default");
        openStack.regionName = QStringLiteral("RegionOne");
        ensureSandboxAccount(openStack, QByteArrayLiteral("demo-secret"));
    }
    if (!m_sandbox.cloudStackUrl.isEmpty() && !m_sandbox.cloudStackApiKey.isEmpty()) {
        CloudAccount cloudStack;
        cloudStack.kind = CloudKind::CloudStack;
        cloudStack.name = tr("Sandbox (CloudStack)");
        cloudStack.sandbox = true;
        cloudStack.apiUrl = m_sandbox.cloudStackUrl;
        cloudStack.apiKey = m_sandbox.cloudStackApiKey;
        ensureSandboxAccount(cloudStack, m_sandbox.cloudStackSecretKey);
    }
}

void CloudContext::ensureSandboxAccount(const CloudAccount& wanted, const QByteArray& secret)
{
    const auto endpoint = [](const CloudAccount& account) {
        return account.kind == CloudKind::CloudStack ? account.apiUrl : account.authUrl;
    };
    for (const CloudAccount& account : m_service->accounts()) {
        if (!account.sandbox || account.kind != wanted.kind)
            continue;
        if (endpoint(account) == endpoint(wanted))
            return;
        // The sandbox listens on another port this time.
        CloudAccount moved = account;
        moved.authUrl = wanted.authUrl;
        moved.apiUrl = wanted.apiUrl;
        updateAccount(moved, {}).then(this, [](const Status& updated) {
            if (!updated)
                qCWarning(lcUi) << "cannot update the sandbox account:" << updated.error().message;
        });
        return;
    }
    CloudAccount account = wanted;
    if (m_service->accountByName(account.name))
        account.name = account.kind == CloudKind::CloudStack ? QStringLiteral("cloudtwin-sandbox-cloudstack")
                                                             : QStringLiteral("cloudtwin-sandbox");
    addAccount(account, secret).then(this, [kind = cloudKindName(account.kind)](const Result<CloudAccount>& added) {
        if (!added)
            qCWarning(lcUi) << "cannot add the sandbox account:" << kind << added.error().message;
        else
            qCInfo(lcUi) << "added the sandbox account" << kind;
    });
}

QFuture<Result<CloudAccount>> CloudContext::addAccount(const CloudAccount& account, const QByteArray& secret)
{
    return m_service->addAccount(account, secret);
}

QFuture<Status> CloudContext::updateAccount(const CloudAccount& account, const QByteArray& secret)
{
    return m_worker
        .run([user = m_user, account](
                 AccountService& accounts) { return accounts.storeFor(user)->updateCloud(account); })
        .then(this,
            [this, account, secret](const Status& stored) -> QFuture<Status> {
                if (!stored || secret.isEmpty())
                    return QtFuture::makeReadyFuture(stored);
                return m_service->setSecret(account.id, secret);
            })
        .unwrap()
        .then(this, [this](const Status& done) {
            reload();
            return done;
        });
}

QFuture<Status> CloudContext::removeAccount(const QString& accountId) { return m_service->removeAccount(accountId); }

} // namespace ct
