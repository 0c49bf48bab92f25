#include "core/payment/paymentservice.h"

#include <algorithm>
#include <cctype>
#include <random>

#include <spdlog/spdlog.h>

#include "core/payment/paymentmessages.h"

namespace lane::core {

namespace {

std::shared_ptr<spdlog::logger> log()
{
    static auto logger = [] {
        auto l = spdlog::get("lane.payment");
        return l ? l : std::make_shared<spdlog::logger>("lane.payment");
    }();
    return logger;
}

std::int64_t msBetween(TimePoint a, TimePoint b)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(b - a).count();
}

PaymentState stateFor(PaymentOutcome outcome)
{
    switch (outcome) {
    case PaymentOutcome::Approved:
        return PaymentState::Approved;
    case PaymentOutcome::Declined:
        return PaymentState::Declined;
    case PaymentOutcome::Aborted:
        return PaymentState::Aborted;
    case PaymentOutcome::NotSent:
        return PaymentState::NotCharged;
    case PaymentOutcome::Unknown:
        return PaymentState::Unknown;
    }
    return PaymentState::Unknown;
}

} // namespace

PaymentService::PaymentService(PaymentProvider &provider, PaymentJournal &journal,
                               const Clock &clock, EventSink &events, PaymentServiceOptions options)
    : m_provider(provider)
    , m_journal(journal)
    , m_clock(clock)
    , m_events(events)
    , m_options(std::move(options))
    // A random start keeps ids unique across restarts even when the clock repeats itself.
    , m_counter(std::random_device{}() & 0xFFFFFu)
{}

std::string PaymentService::newId()
{
    // Base 36 keeps ids short and free of long digit runs, which card-number scans flag.
    auto base36 = [](std::uint64_t v) {
        static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
        std::string s;
        do {
            s.insert(s.begin(), kDigits[v % 36]);
            v /= 36;
        } while (v);
        return s;
    };
    const auto ns = static_cast<std::uint64_t>(m_clock.now().time_since_epoch().count());
    return m_options.deviceId + "-" + base36(ns) + "-" + base36(++m_counter);
}

Status PaymentService::refuseIfBlocked() const
{
    if (busy())
        return makeError("payment.busy", "A card payment is already running on this lane.");
    auto unresolved = m_journal.findUnresolved();
    if (!unresolved)
        return makeError("payment.journal", "The payment journal cannot be read ("
                                                + unresolved.error().message
                                                + "); card payments are blocked.");
    if (!unresolved->empty())
        return makeError("payment.unresolved",
                         paymentmessages::blockedByUnresolved(unresolved->front()));
    return {};
}

Result<std::string> PaymentService::startSale(const CardTender &tender, PaymentCallbacks callbacks)
{
    PaymentRecord r;
    r.saleId = tender.saleId;
    r.tenderId = tender.tenderId;
    r.operation = PaymentOperation::Sale;
    r.amount = tender.amount;
    return begin(std::move(r), {}, std::move(callbacks));
}

Result<std::string> PaymentService::startRefund(const CardTender &tender,
                                                PaymentCallbacks callbacks)
{
    PaymentRecord r;
    r.saleId = tender.saleId;
    r.tenderId = tender.tenderId;
    r.operation = PaymentOperation::Refund;
    r.amount = tender.amount;
    return begin(std::move(r), {}, std::move(callbacks));
}

Result<std::string> PaymentService::startReversal(std::string_view paymentId,
                                                  PaymentCallbacks callbacks)
{
    auto original = m_journal.find(paymentId);
    if (!original)
        return original.error();
    if (!*original)
        return makeError("payment.reversal.missing",
                         "There is no payment " + std::string(paymentId) + ".");
    const PaymentRecord &o = **original;
    if (o.state != PaymentState::Approved || o.operation != PaymentOperation::Sale || o.manual
        || o.receiptNumber.empty())
        return makeError("payment.reversal.state",
                         "Only an approved card payment with a terminal receipt can be cancelled.");
    PaymentRecord r;
    r.saleId = o.saleId;
    r.tenderId = o.tenderId;
    r.operation = PaymentOperation::Reversal;
    r.amount = o.amount;
    r.reversalOf = o.id;
    return begin(std::move(r), o.receiptNumber, std::move(callbacks));
}

