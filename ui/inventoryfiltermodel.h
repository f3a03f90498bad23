#pragma once

#include <QSortFilterProxyModel>

namespace ct {

/// Sorts InventoryModel by its SortRole (numbers numerically, dates by date) and filters it by a free text
/// (name, UUID, address or cloud) and, optionally, by one cloud.
class InventoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InventoryFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    /// Only this cloud's rows; empty: all clouds.
    void setAccountId(const QString& accountId);
    QString accountId() const { return m_accountId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QString m_accountId;
};

} // namespace ct
