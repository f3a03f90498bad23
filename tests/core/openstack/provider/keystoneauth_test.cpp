// Keystone v3 sign-in, the service catalog and token renewal, against a fake Keystone.
#include "cloud/openstack/identity/keystoneauth.h"
#include "cloud/openstack/identity/servicecatalog.h"
#include "fakeopenstack.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace ct {
namespace {

using openstack::KeystoneAuth;
using openstack::ServiceCatalog;
using test::FakeOpenStack;
using test::waitFor;

// --- request bodies ----------------------------------------------------------------------------------------

struct BodyCase
{
    const char* name;
    std::function<void(CloudAccount&)> edit;
    const char* expected; ///< the exact JSON Keystone must receive
};

class AuthBodies : public ::testing::TestWithParam<BodyCase>
{
};

TEST_P(AuthBodies, SendsExactlyTheApiRefShape)
{
    FakeOpenStack cloud;
    CloudAccount account = cloud.passwordAccount();
    account.userName.clear();
    account.userDomainName.clear();
    account.projectName.clear();
    account.projectDomainName.clear();
    GetParam().edit(account);
    auto provider = cloud.provider(account, "pa55");
    const Status signedIn = waitFor(provider->authenticate());
    ASSERT_TRUE(signedIn) << signedIn.error().message.toStdString();
    const auto requests = cloud.requestsTo(QStringLiteral("/identity/v3/auth/tokens"));
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].method, QByteArray("POST"));
    EXPECT_EQ(requests[0].header("content-type"), QByteArray("application/json"));
    EXPECT_TRUE(requests[0].header("x-auth-token").isEmpty()) << "the sign-in itself carries no token";
    const QJsonDocument sent = QJsonDocument::fromJson(requests[0].body);
    const QJsonDocument expected = QJsonDocument::fromJson(GetParam().expected);
    ASSERT_FALSE(expected.isNull()) << "bad expectation";
    EXPECT_EQ(sent, expected) << requests[0].body.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Keystone, AuthBodies,
    ::testing::Values(
        BodyCase {"passwordNamesAndDomainNames",
            [](CloudAccount& a) {
                a.userName = QStringLiteral("admin");
                a.userDomainName = QStringLiteral("Users");
                a.projectName = QStringLiteral("demo");
                a.projectDomainName = QStringLiteral("Projects");
            },
            R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"admin","domain":{"name":"Users"},"password":"pa55"}}},
                     "scope":{"project":{"name":"demo","domain":{"name":"Projects"}}}}})"},
        BodyCase {"passwordDomainIds",
            [](CloudAccount& a) {
                a.userName = QStringLiteral("admin");
                a.userDomainId = QStringLiteral("default");
                a.projectName = QStringLiteral("demo");
                a.projectDomainId = QStringLiteral("default");
            },
            R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"admin","domain":{"id":"default"},"password":"pa55"}}},
                     "scope":{"project":{"name":"demo","domain":{"id":"default"}}}}})"},
        BodyCase {"passwordUserIdProjectId",
            [](CloudAccount& a) {
                a.userId = QStringLiteral("ee4dfb6e5540447cb3741905149d9b6e");
                a.projectId = QStringLiteral("a6944d763bf64ee6a275f1263fae0352");
            },
            R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"id":"ee4dfb6e5540447cb3741905149d9b6e","password":"pa55"}}},
                     "scope":{"project":{"id":"a6944d763bf64ee6a275f1263fae0352"}}}})"},
        BodyCase {"applicationCredentialById",
            [](CloudAccount& a) {
                a.authType = QStringLiteral("v3applicationcredential");
                a.applicationCredentialId = QStringLiteral("423f19a4ac1e4f48bbb4180756e6eb6c");
                a.projectName = QStringLiteral("ignored"); // must NOT become a scope
            },
            R"({"auth":{"identity":{"methods":["application_credential"],
                     "application_credential":{"id":"423f19a4ac1e4f48bbb4180756e6eb6c","secret":"pa55"}}}})"},
        BodyCase {"applicationCredentialByNameAndUserId",
            [](CloudAccount& a) {
                a.authType = QStringLiteral("v3applicationcredential");
                a.applicationCredentialName = QStringLiteral("monitoring");
                a.userId = QStringLiteral("423f19a4ac1e4f48bbb4180756e6eb6c");
            },
            R"({"auth":{"identity":{"methods":["application_credential"],
                     "application_credential":{"name":"monitoring","secret":"pa55","user":{"id":"423f19a4ac1e4f48bbb4180756e6eb6c"}}}}})"},
        BodyCase {"applicationCredentialByNameAndUserName",
            [](CloudAccount& a) {
                a.authType = QStringLiteral("v3applicationcredential");
                a.applicationCredentialName = QStringLiteral("monitoring");
                a.userName = QStringLiteral("demo");
                a.userDomainName = QStringLiteral("Default");
            },
            R"({"auth":{"identity":{"methods":["application_credential"],
                     "application_credential":{"name":"monitoring","secret":"pa55","user":{"name":"demo","domain":{"name":"Default"}}}}}})"}),
    [](const auto& info) { return std::string(info.param.name); });

