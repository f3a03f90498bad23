#include "changepassworddialog.h"

#include "busyindicator.h"
#include "hintlabel.h"
#include "logging/logging.h"
#include "passwordstrengthmeter.h"
#include "store/storeworker.h"
#include "uimetrics.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ct {

namespace {

QWidget* withHint(QWidget* field, QWidget* hint, QWidget* parent)
{
    auto* cell = new QWidget(parent);
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    layout->addWidget(hint);
    return cell;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(StoreWorker& worker, SignedInUser user, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_user(std::move(user))
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_strength(new PasswordStrengthMeter(this))
    , m_repeat(new QLineEdit(this))
    , m_repeatHint(new HintLabel(this))
    , m_error(new HintLabel(this))
    , m_busyIndicator(new BusyIndicator(this))
    , m_busyText(new QLabel(this))
    , m_submit(new QPushButton(tr("Change Password"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change Password"));

    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("newRepeat"));
    m_repeatHint->setObjectName(QStringLiteral("repeatHint"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setHideWhenEmpty(true);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    m_cancel->setAutoDefault(false);
    for (QLineEdit* field : {m_current, m_new, m_repeat})
        field->setEchoMode(QLineEdit::Password);

    auto* intro = new HintLabel(this);
    intro->setHint(HintLabel::Kind::Plain,
        tr("Choose a new password for %1. Your saved cloud secrets stay as they are.").arg(m_user.name));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("C&urrent password:"), m_current);
    form->addRow(tr("&New password:"), withHint(m_new, m_strength, this));
    form->addRow(tr("&Repeat new password:"), withHint(m_repeat, m_repeatHint, this));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_busyIndicator);
    buttons->addWidget(m_busyText, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setMinimumWidth(latinCharsWidth(fontMetrics(), 86));

    for (QLineEdit* field : {m_current, m_new, m_repeat})
        connect(field, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateState);
    connect(m_submit, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    updateState();
}

void ChangePasswordDialog::updateState()
{
    const QString password = m_new->text();
    m_strength->assess(password, m_user.name);
    const QString repeat = m_repeat->text();
    const bool matches = !password.isEmpty() && repeat == password;
    if (repeat.isEmpty())
        m_repeatHint->setHint(HintLabel::Kind::Note, {});
    else if (!matches)
        m_repeatHint->setHint(HintLabel::Kind::Problem, tr("The passwords do not match."));
    else
        m_repeatHint->setHint(HintLabel::Kind::Good, tr("The passwords match."));
    m_submit->setEnabled(!m_busy && !m_current->text().isEmpty() && m_strength->acceptable() && matches);
}

void ChangePasswordDialog::submit()
{
    if (m_busy || !m_submit->isEnabled())
        return;
    m_busy = true;
    m_error->setHint(HintLabel::Kind::Problem, {});
    for (QLineEdit* field : {m_current, m_new, m_repeat})
        field->setEnabled(false);
    m_busyIndicator->setRunning(true);
    m_busyText->setText(tr("Changing the password…"));
    updateState();

    m_worker
        .run([user = m_user, current = m_current->text(), next = m_new->text()](AccountService& accounts) -> Status {
            auto changed = accounts.changePassword(user, current, next);
            if (changed)
                (void)accounts.storeFor(user)->addEvent(
                    ActivityEvent::Severity::Info, QStringLiteral("account.password_changed"), tr("Password changed."));
            return changed;
        })
        .then(this, [this](const Status& changed) {
            m_busy = false;
            m_busyIndicator->setRunning(false);
            m_busyText->clear();
            for (QLineEdit* field : {m_current, m_new, m_repeat})
                field->setEnabled(true);
            if (!changed) {
                m_error->setHint(HintLabel::Kind::Problem, changed.error().message);
                if (changed.error().code == ErrorCode::WrongPassword) {
                    m_current->clear();
                    m_current->setFocus();
                }
                updateState();
                return;
            }
            qCInfo(lcUi) << "password changed for" << m_user.name;
            accept();
        });
}

} // namespace ct
