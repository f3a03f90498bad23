#include "progresspage.h"

#include "busyindicator.h"
#include "createwizard.h"
#include "hintlabel.h"
#include "secrets/usersecrets.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ct {

using deploy::StepState;

namespace {

QIcon stateIcon(StepState state)
{
    QStyle* style = QApplication::style();
    switch (state) {
    case StepState::Pending:
        return {};
    case StepState::Running:
        return style->standardIcon(QStyle::SP_BrowserReload);
    case StepState::Done:
    case StepState::Skipped:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case StepState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case StepState::Undone:
        return style->standardIcon(QStyle::SP_DialogDiscardButton);
    }
    return {};
}

/// The distribution's default user, which cloud-init gives the SSH key.
QString defaultUser(const QString& osFamily) { return osFamily; }

} // namespace

QString ProgressPage::stateText(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("Waiting");
    case StepState::Running:
        return tr("Working…");
    case StepState::Done:
        return tr("Done");
    case StepState::Failed:
        return tr("Failed");
    case StepState::Undone:
        return tr("Removed again");
    case StepState::Skipped:
        return tr("Already there");
    }
    return {};
}

ProgressPage::ProgressPage(CreateWizard& wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("progressPage"));
    setTitle(tr("Creating the VMs"));
    setSubTitle(tr("Both clouds work at the same time. Each step is recorded before and after it runs, so even if "
                   "CloudTwin is closed midway nothing is left behind."));
    setFinalPage(true);

    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("deployBusy"));
    m_status = new HintLabel(this);
    m_status->setObjectName(QStringLiteral("deployStatus"));
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("deployProgress"));
    m_progress->setFormat(tr("%v of %m steps"));
    m_progress->setAccessibleName(tr("Steps done"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("deploySteps"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Step"), tr("State")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Steps on both clouds"));

    m_retry = new QPushButton(tr("T&ry again"), this);
    m_retry->setObjectName(QStringLiteral("deployRetry"));
    m_retry->setAutoDefault(false);
    m_retry->setToolTip(tr("Start the create again; whatever is already there is found and used, not made twice."));
    m_open = new QPushButton(tr("&Open in VMs list"), this);
    m_open->setObjectName(QStringLiteral("openInVmsList"));
    m_open->setAutoDefault(false);
    m_saveKey = new QPushButton(tr("&Save private key…"), this);
    m_saveKey->setObjectName(QStringLiteral("savePrivateKey"));
    m_saveKey->setAutoDefault(false);
    m_saveKey->setToolTip(tr("Save a copy of the new SSH private key, to sign in with ssh -i."));
    m_keyResult = new HintLabel(this);
    m_keyResult->setObjectName(QStringLiteral("savePrivateKeyResult"));
    m_keyResult->setHideWhenEmpty(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_saveKey);
    buttons->addStretch(1);
    buttons->addWidget(m_open);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_keyResult);

    setTabOrder(m_tree, m_retry);
    setTabOrder(m_retry, m_saveKey);
    setTabOrder(m_saveKey, m_open);
    connect(m_retry, &QPushButton::clicked, this, &ProgressPage::start);
    connect(m_open, &QPushButton::clicked, this, [this]() {
        emit m_wizard.openInVmsList(m_serverName);
        m_wizard.accept();
    });
    connect(m_saveKey, &QPushButton::clicked, this, &ProgressPage::chooseKeyFile);
}

bool ProgressPage::isComplete() const { return m_finished && !m_running; }

QString ProgressPage::statusText() const { return m_status->text(); }

void ProgressPage::initializePage() { start(); }

