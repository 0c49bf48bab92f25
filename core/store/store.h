#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/clock.h"
#include "core/base/money.h"
#include "core/base/result.h"
#include "core/sale/receipt.h"
#include "core/sale/transaction.h"
#include "core/store/canonicaljson.h"
#include "core/store/journal.h"
#include "core/store/sqlite.h"
#include "core/store/sqlitecatalog.h"

namespace lane::core {

/// Who this device is: store code plus POS number, its currency and store time offset.
struct DeviceIdentity
{
    std::string storeCode; // "S0123"
    std::string posNumber; // "02"
    Currency currency;
    int utcOffsetMinutes = 0; // store time = UTC + offset (business day)
    std::string keyPath;      // journal HMAC key file (0600)
    std::string anchorPath;   // external journal anchor file
    std::string deviceId() const { return storeCode + "-" + posNumber; }
};

/// What `lanectl init` asks for.
struct StoreInit
{
    std::string dbPath;
    std::string storeCode;
    std::string posNumber;
    Currency currency;
    int utcOffsetMinutes = 0;
    bool force = false; // replace an existing database, key and anchor
};

/// A receipt number allocated inside a commit: per device, monotonic, never reused.
struct ReceiptNumber
{
    std::int64_t seq = 0;
    Date businessDate;
    std::string text; // "S0123-02-20261122-000042"
};
std::string formatReceiptNumber(const DeviceIdentity &device, const Date &date, std::int64_t seq);

/// The card terminal's slip lines by the card tender's reference (CardApproval::reference,
/// the payment id).
using CardSlips = std::map<std::string, std::vector<std::string>>;

/// The closed transaction the caller builds once its receipt number is known.
struct ClosedTransaction
{
    Receipt receipt;              // Finalized (sale or return) or Voided
    TransactionSnapshot snapshot; // kept with the sale, for returns and support
    std::string receiptText;      // rendered receipt, may be empty
    /// Stored with their card tenders in the same commit; card numbers are masked before
    /// they are written.
    CardSlips cardSlips;
};

/// A print job that reached output complete, kept so that a retry after a restart is
/// recognised and never prints the same receipt twice.
struct PrintedJob
{
    std::string jobId;         // "S0123-02-20261122-000042", "...-card", "...-copy-2"
    std::string kind;          // "receipt", "copy", "slip" or "document"
    std::string receiptNumber; // empty for documents without one (reports)
    TimePoint printedAt{};
};

/// The persisted basket in progress.
struct PersistedBasket
{
    std::int64_t revision = 0; // number of mutations persisted since the basket began
    TransactionSnapshot snapshot;
};

/// What a commit produced.
struct CommittedRecord
{
    ReceiptNumber number;
    std::int64_t journalSeq = 0;
    std::string kind; // "sale", "return", "void"
};

/// A basket put aside (suspended) to serve another customer, as listed for resuming.
struct SuspendedBasket
{
    std::int64_t id = 0; // never reused, so an id names one basket only
    TimePoint suspendedAt;
    std::string userId;         // who suspended it
    std::string cashierName;    // from the basket's header
    std::int64_t itemCount = 0; // active lines
    Money total{0, Currency{}};
    TransactionSnapshot snapshot; // state Suspended, as it was put aside
};

/// How to open a store.
struct StoreOptions
{
    const char *vfs = nullptr; // a SQLite VFS name (tests: FaultVfs::kName)
};

/// The lane's offline store: one SQLite database (WAL, synchronous=FULL) holding the
/// device identity, catalog, basket in progress, sales and the HMAC-chained journal.
/// Every write either commits completely or leaves the database as it was; errors carry
/// stable codes ("store.disk_full", "store.io_error", "store.read_only", "store.corrupt").
class Store
{
public:
    /// Creates a new database, device identity, journal key and anchor.
    static Result<std::unique_ptr<Store>> init(const StoreInit &init, const Clock &clock,
                                               StoreOptions options = {});
    /// Opens an existing store, upgrading its schema; refuses newer schemas.
    static Result<std::unique_ptr<Store>> open(const std::string &dbPath, const Clock &clock,
                                               StoreOptions options = {});
    ~Store();

    const DeviceIdentity &identity() const { return m_identity; }
    Database &database() { return *m_db; }
    SqliteCatalog &catalog() { return *m_catalog; }
    const Clock &clock() const { return *m_clock; }