// --- auth URL forms -------------------------------------------------------------------------------------------

class AuthUrlForms : public ::testing::TestWithParam<const char*>
{
};

TEST_P(AuthUrlForms, AllPostToV3AuthTokens)
{
    FakeOpenStack cloud;
    CloudAccount account = cloud.passwordAccount();
    account.authUrl = cloud.server.url(QString::fromLatin1(GetParam())).toString();
    auto provider = cloud.provider(account);
    const Status signedIn = waitFor(provider->authenticate());
    ASSERT_TRUE(signedIn) << signedIn.error().message.toStdString();
    EXPECT_EQ(cloud.server.count("POST", QStringLiteral("/identity/v3/auth/tokens")), 1);
}

INSTANTIATE_TEST_SUITE_P(
    Keystone, AuthUrlForms, ::testing::Values("/identity", "/identity/", "/identity/v3", "/identity/v3/"));

// --- catalog --------------------------------------------------------------------------------------------------

struct CatalogCase
{
    const char* name;
    const char* service;
    const char* region;
    const char* interface;
    const char* url; ///< expected, or empty for an error
    ErrorCode code = ErrorCode::Internal;
};

class CatalogSelection : public ::testing::TestWithParam<CatalogCase>
{
};

TEST_P(CatalogSelection, PicksByTypeRegionAndInterface)
{
    const auto& c = GetParam();
    const QJsonObject token
        = QJsonDocument::fromJson(test::fixture(QStringLiteral("identity/authenticate_passwordProjectScoped.json"),
                                      QStringLiteral("http://cloud")))
              .object()
              .value(QLatin1String("token"))
              .toObject();
    const ServiceCatalog catalog = ServiceCatalog::fromJson(token.value(QLatin1String("catalog")).toArray());
    const Result<QUrl> url = catalog.find(QString::fromLatin1(c.service), QString::fromLatin1(c.region),
        QString::fromLatin1(c.interface), QStringLiteral("FakeStack"));
    if (*c.url) {
        ASSERT_TRUE(url) << url.error().message.toStdString();
        EXPECT_EQ(url->toString(), QString::fromLatin1(c.url));
    } else {
        ASSERT_FALSE(url);
        EXPECT_EQ(url.error().code, c.code);
        EXPECT_TRUE(url.error().message.contains(QString::fromLatin1(c.service))) << url.error().message.toStdString();
        EXPECT_TRUE(url.error().message.contains(QStringLiteral("FakeStack")));
    }
}

