#include "util/datadir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace ct {

Result<DataDir> DataDir::prepare(const QString& fromCommandLine)
{
    QString path = fromCommandLine;
    if (path.isEmpty())
        path = qEnvironmentVariable("CLOUDTWIN_DATA_DIR");
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (path.isEmpty())
        return makeError(ErrorCode::Io,
            tr("This system reports no folder for application data. Choose one with --data-dir DIR "
               "or the CLOUDTWIN_DATA_DIR environment variable."));
    path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());

    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return makeError(ErrorCode::Io,
            tr("The data folder %1 is a file, not a folder. Move it away or choose another folder "
               "with --data-dir.")
                .arg(path));
    if (!QDir().mkpath(path))
        return makeError(ErrorCode::Io,
            tr("Cannot create the data folder %1. Check that its parent exists and that you may write "
               "there, or choose another folder with --data-dir.")
                .arg(path));
    // Only the owner may look inside: it holds the database, the encrypted secrets and the session.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QTemporaryFile probe(path + QStringLiteral("/.write-test-XXXXXX"));
    if (!probe.open() || probe.write("ok", 2) != 2 || !probe.flush())
        return makeError(ErrorCode::Io,
            tr("Cannot write to the data folder %1 (%2). Free some disk space or fix its permissions, "
               "or choose another folder with --data-dir.")
                .arg(path, probe.errorString()));
    return DataDir(path);
}

QString DataDir::filePath(const QString& relative) const { return m_path + QLatin1Char('/') + relative; }

} // namespace ct
