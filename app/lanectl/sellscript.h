#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/money.h"
#include "core/base/result.h"

namespace lane::app::lanectl {

/// One basket entry of a sell script: a scan, a PLU (with a weight) or a SKU.
struct ScriptItem
{
    std::string where; // "sales[0].items[2]", for messages
    std::string scan;  // raw scan as a scanner sends it
    std::string plu;
    std::string sku;
    std::int64_t quantityMilli = 1000; // "quantity" units, or "weight_g" grams
    bool weightGiven = false;
    std::optional<core::Money> priceOverride;
    std::string reason;
};

/// One tender of a sell script.
struct ScriptTender
{
    std::string where;
    enum class Kind { Cash, Card, Voucher } kind = Kind::Cash;
    core::Money amount{0, core::Currency{}};
    std::string maskedPan, scheme, authCode, reference;
};

/// One sale: items, optional transaction discount and age check, tenders or a void.
struct ScriptSale
{
    std::string where;
    std::vector<ScriptItem> items;
    std::int64_t discountBasisPoints = 0;
    bool ageVerified = false;
    bool voidSale = false;
    std::vector<ScriptTender> tenders;
};

/// A sell script (JSON, docs/formats.md), checked completely before any sale runs.
struct SellScript
{
    std::string cashierId = "c1";
    std::string cashierName = "Cashier";
    std::vector<ScriptSale> sales;
};

/// Reads and checks a script; errors name the file and the JSON path.
core::Result<SellScript> loadSellScript(const std::string &path, core::Currency currency);

} // namespace lane::app::lanectl
