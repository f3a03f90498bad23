#include "cloud/openstack/cloudsyaml.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

namespace ct::openstack {
namespace {

QString fixture(const char* name)
{
    return QStringLiteral(CLOUDSYAML_FIXTURES "/%1/clouds.yaml").arg(QLatin1String(name));
}

/// An environment that sees none of this machine's files or OS_* variables.
CloudsYaml::Environment emptyEnvironment()
{
    CloudsYaml::Environment environment;
    environment.variables = QProcessEnvironment();
    return environment;
}

const ImportedCloud* findCloud(const CloudsYamlImport& result, const QString& name)
{
    for (const ImportedCloud& cloud : result.clouds) {
        if (cloud.account.name == name)
            return &cloud;
    }
    return nullptr;
}

bool anyContains(const QStringList& list, const QString& needle)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString& s) { return s.contains(needle); });
}

// --- one file per case -------------------------------------------------------------------------------------

struct FileCase
{
    const char* name; ///< fixture folder
    int clouds; ///< how many clouds are imported
    const char* cloud; ///< the cloud checked by `check` (nullptr: none)
    std::function<void(const ImportedCloud&)> check;
    QStringList problems; ///< substrings, each must occur in some problem
    const char* error = nullptr; ///< substring of the load error; the load must fail
};

void PrintTo(const FileCase& c, std::ostream* os) { *os << c.name; }

class CloudsYamlFile : public ::testing::TestWithParam<FileCase>
{
};

