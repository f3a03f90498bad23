#include "purposepage.h"

#include "cloudcontext.h"
#include "createwizard.h"
#include "hintlabel.h"
#include "spec/catalog.h"

#include <QButtonGroup>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ct {

using spec::Catalog;
using spec::Purpose;

QString portRuleText(const spec::PortRule& rule)
{
    if (rule.protocol == QLatin1String("icmp"))
        return PurposePage::tr("%1 (ping)").arg(rule.name);
    if (rule.portMin == rule.portMax)
        return PurposePage::tr("%1 (%2/%3)").arg(rule.name).arg(rule.portMin).arg(rule.protocol);
    return PurposePage::tr("%1 (%2–%3/%4)").arg(rule.name).arg(rule.portMin).arg(rule.portMax).arg(rule.protocol);
}

QString purposeDefaultsText(Purpose purpose)
{
    QStringList parts;
    parts << Catalog::sizeDisplayName(Catalog::defaultSize(purpose));
    QStringList software;
    for (spec::Bundle bundle : Catalog::defaultBundles(purpose))
        software << Catalog::bundleDisplayName(bundle);
    parts << (software.isEmpty() ? PurposePage::tr("no extra software") : software.join(PurposePage::tr(", ")));
    QStringList ports;
    for (const spec::PortRule& rule : Catalog::defaultPorts(purpose))
        ports << portRuleText(rule);
    parts << PurposePage::tr("opens %1").arg(ports.join(PurposePage::tr(", ")));
    return PurposePage::tr("Suggests: %1").arg(parts.join(QStringLiteral(" · ")));
}

PurposePage::PurposePage(CreateWizard& wizard)
    : SpecPage(wizard, tr("What is the server for?"),
        tr("Your answer fills in sensible choices on the next pages: size, software and open ports. You can "
           "change each of them there."))
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("purposePage"));
    struct Choice
    {
        Purpose purpose;
        QString label;
        QString help;
        const char* name;
    };
    const QList<Choice> choices {
        {Purpose::WebServer, tr("&Web server"), tr("Serves a website or a web application to browsers."),
            "purposeWebServer"},
        {Purpose::Database, tr("&Database"),
            tr("Keeps the data of your applications. Reachable only from private networks until you open it."),
            "purposeDatabase"},
        {Purpose::DevelopmentBox, tr("De&velopment box"),
            tr("A machine to build and try software on, with containers and common programming languages."),
            "purposeDevelopmentBox"},
        {Purpose::FileServer, tr("&File server"),
            tr("Keeps files that you copy to it over SSH (SFTP or scp). Add a data disk on a later page."),
            "purposeFileServer"},
        {Purpose::Custom, tr("C&ustom"), tr("Starts with SSH access only; you choose everything on the next pages."),
            "purposeCustom"},
    };

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    for (const Choice& choice : choices) {
        auto* button = new QRadioButton(choice.label, this);
        button->setObjectName(QLatin1String(choice.name));
        button->setFont(big);
        m_group->addButton(button, static_cast<int>(choice.purpose));
        auto* help = new HintLabel(this);
        help->setObjectName(QLatin1String(choice.name) + QStringLiteral("Help"));
        help->setHint(HintLabel::Kind::Plain, choice.help);
        help->setContentsMargins(indent, 0, 0, 0);
        auto* defaults = new HintLabel(this);
        defaults->setObjectName(QLatin1String(choice.name) + QStringLiteral("Defaults"));
        defaults->setHint(HintLabel::Kind::Note, purposeDefaultsText(choice.purpose));
        defaults->setContentsMargins(indent, 0, 0, 0);
        button->setAccessibleDescription(choice.help + u'\n' + defaults->text());
        layout->addWidget(button);
        layout->addWidget(help);
        layout->addWidget(defaults);
        layout->addSpacing(8);
    }
    m_cloudsWarning = new HintLabel(this);
    m_cloudsWarning->setObjectName(QStringLiteral("purposeCloudsWarning"));
    m_cloudsWarning->setHideWhenEmpty(true);
    layout->addWidget(m_cloudsWarning);
    layout->addStretch(1);

    connect(&m_wizard.clouds(), &CloudContext::accountsChanged, this, &PurposePage::updateCloudsWarning);
    updateCloudsWarning();
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { choose(static_cast<Purpose>(id)); });
}

void PurposePage::updateCloudsWarning()
{
    // Said up front: the last question needs two accounts, and finding out there would waste the answers.
    const qsizetype clouds = m_wizard.clouds().accounts().size();
    m_cloudsWarning->setHint(HintLabel::Kind::Problem,
        clouds >= 2 || !m_wizard.clouds().isLoaded()
            ? QString()
            : tr("A VM pair needs two cloud accounts, one for the main VM and one for its twin, and you have %n. "
                 "Add another on the Clouds page (another cloud, or another project on the same cloud) before "
                 "the last question.",
                nullptr, static_cast<int>(clouds)));
}

void PurposePage::choose(Purpose purpose)
{
    if (QAbstractButton* button = m_group->button(static_cast<int>(purpose)))
        button->setChecked(true);
    spec::VmSpec& spec = m_wizard.spec();
    // Only a new choice resets the later pages; clicking the same purpose again keeps the person's edits.
    if (spec.purpose == purpose && !spec.ports.isEmpty())
        return;
    spec.purpose = purpose;
    spec.size = Catalog::defaultSize(purpose);
    spec.bundles = Catalog::defaultBundles(purpose);
    spec.ports = Catalog::defaultPorts(purpose);
    changed();
}

void PurposePage::load(const spec::VmSpec& spec)
{
    if (QAbstractButton* button = m_group->button(static_cast<int>(spec.purpose)))
        button->setChecked(true);
}

void PurposePage::store(spec::VmSpec& spec) const
{
    if (m_group->checkedId() >= 0)
        spec.purpose = static_cast<Purpose>(m_group->checkedId());
}

} // namespace ct
