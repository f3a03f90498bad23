#include "datapage.h"

#include "createwizard.h"
#include "hintlabel.h"
#include "uimetrics.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ct {

namespace {

constexpr int kOtherMinutes = -1;

QString durationText(int minutes)
{
    if (minutes % (24 * 60) == 0)
        return DataPage::tr("%n day(s)", nullptr, minutes / (24 * 60));
    if (minutes % 60 == 0)
        return DataPage::tr("%n hour(s)", nullptr, minutes / 60);
    return DataPage::tr("%n minute(s)", nullptr, minutes);
}

} // namespace

DataPage::DataPage(CreateWizard& wizard)
    : SpecPage(wizard, tr("Data and protection"),
        tr("A separate data disk keeps your files apart from the system. The two questions below tell "
           "CloudTwin how closely the twin must follow the main VM."))
{
    setObjectName(QStringLiteral("dataPage"));

    m_diskSize = new QSpinBox(this);
    m_diskSize->setObjectName(QStringLiteral("dataDiskSize"));
    m_diskSize->setRange(0, 999999);
    m_diskSize->setSuffix(tr(" GB"));
    m_diskSize->setSpecialValueText(tr("None"));
    m_diskSize->setAccessibleDescription(tr("0 means no data disk"));
    m_diskSize->setMaximumWidth(latinCharsWidth(fontMetrics(), 18));
    m_mount = new QLineEdit(this);
    m_mount->setObjectName(QStringLiteral("dataDiskMount"));
    m_mount->setPlaceholderText(QStringLiteral("/data"));
    auto* sizeHint = makeHint("dataDiskSizeHint");
    auto* mountHint = makeHint("dataDiskMountHint");
    auto* diskNote = new HintLabel(this);
    diskNote->setObjectName(QStringLiteral("dataDiskNote"));
    diskNote->setHint(HintLabel::Kind::Note,
        tr("“None” keeps everything on the system disk. A data disk is formatted and mounted at the folder "
           "below when the VM first starts; put your databases and files there."));

    auto* diskBox = new QGroupBox(tr("Data disk"), this);
    auto* diskForm = new QFormLayout(diskBox);
    diskForm->setVerticalSpacing(4);
    diskForm->addRow(tr("Data &disk size:"), m_diskSize);
    diskForm->addRow(QString(), sizeHint);
    diskForm->addRow(tr("&Mounted at:"), m_mount);
    diskForm->addRow(QString(), mountHint);
    diskForm->addRow(diskNote);

    m_dataLoss = makeMinutes("dataLoss");
    m_downtime = makeMinutes("downtime");
    auto* dataLossHint = makeHint("dataLossHint");
    auto* downtimeHint = makeHint("downtimeHint");
    auto* dataLossLabel = new QLabel(tr("How much recent &work could you afford to lose?"), this);
    dataLossLabel->setBuddy(m_dataLoss.choice);
    dataLossLabel->setWordWrap(true);
    auto* downtimeLabel = new QLabel(tr("How long may the server be &unreachable?"), this);
    downtimeLabel->setBuddy(m_downtime.choice);
    downtimeLabel->setWordWrap(true);
    auto* protectionNote = new HintLabel(this);
    protectionNote->setObjectName(QStringLiteral("protectionNote"));
    protectionNote->setHint(HintLabel::Kind::Note,
        tr("CloudTwin stores these answers with the VM pair now. Protection — copying the main VM to its twin "
           "at least this often, and switching to the twin when the main cloud fails — uses them once it is "
           "available in a later version. Shorter times mean more frequent copies."));

    auto* protectionBox = new QGroupBox(tr("Protection"), this);
    auto* protectionLayout = new QVBoxLayout(protectionBox);
    protectionLayout->setSpacing(4);
    auto row = [](const Minutes& minutes) {
        auto* line = new QHBoxLayout;
        line->addWidget(minutes.choice);
        line->addWidget(minutes.other);
        line->addStretch(1);
        return line;
    };
    protectionLayout->addWidget(dataLossLabel);
    protectionLayout->addLayout(row(m_dataLoss));
    protectionLayout->addWidget(dataLossHint);
    protectionLayout->addSpacing(4);
    protectionLayout->addWidget(downtimeLabel);
    protectionLayout->addLayout(row(m_downtime));
    protectionLayout->addWidget(downtimeHint);
    protectionLayout->addWidget(protectionNote);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(diskBox);
    layout->addWidget(protectionBox);
    layout->addStretch(1);

    bind(QStringLiteral("data_disk.size_gb"), sizeHint, m_diskSize);
    bind(QStringLiteral("data_disk.mount"), mountHint, m_mount);
    bind(QStringLiteral("data_disk"), sizeHint);
    bind(QStringLiteral("protection.max_data_loss_minutes"), dataLossHint);
    bind(QStringLiteral("protection.max_downtime_minutes"), downtimeHint);
    bind(QStringLiteral("protection"), downtimeHint);

    connect(m_diskSize, &QSpinBox::valueChanged, this, [this]() {
        updateEnabled();
        changed();
    });
    connect(m_mount, &QLineEdit::textChanged, this, &DataPage::changed);
    for (const Minutes* minutes : {&m_dataLoss, &m_downtime}) {
        connect(minutes->choice, &QComboBox::currentIndexChanged, this, [this]() {
            updateEnabled();
            changed();
        });
        connect(minutes->other, &QSpinBox::valueChanged, this, &DataPage::changed);
    }
    updateEnabled();
}

