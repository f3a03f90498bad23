// Runs the real cloudtwinctl executable, as a user or a script would.
#include "auth/accountservice.h"
#include "secrets/usersecrets.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>

namespace ct {
namespace {

const QByteArray kPassword = "tulip-Ocean-meteor-42";
const QByteArray kNewPassword = "quasar-Harbor-lantern-77";

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class Ctl : public ::testing::Test
{
protected:
    CtlRun ctl(const QStringList& arguments, const QByteArray& input = {}, bool withDataDir = true)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLOUDTWIN_KEYCHAIN"), m_keychain);
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        QStringList all;
        if (withDataDir)
            all << QStringLiteral("--data-dir") << m_dir.path();
        all << arguments;
        process.start(QStringLiteral(CLOUDTWINCTL_PATH), all);
        EXPECT_TRUE(process.waitForStarted(10000));
        process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

    void addAndLogIn(const QString& name)
    {
        ASSERT_EQ(ctl({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--password-stdin")},
                      kPassword + '\n')
                      .exitCode,
            0);
        ASSERT_EQ(
            ctl({QStringLiteral("login"), name, QStringLiteral("--password-stdin")}, kPassword + '\n').exitCode, 0);
    }

    QTemporaryDir m_dir;
    QString m_keychain = QStringLiteral("off");
};

TEST_F(Ctl, HelpVersionAndUsageErrors)
{
    auto help = ctl({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Exit codes: 0 success, 1 the command failed, 2 the command line")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("user add NAME")));

    auto version = ctl({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("cloudtwinctl 0.")));

    auto json = ctl({QStringLiteral("--json"), QStringLiteral("--version")});
    EXPECT_EQ(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("version")).toString(),
        QStringLiteral(CLOUDTWIN_VERSION));

    EXPECT_EQ(ctl({}).exitCode, 2);
    auto unknown = ctl({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
    auto badOption = ctl({QStringLiteral("whoami"), QStringLiteral("--pasword-stdin")});
    EXPECT_EQ(badOption.exitCode, 2);
    EXPECT_TRUE(badOption.err.contains(QStringLiteral("pasword-stdin")));
    auto missing = ctl({QStringLiteral("login")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("usage: cloudtwinctl login NAME")));
}

TEST_F(Ctl, PasswordIsNeverTakenFromTheCommandLine)
{
    // An extra argument is a usage error, not a password.
    auto run
        = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QString::fromLatin1(kPassword)});
    EXPECT_EQ(run.exitCode, 2);
    // Without a terminal and without --password-stdin there is nowhere to read it from.
    auto noTty = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice")}, kPassword + '\n');
    EXPECT_EQ(noTty.exitCode, 1);
    EXPECT_TRUE(noTty.err.contains(QStringLiteral("--password-stdin")));
}

TEST_F(Ctl, SignUpLogInWhoamiLogOut)
{
    auto added = ctl(
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
        kPassword + '\n');
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.err.contains(QStringLiteral("User alice created")));

    auto notYet = ctl({QStringLiteral("whoami")});
    EXPECT_EQ(notYet.exitCode, 1);
    EXPECT_TRUE(notYet.err.contains(QStringLiteral("not logged in — run: cloudtwinctl login NAME")))
        << notYet.err.toStdString();

    auto login
        = ctl({QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")}, kPassword + '\n');
    ASSERT_EQ(login.exitCode, 0) << login.err.toStdString();

    auto who = ctl({QStringLiteral("--json"), QStringLiteral("whoami")});
    ASSERT_EQ(who.exitCode, 0) << who.err.toStdString();
    const QJsonObject object = QJsonDocument::fromJson(who.out.toUtf8()).object();
    EXPECT_EQ(object.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
    EXPECT_EQ(object.value(QStringLiteral("secret_backend")).toString(), QStringLiteral("encrypted-file"));
    EXPECT_TRUE(who.err.isEmpty()) << who.err.toStdString();

    auto human = ctl({QStringLiteral("whoami")});
    EXPECT_TRUE(human.out.contains(QStringLiteral("Secrets:  encrypted file"))) << human.out.toStdString();

    ASSERT_EQ(ctl({QStringLiteral("logout")}).exitCode, 0);
    EXPECT_EQ(ctl({QStringLiteral("whoami")}).exitCode, 1);
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("cli-session.json"))));
}

TEST_F(Ctl, EmptyAndDuplicateNamesAndWrongPasswords)
{
    auto bad = ctl(
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("A b"), QStringLiteral("--password-stdin")},
        kPassword + '\n');
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("lower-case")));

    auto weak = ctl(
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
        "password1\n");
    EXPECT_EQ(weak.exitCode, 1);
    EXPECT_TRUE(weak.err.contains(QStringLiteral("too weak"))) << weak.err.toStdString();