TEST_P(CloudsYamlFile, Imports)
{
    const FileCase& c = GetParam();
    auto loaded = CloudsYaml::load(fixture(c.name), emptyEnvironment());
    if (c.error) {
        ASSERT_FALSE(loaded);
        EXPECT_TRUE(loaded.error().message.contains(QLatin1String(c.error))) << loaded.error().message.toStdString();
        EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("clouds.yaml")))
            << loaded.error().message.toStdString();
        return;
    }
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->file, fixture(c.name));
    EXPECT_EQ(loaded->clouds.size(), c.clouds) << loaded->problems.join(QLatin1Char('\n')).toStdString();
    for (const QString& problem : c.problems) {
        EXPECT_TRUE(anyContains(loaded->problems, problem))
            << "no problem mentions \"" << problem.toStdString() << "\"; got:\n"
            << loaded->problems.join(QLatin1Char('\n')).toStdString();
    }
    if (c.problems.isEmpty()) {
        EXPECT_TRUE(loaded->problems.isEmpty()) << loaded->problems.join(QLatin1Char('\n')).toStdString();
    }
    // No message ever carries a secret from the fixtures.
    for (const QString& text : loaded->problems) {
        EXPECT_FALSE(text.contains(QStringLiteral("Fixture-"))) << text.toStdString();
    }
    for (const ImportedCloud& cloud : loaded->clouds) {
        for (const QString& note : cloud.notes) {
            EXPECT_FALSE(note.contains(QStringLiteral("Fixture-"))) << note.toStdString();
        }
        EXPECT_FALSE(QJsonDocument(cloud.account.settingsJson()).toJson().contains("Fixture-"));
    }
    if (c.cloud) {
        const ImportedCloud* cloud = findCloud(loaded.value(), QLatin1String(c.cloud));
        ASSERT_NE(cloud, nullptr);
        c.check(*cloud);
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, CloudsYamlFile,
    ::testing::Values(FileCase {"password", 1, "prod",
                          [](const ImportedCloud& c) {
                              EXPECT_EQ(c.account.kind, CloudKind::OpenStack);
                              EXPECT_EQ(c.account.authUrl, QStringLiteral("https://keystone.example.com:5000/v3"));
                              EXPECT_EQ(c.account.authType, QStringLiteral("password"));
                              EXPECT_EQ(c.account.userName, QStringLiteral("alice"));
                              EXPECT_EQ(c.account.projectName, QStringLiteral("web"));
                              EXPECT_EQ(c.account.userDomainName, QStringLiteral("Default"));
                              EXPECT_EQ(c.account.projectDomainName, QStringLiteral("Default"));
                              EXPECT_EQ(c.account.regionName, QStringLiteral("RegionOne"));
                              EXPECT_EQ(c.account.interface, QStringLiteral("internal"));
                              EXPECT_FALSE(c.account.insecure);
                              EXPECT_TRUE(c.account.caFile.isEmpty());
                              EXPECT_EQ(c.secret, QByteArrayLiteral("Fixture-Password-1"));
                              EXPECT_FALSE(c.needsSecret());
                              EXPECT_TRUE(c.notes.isEmpty());
                          },
                          {}},
        FileCase {"appcred", 2, "ci",
            [](const ImportedCloud& c) {
                EXPECT_EQ(c.account.authType, QStringLiteral("v3applicationcredential"));
                EXPECT_EQ(c.account.applicationCredentialId, QStringLiteral("21dced0fd20347869b93710d2b98aae0"));
                EXPECT_EQ(c.secret, QByteArrayLiteral("Fixture-AppCred-Secret-2"));
                // Keystone forbids a scope with application credentials.
                EXPECT_TRUE(c.account.projectName.isEmpty());
                EXPECT_EQ(c.account.regionName, QStringLiteral("RegionTwo"));
                EXPECT_EQ(c.account.interface, QStringLiteral("public"));
            },
            {}},
        FileCase {"appcred", 2, "ci-implicit",
            [](const ImportedCloud& c) {
                EXPECT_EQ(c.account.authType, QStringLiteral("v3applicationcredential"));
                EXPECT_EQ(c.secret, QByteArrayLiteral("Fixture-AppCred-Secret-3"));
            },
            {}},
        FileCase {"secure_merge", 1, "prod",
            [](const ImportedCloud& c) {
                EXPECT_EQ(c.secret, QByteArrayLiteral("Fixture-Secure-Password-4"));
                EXPECT_EQ(c.account.regionName, QStringLiteral("RegionSecure")); // secure.yaml wins
                EXPECT_EQ(c.account.userName, QStringLiteral("alice")); // the rest from clouds.yaml
                EXPECT_EQ(c.account.projectName, QStringLiteral("web"));
            },
            {}},
        FileCase {"verify_false", 1, "lab",
            [](const ImportedCloud& c) {
                EXPECT_TRUE(c.account.insecure);
                EXPECT_EQ(c.account.authUrl, QStringLiteral("https://10.0.0.5:5000/v3")); // `auth-url` spelling
                EXPECT_EQ(c.account.projectId, QStringLiteral("0123456789abcdef"));
                EXPECT_EQ(c.account.userDomainId, QStringLiteral("default"));
                EXPECT_TRUE(anyContains(c.notes, QStringLiteral("certificate checks turned off")));
            },
            {}},
        FileCase {"cacert", 1, "private",
            [](const ImportedCloud& c) {
                EXPECT_EQ(c.account.caFile, QDir::cleanPath(QStringLiteral(CLOUDSYAML_FIXTURES "/cacert/ca.pem")));
                EXPECT_FALSE(c.account.insecure);
                EXPECT_TRUE(c.notes.isEmpty()) << c.notes.join(QLatin1Char('\n')).toStdString();
            },
            {}},
        FileCase {"missing_password", 1, "nopw",
            [](const ImportedCloud& c) {
                EXPECT_TRUE(c.needsSecret());
                EXPECT_TRUE(anyContains(c.notes, QStringLiteral("password must be entered")));
            },
            {}},
        FileCase {"regions_profile", 1, "multi",
            [](const ImportedCloud& c) {
                EXPECT_EQ(c.account.regionName, QStringLiteral("North"));
                EXPECT_TRUE(anyContains(c.notes, QStringLiteral("uses the first one, 'North'")));
            },
            {QStringLiteral("cloud 'vendor' has no auth.auth_url (it uses the vendor profile 'vexxhost'")}},
        // The broken cloud is reported at its line; the good one is still imported.
        FileCase {"missing_auth_url", 1, "good", [](const ImportedCloud&) {},
            {QStringLiteral("clouds.yaml line 9: cloud 'prod' has no auth.auth_url")}},
        FileCase {"unknown_auth_type", 0, nullptr, {},
            {QStringLiteral("clouds.yaml line 3: cloud 'tok' uses auth_type 'token', which CloudTwin does not "
                            "support")}},
        FileCase {"malformed", 0, nullptr, {}, {}, "clouds.yaml line 6, column 6: not valid YAML"},
        FileCase {"not_clouds", 0, nullptr, {}, {}, "has no 'clouds:' section"}));

// --- search order --------------------------------------------------------------------------------------------

struct SearchCase
{
    const char* label;
    std::vector<const char*> present; ///< which of: env, cwd, xdg, home, site
    const char* winner;
};

void PrintTo(const SearchCase& c, std::ostream* os) { *os << c.label; }

class CloudsYamlSearch : public ::testing::TestWithParam<SearchCase>
{
};