void ProgressPage::start()
{
    const auto& plan = m_wizard.plan();
    if (!plan || m_running)
        return;
    m_running = true;
    m_finished = false;
    m_wizard.setOption(QWizard::NoCancelButtonOnLastPage, false);
    m_ok = false;
    m_cancelling = false;
    m_serverName = deploy::Planner::serverNameFor(plan->spec.name, spec::Role::Main);
    m_retry->setVisible(false);
    m_open->setVisible(false);
    m_saveKey->setVisible(false);
    m_keyResult->setHint(HintLabel::Kind::Note, {});
    m_busy->setRunning(true);
    emit completeChanged();

    m_tree->clear();
    m_items.clear();
    m_mainGroup = new QTreeWidgetItem(m_tree, {tr("Main VM on %1").arg(plan->main.cloudName)});
    m_twinGroup = new QTreeWidgetItem(m_tree, {tr("Twin on %1").arg(plan->twin.cloudName)});
    for (QTreeWidgetItem* group : {m_mainGroup, m_twinGroup}) {
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(false);
    }
    for (const deploy::DeployStep& step : plan->steps) {
        auto* item = new QTreeWidgetItem(step.side == spec::Role::Main ? m_mainGroup : m_twinGroup);
        m_items.insert(step.seq, item);
        showStep(step);
    }
    m_tree->expandAll();
    m_progress->setRange(0, static_cast<int>(plan->steps.size()));
    m_progress->setValue(0);
    updateProgress();

    if (!m_wizard.generatedKeyNeedsKeeping()) {
        run();
        return;
    }
    // The new key's private half is kept before any VM trusts its public half: a VM nobody can sign in to
    // would be no use. The secrets finish on their own thread; a watcher owned by the page brings it back.
    m_status->setHint(HintLabel::Kind::Note, tr("Keeping the new SSH key with your cloud passwords…"));
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        const Status kept = watcher->result();
        if (!kept) {
            finish(makeError(ErrorCode::Internal,
                tr("The new SSH key could not be kept (%1), so nothing was created. Try again, or go back to the "
                   "Access page and use your own public key.")
                    .arg(kept.error().message)));
            return;
        }
        m_wizard.setGeneratedKeyKept();
        run();
    });
    watcher->setFuture(m_wizard.secrets().write(
        CreateWizard::privateKeySecretName(m_wizard.plan()->pairId), m_wizard.generatedPrivateKey()));
}

void ProgressPage::run()
{
    const auto& plan = m_wizard.plan();
    if (m_cancelling) {
        // Stopped while the key was being kept: no cloud was asked for anything yet.
        finish(makeError(ErrorCode::Unavailable, tr("You cancelled the create before anything was made.")));
        return;
    }
    if (!m_wizard.mainProvider() || !m_wizard.twinProvider()) {
        finish(makeError(ErrorCode::Unavailable,
            tr("A cloud was removed from your Clouds list, so nothing was created. Close the wizard and start "
               "again.")));
        return;
    }
    m_status->setHint(HintLabel::Kind::Note,
        tr("Creating %1 on %2 and its twin on %3…").arg(plan->spec.name, plan->main.cloudName, plan->twin.cloudName));
    delete m_job;
    m_job = new deploy::DeployJob(
        *plan, m_wizard.mainProvider(), m_wizard.twinProvider(), m_wizard.journal(), deploy::ApplyOptions {}, this);
    connect(m_job, &deploy::DeployJob::stepChanged, this, [this](const deploy::DeployStep& step) {
        showStep(step);
        updateProgress();
    });
    connect(m_job, &deploy::DeployJob::finished, this, &ProgressPage::finish);
    m_job->start();
}

void ProgressPage::showStep(const deploy::DeployStep& step)
{
    QTreeWidgetItem* item = m_items.value(step.seq);
    if (!item)
        return;
    item->setText(0, step.title);
    item->setText(1, stateText(step.state));
    item->setIcon(1, stateIcon(step.state));
    item->setData(1, Qt::UserRole, static_cast<int>(step.state));
    item->setToolTip(0, step.detail.isEmpty() ? step.title : step.title + u'\n' + step.detail);
    item->setToolTip(1, step.detail);
    const bool failed = step.state == StepState::Failed;
    item->setForeground(1, failed ? QBrush(QColor(0xb7, 0x1c, 0x1c)) : QBrush());
    item->setForeground(
        0, step.state == StepState::Pending ? m_tree->palette().brush(QPalette::PlaceholderText) : QBrush());
}

void ProgressPage::updateProgress()
{
    int done = 0;
    for (QTreeWidgetItem* group : {m_mainGroup, m_twinGroup}) {
        if (!group)
            continue;
        int groupDone = 0;
        bool failed = false;
        bool undone = false;
        for (int i = 0; i < group->childCount(); ++i) {
            const auto state = static_cast<StepState>(group->child(i)->data(1, Qt::UserRole).toInt());
            groupDone += state == StepState::Done || state == StepState::Skipped;
            failed = failed || state == StepState::Failed;
            undone = undone || state == StepState::Undone;
        }
        done += groupDone;
        group->setText(1,
            failed       ? tr("Failed")
                : undone ? tr("Removed again")
                         : tr("%1 of %2 done").arg(groupDone).arg(group->childCount()));
    }
    m_progress->setValue(done);
}

