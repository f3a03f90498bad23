#pragma once

#include "auth/credentialrules.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace ct {

class HintLabel;

/// A strength bar, its label ("Weak", "Strong", ...) and the advice from CredentialRules::assessPassword,
/// updated as the person types. Fast enough for every key press (zxcvbn, no hashing).
class PasswordStrengthMeter : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordStrengthMeter(QWidget* parent = nullptr);

    /// Re-assesses `password` (the user name counts against it). An empty password shows the rules instead.
    void assess(const QString& password, const QString& userName);
    bool acceptable() const { return m_verdict.acceptable; }
    const CredentialRules::PasswordVerdict& verdict() const { return m_verdict; }

private:
    QProgressBar* m_bar;
    QLabel* m_label;
    HintLabel* m_advice;
    CredentialRules::PasswordVerdict m_verdict;
};

} // namespace ct
