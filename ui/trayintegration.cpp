#include "trayintegration.h"

#include "logging/logging.h"

#include <QMenu>
#include <QSystemTrayIcon>

namespace ct {

TrayIntegration::TrayIntegration(QObject* parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcUi) << "no system tray; closing the main window quits";
        return;
    }
    m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/cloudtwin.svg")), this);
    m_icon->setToolTip(tr("CloudTwin"));
    auto* menu = new QMenu;
    menu->addAction(tr("&Open CloudTwin"), this, &TrayIntegration::openRequested);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), this, &TrayIntegration::quitRequested);
    m_icon->setContextMenu(menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    m_icon->show();
}

TrayIntegration::~TrayIntegration()
{
    // The context menu has no parent (QSystemTrayIcon does not take ownership).
    if (m_icon)
        delete m_icon->contextMenu();
}

void TrayIntegration::showMessage(const QString& title, const QString& text)
{
    if (m_icon)
        m_icon->showMessage(title, text, QSystemTrayIcon::Information, 8000);
}

void TrayIntegration::setToolTip(const QString& text)
{
    if (m_icon)
        m_icon->setToolTip(text);
}

} // namespace ct
