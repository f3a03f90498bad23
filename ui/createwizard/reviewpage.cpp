#include "reviewpage.h"

#include "busyindicator.h"
#include "cloudcontext.h"
#include "createwizard.h"
#include "hclhighlighter.h"
#include "hintlabel.h"
#include "inventory/cloudservice.h"
#include "ospage.h"
#include "purposepage.h"
#include "render/renderexport.h"
#include "render/terraformrenderer.h"
#include "spec/catalog.h"
#include "spec/specfile.h"
#include "util/futures.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ct {

namespace {

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

QString kindName(CloudKind kind)
{
    return kind == CloudKind::CloudStack ? QStringLiteral("Apache CloudStack") : QStringLiteral("OpenStack");
}

/// The catalog's reason starts with the name it explains ("m1.small: the smallest …"); shown after the name,
/// the repetition goes.
QString reasonAfter(const QString& name, const QString& reason)
{
    const QString prefix = name + QStringLiteral(": ");
    return reason.startsWith(prefix) ? reason.mid(prefix.size()) : reason;
}

} // namespace

ReviewPage::ReviewPage(CreateWizard& wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review what will be made"));
    setSubTitle(tr("CloudTwin asked both clouds what they offer and matched your answers to it. Nothing is made "
                   "until you press Create VMs."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create VMs"));

    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("planBusy"));
    m_status = new HintLabel(this);
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_retry = new QPushButton(tr("T&ry again"), this);
    m_retry->setObjectName(QStringLiteral("planRetry"));
    m_retry->setAutoDefault(false);
    m_retry->setVisible(false);
    connect(m_retry, &QPushButton::clicked, this, &ReviewPage::makePlan);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry, 0, Qt::AlignTop);

    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setOpenLinks(false);
    m_summary->setAccessibleName(tr("The plan"));

    auto* codePane = new QWidget(this);
    m_file = new QComboBox(codePane);
    m_file->setObjectName(QStringLiteral("terraformFile"));
    auto* fileLabel = new QLabel(tr("&File:"), codePane);
    fileLabel->setBuddy(m_file);
    m_copy = new QPushButton(tr("Co&py"), codePane);
    m_copy->setObjectName(QStringLiteral("copyTerraform"));
    m_copy->setAutoDefault(false);
    m_copy->setToolTip(tr("Copy the file shown to the clipboard."));
    m_export = new QPushButton(tr("&Export…"), codePane);
    m_export->setObjectName(QStringLiteral("exportTerraform"));
    m_export->setAutoDefault(false);
    m_export->setToolTip(tr("Save every generated file in a folder of your choice."));
    m_code = new QPlainTextEdit(codePane);
    m_code->setObjectName(QStringLiteral("terraformCode"));
    m_code->setReadOnly(true);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setAccessibleName(tr("Generated file"));
    // Read-only text still takes the keyboard focus, so it can be scrolled and selected without a mouse.
    m_code->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_code->setTabChangesFocus(true);
    m_highlighter = new HclHighlighter(m_code->document());
    m_exportResult = new HintLabel(codePane);
    m_exportResult->setObjectName(QStringLiteral("exportResult"));
    m_exportResult->setHideWhenEmpty(true);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_copy);
    fileRow->addWidget(m_export);
    auto* codeLayout = new QVBoxLayout(codePane);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addLayout(fileRow);
    codeLayout->addWidget(m_code, 1);
    codeLayout->addWidget(m_exportResult);
    auto* terraformNote = new HintLabel(codePane);
    terraformNote->setHint(HintLabel::Kind::Note,
        tr("CloudTwin creates the VMs through the clouds' APIs itself; these files are for reading, or for "
           "people who keep their infrastructure in Terraform. Secrets are variables, never written here."));
    codeLayout->addWidget(terraformNote);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(m_summary, tr("P&lan"));
    m_tabs->addTab(codePane, tr("&Terraform"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_tabs, 1);
    // Tab follows the page: Try again, the tabs, then what the tab shows.
    QWidget* order[] = {m_retry, m_tabs, m_summary, m_file, m_copy, m_export, m_code};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_file, &QComboBox::currentIndexChanged, this, [this]() { showFile(m_file->currentData().toString()); });
    connect(m_copy, &QPushButton::clicked, this, [this]() {
        QGuiApplication::clipboard()->setText(m_code->toPlainText());
        m_exportResult->setHint(HintLabel::Kind::Good, tr("Copied %1 to the clipboard.").arg(m_file->currentText()));
    });
    connect(m_export, &QPushButton::clicked, this, &ReviewPage::chooseExportFolder);
}

