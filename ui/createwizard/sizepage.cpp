#include "sizepage.h"

#include "createwizard.h"
#include "hintlabel.h"
#include "spec/catalog.h"
#include "uimetrics.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace ct {

using spec::Catalog;
using spec::SizeClass;

SizePage::SizePage(CreateWizard& wizard)
    : SpecPage(wizard, tr("How big should it be?"),
        tr("Each cloud gets the nearest size it really offers that has at least these numbers; the review page "
           "shows which one and why."))
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("sizePage"));
    auto* layout = new QVBoxLayout(this);
    const struct
    {
        SizeClass size;
        const char* name;
        QString mnemonicLabel;
    } classes[] = {
        {SizeClass::Small, "sizeSmall", tr("&Small")},
        {SizeClass::Medium, "sizeMedium", tr("&Medium")},
        {SizeClass::Large, "sizeLarge", tr("&Large")},
        {SizeClass::XLarge, "sizeXLarge", tr("&Extra large")},
    };
    for (const auto& entry : classes) {
        // "&Small — 1 vCPU, 2 GB memory, 20 GB disk": the catalog's words with a mnemonic on the class name.
        const QString display = Catalog::sizeDisplayName(entry.size);
        const qsizetype dash = display.indexOf(QStringLiteral(" — "));
        const QString numbers = dash >= 0 ? display.mid(dash) : QString();
        auto* button = new QRadioButton(entry.mnemonicLabel + numbers, this);
        button->setObjectName(QLatin1String(entry.name));
        m_group->addButton(button, static_cast<int>(entry.size));
        layout->addWidget(button);
    }
    auto* guide = new HintLabel(this);
    guide->setObjectName(QStringLiteral("sizeGuide"));
    guide->setHint(HintLabel::Kind::Note,
        tr("Small suits a personal website or a small team's tool; pick a bigger size for busy sites, databases "
           "with much data or heavy builds. The size can be changed later."));
    layout->addWidget(guide);
    layout->addSpacing(12);

    m_advanced = new QCheckBox(tr("Ad&vanced: my own numbers"), this);
    m_advanced->setObjectName(QStringLiteral("sizeAdvanced"));
    layout->addWidget(m_advanced);

    m_customBox = new QWidget(this);
    m_customBox->setObjectName(QStringLiteral("sizeCustomBox"));
    auto* customLayout = new QVBoxLayout(m_customBox);
    const int indent
        = style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    customLayout->setContentsMargins(indent, 0, 0, 0);
    auto* custom = new QRadioButton(tr("&Custom size:"), m_customBox);
    custom->setObjectName(QStringLiteral("sizeCustom"));
    m_group->addButton(custom, static_cast<int>(SizeClass::Custom));
    customLayout->addWidget(custom);

    auto* form = new QFormLayout;
    form->setVerticalSpacing(4);
    form->setContentsMargins(indent, 0, 0, 0);
    // Wide ranges on purpose: the validator says what is possible, in words, under the field.
    m_cpus = new QSpinBox(m_customBox);
    m_cpus->setObjectName(QStringLiteral("customCpus"));
    m_cpus->setRange(0, 9999);
    m_cpus->setSuffix(tr(" vCPU"));
    m_memory = new QDoubleSpinBox(m_customBox);
    m_memory->setObjectName(QStringLiteral("customMemory"));
    m_memory->setRange(0, 99999);
    m_memory->setDecimals(1);
    m_memory->setSingleStep(0.5);
    m_memory->setSuffix(tr(" GB"));
    m_disk = new QSpinBox(m_customBox);
    m_disk->setObjectName(QStringLiteral("customDisk"));
    m_disk->setRange(0, 999999);
    m_disk->setSuffix(tr(" GB"));
    // Numbers need little room; the messages under them get the whole width.
    for (QWidget* field :
        {static_cast<QWidget*>(m_cpus), static_cast<QWidget*>(m_memory), static_cast<QWidget*>(m_disk)})
        field->setMaximumWidth(latinCharsWidth(fontMetrics(), 18));
    auto* cpusHint = makeHint("customCpusHint");
    auto* memoryHint = makeHint("customMemoryHint");
    auto* diskHint = makeHint("customDiskHint");
    form->addRow(tr("&Processors:"), m_cpus);
    form->addRow(QString(), cpusHint);
    form->addRow(tr("Memor&y:"), m_memory);
    form->addRow(QString(), memoryHint);
    form->addRow(tr("&Disk:"), m_disk);
    form->addRow(QString(), diskHint);
    customLayout->addLayout(form);
    layout->addWidget(m_customBox);
    layout->addStretch(1);

    bind(QStringLiteral("size.cpus"), cpusHint, m_cpus);
    bind(QStringLiteral("size.memory_gb"), memoryHint, m_memory);
    bind(QStringLiteral("size.memory_mb"), memoryHint, m_memory);
    bind(QStringLiteral("size.disk_gb"), diskHint, m_disk);
    bind(QStringLiteral("size"), diskHint);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        if (id == static_cast<int>(SizeClass::Custom) && m_cpus->value() == 0) {
            // Start the own numbers from the class chosen before.
            const spec::Size from = Catalog::sizeOf(m_wizard.spec().size);
            m_cpus->setValue(from.vcpus);
            m_memory->setValue(from.ramMb / 1024.0);
            m_disk->setValue(from.diskGb);
        }
        updateAdvanced();
        changed();
    });
    connect(m_advanced, &QCheckBox::toggled, this, [this](bool on) {
        if (!on && m_group->checkedId() == static_cast<int>(SizeClass::Custom)) {
            // Hiding the own numbers goes back to the nearest class.
            m_group->button(static_cast<int>(SizeClass::Small))->setChecked(true);
        }
        updateAdvanced();
    });
    connect(m_cpus, &QSpinBox::valueChanged, this, &SizePage::changed);
    connect(m_memory, &QDoubleSpinBox::valueChanged, this, &SizePage::changed);
    connect(m_disk, &QSpinBox::valueChanged, this, &SizePage::changed);
    updateAdvanced();
}

void SizePage::updateAdvanced()
{
    const bool custom = m_group->checkedId() == static_cast<int>(SizeClass::Custom);
    m_customBox->setVisible(m_advanced->isChecked());
    for (QWidget* field :
        {static_cast<QWidget*>(m_cpus), static_cast<QWidget*>(m_memory), static_cast<QWidget*>(m_disk)})
        field->setEnabled(custom);
}

void SizePage::load(const spec::VmSpec& spec)
{
    if (QAbstractButton* button = m_group->button(static_cast<int>(spec.size)))
        button->setChecked(true);
    if (spec.size == SizeClass::Custom) {
        m_cpus->setValue(spec.customSize.vcpus);
        m_memory->setValue(spec.customSize.ramMb / 1024.0);
        m_disk->setValue(spec.customSize.diskGb);
        m_advanced->setChecked(true);
    }
    updateAdvanced();
}

void SizePage::store(spec::VmSpec& spec) const
{
    if (m_group->checkedId() >= 0)
        spec.size = static_cast<SizeClass>(m_group->checkedId());
    if (spec.size == SizeClass::Custom) {
        spec.customSize.vcpus = m_cpus->value();
        spec.customSize.ramMb = static_cast<int>(std::lround(m_memory->value() * 1024));
        spec.customSize.diskGb = m_disk->value();
    }
}

} // namespace ct
