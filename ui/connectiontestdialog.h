#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ct {

class BusyIndicator;
class CloudService;

/// "Test connection": signs in to the cloud and asks identity, compute, image, network and volume for a
/// sign of life, showing ✓/✗, the time in milliseconds and what each said. Runs in the background.
class ConnectionTestDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionTestDialog(
        CloudService& service, const QString& accountId, const QString& cloudLabel, QWidget* parent = nullptr);

    /// Starts (again).
    void run();
    bool isRunning() const { return m_running; }

signals:
    /// The test finished; `ok` when every service answered.
    void testFinished(bool ok);

private:
    CloudService& m_service;
    QString m_accountId;
    QString m_cloudLabel;
    bool m_running = false;
    int m_generation = 0;

    QLabel* m_summary;
    BusyIndicator* m_busy;
    QTreeWidget* m_list;
    QPushButton* m_again;
};

} // namespace ct
