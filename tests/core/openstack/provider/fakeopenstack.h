#pragma once

// A fake OpenStack cloud (Keystone + Nova) on FakeHttpServer, answering with the api-ref-shaped fixtures in
// tests/fixtures/openstack/{identity,compute}. One per test.
#include "cloud/cloudaccount.h"
#include "cloud/openstack/openstackprovider.h"
#include "fakehttpserver.h"

#include <QFuture>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace ct::test {

/// A fixture file's text, with {{BASE}} replaced by `base` when given.
QByteArray fixture(const QString& relativePath, const QString& base = {});
QJsonObject fixtureObject(const QString& relativePath);

/// The server of compute/listServers_v247.json with another id, name and status.
QJsonObject serverJson(const QString& id, const QString& status = QStringLiteral("ACTIVE"));
QByteArray serversPage(const QList<QJsonObject>& servers, const QString& nextMarker = {});

template<class T>
T waitFor(QFuture<T> future, int timeoutMs = 30000)
{
    EXPECT_TRUE(QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs)) << "future did not finish";
    return future.result();
}

class FakeOpenStack
{
public:
    FakeOpenStack();

    /// A password account (user/project by name, domains by name) pointing at this fake's Keystone.
    CloudAccount passwordAccount() const;
    CloudAccount applicationCredentialAccount() const;
    /// A provider with a fast HTTP policy and fast polling.
    std::unique_ptr<openstack::OpenStackProvider> provider(
        const CloudAccount& account, const QByteArray& secret = "s3cret");

    /// "/compute/v2.1/<project><path>"
    QString computePath(const QString& path) const;
    /// Answers `method path` only for a token Keystone issued and has not revoked; 401 otherwise.
    void computeRoute(const QByteArray& method, const QString& path, FakeHttpServer::Handler handler);
    void computeRoute(const QByteArray& method, const QString& path, FakeResponse response);
    bool authorized(const RecordedRequest& request) const;
    /// Every token issued so far stops working (as after expiry).
    void revokeAllTokens() { m_valid.clear(); }
    int tokensIssued() const { return m_issued; }
    QList<RecordedRequest> requestsTo(const QString& path) const;

    FakeHttpServer server;
    QString project = QStringLiteral("a6944d763bf64ee6a275f1263fae0352");
    QString tokenFixture = QStringLiteral("identity/authenticate_passwordProjectScoped.json");
    int tokenLifetimeSeconds = 3600;
    bool rejectSignIn = false;
    QString maxVersion = QStringLiteral("2.93");

private:
    int m_issued = 0;
    QSet<QByteArray> m_valid;
};

} // namespace ct::test
