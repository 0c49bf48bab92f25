#include "app/lane/managercashcountmodel.h"

#include "app/lane/moneyformatter.h"

namespace lane::app {

ManagerCashCountModel::ManagerCashCountModel(MoneyFormatter *formatter, QObject *parent)
    : QAbstractListModel(parent)
    , m_formatter(formatter)
    , m_denominations(core::denominationsFor(formatter->currency()))
    , m_pieces(m_denominations.size(), 0)
{
    // Labels and subtotals follow the display language ("50,000원" / "₩50,000").
    connect(formatter, &MoneyFormatter::languageChanged, this,
            &ManagerCashCountModel::refreshFormatting);
}

int ManagerCashCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_denominations.size());
}

QVariant ManagerCashCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto row = std::size_t(index.row());
    const auto &d = m_denominations[row];
    switch (role) {
    case LabelRole:
    case Qt::DisplayRole:
        return m_formatter->formatMinor(d.minor);
    case NoteRole:
        return d.note;
    case PiecesRole:
        return m_pieces[row];
    case SubtotalRole:
        return m_formatter->formatMinor(d.minor * m_pieces[row]);
    case MinorRole:
        return qint64(d.minor);
    default:
        return {};
    }
}

QHash<int, QByteArray> ManagerCashCountModel::roleNames() const
{
    return {{LabelRole, "label"},
            {NoteRole, "note"},
            {PiecesRole, "pieces"},
            {SubtotalRole, "subtotal"},
            {MinorRole, "minor"}};
}

bool ManagerCashCountModel::setPieces(int row, int pieces)
{
    if (row < 0 || row >= rowCount() || pieces < 0) {
        return false;
    }
    if (m_pieces[std::size_t(row)] == pieces) {
        return true;
    }
    m_pieces[std::size_t(row)] = pieces;
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, {PiecesRole, SubtotalRole});
    Q_EMIT totalChanged();
    return true;
}

void ManagerCashCountModel::clear()
{
    std::fill(m_pieces.begin(), m_pieces.end(), 0);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {PiecesRole, SubtotalRole});
    }
    Q_EMIT totalChanged();
}

qint64 ManagerCashCountModel::totalMinor() const
{
    qint64 sum = 0;
    for (std::size_t i = 0; i < m_denominations.size(); ++i) {
        sum += m_denominations[i].minor * m_pieces[i];
    }
    return sum;
}

QString ManagerCashCountModel::total() const
{
    return m_formatter->formatMinor(totalMinor());
}

core::CashCount ManagerCashCountModel::count() const
{
    core::CashCount out;
    for (std::size_t i = 0; i < m_denominations.size(); ++i) {
        if (m_pieces[i] > 0) {
            out.add(m_denominations[i].minor, m_pieces[i]);
        }
    }
    return out;
}

void ManagerCashCountModel::refreshFormatting()
{
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {LabelRole, SubtotalRole});
    }
    Q_EMIT totalChanged();
}

} // namespace lane::app
