#include "cloud/cloudmonkey/cloudmonkeyconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

namespace ct::cloudmonkey {
namespace {

const ImportedProfile* findProfile(const CloudMonkeyImport& result, const QString& name)
{
    for (const ImportedProfile& profile : result.profiles) {
        if (profile.account.name == name)
            return &profile;
    }
    return nullptr;
}

bool anyContains(const QStringList& list, const QString& needle)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString& s) { return s.contains(needle); });
}

QString joined(const QStringList& list) { return list.join(QLatin1Char('\n')); }

// --- one config file per case ------------------------------------------------------------------------------

struct ConfigCase
{
    const char* name;
    QByteArray contents;
    int profiles; ///< how many profiles can be imported
    const char* profile; ///< checked by `check` (nullptr: none)
    std::function<void(const ImportedProfile&)> check;
    QStringList problems; ///< substrings, each must occur in some problem
    const char* error = nullptr; ///< substring of the load error; the load must fail
};

void PrintTo(const ConfigCase& c, std::ostream* os) { *os << c.name; }

class CloudMonkeyFile : public ::testing::TestWithParam<ConfigCase>
{
};

TEST_P(CloudMonkeyFile, Imports)
{
    const ConfigCase& c = GetParam();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(c.contents);
    file.close();

    auto loaded = CloudMonkeyConfig::load(path);
    if (c.error) {
        ASSERT_FALSE(loaded);
        EXPECT_TRUE(loaded.error().message.contains(QString::fromUtf8(c.error)))
            << loaded.error().message.toStdString();
        EXPECT_TRUE(loaded.error().message.contains(QDir::toNativeSeparators(path)))
            << loaded.error().message.toStdString();
        return;
    }
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->file, path);
    EXPECT_EQ(loaded->profiles.size(), c.profiles) << joined(loaded->problems).toStdString();
    for (const QString& problem : c.problems) {
        EXPECT_TRUE(anyContains(loaded->problems, problem))
            << "no problem mentions \"" << problem.toStdString() << "\"; got:\n"
            << joined(loaded->problems).toStdString();
    }
    // Every problem names the file.
    for (const QString& problem : loaded->problems) {
        EXPECT_TRUE(problem.contains(QDir::toNativeSeparators(path))) << problem.toStdString();
    }
    if (c.problems.isEmpty()) {
        EXPECT_TRUE(loaded->problems.isEmpty()) << joined(loaded->problems).toStdString();
    }
    // No secret ever shows in a message or note.
    for (const ImportedProfile& profile : loaded->profiles) {
        EXPECT_EQ(profile.account.kind, CloudKind::CloudStack);
        EXPECT_FALSE(profile.secret.isEmpty());
        const QString secret = QString::fromUtf8(profile.secret);
        EXPECT_FALSE(anyContains(loaded->problems, secret));
        EXPECT_FALSE(anyContains(profile.notes, secret));
        EXPECT_FALSE(profile.account.settingsJson().contains(QStringLiteral("secretkey")));
        const QJsonObject settings = profile.account.settingsJson();
        for (auto it = settings.begin(); it != settings.end(); ++it) {
            EXPECT_NE(it.value().toString(), secret) << it.key().toStdString();
        }
    }
    if (c.profile) {
        const ImportedProfile* profile = findProfile(loaded.value(), QLatin1String(c.profile));
        ASSERT_NE(profile, nullptr) << c.profile;
        c.check(*profile);
    }
}

const QByteArray kCmk6 = R"(prompt       = 🐵
asyncblock   = true
timeout      = 1800
output       = json
verifycert   = true
profile      = prod
autocomplete = true

[prod]
url       = https://cloud.example.com/client/api
username  = admin
password  = password
domain    = /
apikey    = AKEY-prod_123
secretkey = S3cr3t/Key+with=signs%and,comma;x

[lab]
url       = http://10.0.0.5:8080/client/api
username  = alice
password  = p;a,s%s=word#1
domain    = /eng
apikey    =
secretkey =
)";

