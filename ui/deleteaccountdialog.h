#pragma once

#include "auth/accountservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ct {

class BusyIndicator;
class HintLabel;
class StoreWorker;
class UserSecrets;

/// Deleting an account: says what will be removed, asks for the password, then checks it, removes the
/// user's keychain entries (UserSecrets::removeAll) and deletes the account on the store worker.
/// Accepts itself when the account is gone.
class DeleteAccountDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteAccountDialog(StoreWorker& worker, UserSecrets& secrets, SignedInUser user, QWidget* parent = nullptr);

private:
    void submit();
    void fail(const QString& message);

    StoreWorker& m_worker;
    UserSecrets& m_secrets;
    SignedInUser m_user;
    bool m_busy = false;

    QLineEdit* m_password;
    HintLabel* m_error;
    BusyIndicator* m_busyIndicator;
    QLabel* m_busyText;
    QPushButton* m_submit;
    QPushButton* m_cancel;
};

} // namespace ct
