#include "inventory/cloudservice.h"

#include "cloud/cloudstack/cloudstackprovider.h"
#include "logging/logging.h"
#include "secrets/usersecrets.h"
#include "util/futures.h"

namespace ct {

namespace {

bool sameSettings(const CloudAccount& a, const CloudAccount& b)
{
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.settingsJson() == b.settingsJson();
}

template<class T>
QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

} // namespace

CloudService::CloudService(UserSecrets* secrets, ProviderFactory factory, Store store, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_factory(std::move(factory))
    , m_store(std::move(store))
{
    Q_ASSERT(m_secrets);
    Q_ASSERT(m_factory);
}

CloudService::~CloudService() = default;

void CloudService::setAccounts(const QList<CloudAccount>& accounts)
{
    for (const CloudAccount& old : std::as_const(m_accounts)) {
        const auto it = std::find_if(
            accounts.cbegin(), accounts.cend(), [&](const CloudAccount& account) { return account.id == old.id; });
        if (it == accounts.cend() || !sameSettings(*it, old))
            dropProvider(old.id);
    }
    m_accounts = accounts;
    emit accountsChanged();
}

std::optional<CloudAccount> CloudService::account(const QString& id) const
{
    for (const CloudAccount& account : m_accounts) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

std::optional<CloudAccount> CloudService::accountByName(const QString& name) const
{
    for (const CloudAccount& account : m_accounts) {
        if (account.name == name)
            return account;
    }
    return std::nullopt;
}

QFuture<Result<CloudAccount>> CloudService::addAccount(const CloudAccount& account, const QByteArray& secret)
{
    if (accountByName(account.name))
        return ready<Result<CloudAccount>>(makeError(ErrorCode::AlreadyExists,
            tr("A cloud named %1 already exists. Choose another name or remove the old one first.").arg(account.name)));
    return m_store.add(account)
        .then(this,
            [this, secret](const Result<CloudAccount>& stored) -> QFuture<Result<CloudAccount>> {
                if (!stored)
                    return ready(stored);
                const CloudAccount added = stored.value();
                auto keep = [this, added]() -> Result<CloudAccount> {
                    m_accounts.append(added);
                    emit accountsChanged();
                    return added;
                };
                if (secret.isEmpty())
                    return ready(keep());
                return m_secrets->write(CloudAccount::secretName(added.id), secret)
                    .then(this,
                        [this, added, keep](const Status& written) -> QFuture<Result<CloudAccount>> {
                            if (written)
                                return ready(keep());
                            // Roll the row back so the account is not left without its secret.
                            const Error error {written.error().code,
                                tr("The cloud %1 was not added: its secret could not be stored. %2")
                                    .arg(added.name, written.error().message),
                                0};
                            return m_store.remove(added.id).then(
                                this, [error](const Status&) -> Result<CloudAccount> { return error; });
                        })
                    .unwrap();
            })
        .unwrap();
}

QFuture<Status> CloudService::removeAccount(const QString& accountId)
{
    const auto known = account(accountId);
    if (!known)
        return ready<Status>(makeError(ErrorCode::NotFound, tr("There is no cloud with id %1.").arg(accountId)));
    const QString name = known->name;
    dropProvider(accountId);
    return m_secrets->remove(CloudAccount::secretName(accountId))
        .then(this,
            [this, accountId, name](const Status& removed) -> QFuture<Status> {
                if (!removed)
                    return ready<Status>(Error {removed.error().code,
                        tr("The cloud %1 was not removed: its secret could not be deleted. %2")
                            .arg(name, removed.error().message),
                        0});
                return m_store.remove(accountId).then(this, [this, accountId](const Status& status) {
                    if (status) {
                        m_accounts.removeIf([&](const CloudAccount& a) { return a.id == accountId; });
                        emit accountsChanged();
                    }
                    return status;
                });
            })
        .unwrap();
}

QFuture<Status> CloudService::setSecret(const QString& accountId, const QByteArray& secret)
{
    const auto known = account(accountId);
    if (!known)
        return ready<Status>(makeError(ErrorCode::NotFound, tr("There is no cloud with id %1.").arg(accountId)));
    dropProvider(accountId);
    return m_secrets->write(CloudAccount::secretName(accountId), secret);
}

QFuture<Result<bool>> CloudService::hasSecret(const QString& accountId)
{
    return m_secrets->read(CloudAccount::secretName(accountId)).then(this, [](const Result<QByteArray>& read) {
        if (read)
            return Result<bool>(!read.value().isEmpty());
        if (read.error().code == ErrorCode::NotFound)
            return Result<bool>(false);
        return Result<bool>(read.error());
    });
}

QFuture<Result<CloudProvider*>> CloudService::provider(const QString& accountId)
{
    if (const QPointer<CloudProvider> cached = m_providers.value(accountId))
        return ready<Result<CloudProvider*>>(cached.data());
    const auto known = account(accountId);
    if (!known)
        return ready<Result<CloudProvider*>>(
            makeError(ErrorCode::NotFound, tr("There is no cloud with id %1.").arg(accountId)));
    const CloudAccount account = *known;
    const int generation = m_generation.value(accountId);
    return m_secrets->read(CloudAccount::secretName(accountId))
        .then(this, [this, account, generation](const Result<QByteArray>& secret) -> Result<CloudProvider*> {
            if (!secret || secret.value().isEmpty()) {
                if (!secret && secret.error().code != ErrorCode::NotFound)
                    return Error {secret.error().code,
                        tr("Cannot read the secret of cloud %1: %2").arg(account.name, secret.error().message), 0};
                return makeError(ErrorCode::AuthenticationFailed,
                    tr("No password or secret is stored for cloud %1. Enter it first (on the command "
                       "line: cloudtwinctl cloud set-password %1).")
                        .arg(account.name));
            }
            // Another call may have made it while the secret was being read.
            if (const QPointer<CloudProvider> cached = m_providers.value(account.id))
                return cached.data();
            auto made = m_factory(account, secret.value(), this);
            if (!made)
                return made;
            if (m_generation.value(account.id) == generation && this->account(account.id)) {
                m_providers.insert(account.id, made.value());
                trackJobs(account, made.value());
            }
            // Otherwise the account changed meanwhile: this caller gets a one-off provider (freed with us).
            qCInfo(lcCloud) << "provider ready for cloud" << account.name;
            return made;
        });
}

void CloudService::dropProvider(const QString& accountId)
{
    ++m_generation[accountId];
    if (const QPointer<CloudProvider> provider = m_providers.take(accountId))
        provider->deleteLater();
}

QString CloudService::describeRememberedJob(const QString& cloudName, const CloudJob& job, const Status& outcome)
{
    if (outcome)
        return tr("%1: the %2 job %3, started before CloudTwin last stopped, has finished.")
            .arg(cloudName, job.command, job.jobId);
    return tr("%1: the %2 job %3, started before CloudTwin last stopped, did not succeed: %4")
        .arg(cloudName, job.command, job.jobId, outcome.error().message);
}

void CloudService::trackJobs(const CloudAccount& account, CloudProvider* provider)
{
    auto* cloudStack = qobject_cast<cloudstack::CloudStackProvider*>(provider);
    if (!cloudStack || !m_store.rememberJob || !m_store.forgetJob || !m_store.pendingJobs)
        return;
    const QString accountId = account.id;
    auto logFailure = [name = account.name](const Status& status) {
        if (!status)
            qCWarning(lcCloud) << "cloud" << name << ": job bookkeeping failed:" << status.error().message;
    };
    connect(cloudStack->client(), &cloudstack::CloudStackClient::asyncJobStarted, this,
        [this, accountId, logFailure](const QString& jobId, const QString& command, const QString& resourceId) {
            m_store.rememberJob({accountId, jobId, command, resourceId, QDateTime::currentDateTimeUtc()})
                .then(this, logFailure);
        });
    connect(cloudStack->client(), &cloudstack::CloudStackClient::asyncJobFinished, this,
        [this, accountId, logFailure](const QString& jobId, const QString&, bool) {
            m_store.forgetJob(accountId, jobId).then(this, logFailure);
        });

    const QPointer<cloudstack::CloudStackProvider> guard(cloudStack);
    m_store.pendingJobs(accountId).then(this, [this, guard, account, logFailure](const Result<QList<CloudJob>>& jobs) {
        if (!jobs) {
            logFailure(jobs.error());
            return;
        }
        for (const CloudJob& job : jobs.value()) {
            if (!guard)
                return;
            qCInfo(lcCloud) << "cloud" << account.name << ": looking up job" << job.jobId << job.command
                            << "left running by an earlier run";
            // asyncJobFinished tells "the job ended" apart from "could not ask" (network, credentials).
            auto ended = std::make_shared<bool>(false);
            auto watch = std::make_shared<QMetaObject::Connection>();
            *watch = connect(guard->client(), &cloudstack::CloudStackClient::asyncJobFinished, this,
                [ended, jobId = job.jobId](const QString& finishedId, const QString&, bool) {
                    if (finishedId == jobId)
                        *ended = true;
                });
            thenWhileAlive(guard->waitForJob(job.jobId), this,
                [this, account, job, ended, watch, logFailure](const Result<QJsonObject>& result) {
                    disconnect(*watch);
                    if (result || *ended) {
                        emit rememberedJobEnded(account.name, job, result ? Status {} : Status(result.error()));
                        return;
                    }
                    const ErrorCode code = result.error().code;
                    if (code != ErrorCode::NotFound && code != ErrorCode::InvalidInput)
                        return; // still running, or the cloud can't be asked now: keep it for the next run
                    // CloudStack purges finished jobs after a while (job.expire.minutes): nothing to wait for.
                    m_store.forgetJob(account.id, job.jobId).then(this, logFailure);
                    emit rememberedJobEnded(account.name, job, result.error());
                });
        }
    });
}

} // namespace ct
