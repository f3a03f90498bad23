#include "settingsdialog.h"

#include "hintlabel.h"
#include "i18n/translations.h"
#include "settings/appsettings.h"
#include "uimetrics.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace ct {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    for (const Language& language : availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    const int current = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto* note = new HintLabel(this);
    note->setObjectName(QStringLiteral("restartNote"));
    note->setHint(HintLabel::Kind::Note, tr("A new language is used the next time you start CloudTwin."));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Language:"), m_language);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(16);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(latinCharsWidth(fontMetrics(), 60));
}

void SettingsDialog::accept()
{
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.sync();
    QDialog::accept();
}

} // namespace ct
