#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "core/report/denominations.h"

namespace lane::app {

class MoneyFormatter;

/// A drawer count by denomination for the manager screens (opening float, blind count at
/// close): one row per note and coin of the currency, largest first. The pieces are keyed
/// on screen; every amount is computed and formatted here.
class ManagerCashCountModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(QString total READ total NOTIFY totalChanged FINAL)
    Q_PROPERTY(qint64 totalMinor READ totalMinor NOTIFY totalChanged FINAL)

public:
    enum Role { LabelRole = Qt::UserRole + 1, NoteRole, PiecesRole, SubtotalRole, MinorRole };

    explicit ManagerCashCountModel(MoneyFormatter *formatter, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Pieces of the denomination in `row`; negative counts are refused (false).
    Q_INVOKABLE bool setPieces(int row, int pieces);
    Q_INVOKABLE void clear();

    QString total() const;
    qint64 totalMinor() const;
    /// The count as core/report takes it (denominations with no pieces left out).
    core::CashCount count() const;

Q_SIGNALS:
    void totalChanged();

private:
    void refreshFormatting();

    MoneyFormatter *m_formatter;
    std::vector<core::Denomination> m_denominations;
    std::vector<int> m_pieces;
};

} // namespace lane::app