INSTANTIATE_TEST_SUITE_P(Keystone, CatalogSelection,
    ::testing::Values(CatalogCase {"computePublicRegionOne", "compute", "RegionOne", "public",
                          "http://cloud/compute/v2.1/a6944d763bf64ee6a275f1263fae0352"},
        CatalogCase {"computeInternal", "compute", "RegionOne", "internal",
            "http://cloud/internal/compute/v2.1/a6944d763bf64ee6a275f1263fae0352"},
        CatalogCase {"computeInterfaceV2Spelling", "compute", "RegionOne", "publicURL",
            "http://cloud/compute/v2.1/a6944d763bf64ee6a275f1263fae0352"},
        CatalogCase {"computeDefaultInterface", "compute", "RegionOne", "",
            "http://cloud/compute/v2.1/a6944d763bf64ee6a275f1263fae0352"},
        CatalogCase {"computeRegionTwo", "compute", "RegionTwo", "public",
            "http://cloud/region-two/compute/v2.1/a6944d763bf64ee6a275f1263fae0352"},
        CatalogCase {"emptyRegionTakesFirst", "compute", "", "public",
            "http://cloud/compute/v2.1/a6944d763bf64ee6a275f1263fae0352"},
        CatalogCase {"volumeIsVolumev3", "volume", "RegionOne", "public",
            "http://cloud/volume/v3/a6944d763bf64ee6a275f1263fae0352"},
        CatalogCase {"image", "image", "RegionOne", "admin", "http://cloud/admin/image"},
        CatalogCase {"networkMissingInRegionTwo", "network", "RegionTwo", "public", "", ErrorCode::InvalidInput},
        CatalogCase {"unknownRegion", "compute", "RegionNine", "public", "", ErrorCode::InvalidInput},
        CatalogCase {"noSuchService", "dns", "RegionOne", "public", "", ErrorCode::Unavailable}),
    [](const auto& info) { return std::string(info.param.name); });

// --- failures ---------------------------------------------------------------------------------------------------

TEST(KeystoneErrors, WrongPasswordIsAuthenticationFailedWithKeystonesWords)
{
    FakeOpenStack cloud;
    cloud.rejectSignIn = true;
    auto provider = cloud.provider(cloud.passwordAccount(), "wrong");
    const Status signedIn = waitFor(provider->authenticate());
    ASSERT_FALSE(signedIn);
    EXPECT_EQ(signedIn.error().code, ErrorCode::AuthenticationFailed);
    const QString message = signedIn.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("The request you have made requires authentication.")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("password"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("FakeStack")));
    EXPECT_FALSE(message.contains(QStringLiteral("wrong"))) << "never echo the secret";
    EXPECT_EQ(cloud.server.count("POST", QStringLiteral("/identity/v3/auth/tokens")), 1) << "a 401 is not retried";
}

TEST(KeystoneErrors, ExpiredApplicationCredentialSaysSo)
{
    FakeOpenStack cloud;
    cloud.rejectSignIn = true;
    auto provider = cloud.provider(cloud.applicationCredentialAccount());
    const auto servers = waitFor(provider->listServers());
    ASSERT_FALSE(servers);
    EXPECT_EQ(servers.error().code, ErrorCode::AuthenticationFailed);
    const QString message = servers.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("application credential"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("expired"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("423f19a4ac1e4f48bbb4180756e6eb6c")));
}

TEST(KeystoneErrors, UnreachableAuthUrlIsUnavailable)
{
    FakeOpenStack cloud;
    CloudAccount account = cloud.passwordAccount();
    cloud.server.close();
    auto provider = cloud.provider(account);
    const auto servers = waitFor(provider->listServers());
    ASSERT_FALSE(servers);
    EXPECT_EQ(servers.error().code, ErrorCode::Unavailable) << servers.error().message.toStdString();
    EXPECT_TRUE(servers.error().message.contains(QStringLiteral("identity"))) << servers.error().message.toStdString();
}

TEST(KeystoneErrors, ProjectWithoutComputeNamesServiceAndRegion)
{
    FakeOpenStack cloud;
    cloud.tokenFixture = QStringLiteral("identity/authenticate_noCompute.json");
    auto provider = cloud.provider(cloud.passwordAccount());
    const auto servers = waitFor(provider->listServers());
    ASSERT_FALSE(servers);
    EXPECT_EQ(servers.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(servers.error().message.contains(QStringLiteral("compute"))) << servers.error().message.toStdString();
    EXPECT_TRUE(servers.error().message.contains(QStringLiteral("RegionOne")));
}

// --- renewal ----------------------------------------------------------------------------------------------------

class TokenRenewal : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_cloud.computeRoute("GET", QStringLiteral("/servers/detail"),
            test::FakeResponse::json(200, test::serversPage({test::serverJson(QStringLiteral("a"))})));
    }
    FakeOpenStack m_cloud;
};

