#pragma once

#include "core/payment/paymentjournal.h"

struct sqlite3;

namespace lane::core {

/// The payment journal in SQLite, on a connection owned by the caller (the store). Creates
/// its tables with CREATE TABLE IF NOT EXISTS (schema in docs/payments.md) so the store can
/// fold them into its migrations later. Each call is one transaction; intents and results
/// follow the connection's settings, which must be WAL with synchronous=FULL (the store's
/// default); "sent" and intermediate steps are committed with synchronous=NORMAL.
class SqlitePaymentJournal final : public PaymentJournal
{
public:
    /// Creates the tables if needed; an error names the SQLite message.
    static Result<SqlitePaymentJournal> open(sqlite3 *db);

    Status writeIntent(const PaymentRecord &record) override;
    Status recordStep(const PaymentRecord &record, std::string_view step) override;
    Result<std::vector<PaymentRecord>> findUnresolved() const override;
    Result<std::optional<PaymentRecord>> find(std::string_view id) const override;
    Result<std::vector<PaymentRecord>> findBySale(std::string_view saleId) const override;
    Result<std::optional<std::string>>
    lastTerminalReceipt(std::string_view provider) const override;
    Result<std::vector<std::string>> steps(std::string_view id) const override;

private:
    explicit SqlitePaymentJournal(sqlite3 *db)
        : m_db(db)
    {}
    Result<std::vector<PaymentRecord>> query(std::string_view where, std::string_view arg) const;
    Status appendStep(const PaymentRecord &record, std::string_view step);

    sqlite3 *m_db = nullptr;
};

} // namespace lane::core
