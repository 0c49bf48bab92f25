#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/money.h"

namespace lane::core {

/// A sellable item as the catalog holds it.
struct Item
{
    std::string sku;                   // unique key
    std::string name;                  // UTF-8
    std::vector<std::string> barcodes; // GTIN-14 normalised (see ScanCode::gtin14)
    std::optional<std::string> plu;    // price look-up code keyed by the cashier
    std::string department;
    Money price{0, Currency{}};    // unit price; per kg when weighed
    std::string taxClass;          // key into the tax table
    bool weighed = false;          // sold by weight; price is per kg
    std::optional<int> minimumAge; // age-restricted when set
    bool discountable = true;
    bool returnable = true;
    std::optional<std::string> depositSku; // e.g. bottle deposit added with this item
    std::int64_t tareGrams = 0;            // container weight subtracted on the scale

    bool operator==(const Item &) const = default;
};

} // namespace lane::core
