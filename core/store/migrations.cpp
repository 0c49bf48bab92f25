#include "core/store/migrations.h"

#include <algorithm>
#include <array>
#include <string>

namespace lane::core {

namespace {

// Version 1: device identity, catalog, sales, journal. Amounts are integer minor units,
// quantities milli-units, timestamps UTC nanoseconds.
constexpr const char *kV1 = R"sql(
CREATE TABLE device (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  store_code TEXT NOT NULL,
  pos_number TEXT NOT NULL,
  currency TEXT NOT NULL,
  utc_offset_minutes INTEGER NOT NULL,
  key_path TEXT NOT NULL,
  anchor_path TEXT NOT NULL,
  created_utc_ns INTEGER NOT NULL);
CREATE TABLE device_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_receipt_seq INTEGER NOT NULL,
  journal_seq INTEGER NOT NULL,
  journal_hmac BLOB NOT NULL);
CREATE TABLE device_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE department (code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE item (
  id INTEGER PRIMARY KEY,
  sku TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  plu TEXT,
  department TEXT NOT NULL,
  price_minor INTEGER NOT NULL,
  tax_class TEXT NOT NULL,
  weighed INTEGER NOT NULL,
  minimum_age INTEGER,
  discountable INTEGER NOT NULL,
  returnable INTEGER NOT NULL,
  deposit_sku TEXT,
  tare_grams INTEGER NOT NULL);
CREATE UNIQUE INDEX item_plu ON item(plu) WHERE plu IS NOT NULL;
CREATE TABLE item_barcode (
  gtin14 TEXT PRIMARY KEY,
  item_id INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX item_barcode_item ON item_barcode(item_id);
CREATE TABLE current_basket (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  revision INTEGER NOT NULL,
  snapshot BLOB NOT NULL,
  updated_utc_ns INTEGER NOT NULL);
CREATE TABLE sale (
  id INTEGER PRIMARY KEY,
  receipt_seq INTEGER NOT NULL UNIQUE,
  receipt_number TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  business_date TEXT NOT NULL,
  started_utc_ns INTEGER NOT NULL,
  finalized_utc_ns INTEGER NOT NULL,
  cashier_id TEXT NOT NULL,
  cashier_name TEXT NOT NULL,
  currency TEXT NOT NULL,
  subtotal_minor INTEGER NOT NULL,
  savings_minor INTEGER NOT NULL,
  tax_minor INTEGER NOT NULL,
  total_minor INTEGER NOT NULL,
  cash_rounding_minor INTEGER NOT NULL,
  paid_minor INTEGER NOT NULL,
  change_minor INTEGER NOT NULL,
  journal_seq INTEGER NOT NULL,
  snapshot BLOB NOT NULL,
  receipt_text TEXT NOT NULL);
CREATE INDEX sale_time ON sale(finalized_utc_ns);
CREATE TABLE sale_line (
  sale_id INTEGER NOT NULL REFERENCES sale(id),
  line_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  sku TEXT NOT NULL,
  name TEXT NOT NULL,
  quantity_milli INTEGER NOT NULL,
  weighed INTEGER NOT NULL,
  unit_price_minor INTEGER NOT NULL,
  gross_minor INTEGER NOT NULL,
  discount_minor INTEGER NOT NULL,
  paid_minor INTEGER NOT NULL,
  tax_label TEXT NOT NULL,
  voided INTEGER NOT NULL,
  returned_quantity_milli INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (sale_id, line_id)) WITHOUT ROWID;
CREATE TABLE sale_tender (
  sale_id INTEGER NOT NULL REFERENCES sale(id),
  tender_no INTEGER NOT NULL,
  kind TEXT NOT NULL,
  tendered_minor INTEGER NOT NULL,
  applied_minor INTEGER NOT NULL,
  change_minor INTEGER NOT NULL,
  reference TEXT NOT NULL,
  masked_pan TEXT,
  scheme TEXT,
  auth_code TEXT,
  PRIMARY KEY (sale_id, tender_no)) WITHOUT ROWID;
CREATE TABLE sale_tax (
  sale_id INTEGER NOT NULL REFERENCES sale(id),
  tax_class TEXT NOT NULL,
  label TEXT NOT NULL,
  basis_points INTEGER NOT NULL,
  base_minor INTEGER NOT NULL,
  tax_minor INTEGER NOT NULL,
  gross_minor INTEGER NOT NULL,
  PRIMARY KEY (sale_id, tax_class)) WITHOUT ROWID;
CREATE TABLE journal (
  seq INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  timestamp_utc_ns INTEGER NOT NULL,
  payload TEXT NOT NULL,
  hmac BLOB NOT NULL);
-- Append-only by construction; the HMAC chain detects edits made around these triggers.
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
  BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
  BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
)sql";

// Version 2: word-prefix name search for the UI ("사과" from "사", "cola" from "co").
// External content, so names are stored once; the catalog writer rebuilds it.
constexpr const char *kV2 = R"sql(
CREATE VIRTUAL TABLE item_name_fts USING fts5(
  name, content='item', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
INSERT INTO item_name_fts(item_name_fts) VALUES ('rebuild');
)sql";

// Version 3: promotions for the sale engine and the users who sign on (PBKDF2 hashes only).
constexpr const char *kV3 = R"sql(
CREATE TABLE promotion (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  skus TEXT NOT NULL,
  get_skus TEXT NOT NULL,
  department TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  get_quantity INTEGER NOT NULL,
  price_minor INTEGER NOT NULL,
  basis_points INTEGER NOT NULL,
  start_utc_ns INTEGER,
  end_utc_ns INTEGER) WITHOUT ROWID;
CREATE TABLE app_user (
  id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  active INTEGER NOT NULL,
  pin_hash TEXT NOT NULL,
  badge_hash TEXT NOT NULL) WITHOUT ROWID;
)sql";

// Version 4: the store manager's cash control and reports. Shifts with counted floats and
// closing counts by denomination, cash movements, business days, Z records (final: never
// updated or deleted; grand totals carried forward) and incremental sales statistics.
constexpr const char *kV4 = R"sql(
CREATE TABLE shift (
  id INTEGER PRIMARY KEY,
  device TEXT NOT NULL,
  cashier_id TEXT NOT NULL,
  currency TEXT NOT NULL,
  opened_utc_ns INTEGER NOT NULL,
  open_sale_id INTEGER NOT NULL,
  open_journal_seq INTEGER NOT NULL,
  float_minor INTEGER NOT NULL,
  closed_utc_ns INTEGER,
  close_sale_id INTEGER,
  close_journal_seq INTEGER,
  closed_by TEXT,
  variance_minor INTEGER,
  approval_id TEXT,
  approver_id TEXT,
  approval_reason TEXT);
CREATE UNIQUE INDEX shift_one_open ON shift(device) WHERE closed_utc_ns IS NULL;
CREATE TABLE cash_movement (
  id INTEGER PRIMARY KEY,
  shift_id INTEGER NOT NULL REFERENCES shift(id),
  kind TEXT NOT NULL CHECK (kind IN ('paid_in', 'paid_out', 'pickup')),
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  reason TEXT NOT NULL,
  user_id TEXT NOT NULL,
  at_utc_ns INTEGER NOT NULL,
  journal_seq INTEGER NOT NULL);
CREATE INDEX cash_movement_shift ON cash_movement(shift_id);
CREATE TABLE cash_count (
  shift_id INTEGER NOT NULL REFERENCES shift(id),
  purpose TEXT NOT NULL CHECK (purpose IN ('float', 'close')),
  denomination_minor INTEGER NOT NULL CHECK (denomination_minor > 0),
  count INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (shift_id, purpose, denomination_minor)) WITHOUT ROWID;
CREATE TABLE shift_tender (
  shift_id INTEGER NOT NULL REFERENCES shift(id),
  tender TEXT NOT NULL,
  expected_minor INTEGER NOT NULL,
  counted_minor INTEGER NOT NULL,
  variance_minor INTEGER NOT NULL,
  PRIMARY KEY (shift_id, tender)) WITHOUT ROWID;
CREATE TABLE business_day (
  business_date TEXT PRIMARY KEY,
  opened_utc_ns INTEGER NOT NULL,
  closed_utc_ns INTEGER,
  z_number INTEGER) WITHOUT ROWID;
CREATE TABLE z_record (
  device TEXT NOT NULL,
  z_number INTEGER NOT NULL CHECK (z_number > 0),
  business_date TEXT NOT NULL,
  created_utc_ns INTEGER NOT NULL,
  first_sale_id INTEGER NOT NULL,
  last_sale_id INTEGER NOT NULL,
  first_journal_seq INTEGER NOT NULL,
  last_journal_seq INTEGER NOT NULL,
  z_journal_seq INTEGER NOT NULL,
  net_sales_minor INTEGER NOT NULL,
  gross_sales_minor INTEGER NOT NULL,
  grand_net_minor INTEGER NOT NULL,
  grand_gross_minor INTEGER NOT NULL,
  report_json TEXT NOT NULL,
  report_text TEXT NOT NULL,
  PRIMARY KEY (device, z_number)) WITHOUT ROWID;
CREATE TRIGGER z_record_no_update BEFORE UPDATE ON z_record
  BEGIN SELECT RAISE(ABORT, 'Z records are final'); END;
CREATE TRIGGER z_record_no_delete BEFORE DELETE ON z_record
  BEGIN SELECT RAISE(ABORT, 'Z records are final'); END;
CREATE INDEX sale_business_date ON sale(business_date);
CREATE TABLE stat_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_sale_id INTEGER NOT NULL,
  settlement_day INTEGER NOT NULL);
