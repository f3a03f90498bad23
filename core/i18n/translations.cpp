#include "i18n/translations.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ct {

QList<Language> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("ko"), QStringLiteral("한국어")}};
}

QString installTranslations(const QString& code)
{
    QString language = code;
    if (language.isEmpty()) {
        language = QStringLiteral("en");
        const QStringList wanted = QLocale::system().uiLanguages();
        for (const QString& tag : wanted) {
            const QString primary = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
            bool known = false;
            for (const Language& available : availableLanguages())
                known = known || available.code == primary;
            if (known) {
                language = primary;
                break;
            }
        }
    }

    static QTranslator* own = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** translator : {&own, &qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/cloudtwin_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    else
        qCWarning(lcApp) << "no CloudTwin translation for" << language;
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace ct
