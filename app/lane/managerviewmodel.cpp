#include "app/lane/managerviewmodel.h"

#include "app/lane/moneyformatter.h"
#include "app/lane/sessionviewmodel.h"
#include "app/report/reportdocument.h"
#include "core/auth/auditedauthorizer.h"
#include "core/report/cashoffice.h"
#include "core/report/dayclose.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportsql.h"
#include "core/store/store.h"
#include "telemetry/control.h"

namespace lane::app {

ManagerViewModel::ManagerViewModel(MoneyFormatter *formatter, QObject *parent)
    : QObject(parent)
    , m_formatter(formatter)
    , m_count(new ManagerCashCountModel(formatter, this))
{
    // Every key the screens read exists before the first report is built.
    m_reportView = reportView(core::Report{});
    connect(formatter, &MoneyFormatter::languageChanged, this, [this] {
        if (m_report) {
            m_reportView = reportView(*m_report);
            Q_EMIT reportChanged();
        }
        if (active() && m_store) {
            readShift();
            Q_EMIT stateChanged();
        }
    });
}

void ManagerViewModel::setSession(SessionViewModel *session)
{
    m_session = session;
    // Signing off or locking the lane closes the manager screens.
    connect(session, &SessionViewModel::sessionChanged, this, [this] {
        if (active() && (!m_session->signedOn() || m_session->locked())) {
            leave();
        }
    });
}

bool ManagerViewModel::enter()
{
    if (!m_session || !m_session->signedOn() || !m_auth) {
        say(tr("Sign on first."), true);
        return false;
    }
    const auto user = m_auth->authorizer().directory().findById(m_session->userId().toStdString());
    if (!user) {
        say(tr("Sign on first."), true);
        return false;
    }
    return admit(*user);
}

bool ManagerViewModel::enterWithPin(const QString &managerId, const QString &pin)
{
    if (!m_session || !m_session->signedOn() || !m_auth) {
        say(tr("Sign on first."), true);
        return false;
    }
    auto user = m_auth->signOn(managerId.trimmed().toStdString(), pin.toStdString());
    if (!user) {
        say(user.error().code == "auth.locked"
                ? tr("Too many wrong PINs: this user is locked for a while.")
                : tr("Manager number or PIN not recognised."),
            true);
        return false;
    }
    return admit(*user);
}

bool ManagerViewModel::admit(const core::User &user)
{
    // Only whoever may run the Z (the manager role by default) opens these screens.
    if (m_auth->check(user, core::Action::ReportZ) != core::Decision::Allowed) {
        say(tr("The manager screens need a manager. Key the manager's number and PIN."), true);
        return false;
    }
    m_manager = std::make_shared<const core::User>(user);
    m_managerId = QString::fromStdString(user.id);
    Q_EMIT activeChanged();
    clearMessage();
    refresh();
    return true;
}

void ManagerViewModel::leave()
{
    if (m_managerId.isEmpty()) {
        return;
    }
    m_manager.reset();
    m_managerId.clear();
    m_closeResult.clear();
    m_varianceNeedsApproval = false;
    m_count->clear();
    clearMessage();
    Q_EMIT activeChanged();
    Q_EMIT stateChanged();
}

bool ManagerViewModel::ready(core::Action action)
{
    if (!active() || !m_manager || !m_auth) {
        say(tr("The manager screens need a manager. Key the manager's number and PIN."), true);
        return false;
    }
    if (!m_store) {
        say(tr("No store is open on this lane. Call support."), true);
        return false;
    }
    // Every action is decided (and journaled) again: a store may restrict one of them.
    if (m_auth->check(*m_manager, action) != core::Decision::Allowed) {
        say(tr("%1 may not do this.").arg(m_managerId), true);
        return false;
    }
    return true;
}

void ManagerViewModel::refresh()
{
    if (!active() || !m_store) {
        return;
    }
    readShift();
    readChecks();
    auto x = core::ReportBuilder(*m_store).sinceLastZ();
    if (!x) {
        fail(x.error());
    } else if (!m_report || m_report->kind != core::Report::Kind::Z || !m_dayClosed) {
        // After a Z the screen keeps showing it until the next day is opened.
        m_report = std::move(*x);
        m_reportView = reportView(*m_report);
        Q_EMIT reportChanged();
    }
    Q_EMIT stateChanged();
}

void ManagerViewModel::readShift()
{
    m_shift.clear();
    auto open = core::CashOffice(*m_store, *m_events).openShiftInfo();
    if (!open) {
        fail(open.error());
        return;
    }
    if (*open) {
        const auto &s = **open;
        m_shift = {{QStringLiteral("id"), qint64(s.id)},
                   {QStringLiteral("cashier"), QString::fromStdString(s.cashierId)},
                   {QStringLiteral("float"), m_formatter->formatMinor(s.floatMinor)}};
    }
}

void ManagerViewModel::readChecks()
{
    m_checks.clear();
    core::DayClose day(*m_store, *m_events);
    auto checks = day.zChecks();
    if (!checks) {
        fail(checks.error());
        return;
    }
    m_dayClosed = false;
    for (const auto &c : *checks) {
        m_dayClosed = m_dayClosed || (c.name == "business_day" && !c.ok);
        m_checks.append(QVariantMap{{QStringLiteral("name"), QString::fromStdString(c.name)},
                                    {QStringLiteral("ok"), c.ok},
                                    {QStringLiteral("blocking"), true},
                                    {QStringLiteral("detail"), QString()}});
    }
    // Unsent telemetry does not stop a Z (a store may be offline all day), but the manager
    // sees it before the day is closed.
    if (!m_spoolDir.empty()) {
        auto status = telemetry::telemetryStatus(m_spoolDir);
        const bool known = status.ok();
        const bool sent = known && status.value().pendingBytes == 0;
        const QString detail
            = known ? QString::number((status.value().pendingBytes + 1023) / 1024) : QString();
        m_checks.append(QVariantMap{{QStringLiteral("name"), QStringLiteral("telemetry")},
                                    {QStringLiteral("ok"), sent},
                                    {QStringLiteral("blocking"), false},
                                    {QStringLiteral("detail"), detail}});
    }
    auto date = day.currentBusinessDate();
    m_businessDate = date ? QString::fromStdString(*date) : QString();
}

bool ManagerViewModel::zAllowed() const
{
    if (!active()) {
        return false;
    }
    for (const auto &c : m_checks) {
        const QVariantMap m = c.toMap();
        if (m.value(QStringLiteral("blocking")).toBool()
            && !m.value(QStringLiteral("ok")).toBool()) {
            return false;
        }
    }
    return !m_checks.isEmpty();
}

bool ManagerViewModel::openShift()
{
    if (!ready(core::Action::ShiftOpen)) {
        return false;
    }
    core::CashOffice office(*m_store, *m_events);
    auto shift = office.openShift(m_session->userId().toStdString(), m_count->count());
    if (!shift) {
        fail(shift.error());
        return false;
    }
    m_count->clear();
    m_closeResult.clear();
    say(tr("Shift opened with a float of %1.").arg(m_formatter->formatMinor(shift->floatMinor)),
        false);
    refresh();
    return true;
}

bool ManagerViewModel::moveCash(const QString &kind, const QString &amount, const QString &reason)
{
    if (!ready(core::Action::CashInOut)) {
        return false;
    }
    const auto money = m_formatter->parse(amount);
    if (!money || money->minor() <= 0) {
        say(tr("Key an amount above zero."), true);
        return false;
    }
    if (kind != QLatin1String("paid_in") && kind != QLatin1String("paid_out")
        && kind != QLatin1String("pickup")) {
        say(tr("Unknown cash movement."), true);
        return false;
    }
    const auto k = kind == QLatin1String("paid_in")    ? core::CashMovementKind::PaidIn
                   : kind == QLatin1String("paid_out") ? core::CashMovementKind::PaidOut
                                                       : core::CashMovementKind::Pickup;
    core::CashOffice office(*m_store, *m_events);
    auto id = office.moveCash(k, *money, reason.toStdString(), m_managerId.toStdString());
    if (!id) {
        fail(id.error());
        return false;
    }
    say(tr("%1 recorded.").arg(m_formatter->format(*money)), false);
    refresh();
    return true;
}

bool ManagerViewModel::closeShift(const QString &approvalReason)
{
    if (!ready(core::Action::ShiftClose)) {
        return false;
    }
    auto config = core::cashControlConfig(*m_store);
    if (!config) {
        fail(config.error());
        return false;
    }
    core::CashOffice office(*m_store, *m_events, *config);
    core::ShiftCloseRequest request;
    request.userId = m_session->userId().toStdString();
    request.cash = m_count->count();
    if (m_varianceNeedsApproval && !approvalReason.trimmed().isEmpty()) {
        const auto now = m_store->clock().now().time_since_epoch();
        request.approval = core::VarianceApproval{
            "manager-screen-" + std::to_string(std::chrono::nanoseconds(now).count()),
            m_managerId.toStdString(), approvalReason.trimmed().toStdString()};
    }
    auto closed = office.closeShift(request);
    if (!closed) {
        const bool needs = closed.error().code == "shift.variance_needs_approval";
        if (needs != m_varianceNeedsApproval) {
            m_varianceNeedsApproval = needs;
            Q_EMIT stateChanged();
        }
        fail(closed.error());
        return false;
    }
    m_varianceNeedsApproval = false;
    m_closeResult.clear();
    for (const auto &t : closed->tenders) {
        m_closeResult.append(
            QVariantMap{{QStringLiteral("tender"), QString::fromStdString(t.tender)},
                        {QStringLiteral("expected"), m_formatter->formatMinor(t.expectedMinor)},
                        {QStringLiteral("counted"), m_formatter->formatMinor(t.countedMinor)},
                        {QStringLiteral("variance"), m_formatter->formatMinor(t.varianceMinor)},
                        {QStringLiteral("exact"), t.varianceMinor == 0}});
    }
    m_count->clear();
    say(closed->approved ? tr("Shift closed; the variance was approved.") : tr("Shift closed."),
        false);
    refresh();
    return true;
}

bool ManagerViewModel::print(const core::Report &report, const QString &jobId)
{
    if (!m_printer) {
        say(tr("No receipt printer is connected."), true);
        return false;
    }
    const auto status
        = m_printer(reportDocument(report, m_store->identity().utcOffsetMinutes), jobId);
    if (!status) {
        say(tr("Printing failed: %1").arg(QString::fromStdString(status.error().message)), true);
        return false;
    }
    return true;
}

bool ManagerViewModel::printX()
{
    if (!ready(core::Action::ReportX)) {
        return false;
    }
    auto x = core::ReportBuilder(*m_store).sinceLastZ();
    if (!x) {
        fail(x.error());
        return false;
    }
    if (!print(*x, QStringLiteral("x-%1").arg(x->generatedUtcNs))) {
        return false;
    }
    say(tr("X report printed."), false);
    return true;
}

bool ManagerViewModel::runZ()
{
    if (!ready(core::Action::ReportZ)) {
        return false;
    }
    core::DayClose day(*m_store, *m_events);
    auto z = day.runZ(m_managerId.toStdString());
    if (!z) {
        fail(z.error());
        refresh();
        return false;
    }
    m_report = z->report;
    m_reportView = reportView(*m_report);
    Q_EMIT reportChanged();
    readChecks();
    Q_EMIT stateChanged();
    // The Z is durable before it prints; a printer problem leaves it for a reprint.
    if (print(z->report, QStringLiteral("z-%1").arg(z->report.zNumber))) {
        say(tr("Z %1 done and printed. Business day %2 is closed.")
                .arg(z->report.zNumber)
                .arg(QString::fromStdString(z->report.toDate)),
            false);
    }
    return true;
}

bool ManagerViewModel::reprintZ()
{
    if (!ready(core::Action::ReportZ)) {
        return false;
    }
    if (!m_report || m_report->kind != core::Report::Kind::Z) {
        say(tr("No Z to reprint."), true);
        return false;
    }
    if (!print(*m_report, QStringLiteral("z-%1-copy").arg(m_report->zNumber))) {
        return false;
    }
    say(tr("Z %1 printed again.").arg(m_report->zNumber), false);
    return true;
}

bool ManagerViewModel::openNextDay()
{
    if (!ready(core::Action::ReportZ)) {
        return false;
    }
    namespace rs = core::reportsql;
    core::DayClose day(*m_store, *m_events);
    auto current = day.currentBusinessDate();
    if (!current) {
        fail(current.error());
        return false;
    }
    const auto closed = core::parseIsoDate(*current);
    if (!closed) {
        say(tr("The business date %1 is not a date.").arg(QString::fromStdString(*current)), true);
        return false;
    }
    // The day after the closed one, or today's store date when that is later.
    const auto next = rs::dayNumber(*closed) + 1;
    const auto today = rs::dayNumber(m_store->businessDateAt(m_store->clock().now()));
    const core::Date date = rs::fromDayNumber(std::max(next, today));
    if (auto s = day.openBusinessDay(date, m_managerId.toStdString()); !s) {
        fail(s.error());
        return false;
    }
    m_report.reset();
    say(tr("Business day %1 is open for sales.").arg(QString::fromStdString(core::isoDate(date))),
        false);
    refresh();
    return true;
}

void ManagerViewModel::clearMessage()
{
    if (!m_message.isEmpty()) {
        m_message.clear();
        m_messageIsError = false;
        Q_EMIT messageChanged();
    }
}

void ManagerViewModel::say(const QString &text, bool error)
{
    m_message = text;
    m_messageIsError = error;
    Q_EMIT messageChanged();
}

void ManagerViewModel::fail(const core::Error &error)
{
    say(describe(error), true);
}

QString ManagerViewModel::describe(const core::Error &e) const
{
    const std::string &c = e.code;
    if (c == "shift.already_open") {
        return tr("A shift is already open. Close it before opening another.");
    }
    if (c == "shift.not_open") {
        return tr("No shift is open.");
    }
    if (c == "shift.variance_needs_approval") {
        return tr("The count differs from what the drawer should hold by more than the "
                  "tolerance. Count again, or approve the difference with a reason.");
    }
    if (c == "shift.self_approval") {
        return tr("You closed this shift yourself: another manager must approve the difference.");
    }
    if (c == "cash.reason_required") {
        return tr("Choose a reason for the cash movement.");
    }
    if (c == "cash.no_denominations" || c == "cash.unknown_denomination") {
        return tr("The count has a note or coin this currency does not have.");
    }
    if (c == "z.sale_in_progress") {
        return tr("A sale is in progress on this lane: finish or void it before the Z.");
    }
    if (c == "z.payment_unresolved") {
        return tr("A card payment has no final result: resolve it with the terminal before the Z.");
    }
    if (c == "z.shift_open") {
        return tr("A cashier shift is still open: count the drawer and close it before the Z.");
    }
    if (c == "business_day.closed") {
        return tr("The business day is closed. Open the next day to sell again.");
    }
    if (c == "business_day.already_open") {
        return tr("A business day is already open.");
    }
    return QString::fromStdString(e.message);
}

} // namespace lane::app
