#include "specpage.h"

#include "createwizard.h"
#include "hintlabel.h"

#include <QComboBox>
#include <QHash>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <algorithm>

namespace ct {

SpecPage::SpecPage(CreateWizard& wizard, const QString& title, const QString& subTitle)
    : m_wizard(wizard)
{
    setTitle(title);
    setSubTitle(subTitle);
}

void SpecPage::initializePage()
{
    m_loading = true;
    load(m_wizard.spec());
    m_loading = false;
    changed();
}

bool SpecPage::isComplete() const { return m_issues.isEmpty(); }

QString SpecPage::problem(const QString& field) const
{
    QStringList messages;
    for (const spec::FieldIssue& issue : m_issues) {
        if (issue.field == field)
            messages << issue.message;
    }
    return messages.join(u'\n');
}

bool SpecPage::within(const QString& field, const QString& prefix)
{
    if (!field.startsWith(prefix))
        return false;
    if (field.size() == prefix.size())
        return true;
    const QChar next = field.at(prefix.size());
    return next == u'.' || next == u'[';
}

void SpecPage::bind(const QString& fieldPrefix, HintLabel* hint, QWidget* widget)
{
    m_bindings.append({fieldPrefix, hint, widget});
}

void SpecPage::own(const QString& fieldPrefix) { m_owned.append(fieldPrefix); }

HintLabel* SpecPage::makeHint(const char* objectName)
{
    auto* hint = new HintLabel(this);
    hint->setObjectName(QLatin1String(objectName));
    hint->setHideWhenEmpty(true);
    return hint;
}

bool SpecPage::owns(const QString& field) const
{
    for (const Binding& binding : m_bindings) {
        if (within(field, binding.prefix))
            return true;
    }
    for (const QString& prefix : m_owned) {
        if (within(field, prefix))
            return true;
    }
    return false;
}

void SpecPage::changed()
{
    if (m_loading)
        return;
    store(m_wizard.spec());
    QList<spec::FieldIssue> issues = parseIssues();
    const QList<spec::FieldIssue> parsed = issues;
    for (const spec::FieldIssue& issue : spec::SpecFile::validate(m_wizard.spec())) {
        if (!owns(issue.field))
            continue;
        // What does not parse was given to the validator as a placeholder; its message would mislead.
        const bool shadowed = std::any_of(parsed.cbegin(), parsed.cend(), [&issue](const spec::FieldIssue& p) {
            return within(issue.field, p.field) || within(p.field, issue.field);
        });
        if (!shadowed)
            issues.append(issue);
    }
    const bool same = issues == m_issues;
    m_issues = issues;
    showIssues(m_issues);
    if (!same)
        emit completeChanged();
}

bool SpecPage::isEmptyField(const QWidget* widget)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(widget))
        return line->text().trimmed().isEmpty();
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(widget))
        return text->toPlainText().trimmed().isEmpty();
    if (const auto* combo = qobject_cast<const QComboBox*>(widget))
        return combo->currentIndex() < 0 || combo->currentData().toString().isEmpty();
    return false;
}

void SpecPage::showIssues(const QList<spec::FieldIssue>& issues)
{
    struct Shown
    {
        QStringList messages;
        bool onlyEmpty = true;
    };
    QHash<HintLabel*, Shown> shown;
    for (const Binding& binding : m_bindings)
        shown.insert(binding.hint, {});
    for (const spec::FieldIssue& issue : issues) {
        // The most specific binding shows it ("size.memory_mb" before "size").
        const Binding* best = nullptr;
        for (const Binding& binding : m_bindings) {
            if (within(issue.field, binding.prefix) && (!best || binding.prefix.size() > best->prefix.size()))
                best = &binding;
        }
        if (!best)
            continue;
        Shown& entry = shown[best->hint];
        if (!entry.messages.contains(issue.message))
            entry.messages << issue.message;
        entry.onlyEmpty = entry.onlyEmpty && best->widget && isEmptyField(best->widget);
    }
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        // An empty field is not wrong yet: say what it wants in grey; red is for values that are wrong.
        const HintLabel::Kind kind = it->onlyEmpty ? HintLabel::Kind::Note : HintLabel::Kind::Problem;
        it.key()->setHint(kind, it->messages.join(u'\n'));
    }
}

} // namespace ct
