#include "signindialog.h"

#include "auth/credentialrules.h"
#include "busyindicator.h"
#include "hintlabel.h"
#include "logging/logging.h"
#include "passwordstrengthmeter.h"
#include "settings/appsettings.h"
#include "store/storeworker.h"
#include "uimetrics.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ct {

namespace {

/// Adds "label: field" with an optional hint line under the field to a two-column grid.
void addField(QGridLayout* grid, const QString& label, QWidget* field, QWidget* hint = nullptr)
{
    const int row = grid->rowCount();
    if (row > 0)
        grid->setRowMinimumHeight(row, 6); // a little air between fields
    auto* buddy = new QLabel(label, field->parentWidget());
    buddy->setBuddy(field);
    grid->addWidget(buddy, row + 1, 0);
    grid->addWidget(field, row + 1, 1);
    if (hint)
        grid->addWidget(hint, row + 2, 1);
}

QGridLayout* makeForm(QWidget* page)
{
    auto* grid = new QGridLayout(page);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(1, 1);
    return grid;
}

void finishForm(QGridLayout* grid) { grid->setRowStretch(grid->rowCount(), 1); }

} // namespace

SignInDialog::SignInDialog(StoreWorker& worker, AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("CloudTwin — Sign In"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cloudtwin.svg")));

    // Header: icon, name, what this is.
    auto* icon = new QLabel(this);
    const int iconSide = fontMetrics().height() * 3;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/cloudtwin.svg")).pixmap(iconSide, iconSide));
    auto* title = new QLabel(tr("CloudTwin"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Keep a main VM on one cloud and a twin backup VM on another."), this);
    subtitle->setWordWrap(true);
    auto* headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addStretch();
    headerText->addWidget(title);
    headerText->addWidget(subtitle);
    headerText->addStretch();
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);

    m_notice = new HintLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setHideWhenEmpty(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("modeTabs"));
    m_tabs->setDocumentMode(false);
    m_tabs->addTab(buildSignInPage(), tr("Sign In"));
    m_tabs->addTab(buildCreateAccountPage(), tr("Create Account"));

    m_error = new HintLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setHideWhenEmpty(true);

    m_busyIndicator = new BusyIndicator(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyText = new QLabel(this);
    m_busyText->setObjectName(QStringLiteral("busyText"));
    m_quit = new QPushButton(tr("Quit"), this);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    m_quit->setAutoDefault(false);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_busyIndicator);
    buttons->addWidget(m_busyText, 1);
    buttons->addWidget(m_quit);
    buttons->addWidget(m_submit);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setMinimumWidth(latinCharsWidth(fontMetrics(), 86));

    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        m_error->setHint(HintLabel::Kind::Problem, {});
        updateState();
        // Put the cursor where typing makes sense.
        if (mode() == Mode::SignIn)
            (m_signInName->text().isEmpty() ? m_signInName : m_signInPassword)->setFocus();
        else
            m_newName->setFocus();
    });
    connect(m_submit, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);

    // Returning people see "Sign in" with their name filled in; on a fresh installation, "Create account".
    const QString lastName = m_settings.lastUserName();
    m_signInName->setText(lastName);
    setMode(lastName.isEmpty() ? Mode::CreateAccount : Mode::SignIn);
    if (!lastName.isEmpty())
        m_signInPassword->setFocus();
    updateState();
}

SignInDialog::~SignInDialog()
{
    // Hiding on destruction moves the focus, and a field's editingFinished would reach updateState() on a
    // half-destroyed dialog (UBSan: the object is only a QDialog by then).
    for (QLineEdit* field : findChildren<QLineEdit*>())
        field->disconnect(this);
}

