#include "cli.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CloudTwin"));
    QCoreApplication::setApplicationName(QStringLiteral("CloudTwin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOUDTWIN_VERSION));

    ct::Cli cli(QCoreApplication::arguments());
    QObject::connect(
        &cli, &ct::Cli::finished, &app, [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    QTimer::singleShot(0, &cli, &ct::Cli::start);
    return QCoreApplication::exec();
}