TEST_P(CloudsYamlSearch, FirstFoundWins)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QHash<QString, QString> dirs {{QStringLiteral("env"), root.filePath(QStringLiteral("elsewhere"))},
        {QStringLiteral("cwd"), root.filePath(QStringLiteral("work"))},
        {QStringLiteral("xdg"), root.filePath(QStringLiteral("xdg/openstack"))},
        {QStringLiteral("home"), root.filePath(QStringLiteral("home/.config/openstack"))},
        {QStringLiteral("site"), root.filePath(QStringLiteral("etc/openstack"))}};
    for (auto it = dirs.cbegin(); it != dirs.cend(); ++it) {
        ASSERT_TRUE(QDir().mkpath(it.value()));
    }
    QStringList present;
    for (const char* where : GetParam().present)
        present << QLatin1String(where);
    for (const QString& where : std::as_const(present)) {
        QFile file(dirs.value(where) + QStringLiteral("/clouds.yaml"));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("clouds:\n  from-%1:\n    auth:\n      auth_url: https://%1.example/v3\n"
                                  "      username: u\n      password: p\n      project_name: p\n")
                       .arg(where)
                       .toUtf8());
    }
    CloudsYaml::Environment environment;
    environment.variables.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
    environment.variables.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("xdg")));
    if (present.contains(QStringLiteral("env")))
        environment.variables.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"),
            dirs.value(QStringLiteral("env")) + QStringLiteral("/clouds.yaml"));
    environment.currentDir = dirs.value(QStringLiteral("cwd"));
    environment.siteDirs = {dirs.value(QStringLiteral("site"))};

    auto loaded = CloudsYaml::load({}, environment);
    if (!GetParam().winner) {
        ASSERT_FALSE(loaded);
        EXPECT_EQ(loaded.error().code, ErrorCode::NotFound);
        EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("No clouds.yaml found")));
        return;
    }
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    ASSERT_EQ(loaded->clouds.size(), 1);
    EXPECT_EQ(loaded->clouds.first().account.name, QStringLiteral("from-%1").arg(QLatin1String(GetParam().winner)));
    EXPECT_EQ(loaded->file, dirs.value(QLatin1String(GetParam().winner)) + QStringLiteral("/clouds.yaml"));
}

INSTANTIATE_TEST_SUITE_P(Order, CloudsYamlSearch,
    ::testing::Values(SearchCase {"everywhere", {"env", "cwd", "xdg", "home", "site"}, "env"},
        SearchCase {"no_env", {"cwd", "xdg", "home", "site"}, "cwd"},
        SearchCase {"config_dirs", {"xdg", "home", "site"}, "xdg"}, SearchCase {"home_only", {"home", "site"}, "home"},
        SearchCase {"site_only", {"site"}, "site"}, SearchCase {"nothing", {}, nullptr}),
    [](const ::testing::TestParamInfo<SearchCase>& info) { return std::string(info.param.label); });

TEST(CloudsYamlSearch, SearchPathsListTheDocumentedOrder)
{
    CloudsYaml::Environment environment;
    environment.variables.insert(QStringLiteral("HOME"), QStringLiteral("/home/u"));
    environment.variables.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), QStringLiteral("/x/my.yaml"));
    environment.currentDir = QStringLiteral("/work");
    environment.siteDirs = {QStringLiteral("/etc/openstack")};
    const QStringList paths = CloudsYaml::searchPaths(environment);
    ASSERT_GE(paths.size(), 4);
    EXPECT_EQ(paths.at(0), QStringLiteral("/x/my.yaml"));
    EXPECT_EQ(paths.at(1), QStringLiteral("/work/clouds.yaml"));
    const auto index = [&](const QString& p) { return paths.indexOf(p); };
    EXPECT_LT(
        index(QStringLiteral("/work/clouds.yaml")), index(QStringLiteral("/home/u/.config/openstack/clouds.yaml")));
    EXPECT_LT(index(QStringLiteral("/home/u/.config/openstack/clouds.yaml")),
        index(QStringLiteral("/etc/openstack/clouds.yaml")));
    EXPECT_TRUE(CloudsYaml::securePaths(environment).contains(QStringLiteral("/etc/openstack/secure.yaml")));
}

