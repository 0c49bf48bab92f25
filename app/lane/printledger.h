#pragma once

#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/store/store.h"
#include "devices/escpos/document.h"

class QObject;

namespace lane::devices::printer {
class ReceiptPrinter;
}

namespace lane::app {

/// What the lane's receipt printer printed, kept in the store (printed_job) so that a retry
/// after a crash or restart never prints a receipt or card slip twice: an original that
/// printed before is refused with printer.already_printed and nothing reaches the printer; a
/// reprint is an explicit COPY under a new id and takes the card slips stored with the sale
/// along, marked COPY too. The printer itself stays free of the store: the ledger watches its
/// jobCompleted and records each job there.
class PrintLedger
{
public:
    explicit PrintLedger(core::Store &store);
    ~PrintLedger();
    PrintLedger(const PrintLedger &) = delete;
    PrintLedger &operator=(const PrintLedger &) = delete;

    /// The receipt `body` of sale `receiptNumber`: the original (job id = receipt number)
    /// or, with `copy`, a COPY followed by COPYs of the sale's stored card slips.
    core::Status printReceipt(devices::printer::ReceiptPrinter &printer,
                              devices::escpos::Document body, const std::string &receiptNumber,
                              bool copy);
    /// The card terminal's slip of sale `receiptNumber` as job `jobId` (an original).
    core::Status printSlip(devices::printer::ReceiptPrinter &printer, const std::string &jobId,
                           const std::string &receiptNumber, const std::vector<std::string> &lines);
    /// Any other document (report, Z) as job `jobId`; refused too when it printed before,
    /// except an id ending in "-copy" (a reprint the caller marked itself).
    core::Status printDocument(devices::printer::ReceiptPrinter &printer, const QString &jobId,
                               devices::escpos::Document document);

    /// The slip's lines as a printed document.
    static devices::escpos::Document slipDocument(const std::vector<std::string> &lines);

private:
    struct Pending
    {
        std::string kind;
        std::string receiptNumber;
    };
    core::Status submit(devices::printer::ReceiptPrinter &printer, const QString &jobId,
                        devices::escpos::Document document, bool copy, Pending what);
    void watch(devices::printer::ReceiptPrinter &printer);
    core::Result<std::int64_t> nextCopy(const std::string &receiptNumber);

    core::Store *m_store;
    std::unique_ptr<QObject> m_context; // owns the connections to the printers
    std::vector<devices::printer::ReceiptPrinter *> m_watched;
    std::map<QString, Pending> m_pending; // queued, not yet output complete
};

} // namespace lane::app
