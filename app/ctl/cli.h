#pragma once

#include "auth/accountservice.h"
#include "cloud/cloudaccount.h"
#include "deploy/deployjob.h"
#include "inventory/inventoryrow.h"
#include "spec/vmspec.h"
#include "store/database.h"
#include "util/datadir.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonValue>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace ct {

class CloudService;
class Inventory;
class UserSecrets;

/// cloudtwinctl: parses the command line, runs one command and emits finished(exitCode) once.
/// Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.
/// Left-aligned columns, two spaces apart (for the human-readable output of list commands).
QString table(const QList<QStringList>& rows);

class Cli : public QObject
{
    Q_OBJECT

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        Usage = 2
    };

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

    // Clouds and VMs (cloud …, vm …).
    /// Rejects cloud/vm options that do not belong to `command`; true when all given options fit.
    bool onlyOptions(const QString& command, const QStringList& allowed);
    /// Opens the store, the signed-in user's secrets and the cloud service, then calls `next`.
    void withClouds(std::function<void()> next);
    /// A cloud password or secret: stdin with --password-stdin/--secret-stdin, else a prompt without echo.
    Result<QByteArray> cloudSecret(const QString& prompt);
    void cloudAdd(const QString& kind, const QString& name);
    void cloudAddCloudStack(const QString& name);
    /// Refuses a taken name, reads the secret (`prompt` on a terminal), stores the account and reports it.
    void addCloudWithSecret(const CloudAccount& account, const QString& prompt);
    void cloudImport();
    /// cloud import-cloudmonkey: the profiles of a cmk config, one after the other (cli_cloudstack.cpp).
    void cloudImportCloudMonkey();
    /// api NAME COMMAND [key=value …] [--dry-run]: any CloudStack API call (cli_cloudstack.cpp).
    void apiCall(const QString& cloudName, const QString& command, const QStringList& pairs);
    void cloudList();
    void cloudJobs(const QString& cloudName);
    void cloudTest(const QString& name);
    void cloudRemove(const QString& name);
    void cloudSetPassword(const QString& name);
    /// Refreshes the inventory of all clouds (or the one named by --cloud), reports failed clouds on stderr
    /// and calls `next` with whether every cloud answered.
    void loadInventory(std::function<void(bool allAnswered)> next);
    /// Finds a VM by UUID or unique name in the inventory.
    void findServer(const QString& idOrName, std::function<void(const InventoryRow&)> next);
    void vmList();
    void vmShow(const QString& idOrName);
    void vmAction(const QString& action, const QString& idOrName);

    // Create (cli_create.cpp).
    struct CreateInputs
    {
        spec::VmSpec spec;
        CloudProvider* main = nullptr;
        CloudProvider* twin = nullptr;
        QString mainCloudId;
        QString twinCloudId;
        QString publicKey;
    };
    /// Loads and checks the spec (--main/--twin override its clouds), opens both clouds and finds the SSH key.
    void prepareCreate(const QString& specPath, std::function<void(const CreateInputs&)> next);
    /// The pair's public key: the spec's, or one generated once per pair and kept with the cloud secrets.
    void withPairKey(CreateInputs inputs, std::function<void(const CreateInputs&)> next);
    void planCreate(const CreateInputs& inputs, std::function<void(const deploy::DeployPlan&)> next);
    void applyCreate(const deploy::DeployPlan& plan, const CreateInputs& inputs);
    /// Without --wait: the create goes on in a process of its own; this one returns once it is journaled.
    void createInBackground(const QString& specPath, const deploy::DeployPlan& plan);
    void waitUntilJournaled(const deploy::DeployPlan& plan, qint64 pid, const QString& logPath,
        const QSet<QString>& earlier, QDeadlineTimer deadline);
    /// The creates of the signed-in user, newest first (one name: that create's steps too).
    void vmCreates(const QString& name);
    deploy::JournalRunner journalRunner();
    void renderSpec(const QString& specPath);
    void vmCreate(const QString& specPath);
    /// A problem with a cloud name ("" when it is fine).
    static QString cloudNameProblem(const QString& name);
    /// Prints like succeed() and finishes with `exitCode`.
    void output(int exitCode, const QString& human, const QJsonValue& json);

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
    std::unique_ptr<UserStore> m_store;
    CloudService* m_clouds = nullptr;
    Inventory* m_inventory = nullptr;
};

} // namespace ct
