#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace lane::app {

/// Every device of the lane with its state and, when it fails, what the cashier should do.
/// Always on screen; fed by the device manager's status changes.
class DeviceStatusModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(int problemCount READ problemCount NOTIFY problemCountChanged FINAL)

public:
    enum class Level { Ok, Warning, Error, Off };
    Q_ENUM(Level)
    enum Role { DeviceRole = Qt::UserRole + 1, LabelRole, LevelRole, AdviceRole };

    explicit DeviceStatusModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// `device`: scanner, printer, drawer, terminal, scale, network, telemetry.
    /// `problem`: a device-layer code (paper_out, cover_open, offline, ...), empty when ok.
    void setStatus(const QString &device, Level level, const QString &problem = {});
    /// Telemetry waiting to be sent: spool bytes and the age of the oldest unsent record.
    void setTelemetryBacklog(qint64 bytes, qint64 oldestAgeSeconds = 0);
    int problemCount() const;
    Level level(const QString &device) const;
    QString advice(const QString &device) const;
    /// Labels and advice again in the current language.
    Q_INVOKABLE void retranslate();

Q_SIGNALS:
    void problemCountChanged();

private:
    struct Row
    {
        QString device;
        Level level = Level::Off;
        QString problem;
        qint64 backlogBytes = 0;
        qint64 backlogAgeSeconds = 0;
    };
    QString label(const Row &row) const;
    QString adviceFor(const Row &row) const;
    int indexOf(const QString &device) const;
    std::vector<Row> m_rows;
};

} // namespace lane::app
