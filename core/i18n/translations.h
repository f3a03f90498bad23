#pragma once

#include <QList>
#include <QString>

namespace ct {

/// A language CloudTwin ships a translation for.
struct Language
{
    QString code; ///< "en", "ko"
    QString nativeName; ///< shown in its own language: "English", "한국어"
};

QList<Language> availableLanguages();

/// Loads CloudTwin's translation (embedded at build time) and Qt's own (qtbase_<lang>, for standard
/// buttons and dialogs) for `code`; an empty code follows the system locale. Returns the language used.
QString installTranslations(const QString& code);

} // namespace ct
