// cloudtwinctl commands that create: render SPEC --out DIR, vm create SPEC.
#include "cli.h"
#include "deploy/deployjob.h"
#include "deploy/deployjournal.h"
#include "deploy/recovery.h"
#include "inventory/cloudservice.h"
#include "logging/logging.h"
#include "render/renderexport.h"
#include "render/terraformrenderer.h"
#include "secrets/usersecrets.h"
#include "spec/specfile.h"
#include "ssh/sshkeygen.h"
#include "terminal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace ct {

namespace {

QJsonObject planJson(const deploy::DeployPlan& plan)
{
    QJsonArray steps;
    for (const deploy::DeployStep& step : plan.steps)
        steps.append(QJsonObject {{QStringLiteral("seq"), step.seq},
            {QStringLiteral("side"), deploy::roleKey(step.side)},
            {QStringLiteral("kind"), deploy::stepKindKey(step.kind)}, {QStringLiteral("resource"), step.resourceName},
            {QStringLiteral("title"), step.title}, {QStringLiteral("state"), deploy::stepStateKey(step.state)}});
    auto side = [](const spec::ResolvedSide& s) {
        return QJsonObject {{QStringLiteral("cloud"), s.cloudName}, {QStringLiteral("kind"), cloudKindName(s.kind)},
            {QStringLiteral("flavor"), s.flavor.name}, {QStringLiteral("flavor_id"), s.flavor.id},
            {QStringLiteral("flavor_reason"), s.flavorReason}, {QStringLiteral("image"), s.image.name},
            {QStringLiteral("image_id"), s.image.id}, {QStringLiteral("image_reason"), s.imageReason},
            {QStringLiteral("network"), s.networkName}, {QStringLiteral("zone"), s.zoneName}};
    };
    return {{QStringLiteral("pair_id"), plan.pairId}, {QStringLiteral("name"), plan.spec.name},
        {QStringLiteral("main"), side(plan.main)}, {QStringLiteral("twin"), side(plan.twin)},
        {QStringLiteral("steps"), steps}, {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)}};
}

QString stepStateText(deploy::StepState state)
{
    switch (state) {
    case deploy::StepState::Pending:
        return Cli::tr("waiting");
    case deploy::StepState::Running:
        return Cli::tr("running");
    case deploy::StepState::Done:
        return Cli::tr("done");
    case deploy::StepState::Failed:
        return Cli::tr("failed");
    case deploy::StepState::Undone:
        return Cli::tr("removed again");
    case deploy::StepState::Skipped:
        return Cli::tr("skipped");
    }
    return {};
}

} // namespace

void Cli::prepareCreate(const QString& specPath, std::function<void(const CreateInputs&)> next)
{
    auto loaded = spec::SpecFile::load(specPath);
    // Clouds named on the command line win over the spec's.
    const QString mainOption = m_parser.value(QStringLiteral("main")).trimmed();
    const QString twinOption = m_parser.value(QStringLiteral("twin")).trimmed();
    if (!mainOption.isEmpty() || !twinOption.isEmpty()) {
        if (!mainOption.isEmpty())
            loaded.spec.main.cloud = mainOption;
        if (!twinOption.isEmpty())
            loaded.spec.twin.cloud = twinOption;
        // Re-check with the new clouds, unless the file itself could not be read.
        if (loaded.issues.isEmpty() || std::all_of(loaded.issues.cbegin(), loaded.issues.cend(), [](const auto& i) {
                return i.field == QLatin1String("main.cloud") || i.field == QLatin1String("twin.cloud");
            }))
            loaded.issues = spec::SpecFile::validate(loaded.spec);
    }
    if (!loaded.issues.isEmpty()) {
        message(tr("%1 has %n problem(s):", nullptr, int(loaded.issues.size())).arg(specPath));
        fail(spec::SpecFile::toError(loaded.issues));
        return;
    }
    const spec::VmSpec vmSpec = loaded.spec;
    withClouds([this, vmSpec, next]() {
        const auto mainAccount = m_clouds->accountByName(vmSpec.main.cloud);
        const auto twinAccount = m_clouds->accountByName(vmSpec.twin.cloud);
        for (const QString& name : {vmSpec.main.cloud, vmSpec.twin.cloud}) {
            if (!m_clouds->accountByName(name)) {
                fail(makeError(
                    ErrorCode::NotFound, tr("There is no cloud named %1. See: cloudtwinctl cloud list").arg(name)));
                return;
            }
        }
        QList<QFuture<Result<CloudProvider*>>> providers {
            m_clouds->provider(mainAccount->id), m_clouds->provider(twinAccount->id)};
        QtFuture::whenAll(providers.begin(), providers.end())
            .then(this,
                [this, vmSpec, next, mainId = mainAccount->id, twinId = twinAccount->id](
                    const QList<QFuture<Result<CloudProvider*>>>& made) {
                    for (const auto& provider : made) {
                        if (!provider.result()) {
                            fail(provider.result().error());
                            return;
                        }
                    }
                    CreateInputs inputs;
                    inputs.spec = vmSpec;
                    inputs.main = made.at(0).result().value();
                    inputs.twin = made.at(1).result().value();
                    inputs.mainCloudId = mainId;
                    inputs.twinCloudId = twinId;
                    withPairKey(inputs, next);
                });
    });
}

