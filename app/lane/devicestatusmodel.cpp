#include "app/lane/devicestatusmodel.h"

namespace lane::app {

DeviceStatusModel::DeviceStatusModel(QObject *parent)
    : QAbstractListModel(parent)
{
    for (const char *device :
         {"scanner", "printer", "drawer", "terminal", "scale", "network", "telemetry"}) {
        m_rows.push_back(
            Row{QString::fromLatin1(device), Level::Off, QStringLiteral("not_connected"), 0, 0});
    }
}

int DeviceStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DeviceStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case DeviceRole:
        return row.device;
    case Qt::DisplayRole:
    case LabelRole:
        return label(row);
    case LevelRole:
        switch (row.level) {
        case Level::Ok:
            return QStringLiteral("ok");
        case Level::Warning:
            return QStringLiteral("warning");
        case Level::Error:
            return QStringLiteral("error");
        case Level::Off:
            return QStringLiteral("off");
        }
        return {};
    case AdviceRole:
        return adviceFor(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceStatusModel::roleNames() const
{
    return {
        {DeviceRole, "device"}, {LabelRole, "label"}, {LevelRole, "level"}, {AdviceRole, "advice"}};
}

int DeviceStatusModel::indexOf(const QString &device) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].device == device) {
            return int(i);
        }
    }
    return -1;
}

void DeviceStatusModel::setStatus(const QString &device, Level level, const QString &problem)
{
    // The lane's health check reports every device every few seconds: only a real change
    // reaches the views (and the problem count only when it moves).
    const int problemsBefore = problemCount();
    int i = indexOf(device);
    if (i < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.push_back(Row{device, level, problem, 0, 0});
        endInsertRows();
    } else {
        Row &row = m_rows[std::size_t(i)];
        if (row.level == level && row.problem == problem) {
            return;
        }
        row.level = level;
        row.problem = problem;
        Q_EMIT dataChanged(index(i), index(i));
    }
    if (problemCount() != problemsBefore) {
        Q_EMIT problemCountChanged();
    }
}

void DeviceStatusModel::setTelemetryBacklog(qint64 bytes, qint64 oldestAgeSeconds)
{
    const int i = indexOf(QStringLiteral("telemetry"));
    if (i < 0) {
        return;
    }
    Row &row = m_rows[std::size_t(i)];
    // Compared as shown: the advice names whole minutes and KB, so a byte or a second more
    // changes nothing on screen.
    const QString before = adviceFor(row);
    row.backlogBytes = bytes;
    row.backlogAgeSeconds = oldestAgeSeconds;
    if (adviceFor(row) != before) {
        Q_EMIT dataChanged(index(i), index(i));
    }
}

int DeviceStatusModel::problemCount() const
{
    int n = 0;
    for (const auto &row : m_rows) {
        n += (row.level == Level::Error || row.level == Level::Warning) ? 1 : 0;
    }
    return n;
}

DeviceStatusModel::Level DeviceStatusModel::level(const QString &device) const
{
    const int i = indexOf(device);
    return i < 0 ? Level::Off : m_rows[std::size_t(i)].level;
}

QString DeviceStatusModel::advice(const QString &device) const
{
    const int i = indexOf(device);
    return i < 0 ? QString() : adviceFor(m_rows[std::size_t(i)]);
}

void DeviceStatusModel::retranslate()
{
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    }
}

QString DeviceStatusModel::label(const Row &row) const
{
    const QString &d = row.device;
    if (d == QLatin1String("scanner"))
        return tr("Scanner");
    if (d == QLatin1String("printer"))
        return tr("Printer");
    if (d == QLatin1String("drawer"))
        return tr("Drawer");
    if (d == QLatin1String("terminal"))
        return tr("Card terminal");
    if (d == QLatin1String("scale"))
        return tr("Scale");
    if (d == QLatin1String("network"))
        return tr("Network");
    if (d == QLatin1String("telemetry"))
        return tr("Monitoring");
    if (d == QLatin1String("display"))
        return tr("Customer display");
    return d;
}

QString DeviceStatusModel::adviceFor(const Row &row) const
{
    const QString &p = row.problem;
    if (row.device == QLatin1String("telemetry") && row.level != Level::Off) {
        if (p == QLatin1String("spool_unavailable")) {
            return tr("Off: selling goes on; call support");
        }
        if (row.backlogBytes <= 0) {
            return tr("Up to date");
        }
        // Units read the same in every language the lane speaks.
        const QString size = row.backlogBytes < 1024 * 1024
                                 ? QStringLiteral("%1 KB").arg((row.backlogBytes + 1023) / 1024)
                                 : QStringLiteral("%1 MB").arg(
                                     double(row.backlogBytes) / (1024.0 * 1024.0), 0, 'f', 1);
        if (p == QLatin1String("kept_locally")) {
            return tr("%1 kept on the lane").arg(size);
        }
        const qint64 minutes = row.backlogAgeSeconds / 60;
        if (p == QLatin1String("backlog")) {
            return tr("%1 not sent for %n min: selling goes on; check the network", nullptr,
                      int(minutes))
                .arg(size);
        }
        return tr("%1 waiting to be sent").arg(size);
    }
    if (row.device == QLatin1String("network") && p == QLatin1String("no_receiver")) {
        return tr("No head-office link configured");
    }
    if (row.level == Level::Ok) {
        return tr("Ready");
    }
    if (p == QLatin1String("paper_out"))
        return tr("Paper out: replace the roll");
    if (p == QLatin1String("paper_near_end"))
        return tr("Paper low: have a roll ready");
    if (p == QLatin1String("cover_open"))
        return tr("Cover open: close the cover");
    if (p == QLatin1String("offline") || p == QLatin1String("disconnected"))
        return tr("Not answering: check cable and power");
    if (p == QLatin1String("drawer_open"))
        return tr("Open: close the drawer");
    if (p == QLatin1String("not_stable"))
        return tr("Weight moving: wait");
    if (p == QLatin1String("overload"))
        return tr("Overload: take the item off");
    if (p == QLatin1String("busy"))
        return tr("Busy");
    if (p == QLatin1String("no_network"))
        return tr("Offline: sales continue, cards may fail");
    if (p == QLatin1String("not_connected"))
        return tr("Not connected");
    return p.isEmpty() ? tr("Not connected") : tr("Fault (%1): call support").arg(p);
}

} // namespace lane::app