DataPage::Minutes DataPage::makeMinutes(const char* name)
{
    Minutes minutes;
    minutes.choice = new QComboBox(this);
    minutes.choice->setObjectName(QLatin1String(name));
    for (int value : {5, 15, 30, 60, 4 * 60, 24 * 60})
        minutes.choice->addItem(durationText(value), value);
    minutes.choice->addItem(tr("Other…"), kOtherMinutes);
    minutes.other = new QSpinBox(this);
    minutes.other->setObjectName(QLatin1String(name) + QStringLiteral("Minutes"));
    minutes.other->setRange(0, 99999);
    minutes.other->setSuffix(tr(" minutes"));
    minutes.other->setAccessibleName(tr("Minutes"));
    return minutes;
}

void DataPage::Minutes::set(int value) const
{
    const int index = choice->findData(value);
    if (index >= 0) {
        choice->setCurrentIndex(index);
        return;
    }
    choice->setCurrentIndex(choice->findData(kOtherMinutes));
    other->setValue(value);
}

int DataPage::Minutes::value() const
{
    const int chosen = choice->currentData().toInt();
    return chosen == kOtherMinutes ? other->value() : chosen;
}

void DataPage::updateEnabled()
{
    m_mount->setEnabled(m_diskSize->value() > 0);
    for (const Minutes* minutes : {&m_dataLoss, &m_downtime}) {
        const bool other = minutes->choice->currentData().toInt() == kOtherMinutes;
        if (other && !minutes->other->isVisible() && minutes->other->value() == 0)
            minutes->other->setValue(minutes->choice->itemData(0).toInt());
        minutes->other->setVisible(other);
    }
}

void DataPage::load(const spec::VmSpec& spec)
{
    m_diskSize->setValue(spec.dataDisk.sizeGb);
    m_mount->setText(spec.dataDisk.mountPoint);
    m_dataLoss.set(spec.protection.maxDataLossMinutes);
    m_downtime.set(spec.protection.maxDowntimeMinutes);
    updateEnabled();
}

void DataPage::store(spec::VmSpec& spec) const
{
    spec.dataDisk.sizeGb = m_diskSize->value();
    spec.dataDisk.mountPoint = m_mount->text().trimmed();
    spec.protection.maxDataLossMinutes = m_dataLoss.value();
    spec.protection.maxDowntimeMinutes = m_downtime.value();
}

} // namespace ct