Result<std::string> PaymentService::begin(PaymentRecord r, std::string receiptToReverse,
                                          PaymentCallbacks callbacks)
{
    if (r.amount.minor() <= 0)
        return makeError("payment.amount", "A card payment needs an amount above zero, got "
                                               + r.amount.toString() + ".");
    if (auto st = refuseIfBlocked(); !st)
        return st.error();
    const auto now = m_clock.now();
    r.id = newId();
    r.provider = m_provider.providerName();
    r.state = PaymentState::Intent;
    r.createdAt = r.updatedAt = now;
    r.lastStep = "intent";
    // Durable before the terminal sees anything: a crash from here on is reconciled.
    if (auto st = m_journal.writeIntent(r); !st)
        return makeError("payment.journal", "The payment could not be recorded, so it was not sent "
                                            "to the terminal: "
                                                + st.error().message);
    const auto generation = ++m_generation;
    m_active = Active{r, std::move(callbacks), now, std::nullopt, std::nullopt, generation};
    PaymentRequest request{r.operation, r.amount, std::move(receiptToReverse), r.id};
    m_provider.start(
        request, [this, generation](const PaymentProgress &p) { onProgress(generation, p); },
        [this, generation](PaymentResult result) { onDone(generation, std::move(result)); });
    return r.id;
}

Status PaymentService::startEndOfDay(Currency currency, std::function<void(PaymentResult)> done)
{
    if (auto st = refuseIfBlocked(); !st)
        return st.error();
    m_endOfDay = true;
    PaymentRequest request{PaymentOperation::EndOfDay, Money(0, currency), {}, "end-of-day"};
    m_provider.start(
        request, [](const PaymentProgress &) {},
        [this, done = std::move(done)](PaymentResult result) {
            m_endOfDay = false;
            if (done)
                done(std::move(result));
        });
    return {};
}

Status PaymentService::abort()
{
    if (!m_active)
        return makeError("payment.idle", "No card payment is running.");
    m_provider.abort();
    return {};
}

void PaymentService::persist(PaymentRecord &record, std::string_view step)
{
    record.updatedAt = m_clock.now();
    record.lastStep = std::string(step);
    if (auto st = m_journal.recordStep(record, step); !st) {
        // The intent is durable, so reconciliation will still find this payment.
        log()->error("payment {}: journal write failed at '{}': {}", record.id, step,
                     st.error().message);
    }
}

void PaymentService::onProgress(std::uint64_t generation, const PaymentProgress &p)
{
    if (!m_active || m_active->generation != generation)
        return;
    auto &a = *m_active;
    const auto now = m_clock.now();
    if (p.stage == PaymentStage::Sent) {
        a.record.state = PaymentState::Sent;
        persist(a.record, "sent");
    } else {
        if (!a.firstTerminal)
            a.firstTerminal = now;
        if (p.stage == PaymentStage::WaitingForHost && !a.host)
            a.host = now;
        a.record.state = PaymentState::InProgress;
        persist(a.record, "intermediate: " + p.text);
    }
    if (a.callbacks.progress)
        a.callbacks.progress(p);
}