void Cli::withPairKey(CreateInputs inputs, std::function<void(const CreateInputs&)> next)
{
    if (inputs.spec.sshKey.mode == spec::SshKeySpec::Mode::Existing) {
        inputs.publicKey = inputs.spec.sshKey.publicKey;
        next(inputs);
        return;
    }
    // A generated key belongs to the pair: the same pair id finds the key made by an earlier render or create.
    const QString pairId = deploy::Planner::pairIdFor(m_store->ownerId(), inputs.spec.name);
    const QString secretName = deploy::pairKeySecretName(pairId);
    m_secrets->read(secretName).then(this, [this, inputs, next, secretName](const Result<QByteArray>& stored) mutable {
        if (stored && !stored->isEmpty()) {
            auto publicKey = ssh::KeyGenerator::publicKeyOf(stored.value(), inputs.spec.name);
            if (!publicKey) {
                fail(publicKey.error());
                return;
            }
            inputs.publicKey = publicKey.value();
            next(inputs);
            return;
        }
        if (!stored && stored.error().code != ErrorCode::NotFound) {
            fail(stored.error());
            return;
        }
        auto key = ssh::KeyGenerator::generateEd25519(inputs.spec.name);
        if (!key) {
            fail(key.error());
            return;
        }
        m_secrets->write(secretName, key->privateKey)
            .then(this, [this, inputs, next, key = key.value()](const Status& written) mutable {
                if (!written) {
                    fail(Error {written.error().code,
                        tr("The new SSH key could not be stored, so nothing was created: %1")
                            .arg(written.error().message),
                        0});
                    return;
                }
                message(tr("Made a new SSH key for %1; its private half is kept with your cloud secrets.")
                            .arg(inputs.spec.name));
                inputs.publicKey = key.publicKey;
                next(inputs);
            });
    });
}

void Cli::planCreate(const CreateInputs& inputs, std::function<void(const deploy::DeployPlan&)> next)
{
    deploy::Planner::plan(inputs.spec, {inputs.main, inputs.mainCloudId}, {inputs.twin, inputs.twinCloudId},
        inputs.publicKey, m_store->ownerId())
        .then(this, [this, next](const Result<deploy::DeployPlan>& planned) {
            if (!planned) {
                fail(planned.error());
                return;
            }
            next(planned.value());
        });
}

void Cli::renderSpec(const QString& specPath)
{
    const QString out = m_parser.value(QStringLiteral("out")).trimmed();
    if (out.isEmpty()) {
        usageError(tr("render needs --out DIR: the folder the Terraform files go to"));
        return;
    }
    prepareCreate(specPath, [this, out](const CreateInputs& inputs) {
        planCreate(inputs, [this, out, inputs](const deploy::DeployPlan& plan) {
            auto files = render::TerraformRenderer::render(plan.spec, plan.main, plan.twin, inputs.publicKey);
            if (!files) {
                fail(files.error());
                return;
            }
            if (auto written = render::RenderExport::writeTo(files.value(), out); !written) {
                fail(written.error());
                return;
            }
            QStringList lines;
            QJsonArray json;
            for (const render::RenderedFile& file : files.value()) {
                lines << QDir(out).filePath(file.path);
                json.append(QDir(out).filePath(file.path));
            }
            message(tr("Wrote %n file(s) to %1. Terraform reads the cloud credentials from variables: see "
                       "variables.tf in each folder.",
                nullptr, int(files->size()))
                        .arg(QDir::toNativeSeparators(out)));
            succeed(lines.join(QLatin1Char('\n')), QJsonObject {{QStringLiteral("files"), json}});
        });
    });
}

