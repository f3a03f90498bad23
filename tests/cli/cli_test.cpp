// Runs the real cloudtwinctl executable, as a user or a script would.
#include "auth/accountservice.h"
#include "secrets/usersecrets.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

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
        ASSERT_EQ(ctl({QStringLiteral("login"), name, QStringLiteral("--password-stdin")}, kPassword + '\n').exitCode,
                  0);
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
    auto run = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QString::fromLatin1(kPassword)});
    EXPECT_EQ(run.exitCode, 2);
    // Without a terminal and without --password-stdin there is nowhere to read it from.
    auto noTty = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice")}, kPassword + '\n');
    EXPECT_EQ(noTty.exitCode, 1);
    EXPECT_TRUE(noTty.err.contains(QStringLiteral("--password-stdin")));
}

TEST_F(Ctl, SignUpLogInWhoamiLogOut)
{
    auto added = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"),
                      QStringLiteral("--password-stdin")},
                     kPassword + '\n');
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.err.contains(QStringLiteral("User alice created")));

    auto notYet = ctl({QStringLiteral("whoami")});
    EXPECT_EQ(notYet.exitCode, 1);
    EXPECT_TRUE(notYet.err.contains(QStringLiteral("not logged in — run: cloudtwinctl login NAME")))
        << notYet.err.toStdString();

    auto login = ctl({QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                     kPassword + '\n');
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
    auto bad = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("A b"),
                    QStringLiteral("--password-stdin")},
                   kPassword + '\n');
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("lower-case")));

    auto weak = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"),
                     QStringLiteral("--password-stdin")},
                    "password1\n");
    EXPECT_EQ(weak.exitCode, 1);
    EXPECT_TRUE(weak.err.contains(QStringLiteral("too weak"))) << weak.err.toStdString();

    addAndLogIn(QStringLiteral("alice"));
    auto again = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"),
                      QStringLiteral("--password-stdin")},
                     kNewPassword + '\n');
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("taken")));

    auto wrong = ctl({QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                     kNewPassword + '\n');
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
    EXPECT_EQ(ctl({QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                  kPassword + '\n')
                  .exitCode,
              1);
    ASSERT_EQ(ctl({QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                  kNewPassword + '\n')
                  .exitCode,
              0);

    auto refused = ctl({QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("--password-stdin")},
                       kPassword + '\n');
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("not deleted")));
    auto deleted = ctl({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("delete"),
                        QStringLiteral("--password-stdin")},
                       kNewPassword + '\n');
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(deleted.out.toUtf8()).object().value(QStringLiteral("deleted")).toString(),
              QStringLiteral("alice"));
    EXPECT_EQ(ctl({QStringLiteral("whoami")}).exitCode, 1);
    EXPECT_EQ(ctl({QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                  kNewPassword + '\n')
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

    auto unwritable = ctl({QStringLiteral("--data-dir"), QStringLiteral("/proc/ct"), QStringLiteral("whoami")}, {}, false);
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
    auto damaged = ctl({QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                       kPassword + '\n');
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
        AccountService accounts(*db.value(), {m_dir.filePath(QStringLiteral("secrets")),
                                              crypto::KdfCost::interactive(), nullptr});
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
    ctl({QStringLiteral("login"), QStringLiteral("alice"), QStringLiteral("--password-stdin")}, "Typo-" + kPassword + '\n');
    ASSERT_EQ(ctl({QStringLiteral("logout")}).exitCode, 0);

    const QList<QByteArray> needles{kPassword,          cloudSecret,          kPassword.toBase64(),
                                    cloudSecret.toBase64(), kPassword.toHex(), cloudSecret.toHex()};
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
        const QByteArray utf16(reinterpret_cast<const char*>(QString::fromLatin1(kPassword).utf16()),
                               kPassword.size() * 2);
        EXPECT_FALSE(bytes.contains(utf16)) << file.fileName().toStdString();
    }
    EXPECT_GE(files, 3); // database, vault, log at least
}

} // namespace
} // namespace ct