TEST(CloudsYamlSecure, SecureFileFromTheSearchPathIsMergedAndNamed)
{
    QTemporaryDir root;
    const QString home = root.filePath(QStringLiteral("home"));
    ASSERT_TRUE(QDir().mkpath(home + QStringLiteral("/.config/openstack")));
    ASSERT_TRUE(QFile::copy(QStringLiteral(CLOUDSYAML_FIXTURES "/secure_merge/clouds.yaml"),
        home + QStringLiteral("/.config/openstack/clouds.yaml")));
    ASSERT_TRUE(QFile::copy(QStringLiteral(CLOUDSYAML_FIXTURES "/secure_merge/secure.yaml"),
        home + QStringLiteral("/.config/openstack/secure.yaml")));
    CloudsYaml::Environment environment;
    environment.variables.insert(QStringLiteral("HOME"), home);
    environment.currentDir = root.path();
    auto loaded = CloudsYaml::load({}, environment);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->secureFile, home + QStringLiteral("/.config/openstack/secure.yaml"));
    ASSERT_EQ(loaded->clouds.size(), 1);
    EXPECT_EQ(loaded->clouds.first().secret, QByteArrayLiteral("Fixture-Secure-Password-4"));
}

// --- OS_* environment ---------------------------------------------------------------------------------------

struct EnvCase
{
    const char* label;
    QList<QPair<QString, QString>> variables;
    bool imported;
    std::function<void(const ImportedCloud&)> check;
    QString problem; ///< substring of a problem, when one is expected
};

void PrintTo(const EnvCase& c, std::ostream* os) { *os << c.label; }

class CloudsYamlEnv : public ::testing::TestWithParam<EnvCase>
{
};

TEST_P(CloudsYamlEnv, BecomesTheEnvvarsCloud)
{
    QProcessEnvironment variables;
    for (const auto& [name, value] : GetParam().variables)
        variables.insert(name, value);
    QStringList problems;
    const auto cloud = CloudsYaml::fromEnvironment(variables, &problems);
    ASSERT_EQ(cloud.has_value(), GetParam().imported) << problems.join(QLatin1Char('\n')).toStdString();
    if (!GetParam().problem.isEmpty()) {
        EXPECT_TRUE(anyContains(problems, GetParam().problem)) << problems.join(QLatin1Char('\n')).toStdString();
    }
    for (const QString& problem : problems) {
        EXPECT_FALSE(problem.contains(QStringLiteral("Env-Secret"))) << problem.toStdString();
    }
    if (cloud) {
        EXPECT_EQ(cloud->account.name, QStringLiteral("envvars"));
        EXPECT_EQ(cloud->source, QStringLiteral("environment"));
        GetParam().check(*cloud);
    }
}

INSTANTIATE_TEST_SUITE_P(Variables, CloudsYamlEnv,
    ::testing::Values(EnvCase {"password",
                          {{QStringLiteral("OS_AUTH_URL"), QStringLiteral("https://keystone.env:5000/v3")},
                              {QStringLiteral("OS_USERNAME"), QStringLiteral("envuser")},
                              {QStringLiteral("OS_PASSWORD"), QStringLiteral("Env-Secret-1")},
                              {QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("envproject")},
                              {QStringLiteral("OS_PROJECT_ID"), QStringLiteral("pid")},
                              {QStringLiteral("OS_USER_DOMAIN_NAME"), QStringLiteral("Default")},
                              {QStringLiteral("OS_PROJECT_DOMAIN_NAME"), QStringLiteral("Default")},
                              {QStringLiteral("OS_REGION_NAME"), QStringLiteral("RegionEnv")},
                              {QStringLiteral("OS_INTERFACE"), QStringLiteral("publicURL")},
                              {QStringLiteral("OS_CACERT"), QStringLiteral("/nonexistent/ca.pem")}},
                          true,
                          [](const ImportedCloud& c) {
                              EXPECT_EQ(c.account.authUrl, QStringLiteral("https://keystone.env:5000/v3"));
                              EXPECT_EQ(c.account.userName, QStringLiteral("envuser"));
                              EXPECT_EQ(c.account.projectName, QStringLiteral("envproject"));
                              EXPECT_EQ(c.account.projectId, QStringLiteral("pid"));
                              EXPECT_EQ(c.account.userDomainName, QStringLiteral("Default"));
                              EXPECT_EQ(c.account.projectDomainName, QStringLiteral("Default"));
                              EXPECT_EQ(c.account.regionName, QStringLiteral("RegionEnv"));
                              EXPECT_EQ(c.account.interface, QStringLiteral("public"));
                              EXPECT_EQ(c.account.caFile, QStringLiteral("/nonexistent/ca.pem"));
                              EXPECT_TRUE(anyContains(c.notes, QStringLiteral("does not exist")));
                              EXPECT_EQ(c.secret, QByteArrayLiteral("Env-Secret-1"));
                          },
                          {}},
        EnvCase {"app_credential",
            {{QStringLiteral("OS_AUTH_URL"), QStringLiteral("https://keystone.env:5000/v3")},
                {QStringLiteral("OS_AUTH_TYPE"), QStringLiteral("v3applicationcredential")},
                {QStringLiteral("OS_APPLICATION_CREDENTIAL_ID"), QStringLiteral("acid")},
                {QStringLiteral("OS_APPLICATION_CREDENTIAL_SECRET"), QStringLiteral("Env-Secret-2")}},
            true,
            [](const ImportedCloud& c) {
                EXPECT_EQ(c.account.authType, QStringLiteral("v3applicationcredential"));
                EXPECT_EQ(c.account.applicationCredentialId, QStringLiteral("acid"));
                EXPECT_EQ(c.secret, QByteArrayLiteral("Env-Secret-2"));
            },
            {}},
        EnvCase {"no_password",
            {{QStringLiteral("OS_AUTH_URL"), QStringLiteral("https://keystone.env:5000/v3")},
                {QStringLiteral("OS_USERNAME"), QStringLiteral("envuser")},
                {QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("envproject")}},
            true, [](const ImportedCloud& c) { EXPECT_TRUE(c.needsSecret()); }, {}},
        EnvCase {"no_auth_url",
            {{QStringLiteral("OS_USERNAME"), QStringLiteral("envuser")},
                {QStringLiteral("OS_PASSWORD"), QStringLiteral("Env-Secret-3")},
                {QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("p")}},
            false, {}, QStringLiteral("OS_* environment variables: cloud 'envvars' has no auth.auth_url")},
        EnvCase {"nothing_set", {{QStringLiteral("OS_REGION_NAME"), QStringLiteral("RegionOne")}}, false, {}, {}}),
    [](const ::testing::TestParamInfo<EnvCase>& info) { return std::string(info.param.label); });

