#include "core/store/sqlitecatalog.h"

#include <spdlog/spdlog.h>

#include "core/base/hangul.h"
#include "core/base/utf8.h"

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

// The words of a search text: runs between spaces and tabs.
std::vector<std::string_view> splitWords(std::string_view text)
{
    std::vector<std::string_view> words;
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
            words.push_back(text.substr(i, j - i));
        }
        i = j;
    }
    return words;
}

// FTS5 query "w1"* "w2"*: every word of the input as a quoted prefix, so user text can
// never be parsed as FTS syntax.
std::string ftsPrefixQuery(std::string_view text)
{
    std::string out;
    for (std::string_view word : splitWords(text)) {
        if (!out.empty()) {
            out += ' ';
        }
        out += '"';
        for (char c : word) {
            out += c;
            if (c == '"') {
                out += '"';
            }
        }
        out += "\"*";
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
    return itemsMatching(query, limit);
}

Result<std::vector<Item>> SqliteCatalog::itemsMatching(const std::string &ftsQuery, int limit) const
{
    std::vector<Item> out;
    auto st = m_db->prepare(kByName);
    if (!st) {
        return st.error();
    }
    if (Status s = (*st)->bindAll(std::string_view(ftsQuery), std::int64_t(limit)); !s) {
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

// Initial-consonant search: the words holding initial jamo are turned into the term prefixes
// that exist in the name index, found by seeking the index's term list (fts5vocab) rather
// than reading items.
namespace {

// Seeks per word: each one is a B-tree lookup in the term list, a few microseconds; the cap
// keeps a pathological word (many near-misses) from running long on a keystroke.
constexpr int kMaxSeeks = 512;

// The term list of the name index, in the connection's temp schema (no store migration):
// the 'instance' kind answers a seek with the first instance of a term, without reading
// the term's whole document list as the 'row' kind does.
constexpr const char *kCreateTerms = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.lane_item_name_terms"
                                     " USING fts5vocab(main, 'item_name_fts', 'instance')";
constexpr const char *kNextTerm
    = "SELECT term FROM temp.lane_item_name_terms WHERE term >= ?1 AND term < ?2 LIMIT 1";

char32_t foldAscii(char32_t c)
{
    return c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c;
}

char32_t lowOf(char32_t q)
{
    return HangulInitials::isInitialJamo(q) ? HangulInitials::firstSyllable(q) : foldAscii(q);
}

char32_t highOf(char32_t q)
{
    return HangulInitials::isInitialJamo(q) ? HangulInitials::lastSyllable(q) : foldAscii(q);
}

// The smallest string above every string starting with s.
std::u32string successor(std::u32string s)
{
    s.back() = s.back() == 0xD7FF ? 0xE000 : s.back() + 1;
    return s;
}

// The distinct prefixes (as long as the word) of the index's terms that the word matches,
// character by character (HangulInitials::matchesChar). Skip-scan: seek the first term at or
// above a bound, find where it stops matching, and jump past the whole run that cannot match.
Result<std::vector<std::string>> termPrefixes(Database &db, std::u32string_view q)
{
    std::vector<std::string> out;
    auto st = db.prepare(kNextTerm);
    if (!st) {
        return st.error();
    }
    const std::string upper = encodeUtf8(std::u32string(1, highOf(q[0]) + 1));
    std::u32string from(1, lowOf(q[0]));
    for (int seek = 0; seek < kMaxSeeks; ++seek) {
        (*st)->reset();
        const std::string fromUtf8 = encodeUtf8(from);
        Status bound = (*st)->bindAll(fromUtf8, upper);
        if (!bound) {
            return bound.error();
        }
        auto row = (*st)->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const std::u32string term = decodeUtf8((*st)->columnText(0));
        std::size_t i = 0;
        while (i < q.size() && i < term.size() && term[i] >= lowOf(q[i])
               && term[i] <= highOf(q[i])) {
            ++i;
        }
        if (i == q.size()) {
            const std::u32string prefix = term.substr(0, q.size());
            out.push_back(encodeUtf8(prefix));
            if (int(out.size()) >= SqliteCatalog::kMaxInitialsTerms) {
                break;
            }
            from = successor(prefix);
        } else if (i == term.size()) {
            from = term + lowOf(q[i]); // a shorter term: the next candidate extends it
        } else if (term[i] < lowOf(q[i])) {
            from = term.substr(0, i) + lowOf(q[i]);
        } else if (i == 0) {
            break;
        } else {
            from = successor(term.substr(0, i));
        }
    }
    return out;
}

} // namespace

Result<std::vector<Item>> SqliteCatalog::searchByInitials(std::string_view text, int limit) const
{
    std::vector<Item> out;
    const auto words = splitWords(text);
    if (words.empty() || limit <= 0) {
        return out;
    }
    if (Status s = m_db->exec(kCreateTerms); !s) {
        return s.error();
    }
    std::string query;
    for (std::string_view word : words) {
        if (!query.empty()) {
            query += " AND ";
        }
        if (!HangulInitials::hasInitialJamo(word)) {
            query += ftsPrefixQuery(word);
            continue;
        }
        auto prefixes = termPrefixes(*m_db, decodeUtf8(word));
        if (!prefixes) {
            return prefixes.error();
        }
        if (prefixes->empty()) {
            return out; // no name in the catalog has a word like this one
        }
        query += '(';
        for (std::size_t i = 0; i < prefixes->size(); ++i) {
            query += (i ? " OR " : "") + ftsPrefixQuery((*prefixes)[i]);
        }
        query += ')';
    }
    return itemsMatching(query, limit);
}

} // namespace lane::core
