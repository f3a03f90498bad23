#include "ospage.h"

#include "createwizard.h"
#include "hintlabel.h"
#include "spec/catalog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QVBoxLayout>

namespace ct {

using spec::Catalog;

QString OsPage::familyName(const QString& family)
{
    if (family == QLatin1String("ubuntu"))
        return QStringLiteral("Ubuntu");
    if (family == QLatin1String("debian"))
        return QStringLiteral("Debian");
    if (family == QLatin1String("rocky"))
        return QStringLiteral("Rocky Linux");
    if (family == QLatin1String("almalinux"))
        return QStringLiteral("AlmaLinux");
    return family;
}

OsPage::OsPage(CreateWizard& wizard)
    : SpecPage(wizard, tr("Which operating system?"),
        tr("CloudTwin finds each cloud's image of this system for you. Under Advanced on the Clouds page you "
           "can pick an image yourself."))
{
    setObjectName(QStringLiteral("osPage"));
    m_family = new QComboBox(this);
    m_family->setObjectName(QStringLiteral("osFamily"));
    for (const Catalog::OsInfo& os : Catalog::supportedOs()) {
        if (m_family->findData(os.family) < 0)
            m_family->addItem(familyName(os.family), os.family);
    }
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("osVersion"));
    auto* familyHint = makeHint("osFamilyHint");
    auto* versionHint = makeHint("osVersionHint");

    auto* form = new QFormLayout;
    form->setVerticalSpacing(4);
    form->addRow(tr("Operating &system:"), m_family);
    form->addRow(QString(), familyHint);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(QString(), versionHint);

    auto* guide = new HintLabel(this);
    guide->setObjectName(QStringLiteral("osGuide"));
    guide->setHint(HintLabel::Kind::Note,
        tr("Not sure? Ubuntu LTS is the most widely used and documented. Debian changes least between versions. "
           "Rocky Linux and AlmaLinux work like Red Hat Enterprise Linux. Software is installed with the "
           "system's own package manager (apt or dnf)."));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(guide);
    layout->addStretch(1);

    bind(QStringLiteral("os.family"), familyHint, m_family);
    bind(QStringLiteral("os.version"), versionHint, m_version);

    connect(m_family, &QComboBox::currentIndexChanged, this, [this]() {
        fillVersions(m_family->currentData().toString(), {});
        changed();
    });
    connect(m_version, &QComboBox::currentIndexChanged, this, &OsPage::changed);
}

void OsPage::fillVersions(const QString& family, const QString& preferred)
{
    const QSignalBlocker blocker(m_version);
    m_version->clear();
    for (const Catalog::OsInfo& os : Catalog::supportedOs()) {
        if (os.family == family)
            m_version->addItem(os.displayName, os.version);
    }
    // The newest release unless one was asked for: the catalog lists them oldest first.
    const int wanted = m_version->findData(preferred);
    m_version->setCurrentIndex(wanted >= 0 ? wanted : m_version->count() - 1);
}

void OsPage::load(const spec::VmSpec& spec)
{
    {
        const QSignalBlocker blocker(m_family);
        m_family->setCurrentIndex(m_family->findData(spec.osFamily));
    }
    fillVersions(spec.osFamily, spec.osVersion);
}

void OsPage::store(spec::VmSpec& spec) const
{
    spec.osFamily = m_family->currentData().toString();
    spec.osVersion = m_version->currentData().toString();
}

} // namespace ct
