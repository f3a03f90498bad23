#include "cli.h"

#include "auth/credentialrules.h"
#include "auth/sessionfile.h"
#include "i18n/translations.h"
#include "logging/logging.h"
#include "secrets/usersecrets.h"
#include "settings/appsettings.h"
#include "terminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
{
}

Cli::~Cli()
{
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
              "Global options:\n"
              "  --data-dir DIR        keep all state in DIR (default: $CLOUDTWIN_DATA_DIR, else the app data folder)\n"
              "  --database URL        sqlite:///path, postgresql://user@host:port/db or mysql://user@host:port/db\n"
              "                        (password in $CLOUDTWIN_DATABASE_PASSWORD or in the URL)\n"
              "  --json                machine-readable output on stdout; messages stay on stderr\n"
              "  --password-stdin      read passwords from standard input, one per line\n"
              "  -h, --help            show this help\n"
              "  --version             show the version\n"
              "\n"
              "Passwords are never taken from the command line: they come from standard input or a prompt.\n"
              "\n"
              "Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.\n");
}

void Cli::start()
{
    run();
}

void Cli::finish(int exitCode)
{
    Q_ASSERT(!m_finished);
    if (m_finished)
        return;
    m_finished = true;
    emit finished(exitCode);
}

void Cli::message(const QString& text) const
{
    writeErr(text + QLatin1Char('\n'));
}

void Cli::usageError(const QString& problem)
{
    message(tr("cloudtwinctl: %1").arg(problem));
    message(tr("Run cloudtwinctl --help for the commands and options."));
    finish(Usage);
}

void Cli::fail(const Error& error)
{
    if (m_json)
        writeOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), error.message}})
                                       .toJson(QJsonDocument::Compact))
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
                QJsonObject{{QStringLiteral("version"), QCoreApplication::applicationVersion()}});
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
    const QString sub = command == QLatin1String("user") && !m_words.isEmpty() ? m_words.takeFirst() : QString();
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
                                                  AccountService::Options{m_dataDir->secretsPath(),
                                                                          crypto::KdfCost::interactive(), nullptr});
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
        return makeError(ErrorCode::InvalidInput,
                         tr("No terminal to ask for the password. Pipe it in and add --password-stdin."));
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
    (void)store->addEvent(ActivityEvent::Severity::Info, QStringLiteral("account.created"),
                          tr("Account created with cloudtwinctl."));
    message(tr("User %1 created. Sign in with: cloudtwinctl login %1").arg(name));
    succeed({}, QJsonObject{{QStringLiteral("user"), name}, {QStringLiteral("id"), user->id}});
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
        ->addEvent(ActivityEvent::Severity::Info, QStringLiteral("account.signed_in"),
                   tr("Signed in with cloudtwinctl."));
    message(tr("Logged in as %1.").arg(name));
    succeed({}, QJsonObject{{QStringLiteral("user"), name}, {QStringLiteral("id"), user->id}});
}

void Cli::logout()
{
    const SessionFile sessionFile(m_dataDir->filePath(QStringLiteral("cli-session.json")));
    auto ticket = sessionFile.read();
    if (!ticket) {
        if (ticket.error().code == ErrorCode::NotLoggedIn) {
            message(tr("Not logged in; nothing to do."));
            succeed({}, QJsonObject{{QStringLiteral("logged_out"), false}});
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
    succeed({}, QJsonObject{{QStringLiteral("logged_out"), true}});
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
                QJsonObject{{QStringLiteral("user"), who.name},
                            {QStringLiteral("id"), who.id},
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
    succeed({}, QJsonObject{{QStringLiteral("password_changed"), true}});
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
            succeed({}, QJsonObject{{QStringLiteral("deleted"), who.name}});
        });
}

} // namespace ct
