#pragma once

#include "spec/specfile.h"
#include "spec/vmspec.h"

#include <QList>
#include <QPointer>
#include <QWizardPage>

class QVBoxLayout;

namespace ct {

class CreateWizard;
class HintLabel;

/// A wizard page that edits part of the spec. After every edit it writes its widgets into the wizard's spec,
/// runs SpecFile::validate on the whole spec and shows the problems of its own fields under those fields
/// (a field left empty gets a grey note saying what to enter, a wrong value a red message); Next stays
/// disabled while any of its fields has a problem.
class SpecPage : public QWizardPage
{
    Q_OBJECT

public:
    SpecPage(CreateWizard& wizard, const QString& title, const QString& subTitle);

    void initializePage() override;
    bool isComplete() const override;
    /// Leaving the page with Back keeps what was entered (the spec already has it).
    void cleanupPage() override { }

    /// The problems of this page's fields, as shown (validator issues and text that does not parse).
    const QList<spec::FieldIssue>& issues() const { return m_issues; }
    /// The message shown for a field path ("ports[1].port", "name"), empty when it has none.
    QString problem(const QString& field) const;

    /// Whether `field` is `prefix` or lies inside it ("ports[2].to" in "ports" and "ports[2]").
    static bool within(const QString& field, const QString& prefix);

protected:
    /// Spec → widgets, when the page is shown.
    virtual void load(const spec::VmSpec& spec) = 0;
    /// Widgets → spec.
    virtual void store(spec::VmSpec& spec) const = 0;
    /// Problems the spec cannot show, such as text that is not a number; checked before the validator.
    virtual QList<spec::FieldIssue> parseIssues() const { return {}; }
    /// Shows this page's issues. The default puts each under the field bound to its path.
    virtual void showIssues(const QList<spec::FieldIssue>& issues);

    /// The page answers for issues of `fieldPrefix` and shows them in `hint`. `widget` is the field (an empty
    /// field gets a note instead of a problem).
    void bind(const QString& fieldPrefix, HintLabel* hint, QWidget* widget = nullptr);
    /// Only answers for issues of `fieldPrefix` (the page shows them itself in showIssues).
    void own(const QString& fieldPrefix);
    /// Call after every edit.
    void changed();
    /// A hint label under a field, hidden while empty.
    HintLabel* makeHint(const char* objectName);

    CreateWizard& m_wizard;

private:
    struct Binding
    {
        QString prefix;
        HintLabel* hint = nullptr;
        QPointer<QWidget> widget;
    };
    bool owns(const QString& field) const;
    static bool isEmptyField(const QWidget* widget);

    QList<Binding> m_bindings;
    QStringList m_owned;
    QList<spec::FieldIssue> m_issues;
    bool m_loading = false;
};

} // namespace ct
