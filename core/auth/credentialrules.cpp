#include "auth/credentialrules.h"

#include <QRegularExpression>

#include <zxcvbn.h>

namespace ct {

QString CredentialRules::userNameProblem(const QString& name)
{
    if (name.isEmpty())
        return tr("Enter a user name.");
    if (name.size() < kMinNameLength)
        return tr("A user name needs at least %1 characters.").arg(kMinNameLength);
    if (name.size() > kMaxNameLength)
        return tr("A user name can have at most %1 characters.").arg(kMaxNameLength);
    static const QRegularExpression allowed(QStringLiteral("^[a-z][a-z0-9._-]*$"));
    if (!allowed.match(name).hasMatch()) {
        if (!name.at(0).isLetter() || name.at(0).unicode() > 127)
            return tr("A user name must start with a letter a–z.");
        return tr("A user name may use only lower-case letters a–z, digits and . _ - (no spaces).");
    }
    return {};
}

CredentialRules::PasswordVerdict CredentialRules::assessPassword(const QString& password, const QString& userName)
{
    PasswordVerdict verdict;
    if (password.isEmpty()) {
        verdict.label = tr("Empty");
        verdict.advice = tr("Enter a password.");
        return verdict;
    }
    if (password.size() > kMaxPasswordLength) {
        verdict.label = tr("Too long");
        verdict.advice = tr("A password can have at most %1 characters.").arg(kMaxPasswordLength);
        return verdict;
    }

    const QByteArray utf8 = password.toUtf8();
    const QByteArray nameUtf8 = userName.toUtf8();
    const char* dictionary[] = {nameUtf8.constData(), "cloudtwin", "cloud", "twin", nullptr};
    verdict.entropyBits = ZxcvbnMatch(utf8.constData(), dictionary, nullptr);

    // Thresholds as KeePassXC uses them for zxcvbn's entropy estimate.
    if (verdict.entropyBits < 40)
        verdict.strength = Strength::VeryWeak;
    else if (verdict.entropyBits < 65)
        verdict.strength = Strength::Weak;
    else if (verdict.entropyBits < 80)
        verdict.strength = Strength::Fair;
    else if (verdict.entropyBits < 100)
        verdict.strength = Strength::Strong;
    else
        verdict.strength = Strength::VeryStrong;

    switch (verdict.strength) {
    case Strength::VeryWeak:
        verdict.label = tr("Very weak");
        break;
    case Strength::Weak:
        verdict.label = tr("Weak");
        break;
    case Strength::Fair:
        verdict.label = tr("Fair");
        break;
    case Strength::Strong:
        verdict.label = tr("Strong");
        break;
    case Strength::VeryStrong:
        verdict.label = tr("Very strong");
        break;
    }

    if (password.size() < kMinPasswordLength) {
        verdict.advice = tr("Use at least %1 characters.").arg(kMinPasswordLength);
        return verdict;
    }
    if (!userName.isEmpty() && password.contains(userName, Qt::CaseInsensitive)) {
        verdict.advice = tr("Do not put your user name in the password.");
        return verdict;
    }
    if (verdict.strength <= Strength::Weak) {
        verdict.advice = tr("Too easy to guess. Add more words or characters; avoid names, dates and keyboard "
                            "patterns.");
        return verdict;
    }
    verdict.acceptable = true;
    if (verdict.strength == Strength::Fair)
        verdict.advice = tr("Acceptable. A few more characters would make it strong.");
    return verdict;
}

} // namespace ct
