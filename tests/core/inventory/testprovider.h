#pragma once

// A scripted CloudProvider for inventory and cloud-service logic (the provider boundary; the real
// OpenStack provider has its own tests against HTTP fakes).
#include "cloud/cloudprovider.h"

#include <QPromise>
#include <QTimer>

#include <memory>

namespace ct::test {

class TestProvider : public CloudProvider
{
public:
    explicit TestProvider(QString name, QObject* parent = nullptr)
        : CloudProvider(parent)
        , m_name(std::move(name))
    { }

    /// The answer to the next listServers calls, in order; the last one repeats.
    void queueServers(Result<QList<Server>> answer, int delayMs = 0) { m_answers.append({std::move(answer), delayMs}); }
    const QList<ListServersOptions>& listCalls() const { return m_listCalls; }
    QList<ServiceCheck> checks;

    CloudKind kind() const override { return CloudKind::OpenStack; }
    QString cloudName() const override { return m_name; }

    QFuture<Status> authenticate() override { return QtFuture::makeReadyFuture(Status()); }
    QFuture<Result<QList<ServiceCheck>>> testConnection() override
    {
        return QtFuture::makeReadyFuture(Result<QList<ServiceCheck>>(checks));
    }

    QFuture<Result<QList<Server>>> listServers(const ListServersOptions& options) override
    {
        m_listCalls.append(options);
        Q_ASSERT(!m_answers.isEmpty());
        const Answer answer = m_answers.size() > 1 ? m_answers.takeFirst() : m_answers.first();
        auto promise = std::make_shared<QPromise<Result<QList<Server>>>>();
        QFuture<Result<QList<Server>>> future = promise->future();
        promise->start();
        QTimer::singleShot(answer.delayMs, this, [promise, result = answer.result] {
            promise->addResult(result);
            promise->finish();
        });
        return future;
    }

    // Not used by the inventory.
    QFuture<Result<QList<Flavor>>> listFlavors() override { return fail<QList<Flavor>>(); }
    QFuture<Result<QList<Image>>> listImages() override { return fail<QList<Image>>(); }
    QFuture<Result<QList<Network>>> listNetworks() override { return fail<QList<Network>>(); }
    QFuture<Result<QList<SecurityGroup>>> listSecurityGroups() override { return fail<QList<SecurityGroup>>(); }
    QFuture<Result<QList<KeyPair>>> listKeyPairs() override { return fail<QList<KeyPair>>(); }
    QFuture<Result<QList<Volume>>> listVolumes() override { return fail<QList<Volume>>(); }
    QFuture<Result<QList<AvailabilityZone>>> listAvailabilityZones() override
    {
        return fail<QList<AvailabilityZone>>();
    }
    QFuture<Result<Server>> getServer(const QString&) override { return fail<Server>(); }
    QFuture<Result<Server>> createServer(const CreateServerRequest&) override { return fail<Server>(); }
    QFuture<Status> deleteServer(const QString&) override { return failStatus(); }
    QFuture<Status> startServer(const QString&) override { return failStatus(); }
    QFuture<Status> stopServer(const QString&) override { return failStatus(); }
    QFuture<Status> rebootServer(const QString&, bool) override { return failStatus(); }
    QFuture<Status> resizeServer(const QString&, const QString&) override { return failStatus(); }
    QFuture<Status> confirmResize(const QString&) override { return failStatus(); }
    QFuture<Result<QString>> snapshotServer(const QString&, const QString&, const QVariantMap&) override
    {
        return fail<QString>();
    }
    QFuture<Result<Server>> waitForServer(
        const QString&, QList<ServerStatus>, QDeadlineTimer, ProgressCallback) override
    {
        return fail<Server>();
    }
    QFuture<Result<Image>> getImage(const QString&) override { return fail<Image>(); }
    QFuture<Result<Image>> createImage(const CreateImageRequest&) override { return fail<Image>(); }
    QFuture<Status> deleteImage(const QString&) override { return failStatus(); }
    QFuture<Status> uploadImage(const QString&, QIODevice*, qint64, ProgressCallback) override { return failStatus(); }
    QFuture<Result<qint64>> downloadImage(const QString&, QIODevice*, ProgressCallback) override
    {
        return fail<qint64>();
    }
    QFuture<Result<Image>> waitForImage(const QString&, QDeadlineTimer, ProgressCallback) override
    {
        return fail<Image>();
    }
    QFuture<Result<Volume>> createVolume(const CreateVolumeRequest&) override { return fail<Volume>(); }
    QFuture<Status> deleteVolume(const QString&) override { return failStatus(); }
    QFuture<Status> attachVolume(const QString&, const QString&) override { return failStatus(); }
    QFuture<Status> detachVolume(const QString&, const QString&) override { return failStatus(); }
    QFuture<Result<QString>> uploadVolumeToImage(const QString&, const QString&) override { return fail<QString>(); }
    QFuture<Result<KeyPair>> importKeyPair(const QString&, const QString&) override { return fail<KeyPair>(); }
    QFuture<Status> deleteKeyPair(const QString&) override { return failStatus(); }
    QFuture<Result<SecurityGroup>> createSecurityGroup(const QString&, const QString&) override
    {
        return fail<SecurityGroup>();
    }
    QFuture<Result<SecurityGroupRule>> addSecurityGroupRule(const QString&, const SecurityGroupRule&) override
    {
        return fail<SecurityGroupRule>();
    }
    QFuture<Status> deleteSecurityGroup(const QString&) override { return failStatus(); }
    QFuture<Result<FloatingIp>> attachPublicIp(const QString&) override { return fail<FloatingIp>(); }
    QFuture<Status> releasePublicIp(const QString&) override { return failStatus(); }
    QFuture<Result<QList<FloatingIp>>> listPublicIps() override { return fail<QList<FloatingIp>>(); }

private:
    struct Answer
    {
        Result<QList<Server>> result;
        int delayMs = 0;
    };
    template<class T>
    static QFuture<Result<T>> fail()
    {
        return QtFuture::makeReadyFuture(Result<T>(makeError(ErrorCode::Internal, QStringLiteral("not scripted"))));
    }
    static QFuture<Status> failStatus()
    {
        return QtFuture::makeReadyFuture(Status(makeError(ErrorCode::Internal, QStringLiteral("not scripted"))));
    }

    QString m_name;
    QList<Answer> m_answers;
    QList<ListServersOptions> m_listCalls;
};

inline Server makeServer(const QString& id, const QString& name, ServerStatus status = ServerStatus::Active)
{
    Server server;
    server.id = id;
    server.name = name;
    server.status = status;
    return server;
}

} // namespace ct::test
