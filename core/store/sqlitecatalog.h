#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/money.h"
#include "core/sale/catalog.h"
#include "core/store/sqlite.h"

namespace lane::core {

/// The catalog as the lane reads it: core::Catalog over the store's SQLite tables with
/// prepared statements (barcode and PLU through unique indexes, names through FTS5).
class SqliteCatalog final : public Catalog
{
public:
    SqliteCatalog(Database &db, Currency currency)
        : m_db(&db)
        , m_currency(currency)
    {}

    std::optional<Item> findByBarcode(std::string_view gtin14) const override;
    std::optional<Item> findByPlu(std::string_view plu) const override;
    std::optional<Item> findBySku(std::string_view sku) const override;

    /// Items whose name has words starting with each word of `prefix` ("초코 우" finds
    /// "초코 우유"), at most `limit`, in catalog order. For the UI's search box.
    Result<std::vector<Item>> searchByName(std::string_view prefix, int limit) const;
    /// searchByName where words may hold Hangul initial consonants ("ㅂㄴㄴ" finds "바나나",
    /// "ㅊㅋ 우" finds "초코 우유"). Such a word is resolved against the name index's term
    /// list by a bounded skip-scan (never a scan of the items): at most kMaxInitialsTerms
    /// term prefixes per word, so a very broad word may leave some items out.
    Result<std::vector<Item>> searchByInitials(std::string_view text, int limit) const;
    static constexpr int kMaxInitialsTerms = 64;
    Result<std::int64_t> itemCount() const;
    /// The last lookup error (a lookup returning nullopt may mean "not found" or this).
    const std::optional<Error> &lastError() const { return m_lastError; }

    /// Reads the item the cursor's columns (kItemColumns order) describe.
    Item readItem(Statement &st) const;
    static constexpr const char *kItemColumns
        = "i.id, i.sku, i.name, i.plu, i.department, i.price_minor, i.tax_class, i.weighed, "
          "i.minimum_age, i.discountable, i.returnable, i.deposit_sku, i.tare_grams";

private:
    std::optional<Item> findOne(std::string_view sql, std::string_view key) const;
    /// Items whose name matches an FTS5 query, by rank, at most `limit`.
    Result<std::vector<Item>> itemsMatching(const std::string &ftsQuery, int limit) const;

    Database *m_db;
    Currency m_currency;
    mutable std::optional<Error> m_lastError;
};

} // namespace lane::core
