#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

#include "core/base/result.h"
#include "core/sale/receipt.h"
#include "core/sale/transaction.h"

namespace lane::app {

/// A sale the store recorded: the receipt as printed and its receipt number.
struct RecordedSale
{
    core::Receipt receipt;
    std::string receiptNumber; // "S0123-02-20261122-000042"
};

/// What the sale screen needs from the store: the open sale kept across crashes, finished
/// sales with their receipt numbers, suspended baskets and sales looked up for returns.
/// main adapts the SQLite store to it; the view model never sees SQL.
class SaleRepository
{
public:
    virtual ~SaleRepository() = default;
    /// Called after every mutation; the open sale is durable once it returns ok.
    virtual core::Status saveOpen(const core::TransactionSnapshot &snapshot) = 0;
    /// The sale that was open when the lane stopped (crash, power loss), if any.
    virtual std::optional<core::TransactionSnapshot> loadOpen() = 0;
    /// Records a paid (or voided) transaction durably and allocates its receipt number;
    /// nothing is written when it fails.
    virtual core::Result<RecordedSale> record(const core::Transaction &transaction) = 0;
    virtual core::Status suspend(const core::TransactionSnapshot &snapshot) = 0;
    virtual std::vector<core::TransactionSnapshot> suspended() = 0;
    virtual core::Result<core::TransactionSnapshot> takeSuspended(const std::string &id) = 0;
    /// A finished sale for a return.
    virtual core::Result<core::SaleRecord> findSale(const std::string &receiptNumber) = 0;
    virtual core::Status recordNoSale(const std::string &userId, const std::string &reason) = 0;
};

/// What the sale screen needs from the lane's devices; the device manager implements it.
class LanePeripherals
{
public:
    virtual ~LanePeripherals() = default;
    /// The scale's current weight in grams when it is stable; nothing while it moves or
    /// when there is no scale.
    virtual std::optional<std::int64_t> stableWeightGrams() = 0;
    /// Prints the receipt with a barcode of `receiptNumber`; `copy` marks a reprint COPY.
    /// Fails with the printer's problem.
    virtual core::Status printReceipt(const core::Receipt &receipt,
                                      const std::string &receiptNumber, bool copy)
        = 0;
    /// Prints the card terminal's slip (its own receipt lines) as a separate job `jobId`, so
    /// a retry never prints it twice. Peripherals without a printer of their own refuse it.
    virtual core::Status printSlip(const std::string &jobId, const std::vector<std::string> &lines)
    {
        (void)lines;
        return core::makeError("printer.not_configured",
                               "no printer for the card slip " + jobId + " on this lane");
    }
    /// Opens the cash drawer; `noSale` journals it as a no-sale opening.
    virtual core::Status openDrawer(bool noSale) = 0;
    /// Two lines on the customer display (item and price, or total).
    virtual void showOnCustomerDisplay(const QString &line1, const QString &line2) = 0;
    /// Audible alert (unknown barcode): printer buzzer or display beep.
    virtual void alert() = 0;
};

} // namespace lane::app
