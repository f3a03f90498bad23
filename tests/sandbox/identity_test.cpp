// Keystone emulation: password and application-credential auth, the catalog, Keystone's 401 body.
#include "sandboxtestfixture.h"

namespace ct::test {
namespace {

QJsonObject passwordAuth(const QString& user, const QString& password, const QString& project)
{
    const QJsonObject domain {{QStringLiteral("name"), QStringLiteral("Default")}};
    QJsonObject auth {{QStringLiteral("identity"),
        QJsonObject {{QStringLiteral("methods"), QJsonArray {QStringLiteral("password")}},
            {QStringLiteral("password"),
                QJsonObject {{QStringLiteral("user"),
                    QJsonObject {{QStringLiteral("name"), user}, {QStringLiteral("domain"), domain},
                        {QStringLiteral("password"), password}}}}}}}};
    if (!project.isEmpty())
        auth.insert(QStringLiteral("scope"),
            QJsonObject {{QStringLiteral("project"),
                QJsonObject {{QStringLiteral("name"), project}, {QStringLiteral("domain"), domain}}}});
    return QJsonObject {{QStringLiteral("auth"), auth}};
}

QJsonObject appCredentialAuth(const QString& id, const QString& secret, bool withScope = false)
{
    QJsonObject auth {{QStringLiteral("identity"),
        QJsonObject {{QStringLiteral("methods"), QJsonArray {QStringLiteral("application_credential")}},
            {QStringLiteral("application_credential"),
                QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("secret"), secret}}}}}};
    if (withScope)
        auth.insert(QStringLiteral("scope"),
            QJsonObject {{QStringLiteral("project"),
                QJsonObject {{QStringLiteral("id"), sandbox::SandboxCloud::projectId(QStringLiteral("demo"))}}}});
    return QJsonObject {{QStringLiteral("auth"), auth}};
}

} // namespace

TEST_F(SandboxTest, PasswordAuthReturnsTokenHeaderExpiryAndFullCatalog)
{
    const SandboxReply reply = m_client->postJson(QStringLiteral("/identity/v3/auth/tokens"),
        passwordAuth(QStringLiteral("demo"), QStringLiteral("demo-secret"), QStringLiteral("demo")));
    ASSERT_EQ(reply.status, 201) << reply.body.toStdString();
    EXPECT_FALSE(reply.header("x-subject-token").isEmpty());
    EXPECT_TRUE(reply.header("x-openstack-request-id").startsWith("req-"));
    const QJsonObject token = reply.json().value(QStringLiteral("token")).toObject();
    EXPECT_TRUE(token.value(QStringLiteral("expires_at")).toString().endsWith(u'Z'));
    EXPECT_EQ(token.value(QStringLiteral("methods")).toArray().first().toString(), QStringLiteral("password"));
    EXPECT_EQ(token.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("demo"));
    const QJsonObject project = token.value(QStringLiteral("project")).toObject();
    EXPECT_EQ(project.value(QStringLiteral("name")).toString(), QStringLiteral("demo"));
    EXPECT_EQ(project.value(QStringLiteral("id")).toString(), sandbox::SandboxCloud::projectId(QStringLiteral("demo")));
    EXPECT_FALSE(token.value(QStringLiteral("roles")).toArray().isEmpty());

    QHash<QString, QString> publicUrls;
    for (const QJsonValue& service : token.value(QStringLiteral("catalog")).toArray()) {
        const QJsonArray endpoints = service.toObject().value(QStringLiteral("endpoints")).toArray();
        EXPECT_EQ(endpoints.size(), 3);
        for (const QJsonValue& endpoint : endpoints) {
            EXPECT_EQ(endpoint.toObject().value(QStringLiteral("region_id")).toString(), QStringLiteral("RegionOne"));
            if (endpoint.toObject().value(QStringLiteral("interface")).toString() == QStringLiteral("public"))
                publicUrls.insert(service.toObject().value(QStringLiteral("type")).toString(),
                    endpoint.toObject().value(QStringLiteral("url")).toString());
        }
    }
    const QString base = m_cloud->baseUrl();
    EXPECT_EQ(publicUrls.value(QStringLiteral("identity")), base + QStringLiteral("/identity"));
    EXPECT_EQ(publicUrls.value(QStringLiteral("compute")), base + QStringLiteral("/compute/v2.1"));
    EXPECT_EQ(publicUrls.value(QStringLiteral("image")), base + QStringLiteral("/image"));
    EXPECT_EQ(publicUrls.value(QStringLiteral("network")), base + QStringLiteral("/network"));
    const QString volume = base + QStringLiteral("/volume/v3/") + project.value(QStringLiteral("id")).toString();
    EXPECT_EQ(publicUrls.value(QStringLiteral("volumev3")), volume);
    EXPECT_EQ(publicUrls.value(QStringLiteral("block-storage")), volume);
}

