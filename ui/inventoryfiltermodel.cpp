#include "inventoryfiltermodel.h"

#include "inventorymodel.h"

#include <QDateTime>

namespace ct {

InventoryFilterModel::InventoryFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InventoryModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void InventoryFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void InventoryFilterModel::setAccountId(const QString& accountId)
{
    m_accountId = accountId;
    invalidateFilter();
}

bool InventoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_accountId.isEmpty() && index.data(InventoryModel::AccountIdRole).toString() != m_accountId)
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(InventoryModel::FilterTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool InventoryFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(InventoryModel::SortRole);
    const QVariant b = right.data(InventoryModel::SortRole);
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    if (a.typeId() == QMetaType::QDateTime && b.typeId() == QMetaType::QDateTime)
        return a.toDateTime() < b.toDateTime();
    return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
}

} // namespace ct