    /// Persists the basket in progress after a mutation: one small row write (FULL sync).
    Status saveBasket(const TransactionSnapshot &snapshot);
    /// The basket to restore after a restart, if one was in progress.
    Result<std::optional<PersistedBasket>> loadBasket();
    Status clearBasket();

    /// Puts the basket aside in one commit: the suspended row, the removal of the basket in
    /// progress and a "suspend" journal entry. `snapshot` is in state Suspended; `total` is
    /// what the engine priced it at. Returns the new id.
    Result<std::int64_t> suspendBasket(const TransactionSnapshot &snapshot, const Money &total);
    /// The suspended baskets, oldest first.
    Result<std::vector<SuspendedBasket>> suspendedBaskets();
    /// Takes suspended basket `id` back in one commit: its row is removed, `reopen(snapshot)`
    /// (the engine's resume) becomes the basket in progress and a "resume" journal entry is
    /// written (with `userId` when the caller knows it). Refuses ("store.basket_in_progress") while
    /// a basket with lines is in progress and ("store.not_found") an unknown id. Returns the
    /// snapshot as suspended.
    using Reopen = std::function<Result<TransactionSnapshot>(const TransactionSnapshot &)>;
    Result<TransactionSnapshot> takeSuspended(std::int64_t id, const std::string &userId,
                                              const Reopen &reopen);

    /// Finalizes a sale, return or void in one SQLite transaction: allocates the receipt
    /// number and the business date (the open business day, else `businessDate`, else the
    /// store's date now; "business_day.closed" after a Z), calls `build` with them, writes the
    /// sale, lines, tenders, tax summary and journal entry, clears the basket in progress, commits
    /// with a full sync, and only then returns. On any error nothing is written and the caller
    /// still holds its sale.
    using BuildClosed = std::function<Result<ClosedTransaction>(const ReceiptNumber &)>;
    Result<CommittedRecord> commitTransaction(std::optional<Date> businessDate,
                                              const BuildClosed &build);

    /// Journals an event outside a sale (no_sale, price_override, z_report, sign_on).
    Result<JournalEntry> recordEvent(std::string_view type, const CanonicalJson &payload);
    Result<JournalVerdict> verifyJournal();

    /// Loads a committed sale (for returns and reprints).
    Result<std::optional<TransactionSnapshot>> loadSale(const std::string &receiptNumber);

    /// The card slips stored with a committed sale, one per card tender that had one, in
    /// tender order (empty for a sale without).
    Result<std::vector<std::vector<std::string>>> cardSlips(const std::string &receiptNumber);

    /// Records a print job that reached output complete (kept once: a second record of the
    /// same id changes nothing). storeprint.cpp.
    Status recordPrinted(const PrintedJob &job);
    /// Whether job `jobId` printed before (this run or an earlier one).
    Result<bool> wasPrinted(const std::string &jobId);
    /// How many COPY reprints of `receiptNumber` printed, so the next copy gets a new id.
    Result<std::int64_t> copiesPrinted(const std::string &receiptNumber);

    /// Device settings (device kinds to simulator names, and the like).
    Status setSetting(const std::string &key, const std::string &value);
    Result<std::vector<std::pair<std::string, std::string>>> settings();

    /// Moves the WAL into the database when it has grown; call when idle (after the
    /// receipt printed). Sale commits never checkpoint, so they cost one WAL fsync.
    Status maintenance(bool force = false);
    /// Pages in the WAL since the last checkpoint reset it (monitoring, benchmarks).
    int walPages() const { return m_walPages; }
    /// The store's business day for `t` (UTC + the device's offset).
    Date businessDateAt(TimePoint t) const;

private:
    Store(std::unique_ptr<Database> db, const Clock &clock);
    Status configure();
    Status loadIdentity();
    void afterCommit(const JournalEntry &entry);
    Status storeCardSlip(std::int64_t saleId, std::int64_t tenderNo, const std::string &reference,
                         const CardSlips &slips);

    std::unique_ptr<Database> m_db;
    const Clock *m_clock;
    DeviceIdentity m_identity;
    std::optional<JournalKey> m_key;
    std::unique_ptr<SqliteCatalog> m_catalog;
    int m_walPages = 0;
};

} // namespace lane::core