TEST(CloudsYamlEnv, EnvironmentCloudIsAddedToTheFileClouds)
{
    CloudsYaml::Environment environment;
    environment.currentDir = QStringLiteral(CLOUDSYAML_FIXTURES "/password");
    environment.variables.insert(QStringLiteral("OS_AUTH_URL"), QStringLiteral("https://keystone.env:5000/v3"));
    environment.variables.insert(QStringLiteral("OS_USERNAME"), QStringLiteral("envuser"));
    environment.variables.insert(QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("envproject"));
    auto loaded = CloudsYaml::load({}, environment);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    ASSERT_EQ(loaded->clouds.size(), 2);
    EXPECT_EQ(loaded->clouds.at(0).account.name, QStringLiteral("prod"));
    EXPECT_EQ(loaded->clouds.at(1).account.name, QStringLiteral("envvars"));

    // An explicit file means just that file.
    auto only = CloudsYaml::load(fixture("password"), environment);
    ASSERT_TRUE(only);
    EXPECT_EQ(only->clouds.size(), 1);
}

TEST(CloudsYamlParse, WrongTypesAreReportedPerKey)
{
    const QByteArray yaml = "clouds:\n"
                            "  odd:\n"
                            "    auth:\n"
                            "      auth_url: [https://a, https://b]\n"
                            "      username: u\n"
                            "      password: p\n"
                            "      project_name: p\n"
                            "    verify: maybe-not\n"
                            "  notamap: just a string\n";
    auto parsed = CloudsYaml::parse(yaml, QStringLiteral("/tmp/t/clouds.yaml"));
    ASSERT_TRUE(parsed);
    EXPECT_TRUE(parsed->clouds.isEmpty());
    EXPECT_TRUE(anyContains(parsed->problems,
        QStringLiteral("clouds.yaml line 4: cloud 'odd': auth.auth_url must be a "
                       "single value")))
        << parsed->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(anyContains(parsed->problems, QStringLiteral("cloud 'notamap' must be a map")));
}

TEST(CloudsYamlParse, BadUrlAndKeystoneV2AreRefused)
{
    const QByteArray yaml = "clouds:\n"
                            "  ftp:\n"
                            "    auth: {auth_url: 'ftp://x/v3', username: u, password: p, project_name: p}\n"
                            "  v2:\n"
                            "    identity_api_version: 2\n"
                            "    auth: {auth_url: 'https://x:5000/v2.0', username: u, password: p, project_name: p}\n";
    auto parsed = CloudsYaml::parse(yaml, QStringLiteral("c.yaml"));
    ASSERT_TRUE(parsed);
    EXPECT_TRUE(parsed->clouds.isEmpty());
    EXPECT_TRUE(anyContains(parsed->problems, QStringLiteral("is not an http:// or https:// URL")));
    EXPECT_TRUE(anyContains(parsed->problems, QStringLiteral("Keystone v3 only")));
}

} // namespace
} // namespace ct::openstack
