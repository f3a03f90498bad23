// cloudtwinctl commands that create: render SPEC --out DIR, vm create SPEC.
#include "cli.h"
#include "deploy/deployjob.h"
#include "deploy/deployjournal.h"
#include "deploy/recovery.h"
#include "inventory/cloudservice.h"
#include "render/renderexport.h"
#include "render/terraformrenderer.h"
#include "secrets/usersecrets.h"
#include "spec/specfile.h"
#include "ssh/sshkeygen.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

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
    deploy::Planner::plan(inputs.spec, inputs.main, inputs.twin, inputs.publicKey, m_store->ownerId())
        .then(this, [this, inputs, next](const Result<deploy::DeployPlan>& planned) {
            if (!planned) {
                fail(planned.error());
                return;
            }
            deploy::DeployPlan plan = planned.value();
            plan.main.cloudId = inputs.mainCloudId;
            plan.twin.cloudId = inputs.twinCloudId;
            next(plan);
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
    prepareCreate(specPath, [this, planOnly](const CreateInputs& inputs) {
        // A create an earlier run left half-done is cleaned up first, so this one starts from the truth.
        auto* recovery = new deploy::Recovery(
            journalRunner(), [this](const QString& id) { return m_clouds->provider(id); }, this);
        connect(recovery, &deploy::Recovery::recovered, this,
            [this](const QString&, const QString& text, bool) { message(text); });
        connect(recovery, &deploy::Recovery::finished, this, [this, recovery, inputs, planOnly](int) {
            recovery->deleteLater();
            planCreate(inputs, [this, inputs, planOnly](const deploy::DeployPlan& plan) {
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
                applyCreate(plan, inputs);
            });
        });
        recovery->start();
    });
}

deploy::JournalRunner Cli::journalRunner()
{
    return [this](std::function<Status(deploy::DeployJournal&)> action) {
        deploy::DeployJournal journal(*m_store);
        return QtFuture::makeReadyFuture(action(journal));
    };
}

void Cli::applyCreate(const deploy::DeployPlan& plan, const CreateInputs& inputs)
{
    deploy::ApplyOptions options;
    options.keepOnFailure = m_parser.isSet(QStringLiteral("keep-on-failure"));
    auto* job = new deploy::DeployJob(plan, inputs.main, inputs.twin, journalRunner(), options, this);
    connect(job, &deploy::DeployJob::stepChanged, this, [this](const deploy::DeployStep& step) {
        QString state;
        switch (step.state) {
        case deploy::StepState::Running:
            state = tr("started");
            break;
        case deploy::StepState::Done:
            state = tr("done");
            break;
        case deploy::StepState::Failed:
            state = tr("failed: %1").arg(step.detail);
            break;
        case deploy::StepState::Undone:
            state = tr("removed again");
            break;
        case deploy::StepState::Pending:
        case deploy::StepState::Skipped:
            return;
        }
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

} // namespace ct
