#include "core/store/catalogio.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

#include "core/barcode/gtin.h"
#include "core/barcode/scancode.h"
#include "core/store/csvreader.h"

namespace lane::core {

namespace {

enum Column {
    kSku,
    kName,
    kBarcodes,
    kPlu,
    kDepartment,
    kPrice,
    kTaxClass,
    kWeighed,
    kMinimumAge,
    kDiscountable,
    kReturnable,
    kDepositSku,
    kTareGrams,
    kColumnCount
};

constexpr std::array<const char *, kColumnCount> kColumnNames{
    "sku",        "name",        "barcodes",   "plu",         "department",
    "price",      "tax_class",   "weighed",    "minimum_age", "discountable",
    "returnable", "deposit_sku", "tare_grams",
};
constexpr std::array<bool, kColumnCount> kRequired{true,  true,  false, false, true,  true, true,
                                                   false, false, false, false, false, false};

std::string trim(std::string_view s)
{
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos) {
        return {};
    }
    const auto e = s.find_last_not_of(" \t");
    return std::string(s.substr(b, e - b + 1));
}

std::optional<bool> parseBool(std::string_view s, bool dflt)
{
    if (s.empty()) {
        return dflt;
    }
    if (s == "1" || s == "true" || s == "yes" || s == "y") {
        return true;
    }
    if (s == "0" || s == "false" || s == "no" || s == "n") {
        return false;
    }
    return std::nullopt;
}

std::optional<std::int64_t> parseInt(std::string_view s)
{
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) {
        return std::nullopt;
    }
    return v;
}

} // namespace

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(text);
    }
    std::string out = "\"";
    for (char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

Result<CatalogImportStats> importCatalogCsv(Database &db, const std::string &path,
                                            Currency currency, const ImportProgress &progress)
{
    auto reader = CsvReader::open(path);
    if (!reader) {
        return reader.error();
    }
    CsvReader &csv = **reader;
    const std::string file = path.substr(path.find_last_of('/') + 1);
    auto at = [&](const std::string &column, const std::string &what) {
        return makeError("catalog.import", file + ":" + std::to_string(csv.recordLine())
                                               + ": column " + column + ": " + what);
    };

    std::vector<std::string> fields;
    auto header = csv.next(fields);
    if (!header) {
        return header.error();
    }
    if (!*header) {
        return makeError("catalog.import", file + ": empty file (a header line is required)");
    }
    std::array<int, kColumnCount> index;
    index.fill(-1);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string name = trim(fields[i]);
        auto it = std::find_if(kColumnNames.begin(), kColumnNames.end(),
                               [&](const char *n) { return name == n; });
        if (it == kColumnNames.end()) {
            return makeError("catalog.import",
                             file + ":1: unknown column \"" + name + "\" in the header");
        }
        const auto c = static_cast<std::size_t>(it - kColumnNames.begin());
        if (index[c] >= 0) {
            return makeError("catalog.import", file + ":1: column \"" + name + "\" appears twice");
        }
        index[c] = static_cast<int>(i);
    }
    for (std::size_t c = 0; c < kColumnCount; ++c) {
        if (kRequired[c] && index[c] < 0) {
            return makeError("catalog.import",
                             file + ":1: required column \"" + kColumnNames[c] + "\" is missing");
        }
    }
    const std::size_t width = fields.size();

    auto tx = TransactionGuard::begin(db);
    if (!tx) {
        return tx.error();
    }
    if (auto s = db.exec("DELETE FROM item_barcode; DELETE FROM item;"); !s) {
        return s.error();
    }
    auto insItem = db.prepare(
        "INSERT INTO item (sku, name, plu, department, price_minor, tax_class, weighed, "
        "minimum_age, discountable, returnable, deposit_sku, tare_grams) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insItem) {
        return insItem.error();
    }
    auto insCode = db.prepare("INSERT INTO item_barcode (gtin14, item_id) VALUES (?, ?)");
    if (!insCode) {
        return insCode.error();
    }
    auto findCode = db.prepare(
        "SELECT i.sku FROM item_barcode b JOIN item i ON i.id = b.item_id WHERE b.gtin14 = ?");
    if (!findCode) {
        return findCode.error();
    }
    auto findPlu = db.prepare("SELECT sku FROM item WHERE plu = ?");
    if (!findPlu) {
        return findPlu.error();
    }

    CatalogImportStats stats;
    std::int64_t lastReport = 0;
    for (;;) {
        auto more = csv.next(fields);
        if (!more) {
            return more.error();
        }
        if (!*more) {
            break;
        }
        if (fields.size() != width) {
            return makeError("catalog.import", file + ":" + std::to_string(csv.recordLine()) + ": "
                                                   + std::to_string(fields.size())
                                                   + " fields, the header has "
                                                   + std::to_string(width));
        }
        auto get = [&](Column c) -> std::string {
            return index[c] < 0 ? std::string() : trim(fields[static_cast<std::size_t>(index[c])]);
        };
        const std::string sku = get(kSku);
        const std::string name = get(kName);
        if (sku.empty()) {
            return at("sku", "is empty");
        }
        if (name.empty()) {
            return at("name", "is empty");
        }
        const std::string dept = get(kDepartment);
        if (dept.empty()) {
            return at("department", "is empty");
        }
        const std::string priceText = get(kPrice);
        auto price = Money::parse(priceText, currency);
        if (!price) {
            const std::string cur(currency.alpha());
            if (price.error().code == "money.precision") {
                return at("price", "\"" + priceText + "\" has more decimals than " + cur
                                       + " allows (" + std::to_string(currency.exponent) + ")");
            }
            return at("price", "\"" + priceText + "\" is not a decimal amount for " + cur);
        }
        if (price->isNegative()) {
            return at("price", "\"" + priceText + "\" is negative");
        }
        const std::string taxClass = get(kTaxClass);
        if (taxClass.empty()) {
            return at("tax_class", "is empty");
        }
        const auto weighed = parseBool(get(kWeighed), false);
        if (!weighed) {
            return at("weighed", "\"" + get(kWeighed) + "\" is not a yes/no value (1/0)");
        }
        const auto discountable = parseBool(get(kDiscountable), true);
        if (!discountable) {
            return at("discountable", "\"" + get(kDiscountable) + "\" is not a yes/no value (1/0)");
        }
        const auto returnable = parseBool(get(kReturnable), true);
        if (!returnable) {
            return at("returnable", "\"" + get(kReturnable) + "\" is not a yes/no value (1/0)");
        }
        std::optional<std::int64_t> minimumAge;
        if (const auto t = get(kMinimumAge); !t.empty()) {
            minimumAge = parseInt(t);
            if (!minimumAge || *minimumAge < 0 || *minimumAge > 99) {
                return at("minimum_age", "\"" + t + "\" is not an age in years (0-99)");
            }
        }
        std::int64_t tare = 0;
        if (const auto t = get(kTareGrams); !t.empty()) {
            const auto v = parseInt(t);
            if (!v || *v < 0) {
                return at("tare_grams", "\"" + t + "\" is not a whole number of grams");
            }
            tare = *v;
        }
        std::optional<std::string> plu;
        if (auto t = get(kPlu); !t.empty()) {
            plu = std::move(t);
        }
        std::optional<std::string> deposit;
        if (auto t = get(kDepositSku); !t.empty()) {
            deposit = std::move(t);
        }

        Statement &ins = **insItem;
        Status s = ins.bind(1, std::string_view(sku));
        if (s)
            s = ins.bind(2, std::string_view(name));
        if (s)
            s = ins.bind(3, plu);
        if (s)
            s = ins.bind(4, std::string_view(dept));
        if (s)
            s = ins.bind(5, price->minor());
        if (s)
            s = ins.bind(6, std::string_view(taxClass));
        if (s)
            s = ins.bind(7, std::int64_t{*weighed});
        if (s)
            s = ins.bind(8, minimumAge);
        if (s)
            s = ins.bind(9, std::int64_t{*discountable});
        if (s)
            s = ins.bind(10, std::int64_t{*returnable});
        if (s)
            s = ins.bind(11, deposit);
        if (s)
            s = ins.bind(12, tare);
        if (s)
            s = ins.run();
        ins.reset();
        if (!s) {
            if (s.error().code != "store.constraint") {
                return s.error();
            }
            if (plu) {
                (void)(*findPlu)->bind(1, std::string_view(*plu));
                auto row = (*findPlu)->step();
                const bool taken = row && *row;
                const std::string other = taken ? (*findPlu)->columnText(0) : "";
                (*findPlu)->reset();
                if (taken) {
                    return at("plu", "\"" + *plu + "\" is already used by item " + other);
                }
            }
            return at("sku", "\"" + sku + "\" appears more than once");
        }
        const std::int64_t itemId = db.lastInsertRowId();

        const std::string codes = get(kBarcodes);
        std::size_t pos = 0;
        while (pos <= codes.size() && !codes.empty()) {
            const auto bar = codes.find_first_of("| ", pos);
            const std::string code = trim(std::string_view(codes).substr(
                pos, bar == std::string::npos ? std::string::npos : bar - pos));
            pos = bar == std::string::npos ? codes.size() + 1 : bar + 1;
            if (code.empty()) {
                continue;
            }
            if (!isValidGtin(code)) {
                return at("barcodes",
                          "\"" + code + "\" is not a GTIN-8/12/13/14 with a valid check digit");
            }
            const std::string gtin = toGtin14(code);
            Statement &ic = **insCode;
            Status cs = ic.bind(1, std::string_view(gtin));
            if (cs)
                cs = ic.bind(2, itemId);
            if (cs)
                cs = ic.run();
            ic.reset();
            if (!cs) {
                if (cs.error().code != "store.constraint") {
                    return cs.error();
                }
                (void)(*findCode)->bind(1, std::string_view(gtin));
                auto row = (*findCode)->step();
                const std::string other = row && *row ? (*findCode)->columnText(0) : sku;
                (*findCode)->reset();
                return at("barcodes", "\"" + code + "\" is already used by item " + other);
            }
            ++stats.barcodes;
        }
        ++stats.items;
        if (progress && csv.bytesRead() - lastReport > (1 << 20)) {
            lastReport = csv.bytesRead();
            progress(lastReport, csv.fileSize());
        }
    }
    // Deposits must point at items of the same file.
    {
        auto st = db.prepare("SELECT i.sku, i.deposit_sku FROM item i WHERE i.deposit_sku IS NOT "
                             "NULL AND NOT EXISTS (SELECT 1 FROM item d WHERE d.sku = "
                             "i.deposit_sku) LIMIT 1");
        if (!st) {
            return st.error();
        }
        auto row = (*st)->step();
        if (!row) {
            return row.error();
        }
        if (*row) {
            return makeError("catalog.import",
                             file + ": item " + (*st)->columnText(0) + ": column deposit_sku: \""
                                 + (*st)->columnText(1) + "\" is not an item in this file");
        }
    }
    if (auto s = db.exec("INSERT INTO item_name_fts(item_name_fts) VALUES ('rebuild')"); !s) {
        return s.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    if (progress) {
        progress(csv.fileSize(), csv.fileSize());
    }
    return stats;
}

Status exportCatalogCsv(Database &db, Currency currency, std::ostream &out)
{
    for (std::size_t c = 0; c < kColumnCount; ++c) {
        out << (c ? "," : "") << kColumnNames[c];
    }
    out << "\r\n";
    auto st = db.prepare(
        "SELECT i.sku, i.name, (SELECT group_concat(gtin14, '|') FROM (SELECT gtin14 FROM "
        "item_barcode b WHERE b.item_id = i.id ORDER BY gtin14)), i.plu, i.department, "
        "i.price_minor, i.tax_class, i.weighed, i.minimum_age, i.discountable, i.returnable, "
        "i.deposit_sku, i.tare_grams FROM item i ORDER BY i.id");
    if (!st) {
        return st.error();
    }
    for (;;) {
        auto row = (*st)->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        Statement &r = **st;
        out << csvField(r.columnText(0)) << ',' << csvField(r.columnText(1)) << ','
            << r.columnText(2) << ',' << csvField(r.columnText(3)) << ','
            << csvField(r.columnText(4)) << ',' << Money(r.columnInt(5), currency).toDecimalString()
            << ',' << csvField(r.columnText(6)) << ',' << r.columnInt(7) << ','
            << (r.columnIsNull(8) ? std::string() : std::to_string(r.columnInt(8))) << ','
            << r.columnInt(9) << ',' << r.columnInt(10) << ',' << csvField(r.columnText(11)) << ','
            << r.columnInt(12) << "\r\n";
    }
    if (!out) {
        return makeError("catalog.export", "write failed");
    }
    return {};
}

} // namespace lane::core
