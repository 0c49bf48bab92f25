#include "devices/zvt/zvtresult.h"

namespace lane::devices::zvt {

core::PaymentProgress toProgress(const IntermediateStatus &status)
{
    core::PaymentStage stage = core::PaymentStage::Other;
    switch (intermediateKind(status.code)) {
    case IntermediateKind::InsertCard:
        stage = core::PaymentStage::InsertCard;
        break;
    case IntermediateKind::Pin:
        stage = core::PaymentStage::PinEntry;
        break;
    case IntermediateKind::WaitingForHost:
        stage = core::PaymentStage::WaitingForHost;
        break;
    case IntermediateKind::RemoveCard:
        stage = core::PaymentStage::RemoveCard;
        break;
    case IntermediateKind::PleaseWait:
        stage = core::PaymentStage::PleaseWait;
        break;
    case IntermediateKind::Other:
        break;
    }
    return core::PaymentProgress{stage, status.text};
}

std::string cardBrand(const BmpFields &f)
{
    if (f.cardName && !f.cardName->empty())
        return *f.cardName;
    if (!f.cardType)
        return {};
    switch (*f.cardType) {
    case 5:
        return "girocard";
    case 6:
        return "Mastercard";
    case 8:
        return "American Express";
    case 10:
        return "Visa";
    case 12:
        return "Diners";
    case 46:
        return "Maestro";
    default:
        return "Card type " + std::to_string(*f.cardType);
    }
}

namespace {

void fill(core::PaymentResult &r, const BmpFields &f)
{
    if (f.authCode)
        r.approvalCode = *f.authCode;
    if (f.trace)
        r.traceNumber = *f.trace;
    if (f.receipt)
        r.receiptNumber = *f.receipt;
    if (f.terminalId)
        r.terminalId = *f.terminalId;
    if (f.maskedPan) {
        if (auto pan = core::MaskedPan::fromMasked(*f.maskedPan))
            r.pan = *pan;
    }
    r.cardBrand = cardBrand(f);
    if (f.resultCode)
        r.resultCode = *f.resultCode;
}

} // namespace

core::PaymentResult toPaymentResult(const CommandResult &c, const core::PaymentRequest &request,
                                    bool abortRequested)
{
    core::PaymentResult r;
    r.amount = request.amount;
    r.receiptLines = c.receiptLines;
    using End = CommandResult::End;
    switch (c.end) {
    case End::Completed: {
        if (request.operation == core::PaymentOperation::EndOfDay) {
            r.outcome = core::PaymentOutcome::Approved;
            r.message = "End-of-day done";
            if (c.status) {
                fill(r, c.status->fields);
                // The day's total the terminal settled (BMP 04), for the lane's journal.
                if (c.status->fields.amount)
                    r.amount = core::Money(*c.status->fields.amount, request.amount.currency());
            }
            break;
        }
        if (!c.status || !c.status->fields.resultCode) {
            // A completion without a result: the terminal's answer is incomplete.
            r.outcome = core::PaymentOutcome::Unknown;
            r.message = "Terminal completed without a result";
            break;
        }
        fill(r, c.status->fields);
        const std::uint8_t code = *c.status->fields.resultCode;
        r.outcome = code == 0 ? core::PaymentOutcome::Approved : core::PaymentOutcome::Declined;
        r.message = resultCodeText(code);
        if (code == 0 && c.status->fields.amount
            && *c.status->fields.amount != request.amount.minor()) {
            // Approved for another amount than asked: never record it as ours silently.
            r.outcome = core::PaymentOutcome::Unknown;
            r.message = "Terminal approved a different amount";
        }
        break;
    }
    case End::TerminalAbort:
        r.resultCode = c.resultCode;
        r.message = resultCodeText(c.resultCode);
        if (c.status)
            fill(r, c.status->fields);
        r.outcome = (abortRequested || c.resultCode == 0x6C) ? core::PaymentOutcome::Aborted
                                                             : core::PaymentOutcome::Declined;
        if (abortRequested)
            r.message = "Cancelled at the till";
        break;
    case End::Refused:
        r.resultCode = c.resultCode;
        r.outcome = core::PaymentOutcome::NotSent;
        r.message = c.detail;
        break;
    case End::AckTimeout:
    case End::CompletionTimeout:
    case End::ConnectionLost:
    case End::ProtocolError:
        // The command bytes went out: the terminal may be charging. Reconcile, never guess.
        r.outcome = core::PaymentOutcome::Unknown;
        r.message = c.detail;
        break;
    }
    return r;
}

core::Result<core::LastTransaction> toLastTransaction(const CommandResult &enquiry,
                                                      const CommandResult &repeat,
                                                      const core::Currency &currency)
{
    core::LastTransaction t;
    if (enquiry.end != CommandResult::End::Completed)
        return core::makeError("zvt.enquiry", "status enquiry failed: " + enquiry.detail);
    if (enquiry.completion && enquiry.completion->terminalStatus
        && *enquiry.completion->terminalStatus != 0) {
        t.busy = true;
        return t;
    }
    if (repeat.end == CommandResult::End::TerminalAbort
        || repeat.end == CommandResult::End::Refused)
        return t; // nothing to repeat: the terminal has no last transaction
    if (repeat.end != CommandResult::End::Completed)
        return core::makeError("zvt.repeat", "repeat receipt failed: " + repeat.detail);
    if (!repeat.status)
        return t;
    const auto &f = repeat.status->fields;
    core::PaymentResult r;
    fill(r, f);
    r.amount = core::Money(f.amount.value_or(0), currency);
    r.receiptLines = repeat.receiptLines;
    r.outcome = f.resultCode.value_or(0xFF) == 0 ? core::PaymentOutcome::Approved
                                                 : core::PaymentOutcome::Declined;
    r.message = resultCodeText(f.resultCode.value_or(0xFF));
    t.last = std::move(r);
    return t;
}

} // namespace lane::devices::zvt
