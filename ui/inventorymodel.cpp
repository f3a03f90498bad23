#include "inventorymodel.h"

#include "inventory/inventory.h"

#include <QLocale>
#include <QSet>

namespace ct {

namespace {

bool sameAddresses(const QList<Address>& a, const QList<Address>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).ip != b.at(i).ip || a.at(i).network != b.at(i).network || a.at(i).type != b.at(i).type)
            return false;
    }
    return true;
}

/// Whether anything the table or the details pane shows differs.
bool sameRow(const InventoryRow& a, const InventoryRow& b)
{
    const Server& x = a.server;
    const Server& y = b.server;
    return a.cloudName == b.cloudName && a.sandbox == b.sandbox && a.role == b.role && x.name == y.name
        && x.status == y.status && x.providerStatus == y.providerStatus && x.powerState == y.powerState
        && x.taskState == y.taskState && x.vcpus == y.vcpus && x.ramMb == y.ramMb && x.diskGb == y.diskGb
        && x.flavorName == y.flavorName && x.imageId == y.imageId && x.imageName == y.imageName
        && sameAddresses(x.addresses, y.addresses) && x.created == y.created && x.updated == y.updated
        && x.zone == y.zone && x.keyName == y.keyName && x.metadata == y.metadata && x.faultMessage == y.faultMessage;
}

} // namespace

InventoryModel::InventoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void InventoryModel::setInventory(Inventory* inventory)
{
    if (m_inventory)
        m_inventory->disconnect(this);
    m_inventory = inventory;
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    if (!inventory)
        return;
    connect(inventory, &Inventory::serversChanged, this, &InventoryModel::syncCloud);
    connect(inventory, &Inventory::cloudsChanged, this, &InventoryModel::syncClouds);
    for (const QString& id : inventory->cloudIds())
        syncCloud(id);
}

int InventoryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int InventoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int InventoryModel::rowOf(const QString& accountId, const QString& serverId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).server.id == serverId && m_rows.at(i).accountId == accountId)
            return i;
    }
    return -1;
}