void Cli::vmCreate(const QString& specPath)
{
    const bool planOnly = m_parser.isSet(QStringLiteral("plan-only"));
    prepareCreate(specPath, [this, planOnly, specPath](const CreateInputs& inputs) {
        // A create an earlier run left half-done is cleaned up first, so this one starts from the truth.
        auto* recovery = new deploy::Recovery(
            journalRunner(), [this](const QString& id) { return m_clouds->provider(id); }, this);
        connect(recovery, &deploy::Recovery::recovered, this,
            [this](const QString&, const QString& text, bool) { message(text); });
        connect(recovery, &deploy::Recovery::finished, this, [this, recovery, inputs, planOnly, specPath](int) {
            recovery->deleteLater();
            planCreate(inputs, [this, inputs, planOnly, specPath](const deploy::DeployPlan& plan) {
                if (planOnly) {
                    QStringList lines;
                    lines << tr("Plan for %1 (pair %2):").arg(plan.spec.name, plan.pairId);
                    for (const QString& note : plan.notes)
                        lines << QStringLiteral("  ") + note;
                    for (const deploy::DeployStep& step : plan.steps)
                        lines << QStringLiteral("  %1. [%2] %3")
                                     .arg(step.seq)
                                     .arg(deploy::roleKey(step.side), step.title);
                    succeed(lines.join(QLatin1Char('\n')), planJson(plan));
                    return;
                }
                if (m_parser.isSet(QStringLiteral("wait")))
                    applyCreate(plan, inputs);
                else
                    createInBackground(specPath, plan);
            });
        });
        recovery->start();
    });
}

deploy::JournalRunner Cli::journalRunner()
{
    return [this](std::function<Status(deploy::DeployJournal&)> action) {
        deploy::DeployJournal journal(*m_store, m_dataDir->locksPath());
        return QtFuture::makeReadyFuture(action(journal));
    };
}

void Cli::applyCreate(const deploy::DeployPlan& plan, const CreateInputs& inputs)
{
    deploy::ApplyOptions options;
    options.keepOnFailure = m_parser.isSet(QStringLiteral("keep-on-failure"));
    auto* job = new deploy::DeployJob(plan, inputs.main, inputs.twin, journalRunner(), options, this);
    connect(job, &deploy::DeployJob::stepChanged, this, [this](const deploy::DeployStep& step) {
        if (step.state == deploy::StepState::Pending || step.state == deploy::StepState::Skipped)
            return;
        const QString state
            = step.state == deploy::StepState::Failed ? tr("failed: %1").arg(step.detail) : stepStateText(step.state);
        message(QStringLiteral("[%1] %2 … %3").arg(deploy::roleKey(step.side), step.title, state));
    });
    connect(job, &deploy::DeployJob::finished, this, [this, job, plan](const Result<deploy::DeployResult>& result) {
        job->deleteLater();
        if (!result) {
            fail(result.error());
            return;
        }
        const QList<QStringList> rows {{tr("ROLE"), tr("VM"), tr("CLOUD"), tr("ID"), tr("ADDRESS")},
            {tr("main"), deploy::Planner::serverNameFor(plan.spec.name, spec::Role::Main), plan.main.cloudName,
                result->mainServerId, result->mainAddress},
            {tr("twin"), deploy::Planner::serverNameFor(plan.spec.name, spec::Role::Twin), plan.twin.cloudName,
                result->twinServerId, result->twinAddress}};
        succeed(table(rows),
            QJsonObject {{QStringLiteral("pair_id"), result->pairId}, {QStringLiteral("name"), plan.spec.name},
                {QStringLiteral("main"),
                    QJsonObject {{QStringLiteral("cloud"), plan.main.cloudName},
                        {QStringLiteral("id"), result->mainServerId},
                        {QStringLiteral("address"), result->mainAddress}}},
                {QStringLiteral("twin"),
                    QJsonObject {{QStringLiteral("cloud"), plan.twin.cloudName},
                        {QStringLiteral("id"), result->twinServerId},
                        {QStringLiteral("address"), result->twinAddress}}}});
    });
    job->start();
}

