#include "appcontroller.h"
#include "i18n/translations.h"
#include "sandboxcloud.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CloudTwin"));
    QCoreApplication::setApplicationName(QStringLiteral("CloudTwin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOUDTWIN_VERSION));
}

struct Options
{
    QString dataDir;
    QString database;
    bool sandbox = false;
};

/// Parses the command line; --help and --version print and exit here, a wrong option exits with 1.
Options parseCommandLine(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "CloudTwin keeps a main VM on one cloud and a twin backup VM on another."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("main",
            "Keep all state in DIR (default: $CLOUDTWIN_DATA_DIR, else the app "
            "data folder)."),
        QCoreApplication::translate("main", "DIR"));
    const QCommandLineOption database(QStringLiteral("database"),
        QCoreApplication::translate("main",
            "Database: sqlite:///path, postgresql://user@host:port/db or "
            "mysql://user@host:port/db (default: SQLite in the data folder)."),
        QCoreApplication::translate("main", "URL"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QCoreApplication::translate("main",
            "Also run CloudTwin's built-in practice cloud (\"Sandbox\", with a few VMs) and add it to every "
            "account, so you can try CloudTwin without a cloud of your own."));
    parser.addOptions({dataDir, database, sandbox});
    parser.process(app);
    return {parser.value(dataDir), parser.value(database), parser.isSet(sandbox)};
}

/// Without a display Qt aborts with a message about the xcb plugin; say something a person can act on.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    if (!hasDisplay()) {
        // A QCoreApplication is enough for --help, --version and a translated message.
        QCoreApplication app(argc, argv);
        setIdentity();
        ct::installTranslations({});
        parseCommandLine(app);
        const QByteArray message = QCoreApplication::translate("main",
            "No display found. Run CloudTwin in a desktop session, or under Xvfb: "
            "xvfb-run -a cloudtwin; for the command line use cloudtwinctl.")
                                       .toUtf8();
        std::fprintf(stderr, "%s\n", message.constData());
        return 1;
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "CloudTwin"));
    QGuiApplication::setDesktopFileName(QStringLiteral("cloudtwin"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/cloudtwin.svg")));
    // Outside a desktop session Qt knows no icon theme; use Adwaita's icons when they are installed.
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));
    // The controller decides when to quit: between sign-out and sign-in no window may be open for a moment,
    // and with a system tray a hidden main window keeps running.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    // Until the data folder's language setting is known, follow the system language.
    ct::installTranslations({});
    const Options options = parseCommandLine(app);

    ct::AppController::Options controllerOptions;
    controllerOptions.dataDir = options.dataDir;
    controllerOptions.database = options.database;
    // The sandbox lives as long as the app, on the GUI thread (its timers drive the VMs' state changes).
    ct::sandbox::SandboxCloud sandbox;
    if (options.sandbox) {
        controllerOptions.startSandbox = [&sandbox](const QString& dataDir) -> ct::Result<ct::SandboxEndpoints> {
            const QString stateDir = QDir(dataDir).filePath(QStringLiteral("sandbox"));
            // Seed once: VMs the person deletes in the sandbox stay deleted after a restart.
            const bool fresh = !QFileInfo::exists(QDir(stateDir).filePath(QStringLiteral("state.json")));
            if (!sandbox.start(stateDir))
                return ct::makeError(ct::ErrorCode::Unavailable, sandbox.errorString());
            if (fresh)
                sandbox.seed();
            const auto keys = ct::sandbox::SandboxCloud::cloudStackKeys(QStringLiteral("demo"));
            return ct::SandboxEndpoints {
                sandbox.identityUrl(), sandbox.cloudStackApiUrl(), keys.apiKey, keys.secretKey.toUtf8()};
        };
    }
    ct::AppController controller(controllerOptions);
    QObject::connect(
        &controller, &ct::AppController::exitRequested, &app, [](int exitCode) { QCoreApplication::exit(exitCode); },
        Qt::QueuedConnection);
    QTimer::singleShot(0, &controller, &ct::AppController::start);
    return QApplication::exec();
}