INSTANTIATE_TEST_SUITE_P(Cases, CloudMonkeyFile,
    ::testing::Values(ConfigCase {"cmk6_keys_and_login", kCmk6, 2, "prod",
                          [](const ImportedProfile& p) {
                              EXPECT_EQ(p.account.apiUrl, QStringLiteral("https://cloud.example.com/client/api"));
                              EXPECT_EQ(p.account.apiKey, QStringLiteral("AKEY-prod_123"));
                              EXPECT_TRUE(p.usesApiKey());
                              // The value is kept exactly: no %-escapes, no list at the comma, no comment at the ';'.
                              EXPECT_EQ(p.secret, QByteArray("S3cr3t/Key+with=signs%and,comma;x"));
                              EXPECT_FALSE(p.account.insecure);
                              EXPECT_TRUE(p.notes.isEmpty()) << joined(p.notes).toStdString();
                          },
                          {}},
        ConfigCase {"cmk6_login_profile", kCmk6, 2, "lab",
            [](const ImportedProfile& p) {
                EXPECT_FALSE(p.usesApiKey());
                EXPECT_EQ(p.account.userName, QStringLiteral("alice"));
                EXPECT_EQ(p.account.domain, QStringLiteral("/eng"));
                EXPECT_EQ(p.secret, QByteArray("p;a,s%s=word#1"));
                EXPECT_TRUE(anyContains(p.notes, QStringLiteral("plain http")));
            },
            {}},
        ConfigCase {"cloudmonkey5_core_section",
            "[core]\nprofile = local\nasyncblock = true\n\n[ui]\ncolor = true\nprompt = > \n\n"
            "[local]\nurl = https://cs.example.org/client/api\ntimeout = 3600\nexpires = 600\n"
            "username = admin\npassword = password\ndomain = /\napikey = K1\nsecretkey = S1\n"
            "verifysslcert = false\nsignatureversion = 3\n",
            1, "local",
            [](const ImportedProfile& p) {
                EXPECT_EQ(p.account.apiKey, QStringLiteral("K1"));
                EXPECT_EQ(p.secret, QByteArray("S1"));
                EXPECT_TRUE(p.account.insecure);
                EXPECT_TRUE(anyContains(p.notes, QStringLiteral("certificate checks turned off")));
            },
            {}},
        ConfigCase {"global_verifycert_false_and_quotes",
            "; comment\n# another\nverifycert = false\n[q]\nurl: \"https://q.example/client/api\"\n"
            "apikey = `k`\r\nsecretkey = \"\"\"s e\"\"\"\n",
            1, "q",
            [](const ImportedProfile& p) {
                EXPECT_EQ(p.account.apiUrl, QStringLiteral("https://q.example/client/api"));
                EXPECT_EQ(p.account.apiKey, QStringLiteral("k"));
                EXPECT_EQ(p.secret, QByteArray("s e"));
                EXPECT_TRUE(p.account.insecure);
            },
            {}},
        ConfigCase {"profile_override_and_duplicate_section",
            "verifycert = false\n[a]\nurl = https://a.example/client/api\napikey = old\n[b]\n"
            "url = https://b.example/client/api\napikey = kb\nsecretkey = sb\nverifycert = true\n"
            "[a]\napikey = new\nsecretkey = sa\n",
            2, "a",
            [](const ImportedProfile& p) {
                EXPECT_EQ(p.account.apiKey, QStringLiteral("new"));
                EXPECT_TRUE(p.account.insecure);
            },
            {}},
        ConfigCase {"one_key_falls_back_to_login",
            "[m]\nurl = https://m.example/client/api\napikey = only\nusername = u\npassword = pw\n", 1, "m",
            [](const ImportedProfile& p) {
                EXPECT_FALSE(p.usesApiKey());
                EXPECT_EQ(p.account.userName, QStringLiteral("u"));
                EXPECT_TRUE(anyContains(p.notes, QStringLiteral("only one of apikey and secretkey")));
            },
            {}},
        ConfigCase {"profile_problems",
            "[nourl]\napikey = k\nsecretkey = sEcReT-77\n"
            "[badurl]\nurl = ftp://x.example/client/api\napikey = k\nsecretkey = sEcReT-77\n"
            "[nocreds]\nurl = https://n.example/client/api\n"
            "[nosecret]\nurl = https://n.example/client/api\napikey = k\n"
            "[noapikey]\nurl = https://n.example/client/api\nsecretkey = sEcReT-77\n"
            "[nopassword]\nurl = https://n.example/client/api\nusername = bob\n"
            "[ok]\nurl = https://ok.example/client/api\napikey = k\nsecretkey = sEcReT-77\n",
            1, "ok", [](const ImportedProfile&) {},
            {QStringLiteral("line 1: profile [nourl] has no url"),
                QStringLiteral("line 5: profile [badurl]: url \u201cftp://x.example/client/api\u201d is not an http"),
                QStringLiteral("profile [nocreds] has neither apikey and secretkey nor username and password"),
                QStringLiteral("line 12: profile [nosecret] has an apikey but no secretkey"),
                QStringLiteral("profile [noapikey] has a secretkey but no apikey"),
                QStringLiteral("line 18: profile [nopassword] has a username but no password")}},
        ConfigCase {"bad_global_verifycert",
            "verifycert = maybe\n[a]\nurl = https://a.example/\napikey = k\n"
            "secretkey = sEcReT-77\n",
            1, "a", [](const ImportedProfile& p) { EXPECT_FALSE(p.account.insecure); },
            {QStringLiteral("line 1: verifycert must be true or false")}},
        ConfigCase {"empty_file", "", 0, nullptr, {}, {}, "has no CloudMonkey profile"},
        ConfigCase {"only_settings", "[core]\nprofile = x\n[ui]\ncolor = true\n", 0, nullptr, {}, {},
            "has no CloudMonkey profile"},
        ConfigCase {"not_key_value", "[a]\nurl = https://a.example/\nthis-is-a-stray-secret\n", 0, nullptr, {}, {},
            "line 3 is neither"},
        ConfigCase {"broken_header", "[a\nurl = https://a.example/\n", 0, nullptr, {}, {},
            "line 1: \u201c[a\u201d is not a section header"},
        ConfigCase {"binary",
            QByteArray("\x7f"
                       "ELF\0\0\0",
                7),
            0, nullptr, {}, {}, "is not a text file"}));

