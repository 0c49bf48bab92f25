#include "core/store/sqlitecatalog.h"

#include <spdlog/spdlog.h>

namespace lane::core {

namespace {

const std::string kByBarcode = std::string("SELECT ") + SqliteCatalog::kItemColumns
                               + " FROM item_barcode b JOIN item i ON i.id = b.item_id"
                                 " WHERE b.gtin14 = ?";
const std::string kByPlu
    = std::string("SELECT ") + SqliteCatalog::kItemColumns + " FROM item i WHERE i.plu = ?";
const std::string kBySku
    = std::string("SELECT ") + SqliteCatalog::kItemColumns + " FROM item i WHERE i.sku = ?";
const std::string kByName = std::string("SELECT ") + SqliteCatalog::kItemColumns
                            + " FROM item_name_fts f JOIN item i ON i.id = f.rowid"
                              " WHERE item_name_fts MATCH ? LIMIT ?";

// FTS5 query "w1"* "w2"*: every word of the input as a quoted prefix, so user text can
// never be parsed as FTS syntax.
std::string ftsPrefixQuery(std::string_view text)
{
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) {
            ++i;
        }
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '\t') {
            ++j;
        }
        if (j > i) {
            std::string word;
            for (char c : text.substr(i, j - i)) {
                word += c;
                if (c == '"') {
                    word += '"';
                }
            }
            if (!out.empty()) {
                out += ' ';
            }
            out += '"' + word + "\"*";
        }
        i = j;
    }
    return out;
}

} // namespace

Item SqliteCatalog::readItem(Statement &st) const
{
    Item item;
    item.sku = st.columnText(1);
    item.name = st.columnText(2);
    if (!st.columnIsNull(3)) {
        item.plu = st.columnText(3);
    }
    item.department = st.columnText(4);
    item.price = Money(st.columnInt(5), m_currency);
    item.taxClass = st.columnText(6);
    item.weighed = st.columnInt(7) != 0;
    if (!st.columnIsNull(8)) {
        item.minimumAge = static_cast<int>(st.columnInt(8));
    }
    item.discountable = st.columnInt(9) != 0;
    item.returnable = st.columnInt(10) != 0;
    if (!st.columnIsNull(11)) {
        item.depositSku = st.columnText(11);
    }
    item.tareGrams = st.columnInt(12);
    return item;
}

std::optional<Item> SqliteCatalog::findOne(std::string_view sql, std::string_view key) const
{
    auto fail = [this](const Error &e) -> std::optional<Item> {
        spdlog::error("catalog lookup failed: {}: {}", e.code, e.message);
        m_lastError = e;
        return std::nullopt;
    };
    m_lastError.reset();
    std::int64_t id = 0;
    std::optional<Item> item;
    {
        auto st = m_db->prepare(sql);
        if (!st) {
            return fail(st.error());
        }
        if (auto s = (*st)->bind(1, key); !s) {
            return fail(s.error());
        }
        auto row = (*st)->step();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            return std::nullopt;
        }
        id = (*st)->columnInt(0);
        item = readItem(**st);
    }
    auto codes = m_db->prepare("SELECT gtin14 FROM item_barcode WHERE item_id = ? ORDER BY gtin14");
    if (!codes) {
        return fail(codes.error());
    }
    if (auto s = (*codes)->bind(1, id); !s) {
        return fail(s.error());
    }
    for (;;) {
        auto row = (*codes)->step();
        if (!row) {
            return fail(row.error());
        }
        if (!*row) {
            break;
        }
        item->barcodes.push_back((*codes)->columnText(0));
    }
    return item;
}

std::optional<Item> SqliteCatalog::findByBarcode(std::string_view gtin14) const
{
    return findOne(kByBarcode, gtin14);
}

std::optional<Item> SqliteCatalog::findByPlu(std::string_view plu) const
{
    return findOne(kByPlu, plu);
}

std::optional<Item> SqliteCatalog::findBySku(std::string_view sku) const
{
    return findOne(kBySku, sku);
}

Result<std::vector<Item>> SqliteCatalog::searchByName(std::string_view prefix, int limit) const
{
    std::vector<Item> out;
    const std::string query = ftsPrefixQuery(prefix);
    if (query.empty() || limit <= 0) {
        return out;
    }
    auto st = m_db->prepare(kByName);
    if (!st) {
        return st.error();
    }
    Status s = (*st)->bind(1, std::string_view(query));
    if (s) {
        s = (*st)->bind(2, static_cast<std::int64_t>(limit));
    }
    if (!s) {
        return s.error();
    }
    for (;;) {
        auto row = (*st)->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        out.push_back(readItem(**st));
    }
    return out;
}

Result<std::int64_t> SqliteCatalog::itemCount() const
{
    return m_db->queryInt("SELECT COUNT(*) FROM item");
}

} // namespace lane::core