QWidget* SignInDialog::buildSignInPage()
{
    auto* page = new QWidget(this);
    auto* form = makeForm(page);
    m_signInName = new QLineEdit(page);
    m_signInName->setObjectName(QStringLiteral("signInName"));
    m_signInName->setMaxLength(CredentialRules::kMaxNameLength);
    m_signInPassword = new QLineEdit(page);
    m_signInPassword->setObjectName(QStringLiteral("signInPassword"));
    m_signInPassword->setEchoMode(QLineEdit::Password);
    addField(form, tr("&User name:"), m_signInName);
    addField(form, tr("&Password:"), m_signInPassword);
    finishForm(form);
    auto* newHere = new HintLabel(page);
    newHere->setObjectName(QStringLiteral("newHereNote"));
    newHere->setHint(HintLabel::Kind::Note,
        tr("CloudTwin accounts live on this computer (or on your CloudTwin "
           "database server). New here? Choose Create Account."));
    form->addWidget(newHere, form->rowCount(), 0, 1, 2);
    connect(m_signInName, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_signInPassword, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    // Enter in the name field moves on to the password while that is still empty.
    connect(m_signInName, &QLineEdit::returnPressed, this, [this]() {
        if (m_signInPassword->text().isEmpty())
            m_signInPassword->setFocus();
    });
    return page;
}

QWidget* SignInDialog::buildCreateAccountPage()
{
    auto* page = new QWidget(this);
    auto* form = makeForm(page);
    m_newName = new QLineEdit(page);
    m_newName->setObjectName(QStringLiteral("newName"));
    m_newNameHint = new HintLabel(page);
    m_newNameHint->setObjectName(QStringLiteral("newNameHint"));
    m_newPassword = new QLineEdit(page);
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_strength = new PasswordStrengthMeter(page);
    m_strength->setObjectName(QStringLiteral("strengthMeter"));
    m_newRepeat = new QLineEdit(page);
    m_newRepeat->setObjectName(QStringLiteral("newRepeat"));
    m_newRepeat->setEchoMode(QLineEdit::Password);
    m_repeatHint = new HintLabel(page);
    m_repeatHint->setObjectName(QStringLiteral("repeatHint"));
    addField(form, tr("&User name:"), m_newName, m_newNameHint);
    addField(form, tr("&Password:"), m_newPassword, m_strength);
    addField(form, tr("&Repeat password:"), m_newRepeat, m_repeatHint);
    finishForm(form);

    connect(m_newName, &QLineEdit::textEdited, this, [this]() { m_newNameTouched = true; });
    connect(m_newName, &QLineEdit::editingFinished, this, [this]() {
        m_newNameTouched = m_newNameTouched || !m_newName->text().isEmpty();
        updateState();
    });
    for (QLineEdit* field : {m_newName, m_newPassword, m_newRepeat})
        connect(field, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    return page;
}

SignInDialog::Mode SignInDialog::mode() const
{
    return m_tabs->currentIndex() == 0 ? Mode::SignIn : Mode::CreateAccount;
}

void SignInDialog::setMode(Mode mode)
{
    m_tabs->setCurrentIndex(mode == Mode::SignIn ? 0 : 1);
    updateState();
}

void SignInDialog::setNotice(const QString& text) { m_notice->setHint(HintLabel::Kind::Good, text); }

void SignInDialog::updateState()
{
    // The create-account checks run whatever the tab, so switching tabs shows them current.
    const QString name = m_newName->text();
    const QString nameProblem = CredentialRules::userNameProblem(name);
    if (m_newNameTouched && !nameProblem.isEmpty())
        m_newNameHint->setHint(HintLabel::Kind::Problem, nameProblem);
    else
        m_newNameHint->setHint(HintLabel::Kind::Note,
            tr("%1 to %2 characters: lower-case letters, digits, dots, dashes or "
               "underscores, starting with a letter.")
                .arg(CredentialRules::kMinNameLength)
                .arg(CredentialRules::kMaxNameLength));

    const QString password = m_newPassword->text();
    m_strength->assess(password, name);

    const QString repeat = m_newRepeat->text();
    const bool repeatMatches = !password.isEmpty() && repeat == password;
    if (repeat.isEmpty())
        m_repeatHint->setHint(HintLabel::Kind::Note, {});
    else if (!repeatMatches)
        m_repeatHint->setHint(HintLabel::Kind::Problem, tr("The passwords do not match."));
    else
        m_repeatHint->setHint(HintLabel::Kind::Good, tr("The passwords match."));

    if (mode() == Mode::SignIn) {
        m_submit->setText(tr("Sign In"));
        m_submit->setEnabled(
            !m_busy && !m_signInName->text().trimmed().isEmpty() && !m_signInPassword->text().isEmpty());
    } else {
        m_submit->setText(tr("Create Account"));
        m_submit->setEnabled(!m_busy && nameProblem.isEmpty() && m_strength->acceptable() && repeatMatches);
    }
}

void SignInDialog::submit()
{
    if (m_busy || !m_submit->isEnabled())
        return;
    if (mode() == Mode::SignIn)
        signIn();
    else
        createAccount();
}

void SignInDialog::signIn()
{
    const QString name = m_signInName->text().trimmed();
    const QString password = m_signInPassword->text();
    setBusy(true, tr("Signing in…"));
    m_worker
        .run([name, password](AccountService& accounts) -> Result<SignedInUser> {
            auto user = accounts.logIn(name, password);
            if (user)
                (void)accounts.storeFor(user.value())
                    ->addEvent(ActivityEvent::Severity::Info, QStringLiteral("account.signed_in"), tr("Signed in."));
            return user;
        })
        .then(this, [this, name](const Result<SignedInUser>& user) { finish(name, user); });
}

void SignInDialog::createAccount()
{
    const QString name = m_newName->text();
    const QString password = m_newPassword->text();
    setBusy(true, tr("Creating your account…"));
    m_worker
        .run([name, password](AccountService& accounts) -> Result<SignedInUser> {
            auto user = accounts.signUp(name, password);
            if (user) {
                auto store = accounts.storeFor(user.value());
                (void)store->addEvent(
                    ActivityEvent::Severity::Info, QStringLiteral("account.created"), tr("Account created."));
                (void)store->addEvent(
                    ActivityEvent::Severity::Info, QStringLiteral("account.signed_in"), tr("Signed in."));
            }
            return user;
        })
        .then(this, [this, name](const Result<SignedInUser>& user) { finish(name, user); });
}

void SignInDialog::finish(const QString& name, const Result<SignedInUser>& user)
{
    setBusy(false);
    if (!user) {
        qCInfo(lcUi) << "sign-in or sign-up failed:" << static_cast<int>(user.error().code);
        showError(user.error().message);
        if (mode() == Mode::SignIn && user.error().code == ErrorCode::WrongPassword) {
            m_signInPassword->clear();
            m_signInPassword->setFocus();
        } else if (mode() == Mode::CreateAccount && user.error().code == ErrorCode::AlreadyExists) {
            m_newName->setFocus();
            m_newName->selectAll();
        }
        return;
    }
    m_settings.setLastUserName(name);
    m_settings.sync();
    emit signedIn(user.value());
    accept();
}

void SignInDialog::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_tabs->setEnabled(!busy);
    m_busyIndicator->setRunning(busy);
    m_busyText->setText(what);
    if (busy)
        m_error->setHint(HintLabel::Kind::Problem, {});
    updateState();
}

void SignInDialog::showError(const QString& message) { m_error->setHint(HintLabel::Kind::Problem, message); }

} // namespace ct
