#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

#include "app/lane/managercashcountmodel.h"
#include "core/base/events.h"
#include "core/base/result.h"
#include "core/report/reportmodel.h"
#include "devices/escpos/document.h"

namespace lane::core {
class AuditedAuthorizer;
class Store;
enum class Action;
struct User;
} // namespace lane::core

namespace lane::app {

class MoneyFormatter;
class SessionViewModel;

/// The store manager's screens: the cashier shift (float and blind count by denomination,
/// paid-in, paid-out and pickups), the X report on screen and on paper, and the end of
/// day (the Z with its checks, printed on the receipt printer, then the next business day).
/// A thin layer over core/report's CashOffice, ReportBuilder and DayClose, the same calls
/// `lanectl shift` and `lanectl report` make. Nothing runs until a manager is in: the
/// signed-on user may run the Z, or a manager keys number and PIN; both go through the
/// lane's audited authorizer, which also decides (and journals) every action taken here.
class ManagerViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(bool active READ active NOTIFY activeChanged FINAL)
    Q_PROPERTY(QString managerId READ managerId NOTIFY activeChanged FINAL)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged FINAL)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged FINAL)
    Q_PROPERTY(bool shiftOpen READ shiftOpen NOTIFY stateChanged FINAL)
    Q_PROPERTY(QVariantMap shift READ shift NOTIFY stateChanged FINAL)
    Q_PROPERTY(QVariantList closeResult READ closeResult NOTIFY stateChanged FINAL)
    Q_PROPERTY(bool varianceNeedsApproval READ varianceNeedsApproval NOTIFY stateChanged FINAL)
    Q_PROPERTY(QString businessDate READ businessDate NOTIFY stateChanged FINAL)
    Q_PROPERTY(bool dayClosed READ dayClosed NOTIFY stateChanged FINAL)
    Q_PROPERTY(QVariantList checks READ checks NOTIFY stateChanged FINAL)
    Q_PROPERTY(bool zAllowed READ zAllowed NOTIFY stateChanged FINAL)
    Q_PROPERTY(QVariantMap report READ report NOTIFY reportChanged FINAL)
    Q_PROPERTY(ManagerCashCountModel *cashCount READ cashCount CONSTANT FINAL)

public:
    /// Prints a document on the lane's receipt printer under a job id.
    using DocumentPrinter
        = std::function<core::Status(const devices::escpos::Document &, const QString &jobId)>;

    ManagerViewModel(MoneyFormatter *formatter, QObject *parent = nullptr);

    void setStore(core::Store *store) { m_store = store; }
    void setSession(SessionViewModel *session);
    void setAuthorizer(core::AuditedAuthorizer *authorizer) { m_auth = authorizer; }
    void setEventSink(core::EventSink *events) { m_events = events; }
    void setPrinter(DocumentPrinter printer) { m_printer = std::move(printer); }
    /// The telemetry spool whose unsent backlog the Z checks list (empty: not checked).
    void setTelemetrySpool(std::filesystem::path dir) { m_spoolDir = std::move(dir); }

    bool active() const { return !m_managerId.isEmpty(); }
    QString managerId() const { return m_managerId; }
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    bool shiftOpen() const { return !m_shift.isEmpty(); }
    QVariantMap shift() const { return m_shift; }
    QVariantList closeResult() const { return m_closeResult; }
    bool varianceNeedsApproval() const { return m_varianceNeedsApproval; }
    QString businessDate() const { return m_businessDate; }
    bool dayClosed() const { return m_dayClosed; }
    QVariantList checks() const { return m_checks; }
    bool zAllowed() const;
    QVariantMap report() const { return m_reportView; }
    ManagerCashCountModel *cashCount() const { return m_count; }

    /// The signed-on user opens the manager screens if they may run the Z.
    Q_INVOKABLE bool enter();
    /// A manager who is not signed on opens them with number and PIN (PIN lockout applies).
    Q_INVOKABLE bool enterWithPin(const QString &managerId, const QString &pin);
    Q_INVOKABLE void leave();
    /// Reads the shift, the X report of the day so far and the Z checks again.
    Q_INVOKABLE void refresh();

    /// Opens the signed-on cashier's shift with the float in cashCount.
    Q_INVOKABLE bool openShift();
    /// kind: "paid_in", "paid_out" or "pickup"; amount keyed in major units.
    Q_INVOKABLE bool moveCash(const QString &kind, const QString &amount, const QString &reason);
    /// The blind count in cashCount closes the open shift. A variance above the tolerance
    /// sets varianceNeedsApproval; closing again with a reason records the manager's approval.
    Q_INVOKABLE bool closeShift(const QString &approvalReason = {});

    Q_INVOKABLE bool printX();
    /// Runs the Z (when every blocking check passes), shows and prints it.
    Q_INVOKABLE bool runZ();
    Q_INVOKABLE bool reprintZ();
    /// Opens the day after the closed one for sales.
    Q_INVOKABLE bool openNextDay();
    Q_INVOKABLE void clearMessage();

    /// The report as the screens show it (formatted amounts, chart fractions).
    QVariantMap reportView(const core::Report &report) const;

Q_SIGNALS:
    void activeChanged();
    void messageChanged();
    void stateChanged();
    void reportChanged();

private:
    bool ready(core::Action action);
    bool admit(const core::User &user);
    void say(const QString &text, bool error);
    void fail(const core::Error &error);
    QString describe(const core::Error &error) const;
    bool print(const core::Report &report, const QString &jobId);
    void readShift();
    void readChecks();

    MoneyFormatter *m_formatter;
    ManagerCashCountModel *m_count;
    core::Store *m_store = nullptr;
    SessionViewModel *m_session = nullptr;
    core::AuditedAuthorizer *m_auth = nullptr;
    std::shared_ptr<const core::User> m_manager; // who opened the screens
    core::NullEventSink m_nullEvents;
    core::EventSink *m_events = &m_nullEvents;
    DocumentPrinter m_printer;
    std::filesystem::path m_spoolDir;

    QString m_managerId;
    QString m_message;
    bool m_messageIsError = false;
    QVariantMap m_shift;
    QVariantList m_closeResult;
    bool m_varianceNeedsApproval = false;
    QString m_businessDate;
    bool m_dayClosed = false;
    QVariantList m_checks;
    std::optional<core::Report> m_report; // the X of the day so far, or the Z just run
    QVariantMap m_reportView;
};

} // namespace lane::app