TEST(CloudMonkeyConfig, StrayLineIsNotQuoted)
{
    auto parsed = CloudMonkeyConfig::parse("[a]\nhunter2-secret\n", QStringLiteral("cfg"));
    ASSERT_FALSE(parsed);
    EXPECT_FALSE(parsed.error().message.contains(QStringLiteral("hunter2")));
}

TEST(CloudMonkeyConfig, ActiveProfileAndNamesInFileOrder)
{
    auto parsed = CloudMonkeyConfig::parse(kCmk6, QStringLiteral("cfg"));
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->activeProfile, QStringLiteral("prod"));
    EXPECT_EQ(parsed->profileNames, (QStringList {QStringLiteral("prod"), QStringLiteral("lab")}));
    EXPECT_EQ(parsed->profiles.at(0).source, QStringLiteral("cfg, profile prod"));
}

TEST(CloudMonkeyConfig, MissingFileAndFolder)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nope/config"));
    auto notThere = CloudMonkeyConfig::load(missing);
    ASSERT_FALSE(notThere);
    EXPECT_EQ(notThere.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(notThere.error().message.contains(QDir::toNativeSeparators(missing)));
    EXPECT_TRUE(notThere.error().message.contains(QStringLiteral("does not exist")));

    auto folder = CloudMonkeyConfig::load(dir.path());
    ASSERT_FALSE(folder);
    EXPECT_TRUE(folder.error().message.contains(QStringLiteral("is a folder")));
}

TEST(CloudMonkeyConfig, UnreadableFile)
{
    QTemporaryDir dir;
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QFile file(locked);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[a]\nurl = https://a.example/\n");
    file.close();
    file.setPermissions(QFileDevice::WriteOwner);
    if (QFile(locked).open(QIODevice::ReadOnly))
        GTEST_SKIP() << "running as root: permissions are not enforced";
    auto unreadable = CloudMonkeyConfig::load(locked);
    ASSERT_FALSE(unreadable);
    EXPECT_EQ(unreadable.error().code, ErrorCode::Io);
    EXPECT_TRUE(unreadable.error().message.contains(QStringLiteral("Cannot read the CloudMonkey config file")));
}

TEST(CloudMonkeyConfig, DefaultPathIsCmkConfigInHome)
{
    EXPECT_EQ(CloudMonkeyConfig::defaultPath(), QDir::home().filePath(QStringLiteral(".cmk/config")));
}

} // namespace
} // namespace ct::cloudmonkey
