#pragma once

#include "deploy/deployjob.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

class QMessageBox;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ct {

class BusyIndicator;
class CreateWizard;
class HintLabel;

/// Page 9: creates the pair (DeployJob) and shows every step of both sides with its state, an overall
/// progress bar, and at the end what happened in plain words: on success where the VMs are and how to sign
/// in ("Open in VMs list"); on failure what failed and whether what was made was removed again. Cancel asks
/// first, then rolls back.
class ProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProgressPage(CreateWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_running; }
    bool succeeded() const { return m_finished && m_ok; }
    QTreeWidget* steps() const { return m_tree; }
    /// What the page says now (working, done, or why it failed).
    QString statusText() const;
    /// Asks whether to stop (a window-modal box); stopping rolls back what was made.
    void requestCancel();
    /// Writes the generated private key to a file (the "Save private key…" dialog ends here).
    void savePrivateKey(const QString& path);

    /// The words shown for a step's state ("Done", "Removed again", ...).
    static QString stateText(deploy::StepState state);

signals:
    /// The create finished (or could not start); `ok` when both VMs run.
    void deployFinished(bool ok);

private:
    void start();
    void run();
    void showStep(const deploy::DeployStep& step);
    void finish(const Result<deploy::DeployResult>& result);
    void updateProgress();
    void chooseKeyFile();

    CreateWizard& m_wizard;
    QPointer<deploy::DeployJob> m_job;
    QPointer<QMessageBox> m_cancelBox;
    bool m_running = false;
    bool m_finished = false;
    bool m_ok = false;
    bool m_cancelling = false;
    QString m_serverName;
    QString m_mainAddress;

    BusyIndicator* m_busy;
    HintLabel* m_status;
    QProgressBar* m_progress;
    QTreeWidget* m_tree;
    QHash<int, QTreeWidgetItem*> m_items; ///< by step seq
    QTreeWidgetItem* m_mainGroup = nullptr;
    QTreeWidgetItem* m_twinGroup = nullptr;
    QPushButton* m_retry;
    QPushButton* m_open;
    QPushButton* m_saveKey;
    HintLabel* m_keyResult;
};

} // namespace ct
