#include "settings/appsettings.h"

namespace ct {

namespace key {
const QString language = QStringLiteral("ui/language");
const QString lastUserName = QStringLiteral("ui/last_user_name");
const QString mainWindowGeometry = QStringLiteral("ui/main_window_geometry");
const QString trayHintShown = QStringLiteral("ui/tray_hint_shown");
} // namespace key

AppSettings::AppSettings(const DataDir& dataDir)
    : m_settings(dataDir.settingsPath(), QSettings::IniFormat)
{ }

QString AppSettings::language() const { return m_settings.value(key::language).toString(); }

void AppSettings::setLanguage(const QString& code) { m_settings.setValue(key::language, code); }

QString AppSettings::lastUserName() const { return m_settings.value(key::lastUserName).toString(); }

void AppSettings::setLastUserName(const QString& name) { m_settings.setValue(key::lastUserName, name); }

QByteArray AppSettings::mainWindowGeometry() const { return m_settings.value(key::mainWindowGeometry).toByteArray(); }

void AppSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(key::mainWindowGeometry, geometry);
}

bool AppSettings::trayHintShown() const { return m_settings.value(key::trayHintShown, false).toBool(); }

void AppSettings::setTrayHintShown(bool shown) { m_settings.setValue(key::trayHintShown, shown); }

} // namespace ct
