#include "cli.h"

#include "auth/credentialrules.h"
#include "auth/sessionfile.h"
#include "cloud/openstack/cloudsyaml.h"
#include "cloud/providerfactory.h"
#include "i18n/translations.h"
#include "inventory/cloudservice.h"
#include "inventory/inventory.h"
#include "logging/logging.h"
#include "secrets/usersecrets.h"
#include "settings/appsettings.h"
#include "terminal.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstdio>

namespace ct {

namespace {

void writeOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

QString backendKey(SecretBackend backend)
{
    return backend == SecretBackend::Keychain ? QStringLiteral("keychain") : QStringLiteral("encrypted-file");
}

} // namespace

Cli::Cli(QStringList arguments, QObject* parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
{ }

Cli::~Cli()
{
    // The inventory and the cloud service use the secrets; they go first.
    delete m_inventory;
    delete m_clouds;
    delete m_secrets;
    uninstallLogFile();
}

QString Cli::helpText() const
{
    return tr("Usage: cloudtwinctl [global options] COMMAND [arguments]\n"
              "\n"
              "Keeps a main VM on one cloud and a twin backup VM on another. This is the command-line and\n"
              "headless side of CloudTwin; it shares its data folder with the CloudTwin app.\n"
              "\n"
              "Accounts:\n"
              "  user add NAME [--password-stdin]   create a CloudTwin user\n"
              "  login NAME [--password-stdin]      start a session that later commands use, until logout\n"
              "  logout                             end the session\n"
              "  whoami                             show the signed-in user and where secrets are kept\n"
              "  user passwd [--password-stdin]     change the password (stdin: current, then new, one per line)\n"
              "  user delete [--password-stdin]     delete the signed-in user with all their data and secrets\n"
              "\n"
              "Clouds (for the signed-in user; secrets go to the keychain or the encrypted secrets file):\n"
              "  cloud add openstack NAME --auth-url URL --username U --project P [--user-domain D]\n"
              "        [--project-domain D] [--region R] [--cacert FILE | --insecure] [--password-stdin]\n"
              "                                     add an OpenStack cloud (Keystone v3, password)\n"
              "  cloud add openstack NAME --auth-url URL --application-credential-id ID [--region R]\n"
              "        [--cacert FILE | --insecure] [--secret-stdin]\n"
              "                                     add an OpenStack cloud with an application credential\n"
              "  cloud import-openstack [--clouds-yaml FILE] [--cloud NAME] [--replace]\n"
              "                                     import from clouds.yaml (+ secure.yaml) and OS_* variables\n"
              "  cloud add cloudstack NAME --url URL --api-key KEY [--cacert FILE | --insecure]\n"
              "        [--secret-key-stdin]         add a CloudStack cloud that signs requests with an API key\n"
              "  cloud add cloudstack NAME --url URL --username U [--domain PATH] [--cacert FILE | --insecure]\n"
              "        [--password-stdin]           add a CloudStack cloud that logs in with user and password\n"
              "  cloud import-cloudmonkey [--file FILE] [--profile NAME] [--replace]\n"
              "                                     import CloudStack profiles from CloudMonkey (~/.cmk/config)\n"
              "  cloud list                         the clouds, where they point, whether a secret is stored\n"
              "  cloud jobs [NAME]                  CloudStack jobs started by CloudTwin whose end it has not seen\n"
              "                                     (e.g. after a crash), looked up in the cloud again\n"
              "  cloud test NAME                    sign in and check each service of the cloud\n"
              "  cloud set-password NAME [--password-stdin]\n"
              "                                     store or replace the cloud's password or secret (key)\n"
              "  cloud remove NAME                  forget the cloud and its secret (its VMs are not touched)\n"
              "\n"
              "CloudStack API:\n"
              "  api NAME COMMAND [key=value ...] [--dry-run]\n"
              "                                     call any CloudStack API command of cloud NAME and print the\n"
              "                                     JSON answer; --dry-run prints the signed request URL instead\n"
              "\n"
              "VMs (ID is a server UUID or a name that is unique across the clouds):\n"
              "  vm list [--cloud NAME]             the VMs of every cloud, or of one\n"
              "  vm show ID [--cloud NAME]          everything known about one VM\n"
              "  vm start|stop|reboot ID [--cloud NAME] [--wait] [--hard]\n"
              "                                     power actions; --wait until done, --hard for reboot\n"
              "  vm delete ID [--cloud NAME] [--yes] [--wait]\n"
              "                                     delete the VM; asks first, or needs --yes without a terminal\n"
              "\n"
              "Create a main VM and its twin (SPEC.yaml: see docs/spec-format.md and examples/):\n"
              "  vm create SPEC.yaml [--main CLOUD] [--twin CLOUD] [--wait] [--plan-only] [--keep-on-failure]\n"
              "                                     plan, then create both VMs at once; returns once the create\n"
              "                                     has begun (it goes on in the background), or with --wait\n"
              "                                     when both VMs run, with progress on stderr; --plan-only\n"
              "                                     prints the plan; on failure what was made is removed again\n"
              "                                     unless --keep-on-failure\n"
              "  vm creates [NAME]                  the creates and their state, newest first; with NAME the\n"
              "                                     steps of its newest create\n"
              "  render SPEC.yaml --out DIR [--main CLOUD] [--twin CLOUD]\n"
              "                                     write the Terraform and cloud-init for the pair to DIR\n"
              "\n"
              "Global options:\n"
              "  --data-dir DIR        keep all state in DIR (default: $CLOUDTWIN_DATA_DIR, else the app data folder)\n"
              "  --database URL        sqlite:///path, postgresql://user@host:port/db or mysql://user@host:port/db\n"
              "                        (password in $CLOUDTWIN_DATABASE_PASSWORD or in the URL)\n"
              "  --json                machine-readable output on stdout; messages stay on stderr\n"
              "  --password-stdin      read passwords from standard input, one per line\n"
              "  --secret-stdin        read a cloud's application credential secret from standard input\n"
              "  --secret-key-stdin    read a CloudStack secret key from standard input\n"
              "  -h, --help            show this help\n"
              "  --version             show the version\n"
              "\n"
              "Passwords and secrets are never taken from the command line: they come from standard input or a\n"
              "prompt.\n"
              "\n"
              "Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.\n");
}

void Cli::start() { run(); }

void Cli::finish(int exitCode)
{
    Q_ASSERT(!m_finished);
    if (m_finished)
        return;
    m_finished = true;
    emit finished(exitCode);
}

void Cli::message(const QString& text) const { writeErr(text + QLatin1Char('\n')); }

void Cli::usageError(const QString& problem)
{
    message(tr("cloudtwinctl: %1").arg(problem));
    message(tr("Run cloudtwinctl --help for the commands and options."));
    finish(Usage);
}

void Cli::fail(const Error& error)
{
    if (m_json)
        writeOut(
            QString::fromUtf8(
                QJsonDocument(QJsonObject {{QStringLiteral("error"), error.message}}).toJson(QJsonDocument::Compact))
            + QLatin1Char('\n'));
    message(tr("cloudtwinctl: %1").arg(error.message));
    finish(Failure);
}

void Cli::succeed(const QString& human, const QJsonValue& json)
{
    if (m_json) {
        const QJsonDocument document = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        writeOut(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    } else if (!human.isEmpty()) {
        writeOut(human + QLatin1Char('\n'));
    }
    finish(Success);
}

bool Cli::requireArguments(int count, const QString& synopsis)
{
    if (m_words.size() == count)
        return true;
    usageError(m_words.size() < count ? tr("missing argument — usage: cloudtwinctl %1").arg(synopsis)
                                      : tr("too many arguments — usage: cloudtwinctl %1").arg(synopsis));
    return false;
}

void Cli::run()
{
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), tr("Data folder."), tr("DIR"));
    const QCommandLineOption database(QStringLiteral("database"), tr("Database URL."), tr("URL"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable output."));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), tr("Read passwords from stdin."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    m_parser.addOptions({dataDir, database, json, passwordStdin, help, version});
    // Options of the cloud and vm commands; onlyOptions() rejects them elsewhere.
    m_parser.addOptions({
        {QStringLiteral("auth-url"), tr("Keystone v3 URL."), tr("URL")},
        {QStringLiteral("username"), tr("Cloud user name."), tr("USER")},
        {QStringLiteral("project"), tr("Project name."), tr("PROJECT")},
        {QStringLiteral("project-id"), tr("Project id."), tr("ID")},
        {QStringLiteral("user-domain"), tr("User domain name."), tr("DOMAIN")},
        {QStringLiteral("project-domain"), tr("Project domain name."), tr("DOMAIN")},
        {QStringLiteral("region"), tr("Region name."), tr("REGION")},
        {QStringLiteral("cacert"), tr("CA bundle file."), tr("FILE")},
        {QStringLiteral("insecure"), tr("Do not verify TLS certificates.")},
        {QStringLiteral("application-credential-id"), tr("Application credential id."), tr("ID")},
        {QStringLiteral("secret-stdin"), tr("Read the cloud secret from stdin.")},
        {QStringLiteral("clouds-yaml"), tr("clouds.yaml file."), tr("FILE")},
        {QStringLiteral("cloud"), tr("Cloud name."), tr("NAME")},
        {QStringLiteral("replace"), tr("Replace clouds of the same name.")},
        {QStringLiteral("yes"), tr("Do not ask for confirmation.")},
        {QStringLiteral("wait"), tr("Wait until the action is done.")},
        {QStringLiteral("hard"), tr("Hard reboot.")},
        {QStringLiteral("url"), tr("CloudStack API URL."), tr("URL")},
        {QStringLiteral("api-key"), tr("CloudStack API key."), tr("KEY")},
        {QStringLiteral("secret-key-stdin"), tr("Read the CloudStack secret key from stdin.")},
        {QStringLiteral("domain"), tr("CloudStack domain path."), tr("DOMAIN")},
        {QStringLiteral("file"), tr("CloudMonkey config file."), tr("FILE")},
        {QStringLiteral("profile"), tr("CloudMonkey profile."), tr("PROFILE")},
        {QStringLiteral("dry-run"), tr("Print the signed request instead of sending it.")},
        {QStringLiteral("out"), tr("Folder for the rendered files."), tr("DIR")},
        {QStringLiteral("main"), tr("Cloud for the main VM."), tr("CLOUD")},
        {QStringLiteral("twin"), tr("Cloud for the twin VM."), tr("CLOUD")},
        {QStringLiteral("plan-only"), tr("Print the plan and stop.")},
        {QStringLiteral("keep-on-failure"), tr("Keep what was created when the create fails.")},
    });
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    // Translations before the first message; the data folder's language setting is applied below.
    installTranslations({});

    if (!m_parser.parse(m_arguments)) {
        usageError(m_parser.errorText());
        return;
    }
    m_json = m_parser.isSet(json);
    if (m_parser.isSet(help)) {
        writeOut(helpText());
        finish(Success);
        return;
    }
    if (m_parser.isSet(version)) {
        succeed(QStringLiteral("cloudtwinctl ") + QCoreApplication::applicationVersion(),
            QJsonObject {{QStringLiteral("version"), QCoreApplication::applicationVersion()}});
        return;
    }
    m_words = m_parser.positionalArguments();
    if (m_words.isEmpty()) {
        writeErr(helpText());
        finish(Usage);
        return;
    }

    auto prepared = DataDir::prepare(m_parser.value(dataDir));
    if (!prepared) {
        fail(prepared.error());
        return;
    }
    m_dataDir = prepared.value();
    installLogFile(m_dataDir->logsPath(), false);
    if (const QString language = AppSettings(*m_dataDir).language(); !language.isEmpty())
        installTranslations(language);

    const QString command = m_words.takeFirst();
    const bool hasSub
        = command == QLatin1String("user") || command == QLatin1String("cloud") || command == QLatin1String("vm");
    const QString sub = hasSub && !m_words.isEmpty() ? m_words.takeFirst() : QString();
    if (command != QLatin1String("cloud") && command != QLatin1String("vm") && command != QLatin1String("api")
        && command != QLatin1String("render") && !onlyOptions(command, {}))
        return;
    qCInfo(lcCli) << "command:" << command << sub;

    if (command == QLatin1String("user")) {
        if (sub == QLatin1String("add")) {
            if (requireArguments(1, QStringLiteral("user add NAME [--password-stdin]")))
                userAdd(m_words.at(0));
        } else if (sub == QLatin1String("passwd")) {
            if (requireArguments(0, QStringLiteral("user passwd [--password-stdin]")))
                userPasswd();
        } else if (sub == QLatin1String("delete")) {
            if (requireArguments(0, QStringLiteral("user delete [--password-stdin]")))
                userDelete();
        } else {
            usageError(sub.isEmpty() ? tr("user needs a subcommand: add, passwd or delete")
                                     : tr("unknown command \"user %1\"").arg(sub));
        }
    } else if (command == QLatin1String("cloud")) {
        const QString full = QStringLiteral("cloud ") + sub;
        if (sub == QLatin1String("add") && m_words.value(0) == QLatin1String("cloudstack")) {
            if (onlyOptions(full,
                    {QStringLiteral("url"), QStringLiteral("api-key"), QStringLiteral("secret-key-stdin"),
                        QStringLiteral("secret-stdin"), QStringLiteral("username"), QStringLiteral("domain"),
                        QStringLiteral("cacert"), QStringLiteral("insecure")})
                && requireArguments(2, QStringLiteral("cloud add cloudstack NAME --url URL ...")))
                cloudAddCloudStack(m_words.at(1));
        } else if (sub == QLatin1String("add")) {
            if (onlyOptions(full,
                    {QStringLiteral("auth-url"), QStringLiteral("username"), QStringLiteral("project"),
                        QStringLiteral("project-id"), QStringLiteral("user-domain"), QStringLiteral("project-domain"),
                        QStringLiteral("region"), QStringLiteral("cacert"), QStringLiteral("insecure"),
                        QStringLiteral("application-credential-id"), QStringLiteral("secret-stdin")})
                && requireArguments(2, QStringLiteral("cloud add openstack NAME --auth-url URL ...")))
                cloudAdd(m_words.at(0), m_words.at(1));
        } else if (sub == QLatin1String("import-openstack")) {
            if (onlyOptions(full, {QStringLiteral("clouds-yaml"), QStringLiteral("cloud"), QStringLiteral("replace")})
                && requireArguments(0,
                    QStringLiteral("cloud import-openstack [--clouds-yaml FILE] [--cloud NAME] "
                                   "[--replace]")))
                cloudImport();
        } else if (sub == QLatin1String("import-cloudmonkey")) {
            if (onlyOptions(full, {QStringLiteral("file"), QStringLiteral("profile"), QStringLiteral("replace")})
                && requireArguments(
                    0, QStringLiteral("cloud import-cloudmonkey [--file FILE] [--profile NAME] [--replace]")))
                cloudImportCloudMonkey();
        } else if (sub == QLatin1String("list")) {
            if (onlyOptions(full, {}) && requireArguments(0, QStringLiteral("cloud list")))
                cloudList();
        } else if (sub == QLatin1String("jobs")) {
            if (onlyOptions(full, {}) && m_words.size() <= 1)
                cloudJobs(m_words.value(0));
            else if (m_words.size() > 1)
                usageError(tr("too many arguments; usage: %1").arg(QStringLiteral("cloud jobs [NAME]")));
        } else if (sub == QLatin1String("test")) {
            if (onlyOptions(full, {}) && requireArguments(1, QStringLiteral("cloud test NAME")))
                cloudTest(m_words.at(0));
        } else if (sub == QLatin1String("remove")) {
            if (onlyOptions(full, {}) && requireArguments(1, QStringLiteral("cloud remove NAME")))
                cloudRemove(m_words.at(0));
        } else if (sub == QLatin1String("set-password")) {
            if (onlyOptions(full, {QStringLiteral("secret-stdin"), QStringLiteral("secret-key-stdin")})
                && requireArguments(1, QStringLiteral("cloud set-password NAME [--password-stdin]")))
                cloudSetPassword(m_words.at(0));
        } else {
            usageError(sub.isEmpty()
                    ? tr("cloud needs a subcommand: add, import-openstack, import-cloudmonkey, list, jobs, test, "
                         "set-password or remove")
                    : tr("unknown command \"cloud %1\"").arg(sub));
        }
    } else if (command == QLatin1String("vm")) {
        const QString full = QStringLiteral("vm ") + sub;
        const bool power = sub == QLatin1String("start") || sub == QLatin1String("stop")
            || sub == QLatin1String("reboot") || sub == QLatin1String("delete");
        if (sub == QLatin1String("list")) {
            if (onlyOptions(full, {QStringLiteral("cloud")})
                && requireArguments(0, QStringLiteral("vm list [--cloud NAME]")))
                vmList();
        } else if (sub == QLatin1String("create")) {
            if (onlyOptions(full,
                    {QStringLiteral("main"), QStringLiteral("twin"), QStringLiteral("plan-only"),
                        QStringLiteral("keep-on-failure"), QStringLiteral("wait")})
                && requireArguments(
                    1, QStringLiteral("vm create SPEC.yaml [--main CLOUD] [--twin CLOUD] [--wait] [--plan-only]")))
                vmCreate(m_words.at(0));
        } else if (sub == QLatin1String("creates")) {
            if (onlyOptions(full, {}) && m_words.size() <= 1)
                vmCreates(m_words.value(0));
            else if (m_words.size() > 1)
                usageError(tr("too many arguments; usage: %1").arg(QStringLiteral("vm creates [NAME]")));
        } else if (sub == QLatin1String("show")) {
            if (onlyOptions(full, {QStringLiteral("cloud")})
                && requireArguments(1, QStringLiteral("vm show ID [--cloud NAME]")))
                vmShow(m_words.at(0));
        } else if (power) {
            QStringList allowed {QStringLiteral("cloud"), QStringLiteral("wait")};
            if (sub == QLatin1String("reboot"))
                allowed << QStringLiteral("hard");
            if (sub == QLatin1String("delete"))
                allowed << QStringLiteral("yes");
            if (!onlyOptions(full, allowed) || !requireArguments(1, QStringLiteral("vm %1 ID [--cloud NAME]").arg(sub)))
                return;
            // Decide before any work: deleting without a way to ask is a command-line problem.
            if (sub == QLatin1String("delete") && !m_parser.isSet(QStringLiteral("yes"))
                && !terminal::stdinIsTerminal()) {
                usageError(tr("vm delete needs --yes when there is no terminal to ask for confirmation"));
                return;
            }
            vmAction(sub, m_words.at(0));
        } else {
            usageError(sub.isEmpty()
                    ? tr("vm needs a subcommand: list, show, create, creates, start, stop, reboot or delete")
                    : tr("unknown command \"vm %1\"").arg(sub));
        }
    } else if (command == QLatin1String("render")) {
        if (onlyOptions(command, {QStringLiteral("out"), QStringLiteral("main"), QStringLiteral("twin")})
            && requireArguments(1, QStringLiteral("render SPEC.yaml --out DIR [--main CLOUD] [--twin CLOUD]")))
            renderSpec(m_words.at(0));
    } else if (command == QLatin1String("api")) {
        if (!onlyOptions(command, {QStringLiteral("dry-run")}))
            return;
        if (m_words.size() < 2) {
            usageError(tr("missing argument — usage: cloudtwinctl %1")
                           .arg(QStringLiteral("api NAME COMMAND [key=value ...] [--dry-run]")));
            return;
        }
        apiCall(m_words.at(0), m_words.at(1), m_words.mid(2));
    } else if (command == QLatin1String("login")) {
        if (requireArguments(1, QStringLiteral("login NAME [--password-stdin]")))
            login(m_words.at(0));
    } else if (command == QLatin1String("logout")) {
        if (requireArguments(0, QStringLiteral("logout")))
            logout();
    } else if (command == QLatin1String("whoami")) {
        if (requireArguments(0, QStringLiteral("whoami")))
            whoami();
    } else {
        usageError(tr("unknown command \"%1\"").arg(command));
    }
}

Status Cli::openCore()
{
    DatabaseUrl url = DatabaseUrl::sqliteFile(m_dataDir->defaultDatabasePath());
    if (const QString text = m_parser.value(QStringLiteral("database")); !text.isEmpty()) {
        auto parsed = DatabaseUrl::parse(text);
        if (!parsed)
            return parsed.error();
        url = parsed.value();
    }
    auto opened = Database::open(url);
    if (!opened)
        return opened.error();
    m_database = std::move(opened.value());
    m_accounts = std::make_unique<AccountService>(*m_database,
        AccountService::Options {
            m_dataDir->secretsPath(), crypto::KdfCost::interactive(), nullptr, m_dataDir->locksPath()});
    return {};
}

Result<SignedInUser> Cli::currentUser()
{
    auto ticket = SessionFile(m_dataDir->filePath(QStringLiteral("cli-session.json"))).read();
    if (!ticket)
        return ticket.error();
    auto user = m_accounts->resumeSession(ticket.value());
    if (!user && user.error().code == ErrorCode::NotLoggedIn)
        return makeError(ErrorCode::NotLoggedIn, tr("not logged in — run: cloudtwinctl login NAME"));
    return user;
}

Result<QString> Cli::password(const QString& prompt)
{
    if (m_parser.isSet(QStringLiteral("password-stdin"))) {
        bool ok = false;
        const QString line = terminal::readLine(&ok);
        if (!ok)
            return makeError(ErrorCode::InvalidInput,
                tr("--password-stdin was given but standard input ended before a password line."));
        return line;
    }
    if (!terminal::stdinIsTerminal())
        return makeError(
            ErrorCode::InvalidInput, tr("No terminal to ask for the password. Pipe it in and add --password-stdin."));
    return terminal::readHiddenLine(prompt);
}

Result<QString> Cli::newPassword(const QString& userName)
{
    auto first = password(tr("New password: "));
    if (!first)
        return first;
    const auto verdict = CredentialRules::assessPassword(first.value(), userName);
    if (!verdict.acceptable)
        return makeError(ErrorCode::InvalidInput, tr("Password too weak (%1): %2").arg(verdict.label, verdict.advice));
    if (!m_parser.isSet(QStringLiteral("password-stdin"))) {
        auto again = password(tr("Repeat the new password: "));
        if (!again)
            return again;
        if (again.value() != first.value())
            return makeError(ErrorCode::InvalidInput, tr("The two passwords differ. Nothing was changed."));
    }
    return first;
}

void Cli::userAdd(const QString& name)
{
    if (const QString problem = CredentialRules::userNameProblem(name); !problem.isEmpty()) {
        fail(makeError(ErrorCode::InvalidInput, problem));
        return;
    }
    if (auto status = openCore(); !status) {
        fail(status.error());
        return;
    }
    auto secret = newPassword(name);
    if (!secret) {
        fail(secret.error());
        return;
    }
    auto user = m_accounts->signUp(name, secret.value());
    if (!user) {
        fail(user.error());
        return;
    }
    auto store = m_accounts->storeFor(user.value());
    (void)store->addEvent(
        ActivityEvent::Severity::Info, QStringLiteral("account.created"), tr("Account created with cloudtwinctl."));
    message(tr("User %1 created. Sign in with: cloudtwinctl login %1").arg(name));
    succeed({}, QJsonObject {{QStringLiteral("user"), name}, {QStringLiteral("id"), user->id}});
}

void Cli::login(const QString& name)
{
    if (auto status = openCore(); !status) {
        fail(status.error());
        return;
    }
    auto secret = password(tr("Password for %1: ").arg(name));
    if (!secret) {
        fail(secret.error());
        return;
    }
    auto user = m_accounts->logIn(name, secret.value());
    if (!user) {
        fail(user.error());
        return;
    }
    const SessionFile sessionFile(m_dataDir->filePath(QStringLiteral("cli-session.json")));
    // A new login replaces any earlier session of this OS user.
    if (auto previous = sessionFile.read())
        (void)m_accounts->closeSession(previous->id);
    auto ticket = m_accounts->openSession(user.value());
    if (!ticket) {
        fail(ticket.error());
        return;
    }
    if (auto written = sessionFile.write(ticket.value()); !written) {
        (void)m_accounts->closeSession(ticket->id);
        fail(written.error());
        return;
    }
    (void)m_accounts->storeFor(user.value())
        ->addEvent(
            ActivityEvent::Severity::Info, QStringLiteral("account.signed_in"), tr("Signed in with cloudtwinctl."));
    message(tr("Logged in as %1.").arg(name));
    succeed({}, QJsonObject {{QStringLiteral("user"), name}, {QStringLiteral("id"), user->id}});
}

void Cli::logout()
{
    const SessionFile sessionFile(m_dataDir->filePath(QStringLiteral("cli-session.json")));
    auto ticket = sessionFile.read();
    if (!ticket) {
        if (ticket.error().code == ErrorCode::NotLoggedIn) {
            message(tr("Not logged in; nothing to do."));
            succeed({}, QJsonObject {{QStringLiteral("logged_out"), false}});
        } else {
            fail(ticket.error());
        }
        return;
    }
    if (auto status = openCore(); !status) {
        fail(status.error());
        return;
    }
    if (auto closed = m_accounts->closeSession(ticket->id); !closed) {
        fail(closed.error());
        return;
    }
    if (auto removed = sessionFile.remove(); !removed) {
        fail(removed.error());
        return;
    }
    message(tr("Logged out."));
    succeed({}, QJsonObject {{QStringLiteral("logged_out"), true}});
}

void Cli::whoami()
{
    if (auto status = openCore(); !status) {
        fail(status.error());
        return;
    }
    auto user = currentUser();
    if (!user) {
        fail(user.error());
        return;
    }
    m_secrets = new UserSecrets(user.value(), m_accounts->vaultPath(user->id));
    const SignedInUser who = user.value();
    m_secrets->detectBackend().then(this, [this, who](SecretBackend backend) {
        QString human = tr("%1 (user id %2)").arg(who.name, who.id) + QLatin1Char('\n')
            + tr("Secrets:  %1").arg(UserSecrets::backendName(backend)) + QLatin1Char('\n');
        if (backend == SecretBackend::EncryptedFile && !m_secrets->keychainProblem().isEmpty())
            human += tr("          (keychain: %1)").arg(m_secrets->keychainProblem()) + QLatin1Char('\n');
        human += tr("Database: %1").arg(m_database->url().redacted()) + QLatin1Char('\n')
            + tr("Data:     %1").arg(m_dataDir->path());
        succeed(human,
            QJsonObject {{QStringLiteral("user"), who.name}, {QStringLiteral("id"), who.id},
                {QStringLiteral("secret_backend"), backendKey(backend)},
                {QStringLiteral("keychain_problem"), m_secrets->keychainProblem()},
                {QStringLiteral("database"), m_database->url().redacted()},
                {QStringLiteral("data_dir"), m_dataDir->path()}});
    });
}

void Cli::userPasswd()
{
    if (auto status = openCore(); !status) {
        fail(status.error());
        return;
    }
    auto user = currentUser();
    if (!user) {
        fail(user.error());
        return;
    }
    auto current = password(tr("Current password: "));
    if (!current) {
        fail(current.error());
        return;
    }
    auto next = newPassword(user->name);
    if (!next) {
        fail(next.error());
        return;
    }
    if (auto changed = m_accounts->changePassword(user.value(), current.value(), next.value()); !changed) {
        fail(changed.error());
        return;
    }
    (void)m_accounts->storeFor(user.value())
        ->addEvent(ActivityEvent::Severity::Info, QStringLiteral("account.password_changed"),
            tr("Password changed with cloudtwinctl."));
    message(tr("Password changed."));
    succeed({}, QJsonObject {{QStringLiteral("password_changed"), true}});
}

void Cli::userDelete()
{
    if (auto status = openCore(); !status) {
        fail(status.error());
        return;
    }
    auto user = currentUser();
    if (!user) {
        fail(user.error());
        return;
    }
    auto secret = password(tr("Password for %1 (to confirm deleting the account and all its data): ").arg(user->name));
    if (!secret) {
        fail(secret.error());
        return;
    }
    if (auto confirmed = m_accounts->confirmPassword(user.value(), secret.value()); !confirmed) {
        fail(makeError(ErrorCode::WrongPassword, tr("The password is wrong. The account was not deleted.")));
        return;
    }
    m_secrets = new UserSecrets(user.value(), m_accounts->vaultPath(user->id));
    const SignedInUser who = user.value();
    const QString password = secret.value();
    m_secrets->detectBackend()
        .then(this, [this](SecretBackend) { return m_secrets->removeAll(); })
        .unwrap()
        .then(this, [this, who, password](const Status& removed) {
            if (!removed) {
                fail(removed.error());
                return;
            }
            if (auto deleted = m_accounts->deleteAccount(who, password); !deleted) {
                fail(deleted.error());
                return;
            }
            (void)SessionFile(m_dataDir->filePath(QStringLiteral("cli-session.json"))).remove();
            message(tr("User %1 and all their data were deleted.").arg(who.name));
            succeed({}, QJsonObject {{QStringLiteral("deleted"), who.name}});
        });
}

// --- clouds and VMs -----------------------------------------------------------------------------------------

namespace {

const QStringList kCloudOptions {QStringLiteral("auth-url"), QStringLiteral("username"), QStringLiteral("project"),
    QStringLiteral("project-id"), QStringLiteral("user-domain"), QStringLiteral("project-domain"),
    QStringLiteral("region"), QStringLiteral("cacert"), QStringLiteral("insecure"),
    QStringLiteral("application-credential-id"), QStringLiteral("secret-stdin"), QStringLiteral("clouds-yaml"),
    QStringLiteral("cloud"), QStringLiteral("replace"), QStringLiteral("yes"), QStringLiteral("wait"),
    QStringLiteral("hard"), QStringLiteral("url"), QStringLiteral("api-key"), QStringLiteral("secret-key-stdin"),
    QStringLiteral("domain"), QStringLiteral("file"), QStringLiteral("profile"), QStringLiteral("dry-run"),
    QStringLiteral("out"), QStringLiteral("main"), QStringLiteral("twin"), QStringLiteral("plan-only"),
    QStringLiteral("keep-on-failure")};

QString statusKey(ServerStatus status)
{
    switch (status) {
    case ServerStatus::Building:
        return QStringLiteral("building");
    case ServerStatus::Active:
        return QStringLiteral("active");
    case ServerStatus::Stopped:
        return QStringLiteral("stopped");
    case ServerStatus::Rebooting:
        return QStringLiteral("rebooting");
    case ServerStatus::Resizing:
        return QStringLiteral("resizing");
    case ServerStatus::VerifyResize:
        return QStringLiteral("verify_resize");
    case ServerStatus::Paused:
        return QStringLiteral("paused");
    case ServerStatus::Suspended:
        return QStringLiteral("suspended");
    case ServerStatus::Shelved:
        return QStringLiteral("shelved");
    case ServerStatus::Error:
        return QStringLiteral("error");
    case ServerStatus::Deleted:
        return QStringLiteral("deleted");
    case ServerStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString powerKey(PowerState state)
{
    switch (state) {
    case PowerState::NoState:
        return QStringLiteral("nostate");
    case PowerState::Running:
        return QStringLiteral("running");
    case PowerState::Paused:
        return QStringLiteral("paused");
    case PowerState::Shutdown:
        return QStringLiteral("shutdown");
    case PowerState::Crashed:
        return QStringLiteral("crashed");
    case PowerState::Suspended:
        return QStringLiteral("suspended");
    }
    return QStringLiteral("nostate");
}

QString addressText(const Server& server)
{
    QStringList parts;
    for (const Address& address : server.addresses)
        parts << address.ip;
    return parts.join(QLatin1Char(','));
}

QJsonObject serverJson(const InventoryRow& row)
{
    const Server& s = row.server;
    QJsonArray addresses;
    for (const Address& a : s.addresses)
        addresses.append(QJsonObject {{QStringLiteral("network"), a.network}, {QStringLiteral("ip"), a.ip},
            {QStringLiteral("version"), a.version}, {QStringLiteral("type"), a.type}});
    return QJsonObject {
        {QStringLiteral("cloud"), row.cloudName},
        {QStringLiteral("cloud_id"), row.accountId},
        {QStringLiteral("sandbox"), row.sandbox},
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("status"), statusKey(s.status)},
        {QStringLiteral("cloud_status"), s.providerStatus},
        {QStringLiteral("power_state"), powerKey(s.powerState)},
        {QStringLiteral("task_state"), s.taskState.isEmpty() ? QJsonValue() : QJsonValue(s.taskState)},
        {QStringLiteral("vcpus"), s.vcpus},
        {QStringLiteral("ram_mb"), s.ramMb},
        {QStringLiteral("disk_gb"), s.diskGb},
        {QStringLiteral("flavor"), s.flavorName},
        {QStringLiteral("image"), s.imageName.isEmpty() ? s.imageId : s.imageName},
        {QStringLiteral("image_id"), s.imageId},
        {QStringLiteral("addresses"), addresses},
        {QStringLiteral("created"), s.created.isValid() ? s.created.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("role"), serverRoleName(row.role)},
    };
}

} // namespace

QString table(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    QStringList lines;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

/// Cloud names are shown everywhere and typed in commands: printable, trimmed, not too long.
QString Cli::cloudNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Cli::tr("The cloud name is empty.");
    if (name != name.trimmed())
        return Cli::tr("The cloud name \"%1\" starts or ends with a space.").arg(name);
    if (name.size() > 64)
        return Cli::tr("The cloud name is longer than 64 characters.");
    for (const QChar c : name) {
        if (!c.isPrint())
            return Cli::tr("The cloud name contains a control character.");
    }
    return {};
}

void Cli::output(int exitCode, const QString& human, const QJsonValue& json)
{
    if (m_json) {
        const QJsonDocument document = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        writeOut(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    } else if (!human.isEmpty()) {
        writeOut(human + QLatin1Char('\n'));
    }
    finish(exitCode);
}

bool Cli::onlyOptions(const QString& command, const QStringList& allowed)
{
    for (const QString& option : m_parser.optionNames()) {
        if (kCloudOptions.contains(option) && !allowed.contains(option)) {
            usageError(tr("--%1 does not apply to \"%2\"").arg(option, command.trimmed()));
            return false;
        }
    }
    return true;
}

Result<QByteArray> Cli::cloudSecret(const QString& prompt)
{
    QString line;
    if (m_parser.isSet(QStringLiteral("password-stdin")) || m_parser.isSet(QStringLiteral("secret-stdin"))
        || m_parser.isSet(QStringLiteral("secret-key-stdin"))) {
        bool ok = false;
        line = terminal::readLine(&ok);
        if (!ok)
            return makeError(ErrorCode::InvalidInput,
                tr("--password-stdin was given but standard input ended before a password line."));
    } else if (terminal::stdinIsTerminal()) {
        line = terminal::readHiddenLine(prompt);
    } else {
        return makeError(ErrorCode::InvalidInput,
            tr("No terminal to ask for the cloud's password. Pipe it in and add --password-stdin "
               "(--secret-stdin for an application credential secret, --secret-key-stdin for a CloudStack "
               "secret key)."));
    }
    if (line.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The cloud's password or secret is empty. Nothing was stored."));
    return line.toUtf8();
}

void Cli::withClouds(std::function<void()> next)
{
    if (auto status = openCore(); !status) {
        fail(status.error());
        return;
    }
    auto user = currentUser();
    if (!user) {
        fail(user.error());
        return;
    }
    m_store = m_accounts->storeFor(user.value());
    auto clouds = m_store->clouds();
    if (!clouds) {
        fail(clouds.error());
        return;
    }
    m_secrets = new UserSecrets(user.value(), m_accounts->vaultPath(user->id));
    CloudService::Store store;
    // The CLI owns its database connection on this thread, so the store calls run directly.
    store.add = [this](const CloudAccount& account) { return QtFuture::makeReadyFuture(m_store->addCloud(account)); };
    store.remove = [this](const QString& id) { return QtFuture::makeReadyFuture(m_store->removeCloud(id)); };
    store.rememberJob
        = [this](const CloudJob& job) { return QtFuture::makeReadyFuture(m_store->rememberCloudJob(job)); };
    store.forgetJob = [this](const QString& cloudId, const QString& jobId) {
        return QtFuture::makeReadyFuture(m_store->forgetCloudJob(cloudId, jobId));
    };
    store.pendingJobs
        = [this](const QString& cloudId) { return QtFuture::makeReadyFuture(m_store->cloudJobs(cloudId)); };
    m_clouds = new CloudService(
        m_secrets,
        [](const CloudAccount& account, const QByteArray& secret, QObject* parent) {
            return createProvider(account, secret, parent);
        },
        store);
    m_clouds->setAccounts(clouds.value());
    connect(m_clouds, &CloudService::rememberedJobEnded, this,
        [this](const QString& cloudName, const CloudJob& job, const Status& outcome) {
            (void)m_store->addEvent(outcome ? ActivityEvent::Severity::Info : ActivityEvent::Severity::Warning,
                QStringLiteral("cloud.job_ended"), CloudService::describeRememberedJob(cloudName, job, outcome));
        });
    m_secrets->detectBackend().then(this, [next = std::move(next)](SecretBackend) { next(); });
}

void Cli::cloudAdd(const QString& kind, const QString& name)
{
    if (kind != QLatin1String("openstack")) {
        usageError(tr("cloud add supports \"openstack\" and \"cloudstack\", not \"%1\"").arg(kind));
        return;
    }
    auto option = [this](const char* name) { return m_parser.value(QLatin1String(name)).trimmed(); };
    const QString authUrl = option("auth-url");
    const QString appCredentialId = option("application-credential-id");
    const bool appCredential = !appCredentialId.isEmpty();
    // Command-line problems first (exit 2), before anything is opened or asked.
    if (authUrl.isEmpty()) {
        usageError(tr("cloud add openstack needs --auth-url URL (the Keystone v3 address, e.g. "
                      "https://keystone.example.com:5000/v3)"));
        return;
    }
    if (appCredential) {
        for (const char* scoped : {"username", "project", "project-id", "user-domain", "project-domain"}) {
            if (m_parser.isSet(QLatin1String(scoped))) {
                usageError(tr("--%1 cannot be used with --application-credential-id: the credential already names "
                              "its user and project")
                               .arg(QLatin1String(scoped)));
                return;
            }
        }
    } else {
        if (option("username").isEmpty()) {
            usageError(tr("cloud add openstack needs --username USER (or --application-credential-id ID)"));
            return;
        }
        if (option("project").isEmpty() && option("project-id").isEmpty()) {
            usageError(tr("cloud add openstack needs --project PROJECT (or --project-id ID)"));
            return;
        }
    }
    if (m_parser.isSet(QStringLiteral("insecure")) && m_parser.isSet(QStringLiteral("cacert"))) {
        usageError(tr("--insecure and --cacert contradict each other; use one"));
        return;
    }

    // Field checks (exit 1 with a message that names the field).
    if (const QString problem = cloudNameProblem(name); !problem.isEmpty()) {
        fail(makeError(ErrorCode::InvalidInput, problem));
        return;
    }
    const QUrl url(authUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        fail(makeError(
            ErrorCode::InvalidInput, tr("--auth-url \"%1\" is not an http:// or https:// address.").arg(authUrl)));
        return;
    }
    CloudAccount account;
    account.name = name;
    account.kind = CloudKind::OpenStack;
    account.authUrl = authUrl;
    account.regionName = option("region");
    account.insecure = m_parser.isSet(QStringLiteral("insecure"));
    if (const QString cacert = option("cacert"); !cacert.isEmpty()) {
        const QFileInfo file(cacert);
        if (!file.isFile() || !file.isReadable()) {
            fail(makeError(ErrorCode::InvalidInput,
                tr("--cacert %1: no readable file there.").arg(QDir::toNativeSeparators(cacert))));
            return;
        }
        account.caFile = file.absoluteFilePath(); // later runs may start elsewhere
    }
    if (appCredential) {
        account.authType = QStringLiteral("v3applicationcredential");
        account.applicationCredentialId = appCredentialId;
    } else {
        account.authType = QStringLiteral("password");
        account.userName = option("username");
        account.projectName = option("project");
        account.projectId = option("project-id");
        // Keystone needs a domain for names; "Default" is what single-domain clouds use.
        account.userDomainName = option("user-domain").isEmpty() ? QStringLiteral("Default") : option("user-domain");
        account.projectDomainName
            = option("project-domain").isEmpty() ? account.userDomainName : option("project-domain");
    }
    // Plain http to this machine (the sandbox) crosses no network.
    const bool loopback = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    if (url.scheme() == QLatin1String("http") && !loopback)
        message(tr("Warning: %1 is plain http; the cloud's password will cross the network unencrypted.").arg(authUrl));
    if (account.insecure)
        message(tr("Warning: certificate checks are off for %1 (--insecure).").arg(name));

    addCloudWithSecret(account,
        account.authType == QLatin1String("password")
            ? tr("Password of %1 on cloud %2: ").arg(account.userName, account.name)
            : tr("Application credential secret for cloud %1: ").arg(account.name));
}

void Cli::addCloudWithSecret(const CloudAccount& account, const QString& prompt)
{
    withClouds([this, account, prompt]() {
        if (m_clouds->accountByName(account.name)) {
            fail(makeError(ErrorCode::AlreadyExists,
                tr("A cloud named %1 already exists. Remove it first (cloudtwinctl cloud remove %1) or "
                   "choose another name.")
                    .arg(account.name)));
            return;
        }
        auto secret = cloudSecret(prompt);
        if (!secret) {
            fail(secret.error());
            return;
        }
        m_clouds->addAccount(account, secret.value()).then(this, [this](const Result<CloudAccount>& added) {
            if (!added) {
                fail(added.error());
                return;
            }
            (void)m_store->addEvent(ActivityEvent::Severity::Info, QStringLiteral("cloud.added"),
                tr("Cloud %1 added with cloudtwinctl.").arg(added->name));
            message(tr("Cloud %1 added; its secret is kept in the %2. Check it with: cloudtwinctl cloud test %1")
                        .arg(added->name, UserSecrets::backendName(m_secrets->backend())));
            succeed({},
                QJsonObject {{QStringLiteral("cloud"), added->name}, {QStringLiteral("id"), added->id},
                    {QStringLiteral("kind"), cloudKindName(added->kind)}});
        });
    });
}

void Cli::cloudImport()
{
    const QString file = m_parser.value(QStringLiteral("clouds-yaml"));
    const QString only = m_parser.value(QStringLiteral("cloud"));
    const bool replace = m_parser.isSet(QStringLiteral("replace"));
    auto loaded = openstack::CloudsYaml::load(file);
    if (!loaded) {
        fail(loaded.error());
        return;
    }
    openstack::CloudsYamlImport found = loaded.value();
    const QString quoted = QStringLiteral("'%1'").arg(only);
    QStringList problems;
    for (const QString& problem : std::as_const(found.problems)) {
        if (only.isEmpty() || problem.contains(quoted))
            problems << problem;
    }
    if (!only.isEmpty()) {
        found.clouds.removeIf([&](const openstack::ImportedCloud& c) { return c.account.name != only; });
        if (found.clouds.isEmpty() && problems.isEmpty()) {
            fail(makeError(ErrorCode::NotFound,
                tr("There is no cloud named %1 in %2.")
                    .arg(only,
                        found.file.isEmpty() ? tr("the OS_* environment") : QDir::toNativeSeparators(found.file))));
            return;
        }
    }
    for (const QString& problem : std::as_const(problems))
        message(tr("Not imported: %1").arg(problem));
    if (!found.file.isEmpty())
        message(tr("Reading %1%2")
                    .arg(QDir::toNativeSeparators(found.file),
                        found.secureFile.isEmpty() ? QString()
                                                   : tr(" and %1").arg(QDir::toNativeSeparators(found.secureFile))));

    withClouds([this, found, problems, replace]() {
        struct State
        {
            QList<openstack::ImportedCloud> clouds;
            qsizetype next = 0;
            QJsonArray imported;
            QJsonArray skipped;
            QStringList lines;
            bool failed = false;
        };
        auto state = std::make_shared<State>();
        state->clouds = found.clouds;
        auto step = std::make_shared<std::function<void()>>();
        // One cloud after the other: each may first remove an old one of the same name.
        // The function holds itself only weakly; the pending continuations below hold it strongly, so it lives
        // exactly as long as there is work left.
        *step = [this, state, weakStep = std::weak_ptr(step), problems, replace]() {
            const auto step = weakStep.lock();
            if (state->next >= state->clouds.size()) {
                const QJsonObject json {{QStringLiteral("imported"), state->imported},
                    {QStringLiteral("skipped"), state->skipped},
                    {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
                if (state->imported.isEmpty() && state->skipped.isEmpty() && !state->failed)
                    state->lines << tr("Nothing was imported.");
                output(problems.isEmpty() && !state->failed ? Success : Failure, state->lines.join(QLatin1Char('\n')),
                    json);
                return;
            }
            const openstack::ImportedCloud cloud = state->clouds.at(state->next++);
            auto add = [this, state, step, cloud]() {
                m_clouds->addAccount(cloud.account, cloud.secret)
                    .then(this, [this, state, step, cloud](const Result<CloudAccount>& added) {
                        if (!added) {
                            message(tr("cloudtwinctl: %1").arg(added.error().message));
                            state->failed = true;
                        } else {
                            (void)m_store->addEvent(ActivityEvent::Severity::Info, QStringLiteral("cloud.imported"),
                                tr("Cloud %1 imported from %2 with cloudtwinctl.").arg(added->name, cloud.source));
                            for (const QString& note : cloud.notes)
                                message(tr("Note: %1").arg(note));
                            QString line = tr("Imported %1 (%2)").arg(added->name, added->authUrl);
                            if (cloud.needsSecret())
                                line += tr(" — needs a password: cloudtwinctl cloud set-password %1").arg(added->name);
                            state->lines << line;
                            state->imported.append(QJsonObject {{QStringLiteral("name"), added->name},
                                {QStringLiteral("id"), added->id}, {QStringLiteral("auth_url"), added->authUrl},
                                {QStringLiteral("auth_type"), added->authType},
                                {QStringLiteral("source"), cloud.source},
                                {QStringLiteral("needs_secret"), cloud.needsSecret()},
                                {QStringLiteral("notes"), QJsonArray::fromStringList(cloud.notes)}});
                        }
                        (*step)();
                    });
            };
            const auto existing = m_clouds->accountByName(cloud.account.name);
            if (!existing) {
                add();
            } else if (!replace) {
                message(tr("Skipped %1: a cloud with this name already exists (add --replace to overwrite it).")
                            .arg(cloud.account.name));
                state->skipped.append(cloud.account.name);
                (*step)();
            } else {
                m_clouds->removeAccount(existing->id)
                    .then(this, [this, state, step, add, cloud](const Status& removed) {
                        if (!removed) {
                            message(tr("cloudtwinctl: %1").arg(removed.error().message));
                            state->failed = true;
                            (*step)();
                            return;
                        }
                        message(tr("Replacing %1.").arg(cloud.account.name));
                        add();
                    });
            }
        };
        (*step)();
    });
}

void Cli::cloudList()
{
    withClouds([this]() {
        const QList<CloudAccount> accounts = m_clouds->accounts();
        QList<QFuture<Result<bool>>> checks;
        for (const CloudAccount& account : accounts)
            checks << m_clouds->hasSecret(account.id);
        auto print = [this, accounts](const QList<QFuture<Result<bool>>>& results) {
            QList<QStringList> rows {{tr("NAME"), tr("KIND"), tr("WHERE"), tr("SECRET")}};
            QJsonArray json;
            for (qsizetype i = 0; i < accounts.size(); ++i) {
                const CloudAccount& a = accounts.at(i);
                const Result<bool> stored = results.at(i).result();
                const QString secret = !stored ? tr("unknown") : stored.value() ? tr("yes") : tr("no");
                QString where;
                if (a.sandbox) {
                    where = tr("Sandbox");
                } else if (a.kind == CloudKind::OpenStack) {
                    const QString project = !a.projectName.isEmpty() ? a.projectName : a.projectId;
                    where = project.isEmpty() ? a.authUrl : tr("%1 (project %2)").arg(a.authUrl, project);
                } else if (!a.apiKey.isEmpty()) {
                    where = tr("%1 (API key)").arg(a.apiUrl);
                } else {
                    where = a.domain.isEmpty() || a.domain == QLatin1String("/")
                        ? tr("%1 (user %2)").arg(a.apiUrl, a.userName)
                        : tr("%1 (user %2, domain %3)").arg(a.apiUrl, a.userName, a.domain);
                }
                rows << QStringList {a.name, cloudKindName(a.kind), where, secret};
                json.append(QJsonObject {
                    {QStringLiteral("name"), a.name},
                    {QStringLiteral("id"), a.id},
                    {QStringLiteral("kind"), cloudKindName(a.kind)},
                    {QStringLiteral("sandbox"), a.sandbox},
                    {QStringLiteral("auth_url"), a.authUrl},
                    {QStringLiteral("auth_type"), a.authType},
                    {QStringLiteral("project"), a.projectName.isEmpty() ? a.projectId : a.projectName},
                    {QStringLiteral("region"), a.regionName},
                    {QStringLiteral("api_url"), a.apiUrl},
                    {QStringLiteral("api_key"), a.apiKey},
                    {QStringLiteral("username"), a.userName},
                    {QStringLiteral("domain"), a.domain},
                    {QStringLiteral("insecure"), a.insecure},
                    {QStringLiteral("secret_stored"), stored ? QJsonValue(stored.value()) : QJsonValue()},
                });
            }
            if (accounts.isEmpty()) {
                message(tr("No clouds yet. Add one with: cloudtwinctl cloud add openstack NAME --auth-url URL ... "
                           "or cloudtwinctl cloud add cloudstack NAME --url URL ..."));
                succeed({}, json);
                return;
            }
            succeed(table(rows), json);
        };
        if (checks.isEmpty()) {
            print({});
            return;
        }
        QtFuture::whenAll(checks.begin(), checks.end()).then(this, print);
    });
}

void Cli::cloudTest(const QString& name)
{
    withClouds([this, name]() {
        const auto account = m_clouds->accountByName(name);
        if (!account) {
            fail(makeError(
                ErrorCode::NotFound, tr("There is no cloud named %1. See: cloudtwinctl cloud list").arg(name)));
            return;
        }
        QElapsedTimer timer;
        timer.start();
        m_clouds->provider(account->id)
            .then(this,
                [](const Result<CloudProvider*>& provider) -> QFuture<Result<QList<ServiceCheck>>> {
                    if (!provider)
                        return QtFuture::makeReadyFuture(Result<QList<ServiceCheck>>(provider.error()));
                    return provider.value()->testConnection();
                })
            .unwrap()
            .then(this, [this, name](const Result<QList<ServiceCheck>>& checks) {
                if (!checks) {
                    fail(checks.error());
                    return;
                }
                bool allOk = !checks->isEmpty();
                QList<QStringList> rows {{tr("SERVICE"), tr("RESULT"), tr("TIME"), tr("DETAIL")}};
                QJsonArray services;
                for (const ServiceCheck& check : checks.value()) {
                    allOk = allOk && check.ok;
                    rows << QStringList {check.service, check.ok ? tr("ok") : tr("FAILED"),
                        tr("%1 ms").arg(check.elapsedMs), check.detail};
                    services.append(
                        QJsonObject {{QStringLiteral("service"), check.service}, {QStringLiteral("ok"), check.ok},
                            {QStringLiteral("ms"), check.elapsedMs}, {QStringLiteral("detail"), check.detail}});
                }
                if (!allOk)
                    message(tr("cloudtwinctl: cloud %1: not every service answered; see the table.").arg(name));
                output(allOk ? Success : Failure, table(rows),
                    QJsonObject {{QStringLiteral("cloud"), name}, {QStringLiteral("ok"), allOk},
                        {QStringLiteral("services"), services}});
            });
    });
}

void Cli::cloudRemove(const QString& name)
{
    withClouds([this, name]() {
        const auto account = m_clouds->accountByName(name);
        if (!account) {
            fail(makeError(
                ErrorCode::NotFound, tr("There is no cloud named %1. See: cloudtwinctl cloud list").arg(name)));
            return;
        }
        m_clouds->removeAccount(account->id).then(this, [this, name](const Status& removed) {
            if (!removed) {
                fail(removed.error());
                return;
            }
            (void)m_store->addEvent(ActivityEvent::Severity::Info, QStringLiteral("cloud.removed"),
                tr("Cloud %1 removed with cloudtwinctl.").arg(name));
            message(tr("Cloud %1 and its stored secret were removed. Its VMs were not touched.").arg(name));
            succeed({}, QJsonObject {{QStringLiteral("removed"), name}});
        });
    });
}

void Cli::cloudSetPassword(const QString& name)
{
    withClouds([this, name]() {
        const auto account = m_clouds->accountByName(name);
        if (!account) {
            fail(makeError(
                ErrorCode::NotFound, tr("There is no cloud named %1. See: cloudtwinctl cloud list").arg(name)));
            return;
        }
        const QString prompt = account->kind == CloudKind::CloudStack && !account->apiKey.isEmpty()
            ? tr("Secret key for cloud %1: ").arg(name)
            : account->authType == QLatin1String("v3applicationcredential")
            ? tr("Application credential secret for cloud %1: ").arg(name)
            : tr("Password of %1 on cloud %2: ").arg(account->userName, name);
        auto secret = cloudSecret(prompt);
        if (!secret) {
            fail(secret.error());
            return;
        }
        m_clouds->setSecret(account->id, secret.value()).then(this, [this, name](const Status& stored) {
            if (!stored) {
                fail(stored.error());
                return;
            }
            message(tr("The secret of cloud %1 was stored. Check it with: cloudtwinctl cloud test %1").arg(name));
            succeed({}, QJsonObject {{QStringLiteral("cloud"), name}, {QStringLiteral("secret_stored"), true}});
        });
    });
}

void Cli::loadInventory(std::function<void(bool)> next)
{
    withClouds([this, next = std::move(next)]() {
        QList<CloudAccount> selected = m_clouds->accounts();
        if (const QString only = m_parser.value(QStringLiteral("cloud")); !only.isEmpty()) {
            const auto account = m_clouds->accountByName(only);
            if (!account) {
                fail(makeError(
                    ErrorCode::NotFound, tr("There is no cloud named %1. See: cloudtwinctl cloud list").arg(only)));
                return;
            }
            selected = {*account};
        }
        m_inventory = new Inventory([this](const QString& id) { return m_clouds->provider(id); });
        m_inventory->setClouds(selected);
        connect(
            m_inventory, &Inventory::idle, this,
            [this, next]() {
                bool allAnswered = true;
                for (const CloudState& state : m_inventory->cloudStates()) {
                    if (!state.ok) {
                        allAnswered = false;
                        message(tr("cloudtwinctl: cloud %1 could not be listed: %2").arg(state.name, state.error));
                    }
                }
                next(allAnswered);
            },
            Qt::SingleShotConnection);
        m_inventory->refreshAll();
    });
}

void Cli::vmList()
{
    loadInventory([this](bool allAnswered) {
        const QList<InventoryRow> rows = m_inventory->rows();
        QJsonArray json;
        QList<QStringList> lines {
            {tr("CLOUD"), tr("NAME"), tr("STATUS"), tr("POWER"), tr("SIZE"), tr("IMAGE"), tr("ADDRESSES"), tr("ID")}};
        for (const InventoryRow& row : rows) {
            const Server& s = row.server;
            json.append(serverJson(row));
            lines << QStringList {row.cloudName, s.name, statusKey(s.status), powerKey(s.powerState),
                tr("%1 vCPU / %2 MB / %3 GB").arg(s.vcpus).arg(s.ramMb).arg(s.diskGb),
                s.imageName.isEmpty() ? s.imageId : s.imageName, addressText(s), s.id};
        }
        if (rows.isEmpty() && m_inventory->cloudIds().isEmpty())
            message(tr("No clouds yet. Add one with: cloudtwinctl cloud add openstack NAME --auth-url URL ..."));
        output(allAnswered ? Success : Failure, rows.isEmpty() ? QString() : table(lines), json);
    });
}

void Cli::findServer(const QString& idOrName, std::function<void(const InventoryRow&)> next)
{
    loadInventory([this, idOrName, next = std::move(next)](bool allAnswered) {
        const QList<InventoryRow> rows = m_inventory->rows();
        QList<InventoryRow> matches;
        for (const InventoryRow& row : rows) {
            if (row.server.id == idOrName)
                matches << row;
        }
        if (matches.isEmpty()) {
            for (const InventoryRow& row : rows) {
                if (row.server.name == idOrName)
                    matches << row;
            }
        }
        if (matches.size() > 1) {
            QStringList candidates;
            for (const InventoryRow& row : std::as_const(matches))
                candidates << tr("%1 in cloud %2").arg(row.server.id, row.cloudName);
            fail(makeError(ErrorCode::InvalidInput,
                tr("%1 names %2 VMs: %3. Use the ID (or --cloud NAME).")
                    .arg(idOrName)
                    .arg(matches.size())
                    .arg(candidates.join(QStringLiteral(", ")))));
            return;
        }
        if (matches.isEmpty()) {
            fail(makeError(ErrorCode::NotFound,
                allAnswered ? tr("No VM has the ID or name %1. See: cloudtwinctl vm list").arg(idOrName)
                            : tr("No VM has the ID or name %1 in the clouds that answered.").arg(idOrName)));
            return;
        }
        next(matches.first());
    });
}

void Cli::vmShow(const QString& idOrName)
{
    findServer(idOrName, [this](const InventoryRow& row) {
        const Server& s = row.server;
        QJsonObject json = serverJson(row);
        json.insert(
            QStringLiteral("updated"), s.updated.isValid() ? s.updated.toUTC().toString(Qt::ISODate) : QString());
        json.insert(QStringLiteral("zone"), s.zone);
        json.insert(QStringLiteral("key_name"), s.keyName);
        json.insert(QStringLiteral("fault"), s.faultMessage);
        json.insert(QStringLiteral("metadata"), QJsonObject::fromVariantMap(s.metadata));
        QStringList addresses;
        for (const Address& a : s.addresses)
            addresses << tr("%1 %2 (%3)").arg(a.network, a.ip, a.type);
        QList<QStringList> lines {
            {tr("Name:"), s.name},
            {tr("ID:"), s.id},
            {tr("Cloud:"), row.sandbox ? tr("%1 (Sandbox)").arg(row.cloudName) : row.cloudName},
            {tr("Status:"),
                s.providerStatus.isEmpty() ? statusKey(s.status)
                                           : tr("%1 (%2)").arg(statusKey(s.status), s.providerStatus)},
            {tr("Power:"), powerKey(s.powerState)},
            {tr("Size:"),
                tr("%1 vCPU, %2 MB RAM, %3 GB disk%4")
                    .arg(s.vcpus)
                    .arg(s.ramMb)
                    .arg(s.diskGb)
                    .arg(s.flavorName.isEmpty() ? QString() : tr(" (flavor %1)").arg(s.flavorName))},
            {tr("Image:"), s.imageName.isEmpty() ? s.imageId : tr("%1 (%2)").arg(s.imageName, s.imageId)},
            {tr("Addresses:"), addresses.join(QStringLiteral(", "))},
            {tr("Created:"), s.created.toUTC().toString(Qt::ISODate)},
            {tr("Role:"), serverRoleName(row.role)},
        };
        if (!s.taskState.isEmpty())
            lines << QStringList {tr("Task:"), s.taskState};
        if (!s.zone.isEmpty())
            lines << QStringList {tr("Zone:"), s.zone};
        if (!s.keyName.isEmpty())
            lines << QStringList {tr("Key pair:"), s.keyName};
        if (!s.faultMessage.isEmpty())
            lines << QStringList {tr("Fault:"), s.faultMessage};
        succeed(table(lines), json);
    });
}

void Cli::vmAction(const QString& action, const QString& idOrName)
{
    findServer(idOrName, [this, action](const InventoryRow& row) {
        const Server server = row.server;
        const QString what = tr("VM %1 (%2) in cloud %3").arg(server.name, server.id, row.cloudName);
        if (action == QLatin1String("delete") && !m_parser.isSet(QStringLiteral("yes"))) {
            std::fputs(tr("Delete %1? This cannot be undone. [y/N] ").arg(what).toLocal8Bit().constData(), stderr);
            std::fflush(stderr);
            bool ok = false;
            const QString answer = terminal::readLine(&ok).trimmed().toLower();
            if (!ok || (answer != QLatin1String("y") && answer != QLatin1String("yes"))) {
                message(tr("Not deleted."));
                finish(Failure);
                return;
            }
        }
        const bool wait = m_parser.isSet(QStringLiteral("wait"));
        const bool hard = m_parser.isSet(QStringLiteral("hard"));
        m_clouds->provider(row.accountId)
            .then(this,
                [action, server, wait, hard](const Result<CloudProvider*>& provider) -> QFuture<Status> {
                    if (!provider)
                        return QtFuture::makeReadyFuture(Status(provider.error()));
                    CloudProvider* p = provider.value();
                    QFuture<Status> requested = action == QLatin1String("start") ? p->startServer(server.id)
                        : action == QLatin1String("stop")                        ? p->stopServer(server.id)
                        : action == QLatin1String("reboot")                      ? p->rebootServer(server.id, hard)
                                                                                 : p->deleteServer(server.id);
                    if (!wait)
                        return requested;
                    const QList<ServerStatus> targets = action == QLatin1String("stop")
                        ? QList<ServerStatus> {ServerStatus::Stopped}
                        : action == QLatin1String("delete") ? QList<ServerStatus> {ServerStatus::Deleted}
                                                            : QList<ServerStatus> {ServerStatus::Active};
                    const QPointer<CloudProvider> guard(p);
                    return requested
                        .then(p,
                            [guard, server, targets, action](const Status& status) -> QFuture<Status> {
                                if (!status || !guard)
                                    return QtFuture::makeReadyFuture(status);
                                return guard->waitForServer(server.id, targets, QDeadlineTimer(10 * 60 * 1000))
                                    .then([action](const Result<Server>& reached) -> Status {
                                        // A deleted server may simply be gone when we look.
                                        if (!reached && action == QLatin1String("delete")
                                            && reached.error().code == ErrorCode::NotFound)
                                            return {};
                                        if (!reached)
                                            return reached.error();
                                        return {};
                                    });
                            })
                        .unwrap();
                })
            .unwrap()
            .then(this, [this, action, what, server, row, wait](const Status& done) {
                if (!done) {
                    fail(done.error());
                    return;
                }
                const QString human = action == QLatin1String("start")
                    ? (wait ? tr("%1 is running.") : tr("Start of %1 requested."))
                    : action == QLatin1String("stop") ? (wait ? tr("%1 is stopped.") : tr("Stop of %1 requested."))
                    : action == QLatin1String("reboot")
                    ? (wait ? tr("%1 was rebooted.") : tr("Reboot of %1 requested."))
                    : (wait ? tr("%1 was deleted.") : tr("Deletion of %1 requested."));
                message(human.arg(what));
                (void)m_store->addEvent(ActivityEvent::Severity::Info, QStringLiteral("vm.") + action,
                    tr("%1: %2 requested with cloudtwinctl.").arg(what, action));
                succeed({},
                    QJsonObject {{QStringLiteral("cloud"), row.cloudName}, {QStringLiteral("id"), server.id},
                        {QStringLiteral("name"), server.name}, {QStringLiteral("action"), action},
                        {QStringLiteral("done"), wait}});
            });
    });
}

} // namespace ct
