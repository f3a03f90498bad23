#pragma once

#include "inventory/inventoryrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace ct {

class Inventory;

/// The VMs of all clouds as one table, kept in step with an Inventory cloud by cloud: rows are inserted,
/// changed and removed by server id (never a reset on refresh), so selection and scroll position survive.
/// Sorting and filtering belong to InventoryFilterModel on top.
class InventoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Uuid,
        Cloud,
        Status,
        Power,
        Vcpus,
        Ram,
        Disk,
        ImageColumn,
        Addresses,
        Created,
        Role,
        ColumnCount
    };

    enum Roles
    {
        SortRole = Qt::UserRole + 1, ///< numbers as numbers, dates as QDateTime
        AccountIdRole,
        ServerIdRole,
        FilterTextRole, ///< name, UUID, addresses and cloud in one string
    };

    explicit InventoryModel(QObject* parent = nullptr);

    /// Follows `inventory` (may be null to detach). Fills the model with what it already has.
    void setInventory(Inventory* inventory);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const InventoryRow& rowAt(int row) const { return m_rows.at(row); }
    /// The other half of the row's pair, when it is in the list.
    const InventoryRow* partnerOf(const InventoryRow& row) const;
    /// The row of that server, or -1.
    int rowOf(const QString& accountId, const QString& serverId) const;

    /// Shows `text` (e.g. "Stopping…") in the status column of that server until cleared with an empty text.
    void setPendingAction(const QString& accountId, const QString& serverId, const QString& text);
    QString pendingAction(const QString& accountId, const QString& serverId) const;

    /// Names of the cloud's images, for VMs whose listing carries only the image id (Nova ≥ 2.47 does that).
    void setImageNames(const QString& accountId, const QHash<QString, QString>& names);
    /// The image's name if known, else its id.
    QString imageText(const InventoryRow& row) const;

    /// Brings one cloud's rows in line with the inventory (called on Inventory::serversChanged).
    void syncCloud(const QString& accountId);

    static QString statusText(const Server& server);
    static QString powerText(PowerState state);
    static QString roleText(ServerRole role);
    static QString addressesText(const Server& server);
    /// "Sandbox" / "Sandbox (CloudStack)" for the built-in accounts, else the cloud's name.
    static QString cloudLabel(const InventoryRow& row);

private:
    /// The Role column's tooltip: where the other half of the pair runs.
    QString partnerText(const InventoryRow& row) const;

    void syncClouds();
    static QString key(const QString& accountId, const QString& serverId) { return accountId + u'/' + serverId; }

    QPointer<Inventory> m_inventory;
    QList<InventoryRow> m_rows;
    QHash<QString, QString> m_pending;
    QHash<QString, QHash<QString, QString>> m_imageNames; ///< account id → image id → name
};

} // namespace ct
