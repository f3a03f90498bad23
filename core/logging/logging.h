#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcCloud)

namespace ct {

/// Sends every qDebug/qCInfo/... line to `<logsDir>/cloudtwin.log` (rotated at 1 MiB, 5 files kept) and,
/// when `alsoStderr` is set, to stderr. Safe to call from any thread; messages are written in full lines.
/// Never log secrets: credential types have no operator<< on purpose.
void installLogFile(const QString& logsDir, bool alsoStderr);

/// Stops writing to the file (restores Qt's default handler). For tests and for shutdown.
void uninstallLogFile();

} // namespace ct
