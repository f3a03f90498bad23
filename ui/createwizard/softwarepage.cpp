#include "softwarepage.h"

#include "createwizard.h"
#include "hintlabel.h"
#include "spec/catalog.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ct {

using spec::Bundle;

SoftwarePage::SoftwarePage(CreateWizard& wizard)
    : SpecPage(wizard, tr("Which software should be installed?"),
        tr("CloudTwin installs what you tick when the VM starts for the first time, from the operating system's "
           "own packages, and starts its services. You can install more yourself later over SSH."))
{
    setObjectName(QStringLiteral("softwarePage"));
    struct Entry
    {
        Bundle bundle;
        QString label;
    };
    struct Group
    {
        QString title;
        QList<Entry> entries;
    };
    const QList<Group> groups {
        {tr("Web servers"),
            {{Bundle::Nginx, tr("n&ginx — fast web server and reverse proxy")},
                {Bundle::Apache, tr("&Apache HTTP Server — the classic web server")}}},
        {tr("Databases"),
            {{Bundle::MariaDb, tr("&MariaDB — MySQL-compatible database")},
                {Bundle::MySql, tr("M&ySQL — the MySQL database")},
                {Bundle::PostgreSql, tr("&PostgreSQL — feature-rich SQL database")}}},
        {tr("Tools and languages"),
            {{Bundle::Docker, tr("&Docker — runs applications in containers")}, {Bundle::Python, tr("Pyt&hon 3")},
                {Bundle::NodeJs, tr("N&ode.js — JavaScript on the server")},
                {Bundle::Java, tr("&Java — OpenJDK runtime")}}},
    };

    auto* layout = new QVBoxLayout(this);
    for (const Group& group : groups) {
        auto* box = new QGroupBox(group.title, this);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setSpacing(2);
        for (const Entry& entry : group.entries) {
            auto* check = new QCheckBox(entry.label, box);
            check->setObjectName(QStringLiteral("bundle-") + spec::Catalog::bundleKey(entry.bundle));
            auto* hint = new HintLabel(box);
            hint->setObjectName(QStringLiteral("bundleHint-") + spec::Catalog::bundleKey(entry.bundle));
            hint->setHideWhenEmpty(true);
            boxLayout->addWidget(check);
            boxLayout->addWidget(hint);
            m_boxes.insert(entry.bundle, check);
            m_hints.insert(entry.bundle, hint);
            m_order << entry.bundle;
            connect(check, &QCheckBox::toggled, this, &SoftwarePage::changed);
        }
        layout->addWidget(box);
    }
    layout->addStretch(1);
    own(QStringLiteral("software"));
}

void SoftwarePage::load(const spec::VmSpec& spec)
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setChecked(spec.bundles.contains(it.key()));
}

void SoftwarePage::store(spec::VmSpec& spec) const
{
    // In the page's order, so the same ticks always give the same spec.
    spec.bundles.clear();
    for (Bundle bundle : m_order) {
        if (m_boxes.value(bundle)->isChecked())
            spec.bundles << bundle;
    }
}

void SoftwarePage::showIssues(const QList<spec::FieldIssue>& issues)
{
    QHash<Bundle, QStringList> messages;
    static const QRegularExpression indexed(QStringLiteral("^software\\[(\\d+)\\]"));
    const QList<Bundle>& bundles = m_wizard.spec().bundles;
    for (const spec::FieldIssue& issue : issues) {
        const QRegularExpressionMatch match = indexed.match(issue.field);
        const int index = match.hasMatch() ? match.captured(1).toInt() : -1;
        if (index >= 0 && index < bundles.size())
            messages[bundles.at(index)] << issue.message;
        else if (!bundles.isEmpty())
            messages[bundles.first()] << issue.message; // "software" as a whole: show it somewhere visible
    }
    for (auto it = m_hints.cbegin(); it != m_hints.cend(); ++it)
        it.value()->setHint(HintLabel::Kind::Problem, messages.value(it.key()).join(u'\n'));
}

} // namespace ct
