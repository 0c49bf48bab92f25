#include "app/lanectl/sellscript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lane::app::lanectl {
namespace {

struct Reader
{
    std::string file;
    core::Currency currency;

    core::Error error(const std::string &where, const std::string &what) const
    {
        return core::makeError("script.invalid", file + ": " + where + ": " + what);
    }

    // Amounts are strings in major units ("12.50", "5000") so JSON never carries floats.
    core::Result<core::Money> amount(const QJsonObject &o, const char *key,
                                     const std::string &where) const
    {
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            return error(where, std::string(key) + " must be a decimal amount in a string");
        }
        auto m = core::Money::parse(v.toString().toStdString(), currency);
        if (!m || m->isNegative()) {
            return error(where, std::string(key) + ": \"" + v.toString().toStdString()
                                    + "\" is not a decimal amount for "
                                    + std::string(currency.alpha()));
        }
        return m;
    }

    core::Result<std::int64_t> positiveInt(const QJsonObject &o, const char *key,
                                           const std::string &where) const
    {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d <= 0 || d != static_cast<double>(static_cast<std::int64_t>(d))) {
            return error(where, std::string(key) + " must be a positive whole number");
        }
        return static_cast<std::int64_t>(d);
    }

    core::Status checkKeys(const QJsonObject &o, std::initializer_list<const char *> known,
                           const std::string &where) const
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const std::string k = it.key().toStdString();
            bool ok = false;
            for (const char *n : known) {
                ok = ok || k == n;
            }
            if (!ok) {
                return error(where, "unknown key \"" + k + "\"");
            }
        }
        return {};
    }
};

} // namespace

core::Result<SellScript> loadSellScript(const std::string &path, core::Currency currency)
{
    const std::string file = path.substr(path.find_last_of('/') + 1);
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly)) {
        return core::makeError("script.open",
                               path + ": cannot open: " + f.errorString().toStdString());
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (perr.error != QJsonParseError::NoError) {
        return core::makeError("script.invalid", file + ": JSON syntax error at offset "
                                                     + std::to_string(perr.offset) + ": "
                                                     + perr.errorString().toStdString());
    }
    Reader rd{file, currency};
    if (!doc.isObject()) {
        return rd.error("top level", "must be an object with \"sales\"");
    }
    const QJsonObject root = doc.object();
    if (auto s = rd.checkKeys(root, {"cashier", "sales"}, "top level"); !s) {
        return s.error();
    }
    SellScript script;
    if (root.contains("cashier")) {
        const QJsonObject c = root.value("cashier").toObject();
        script.cashierId = c.value("id").toString("c1").toStdString();
        script.cashierName = c.value("name").toString("Cashier").toStdString();
    }
    if (!root.value("sales").isArray() || root.value("sales").toArray().isEmpty()) {
        return rd.error("sales", "must be a non-empty array");
    }
    const QJsonArray sales = root.value("sales").toArray();
    for (qsizetype i = 0; i < sales.size(); ++i) {
        ScriptSale sale;
        sale.where = "sales[" + std::to_string(i) + "]";
        const QJsonObject so = sales[i].toObject();
        if (auto s = rd.checkKeys(
                so, {"items", "discount_percent", "age_verified", "tenders", "void"}, sale.where);
            !s) {
            return s.error();
        }
        const QJsonArray items = so.value("items").toArray();
        if (items.isEmpty()) {
            return rd.error(sale.where, "needs a non-empty \"items\" array");
        }
        for (qsizetype k = 0; k < items.size(); ++k) {
            ScriptItem item;
            item.where = sale.where + ".items[" + std::to_string(k) + "]";
            const QJsonObject io = items[k].toObject();
            if (auto s = rd.checkKeys(
                    io, {"scan", "plu", "sku", "quantity", "weight_g", "price_override", "reason"},
                    item.where);
                !s) {
                return s.error();
            }
            item.scan = io.value("scan").toString().toStdString();
            item.plu = io.value("plu").toString().toStdString();
            item.sku = io.value("sku").toString().toStdString();
            if (item.scan.empty() + item.plu.empty() + item.sku.empty() != 2) {
                return rd.error(item.where, "needs exactly one of \"scan\", \"plu\", \"sku\"");
            }
            if (io.contains("quantity") && io.contains("weight_g")) {
                return rd.error(item.where, "takes \"quantity\" or \"weight_g\", not both");
            }
            if (io.contains("quantity")) {
                auto q = rd.positiveInt(io, "quantity", item.where);
                if (!q) {
                    return q.error();
                }
                item.quantityMilli = *q * 1000;
            } else if (io.contains("weight_g")) {
                auto g = rd.positiveInt(io, "weight_g", item.where);
                if (!g) {
                    return g.error();
                }
                item.quantityMilli = *g;
                item.weightGiven = true;
            }
            if (io.contains("price_override")) {
                auto m = rd.amount(io, "price_override", item.where);
                if (!m) {
                    return m.error();
                }
                item.priceOverride = *m;
                item.reason = io.value("reason").toString("script").toStdString();
            }
            sale.items.push_back(std::move(item));
        }
        if (so.contains("discount_percent")) {
            const double p = so.value("discount_percent").toDouble(-1);
            if (p <= 0 || p > 100) {
                return rd.error(sale.where, "discount_percent must be above 0 and at most 100");
            }
            sale.discountBasisPoints = static_cast<std::int64_t>(p * 100 + 0.5);
        }
        sale.ageVerified = so.value("age_verified").toBool(false);
        sale.voidSale = so.value("void").toBool(false);
        const QJsonArray tenders = so.value("tenders").toArray();
        if (sale.voidSale != tenders.isEmpty()) {
            return rd.error(sale.where, sale.voidSale ? "a voided sale takes no tenders"
                                                      : "needs a non-empty \"tenders\" array "
                                                        "(or \"void\": true)");
        }
        for (qsizetype k = 0; k < tenders.size(); ++k) {
            ScriptTender t;
            t.where = sale.where + ".tenders[" + std::to_string(k) + "]";
            const QJsonObject to = tenders[k].toObject();
            if (auto s = rd.checkKeys(
                    to,
                    {"cash", "card", "voucher", "masked_pan", "scheme", "auth_code", "reference"},
                    t.where);
                !s) {
                return s.error();
            }
            const char *key = to.contains("cash")      ? "cash"
                              : to.contains("card")    ? "card"
                              : to.contains("voucher") ? "voucher"
                                                       : nullptr;
            if (!key) {
                return rd.error(t.where, "needs one of \"cash\", \"card\", \"voucher\"");
            }
            t.kind = key[1] == 'a' && key[0] == 'c' && key[2] == 's' ? ScriptTender::Kind::Cash
                     : key[0] == 'c'                                 ? ScriptTender::Kind::Card
                                                                     : ScriptTender::Kind::Voucher;
            auto m = rd.amount(to, key, t.where);
            if (!m) {
                return m.error();
            }
            t.amount = *m;
            t.maskedPan = to.value("masked_pan").toString().toStdString();
            t.scheme = to.value("scheme").toString("VISA").toStdString();
            t.authCode = to.value("auth_code").toString("000000").toStdString();
            t.reference = to.value("reference").toString().toStdString();
            if (t.kind == ScriptTender::Kind::Card && t.maskedPan.empty()) {
                return rd.error(t.where, "a card tender needs \"masked_pan\" (first 6 / last 4)");
            }
            sale.tenders.push_back(std::move(t));
        }
        script.sales.push_back(std::move(sale));
    }
    return script;
}

} // namespace lane::app::lanectl