    addAndLogIn(QStringLiteral("alice"));
    auto again = ctl(
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
        kNewPassword + '\n');
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("taken")));

    auto wrong = ctl(
        {QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")}, kNewPassword + '\n');
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("Wrong user name or password")));
    auto noInput = ctl({QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")});
    EXPECT_EQ(noInput.exitCode, 1);
    EXPECT_TRUE(noInput.err.contains(QStringLiteral("standard input ended")));
}

TEST_F(Ctl, ChangePasswordThenDeleteAccount)
{
    addAndLogIn(QStringLiteral("alice"));
    auto wrongCurrent = ctl({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--password-stdin")},
        kNewPassword + '\n' + kNewPassword + '\n');
    EXPECT_EQ(wrongCurrent.exitCode, 1);
    auto changed = ctl({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--password-stdin")},
        kPassword + '\n' + kNewPassword + '\n');
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_EQ(
        ctl({QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")}, kPassword + '\n')
            .exitCode,
        1);
    ASSERT_EQ(
        ctl({QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")}, kNewPassword + '\n')
            .exitCode,
        0);

    auto refused
        = ctl({QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("--password-stdin")}, kPassword + '\n');
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("not deleted")));
    auto deleted = ctl({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("delete"),
                           QStringLiteral("--password-stdin")},
        kNewPassword + '\n');
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(deleted.out.toUtf8()).object().value(QStringLiteral("deleted")).toString(),
        QStringLiteral("alice"));
    EXPECT_EQ(ctl({QStringLiteral("whoami")}).exitCode, 1);
    EXPECT_EQ(
        ctl({QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")}, kNewPassword + '\n')
            .exitCode,
        1);
    EXPECT_TRUE(QDir(m_dir.filePath(QStringLiteral("secrets"))).isEmpty());
}

TEST_F(Ctl, BadDataFoldersAndDatabases)
{
    QFile blocker(m_dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto fileInTheWay = ctl({QStringLiteral("--data-dir"), blocker.fileName(), QStringLiteral("whoami")}, {}, false);
    EXPECT_EQ(fileInTheWay.exitCode, 1);
    EXPECT_TRUE(fileInTheWay.err.contains(QStringLiteral("is a file, not a folder")));

    auto unwritable
        = ctl({QStringLiteral("--data-dir"), QStringLiteral("/proc/ct"), QStringLiteral("whoami")}, {}, false);
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains(QStringLiteral("/proc/ct")));

    auto badUrl = ctl({QStringLiteral("--database"), QStringLiteral("oracle://x@y/z"), QStringLiteral("whoami")});
    EXPECT_EQ(badUrl.exitCode, 1);
    EXPECT_TRUE(badUrl.err.contains(QStringLiteral("Unknown database type")));

    auto unreachable = ctl({QStringLiteral("--database"), QStringLiteral("postgresql://ct:pw@127.0.0.1:1/ct"),
                               QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
        kPassword + '\n');
    EXPECT_EQ(unreachable.exitCode, 1);
    EXPECT_TRUE(unreachable.err.contains(QStringLiteral("Cannot connect to the database server")));
    EXPECT_FALSE(unreachable.err.contains(QStringLiteral(":pw@")));

    QFile corrupt(m_dir.filePath(QStringLiteral("cloudtwin.sqlite3")));
    ASSERT_TRUE(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("this is not a database, but somebody's notes\n");
    corrupt.close();
    auto damaged
        = ctl({QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")}, kPassword + '\n');
    EXPECT_EQ(damaged.exitCode, 1);
    EXPECT_TRUE(damaged.err.contains(QStringLiteral("untouched"))) << damaged.err.toStdString();
    ASSERT_TRUE(corrupt.open(QIODevice::ReadOnly));
    EXPECT_EQ(corrupt.readAll(), QByteArrayLiteral("this is not a database, but somebody's notes\n"));
}

TEST_F(Ctl, NoSecretEverReachesTheDataFolder)
{
    addAndLogIn(QStringLiteral("alice"));
    const QByteArray cloudSecret = "Cloud-API-Secret-8f3a9c";
    {
        // Store a secret the way the app does, through core, in this data folder.
        auto db = Database::open(DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("cloudtwin.sqlite3"))));
        ASSERT_TRUE(db);
        AccountService accounts(*db.value(),
            {m_dir.filePath(QStringLiteral("secrets")), crypto::KdfCost::interactive(), nullptr,
                m_dir.filePath(QStringLiteral("locks"))});
        auto user = accounts.logIn(QStringLiteral("alice"), QString::fromLatin1(kPassword));
        ASSERT_TRUE(user);
        qputenv("CLOUDTWIN_KEYCHAIN", "off");
        UserSecrets secrets(user.value(), accounts.vaultPath(user->id));
        auto detected = secrets.detectBackend();
        ASSERT_TRUE(QTest::qWaitFor([&] { return detected.isFinished(); }, 10000));
        auto written = secrets.write(QStringLiteral("cloud/1/password"), cloudSecret);
        ASSERT_TRUE(QTest::qWaitFor([&] { return written.isFinished(); }, 10000));
        ASSERT_TRUE(written.result());
        qunsetenv("CLOUDTWIN_KEYCHAIN");
    }
    ASSERT_EQ(ctl({QStringLiteral("whoami")}).exitCode, 0);
    // A failed login with a mistyped password must not log what was typed either.
    ctl({QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
        "Typo-" + kPassword + '\n');
    ASSERT_EQ(ctl({QStringLiteral("logout")}).exitCode, 0);

    const QList<QByteArray> needles {
        kPassword, cloudSecret, kPassword.toBase64(), cloudSecret.toBase64(), kPassword.toHex(), cloudSecret.toHex()};
    int files = 0;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QByteArray& needle : needles) {
            EXPECT_FALSE(bytes.contains(needle)) << file.fileName().toStdString() << " contains " << needle.constData();
            EXPECT_FALSE(bytes.contains(QString::fromLatin1(needle).toUtf8())) << file.fileName().toStdString();
        }
        const QByteArray utf16(
            reinterpret_cast<const char*>(QString::fromLatin1(kPassword).utf16()), kPassword.size() * 2);
        EXPECT_FALSE(bytes.contains(utf16)) << file.fileName().toStdString();
    }
    EXPECT_GE(files, 3); // database, vault, log at least
}

// --- clouds and VMs ------------------------------------------------------------------------------------------

const QByteArray kCloudSecret = "Cloud-Password-c41f0e";

/// cloudtwin-sandbox as a child process on a free port, with the demo servers.
class SandboxProcess
{
public:
    bool start(const QString& stateDir)
    {
        m_process.start(QStringLiteral(CLOUDTWIN_SANDBOX_PATH),
            {QStringLiteral("--state"), stateDir, QStringLiteral("--seed"), QStringLiteral("--action-delay-ms"),
                QStringLiteral("100"), QStringLiteral("--build-delay-ms"), QStringLiteral("100")});
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains('\n') && timer.elapsed() < 15000) {
            m_process.waitForReadyRead(500);
            out += m_process.readAllStandardOutput();
        }
        const QByteArray prefix = "CLOUDTWIN_SANDBOX_URL=";
        const qsizetype at = out.indexOf(prefix);
        if (at < 0)
            return false;
        m_identityUrl = QString::fromUtf8(out.mid(at + prefix.size()).split('\n').first()).trimmed();
        return true;
    }
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    const QString& identityUrl() const { return m_identityUrl; }

private:
    QProcess m_process;
    QString m_identityUrl;
};

QStringList addArgs(const QString& name, const QString& url)
{
    return {QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("openstack"), name,
        QStringLiteral("--auth-url"), url, QStringLiteral("--username"), QStringLiteral("demo"),
        QStringLiteral("--project"), QStringLiteral("demo"), QStringLiteral("--password-stdin")};
}

QJsonArray jsonArray(const CtlRun& run) { return QJsonDocument::fromJson(run.out.toUtf8()).array(); }

struct UsageCase
{
    const char* label;
    QStringList arguments;
    const char* message; ///< substring of stderr
};

void PrintTo(const UsageCase& c, std::ostream* os) { *os << c.label; }

class CtlUsage : public Ctl, public ::testing::WithParamInterface<UsageCase>
{
};

TEST_P(CtlUsage, ExitsTwoWithAMessage)
{
    // No user is signed in: command-line problems are reported before anything else is looked at.
    auto run = ctl(GetParam().arguments, kCloudSecret + '\n');
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String(GetParam().message))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
}

INSTANTIATE_TEST_SUITE_P(CloudAndVm, CtlUsage,
    ::testing::Values(UsageCase {"cloud_without_subcommand", {QStringLiteral("cloud")}, "cloud needs a subcommand"},
        UsageCase {
            "cloud_unknown", {QStringLiteral("cloud"), QStringLiteral("frob")}, "unknown command \"cloud frob\""},
        UsageCase {"add_without_name", {QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("openstack")},
            "usage: cloudtwinctl cloud add openstack NAME"},
        UsageCase {"add_without_auth_url",
            {QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("openstack"), QStringLiteral("x"),
                QStringLiteral("--username"), QStringLiteral("u"), QStringLiteral("--project"), QStringLiteral("p")},
            "needs --auth-url URL"},
        UsageCase {"add_without_username",
            {QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("openstack"), QStringLiteral("x"),
                QStringLiteral("--auth-url"), QStringLiteral("https://k.example/v3"), QStringLiteral("--project"),
                QStringLiteral("p")},
            "needs --username USER"},
        UsageCase {"add_without_project",
            {QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("openstack"), QStringLiteral("x"),
                QStringLiteral("--auth-url"), QStringLiteral("https://k.example/v3"), QStringLiteral("--username"),
                QStringLiteral("u")},
            "needs --project PROJECT"},
        UsageCase {"add_unknown_kind",
            {QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("azure"), QStringLiteral("x")},
            "supports \"openstack\" and \"cloudstack\", not \"azure\""},
        UsageCase {"cloudstack_without_url",
            {QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("cloudstack"), QStringLiteral("x"),
                QStringLiteral("--api-key"), QStringLiteral("k")},
            "cloud add cloudstack needs --url URL"},
        UsageCase {"cloudstack_without_credentials",
            {QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("cloudstack"), QStringLiteral("x"),
                QStringLiteral("--url"), QStringLiteral("https://cs.example/client/api")},
            "needs --api-key KEY"},
        UsageCase {"cloudstack_key_and_username",
            {QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("cloudstack"), QStringLiteral("x"),
                QStringLiteral("--url"), QStringLiteral("https://cs.example/client/api"), QStringLiteral("--api-key"),
                QStringLiteral("k"), QStringLiteral("--username"), QStringLiteral("u")},
            "--api-key and --username are two ways to sign in"},
        UsageCase {"cloudstack_with_openstack_option",
            {QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("cloudstack"), QStringLiteral("x"),
                QStringLiteral("--url"), QStringLiteral("https://cs.example/client/api"), QStringLiteral("--api-key"),
                QStringLiteral("k"), QStringLiteral("--project"), QStringLiteral("p")},
            "--project does not apply to \"cloud add\""},
        UsageCase {"openstack_with_cloudstack_option",
            {QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("openstack"), QStringLiteral("x"),
                QStringLiteral("--auth-url"), QStringLiteral("https://k.example/v3"), QStringLiteral("--api-key"),
                QStringLiteral("k")},
            "--api-key does not apply to \"cloud add\""},
        UsageCase {"cloudmonkey_with_clouds_yaml",
            {QStringLiteral("cloud"), QStringLiteral("import-cloudmonkey"), QStringLiteral("--clouds-yaml"),
                QStringLiteral("x")},
            "--clouds-yaml does not apply to \"cloud import-cloudmonkey\""},
        UsageCase {"cloudmonkey_extra_argument",
            {QStringLiteral("cloud"), QStringLiteral("import-cloudmonkey"), QStringLiteral("prod")},
            "usage: cloudtwinctl cloud import-cloudmonkey"},
        UsageCase {"appcred_with_project",
            {QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("openstack"), QStringLiteral("x"),
                QStringLiteral("--auth-url"), QStringLiteral("https://k.example/v3"),
                QStringLiteral("--application-credential-id"), QStringLiteral("id"), QStringLiteral("--project"),
                QStringLiteral("p")},
            "--project cannot be used with --application-credential-id"},
        UsageCase {"insecure_and_cacert",
            {QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("openstack"), QStringLiteral("x"),
                QStringLiteral("--auth-url"), QStringLiteral("https://k.example/v3"), QStringLiteral("--username"),
                QStringLiteral("u"), QStringLiteral("--project"), QStringLiteral("p"), QStringLiteral("--insecure"),
                QStringLiteral("--cacert"), QStringLiteral("/etc/hosts")},
            "--insecure and --cacert"},
        UsageCase {"option_of_another_command",
            {QStringLiteral("cloud"), QStringLiteral("list"), QStringLiteral("--auth-url"), QStringLiteral("x")},
            "--auth-url does not apply to \"cloud list\""},
        UsageCase {"cloud_option_on_whoami", {QStringLiteral("whoami"), QStringLiteral("--cloud"), QStringLiteral("x")},
            "--cloud does not apply to \"whoami\""},
        UsageCase {"test_without_name", {QStringLiteral("cloud"), QStringLiteral("test")},
            "usage: cloudtwinctl cloud test NAME"},
        UsageCase {"remove_two_names",
            {QStringLiteral("cloud"), QStringLiteral("remove"), QStringLiteral("a"), QStringLiteral("b")},
            "too many arguments"},
        UsageCase {"vm_without_subcommand", {QStringLiteral("vm")}, "vm needs a subcommand"},
        UsageCase {
            "vm_show_without_id", {QStringLiteral("vm"), QStringLiteral("show")}, "usage: cloudtwinctl vm show ID"},
        UsageCase {"vm_hard_stop",
            {QStringLiteral("vm"), QStringLiteral("stop"), QStringLiteral("x"), QStringLiteral("--hard")},
            "--hard does not apply to \"vm stop\""},
        UsageCase {"vm_delete_without_yes_and_terminal",
            {QStringLiteral("vm"), QStringLiteral("delete"), QStringLiteral("x")}, "vm delete needs --yes"}),
    [](const ::testing::TestParamInfo<UsageCase>& info) { return std::string(info.param.label); });

TEST_F(Ctl, HelpListsCloudAndVmCommands)
{
    auto help = ctl({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* text : {"cloud add openstack NAME", "cloud import-openstack", "cloud add cloudstack NAME",
             "cloud import-cloudmonkey", "--secret-key-stdin", "cloud list", "cloud test NAME", "cloud remove NAME",
             "vm list", "vm show ID", "vm delete ID"})
        EXPECT_TRUE(help.out.contains(QLatin1String(text))) << text;
}

TEST_F(Ctl, CloudAddListRemoveRoundTripKeepsSecretsOutOfTheDataFolder)
{
    const QStringList add = addArgs(QStringLiteral("prod"), QStringLiteral("https://keystone.invalid:5000/v3"));
    auto notLoggedIn = ctl(add, kCloudSecret + '\n');
    EXPECT_EQ(notLoggedIn.exitCode, 1);
    EXPECT_TRUE(notLoggedIn.err.contains(QStringLiteral("not logged in")));

    addAndLogIn(QStringLiteral("alice"));
    auto noSecret = ctl(QStringList(add.mid(0, add.size() - 1)), kCloudSecret + '\n');
    EXPECT_EQ(noSecret.exitCode, 1);
    EXPECT_TRUE(noSecret.err.contains(QStringLiteral("--password-stdin"))) << noSecret.err.toStdString();
    auto badUrl = ctl(addArgs(QStringLiteral("prod"), QStringLiteral("keystone:5000")), kCloudSecret + '\n');
    EXPECT_EQ(badUrl.exitCode, 1);
    EXPECT_TRUE(badUrl.err.contains(QStringLiteral("is not an http:// or https:// address")));
    auto badCa = ctl(QStringList(add) << QStringLiteral("--cacert") << m_dir.filePath(QStringLiteral("nope.pem")),
        kCloudSecret + '\n');
    EXPECT_EQ(badCa.exitCode, 1);
    EXPECT_TRUE(badCa.err.contains(QStringLiteral("nope.pem"))) << badCa.err.toStdString();

    auto added
        = ctl(QStringList(add) << QStringLiteral("--region") << QStringLiteral("RegionOne"), kCloudSecret + '\n');
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.err.contains(QStringLiteral("Cloud prod added")));
    auto again = ctl(add, kCloudSecret + '\n');
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists")));

    auto list = ctl({QStringLiteral("--json"), QStringLiteral("cloud"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray clouds = jsonArray(list);
    ASSERT_EQ(clouds.size(), 1);
    const QJsonObject prod = clouds.first().toObject();
    EXPECT_EQ(prod.value(QStringLiteral("name")).toString(), QStringLiteral("prod"));
    EXPECT_EQ(prod.value(QStringLiteral("kind")).toString(), QStringLiteral("openstack"));
    EXPECT_EQ(prod.value(QStringLiteral("auth_url")).toString(), QStringLiteral("https://keystone.invalid:5000/v3"));
    EXPECT_EQ(prod.value(QStringLiteral("project")).toString(), QStringLiteral("demo"));
    EXPECT_EQ(prod.value(QStringLiteral("region")).toString(), QStringLiteral("RegionOne"));
    EXPECT_TRUE(prod.value(QStringLiteral("secret_stored")).toBool());
    auto human = ctl({QStringLiteral("cloud"), QStringLiteral("list")});
    EXPECT_TRUE(human.out.contains(QStringLiteral("prod"))) << human.out.toStdString();
    EXPECT_TRUE(human.out.contains(QStringLiteral("yes")));

    // A cloud that cannot be reached: its error, exit 1, and no secret in the message.
    auto unreachable = ctl({QStringLiteral("--json"), QStringLiteral("vm"), QStringLiteral("list")});
    EXPECT_EQ(unreachable.exitCode, 1);
    EXPECT_TRUE(unreachable.err.contains(QStringLiteral("prod"))) << unreachable.err.toStdString();
    EXPECT_FALSE(unreachable.err.contains(QString::fromLatin1(kCloudSecret)));
    EXPECT_TRUE(jsonArray(unreachable).isEmpty());

    auto removed = ctl({QStringLiteral("cloud"), QStringLiteral("remove"), QStringLiteral("prod")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(jsonArray(ctl({QStringLiteral("--json"), QStringLiteral("cloud"), QStringLiteral("list")})).isEmpty());
    auto gone = ctl({QStringLiteral("cloud"), QStringLiteral("remove"), QStringLiteral("prod")});
    EXPECT_EQ(gone.exitCode, 1);
    EXPECT_TRUE(gone.err.contains(QStringLiteral("There is no cloud named prod")));

    const QList<QByteArray> needles {kCloudSecret, kCloudSecret.toBase64(), kCloudSecret.toHex()};
    int files = 0;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QByteArray& needle : needles)
            EXPECT_FALSE(bytes.contains(needle)) << file.fileName().toStdString() << " contains the cloud secret";
    }
    EXPECT_GE(files, 3);
}

TEST_F(Ctl, ImportFromCloudsYamlReportsProblemsAndMissingPasswords)
{
    addAndLogIn(QStringLiteral("alice"));
    const QString fixtures = QStringLiteral(CLOUDSYAML_FIXTURES);
    auto imported = ctl({QStringLiteral("--json"), QStringLiteral("cloud"), QStringLiteral("import-openstack"),
        QStringLiteral("--clouds-yaml"), fixtures + QStringLiteral("/missing_password/clouds.yaml")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(imported.out.toUtf8()).object();
    const QJsonArray list = result.value(QStringLiteral("imported")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("nopw"));
    EXPECT_TRUE(list.first().toObject().value(QStringLiteral("needs_secret")).toBool());
    auto clouds = jsonArray(ctl({QStringLiteral("--json"), QStringLiteral("cloud"), QStringLiteral("list")}));
    ASSERT_EQ(clouds.size(), 1);
    EXPECT_FALSE(clouds.first().toObject().value(QStringLiteral("secret_stored")).toBool());

    auto skipped = ctl({QStringLiteral("cloud"), QStringLiteral("import-openstack"), QStringLiteral("--clouds-yaml"),
        fixtures + QStringLiteral("/missing_password/clouds.yaml")});
    EXPECT_EQ(skipped.exitCode, 0);
    EXPECT_TRUE(skipped.err.contains(QStringLiteral("Skipped nopw"))) << skipped.err.toStdString();

    auto setPassword = ctl({QStringLiteral("cloud"), QStringLiteral("set-password"), QStringLiteral("nopw"),
                               QStringLiteral("--password-stdin")},
        kCloudSecret + '\n');
    ASSERT_EQ(setPassword.exitCode, 0) << setPassword.err.toStdString();
    clouds = jsonArray(ctl({QStringLiteral("--json"), QStringLiteral("cloud"), QStringLiteral("list")}));
    EXPECT_TRUE(clouds.first().toObject().value(QStringLiteral("secret_stored")).toBool());

    auto partly = ctl({QStringLiteral("cloud"), QStringLiteral("import-openstack"), QStringLiteral("--clouds-yaml"),
        fixtures + QStringLiteral("/missing_auth_url/clouds.yaml")});
    EXPECT_EQ(partly.exitCode, 1);
    EXPECT_TRUE(partly.err.contains(QStringLiteral("clouds.yaml line 9: cloud 'prod' has no auth.auth_url")))
        << partly.err.toStdString();
    EXPECT_TRUE(partly.out.contains(QStringLiteral("Imported good"))) << partly.out.toStdString();
    EXPECT_FALSE(partly.err.contains(QStringLiteral("Fixture-Password")));

    auto malformed = ctl({QStringLiteral("cloud"), QStringLiteral("import-openstack"), QStringLiteral("--clouds-yaml"),
        fixtures + QStringLiteral("/malformed/clouds.yaml")});
    EXPECT_EQ(malformed.exitCode, 1);
    EXPECT_TRUE(malformed.err.contains(QStringLiteral("line 6, column 6: not valid YAML")))
        << malformed.err.toStdString();

    auto missing = ctl({QStringLiteral("cloud"), QStringLiteral("import-openstack"), QStringLiteral("--clouds-yaml"),
        fixtures + QStringLiteral("/password/clouds.yaml"), QStringLiteral("--cloud"), QStringLiteral("nosuch")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("There is no cloud named nosuch")));
}

class CtlSandbox : public Ctl
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sandbox.start(m_sandboxState.path())) << "cloudtwin-sandbox did not start";
        addAndLogIn(QStringLiteral("alice"));
        auto added = ctl(addArgs(QStringLiteral("sandbox-demo"), m_sandbox.identityUrl()), "demo-secret\n");
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }

    QJsonObject server(const QString& name)
    {
        auto show = ctl({QStringLiteral("--json"), QStringLiteral("vm"), QStringLiteral("show"), name});
        EXPECT_EQ(show.exitCode, 0) << show.err.toStdString();
        return QJsonDocument::fromJson(show.out.toUtf8()).object();
    }

    QTemporaryDir m_sandboxState;
    SandboxProcess m_sandbox;
};

TEST_F(CtlSandbox, CloudTestChecksEveryService)
{
    auto tested = ctl(
        {QStringLiteral("--json"), QStringLiteral("cloud"), QStringLiteral("test"), QStringLiteral("sandbox-demo")});
    ASSERT_EQ(tested.exitCode, 0) << tested.err.toStdString() << tested.out.toStdString();
    const QJsonObject result = QJsonDocument::fromJson(tested.out.toUtf8()).object();
    EXPECT_TRUE(result.value(QStringLiteral("ok")).toBool());
    QStringList services;
    for (const QJsonValue& check : result.value(QStringLiteral("services")).toArray()) {
        services << check.toObject().value(QStringLiteral("service")).toString();
        EXPECT_TRUE(check.toObject().value(QStringLiteral("ok")).toBool());
        EXPECT_TRUE(check.toObject().contains(QStringLiteral("ms")));
    }
    EXPECT_TRUE(services.contains(QStringLiteral("identity")));
    EXPECT_TRUE(services.contains(QStringLiteral("compute")));

    auto human = ctl({QStringLiteral("cloud"), QStringLiteral("test"), QStringLiteral("sandbox-demo")});
    EXPECT_EQ(human.exitCode, 0);
    EXPECT_TRUE(human.out.contains(QStringLiteral("identity"))) << human.out.toStdString();
    EXPECT_TRUE(human.out.contains(QStringLiteral(" ms")));

    // Wrong password: the test fails with exit 1.
    auto wrong = ctl(addArgs(QStringLiteral("wrong"), m_sandbox.identityUrl()), "not-the-password\n");
    ASSERT_EQ(wrong.exitCode, 0);
    auto refused = ctl({QStringLiteral("cloud"), QStringLiteral("test"), QStringLiteral("wrong")});
    EXPECT_EQ(refused.exitCode, 1) << refused.out.toStdString();
    EXPECT_FALSE(refused.err.contains(QStringLiteral("not-the-password")));
    EXPECT_FALSE(refused.out.contains(QStringLiteral("not-the-password")));
}

TEST_F(CtlSandbox, VmListJsonShapeAndAFailingCloud)
{
    auto list = ctl({QStringLiteral("--json"), QStringLiteral("vm"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray servers = jsonArray(list);
    ASSERT_EQ(servers.size(), 3); // web-01, db-01, build-box in project demo
    QStringList names;
    for (const QJsonValue& value : servers) {
        const QJsonObject s = value.toObject();
        for (const char* key : {"cloud", "id", "name", "status", "power_state", "vcpus", "ram_mb", "disk_gb", "image",
                 "addresses", "created", "role"})
            EXPECT_TRUE(s.contains(QLatin1String(key))) << key;
        EXPECT_EQ(s.value(QStringLiteral("cloud")).toString(), QStringLiteral("sandbox-demo"));
        EXPECT_EQ(s.value(QStringLiteral("role")).toString(), QStringLiteral("unmanaged"));
        EXPECT_TRUE(s.value(QStringLiteral("addresses")).isArray());
        EXPECT_GT(s.value(QStringLiteral("vcpus")).toInt(), 0);
        EXPECT_GT(s.value(QStringLiteral("ram_mb")).toInt(), 0);
        names << s.value(QStringLiteral("name")).toString();
    }
    names.sort();
    EXPECT_EQ(names, (QStringList {QStringLiteral("build-box"), QStringLiteral("db-01"), QStringLiteral("web-01")}));

    // A second cloud that does not answer: its error on stderr, the sandbox's VMs still listed, exit 1.
    ASSERT_EQ(
        ctl(addArgs(QStringLiteral("dead"), QStringLiteral("http://127.0.0.1:1/identity/v3")), "x\n").exitCode, 0);
    auto partial = ctl({QStringLiteral("--json"), QStringLiteral("vm"), QStringLiteral("list")});
    EXPECT_EQ(partial.exitCode, 1);
    EXPECT_TRUE(partial.err.contains(QStringLiteral("cloud dead could not be listed"))) << partial.err.toStdString();
    EXPECT_EQ(jsonArray(partial).size(), 3);
    auto one = ctl({QStringLiteral("--json"), QStringLiteral("vm"), QStringLiteral("list"), QStringLiteral("--cloud"),
        QStringLiteral("sandbox-demo")});
    EXPECT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_EQ(jsonArray(one).size(), 3);
}

TEST_F(CtlSandbox, StopStartAndDeleteAVm)
{
    ASSERT_EQ(server(QStringLiteral("web-01")).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    auto stopped
        = ctl({QStringLiteral("vm"), QStringLiteral("stop"), QStringLiteral("web-01"), QStringLiteral("--wait")});
    ASSERT_EQ(stopped.exitCode, 0) << stopped.err.toStdString();
    EXPECT_EQ(server(QStringLiteral("web-01")).value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
    const QString id = server(QStringLiteral("web-01")).value(QStringLiteral("id")).toString();
    auto started = ctl({QStringLiteral("vm"), QStringLiteral("start"), id, QStringLiteral("--wait")});
    ASSERT_EQ(started.exitCode, 0) << started.err.toStdString();
    EXPECT_EQ(server(id).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(server(id).value(QStringLiteral("power_state")).toString(), QStringLiteral("running"));

    auto unknown = ctl({QStringLiteral("vm"), QStringLiteral("stop"), QStringLiteral("no-such-vm")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("No VM has the ID or name no-such-vm")));

    auto deleted = ctl({QStringLiteral("vm"), QStringLiteral("delete"), QStringLiteral("build-box"),
        QStringLiteral("--yes"), QStringLiteral("--wait")});
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    const QJsonArray left = jsonArray(ctl({QStringLiteral("--json"), QStringLiteral("vm"), QStringLiteral("list")}));
    EXPECT_EQ(left.size(), 2);
}

// --- CloudStack clouds and CloudMonkey import ----------------------------------------------------------------

const QByteArray kSecretKey = "SecretKey-9d8e7f-CS";
const QByteArray kCsPassword = "CsPassword-5a4b3c";

/// Fails the test when any file in `dir` holds one of `secrets` (plain, base64 or hex).
void expectNoSecretIn(const QString& dir, const QList<QByteArray>& secrets)
{
    int files = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QByteArray& secret : secrets) {
            for (const QByteArray& needle : {secret, secret.toBase64(), secret.toHex()})
                EXPECT_FALSE(bytes.contains(needle)) << file.fileName().toStdString() << " contains a cloud secret";
        }
    }
    EXPECT_GE(files, 3); // database, vault, log at least
}

QJsonObject cloudNamed(const QJsonArray& clouds, const QString& name)
{
    for (const QJsonValue& cloud : clouds) {
        if (cloud.toObject().value(QStringLiteral("name")).toString() == name)
            return cloud.toObject();
    }
    return {};
}

TEST_F(Ctl, CloudStackAddWithKeysOrLoginListSetSecretRemove)
{
    addAndLogIn(QStringLiteral("alice"));
    const QStringList keys {QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("cloudstack"),
        QStringLiteral("cs-keys"), QStringLiteral("--url"), QStringLiteral("https://cs.example/client/api"),
        QStringLiteral("--api-key"), QStringLiteral("AK-cs-keys")};

    auto noSecret = ctl(keys, kSecretKey + '\n');
    EXPECT_EQ(noSecret.exitCode, 1);
    EXPECT_TRUE(noSecret.err.contains(QStringLiteral("--secret-key-stdin"))) << noSecret.err.toStdString();
    auto emptySecret = ctl(QStringList(keys) << QStringLiteral("--secret-key-stdin"), "\n");
    EXPECT_EQ(emptySecret.exitCode, 1);
    EXPECT_TRUE(emptySecret.err.contains(QStringLiteral("is empty"))) << emptySecret.err.toStdString();
    auto badUrl = ctl({QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("cloudstack"),
                          QStringLiteral("bad"), QStringLiteral("--url"), QStringLiteral("cs.example/client/api"),
                          QStringLiteral("--api-key"), QStringLiteral("k"), QStringLiteral("--secret-key-stdin")},
        kSecretKey + '\n');
    EXPECT_EQ(badUrl.exitCode, 1);
    EXPECT_TRUE(badUrl.err.contains(QStringLiteral("--url \"cs.example/client/api\" is not an http:// or https://")))
        << badUrl.err.toStdString();

    auto added = ctl(QStringList(keys) << QStringLiteral("--secret-key-stdin"), kSecretKey + '\n');
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.err.contains(QStringLiteral("Cloud cs-keys added")));
    auto login
        = ctl({QStringLiteral("--json"), QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("cloudstack"),
                  QStringLiteral("cs-login"), QStringLiteral("--url"), QStringLiteral("https://cs.example/client/api"),
                  QStringLiteral("--username"), QStringLiteral("bob"), QStringLiteral("--domain"),
                  QStringLiteral("/eng"), QStringLiteral("--password-stdin")},
            kCsPassword + '\n');
    ASSERT_EQ(login.exitCode, 0) << login.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(login.out.toUtf8()).object().value(QStringLiteral("kind")).toString(),
        QStringLiteral("cloudstack"));

    const QJsonArray clouds
        = jsonArray(ctl({QStringLiteral("--json"), QStringLiteral("cloud"), QStringLiteral("list")}));
    ASSERT_EQ(clouds.size(), 2);
    const QJsonObject withKeys = cloudNamed(clouds, QStringLiteral("cs-keys"));
    EXPECT_EQ(withKeys.value(QStringLiteral("kind")).toString(), QStringLiteral("cloudstack"));
    EXPECT_EQ(withKeys.value(QStringLiteral("api_url")).toString(), QStringLiteral("https://cs.example/client/api"));
    EXPECT_EQ(withKeys.value(QStringLiteral("api_key")).toString(), QStringLiteral("AK-cs-keys"));
    EXPECT_TRUE(withKeys.value(QStringLiteral("secret_stored")).toBool());
    const QJsonObject withLogin = cloudNamed(clouds, QStringLiteral("cs-login"));
    EXPECT_EQ(withLogin.value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
    EXPECT_EQ(withLogin.value(QStringLiteral("domain")).toString(), QStringLiteral("/eng"));
    EXPECT_TRUE(withLogin.value(QStringLiteral("api_key")).toString().isEmpty());
    auto human = ctl({QStringLiteral("cloud"), QStringLiteral("list")});
    EXPECT_TRUE(human.out.contains(QStringLiteral("cloudstack  https://cs.example/client/api (API key)")))
        << human.out.toStdString();
    EXPECT_TRUE(human.out.contains(QStringLiteral("(user bob, domain /eng)"))) << human.out.toStdString();

    auto reset = ctl({QStringLiteral("cloud"), QStringLiteral("set-password"), QStringLiteral("cs-keys"),
                         QStringLiteral("--secret-key-stdin")},
        kSecretKey + "-2\n");
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();

    ASSERT_EQ(ctl({QStringLiteral("cloud"), QStringLiteral("remove"), QStringLiteral("cs-login")}).exitCode, 0);
    EXPECT_EQ(jsonArray(ctl({QStringLiteral("--json"), QStringLiteral("cloud"), QStringLiteral("list")})).size(), 1);
    expectNoSecretIn(m_dir.path(), {kSecretKey, kCsPassword});
}

TEST_F(Ctl, ImportFromCloudMonkeyAllProfilesOneProfileAndBadFiles)
{
    addAndLogIn(QStringLiteral("alice"));
    QTemporaryDir cmk;
    const QString config = cmk.filePath(QStringLiteral("config"));
    QFile file(config);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("prompt = >\nprofile = prod\nverifycert = true\n\n"
               "[prod]\nurl = https://cs.example/client/api\napikey = AK-prod\nsecretkey = "
        + kSecretKey + "\n\n[lab]\nurl = http://127.0.0.1:8080/client/api\nusername = admin\npassword = " + kCsPassword
        + "\ndomain = /\n\n[broken]\nurl = https://b.example/client/api\napikey = AK-broken\n");
    file.close();

    auto missing = ctl({QStringLiteral("cloud"), QStringLiteral("import-cloudmonkey"), QStringLiteral("--file"),
        cmk.filePath(QStringLiteral("nope"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(cmk.filePath(QStringLiteral("nope")) + QStringLiteral(" does not exist")))
        << missing.err.toStdString();
    QFile bad(cmk.filePath(QStringLiteral("bad")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("just some text\n");
    bad.close();
    auto notIni = ctl({QStringLiteral("cloud"), QStringLiteral("import-cloudmonkey"), QStringLiteral("--file"),
        cmk.filePath(QStringLiteral("bad"))});
    EXPECT_EQ(notIni.exitCode, 1);
    EXPECT_TRUE(notIni.err.contains(QStringLiteral("line 1 is neither"))) << notIni.err.toStdString();
    auto noSuchProfile = ctl({QStringLiteral("cloud"), QStringLiteral("import-cloudmonkey"), QStringLiteral("--file"),
        config, QStringLiteral("--profile"), QStringLiteral("nosuch")});
    EXPECT_EQ(noSuchProfile.exitCode, 1);
    EXPECT_TRUE(noSuchProfile.err.contains(QStringLiteral("There is no profile [nosuch]")));
    EXPECT_TRUE(noSuchProfile.err.contains(QStringLiteral("prod, lab, broken"))) << noSuchProfile.err.toStdString();

    // One profile.
    auto one = ctl({QStringLiteral("--json"), QStringLiteral("cloud"), QStringLiteral("import-cloudmonkey"),
        QStringLiteral("--file"), config, QStringLiteral("--profile"), QStringLiteral("lab")});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    const QJsonArray imported
        = QJsonDocument::fromJson(one.out.toUtf8()).object().value(QStringLiteral("imported")).toArray();
    ASSERT_EQ(imported.size(), 1);
    EXPECT_EQ(imported.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("lab"));
    EXPECT_EQ(imported.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("cloudstack"));
    EXPECT_FALSE(one.err.contains(QStringLiteral("broken")));

    // All profiles: prod is new, lab exists (skipped), broken is reported; exit 1 because of broken.
    auto all = ctl({QStringLiteral("cloud"), QStringLiteral("import-cloudmonkey"), QStringLiteral("--file"), config});
    EXPECT_EQ(all.exitCode, 1);
    EXPECT_TRUE(all.out.contains(QStringLiteral("Imported prod (https://cs.example/client/api, API key)")))
        << all.out.toStdString();
    EXPECT_TRUE(all.err.contains(QStringLiteral("Skipped lab"))) << all.err.toStdString();
    EXPECT_TRUE(all.err.contains(config + QStringLiteral(" line 18: profile [broken] has an apikey but no secretkey")))
        << all.err.toStdString();
    EXPECT_FALSE(all.err.contains(QString::fromLatin1(kSecretKey)));

    const QJsonArray clouds
        = jsonArray(ctl({QStringLiteral("--json"), QStringLiteral("cloud"), QStringLiteral("list")}));
    ASSERT_EQ(clouds.size(), 2);
    EXPECT_EQ(cloudNamed(clouds, QStringLiteral("prod")).value(QStringLiteral("api_key")).toString(),
        QStringLiteral("AK-prod"));
    EXPECT_EQ(cloudNamed(clouds, QStringLiteral("lab")).value(QStringLiteral("username")).toString(),
        QStringLiteral("admin"));
    for (const QJsonValue& cloud : clouds)
        EXPECT_TRUE(cloud.toObject().value(QStringLiteral("secret_stored")).toBool());

    auto replaced = ctl({QStringLiteral("cloud"), QStringLiteral("import-cloudmonkey"), QStringLiteral("--file"),
        config, QStringLiteral("--profile"), QStringLiteral("prod"), QStringLiteral("--replace")});
    EXPECT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    EXPECT_TRUE(replaced.err.contains(QStringLiteral("Replacing prod.")));

    ASSERT_EQ(ctl({QStringLiteral("cloud"), QStringLiteral("remove"), QStringLiteral("prod")}).exitCode, 0);
    expectNoSecretIn(m_dir.path(), {kSecretKey, kCsPassword});
}

TEST_F(Ctl, ApiDryRunPrintsASignedUrlWithoutTheSecretKey)
{
    addAndLogIn(QStringLiteral("alice"));
    ASSERT_EQ(ctl({QStringLiteral("cloud"), QStringLiteral("add"), QStringLiteral("cloudstack"), QStringLiteral("cs"),
                      QStringLiteral("--url"), QStringLiteral("https://cs.example/client/api"),
                      QStringLiteral("--api-key"), QStringLiteral("AK-dry-run"), QStringLiteral("--secret-key-stdin")},
                  kSecretKey + '\n')
                  .exitCode,
        0);
    ASSERT_EQ(
        ctl(addArgs(QStringLiteral("os"), QStringLiteral("https://keystone.invalid:5000/v3")), kCloudSecret + '\n')
            .exitCode,
        0);

    auto dry = ctl({QStringLiteral("api"), QStringLiteral("cs"), QStringLiteral("listVirtualMachines"),
        QStringLiteral("name=web 01"), QStringLiteral("details=min"), QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.startsWith(QStringLiteral("https://cs.example/client/api?"))) << dry.out.toStdString();
    for (const char* part : {"command=listVirtualMachines", "apikey=AK-dry-run", "signature=", "name=web%2001",
             "details=min", "response=json"})
        EXPECT_TRUE(dry.out.contains(QLatin1String(part))) << part << " missing in " << dry.out.toStdString();
    EXPECT_FALSE(dry.out.contains(QString::fromLatin1(kSecretKey)));
    EXPECT_FALSE(dry.err.contains(QString::fromLatin1(kSecretKey)));
    auto json = ctl({QStringLiteral("--json"), QStringLiteral("api"), QStringLiteral("cs"), QStringLiteral("listZones"),
        QStringLiteral("--dry-run")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(json.out.toUtf8())
                    .object()
                    .value(QStringLiteral("url"))
                    .toString()
                    .contains(QStringLiteral("signature=")));

    auto openStack = ctl({QStringLiteral("api"), QStringLiteral("os"), QStringLiteral("listZones")});
    EXPECT_EQ(openStack.exitCode, 1);
    EXPECT_TRUE(openStack.err.contains(QStringLiteral("os is an OpenStack cloud"))) << openStack.err.toStdString();
    auto unknown = ctl({QStringLiteral("api"), QStringLiteral("nosuch"), QStringLiteral("listZones")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("There is no cloud named nosuch")));
    auto badPair
        = ctl({QStringLiteral("api"), QStringLiteral("cs"), QStringLiteral("listZones"), QStringLiteral("id")});
    EXPECT_EQ(badPair.exitCode, 2);
    EXPECT_TRUE(badPair.err.contains(QStringLiteral("\"id\" is not key=value"))) << badPair.err.toStdString();
    auto reserved = ctl({QStringLiteral("api"), QStringLiteral("cs"), QStringLiteral("listZones"),
        QStringLiteral("signature=x"), QStringLiteral("--dry-run")});
    EXPECT_EQ(reserved.exitCode, 2);
    auto missing = ctl({QStringLiteral("api"), QStringLiteral("cs")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("usage: cloudtwinctl api NAME COMMAND")));
    auto wrongOption
        = ctl({QStringLiteral("api"), QStringLiteral("cs"), QStringLiteral("listZones"), QStringLiteral("--wait")});
    EXPECT_EQ(wrongOption.exitCode, 2);
    expectNoSecretIn(m_dir.path(), {kSecretKey});
}

// --- vm create / render ---------------------------------------------------------------------------------

class CtlCreate : public CtlSandbox
{
protected:
    void SetUp() override
    {
        CtlSandbox::SetUp();
        if (HasFatalFailure())
            return;
        QStringList backup = addArgs(QStringLiteral("sandbox-backup"), m_sandbox.identityUrl());
        backup.replace(backup.indexOf(QStringLiteral("--username")) + 1, QStringLiteral("backup"));
        backup.replace(backup.indexOf(QStringLiteral("--project")) + 1, QStringLiteral("backup"));
        auto added = ctl(backup, "backup-secret\n");
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }

    QString writeSpec(const QString& name, const QByteArray& yaml)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".yaml"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(yaml);
        return path;
    }

public:
    static QByteArray pairSpec(const QByteArray& name)
    {
        return "version: 1\nname: " + name
            + "\npurpose: web-server\nsize: small\n"
              "os: {family: ubuntu, version: \"22.04\"}\nsoftware: [nginx]\n"
              "ports:\n  - {name: ssh, port: 22}\n  - {name: http, port: 80}\n"
              "ssh_key: {generate: true}\nmain: {cloud: sandbox-demo}\ntwin: {cloud: sandbox-backup}\n";
    }

protected:
    /// The VMs of `vm list --json` that belong to a pair, as name → role.
    QMap<QString, QString> pairRows(const QString& pairName)
    {
        QMap<QString, QString> rows;
        for (const QJsonValue& v :
            jsonArray(ctl({QStringLiteral("--json"), QStringLiteral("vm"), QStringLiteral("list")}))) {
            const QJsonObject s = v.toObject();
            const QString name = s.value(QStringLiteral("name")).toString();
            if (name == pairName || name == pairName + QStringLiteral("-twin"))
                rows.insert(name + QLatin1Char('@') + s.value(QStringLiteral("cloud")).toString(),
                    s.value(QStringLiteral("role")).toString());
        }
        return rows;
    }

    void setFaults(const QByteArray& json)
    {
        QNetworkAccessManager manager;
        QString base = m_sandbox.identityUrl();
        base.chop(QStringLiteral("/identity/v3").size());
        QNetworkRequest request(QUrl(base + QStringLiteral("/_sandbox/faults")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = manager.put(request, json);
        EXPECT_TRUE(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        EXPECT_EQ(reply->error(), QNetworkReply::NoError) << reply->errorString().toStdString();
        delete reply;
    }
};

TEST_F(CtlCreate, CreatesBothVmsShowsThePairAndRefusesASecondCreate)
{
    const QString spec = writeSpec(QStringLiteral("pair"), pairSpec("cli-pair"));
    auto planned = ctl({QStringLiteral("--json"), QStringLiteral("vm"), QStringLiteral("create"), spec,
        QStringLiteral("--plan-only")});
    ASSERT_EQ(planned.exitCode, 0) << planned.err.toStdString();
    const QJsonObject plan = QJsonDocument::fromJson(planned.out.toUtf8()).object();
    EXPECT_EQ(plan.value(QStringLiteral("name")).toString(), QStringLiteral("cli-pair"));
    EXPECT_EQ(plan.value(QStringLiteral("main")).toObject().value(QStringLiteral("cloud")).toString(),
        QStringLiteral("sandbox-demo"));
    EXPECT_EQ(plan.value(QStringLiteral("steps")).toArray().size(), 8);
    EXPECT_TRUE(planned.err.contains(QStringLiteral("Made a new SSH key"))) << planned.err.toStdString();
    EXPECT_TRUE(pairRows(QStringLiteral("cli-pair")).isEmpty()) << "--plan-only must create nothing";

    auto created = ctl({QStringLiteral("vm"), QStringLiteral("create"), spec, QStringLiteral("--wait")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_TRUE(created.err.contains(QStringLiteral("[main] Create the VM cli-pair on sandbox-demo")))
        << created.err.toStdString();
    EXPECT_TRUE(created.err.contains(QStringLiteral("[twin] Create the VM cli-pair-twin on sandbox-backup")))
        << created.err.toStdString();
    EXPECT_FALSE(created.err.contains(QStringLiteral("Made a new SSH key"))) << "the plan's key is the pair's key";
    EXPECT_TRUE(created.out.contains(QStringLiteral("main"))) << created.out.toStdString();
    const auto rows = pairRows(QStringLiteral("cli-pair"));
    EXPECT_EQ(rows.value(QStringLiteral("cli-pair@sandbox-demo")), QStringLiteral("main"));
    EXPECT_EQ(rows.value(QStringLiteral("cli-pair-twin@sandbox-backup")), QStringLiteral("twin"));
    EXPECT_EQ(rows.size(), 2);

    // Without --wait the refusal comes from the background process and is still reported here.
    auto again = ctl({QStringLiteral("vm"), QStringLiteral("create"), spec});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("stopped before it began: A VM pair named cli-pair exists already")))
        << again.err.toStdString();
    EXPECT_EQ(pairRows(QStringLiteral("cli-pair")).size(), 2) << "applying twice must create nothing twice";
    expectNoSecretIn(m_dir.path(), {"PRIVATE KEY"});
}

// Without --wait the command returns once the create has begun; it goes on in a process of its own, and
// `vm creates` follows it to the end.
TEST_F(CtlCreate, WithoutWaitTheCreateGoesOnInTheBackground)
{
    const QString spec = writeSpec(QStringLiteral("background"), pairSpec("bg-pair"));
    // Slow compute answers, so the create is surely still running when the command returns.
    setFaults(R"({"latency_ms": 300, "services": ["compute"]})");
    auto started = ctl({QStringLiteral("--json"), QStringLiteral("vm"), QStringLiteral("create"), spec});
    ASSERT_EQ(started.exitCode, 0) << started.err.toStdString();
    const QJsonObject begun = QJsonDocument::fromJson(started.out.toUtf8()).object();
    EXPECT_EQ(begun.value(QStringLiteral("name")).toString(), QStringLiteral("bg-pair"));
    EXPECT_EQ(begun.value(QStringLiteral("state")).toString(), QStringLiteral("applying")) << started.out.toStdString();
    const QString log = begun.value(QStringLiteral("log")).toString();
    EXPECT_TRUE(QFile::exists(log)) << log.toStdString();

    // A second create of the same pair while the first runs is refused, and names the running process.
    auto twice = ctl({QStringLiteral("vm"), QStringLiteral("create"), spec, QStringLiteral("--wait")});
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("being created right now"))) << twice.err.toStdString();

    QString state;
    QJsonArray steps;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 90000) {
        auto progress = ctl(
            {QStringLiteral("--json"), QStringLiteral("vm"), QStringLiteral("creates"), QStringLiteral("bg-pair")});
        ASSERT_EQ(progress.exitCode, 0) << progress.err.toStdString();
        const QJsonArray creates = QJsonDocument::fromJson(progress.out.toUtf8()).array();
        ASSERT_FALSE(creates.isEmpty()) << progress.out.toStdString();
        state = creates.first().toObject().value(QStringLiteral("state")).toString();
        steps = creates.first().toObject().value(QStringLiteral("steps")).toArray();
        if (state != QLatin1String("applying"))
            break;
        QTest::qWait(300);
    }
    setFaults("{}");
    ASSERT_EQ(state, QStringLiteral("done"));
    ASSERT_FALSE(steps.isEmpty());
    for (const QJsonValue& step : steps)
        EXPECT_EQ(step.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    EXPECT_EQ(pairRows(QStringLiteral("bg-pair")).size(), 2);
    QFile logFile(log);
    ASSERT_TRUE(logFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(logFile.readAll().contains("[twin] Create the VM bg-pair-twin")) << "the background lines are logged";

    auto listed = ctl({QStringLiteral("vm"), QStringLiteral("creates")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("bg-pair"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("done"))) << listed.out.toStdString();
    auto unknown = ctl({QStringLiteral("vm"), QStringLiteral("creates"), QStringLiteral("nothing-such")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("No create of nothing-such"))) << unknown.err.toStdString();
}

TEST_F(CtlCreate, RenderWritesTheTerraformOfBothSides)
{
    const QString spec = writeSpec(QStringLiteral("render"), pairSpec("rendered"));
    const QString out = m_dir.filePath(QStringLiteral("tf"));
    auto rendered = ctl({QStringLiteral("render"), spec, QStringLiteral("--out"), out});
    ASSERT_EQ(rendered.exitCode, 0) << rendered.err.toStdString();
    EXPECT_TRUE(QFile::exists(out + QStringLiteral("/main-openstack/main.tf"))) << rendered.out.toStdString();
    EXPECT_TRUE(QFile::exists(out + QStringLiteral("/twin-openstack/main.tf"))) << rendered.out.toStdString();
    auto noOut = ctl({QStringLiteral("render"), spec});
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_TRUE(noOut.err.contains(QStringLiteral("--out"))) << noOut.err.toStdString();
}

struct BadSpecCase
{
    const char* label;
    QByteArray yaml;
    const char* expected; ///< part of stderr: the field path
};

class CtlBadSpec : public CtlCreate, public ::testing::WithParamInterface<BadSpecCase>
{
};

TEST_P(CtlBadSpec, NamesTheFieldAndCreatesNothing)
{
    const QString spec = writeSpec(QStringLiteral("bad"), GetParam().yaml);
    auto created = ctl({QStringLiteral("vm"), QStringLiteral("create"), spec});
    EXPECT_EQ(created.exitCode, 1);
    EXPECT_TRUE(created.err.contains(QLatin1String(GetParam().expected))) << created.err.toStdString();
    EXPECT_TRUE(pairRows(QStringLiteral("bad-pair")).isEmpty());
}

const BadSpecCase kBadSpecs[] = {
    {"MalformedYaml", "version: 1\nname: bad-pair\nports: [ {name: ssh, port: 22\n", "line"},
    {"UnknownOs", CtlCreate::pairSpec("bad-pair").replace("family: ubuntu", "family: plan9"), "os.family"},
    {"PortOutOfRange", CtlCreate::pairSpec("bad-pair").replace("port: 80", "port: 70000"), "ports[1]"},
    {"ImpossibleSize",
        CtlCreate::pairSpec("bad-pair").replace("size: small", "size: {cpus: 0, memory_gb: 2, disk_gb: 20}"), "size"},
    {"UnknownCloud", CtlCreate::pairSpec("bad-pair").replace("cloud: sandbox-backup", "cloud: nowhere"), "nowhere"},
};
INSTANTIATE_TEST_SUITE_P(Specs, CtlBadSpec, ::testing::ValuesIn(kBadSpecs),
    [](const ::testing::TestParamInfo<BadSpecCase>& info) { return std::string(info.param.label); });

// kill -9 at a point of the create, then the next create: the interrupted one is rolled back (no orphan), the
// journal tells the truth, and the new create makes exactly one pair.
class CtlKilledCreate : public CtlCreate
{
protected:
    /// Runs `vm create --wait` of `pairName` and kills it 300 ms after stderr shows `line`.
    void killAfter(const QString& spec, const QByteArray& line)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLOUDTWIN_KEYCHAIN"), m_keychain);
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CLOUDTWINCTL_PATH),
            {QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("vm"), QStringLiteral("create"), spec,
                QStringLiteral("--wait")});
        ASSERT_TRUE(process.waitForStarted(10000));
        QByteArray err;
        QElapsedTimer timer;
        timer.start();
        while (!err.contains(line) && timer.elapsed() < 60000) {
            process.waitForReadyRead(100);
            err += process.readAllStandardError();
        }
        ASSERT_TRUE(err.contains(line)) << err.toStdString();
        QTest::qWait(300);
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(10000);
    }
};

// While the VM create request is on its way (slow compute answers): the VM may or may not exist.
TEST_F(CtlKilledCreate, WhileTheVmCreateIsInFlight)
{
    const QString spec = writeSpec(QStringLiteral("killed"), pairSpec("killed-pair"));
    setFaults(R"({"latency_ms": 1500, "services": ["compute"]})");
    killAfter(spec, "[main] Create the VM killed-pair");
    setFaults("{}");
    QTest::qWait(2000); // the sandbox finishes what it was asked

    auto next = ctl({QStringLiteral("vm"), QStringLiteral("create"), spec, QStringLiteral("--wait")});
    ASSERT_EQ(next.exitCode, 0) << next.err.toStdString();
    EXPECT_TRUE(next.err.contains(QStringLiteral("was interrupted"))) << next.err.toStdString();
    const auto rows = pairRows(QStringLiteral("killed-pair"));
    EXPECT_EQ(rows.size(), 2) << "one main and one twin, no orphan from the killed run";
}

// After the cloud made the VM (its id is journaled, the wait has begun): the VM surely exists, and the next
// run must remove it before making the pair again.
TEST_F(CtlKilledCreate, AfterTheCloudMadeTheVm)
{
    const QString spec = writeSpec(QStringLiteral("killed-late"), pairSpec("late-pair"));
    setFaults(R"({"latency_ms": 1500, "services": ["compute"]})");
    killAfter(spec, "[main] Wait for late-pair to start");
    setFaults("{}");
    // The kill landed after the create: the VM is in the cloud, and nothing but the journal knows it.
    EXPECT_EQ(
        pairRows(QStringLiteral("late-pair")).value(QStringLiteral("late-pair@sandbox-demo")), QStringLiteral("main"));

    auto creates
        = ctl({QStringLiteral("--json"), QStringLiteral("vm"), QStringLiteral("creates"), QStringLiteral("late-pair")});
    ASSERT_EQ(creates.exitCode, 0) << creates.err.toStdString();
    EXPECT_EQ(
        jsonArray(creates).first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("applying"))
        << "the journal shows the killed create as unfinished";

    auto next = ctl({QStringLiteral("vm"), QStringLiteral("create"), spec, QStringLiteral("--wait")});
    ASSERT_EQ(next.exitCode, 0) << next.err.toStdString();
    EXPECT_TRUE(next.err.contains(QStringLiteral("was interrupted"))) << next.err.toStdString();
    EXPECT_TRUE(next.err.contains(QStringLiteral("What it had made was removed"))) << next.err.toStdString();
    const auto rows = pairRows(QStringLiteral("late-pair"));
    EXPECT_EQ(rows.size(), 2) << "one main and one twin, the killed run's VM removed";
    auto history
        = ctl({QStringLiteral("--json"), QStringLiteral("vm"), QStringLiteral("creates"), QStringLiteral("late-pair")});
    const QJsonArray states = jsonArray(history);
    ASSERT_EQ(states.size(), 2);
    EXPECT_EQ(states.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    EXPECT_EQ(states.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("rolled_back"));
}

} // namespace
} // namespace ct