void Cli::createInBackground(const QString& specPath, const deploy::DeployPlan& plan)
{
    // The same command with --wait, in a process of its own so it outlives this one; its lines go to a log.
    const QDateTime launched = QDateTime::currentDateTimeUtc();
    const QString logPath
        = QDir(m_dataDir->logsPath())
              .filePath(QStringLiteral("create-%1-%2.log")
                            .arg(plan.spec.name, launched.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QStringList arguments {QStringLiteral("vm"), QStringLiteral("create"), QFileInfo(specPath).absoluteFilePath(),
        QStringLiteral("--wait"), QStringLiteral("--data-dir"), m_dataDir->path()};
    for (const QString& option : {QStringLiteral("main"), QStringLiteral("twin"), QStringLiteral("database")}) {
        if (m_parser.isSet(option))
            arguments << QStringLiteral("--") + option << m_parser.value(option);
    }
    if (m_parser.isSet(QStringLiteral("keep-on-failure")))
        arguments << QStringLiteral("--keep-on-failure");
    // The child's create is the one journaled after these.
    QSet<QString> earlier;
    {
        deploy::DeployJournal journal(*m_store, m_dataDir->locksPath());
        auto records = journal.deployments();
        if (!records) {
            fail(records.error());
            return;
        }
        for (const deploy::DeploymentRecord& record : records.value())
            earlier.insert(record.id);
    }
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments(arguments);
    child.setStandardInputFile(QProcess::nullDevice());
    child.setStandardOutputFile(logPath, QIODevice::Append);
    child.setStandardErrorFile(logPath, QIODevice::Append);
    qint64 pid = 0;
    if (!child.startDetached(&pid)) {
        fail(makeError(ErrorCode::Io,
            tr("The create could not be started in the background (%1). Run it with --wait instead.")
                .arg(child.errorString())));
        return;
    }
    qCInfo(lcCli) << "create of" << plan.spec.name << "continues in process" << pid << "log" << logPath;
    waitUntilJournaled(plan, pid, logPath, earlier, QDeadlineTimer(60000));
}

void Cli::waitUntilJournaled(const deploy::DeployPlan& plan, qint64 pid, const QString& logPath,
    const QSet<QString>& earlier, QDeadlineTimer deadline)
{
    // The journal is the truth: the child has begun once its create is journaled (the lock is held then).
    std::optional<deploy::DeploymentRecord> begun;
    {
        deploy::DeployJournal journal(*m_store, m_dataDir->locksPath());
        auto records = journal.deployments();
        if (records) {
            for (const deploy::DeploymentRecord& record : records.value()) {
                if (record.pairId == plan.pairId && !earlier.contains(record.id))
                    begun = record;
            }
        }
    }
    const QString logText = QDir::toNativeSeparators(logPath);
    if (begun) {
        using State = deploy::DeploymentRecord::State;
        if (begun->state == State::Failed || begun->state == State::RolledBack) {
            fail(makeError(ErrorCode::Unavailable, begun->message));
            return;
        }
        const bool done = begun->state == State::Done;
        const QString human = done ? tr("%1 was created (main and twin). See: cloudtwinctl vm list").arg(plan.spec.name)
                                   : tr("Creating %1 in the background (main on %2, twin on %3).\n"
                                        "Progress: cloudtwinctl vm creates %1\n"
                                        "Log: %4")
                                         .arg(plan.spec.name, plan.main.cloudName, plan.twin.cloudName, logText);
        succeed(human,
            QJsonObject {{QStringLiteral("pair_id"), plan.pairId}, {QStringLiteral("name"), plan.spec.name},
                {QStringLiteral("state"), deploy::deploymentStateKey(begun->state)},
                {QStringLiteral("deployment_id"), begun->id}, {QStringLiteral("pid"), pid},
                {QStringLiteral("log"), logText}});
        return;
    }
    if (!terminal::processIsRunning(pid) || deadline.hasExpired()) {
        // The child stopped before journaling (a refused create): its last lines say why.
        QFile log(logPath);
        QString why;
        if (log.open(QIODevice::ReadOnly)) {
            // Its own failure line, without the program-name prefix this process adds again.
            const QString prefix = tr("cloudtwinctl: %1").arg(QString());
            const QStringList lines = QString::fromUtf8(log.readAll()).trimmed().split(QLatin1Char('\n'));
            for (const QString& line : lines) {
                if (line.startsWith(prefix))
                    why = line.mid(prefix.size());
            }
            if (why.isEmpty() && !lines.isEmpty())
                why = lines.constLast();
        }
        fail(makeError(ErrorCode::Unavailable,
            deadline.hasExpired()
                ? tr("The background create of %1 did not start within a minute. See %2").arg(plan.spec.name, logText)
                : tr("The background create of %1 stopped before it began: %2 (log: %3)")
                      .arg(plan.spec.name, why.isEmpty() ? tr("no message") : why, logText)));
        return;
    }
    QTimer::singleShot(200, this,
        [this, plan, pid, logPath, earlier, deadline]() { waitUntilJournaled(plan, pid, logPath, earlier, deadline); });
}

void Cli::vmCreates(const QString& name)
{
    withClouds([this, name]() {
        deploy::DeployJournal journal(*m_store, m_dataDir->locksPath());
        auto records = journal.deployments();
        if (!records) {
            fail(records.error());
            return;
        }
        QList<deploy::DeploymentRecord> shown;
        for (const deploy::DeploymentRecord& record : records.value()) {
            if (name.isEmpty() || record.name == name)
                shown.prepend(record); // newest first
        }
        if (!name.isEmpty() && shown.isEmpty()) {
            fail(makeError(
                ErrorCode::NotFound, tr("No create of %1 is recorded. See: cloudtwinctl vm creates").arg(name)));
            return;
        }
        auto stateText = [](deploy::DeploymentRecord::State state) {
            switch (state) {
            case deploy::DeploymentRecord::State::Applying:
                return tr("running");
            case deploy::DeploymentRecord::State::Done:
                return tr("done");
            case deploy::DeploymentRecord::State::Failed:
                return tr("failed (kept)");
            case deploy::DeploymentRecord::State::RolledBack:
                return tr("failed (removed)");
            }
            return QString();
        };
        QList<QStringList> rows {{tr("NAME"), tr("STATE"), tr("STEPS"), tr("STARTED"), tr("MESSAGE")}};
        QJsonArray json;
        QList<deploy::DeployStep> newestSteps;
        for (const deploy::DeploymentRecord& record : shown) {
            auto steps = journal.steps(record.id);
            if (!steps) {
                fail(steps.error());
                return;
            }
            if (newestSteps.isEmpty() && !name.isEmpty())
                newestSteps = steps.value();
            const auto doneCount = std::count_if(steps->cbegin(), steps->cend(),
                [](const deploy::DeployStep& step) { return step.state == deploy::StepState::Done; });
            const QString started = record.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            rows << QStringList {record.name, stateText(record.state),
                QStringLiteral("%1/%2").arg(doneCount).arg(steps->size()), started, record.message};
            QJsonArray stepJson;
            for (const deploy::DeployStep& step : steps.value())
                stepJson.append(QJsonObject {{QStringLiteral("seq"), step.seq},
                    {QStringLiteral("side"), deploy::roleKey(step.side)}, {QStringLiteral("title"), step.title},
                    {QStringLiteral("state"), deploy::stepStateKey(step.state)},
                    {QStringLiteral("detail"), step.detail}});
            json.append(QJsonObject {{QStringLiteral("id"), record.id}, {QStringLiteral("pair_id"), record.pairId},
                {QStringLiteral("name"), record.name},
                {QStringLiteral("state"), deploy::deploymentStateKey(record.state)},
                {QStringLiteral("started"), record.created.toString(Qt::ISODate)},
                {QStringLiteral("message"), record.message}, {QStringLiteral("steps"), stepJson}});
        }
        QString human = table(rows);
        if (!newestSteps.isEmpty()) {
            QStringList lines;
            for (const deploy::DeployStep& step : newestSteps)
                lines << QStringLiteral("  %1. [%2] %3 … %4%5")
                             .arg(step.seq)
                             .arg(deploy::roleKey(step.side), step.title, stepStateText(step.state),
                                 step.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(step.detail));
            human += QLatin1Char('\n') + tr("Steps of the newest create of %1:").arg(name) + QLatin1Char('\n')
                + lines.join(QLatin1Char('\n'));
        }
        succeed(human, json);
    });
}

} // namespace ct
