#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/sale/item.h"

namespace lane::core {

/// Where the sale engine finds items. The SQLite store implements it for the lane; tests
/// use MemoryCatalog.
class Catalog
{
public:
    virtual ~Catalog() = default;
    virtual std::optional<Item> findByBarcode(std::string_view gtin14) const = 0;
    virtual std::optional<Item> findByPlu(std::string_view plu) const = 0;
    virtual std::optional<Item> findBySku(std::string_view sku) const = 0;
};

} // namespace lane::core