bool ReviewPage::isComplete() const { return m_ok && !m_planning; }

QString ReviewPage::problem() const { return m_ok || m_planning ? QString() : m_status->text(); }

QString ReviewPage::summaryText() const { return m_summary->toPlainText(); }

QString ReviewPage::exportMessage() const { return m_exportResult->text(); }

void ReviewPage::initializePage() { makePlan(); }

void ReviewPage::cleanupPage()
{
    // Going Back: a plan still being made is for answers that may change; drop it.
    ++m_generation;
    m_planning = false;
    m_busy->setRunning(false);
}

void ReviewPage::fail(const QString& message)
{
    m_planning = false;
    m_ok = false;
    m_busy->setRunning(false);
    m_status->setHint(HintLabel::Kind::Problem,
        tr("The plan could not be made. %1\nGo Back to change the answer this names, or fix it on the cloud and "
           "press Try again.")
            .arg(message));
    m_retry->setVisible(true);
    m_tabs->setVisible(false); // empty: the message is all there is
    emit completeChanged();
    emit planFinished(false);
}

void ReviewPage::makePlan()
{
    const int generation = ++m_generation;
    m_ok = false;
    m_planning = true;
    m_files.clear();
    m_renderProblem.clear();
    m_summary->clear();
    m_code->clear();
    m_file->clear();
    m_exportResult->setHint(HintLabel::Kind::Note, {});
    m_retry->setVisible(false);
    m_tabs->setEnabled(false);
    emit completeChanged();

    const spec::VmSpec spec = m_wizard.spec();
    // The pages checked their own fields; anything left (a spec edited elsewhere) is named here.
    const QList<spec::FieldIssue> issues = spec::SpecFile::validate(spec);
    if (!issues.isEmpty()) {
        fail(spec::SpecFile::toError(issues).message);
        return;
    }
    CloudService* service = m_wizard.clouds().service();
    const std::optional<CloudAccount> main = service->accountByName(spec.main.cloud);
    const std::optional<CloudAccount> twin = service->accountByName(spec.twin.cloud);
    if (!main || !twin) {
        fail(tr("The cloud %1 is no longer in your Clouds list.").arg(!main ? spec.main.cloud : spec.twin.cloud));
        return;
    }
    m_busy->setRunning(true);
    m_status->setHint(
        HintLabel::Kind::Note, tr("Asking %1 and %2 what they offer…").arg(cloudLabel(*main), cloudLabel(*twin)));
    m_wizard.preparePublicKey(
        this, [this, generation, mainId = main->id, twinId = twin->id](const Result<QString>& key) {
            if (generation != m_generation)
                return;
            if (!key) {
                fail(key.error().message);
                return;
            }
            planWith(generation, key.value(), mainId, twinId);
        });
}

void ReviewPage::planWith(int generation, const QString& publicKey, const QString& mainId, const QString& twinId)
{
    const spec::VmSpec spec = m_wizard.spec();
    CloudService* service = m_wizard.clouds().service();
    const QString ownerId = m_wizard.clouds().user().id;
    // The twin's provider is asked for after the main's: both are cached by the service, so this is quick.
    using Providers = std::pair<Result<CloudProvider*>, Result<CloudProvider*>>;
    auto providers = thenWhileAlive(
        service->provider(mainId), this, [service, twinId](const Result<CloudProvider*>& mainProvider) {
            return service->provider(twinId).then(
                QtFuture::Launch::Sync, [mainProvider](const Result<CloudProvider*>& twinProvider) {
                    return Providers {mainProvider, twinProvider};
                });
        }).unwrap();
    auto planned = thenWhileAlive(
        providers, this, [this, generation, spec, publicKey, ownerId, mainId, twinId](const Providers& both) {
            if (generation != m_generation)
                return QFuture<Result<deploy::DeployPlan>>(); // cancelled: what follows is skipped
            if (!both.first)
                return QtFuture::makeReadyFuture(Result<deploy::DeployPlan>(both.first.error()));
            if (!both.second)
                return QtFuture::makeReadyFuture(Result<deploy::DeployPlan>(both.second.error()));
            m_mainProvider = both.first.value();
            m_twinProvider = both.second.value();
            return deploy::Planner::plan(
                spec, {both.first.value(), mainId}, {both.second.value(), twinId}, publicKey, ownerId);
        }).unwrap();
    thenWhileAlive(planned, this, [this, generation](const Result<deploy::DeployPlan>& plan) {
        if (generation != m_generation)
            return;
        if (!plan) {
            fail(plan.error().message);
            return;
        }
        if (!m_mainProvider || !m_twinProvider) {
            fail(tr("A cloud was removed from your Clouds list while the plan was being made."));
            return;
        }
        m_wizard.setPlan(plan.value(), m_mainProvider, m_twinProvider);
        // Rendering is CPU work: off the GUI thread, back through a watcher owned by the page.
        const deploy::DeployPlan copy = plan.value();
        auto* watcher = new QFutureWatcher<Result<render::RenderedFiles>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation]() {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            // Terraform is an optional export: the create runs through the clouds' APIs even when the files
            // cannot be written, so a render problem is shown on its tab, not as a failed plan.
            const Result<render::RenderedFiles> files = watcher->result();
            m_files = files ? files.value() : render::RenderedFiles {};
            m_renderProblem = files ? QString() : files.error().message;
            showPlan();
        });
        watcher->setFuture(QtConcurrent::run(
            [copy]() { return render::TerraformRenderer::render(copy.spec, copy.main, copy.twin, copy.publicKey); }));
    });
}