CREATE TABLE stat_product (
  period TEXT NOT NULL CHECK (period IN ('day', 'week', 'month')),
  period_start TEXT NOT NULL,
  sku TEXT NOT NULL,
  quantity_milli INTEGER NOT NULL,
  net_minor INTEGER NOT NULL,
  lines INTEGER NOT NULL,
  PRIMARY KEY (period, period_start, sku)) WITHOUT ROWID;
CREATE TABLE stat_settlement (
  period TEXT NOT NULL CHECK (period IN ('day', 'month')),
  period_start TEXT NOT NULL,
  sales INTEGER NOT NULL,
  returns INTEGER NOT NULL,
  voids INTEGER NOT NULL,
  net_minor INTEGER NOT NULL,
  tax_minor INTEGER NOT NULL,
  cash_minor INTEGER NOT NULL,
  card_minor INTEGER NOT NULL,
  voucher_minor INTEGER NOT NULL,
  change_minor INTEGER NOT NULL,
  PRIMARY KEY (period, period_start)) WITHOUT ROWID;
CREATE TABLE stat_device_seq (
  device TEXT PRIMARY KEY,
  last_seq INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE stat_issue (
  id INTEGER PRIMARY KEY,
  device TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('gap', 'duplicate')),
  from_seq INTEGER NOT NULL,
  to_seq INTEGER NOT NULL,
  sale_id INTEGER NOT NULL);
)sql";