void PaymentService::onDone(std::uint64_t generation, PaymentResult result)
{
    if (!m_active || m_active->generation != generation)
        return;
    Active a = std::move(*m_active);
    m_active.reset();
    PaymentRecord &r = a.record;
    r.state = stateFor(result.outcome);
    r.approvalCode = result.approvalCode;
    r.traceNumber = result.traceNumber;
    r.receiptNumber = result.receiptNumber;
    r.terminalId = result.terminalId;
    r.maskedPan = result.pan ? result.pan->text() : std::string();
    r.cardBrand = result.cardBrand;
    r.resultCode = result.resultCode;
    r.receiptLines = result.receiptLines;
    const std::string reason = result.message.empty() ? "no reason given" : result.message;
    switch (result.outcome) {
    case PaymentOutcome::Approved:
        r.message = paymentmessages::approved(r);
        break;
    case PaymentOutcome::Declined:
        r.message = paymentmessages::declined(r, reason);
        break;
    case PaymentOutcome::Aborted:
        r.message = paymentmessages::aborted(r, reason);
        break;
    case PaymentOutcome::NotSent:
        r.message = paymentmessages::notSent(r, reason);
        break;
    case PaymentOutcome::Unknown:
        r.message = paymentmessages::unknown(r);
        break;
    }
    persist(r, std::string(toString(result.outcome)) + ": " + reason);

    if (r.operation == PaymentOperation::Reversal && r.state == PaymentState::Approved) {
        if (auto o = m_journal.find(r.reversalOf); o && *o) {
            PaymentRecord original = **o;
            original.state = PaymentState::Reversed;
            persist(original, "reversed by " + r.id);
        }
    }

    if (r.state != PaymentState::Unknown) {
        emitFinished(r, &a);
        if (a.callbacks.finished)
            a.callbacks.finished(r);
        return;
    }
    // Unknown: resolve with the terminal right away (the "retry"), then report once.
    if (a.callbacks.progress)
        a.callbacks.progress(PaymentProgress{PaymentStage::PleaseWait, r.message});
    auto callbacks = a.callbacks;
    const std::string id = r.id;
    reconcile([this, callbacks, id, r](ReconcileReport report) {
        PaymentRecord final = r;
        for (const auto &p : report.resolved)
            if (p.id == id)
                final = p;
        if (final.state == PaymentState::Unknown) {
            for (const auto &p : report.unresolved)
                if (p.id == id)
                    final = p;
            m_events.emit(Severity::Warn, "payment.unresolved", final.message,
                          {{"payment_id", final.id},
                           {"provider", final.provider},
                           {"amount_minor", final.amount.minor()},
                           {"currency", std::string(final.amount.currency().alpha())}});
        }
        if (callbacks.finished)
            callbacks.finished(final);
    });
}

void PaymentService::reconcile(std::function<void(ReconcileReport)> done)
{
    ReconcileReport report;
    if (m_active || m_reconciling) {
        report.clear = false;
        report.messages.push_back("A card payment is running; check again when it has finished.");
        done(std::move(report));
        return;
    }
    auto unresolved = m_journal.findUnresolved();
    if (!unresolved) {
        report.clear = false;
        report.messages.push_back("The payment journal cannot be read: "
                                  + unresolved.error().message);
        done(std::move(report));
        return;
    }
    if (unresolved->empty()) {
        done(std::move(report));
        return;
    }
    m_reconciling = true;
    auto list = std::move(*unresolved);
    m_provider.queryLastResult([this, list, done](Result<LastTransaction> last) {
        m_reconciling = false;
        resolve(list, std::move(last), done);
    });
}

void PaymentService::resolve(const std::vector<PaymentRecord> &unresolved,
                             Result<LastTransaction> last,
                             std::function<void(ReconcileReport)> done)
{
    ReconcileReport report;
    if (!last || last->busy) {
        report.clear = false;
        for (auto r : unresolved) {
            if (!last) {
                r.message = paymentmessages::terminalUnreachable(r, last.error().message);
                r.state = PaymentState::Unknown;
                persist(r, "reconcile failed: " + last.error().message);
            } else {
                r.message = paymentmessages::terminalBusy(r);
                persist(r, "reconcile: terminal busy");
            }
            report.messages.push_back(r.message);
            report.unresolved.push_back(r);
        }
        done(std::move(report));
        return;
    }
    // Only the newest unresolved payment can be the terminal's last transaction: new
    // payments are refused while one is unresolved. It is the terminal's last one when the
    // terminal's last receipt is newer than the last receipt this lane resolved and the
    // amount matches; anything else never completed at the terminal.
    std::optional<std::string> known;
    if (auto k = m_journal.lastTerminalReceipt(m_provider.providerName()))
        known = *k;
    const PaymentRecord *newest = &unresolved.front();
    for (const auto &r : unresolved)
        if (r.createdAt >= newest->createdAt)
            newest = &r;
    const auto &t = last->last;
    const bool terminalHasNew = t && t->outcome == PaymentOutcome::Approved
                                && !t->receiptNumber.empty()
                                && (!known || *known != t->receiptNumber);
    for (auto r : unresolved) {
        r.recovered = true;
        if (&r != newest && r.id != newest->id) {
            r.state = PaymentState::NotCharged;
            r.message = paymentmessages::recoveredNotCharged(r);
            persist(r, "reconciled: not the terminal's last transaction");
        } else if (terminalHasNew && t->amount.minor() == r.amount.minor()) {
            r.state = PaymentState::Approved;
            r.approvalCode = t->approvalCode;
            r.traceNumber = t->traceNumber;
            r.receiptNumber = t->receiptNumber;
            r.terminalId = t->terminalId;
            r.maskedPan = t->pan ? t->pan->text() : std::string();
            r.cardBrand = t->cardBrand;
            r.resultCode = t->resultCode;
            r.receiptLines = t->receiptLines;
            r.message = paymentmessages::recoveredApproved(r);
            persist(r, "reconciled: approved at the terminal, receipt " + r.receiptNumber);
            if (r.operation == PaymentOperation::Reversal) {
                if (auto o = m_journal.find(r.reversalOf); o && *o) {
                    PaymentRecord original = **o;
                    original.state = PaymentState::Reversed;
                    persist(original, "reversed by " + r.id);
                }
            }
        } else {
            r.state = PaymentState::NotCharged;
            r.message = paymentmessages::recoveredNotCharged(r);
            persist(r, "reconciled: not charged at the terminal");
        }
        emitFinished(r, nullptr);
        report.messages.push_back(r.message);
        report.resolved.push_back(r);
    }
    done(std::move(report));
}

