#include "secrets/usersecrets.h"

#include "logging/logging.h"
#include "secrets/vault.h"

#include <QPromise>
#include <QtConcurrent>
#include <qt6keychain/keychain.h>

namespace ct {

namespace {

bool keychainUnavailable(int error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError || error == QKeychain::AccessDenied
        || error == QKeychain::AccessDeniedByUser || error == QKeychain::NotImplemented;
}

} // namespace

UserSecrets::UserSecrets(const SignedInUser& user, const QString& vaultPath, QObject* parent)
    : QObject(parent)
    , m_userId(user.id)
    , m_vault(std::make_shared<Vault>(vaultPath, user.vaultKey))
{
    // One thread, so vault reads and writes happen in the order they were asked for.
    m_vaultThread.setMaxThreadCount(1);
}

UserSecrets::~UserSecrets() { m_vaultThread.waitForDone(); }

QString UserSecrets::keychainServiceName()
{
    const QString override = qEnvironmentVariable("CLOUDTWIN_KEYCHAIN_SERVICE");
    return override.isEmpty() ? QStringLiteral("CloudTwin") : override;
}

QString UserSecrets::backendName(SecretBackend backend)
{
    switch (backend) {
    case SecretBackend::Keychain:
        return tr("system keychain");
    case SecretBackend::EncryptedFile:
        return tr("encrypted file (no system keychain available)");
    }
    return {};
}

QString UserSecrets::keychainKey(const QString& name) const { return m_userId + QLatin1Char('/') + name; }

template<class Fn>
auto UserSecrets::onVault(Fn fn)
{
    return QtConcurrent::run(&m_vaultThread, [vault = m_vault, fn = std::move(fn)]() { return fn(*vault); });
}

QFuture<UserSecrets::KeychainReply> UserSecrets::keychainRead(const QString& key)
{
    auto promise = std::make_shared<QPromise<KeychainReply>>();
    auto future = promise->future();
    promise->start();
    auto* job = new QKeychain::ReadPasswordJob(keychainServiceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [promise, job](QKeychain::Job*) {
        promise->addResult(KeychainReply {job->error(), job->errorString(), job->binaryData()});
        promise->finish();
    });
    job->start();
    return future;
}

QFuture<UserSecrets::KeychainReply> UserSecrets::keychainWrite(const QString& key, const QByteArray& data)
{
    auto promise = std::make_shared<QPromise<KeychainReply>>();
    auto future = promise->future();
    promise->start();
    auto* job = new QKeychain::WritePasswordJob(keychainServiceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(data);
    connect(job, &QKeychain::Job::finished, this, [promise, job](QKeychain::Job*) {
        promise->addResult(KeychainReply {job->error(), job->errorString(), {}});
        promise->finish();
    });
    job->start();
    return future;
}

QFuture<UserSecrets::KeychainReply> UserSecrets::keychainDelete(const QString& key)
{
    auto promise = std::make_shared<QPromise<KeychainReply>>();
    auto future = promise->future();
    promise->start();
    auto* job = new QKeychain::DeletePasswordJob(keychainServiceName(), this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [promise, job](QKeychain::Job*) {
        promise->addResult(KeychainReply {job->error(), job->errorString(), {}});
        promise->finish();
    });
    job->start();
    return future;
}

QFuture<SecretBackend> UserSecrets::detectBackend()
{
    if (qEnvironmentVariable("CLOUDTWIN_KEYCHAIN") == QLatin1String("off")) {
        m_backend = SecretBackend::EncryptedFile;
        m_keychainProblem = tr("The system keychain is turned off (CLOUDTWIN_KEYCHAIN=off).");
        return QtFuture::makeReadyFuture(m_backend);
    }
    const QString probeKey = keychainKey(QStringLiteral(".probe"));
    const QByteArray probeValue = QByteArrayLiteral("cloudtwin-probe");
    return keychainWrite(probeKey, probeValue)
        .then(this,
            [this, probeKey](const KeychainReply& written) {
                if (written.error != QKeychain::NoError) {
                    auto promise = QPromise<KeychainReply>();
                    promise.start();
                    promise.addResult(written);
                    promise.finish();
                    return promise.future();
                }
                return keychainRead(probeKey);
            })
        .unwrap()
        .then(this, [this, probeKey, probeValue](const KeychainReply& reply) {
            if (reply.error == QKeychain::NoError && reply.data == probeValue) {
                m_backend = SecretBackend::Keychain;
                m_keychainProblem.clear();
                keychainDelete(probeKey);
            } else {
                m_backend = SecretBackend::EncryptedFile;
                m_keychainProblem = reply.message.isEmpty()
                    ? tr("The system keychain returned something other than what was stored.")
                    : reply.message;
                qCInfo(lcSecrets) << "system keychain unavailable, using the encrypted file:" << m_keychainProblem;
            }
            return m_backend;
        });
}

QFuture<Status> UserSecrets::write(const QString& name, const QByteArray& secret)
{
    if (m_backend == SecretBackend::EncryptedFile)
        return onVault([name, secret](Vault& vault) { return vault.put(name, secret); });

    return keychainWrite(keychainKey(name), secret)
        .then(this,
            [this, name, secret](const KeychainReply& reply) -> QFuture<Status> {
                if (reply.error == QKeychain::NoError) {
                    // Remember the name (not the value) so that deleting the account finds it; drop any older
                    // copy that was kept in the vault while the keychain was away.
                    return onVault([name](Vault& vault) -> Status {
                        auto removed = vault.remove(name);
                        if (!removed && removed.error().code != ErrorCode::NotFound)
                            return removed;
                        return vault.rememberKeychainName(name);
                    });
                }
                if (keychainUnavailable(reply.error)) {
                    qCWarning(lcSecrets) << "keychain write failed, falling back to the encrypted file:"
                                         << reply.message;
                    m_backend = SecretBackend::EncryptedFile;
                    m_keychainProblem = reply.message;
                    return onVault([name, secret](Vault& vault) { return vault.put(name, secret); });
                }
                return QtFuture::makeReadyFuture<Status>(makeError(ErrorCode::Unavailable,
                    tr("The system keychain refused to store %1: %2").arg(name, reply.message)));
            })
        .unwrap();
}

QFuture<Result<QByteArray>> UserSecrets::read(const QString& name)
{
    if (m_backend == SecretBackend::EncryptedFile)
        return onVault([name](Vault& vault) { return vault.get(name); });

    return keychainRead(keychainKey(name))
        .then(this,
            [this, name](const KeychainReply& reply) -> QFuture<Result<QByteArray>> {
                if (reply.error == QKeychain::NoError)
                    return QtFuture::makeReadyFuture(Result<QByteArray>(reply.data));
                // Not in the keychain: it may have been stored in the vault while the keychain was away.
                return onVault([name](Vault& vault) { return vault.get(name); });
            })
        .unwrap();
}

QFuture<Status> UserSecrets::remove(const QString& name)
{
    auto fromVault = [name](Vault& vault) -> Status {
        auto removed = vault.remove(name);
        auto forgotten = vault.forgetKeychainName(name);
        if (!removed && removed.error().code != ErrorCode::NotFound)
            return removed;
        return forgotten;
    };
    if (m_backend == SecretBackend::EncryptedFile)
        return onVault(fromVault);
    return keychainDelete(keychainKey(name))
        .then(this, [this, fromVault](const KeychainReply&) { return onVault(fromVault); })
        .unwrap();
}

QFuture<Status> UserSecrets::removeAll()
{
    return onVault([](Vault& vault) { return vault.keychainNames(); })
        .then(this,
            [this](const Result<QStringList>& names) -> QFuture<Status> {
                QList<QFuture<KeychainReply>> deletions;
                if (names && m_backend == SecretBackend::Keychain) {
                    for (const QString& name : names.value())
                        deletions << keychainDelete(keychainKey(name));
                }
                if (deletions.isEmpty())
                    return QtFuture::makeReadyFuture(Status());
                return QtFuture::whenAll(deletions.begin(), deletions.end())
                    .then(this, [](const QList<QFuture<KeychainReply>>& results) -> Status {
                        for (const auto& result : results) {
                            const KeychainReply reply = result.result();
                            if (reply.error != QKeychain::NoError && reply.error != QKeychain::EntryNotFound)
                                return makeError(ErrorCode::Unavailable,
                                    tr("Could not remove a secret from the system keychain: %1").arg(reply.message));
                        }
                        return {};
                    });
            })
        .unwrap()
        .then(this,
            [this](const Status& keychainStatus) -> QFuture<Status> {
                if (!keychainStatus)
                    return QtFuture::makeReadyFuture(keychainStatus);
                return onVault([](Vault& vault) { return vault.destroy(); });
            })
        .unwrap();
}

} // namespace ct