// Version 5: what sign-on needs to survive a restart: lockout counters per user (and for
// badge scans), the per-store permission overrides, and the directory's shared badge salt.
constexpr const char *kV5 = R"sql(
CREATE TABLE auth_lockout (
  subject TEXT PRIMARY KEY,
  failures INTEGER NOT NULL CHECK (failures > 0),
  locked_until_utc_ns INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE permission_override (
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  permission TEXT NOT NULL CHECK (permission IN ('allow', 'approval', 'deny')),
  updated_utc_ns INTEGER NOT NULL,
  PRIMARY KEY (role, action)) WITHOUT ROWID;
CREATE TABLE auth_badge_salt (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  salt BLOB NOT NULL);
)sql";

// Version 6: baskets put aside to serve another customer (AUTOINCREMENT so an id is never
// reused: a resume names exactly the basket the cashier picked), and every time window of a
// promotion (days of the week, hours of the day, absolute period) where version 3 kept only
// one absolute period. Drops an index no query used.
constexpr const char *kV6 = R"sql(
CREATE TABLE suspended_basket (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  suspended_utc_ns INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  cashier_name TEXT NOT NULL,
  item_count INTEGER NOT NULL,
  currency TEXT NOT NULL,
  total_minor INTEGER NOT NULL,
  snapshot BLOB NOT NULL);
CREATE TABLE promotion_window (
  promotion_id TEXT NOT NULL,
  window_no INTEGER NOT NULL,
  start_utc_ns INTEGER,
  end_utc_ns INTEGER,
  days_of_week INTEGER NOT NULL CHECK (days_of_week BETWEEN 1 AND 127),
  from_minute INTEGER NOT NULL CHECK (from_minute BETWEEN 0 AND 1440),
  to_minute INTEGER NOT NULL CHECK (to_minute BETWEEN 0 AND 1440),
  PRIMARY KEY (promotion_id, window_no)) WITHOUT ROWID;
INSERT INTO promotion_window
  SELECT id, 0, start_utc_ns, end_utc_ns, 127, 0, 1440 FROM promotion
  WHERE start_utc_ns IS NOT NULL OR end_utc_ns IS NOT NULL;