void ReviewPage::showPlan()
{
    const auto& plan = m_wizard.plan();
    if (!plan)
        return;
    const spec::VmSpec& spec = plan->spec;
    QString html;
    auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td style='color:gray; padding-right:10px' valign='top'>%1</td><td>%2</td></tr>")
                    .arg(escaped(label), value);
    };
    const spec::Size size = spec::Catalog::effectiveSize(spec);
    const auto os = spec::Catalog::os(spec.osFamily, spec.osVersion);
    html += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2'>")
                .arg(escaped(tr("%1: %2").arg(spec.name, spec::Catalog::purposeDisplayName(spec.purpose))));
    row(tr("Asked for"),
        escaped(tr("%1 vCPU, %2 GB memory, %3 GB disk; %4")
                    .arg(size.vcpus)
                    .arg(size.ramMb / 1024.0, 0, 'g', 3)
                    .arg(size.diskGb)
                    .arg(os ? os->displayName : OsPage::familyName(spec.osFamily) + u' ' + spec.osVersion)));
    QStringList software;
    for (spec::Bundle bundle : spec.bundles)
        software << spec::Catalog::bundleDisplayName(bundle);
    row(tr("Software"),
        escaped(software.isEmpty() ? tr("none besides the operating system") : software.join(tr(", "))));
    QStringList ports;
    for (const spec::PortRule& rule : spec.ports) {
        ports << tr("%1 from %2")
                     .arg(portRuleText(rule), rule.source == QLatin1String("0.0.0.0/0") ? tr("anyone") : rule.source);
    }
    row(tr("Open"), escaped(ports.isEmpty() ? tr("nothing") : ports.join(tr(", "))));
    row(tr("SSH key"),
        escaped(spec.sshKey.mode == spec::SshKeySpec::Mode::Generate
                ? tr("a new ed25519 key; the private key is kept with your cloud passwords")
                : tr("your own public key")));
    row(tr("Data disk"),
        escaped(spec.dataDisk.sizeGb > 0 ? tr("%1 GB at %2").arg(spec.dataDisk.sizeGb).arg(spec.dataDisk.mountPoint)
                                         : tr("none")));
    row(tr("Protection"),
        escaped(tr("lose at most %n minute(s) of work", nullptr, spec.protection.maxDataLossMinutes) + tr(", ")
            + tr("unreachable for at most %n minute(s)", nullptr, spec.protection.maxDowntimeMinutes)
            + tr(" (stored for protection)")));
    html += QStringLiteral("</table>");

    QStringList reasons;
    for (const spec::ResolvedSide* side : {&plan->main, &plan->twin}) {
        const bool isMain = side->role == spec::Role::Main;
        const QString server = deploy::Planner::serverNameFor(spec.name, side->role);
        html += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2'>")
                    .arg(escaped(isMain ? tr("Main VM %1 on %2").arg(server, side->cloudName)
                                        : tr("Twin %1 on %2").arg(server, side->cloudName)));
        row(tr("Cloud type"), escaped(kindName(side->kind)));
        row(tr("Size"),
            QStringLiteral("<b>%1</b> — %2")
                .arg(escaped(side->flavor.name), escaped(reasonAfter(side->flavor.name, side->flavorReason))));
        row(tr("Image"),
            QStringLiteral("<b>%1</b> — %2")
                .arg(escaped(side->image.name), escaped(reasonAfter(side->image.name, side->imageReason))));
        row(tr("Network"), escaped(side->networkName.isEmpty() ? tr("the cloud's default") : side->networkName));
        row(tr("Zone"), escaped(side->zoneName.isEmpty() ? tr("the cloud's default") : side->zoneName));
        QString steps = QStringLiteral("<ol style='margin-top:0'>");
        for (const deploy::DeployStep& step : plan->stepsFor(side->role))
            steps += QStringLiteral("<li>%1</li>").arg(escaped(step.title));
        steps += QStringLiteral("</ol>");
        row(tr("Steps"), steps);
        html += QStringLiteral("</table>");
        reasons << side->flavorReason << side->imageReason;
    }
    // The planner also lists the flavor and image reasons as notes; they are shown above already.
    QStringList notes;
    for (const QString& note : plan->notes) {
        const bool repeated = std::any_of(reasons.cbegin(), reasons.cend(),
            [&note](const QString& reason) { return !reason.isEmpty() && note.contains(reason); });
        if (!repeated)
            notes << QStringLiteral("<li>%1</li>").arg(escaped(note));
    }
    if (!notes.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(escaped(tr("Good to know")), notes.join(QString()));
    m_summary->setHtml(html);

    {
        const QSignalBlocker blocker(m_file);
        m_file->clear();
        for (const render::RenderedFile& file : m_files)
            m_file->addItem(file.path, file.path);
    }
    // main.tf of the main side first: it is the file people look for.
    int first = 0;
    for (int i = 0; i < m_file->count(); ++i) {
        if (m_file->itemData(i).toString().endsWith(QLatin1String("/main.tf"))) {
            first = i;
            break;
        }
    }
    m_file->setCurrentIndex(first);
    showFile(m_file->currentData().toString());
    for (QWidget* widget : {static_cast<QWidget*>(m_file), static_cast<QWidget*>(m_copy),
             static_cast<QWidget*>(m_export), static_cast<QWidget*>(m_code)})
        widget->setEnabled(!m_files.isEmpty());
    if (!m_renderProblem.isEmpty()) {
        m_exportResult->setHint(HintLabel::Kind::Problem,
            tr("The Terraform files cannot be written for this plan: %1 Creating the VMs does not need them.")
                .arg(m_renderProblem));
    }

    m_planning = false;
    m_ok = true;
    m_busy->setRunning(false);
    m_tabs->setEnabled(true);
    m_tabs->setVisible(true);
    m_status->setHint(HintLabel::Kind::Good,
        tr("Ready: %n step(s) on two clouds. Press Create VMs to start.", nullptr,
            static_cast<int>(plan->steps.size())));
    emit completeChanged();
    emit planFinished(true);
}