TEST_F(SandboxTest, ApplicationCredentialAuthScopesToTheCredentialsProject)
{
    const SandboxReply reply = m_client->postJson(QStringLiteral("/identity/v3/auth/tokens"),
        appCredentialAuth(QStringLiteral("demo-appcred"), QStringLiteral("demo-appcred-secret")));
    ASSERT_EQ(reply.status, 201) << reply.body.toStdString();
    const QJsonObject token = reply.json().value(QStringLiteral("token")).toObject();
    EXPECT_EQ(
        token.value(QStringLiteral("methods")).toArray().first().toString(), QStringLiteral("application_credential"));
    EXPECT_EQ(token.value(QStringLiteral("application_credential")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("demo-appcred"));
    EXPECT_EQ(token.value(QStringLiteral("project")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("demo"));
    EXPECT_FALSE(token.value(QStringLiteral("catalog")).toArray().isEmpty());
    // The token works on a service.
    EXPECT_EQ(m_client->get(QStringLiteral("/compute/v2.1/servers"), reply.header("x-subject-token")).status, 200);
}

struct BadAuth
{
    const char* name;
    QJsonObject body;
};

void PrintTo(const BadAuth& value, std::ostream* out) { *out << value.name; }

class SandboxBadAuthTest : public SandboxTest, public ::testing::WithParamInterface<BadAuth>
{
};

TEST_P(SandboxBadAuthTest, AnswersKeystones401Body)
{
    const SandboxReply reply = m_client->postJson(QStringLiteral("/identity/v3/auth/tokens"), GetParam().body);
    EXPECT_EQ(reply.status, 401) << reply.body.toStdString();
    EXPECT_TRUE(reply.header("x-subject-token").isEmpty());
    const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toInt(), 401);
    EXPECT_EQ(error.value(QStringLiteral("title")).toString(), QStringLiteral("Unauthorized"));
    EXPECT_EQ(error.value(QStringLiteral("message")).toString(),
        QStringLiteral("The request you have made requires authentication."));
}

INSTANTIATE_TEST_SUITE_P(Sandbox, SandboxBadAuthTest,
    ::testing::Values(BadAuth {"WrongPassword",
                          passwordAuth(QStringLiteral("demo"), QStringLiteral("wrong"), QStringLiteral("demo"))},
        BadAuth {"UnknownUser",
            passwordAuth(QStringLiteral("nobody"), QStringLiteral("demo-secret"), QStringLiteral("demo"))},
        BadAuth {"OtherProject",
            passwordAuth(QStringLiteral("demo"), QStringLiteral("demo-secret"), QStringLiteral("backup"))},
        BadAuth {"WrongAppCredSecret", appCredentialAuth(QStringLiteral("demo-appcred"), QStringLiteral("nope"))},
        BadAuth {"AppCredWithScope",
            appCredentialAuth(QStringLiteral("demo-appcred"), QStringLiteral("demo-appcred-secret"), true)}),
    [](const ::testing::TestParamInfo<BadAuth>& info) { return std::string(info.param.name); });

TEST_F(SandboxTest, UnknownTokenOnAServiceIs401)
{
    const SandboxReply reply = m_client->get(QStringLiteral("/compute/v2.1/servers/detail"), "not-a-token");
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), 401);
    EXPECT_TRUE(reply.header("www-authenticate").startsWith("Keystone uri="));
}

TEST_F(SandboxTest, ShortTokenLifetimeExpires)
{
    m_cloud->setTokenLifetime(1);
    const QByteArray token = demoToken();
    ASSERT_FALSE(token.isEmpty());
    EXPECT_EQ(m_client->get(QStringLiteral("/compute/v2.1/servers"), token).status, 200);
    QTest::qWait(1100);
    EXPECT_EQ(m_client->get(QStringLiteral("/compute/v2.1/servers"), token).status, 401);
}

} // namespace ct::test
