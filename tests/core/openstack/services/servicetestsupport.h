// Shared helpers of the OpenStack service client tests: fixtures, waiting for futures, a session per test.
#pragma once

#include "cloud/openstack/serviceendpoint.h"
#include "fakehttpserver.h"
#include "net/apisession.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

namespace ct::test {

/// tests/fixtures/openstack/<relative>, e.g. "image/listImages_page1.json".
inline QByteArray fixture(const QString& relative)
{
    QFile file(QStringLiteral(CT_OPENSTACK_FIXTURES "/") + relative);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << "missing fixture " << relative.toStdString();
    return file.readAll();
}

inline QJsonObject fixtureObject(const QString& relative)
{
    return QJsonDocument::fromJson(fixture(relative)).object();
}

inline QByteArray toJson(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

inline QJsonObject bodyObject(const RecordedRequest& request) { return QJsonDocument::fromJson(request.body).object(); }

/// Waits for a future while the event loop runs. Not QTest::qWaitFor: it naps 10 ms between event batches, and a
/// streamed upload crosses threads once per 16 KiB chunk, so 20 MB would take ~16 s instead of well under one.
template<class T>
T await(QFuture<T> future, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer wakeUp; // makes WaitForMoreEvents return regularly, so the deadline is seen
    wakeUp.start(20);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    EXPECT_TRUE(future.isFinished()) << "future did not finish";
    return future.result();
}

inline std::string text(const QString& value) { return value.toStdString(); }

/// A fresh fake cloud and session per test. The session has no authenticator: the clients must not need one.
class ServiceTestBase
{
protected:
    void startServer()
    {
        ASSERT_TRUE(m_server.start());
        HttpPolicy policy;
        policy.baseBackoffMs = 5;
        policy.maxBackoffMs = 200;
        policy.timeoutMs = 10000;
        m_session = std::make_unique<ApiSession>(QStringLiteral("TestCloud"), policy);
    }

    /// An endpoint whose catalog URL is the fake server plus `basePath` (e.g. "", "/v2", "/v3/<project>").
    openstack::ServiceEndpoint endpoint(const QString& basePath = {}) const
    {
        const QUrl base = m_server.url(basePath);
        return openstack::ServiceEndpoint {m_session.get(), [base]() { return base; }};
    }

    FakeHttpServer m_server;
    std::unique_ptr<ApiSession> m_session;
};

class ServiceTest : public ::testing::Test, protected ServiceTestBase
{
protected:
    void SetUp() override { startServer(); }
};

template<class P>
class ServiceTestWithParam : public ::testing::TestWithParam<P>, protected ServiceTestBase
{
protected:
    void SetUp() override { startServer(); }
};

/// gtest parameter names from a `name` member.
struct CaseName
{
    template<class P>
    std::string operator()(const ::testing::TestParamInfo<P>& info) const
    {
        return info.param.name;
    }
};

} // namespace ct::test
