#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace lane::app {

/// One row of the basket as shown: every text already formatted by the view model.
struct BasketRow
{
    quint32 lineId = 0;
    QString name;
    QString quantity; // "2 x 1,500원", "0.512 kg x 9,800원/kg"
    QString amount;   // what the line costs before savings
    QString savings;  // "Saving 3 for 5,000: -1,000원" or empty
    QString kind;     // sale | deposit | return
    bool voided = false;
};

/// The basket lines for the list view. Rebuilt from the transaction after every change.
class BasketModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by SaleViewModel")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Role {
        LineIdRole = Qt::UserRole + 1,
        NameRole,
        QuantityRole,
        AmountRole,
        SavingsRole,
        KindRole,
        VoidedRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    const BasketRow *row(int index) const;
    void setRows(std::vector<BasketRow> rows);

Q_SIGNALS:
    void countChanged();

private:
    std::vector<BasketRow> m_rows;
};

} // namespace lane::app
