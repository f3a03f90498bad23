#pragma once

#include "inventory/inventoryrow.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class QComboBox;
class QItemSelection;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QVBoxLayout;

namespace ct {

class BusyIndicator;
class CloudContext;
class EmptyState;
class HintLabel;
class InventoryFilterModel;
class InventoryModel;

/// The VMs page: every VM of every cloud in one sortable, filterable table with a details pane, the
/// actions Start/Stop/Reboot/Delete on the selected VM, and a banner per cloud that cannot be reached.
/// The table follows the inventory row by row, so refreshes keep the selection and scroll position.
class VmsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Action
    {
        Start,
        Stop,
        Reboot,
        Delete
    };

    explicit VmsPage(CloudContext& clouds, QWidget* parent = nullptr);

    InventoryModel* model() const { return m_model; }
    InventoryFilterModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }

    /// Selects the VM with that name (first match), for tests and links from other pages.
    bool selectServer(const QString& name);
    /// Selects one VM exactly (names may repeat across clouds).
    bool selectServer(const QString& accountId, const QString& serverId);
    /// Asks for confirmation (a window-modal box) and then runs the action on the selected VM.
    void requestAction(Action action);
    /// Whether the action makes sense for the selected VM right now.
    bool canRun(Action action) const;

signals:
    void addCloudRequested();
    /// "New VM pair…" was pressed.
    void createPairRequested();
    /// A short line for the status bar (what is running, what finished).
    void statusMessage(const QString& text, int timeoutMs);
    /// An action finished (ok or not); `message` is what the page showed.
    void actionFinished(bool ok, const QString& message);

private:
    bool selectFirst(const std::function<bool(const QModelIndex&)>& matches);
    const InventoryRow* selectedRow() const;
    void runAction(Action action, const InventoryRow& row);
    void updateActions();
    void updateDetails();
    void updateBanners();
    void updateStack();
    void updateCloudFilter();
    void updateRefreshState();
    void fetchImageNames(const QString& accountId);
    void growColumns();

    CloudContext& m_clouds;
    InventoryModel* m_model;
    InventoryFilterModel* m_proxy;

    QPushButton* m_newPair;
    QLineEdit* m_filter;
    QComboBox* m_cloudFilter;
    QPushButton* m_refresh;
    BusyIndicator* m_busy;
    QLabel* m_updated;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_reboot;
    QPushButton* m_delete;
    HintLabel* m_message;
    QVBoxLayout* m_bannerLayout;
    QHash<QString, QWidget*> m_banners;
    QStackedWidget* m_stack;
    QWidget* m_noClouds;
    EmptyState* m_noVms;
    QWidget* m_tablePane;
    QTableView* m_table;
    QTextBrowser* m_details;
    QSet<QString> m_imagesFetched;
};

} // namespace ct
