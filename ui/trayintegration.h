#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace ct {

/// The notification-area icon with Open and Quit, when the desktop has a system tray. Without one it does
/// nothing and isAvailable() is false; the app then works the same, only closing the window quits.
/// Only displays what others decide to say (showMessage); it decides nothing itself.
class TrayIntegration : public QObject
{
    Q_OBJECT

public:
    explicit TrayIntegration(QObject* parent = nullptr);
    ~TrayIntegration() override;

    bool isAvailable() const { return m_icon != nullptr; }
    void showMessage(const QString& title, const QString& text);
    void setToolTip(const QString& text);

signals:
    void openRequested();
    void quitRequested();

private:
    QSystemTrayIcon* m_icon = nullptr;
};

} // namespace ct