ALTER TABLE promotion DROP COLUMN start_utc_ns;
ALTER TABLE promotion DROP COLUMN end_utc_ns;
-- Nothing looks sales up by their UTC time (exports and reports go by business date and
-- sale id), and every sale commit paid one more index page for it.
DROP INDEX sale_time;
)sql";

// Version 7: what a store keeps about printing and card slips. The card terminal's own
// receipt lines stored with the sale's card tender (card numbers masked), so a slip can be
// reprinted after a restart and an auditor sees it; the print jobs that reached output
// complete, so a retry after a crash never prints a receipt twice; and an index for the
// department grid, which otherwise scans the whole catalog and sorts the department's items
// by name (with the name in the index it reads them in order and stops at the page's limit).
// Only additions: a version 6 program never reads them and keeps selling on this database
// (minReader 6), it only does not keep slips or printed jobs of its own.
constexpr const char *kV7 = R"sql(
CREATE TABLE sale_tender_slip (
  sale_id INTEGER NOT NULL REFERENCES sale(id),
  tender_no INTEGER NOT NULL,
  lines TEXT NOT NULL,
  PRIMARY KEY (sale_id, tender_no)) WITHOUT ROWID;
CREATE TABLE printed_job (
  job_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('receipt', 'copy', 'slip', 'document')),
  receipt_number TEXT,
  printed_utc_ns INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX printed_job_receipt ON printed_job(receipt_number) WHERE receipt_number IS NOT NULL;
CREATE INDEX item_department ON item(department, name);
)sql";

constexpr std::array<Migration, 7> kMigrations{{
    {1, "device, catalog, sales, journal", kV1},
    {2, "item name search (FTS5)", kV2},
    {3, "promotions and users", kV3},
    {4, "shifts, cash control, Z records, sales statistics", kV4},
    {5, "lockouts, permission overrides, badge salt", kV5},
    {6, "suspended baskets, promotion time windows", kV6},
    {7, "card slips with the sale, printed jobs, department index", kV7, 6},
}};

} // namespace

std::span<const Migration> storeMigrations()
{
    return kMigrations;
}

int storeSchemaVersion()
{
    return kMigrations.back().version;
}

Result<int> readerVersion(Database &db)
{
    auto recorded = db.queryInt(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_reader'");
    if (!recorded) {
        return recorded.error();
    }
    auto version = *recorded ? db.queryInt("SELECT version FROM schema_reader WHERE id = 1")
                             : db.queryInt("PRAGMA user_version");
    if (!version) {
        return version.error();
    }
    return static_cast<int>(*version);
}

Status migrate(Database &db, std::span<const Migration> migrations)
{
    auto current = db.queryInt("PRAGMA user_version");
    if (!current) {
        return current.error();
    }
    auto reader = readerVersion(db);
    if (!reader) {
        return reader.error();
    }
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (*current > newest) {
        if (*reader <= newest) {
            return {}; // only additions this program does not know about: used as it is
        }
        return makeError("store.schema_too_new",
                         db.path() + ": database schema version " + std::to_string(*current)
                             + " is newer than this program supports (" + std::to_string(newest)
                             + "); it needs version " + std::to_string(*reader)
                             + " or newer: upgrade Lane before opening it");
    }
    int readerAfter = *reader;
    for (const auto &m : migrations) {
        if (m.version <= *current) {
            continue;
        }
        auto tx = TransactionGuard::begin(db);
        if (!tx) {
            return tx.error();
        }
        if (auto s = db.exec(m.sql); !s) {
            Error e = s.error();
            e.message = "migration to version " + std::to_string(m.version) + " (" + m.description
                        + "): " + e.message;
            return e;
        }
        if (auto s = db.exec("PRAGMA user_version = " + std::to_string(m.version)); !s) {
            return s.error();
        }
        readerAfter = std::max(readerAfter, m.minReader > 0 ? m.minReader : m.version);
        if (auto s = db.exec("CREATE TABLE IF NOT EXISTS schema_reader (id INTEGER PRIMARY KEY "
                             "CHECK (id = 1), version INTEGER NOT NULL); "
                             "INSERT INTO schema_reader (id, version) VALUES (1, "
                             + std::to_string(readerAfter)
                             + ") ON CONFLICT (id) DO UPDATE SET version = excluded.version");
            !s) {
            return s.error();
        }
        if (auto s = tx->commit(); !s) {
            return s.error();
        }
    }
    return {};
}

} // namespace lane::core
