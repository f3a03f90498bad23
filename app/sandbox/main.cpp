// cloudtwin-sandbox: CloudTwin's own OpenStack emulator on 127.0.0.1 (see README.md next to this file).
#include "sandboxcloud.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

namespace {

QString tr(const char* text) { return QCoreApplication::translate("cloudtwin-sandbox", text); }

void quitOnSignal(int)
{
    // Only async-signal-safe work here: ask the event loop to stop (the state is saved after every request).
    QCoreApplication::exit(0);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cloudtwin-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOUDTWIN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local OpenStack cloud for trying CloudTwin without a cloud account. It serves Keystone, Nova, "
           "Glance, Cinder and Neutron on 127.0.0.1 and keeps its state in a folder."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption state(
        QStringLiteral("state"), tr("Folder for the sandbox's state (created if missing)."), QStringLiteral("dir"));
    const QCommandLineOption port(QStringLiteral("port"), tr("TCP port on 127.0.0.1 (0 = any free port)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("Create the demo servers (web-01, db-01, build-box, backup-01)."));
    const QCommandLineOption buildDelay(QStringLiteral("build-delay-ms"), tr("How long a new server stays in BUILD."),
        QStringLiteral("ms"), QStringLiteral("1500"));
    const QCommandLineOption actionDelay(QStringLiteral("action-delay-ms"),
        tr("How long stop, start, reboot, resize, snapshots and volume changes take."), QStringLiteral("ms"),
        QStringLiteral("500"));
    const QCommandLineOption tokenLifetime(QStringLiteral("token-lifetime-s"), tr("Keystone token lifetime."),
        QStringLiteral("s"), QStringLiteral("3600"));
    const QCommandLineOption printClouds(
        QStringLiteral("print-clouds-yaml"), tr("Print a clouds.yaml for this sandbox."));
    parser.addOptions({state, port, seed, buildDelay, actionDelay, tokenLifetime, printClouds});
    parser.process(app);

    QTextStream err(stderr);
    if (!parser.isSet(state)) {
        err << tr(
            "cloudtwin-sandbox: --state DIR is required (the folder that keeps the sandbox's servers and images).")
            << Qt::endl;
        return 2;
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535) {
        err << tr("cloudtwin-sandbox: --port must be a number from 0 to 65535.") << Qt::endl;
        return 2;
    }

    ct::sandbox::SandboxCloud cloud;
    cloud.setBuildDelay(parser.value(buildDelay).toInt());
    cloud.setActionDelay(parser.value(actionDelay).toInt());
    cloud.setTokenLifetime(parser.value(tokenLifetime).toInt());
    if (!cloud.start(parser.value(state), quint16(portNumber))) {
        err << tr("cloudtwin-sandbox: could not start: %1").arg(cloud.errorString()) << Qt::endl;
        return 1;
    }
    if (parser.isSet(seed))
        cloud.seed();

    QTextStream out(stdout);
    out << "CLOUDTWIN_SANDBOX_URL=" << cloud.identityUrl() << Qt::endl;
    if (parser.isSet(printClouds))
        out << cloud.cloudsYaml() << Qt::flush;

    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);
    const int code = QCoreApplication::exec();
    cloud.stop();
    return code;
}
