// The provider factory, TLS options and "Test connection".
#include "cloud/providerfactory.h"
#include "fakeopenstack.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ct {
namespace {

using test::FakeOpenStack;
using test::FakeResponse;
using test::waitFor;

// --- factory ----------------------------------------------------------------------------------------------------

struct FactoryCase
{
    const char* name;
    std::function<void(CloudAccount&)> edit;
    const char* secret;
    bool ok;
    const char* mentions; ///< the field the message must name
};

class Factory : public ::testing::TestWithParam<FactoryCase>
{
};

CloudAccount goodAccount()
{
    CloudAccount account;
    account.name = QStringLiteral("Lab");
    account.kind = CloudKind::OpenStack;
    account.authUrl = QStringLiteral("https://keystone.example:5000/v3");
    account.userName = QStringLiteral("demo");
    account.projectName = QStringLiteral("demo");
    return account;
}

TEST_P(Factory, ValidatesTheAccount)
{
    const auto& c = GetParam();
    CloudAccount account = goodAccount();
    c.edit(account);
    QObject parent;
    const auto provider = createProvider(account, c.secret, &parent);
    ASSERT_EQ(provider.ok(), c.ok) << (provider ? std::string() : provider.error().message.toStdString());
    if (c.ok) {
        EXPECT_EQ((*provider)->kind(), CloudKind::OpenStack);
        EXPECT_EQ((*provider)->cloudName(), QStringLiteral("Lab"));
        EXPECT_EQ((*provider)->parent(), &parent);
        return;
    }
    EXPECT_EQ(provider.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(provider.error().message.contains(QString::fromUtf8(c.mentions)))
        << provider.error().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Providers, Factory,
    ::testing::Values(FactoryCase {"password", [](CloudAccount&) {}, "pw", true, ""},
        FactoryCase {"applicationCredential",
            [](CloudAccount& a) {
                a.authType = QStringLiteral("v3applicationcredential");
                a.userName.clear();
                a.projectName.clear();
                a.applicationCredentialId = QStringLiteral("abc");
            },
            "secret", true, ""},
        FactoryCase {"noAuthUrl", [](CloudAccount& a) { a.authUrl.clear(); }, "pw", false, "auth_url"},
        FactoryCase {"notHttp", [](CloudAccount& a) { a.authUrl = QStringLiteral("ftp://keystone/v3"); }, "pw", false,
            "ftp://keystone/v3"},
        FactoryCase {"noUser", [](CloudAccount& a) { a.userName.clear(); }, "pw", false, "username"},
        FactoryCase {"noProject", [](CloudAccount& a) { a.projectName.clear(); }, "pw", false, "project_name"},
        FactoryCase {"noPassword", [](CloudAccount&) {}, "", false, "password"},
        FactoryCase {"noApplicationCredentialId",
            [](CloudAccount& a) { a.authType = QStringLiteral("v3applicationcredential"); }, "s", false,
            "application_credential_id"},
        FactoryCase {"noApplicationCredentialSecret",
            [](CloudAccount& a) {
                a.authType = QStringLiteral("v3applicationcredential");
                a.applicationCredentialId = QStringLiteral("abc");
            },
            "", false, "application_credential_secret"},
        FactoryCase {"missingCaFile", [](CloudAccount& a) { a.caFile = QStringLiteral("/nonexistent/ca.pem"); }, "pw",
            false, "/nonexistent/ca.pem"},
        FactoryCase {"cloudStackNeedsItsApiUrl", [](CloudAccount& a) { a.kind = CloudKind::CloudStack; }, "key", false,
            "CloudStack API URL"}),
    [](const auto& info) { return std::string(info.param.name); });

// --- TLS ----------------------------------------------------------------------------------------------------------

TEST(Tls, ACaFileWithoutCertificatesIsAClearError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-ca.pem"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not PEM\n");
    file.close();
    CloudAccount account = goodAccount();
    account.caFile = path;
    const auto provider = createProvider(account, "pw", nullptr);
    ASSERT_FALSE(provider);
    EXPECT_EQ(provider.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(provider.error().message.contains(path)) << provider.error().message.toStdString();
}

TEST(Tls, HttpsToAPlainHttpPortFailsClearly)
{
    // A plain-HTTP server answers a TLS ClientHello with "400 Bad Request", as nginx and Apache do.
    QTcpServer plain;
    ASSERT_TRUE(plain.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&plain, &QTcpServer::newConnection, &plain, [&plain]() {
        while (QTcpSocket* socket = plain.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket]() {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    FakeOpenStack cloud;
    CloudAccount account = cloud.passwordAccount();
    account.authUrl = QStringLiteral("https://127.0.0.1:%1/identity/v3").arg(plain.serverPort());
    auto provider = cloud.provider(account);
    const Status signedIn = waitFor(provider->authenticate());
    ASSERT_FALSE(signedIn);
    EXPECT_TRUE(signedIn.error().code == ErrorCode::TlsFailure || signedIn.error().code == ErrorCode::Unavailable)
        << signedIn.error().message.toStdString();
    EXPECT_TRUE(signedIn.error().message.contains(QStringLiteral("FakeStack")));
    EXPECT_TRUE(signedIn.error().message.contains(QStringLiteral("127.0.0.1")))
        << signedIn.error().message.toStdString();
}

namespace {

/// The fake Keystone/Nova over TLS, with a certificate for 127.0.0.1 signed by tests/fixtures/tls/trusted-ca.pem.
void serveOverTls(FakeOpenStack& cloud)
{
    const QString dir = QStringLiteral(CT_TLS_FIXTURES);
    QFile certificate(dir + QStringLiteral("/server.pem"));
    QFile key(dir + QStringLiteral("/server.key"));
    ASSERT_TRUE(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    cloud.server.close();
    ASSERT_TRUE(cloud.server.startTls(configuration));
}

QString tlsFixture(const char* name) { return QStringLiteral(CT_TLS_FIXTURES "/") + QLatin1String(name); }

} // namespace

TEST(Tls, TheCloudsOwnCaFileIsTrusted)
{
    FakeOpenStack cloud;
    serveOverTls(cloud);
    CloudAccount account = cloud.passwordAccount();
    ASSERT_TRUE(account.authUrl.startsWith(QStringLiteral("https://")));
    account.caFile = tlsFixture("trusted-ca.pem");
    auto provider = cloud.provider(account);
    const Status signedIn = waitFor(provider->authenticate());
    EXPECT_TRUE(signedIn) << signedIn.error().message.toStdString();
}

TEST(Tls, AServerSignedByAnotherCaIsRefusedBeforeAnyCredentialIsSent)
{
    FakeOpenStack cloud;
    serveOverTls(cloud);
    CloudAccount account = cloud.passwordAccount();
    account.caFile = tlsFixture("other-ca.pem");
    auto provider = cloud.provider(account);
    const Status signedIn = waitFor(provider->authenticate());
    ASSERT_FALSE(signedIn);
    EXPECT_EQ(signedIn.error().code, ErrorCode::TlsFailure) << signedIn.error().message.toStdString();
    const QString message = signedIn.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("FakeStack"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("127.0.0.1"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("cacert"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("s3cret")));
    EXPECT_TRUE(cloud.server.requests().isEmpty()) << "the password must not travel over an untrusted connection";
}

TEST(Tls, ASelfMadeCaIsNotTrustedByTheSystemStore)
{
    FakeOpenStack cloud;
    serveOverTls(cloud);
    auto provider = cloud.provider(cloud.passwordAccount());
    const Status signedIn = waitFor(provider->authenticate());
    ASSERT_FALSE(signedIn);
    EXPECT_EQ(signedIn.error().code, ErrorCode::TlsFailure) << signedIn.error().message.toStdString();
    EXPECT_TRUE(cloud.server.requests().isEmpty());
}

TEST(Tls, InsecureSkipsVerificationOnlyForThatCloud)
{
    FakeOpenStack cloud;
    serveOverTls(cloud);
    CloudAccount account = cloud.passwordAccount();
    account.insecure = true;
    auto provider = cloud.provider(account);
    const Status signedIn = waitFor(provider->authenticate());
    EXPECT_TRUE(signedIn) << signedIn.error().message.toStdString();

    // Another cloud on the same server, without the flag, is still refused.
    auto strict = cloud.provider(cloud.passwordAccount());
    const Status strictSignIn = waitFor(strict->authenticate());
    ASSERT_FALSE(strictSignIn);
    EXPECT_EQ(strictSignIn.error().code, ErrorCode::TlsFailure);
}

// --- test connection -----------------------------------------------------------------------------------------------

TEST(TestConnection, ChecksEveryService)
{
    FakeOpenStack cloud;
    cloud.computeRoute("GET", QStringLiteral("/servers/detail"), FakeResponse::json(200, test::serversPage({})));
    cloud.server.route("GET", QStringLiteral("/image/v2/images"),
        FakeResponse::json(200, R"({"images": [], "first": "/v2/images", "schema": "/v2/schemas/images"})"));
    cloud.server.route("GET", QStringLiteral("/network/v2.0/networks"), FakeResponse::json(200, R"({"networks": []})"));
    cloud.server.route("GET", QStringLiteral("/volume/v3/") + cloud.project + QStringLiteral("/volumes"),
        FakeResponse::json(503, R"({"message": "cinder is down for maintenance"})"));
    auto provider = cloud.provider(cloud.passwordAccount());
    const auto checks = waitFor(provider->testConnection());
    ASSERT_TRUE(checks);
    ASSERT_EQ(checks->size(), 5);
    QHash<QString, ServiceCheck> byService;
    for (const ServiceCheck& check : *checks)
        byService.insert(check.service, check);
    EXPECT_TRUE(byService.value(QStringLiteral("identity")).ok);
    EXPECT_TRUE(byService.value(QStringLiteral("compute")).ok)
        << byService.value(QStringLiteral("compute")).detail.toStdString();
    EXPECT_TRUE(byService.value(QStringLiteral("compute")).detail.contains(QStringLiteral("2.93")));
    EXPECT_TRUE(byService.value(QStringLiteral("image")).ok)
        << byService.value(QStringLiteral("image")).detail.toStdString();
    EXPECT_TRUE(byService.value(QStringLiteral("network")).ok);
    EXPECT_FALSE(byService.value(QStringLiteral("volume")).ok);
    EXPECT_TRUE(byService.value(QStringLiteral("volume")).detail.contains(QStringLiteral("maintenance")));
    const auto servers = cloud.requestsTo(cloud.computePath(QStringLiteral("/servers/detail")));
    ASSERT_EQ(servers.size(), 1);
    EXPECT_EQ(servers[0].query.queryItemValue(QStringLiteral("limit")), QStringLiteral("1"));
    EXPECT_EQ(cloud.requestsTo(QStringLiteral("/image/v2/images"))[0].query.queryItemValue(QStringLiteral("limit")),
        QStringLiteral("1"));
}

TEST(TestConnection, AMissingServiceIsAFailedCheckNotACrash)
{
    FakeOpenStack cloud;
    cloud.tokenFixture = QStringLiteral("identity/authenticate_noCompute.json");
    cloud.server.route("GET", QStringLiteral("/image/v2/images"), FakeResponse::json(200, R"({"images": []})"));
    cloud.server.route("GET", QStringLiteral("/network/v2.0/networks"), FakeResponse::json(200, R"({"networks": []})"));
    cloud.server.route("GET", QStringLiteral("/volume/v3/") + cloud.project + QStringLiteral("/volumes"),
        FakeResponse::json(200, R"({"volumes": []})"));
    auto provider = cloud.provider(cloud.passwordAccount());
    const auto checks = waitFor(provider->testConnection());
    ASSERT_TRUE(checks);
    for (const ServiceCheck& check : *checks) {
        if (check.service == QLatin1String("compute")) {
            EXPECT_FALSE(check.ok);
            EXPECT_TRUE(check.detail.contains(QStringLiteral("compute"))) << check.detail.toStdString();
        } else {
            EXPECT_TRUE(check.ok) << check.service.toStdString() << ": " << check.detail.toStdString();
        }
    }
}

TEST(TestConnection, FailedSignInSkipsTheRest)
{
    FakeOpenStack cloud;
    cloud.rejectSignIn = true;
    auto provider = cloud.provider(cloud.passwordAccount());
    const auto checks = waitFor(provider->testConnection());
    ASSERT_TRUE(checks);
    ASSERT_EQ(checks->size(), 5);
    EXPECT_FALSE(checks->first().ok);
    EXPECT_TRUE(checks->first().detail.contains(QStringLiteral("requires authentication")));
    for (const ServiceCheck& check : *checks)
        EXPECT_FALSE(check.ok);
    EXPECT_EQ(cloud.server.requests().size(), 1) << "nothing but the sign-in was tried";
}

} // namespace
} // namespace ct