void ProgressPage::finish(const Result<deploy::DeployResult>& result)
{
    m_running = false;
    m_finished = true;
    m_ok = result.ok();
    // The create ended while "Stop?" was being asked: the question is moot, the status says what happened.
    if (m_cancelBox)
        m_cancelBox->close();
    // Nothing is left to cancel: Finish closes the wizard.
    m_wizard.setOption(QWizard::NoCancelButtonOnLastPage, true);
    // Steps that never ran are not "waiting" any more.
    for (QTreeWidgetItem* item : std::as_const(m_items)) {
        if (static_cast<StepState>(item->data(1, Qt::UserRole).toInt()) == StepState::Pending)
            item->setText(1, tr("Not started"));
    }
    m_busy->setRunning(false);
    updateProgress();
    const auto& plan = m_wizard.plan();
    if (result) {
        const deploy::DeployResult& made = result.value();
        const QString user = defaultUser(plan->spec.osFamily);
        m_mainAddress = made.mainAddress;
        QString text = tr("Both VMs are running. %1 on %2: %3. Twin %4 on %5: %6.")
                           .arg(m_serverName, plan->main.cloudName,
                               made.mainAddress.isEmpty() ? tr("no address reported") : made.mainAddress,
                               deploy::Planner::serverNameFor(plan->spec.name, spec::Role::Twin), plan->twin.cloudName,
                               made.twinAddress.isEmpty() ? tr("no address reported") : made.twinAddress);
        if (!made.mainAddress.isEmpty())
            text += u'\n' + tr("Sign in with: ssh %1@%2").arg(user, made.mainAddress);
        text += u'\n'
            + tr("The software is installed while the VMs start for the first time; that can take a few minutes "
                 "more.");
        m_status->setHint(HintLabel::Kind::Good, text);
        m_open->setVisible(true);
        m_saveKey->setVisible(!m_wizard.generatedPrivateKey().isEmpty());
        m_open->setFocus(Qt::OtherFocusReason);
    } else {
        m_status->setHint(HintLabel::Kind::Problem, result.error().message);
        m_retry->setVisible(true);
        m_retry->setFocus(Qt::OtherFocusReason);
    }
    emit completeChanged();
    emit deployFinished(m_ok);
}

void ProgressPage::requestCancel()
{
    if (!m_running || m_cancelling)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Stop Creating the VMs?"),
        tr("Stop creating %1 and its twin?").arg(m_wizard.spec().name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmCancelBox"));
    box->setInformativeText(
        tr("Whatever was made so far on both clouds is removed again. This takes a moment; the wizard closes "
           "when you press Finish."));
    QPushButton* stop = box->addButton(tr("Stop and Remove"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("confirmStopButton"));
    QPushButton* keepGoing = box->addButton(tr("Keep Going"), QMessageBox::RejectRole);
    keepGoing->setObjectName(QStringLiteral("keepGoingButton"));
    box->setDefaultButton(keepGoing);
    box->setEscapeButton(keepGoing);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_cancelBox = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, stop](QAbstractButton* clicked) {
        if (clicked != stop || !m_running)
            return;
        m_cancelling = true;
        m_status->setHint(HintLabel::Kind::Note, tr("Stopping, and removing what was made…"));
        if (m_job)
            m_job->cancel();
    });
    box->open();
}

void ProgressPage::chooseKeyFile()
{
    auto* dialog = new QFileDialog(this, tr("Save the Private Key"));
    dialog->setObjectName(QStringLiteral("savePrivateKeyDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString sshFolder = QDir::home().filePath(QStringLiteral(".ssh"));
    dialog->setDirectory(QDir(sshFolder).exists() ? sshFolder : QDir::homePath());
    dialog->selectFile(QStringLiteral("cloudtwin-%1").arg(m_wizard.spec().name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ProgressPage::savePrivateKey);
    dialog->open();
}

void ProgressPage::savePrivateKey(const QString& path)
{
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    // Only the owner may read it: ssh refuses keys others can read.
    const bool ok = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(m_wizard.generatedPrivateKey()) == m_wizard.generatedPrivateKey().size() && file.commit();
    if (ok) {
        m_keyResult->setHint(HintLabel::Kind::Good,
            tr("Saved the private key as %1. Sign in with: ssh -i %1 %2@%3")
                .arg(shown, defaultUser(m_wizard.spec().osFamily),
                    m_mainAddress.isEmpty() ? tr("ADDRESS") : m_mainAddress));
    } else {
        m_keyResult->setHint(
            HintLabel::Kind::Problem, tr("Could not save the private key as %1: %2").arg(shown, file.errorString()));
    }
}

} // namespace ct
