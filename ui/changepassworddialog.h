#pragma once

#include "auth/accountservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ct {

class BusyIndicator;
class HintLabel;
class PasswordStrengthMeter;
class StoreWorker;

/// Asks for the current password and a new one (with the same strength meter as sign-up), then changes it
/// on the store worker and records an ActivityEvent. Accepts itself when the password was changed.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(StoreWorker& worker, SignedInUser user, QWidget* parent = nullptr);

private:
    void updateState();
    void submit();

    StoreWorker& m_worker;
    SignedInUser m_user;
    bool m_busy = false;

    QLineEdit* m_current;
    QLineEdit* m_new;
    PasswordStrengthMeter* m_strength;
    QLineEdit* m_repeat;
    HintLabel* m_repeatHint;
    HintLabel* m_error;
    BusyIndicator* m_busyIndicator;
    QLabel* m_busyText;
    QPushButton* m_submit;
    QPushButton* m_cancel;
};

} // namespace ct
