#include "logging/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "cloudtwin.app")
Q_LOGGING_CATEGORY(lcStore, "cloudtwin.store")
Q_LOGGING_CATEGORY(lcAuth, "cloudtwin.auth")
Q_LOGGING_CATEGORY(lcSecrets, "cloudtwin.secrets")
Q_LOGGING_CATEGORY(lcUi, "cloudtwin.ui")
Q_LOGGING_CATEGORY(lcCli, "cloudtwin.cli")
Q_LOGGING_CATEGORY(lcNet, "cloudtwin.net")
Q_LOGGING_CATEGORY(lcCloud, "cloudtwin.cloud")

namespace ct {

namespace {

constexpr qint64 kMaxLogBytes = 1024 * 1024;
constexpr int kKeptLogFiles = 5;

struct LogSink
{
    QMutex mutex;
    QFile file;
    QString directory;
    bool alsoStderr = false;
    QtMessageHandler previous = nullptr;
};

LogSink& sink()
{
    static LogSink instance;
    return instance;
}

QString logFileName(const QString& dir, int index)
{
    return dir + (index == 0 ? QStringLiteral("/cloudtwin.log") : QStringLiteral("/cloudtwin.log.%1").arg(index));
}

void rotateLocked(LogSink& s)
{
    s.file.close();
    QFile::remove(logFileName(s.directory, kKeptLogFiles - 1));
    for (int i = kKeptLogFiles - 2; i >= 0; --i)
        QFile::rename(logFileName(s.directory, i), logFileName(s.directory, i + 1));
    s.file.setFileName(logFileName(s.directory, 0));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogSink& s = sink();
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelName(type)
        + ' ' + (context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            if (s.file.size() + line.size() > kMaxLogBytes)
                rotateLocked(s);
            s.file.write(line);
            s.file.flush();
        }
        if (s.alsoStderr) {
            std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installLogFile(const QString& logsDir, bool alsoStderr)
{
    LogSink& s = sink();
    {
        QMutexLocker lock(&s.mutex);
        QDir().mkpath(logsDir);
        s.directory = logsDir;
        s.alsoStderr = alsoStderr;
        s.file.close();
        s.file.setFileName(logFileName(logsDir, 0));
        s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    }
    QtMessageHandler previous = qInstallMessageHandler(handleMessage);
    if (previous != handleMessage)
        s.previous = previous;
}

void uninstallLogFile()
{
    LogSink& s = sink();
    qInstallMessageHandler(s.previous);
    QMutexLocker lock(&s.mutex);
    s.file.close();
}

} // namespace ct
