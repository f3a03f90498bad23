#include "deleteaccountdialog.h"

#include "busyindicator.h"
#include "hintlabel.h"
#include "logging/logging.h"
#include "secrets/usersecrets.h"
#include "store/storeworker.h"
#include "uimetrics.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ct {

DeleteAccountDialog::DeleteAccountDialog(StoreWorker& worker, UserSecrets& secrets, SignedInUser user, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_secrets(secrets)
    , m_user(std::move(user))
    , m_password(new QLineEdit(this))
    , m_error(new HintLabel(this))
    , m_busyIndicator(new BusyIndicator(this))
    , m_busyText(new QLabel(this))
    , m_submit(new QPushButton(tr("Delete Account"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("deleteAccountDialog"));
    setWindowTitle(tr("Delete Account"));

    auto* icon = new QLabel(this);
    const int iconSide = fontMetrics().height() * 2;
    icon->setPixmap(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSide, iconSide));
    auto* headline = new QLabel(tr("Delete the account %1?").arg(m_user.name), this);
    QFont headlineFont = headline->font();
    headlineFont.setBold(true);
    headline->setFont(headlineFont);
    headline->setWordWrap(true);
    auto* explanation = new HintLabel(this);
    explanation->setHint(HintLabel::Kind::Plain,
        tr("All data of this account is removed from CloudTwin: its settings, its activity, its "
           "encrypted secrets file and every entry CloudTwin saved for it in the system keychain. "
           "Your VMs on the clouds themselves are not touched.\n\n"
           "This cannot be undone. Type the password of %1 to confirm.")
            .arg(m_user.name));
    explanation->setObjectName(QStringLiteral("explanation"));

    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Password:"), m_password);

    auto* text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(headline);
    text->addWidget(explanation);
    text->addSpacing(4);
    text->addLayout(form);
    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setHideWhenEmpty(true);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setEnabled(false);
    m_submit->setAutoDefault(false);
    // Enter alone must not delete an account: the default button is Cancel until a password is typed.
    m_cancel->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_busyIndicator);
    buttons->addWidget(m_busyText, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setMinimumWidth(latinCharsWidth(fontMetrics(), 86));

    connect(m_password, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_submit->setEnabled(!m_busy && !text.isEmpty());
        m_submit->setDefault(!text.isEmpty());
        m_cancel->setDefault(text.isEmpty());
    });
    connect(m_submit, &QPushButton::clicked, this, &DeleteAccountDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
}

void DeleteAccountDialog::submit()
{
    if (m_busy || m_password->text().isEmpty())
        return;
    m_busy = true;
    m_error->setHint(HintLabel::Kind::Problem, {});
    m_password->setEnabled(false);
    m_submit->setEnabled(false);
    m_cancel->setEnabled(false);
    m_busyIndicator->setRunning(true);
    m_busyText->setText(tr("Deleting the account…"));

    const QString password = m_password->text();
    // 1. Check the password (no throttling counter), 2. remove keychain entries (asynchronous, GUI thread),
    // 3. delete the account with its rows and vault file.
    m_worker
        .run([user = m_user, password](AccountService& accounts) { return accounts.confirmPassword(user, password); })
        .then(this,
            [this](const Status& confirmed) -> QFuture<Status> {
                if (!confirmed)
                    return QtFuture::makeReadyFuture(Status(confirmed.error()));
                // Find out where secrets live first, so keychain entries are found and removed.
                return m_secrets.detectBackend()
                    .then(this, [this](SecretBackend) { return m_secrets.removeAll(); })
                    .unwrap();
            })
        .unwrap()
        .then(this,
            [this, password](const Status& removed) -> QFuture<Status> {
                if (!removed)
                    return QtFuture::makeReadyFuture(removed);
                return m_worker.run([user = m_user, password](
                                        AccountService& accounts) { return accounts.deleteAccount(user, password); });
            })
        .unwrap()
        .then(this, [this](const Status& deleted) {
            if (!deleted) {
                fail(deleted.error().code == ErrorCode::WrongPassword
                        ? tr("The password is wrong. The account was not deleted.")
                        : deleted.error().message);
                return;
            }
            qCInfo(lcUi) << "account deleted:" << m_user.name;
            accept();
        });
}

void DeleteAccountDialog::fail(const QString& message)
{
    m_busy = false;
    m_busyIndicator->setRunning(false);
    m_busyText->clear();
    m_password->setEnabled(true);
    m_cancel->setEnabled(true);
    m_password->clear();
    m_password->setFocus();
    m_error->setHint(HintLabel::Kind::Problem, message);
}

} // namespace ct
