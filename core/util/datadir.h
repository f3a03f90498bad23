#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace ct {

/// The one folder that holds all of CloudTwin's state: database, logs, encrypted secrets, CLI session.
/// Chosen by --data-dir, else $CLOUDTWIN_DATA_DIR, else the platform's app data folder.
class DataDir
{
    Q_DECLARE_TR_FUNCTIONS(DataDir)

public:
    /// Resolves the folder (argument wins over environment, environment over the default) and makes
    /// sure it exists and is writable. Fails with a message that names the folder and what to do.
    static Result<DataDir> prepare(const QString& fromCommandLine);

    explicit DataDir(QString path)
        : m_path(std::move(path))
    { }

    const QString& path() const { return m_path; }
    QString filePath(const QString& relative) const;
    QString defaultDatabasePath() const { return filePath(QStringLiteral("cloudtwin.sqlite3")); }
    QString logsPath() const { return filePath(QStringLiteral("logs")); }
    QString secretsPath() const { return filePath(QStringLiteral("secrets")); }
    QString locksPath() const { return filePath(QStringLiteral("locks")); }
    QString settingsPath() const { return filePath(QStringLiteral("settings.ini")); }

private:
    QString m_path;
};

} // namespace ct
