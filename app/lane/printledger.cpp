#include "app/lane/printledger.h"

#include <QObject>

#include <algorithm>

#include <spdlog/spdlog.h>

#include "core/payment/cardslip.h"
#include "devices/printer/receiptprinter.h"

namespace lane::app {

PrintLedger::PrintLedger(core::Store &store)
    : m_store(&store)
    , m_context(std::make_unique<QObject>())
{}

PrintLedger::~PrintLedger() = default;

devices::escpos::Document PrintLedger::slipDocument(const std::vector<std::string> &lines)
{
    devices::escpos::Document document;
    for (const auto &line : lines) {
        document.text(line);
    }
    document.feed(3).cut();
    return document;
}

void PrintLedger::watch(devices::printer::ReceiptPrinter &printer)
{
    if (std::find(m_watched.begin(), m_watched.end(), &printer) != m_watched.end()) {
        return;
    }
    m_watched.push_back(&printer);
    QObject::connect(&printer, &devices::printer::ReceiptPrinter::jobCompleted, m_context.get(),
                     [this](const QString &jobId) {
                         const auto it = m_pending.find(jobId);
                         if (it == m_pending.end()) {
                             return; // printed by someone else than this ledger
                         }
                         const Pending what = std::move(it->second);
                         m_pending.erase(it);
                         const auto s = m_store->recordPrinted(
                             {jobId.toStdString(), what.kind, what.receiptNumber, {}});
                         if (!s.ok()) {
                             // Printed, but a retry after a restart would print it again.
                             spdlog::error("printed job {} not recorded: {}: {}",
                                           jobId.toStdString(), s.error().code, s.error().message);
                         }
                     });
    QObject::connect(&printer, &devices::printer::ReceiptPrinter::jobFailed, m_context.get(),
                     [this](const QString &jobId) { m_pending.erase(jobId); });
    QObject::connect(&printer, &QObject::destroyed, m_context.get(), [this, p = &printer] {
        m_watched.erase(std::remove(m_watched.begin(), m_watched.end(), p), m_watched.end());
    });
}

core::Status PrintLedger::submit(devices::printer::ReceiptPrinter &printer, const QString &jobId,
                                 devices::escpos::Document document, bool copy, Pending what)
{
    const std::string id = jobId.toStdString();
    if (m_pending.count(jobId) != 0) {
        // A second press while the first is queued: the first job's record must stay.
        return core::makeError("printer.already_queued",
                               id + " is already being printed; wait for it to finish");
    }
    auto printed = m_store->wasPrinted(id);
    if (!printed.ok()) {
        return printed.error();
    }
    if (*printed) {
        return core::makeError("printer.already_printed",
                               id
                                   + " printed before (it is in the store's printed jobs); it is "
                                     "not printed again: reprint it as a COPY");
    }
    watch(printer);
    devices::printer::PrintJob job;
    job.id = jobId;
    job.copy = copy;
    job.document = std::move(document);
    m_pending[jobId] = std::move(what);
    auto queued = printer.print(std::move(job));
    if (!queued.ok()) {
        m_pending.erase(jobId);
    }
    return queued;
}

core::Result<std::int64_t> PrintLedger::nextCopy(const std::string &receiptNumber)
{
    auto printed = m_store->copiesPrinted(receiptNumber);
    if (!printed.ok()) {
        return printed.error();
    }
    // Copies queued now but not yet complete count too, so two presses never share an id.
    const auto queued = std::count_if(m_pending.begin(), m_pending.end(), [&](const auto &p) {
        return p.second.kind == "copy" && p.second.receiptNumber == receiptNumber;
    });
    return *printed + std::int64_t(queued) + 1;
}

core::Status PrintLedger::printReceipt(devices::printer::ReceiptPrinter &printer,
                                       devices::escpos::Document body,
                                       const std::string &receiptNumber, bool copy)
{
    if (!copy) {
        return submit(printer, QString::fromStdString(receiptNumber), std::move(body), false,
                      {"receipt", receiptNumber});
    }
    auto n = nextCopy(receiptNumber);
    if (!n.ok()) {
        return n.error();
    }
    const std::string suffix = "-copy-" + std::to_string(*n);
    auto slips = m_store->cardSlips(receiptNumber);
    if (!slips.ok()) {
        return slips.error();
    }
    if (auto s = submit(printer, QString::fromStdString(receiptNumber + suffix), std::move(body),
                        true, {"copy", receiptNumber});
        !s.ok()) {
        return s;
    }
    for (std::size_t i = 0; i < slips->size(); ++i) {
        const std::string card = i == 0 ? "-card" : "-card" + std::to_string(i + 1);
        if (auto s = submit(printer, QString::fromStdString(receiptNumber + card + suffix),
                            slipDocument((*slips)[i]), true, {"slip", receiptNumber});
            !s.ok()) {
            return s;
        }
    }
    return {};
}

core::Status PrintLedger::printSlip(devices::printer::ReceiptPrinter &printer,
                                    const std::string &jobId, const std::string &receiptNumber,
                                    const std::vector<std::string> &lines)
{
    // A terminal that does not mask would put a full card number on paper: the slip is
    // printed from the same masked lines the store keeps.
    std::vector<std::string> masked = lines;
    core::CardSlip::sanitize(masked);
    return submit(printer, QString::fromStdString(jobId), slipDocument(masked), false,
                  {"slip", receiptNumber});
}

core::Status PrintLedger::printDocument(devices::printer::ReceiptPrinter &printer,
                                        const QString &jobId, devices::escpos::Document document)
{
    if (jobId.endsWith(QLatin1String("-copy"))) {
        // A reprint the caller asked for ("z-3-copy"): never refused from the store; the
        // printer still refuses the same id twice within one run.
        devices::printer::PrintJob job;
        job.id = jobId;
        job.document = std::move(document);
        return printer.print(std::move(job));
    }
    return submit(printer, jobId, std::move(document), false, {"document", std::string()});
}

} // namespace lane::app
