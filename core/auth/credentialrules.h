#pragma once

#include <QCoreApplication>
#include <QString>

namespace ct {

/// Rules for CloudTwin user names and passwords, shared by the sign-up form, the CLI and AccountService,
/// so the form can say what is wrong while the person types.
class CredentialRules
{
    Q_DECLARE_TR_FUNCTIONS(CredentialRules)

public:
    static constexpr int kMinNameLength = 3;
    static constexpr int kMaxNameLength = 32;
    static constexpr int kMinPasswordLength = 10;
    static constexpr int kMaxPasswordLength = 1024;

    /// Empty when the name is acceptable; otherwise what is wrong and how to fix it.
    static QString userNameProblem(const QString& name);

    enum class Strength
    {
        VeryWeak,
        Weak,
        Fair,
        Strong,
        VeryStrong
    };

    struct PasswordVerdict
    {
        Strength strength = Strength::VeryWeak;
        double entropyBits = 0;
        bool acceptable = false;
        QString label; ///< "Weak", "Strong", ... (translated)
        QString advice; ///< what to change; empty when acceptable and strong
    };

    /// Estimates strength with zxcvbn (dictionary words, keyboard patterns, dates, the user name itself).
    static PasswordVerdict assessPassword(const QString& password, const QString& userName);
};

} // namespace ct
