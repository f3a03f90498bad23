// cloudtwinctl commands for Apache CloudStack clouds: cloud add cloudstack, cloud import-cloudmonkey, api.
#include "cli.h"
#include "cloud/cloudmonkey/cloudmonkeyconfig.h"
#include "cloud/cloudstack/cloudstackprovider.h"
#include "inventory/cloudservice.h"
#include "secrets/usersecrets.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <memory>

namespace ct {

namespace {

bool isHttpUrl(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

bool isLoopback(const QUrl& url)
{
    return url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
}

} // namespace

void Cli::cloudAddCloudStack(const QString& name)
{
    auto option = [this](const char* key) { return m_parser.value(QLatin1String(key)).trimmed(); };
    const QString apiUrl = option("url");
    const QString apiKey = option("api-key");
    const QString userName = option("username");
    // Command-line problems first (exit 2), before anything is opened or asked.
    if (apiUrl.isEmpty()) {
        usageError(tr("cloud add cloudstack needs --url URL (the API endpoint, e.g. "
                      "https://cloud.example.com/client/api)"));
        return;
    }
    if (apiKey.isEmpty() && userName.isEmpty()) {
        usageError(tr("cloud add cloudstack needs --api-key KEY (with the secret key on stdin: "
                      "--secret-key-stdin) or --username USER (with the password on stdin: --password-stdin)"));
        return;
    }
    if (!apiKey.isEmpty() && !userName.isEmpty()) {
        usageError(tr("--api-key and --username are two ways to sign in; use one"));
        return;
    }
    if (!apiKey.isEmpty() && m_parser.isSet(QStringLiteral("domain"))) {
        usageError(tr("--domain belongs to --username; an API key already names its user and domain"));
        return;
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
    const QUrl url(apiUrl, QUrl::StrictMode);
    if (!isHttpUrl(url)) {
        fail(makeError(ErrorCode::InvalidInput,
            tr("--url \"%1\" is not an http:// or https:// address. CloudStack's API is usually at "
               "https://HOST/client/api.")
                .arg(apiUrl)));
        return;
    }
    CloudAccount account;
    account.name = name;
    account.kind = CloudKind::CloudStack;
    account.apiUrl = apiUrl;
    account.insecure = m_parser.isSet(QStringLiteral("insecure"));
    if (const QString cacert = option("cacert"); !cacert.isEmpty()) {
        const QFileInfo file(cacert);
        if (!file.isFile() || !file.isReadable()) {
            fail(makeError(ErrorCode::InvalidInput,
                tr("--cacert %1: no readable file there.").arg(QDir::toNativeSeparators(cacert))));
            return;
        }
        account.caFile = file.absoluteFilePath();
    }
    if (!apiKey.isEmpty()) {
        account.authType = QStringLiteral("apikey");
        account.apiKey = apiKey;
    } else {
        account.authType = QStringLiteral("password");
        account.userName = userName;
        account.domain = option("domain").isEmpty() ? QStringLiteral("/") : option("domain");
        if (url.scheme() == QLatin1String("http") && !isLoopback(url))
            message(tr("Warning: %1 is plain http; the password will cross the network unencrypted.").arg(apiUrl));
    }
    if (account.insecure)
        message(tr("Warning: certificate checks are off for %1 (--insecure).").arg(name));

    addCloudWithSecret(account,
        account.apiKey.isEmpty() ? tr("Password of %1 on cloud %2: ").arg(account.userName, account.name)
                                 : tr("Secret key for cloud %1: ").arg(account.name));
}

void Cli::cloudImportCloudMonkey()
{
    const QString file = m_parser.value(QStringLiteral("file"));
    const QString only = m_parser.value(QStringLiteral("profile"));
    const bool replace = m_parser.isSet(QStringLiteral("replace"));
    auto loaded = cloudmonkey::CloudMonkeyConfig::load(file);
    if (!loaded) {
        fail(loaded.error());
        return;
    }
    cloudmonkey::CloudMonkeyImport found = loaded.value();
    const QString shownFile = QDir::toNativeSeparators(found.file);
    QStringList problems = found.problems;
    if (!only.isEmpty()) {
        if (!found.profileNames.contains(only)) {
            fail(makeError(ErrorCode::NotFound,
                tr("There is no profile [%1] in %2. Its profiles: %3.")
                    .arg(only, shownFile, found.profileNames.join(QStringLiteral(", ")))));
            return;
        }
        const QString tag = QStringLiteral("[%1]").arg(only);
        problems.removeIf([&](const QString& problem) { return !problem.contains(tag); });
        found.profiles.removeIf([&](const cloudmonkey::ImportedProfile& p) { return p.account.name != only; });
    }
    message(tr("Reading %1").arg(shownFile));
    for (const QString& problem : std::as_const(problems))
        message(tr("Not imported: %1").arg(problem));

    withClouds([this, found, problems, replace]() {
        struct State
        {
            QList<cloudmonkey::ImportedProfile> profiles;
            qsizetype next = 0;
            QJsonArray imported;
            QJsonArray skipped;
            QStringList lines;
            bool failed = false;
        };
        auto state = std::make_shared<State>();
        state->profiles = found.profiles;
        auto step = std::make_shared<std::function<void()>>();
        // One profile after the other, as cloud import-openstack does: the function holds itself weakly and
        // the pending continuations hold it strongly, so it lives exactly as long as there is work left.
        *step = [this, state, weakStep = std::weak_ptr(step), problems, replace]() {
            const auto step = weakStep.lock();
            if (state->next >= state->profiles.size()) {
                const QJsonObject json {{QStringLiteral("imported"), state->imported},
                    {QStringLiteral("skipped"), state->skipped},
                    {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
                if (state->imported.isEmpty() && state->skipped.isEmpty() && !state->failed)
                    state->lines << tr("Nothing was imported.");
                output(problems.isEmpty() && !state->failed ? Success : Failure, state->lines.join(QLatin1Char('\n')),
                    json);
                return;
            }
            const cloudmonkey::ImportedProfile profile = state->profiles.at(state->next++);
            if (const QString problem = cloudNameProblem(profile.account.name); !problem.isEmpty()) {
                message(tr("Not imported: profile [%1]: %2").arg(profile.account.name, problem));
                state->failed = true;
                (*step)();
                return;
            }
            auto add = [this, state, step, profile]() {
                m_clouds->addAccount(profile.account, profile.secret)
                    .then(this, [this, state, step, profile](const Result<CloudAccount>& added) {
                        if (!added) {
                            message(tr("cloudtwinctl: %1").arg(added.error().message));
                            state->failed = true;
                        } else {
                            (void)m_store->addEvent(ActivityEvent::Severity::Info, QStringLiteral("cloud.imported"),
                                tr("Cloud %1 imported from %2 with cloudtwinctl.").arg(added->name, profile.source));
                            for (const QString& note : profile.notes)
                                message(tr("Note: %1").arg(note));
                            state->lines << (profile.usesApiKey()
                                    ? tr("Imported %1 (%2, API key)").arg(added->name, added->apiUrl)
                                    : tr("Imported %1 (%2, user %3)").arg(added->name, added->apiUrl, added->userName));
                            state->imported.append(QJsonObject {{QStringLiteral("name"), added->name},
                                {QStringLiteral("id"), added->id}, {QStringLiteral("kind"), cloudKindName(added->kind)},
                                {QStringLiteral("api_url"), added->apiUrl},
                                {QStringLiteral("auth_type"), added->authType},
                                {QStringLiteral("source"), profile.source},
                                {QStringLiteral("notes"), QJsonArray::fromStringList(profile.notes)}});
                        }
                        (*step)();
                    });
            };
            const auto existing = m_clouds->accountByName(profile.account.name);
            if (!existing) {
                add();
            } else if (!replace) {
                message(tr("Skipped %1: a cloud with this name already exists (add --replace to overwrite it).")
                            .arg(profile.account.name));
                state->skipped.append(profile.account.name);
                (*step)();
            } else {
                m_clouds->removeAccount(existing->id)
                    .then(this, [this, state, step, add, profile](const Status& removed) {
                        if (!removed) {
                            message(tr("cloudtwinctl: %1").arg(removed.error().message));
                            state->failed = true;
                            (*step)();
                            return;
                        }
                        message(tr("Replacing %1.").arg(profile.account.name));
                        add();
                    });
            }
        };
        (*step)();
    });
}

void Cli::apiCall(const QString& cloudName, const QString& command, const QStringList& pairs)
{
    // Command-line problems first (exit 2).
    static const QRegularExpression commandPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9]*$"));
    if (!commandPattern.match(command).hasMatch()) {
        usageError(tr("\"%1\" is not a CloudStack API command; commands are words such as listZones or "
                      "deployVirtualMachine")
                       .arg(command));
        return;
    }
    // Set by the signing or by CloudTwin itself; a second value would be ignored or break the signature.
    const QStringList reserved {QStringLiteral("command"), QStringLiteral("apikey"), QStringLiteral("signature"),
        QStringLiteral("signatureversion"), QStringLiteral("expires"), QStringLiteral("response"),
        QStringLiteral("sessionkey")};
    cloudstack::Parameters parameters;
    QStringList seen;
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = equals > 0 ? pair.left(equals) : QString();
        if (key.isEmpty() || key.contains(QRegularExpression(QStringLiteral("\\s")))) {
            usageError(tr("\"%1\" is not key=value (e.g. zoneid=1a2b or name=web-01)").arg(pair));
            return;
        }
        if (reserved.contains(key.toLower())) {
            usageError(tr("%1= is set by cloudtwinctl; leave it out").arg(key));
            return;
        }
        if (seen.contains(key.toLower())) {
            usageError(tr("%1 is given twice").arg(key));
            return;
        }
        seen << key.toLower();
        parameters.append({key, pair.mid(equals + 1)});
    }
    const bool dryRun = m_parser.isSet(QStringLiteral("dry-run"));

    withClouds([this, cloudName, command, parameters, dryRun]() {
        const auto account = m_clouds->accountByName(cloudName);
        if (!account) {
            fail(makeError(
                ErrorCode::NotFound, tr("There is no cloud named %1. See: cloudtwinctl cloud list").arg(cloudName)));
            return;
        }
        if (account->kind != CloudKind::CloudStack) {
            fail(makeError(ErrorCode::InvalidInput,
                tr("%1 is an OpenStack cloud; cloudtwinctl api calls the CloudStack API only. For OpenStack use the "
                   "openstack command.")
                    .arg(cloudName)));
            return;
        }
        m_clouds->provider(account->id)
            .then(this,
                [this, command, parameters, dryRun](
                    const Result<CloudProvider*>& provider) -> QFuture<Result<QJsonObject>> {
                    if (!provider)
                        return QtFuture::makeReadyFuture(Result<QJsonObject>(provider.error()));
                    auto* cloudStack = qobject_cast<cloudstack::CloudStackProvider*>(provider.value());
                    if (!cloudStack)
                        return QtFuture::makeReadyFuture(
                            Result<QJsonObject>(makeError(ErrorCode::Internal, tr("Not a CloudStack cloud."))));
                    if (dryRun) {
                        const QUrl url = cloudStack->signedUrl(command, parameters);
                        return QtFuture::makeReadyFuture(Result<QJsonObject>(
                            QJsonObject {{QStringLiteral("url"), QString::fromUtf8(url.toEncoded())},
                                {QStringLiteral("method"), QStringLiteral("GET")}}));
                    }
                    return cloudStack->call(command, parameters);
                })
            .unwrap()
            .then(this, [this, dryRun](const Result<QJsonObject>& answer) {
                if (!answer) {
                    fail(answer.error());
                    return;
                }
                if (dryRun) {
                    if (!answer->value(QStringLiteral("url")).toString().contains(QLatin1String("signature=")))
                        message(tr("Note: this cloud signs in with a user name and password; the real request "
                                   "carries the session of that login, not a signature."));
                    succeed(answer->value(QStringLiteral("url")).toString(), answer.value());
                    return;
                }
                // The answer is JSON with or without --json.
                succeed(QString::fromUtf8(QJsonDocument(answer.value()).toJson(QJsonDocument::Indented)).trimmed(),
                    answer.value());
            });
    });
}

void Cli::cloudJobs(const QString& cloudName)
{
    withClouds([this, cloudName]() {
        QString cloudId;
        if (!cloudName.isEmpty()) {
            const auto account = m_clouds->accountByName(cloudName);
            if (!account) {
                fail(makeError(ErrorCode::NotFound,
                    tr("There is no cloud named %1. See: cloudtwinctl cloud list").arg(cloudName)));
                return;
            }
            cloudId = account->id;
        }
        const auto jobs = m_store->cloudJobs(cloudId);
        if (!jobs) {
            fail(jobs.error());
            return;
        }
        if (jobs->isEmpty()) {
            message(tr("No CloudStack jobs are waiting to be looked up: every job CloudTwin started has been "
                       "seen to the end."));
            succeed({}, QJsonArray());
            return;
        }
        // Ask each job's cloud where the job stands now.
        QList<QFuture<Result<QJsonObject>>> answers;
        for (const CloudJob& job : jobs.value()) {
            answers << m_clouds->provider(job.cloudId)
                           .then(this,
                               [this, job](const Result<CloudProvider*>& provider) -> QFuture<Result<QJsonObject>> {
                                   if (!provider)
                                       return QtFuture::makeReadyFuture(Result<QJsonObject>(provider.error()));
                                   auto* cloudStack = qobject_cast<cloudstack::CloudStackProvider*>(provider.value());
                                   if (!cloudStack)
                                       return QtFuture::makeReadyFuture(Result<QJsonObject>(
                                           makeError(ErrorCode::Internal, tr("Not a CloudStack cloud."))));
                                   return cloudStack->call(
                                       QStringLiteral("queryAsyncJobResult"), {{QStringLiteral("jobid"), job.jobId}});
                               })
                           .unwrap();
        }
        QtFuture::whenAll(answers.begin(), answers.end())
            .then(this, [this, jobs = jobs.value()](const QList<QFuture<Result<QJsonObject>>>& results) {
                QList<QStringList> rows {
                    {tr("CLOUD"), tr("JOB"), tr("COMMAND"), tr("RESOURCE"), tr("STARTED"), tr("STATE")}};
                QJsonArray json;
                for (qsizetype i = 0; i < jobs.size(); ++i) {
                    const CloudJob& job = jobs.at(i);
                    const auto account = m_clouds->account(job.cloudId);
                    const QString cloud = account ? account->name : job.cloudId;
                    const Result<QJsonObject> answer = results.at(i).result();
                    QString state;
                    QString detail;
                    bool ended = false;
                    if (!answer) {
                        // An id the cloud no longer knows (jobs are purged after job.expire.minutes) has ended.
                        ended = answer.error().code == ErrorCode::InvalidInput
                            || answer.error().code == ErrorCode::NotFound;
                        state = ended ? QStringLiteral("gone") : QStringLiteral("unknown");
                        detail = answer.error().message;
                    } else {
                        const QJsonObject response = cloudstack::CloudStackClient::responseOf(
                            answer.value(), QStringLiteral("queryAsyncJobResult"));
                        const int status = response.value(QLatin1String("jobstatus")).toVariant().toInt();
                        ended = status == 1 || status == 2;
                        state = status == 0 ? QStringLiteral("running")
                            : status == 1   ? QStringLiteral("succeeded")
                                            : QStringLiteral("failed");
                        if (status == 2)
                            detail = response.value(QLatin1String("jobresult"))
                                         .toObject()
                                         .value(QLatin1String("errortext"))
                                         .toString();
                    }
                    // Shown once: a job whose end has now been seen is not listed again.
                    if (ended)
                        (void)m_store->forgetCloudJob(job.cloudId, job.jobId);
                    rows << QStringList {cloud, job.jobId, job.command, job.resourceId,
                        QLocale().toString(job.started.toLocalTime(), QLocale::ShortFormat),
                        detail.isEmpty() ? state : state + QStringLiteral(": ") + detail};
                    json.append(QJsonObject {{QStringLiteral("cloud"), cloud}, {QStringLiteral("job_id"), job.jobId},
                        {QStringLiteral("command"), job.command}, {QStringLiteral("resource_id"), job.resourceId},
                        {QStringLiteral("started"), job.started.toString(Qt::ISODate)},
                        {QStringLiteral("state"), state}, {QStringLiteral("detail"), detail}});
                }
                succeed(table(rows), json);
            });
    });
}

} // namespace ct
