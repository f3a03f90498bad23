#include "passwordstrengthmeter.h"

#include "hintlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace ct {

namespace {

QColor strengthColor(CredentialRules::Strength strength)
{
    switch (strength) {
    case CredentialRules::Strength::VeryWeak:
        return {0xc0, 0x1c, 0x28};
    case CredentialRules::Strength::Weak:
        return {0xe6, 0x61, 0x00};
    case CredentialRules::Strength::Fair:
        return {0xc6, 0x9c, 0x00};
    case CredentialRules::Strength::Strong:
        return {0x2e, 0x9c, 0x4a};
    case CredentialRules::Strength::VeryStrong:
        return {0x1e, 0x7b, 0x34};
    }
    return {};
}

} // namespace

PasswordStrengthMeter::PasswordStrengthMeter(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_advice(new HintLabel(this))
{
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 5);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(qMax(6, fontMetrics().height() / 3));
    m_bar->setAccessibleName(tr("Password strength"));
    m_label->setObjectName(QStringLiteral("strengthLabel"));
    m_advice->setObjectName(QStringLiteral("strengthAdvice"));

    auto* barRow = new QHBoxLayout;
    barRow->setContentsMargins(0, 0, 0, 0);
    barRow->addWidget(m_bar, 1);
    barRow->addWidget(m_label);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(barRow);
    layout->addWidget(m_advice);

    assess({}, {});
}

void PasswordStrengthMeter::assess(const QString& password, const QString& userName)
{
    m_verdict = CredentialRules::assessPassword(password, userName);
    if (password.isEmpty()) {
        m_bar->setValue(0);
        m_label->clear();
        m_advice->setHint(HintLabel::Kind::Note,
            tr("At least %1 characters. A few unrelated words make a strong password that is easy "
               "to remember.")
                .arg(CredentialRules::kMinPasswordLength));
        return;
    }
    m_bar->setValue(static_cast<int>(m_verdict.strength) + 1);
    QPalette colors = m_bar->palette();
    colors.setColor(QPalette::Highlight, strengthColor(m_verdict.strength));
    m_bar->setPalette(colors);
    m_label->setText(m_verdict.label);
    if (!m_verdict.acceptable)
        m_advice->setHint(HintLabel::Kind::Problem, m_verdict.advice);
    else if (!m_verdict.advice.isEmpty())
        m_advice->setHint(HintLabel::Kind::Note, m_verdict.advice);
    else
        m_advice->setHint(HintLabel::Kind::Good, tr("Good password."));
}

} // namespace ct
