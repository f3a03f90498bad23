#pragma once

#include "auth/accountservice.h"
#include "store/database.h"
#include "util/datadir.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace ct {

class UserSecrets;

/// cloudtwinctl: parses the command line, runs one command and emits finished(exitCode) once.
/// Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.
class Cli : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    explicit Cli(QStringList arguments, QObject* parent = nullptr);
    ~Cli() override;

    /// Runs the command; finished() follows, possibly after asynchronous work (keychain).
    void start();

signals:
    void finished(int exitCode);

private:
    void run();
    void finish(int exitCode);
    void usageError(const QString& problem);
    void fail(const Error& error);
    /// Prints `human` on stdout, or `json` when --json is set.
    void succeed(const QString& human, const QJsonValue& json);
    void message(const QString& text) const;

    Status openCore();
    Result<SignedInUser> currentUser();
    /// The password for `purpose`: from stdin with --password-stdin, else an interactive prompt.
    Result<QString> password(const QString& prompt);
    Result<QString> newPassword(const QString& userName);
    bool requireArguments(int count, const QString& synopsis);

    void userAdd(const QString& name);
    void login(const QString& name);
    void logout();
    void whoami();
    void userPasswd();
    void userDelete();

    QString helpText() const;

    QStringList m_arguments;
    QCommandLineParser m_parser;
    QStringList m_words;
    bool m_json = false;
    bool m_finished = false;
    std::optional<DataDir> m_dataDir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AccountService> m_accounts;
    UserSecrets* m_secrets = nullptr;
};

} // namespace ct
