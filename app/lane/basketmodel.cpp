#include "app/lane/basketmodel.h"

namespace lane::app {

int BasketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BasketModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const BasketRow &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case LineIdRole:
        return row.lineId;
    case QuantityRole:
        return row.quantity;
    case AmountRole:
        return row.amount;
    case SavingsRole:
        return row.savings;
    case KindRole:
        return row.kind;
    case VoidedRole:
        return row.voided;
    default:
        return {};
    }
}

QHash<int, QByteArray> BasketModel::roleNames() const
{
    return {{LineIdRole, "lineId"}, {NameRole, "name"},       {QuantityRole, "quantity"},
            {AmountRole, "amount"}, {SavingsRole, "savings"}, {KindRole, "kind"},
            {VoidedRole, "voided"}};
}

const BasketRow *BasketModel::row(int index) const
{
    if (index < 0 || index >= int(m_rows.size())) {
        return nullptr;
    }
    return &m_rows[std::size_t(index)];
}

void BasketModel::setRows(std::vector<BasketRow> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

} // namespace lane::app