Result<PaymentRecord> PaymentService::recordManualApproval(const CardTender &tender,
                                                           std::string_view approvalCode,
                                                           std::string_view approverId)
{
    if (approverId.empty())
        return makeError("payment.manual.permission",
                         "Recording a card payment by hand needs a supervisor's approval.");
    const bool codeOk = approvalCode.size() >= 2 && approvalCode.size() <= 12
                        && std::all_of(approvalCode.begin(), approvalCode.end(), [](char c) {
                               return std::isalnum(static_cast<unsigned char>(c)) != 0;
                           });
    if (!codeOk)
        return makeError("payment.manual.code", "The approval code must be 2 to 12 letters or "
                                                "digits as printed on the terminal slip.");
    if (tender.amount.minor() <= 0)
        return makeError("payment.amount", "A card payment needs an amount above zero.");
    if (auto st = refuseIfBlocked(); !st)
        return st.error();
    PaymentRecord r;
    r.id = newId();
    r.saleId = tender.saleId;
    r.tenderId = tender.tenderId;
    r.operation = PaymentOperation::Sale;
    r.amount = tender.amount;
    r.provider = "manual";
    r.state = PaymentState::Approved;
    r.manual = true;
    r.approvalCode = std::string(approvalCode);
    r.approverId = std::string(approverId);
    r.createdAt = r.updatedAt = m_clock.now();
    r.lastStep = "manual approval";
    r.message = paymentmessages::manualApproved(r);
    if (auto st = m_journal.writeIntent(r); !st)
        return makeError("payment.journal",
                         "The manual payment could not be recorded: " + st.error().message);
    emitFinished(r, nullptr);
    return r;
}

void PaymentService::emitFinished(const PaymentRecord &r, const Active *a)
{
    const auto end = m_clock.now();
    std::int64_t posTerminal = 0, customer = 0, host = 0, total = 0;
    if (a) {
        total = msBetween(a->started, end);
        const TimePoint first = a->firstTerminal.value_or(end);
        posTerminal = msBetween(a->started, first);
        customer = msBetween(first, a->host.value_or(end));
        host = a->host ? msBetween(*a->host, end) : 0;
    }
    const Severity severity = r.state == PaymentState::Approved ? Severity::Info : Severity::Warn;
    m_events.emit(severity, "payment.finished", r.message,
                  {{"payment_id", r.id},
                   {"sale_id", r.saleId},
                   {"operation", std::string(toString(r.operation))},
                   {"state", std::string(toString(r.state))},
                   {"approved", r.state == PaymentState::Approved},
                   {"provider", r.provider},
                   {"amount_minor", r.amount.minor()},
                   {"currency", std::string(r.amount.currency().alpha())},
                   {"result_code", std::int64_t(r.resultCode.value_or(-1))},
                   {"card_brand", r.cardBrand},
                   {"manual", r.manual},
                   {"recovered", r.recovered},
                   {"stage_pos_terminal_ms", posTerminal},
                   {"stage_customer_ms", customer},
                   {"stage_host_ms", host},
                   {"total_ms", total}});
}

} // namespace lane::core