void InventoryModel::setPendingAction(const QString& accountId, const QString& serverId, const QString& text)
{
    if (text.isEmpty())
        m_pending.remove(key(accountId, serverId));
    else
        m_pending.insert(key(accountId, serverId), text);
    if (const int row = rowOf(accountId, serverId); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString InventoryModel::pendingAction(const QString& accountId, const QString& serverId) const
{
    return m_pending.value(key(accountId, serverId));
}

void InventoryModel::syncClouds()
{
    if (!m_inventory)
        return;
    const QStringList ids = m_inventory->cloudIds();
    // Rows of clouds that are gone, removed in runs from the bottom so indexes stay valid.
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (ids.contains(m_rows.at(i).accountId)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !ids.contains(m_rows.at(first - 1).accountId))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
}

void InventoryModel::syncCloud(const QString& accountId)
{
    if (!m_inventory)
        return;
    const QList<InventoryRow> fresh = m_inventory->rows(accountId);
    QHash<QString, qsizetype> wanted;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        wanted.insert(fresh.at(i).server.id, i);

    // 1. Servers that went away, in runs from the bottom.
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        const InventoryRow& row = m_rows.at(i);
        if (row.accountId != accountId || wanted.contains(row.server.id)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && m_rows.at(first - 1).accountId == accountId
            && !wanted.contains(m_rows.at(first - 1).server.id))
            --first;
        beginRemoveRows({}, first, i);
        for (int r = first; r <= i; ++r)
            m_pending.remove(key(accountId, m_rows.at(r).server.id));
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }

    // 2. Servers that are still there: replace in place, announce only real changes.
    QSet<QString> present;
    for (int i = 0; i < m_rows.size(); ++i) {
        InventoryRow& row = m_rows[i];
        if (row.accountId != accountId)
            continue;
        present.insert(row.server.id);
        const InventoryRow& update = fresh.at(wanted.value(row.server.id));
        if (!sameRow(row, update)) {
            row = update;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }

    // 3. New servers, appended in one go (the proxy model puts them in order).
    QList<InventoryRow> added;
    for (const InventoryRow& row : fresh) {
        if (!present.contains(row.server.id))
            added.append(row);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

void InventoryModel::setImageNames(const QString& accountId, const QHash<QString, QString>& names)
{
    m_imageNames.insert(accountId, names);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).accountId == accountId)
            emit dataChanged(index(i, ImageColumn), index(i, ImageColumn));
    }
}

QString InventoryModel::imageText(const InventoryRow& row) const
{
    if (!row.server.imageName.isEmpty())
        return row.server.imageName;
    const QString known = m_imageNames.value(row.accountId).value(row.server.imageId);
    return known.isEmpty() ? row.server.imageId : known;
}

QString InventoryModel::statusText(const Server& server)
{
    switch (server.status) {
    case ServerStatus::Building:
        return tr("Building");
    case ServerStatus::Active:
        return tr("Running");
    case ServerStatus::Stopped:
        return tr("Stopped");
    case ServerStatus::Rebooting:
        return tr("Rebooting");
    case ServerStatus::Resizing:
        return tr("Resizing");
    case ServerStatus::VerifyResize:
        return tr("Resized, awaiting confirmation");
    case ServerStatus::Paused:
        return tr("Paused");
    case ServerStatus::Suspended:
        return tr("Suspended");
    case ServerStatus::Shelved:
        return tr("Shelved");
    case ServerStatus::Error:
        return tr("Error");
    case ServerStatus::Deleted:
        return tr("Deleted");
    case ServerStatus::Unknown:
        break;
    }
    return server.providerStatus.isEmpty() ? tr("Unknown") : server.providerStatus;
}

QString InventoryModel::powerText(PowerState state)
{
    switch (state) {
    case PowerState::NoState:
        return tr("No state");
    case PowerState::Running:
        return tr("Running");
    case PowerState::Paused:
        return tr("Paused");
    case PowerState::Shutdown:
        return tr("Shut down");
    case PowerState::Crashed:
        return tr("Crashed");
    case PowerState::Suspended:
        return tr("Suspended");
    }
    return {};
}

QString InventoryModel::roleText(ServerRole role)
{
    switch (role) {
    case ServerRole::Main:
        return tr("Main");
    case ServerRole::Twin:
        return tr("Twin");
    case ServerRole::Unmanaged:
        break;
    }
    return tr("Unmanaged");
}

QString InventoryModel::addressesText(const Server& server)
{
    QStringList ips;
    for (const Address& address : server.addresses)
        ips << address.ip;
    return ips.join(QStringLiteral(", "));
}

QString InventoryModel::cloudLabel(const InventoryRow& row)
{
    return ct::cloudLabel(row.cloudName, row.sandbox, row.kind);
}

const InventoryRow* InventoryModel::partnerOf(const InventoryRow& row) const
{
    if (row.pairId.isEmpty())
        return nullptr;
    for (const InventoryRow& other : m_rows) {
        if (other.pairId == row.pairId && !(other.accountId == row.accountId && other.server.id == row.server.id))
            return &other;
    }
    return nullptr;
}

QString InventoryModel::partnerText(const InventoryRow& row) const
{
    if (const InventoryRow* partner = partnerOf(row)) {
        const InventoryRow& other = *partner;
        return row.role == ServerRole::Twin
            ? tr("Twin of %1, which runs on %2").arg(other.server.name, cloudLabel(other))
            : tr("Main VM of the pair %1; its twin %2 runs on %3")
                  .arg(row.pairName, other.server.name, cloudLabel(other));
    }
    return tr("Part of the pair %1; its other half is not in the list (its cloud may be unreachable).")
        .arg(row.pairName);
}

QVariant InventoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const InventoryRow& row = m_rows.at(index.row());
    const Server& server = row.server;
    switch (role) {
    case AccountIdRole:
        return row.accountId;
    case ServerIdRole:
        return server.id;
    case FilterTextRole:
        return QStringList {server.name, server.id, addressesText(server), row.cloudName, cloudLabel(row)}.join(u'\n');
    case Qt::TextAlignmentRole:
        if (index.column() == Vcpus || index.column() == Ram || index.column() == Disk)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status && !server.faultMessage.isEmpty())
            return server.faultMessage;
        if (index.column() == Addresses)
            return addressesText(server);
        if (index.column() == Disk && server.diskGb <= 0)
            return tr("The cloud does not report this VM's disk size.");
        if (index.column() == Role && !row.pairId.isEmpty())
            return partnerText(row);
        return {};
    case SortRole:
        switch (index.column()) {
        case Vcpus:
            return server.vcpus;
        case Ram:
            return server.ramMb;
        case Disk:
            return server.diskGb;
        case Created:
            return server.created;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    const QLocale locale;
    switch (index.column()) {
    case Name:
        return server.name;
    case Uuid:
        return server.id;
    case Cloud:
        return cloudLabel(row);
    case Status: {
        const QString pending = pendingAction(row.accountId, server.id);
        if (!pending.isEmpty())
            return pending;
        if (!server.taskState.isEmpty())
            return tr("%1 (%2)").arg(statusText(server), server.taskState);
        return statusText(server);
    }
    case Power:
        return powerText(server.powerState);
    case Vcpus:
        return server.vcpus;
    case Ram:
        return server.ramMb >= 1024 && server.ramMb % 1024 == 0 ? tr("%1 GiB").arg(server.ramMb / 1024)
                                                                : tr("%1 MiB").arg(server.ramMb);
    case Disk:
        // 0: the cloud did not say (CloudStack without rootdisksize, boot-from-volume flavors).
        return server.diskGb > 0 ? tr("%1 GB").arg(server.diskGb) : QStringLiteral("\u2014");
    case ImageColumn:
        return imageText(row);
    case Addresses:
        return addressesText(server);
    case Created:
        return server.created.isValid() ? locale.toString(server.created.toLocalTime(), QLocale::ShortFormat)
                                        : QString();
    case Role:
        return roleText(row.role);
    default:
        return {};
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Uuid:
        return tr("UUID");
    case Cloud:
        return tr("Cloud");
    case Status:
        return tr("Status");
    case Power:
        return tr("Power");
    case Vcpus:
        return tr("vCPUs");
    case Ram:
        return tr("RAM");
    case Disk:
        return tr("Disk");
    case ImageColumn:
        return tr("Image");
    case Addresses:
        return tr("Addresses");
    case Created:
        return tr("Created");
    case Role:
        return tr("Role");
    default:
        return {};
    }
}

} // namespace ct
