#pragma once

#include "render/renderedfile.h"

#include <QPointer>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace ct {

class BusyIndicator;
class CloudProvider;
class CreateWizard;
class HclHighlighter;
class HintLabel;

/// Page 8: makes the plan (Planner::plan: what each cloud really offers, matched to the answers) while a
/// spinner turns, then shows what will be made on each cloud with the reasons for the flavor and image, and
/// the generated Terraform (syntax highlighted, read-only, with Copy and Export…). A failed plan is shown in
/// plain words with a hint to go Back, and can be tried again. "Create VMs" commits.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(CreateWizard& wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isPlanning() const { return m_planning; }
    /// The message shown when the plan could not be made (empty otherwise).
    QString problem() const;
    /// The plan as text (what the Plan tab shows).
    QString summaryText() const;
    const render::RenderedFiles& files() const { return m_files; }
    /// Shows one of the generated files.
    void showFile(const QString& path);
    QPlainTextEdit* codeView() const { return m_code; }
    /// Writes the generated files below `folder` (the Export… button's folder dialog ends here).
    void exportTo(const QString& folder);
    /// What the last export said.
    QString exportMessage() const;

signals:
    /// The plan is shown, or why it could not be made.
    void planFinished(bool ok);
    void exportFinished(bool ok);

private:
    void makePlan();
    void planWith(int generation, const QString& publicKey, const QString& mainId, const QString& twinId);
    void fail(const QString& message);
    void showPlan();
    void chooseExportFolder();

    CreateWizard& m_wizard;
    int m_generation = 0;
    bool m_planning = false;
    bool m_ok = false;
    render::RenderedFiles m_files;
    QString m_renderProblem; ///< why the Terraform could not be written (the plan is fine without it)
    QPointer<CloudProvider> m_mainProvider;
    QPointer<CloudProvider> m_twinProvider;

    BusyIndicator* m_busy;
    HintLabel* m_status;
    QPushButton* m_retry;
    QTabWidget* m_tabs;
    QTextBrowser* m_summary;
    QComboBox* m_file;
    QPlainTextEdit* m_code;
    HclHighlighter* m_highlighter;
    QPushButton* m_copy;
    QPushButton* m_export;
    HintLabel* m_exportResult;
};

} // namespace ct
