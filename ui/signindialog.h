#pragma once

#include "auth/accountservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace ct {

class AppSettings;
class BusyIndicator;
class HintLabel;
class PasswordStrengthMeter;
class StoreWorker;

/// The first window: sign in, or create an account. Fields are checked as the person types; the password is
/// hashed on the store worker, never on the GUI thread. Emits signedIn() and closes itself on success;
/// rejecting the dialog (Quit, Escape) means the person does not want to continue.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        SignIn,
        CreateAccount
    };

    SignInDialog(StoreWorker& worker, AppSettings& settings, QWidget* parent = nullptr);
    ~SignInDialog() override;

    Mode mode() const;
    void setMode(Mode mode);
    /// A friendly line at the top, e.g. after signing out or deleting an account.
    void setNotice(const QString& text);
    bool isBusy() const { return m_busy; }

signals:
    void signedIn(const ct::SignedInUser& user);

private:
    QWidget* buildSignInPage();
    QWidget* buildCreateAccountPage();
    void updateState();
    void submit();
    void signIn();
    void createAccount();
    void finish(const QString& name, const Result<SignedInUser>& user);
    void setBusy(bool busy, const QString& what = {});
    void showError(const QString& message);

    StoreWorker& m_worker;
    AppSettings& m_settings;
    bool m_busy = false;
    bool m_newNameTouched = false;

    HintLabel* m_notice;
    QTabWidget* m_tabs;
    QLineEdit* m_signInName;
    QLineEdit* m_signInPassword;
    QLineEdit* m_newName;
    HintLabel* m_newNameHint;
    QLineEdit* m_newPassword;
    PasswordStrengthMeter* m_strength;
    QLineEdit* m_newRepeat;
    HintLabel* m_repeatHint;
    HintLabel* m_error;
    BusyIndicator* m_busyIndicator;
    QLabel* m_busyText;
    QPushButton* m_submit;
    QPushButton* m_quit;
};

} // namespace ct