void ReviewPage::showFile(const QString& path)
{
    for (const render::RenderedFile& file : m_files) {
        if (file.path != path)
            continue;
        // Only Terraform is coloured as HCL; cloud-init is YAML.
        m_highlighter->setDocument(path.endsWith(QLatin1String(".tf")) ? m_code->document() : nullptr);
        m_code->setPlainText(QString::fromUtf8(file.bytes));
        const int index = m_file->findData(path);
        if (index >= 0 && index != m_file->currentIndex()) {
            const QSignalBlocker blocker(m_file);
            m_file->setCurrentIndex(index);
        }
        return;
    }
}

void ReviewPage::chooseExportFolder()
{
    auto* dialog = new QFileDialog(this, tr("Export the Terraform Files"));
    dialog->setObjectName(QStringLiteral("exportFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    dialog->setLabelText(QFileDialog::Accept, tr("Export Here"));
    dialog->setDirectory(QDir::homePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ReviewPage::exportTo);
    dialog->open();
}

void ReviewPage::exportTo(const QString& folder)
{
    if (m_files.isEmpty())
        return;
    m_export->setEnabled(false);
    m_exportResult->setHint(HintLabel::Kind::Note, tr("Saving…"));
    const render::RenderedFiles files = m_files;
    QStringList folders;
    for (const render::RenderedFile& file : files) {
        const QString top = file.path.section(u'/', 0, 0);
        if (file.path.contains(u'/') && !folders.contains(top))
            folders << top;
    }
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, folder, folders, count = files.size()]() {
        watcher->deleteLater();
        m_export->setEnabled(true);
        const Status written = watcher->result();
        const QString where = QDir::toNativeSeparators(folder);
        if (written) {
            m_exportResult->setHint(HintLabel::Kind::Good,
                tr("Saved %n file(s) in %1: %2.", nullptr, static_cast<int>(count)).arg(where, folders.join(tr(", "))));
        } else {
            m_exportResult->setHint(
                HintLabel::Kind::Problem, tr("Could not export to %1. %2").arg(where, written.error().message));
        }
        emit exportFinished(written.ok());
    });
    watcher->setFuture(QtConcurrent::run([files, folder]() { return render::RenderExport::writeTo(files, folder); }));
}

} // namespace ct
