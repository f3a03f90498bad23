#pragma once

#include "util/datadir.h"

#include <QSettings>
#include <QString>

namespace ct {

/// Settings of this installation that apply before anyone signs in (language, last user name, window
/// geometry). Kept as an INI file in the data folder; typed accessors so that no key is spelled twice.
class AppSettings
{
public:
    explicit AppSettings(const DataDir& dataDir);

    /// "" means: follow the system language.
    QString language() const;
    void setLanguage(const QString& code);

    QString lastUserName() const;
    void setLastUserName(const QString& name);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);

    /// The "CloudTwin keeps running in the tray" notice is shown once, ever.
    bool trayHintShown() const;
    void setTrayHintShown(bool shown);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace ct