TEST_F(TokenRenewal, ReusesATokenWithTimeLeft)
{
    auto provider = m_cloud.provider(m_cloud.passwordAccount());
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(waitFor(provider->listServers()));
    EXPECT_EQ(m_cloud.tokensIssued(), 1);
    for (const auto& request : m_cloud.requestsTo(m_cloud.computePath(QStringLiteral("/servers/detail"))))
        EXPECT_EQ(request.header("x-auth-token"), QByteArray("tok-1"));
}

TEST_F(TokenRenewal, RenewsBeforeExpiry)
{
    m_cloud.tokenLifetimeSeconds = 120; // less than the 5-minute margin: every call renews first
    auto provider = m_cloud.provider(m_cloud.passwordAccount());
    ASSERT_TRUE(waitFor(provider->listServers()));
    const int afterFirst = m_cloud.tokensIssued();
    ASSERT_TRUE(waitFor(provider->listServers()));
    EXPECT_GT(m_cloud.tokensIssued(), afterFirst);
    const auto lists = m_cloud.requestsTo(m_cloud.computePath(QStringLiteral("/servers/detail")));
    ASSERT_EQ(lists.size(), 2);
    EXPECT_NE(lists[0].header("x-auth-token"), lists[1].header("x-auth-token"));
}

TEST_F(TokenRenewal, ConcurrentCallsShareOneSignInAndOneNegotiation)
{
    auto provider = m_cloud.provider(m_cloud.passwordAccount());
    QList<QFuture<Result<QList<Server>>>> running;
    for (int i = 0; i < 4; ++i)
        running.append(provider->listServers());
    for (auto& future : running) {
        const auto servers = waitFor(future);
        ASSERT_TRUE(servers) << servers.error().message.toStdString();
    }
    EXPECT_EQ(m_cloud.tokensIssued(), 1);
    EXPECT_EQ(m_cloud.server.count("GET", QStringLiteral("/compute/v2.1/")), 1);
}

// Disabled until ApiSession::sharedReauthentication() gives every waiting job its own future: it hands the
// same QFuture to all jobs that got a 401 together, and a Qt 6.4 QFuture keeps only its last continuation, so
// all but one of them never finish (see the report to the lead).
TEST_F(TokenRenewal, ConcurrentRequestsShareOneRenewalAfter401)
{
    auto provider = m_cloud.provider(m_cloud.passwordAccount());
    ASSERT_TRUE(waitFor(provider->listServers()));
    m_cloud.revokeAllTokens(); // the token "expires" early, e.g. revoked by the cloud
    QList<QFuture<Result<QList<Server>>>> running;
    for (int i = 0; i < 4; ++i)
        running.append(provider->listServers());
    for (auto& future : running) {
        const auto servers = waitFor(future);
        ASSERT_TRUE(servers) << servers.error().message.toStdString();
        EXPECT_EQ(servers->size(), 1);
    }
    EXPECT_EQ(m_cloud.tokensIssued(), 2) << "one renewal for all four 401s";
}

TEST_F(TokenRenewal, RenewalThatFailsIsAnAuthenticationError)
{
    auto provider = m_cloud.provider(m_cloud.passwordAccount());
    ASSERT_TRUE(waitFor(provider->listServers()));
    m_cloud.revokeAllTokens();
    m_cloud.rejectSignIn = true; // e.g. the password was changed meanwhile
    const auto servers = waitFor(provider->listServers());
    ASSERT_FALSE(servers);
    EXPECT_EQ(servers.error().code, ErrorCode::AuthenticationFailed);
}

} // namespace
} // namespace ct
