#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/sale/catalog.h"

namespace lane::core {

/// A catalog held in memory, for tests, benchmarks and the demo.
class MemoryCatalog final : public Catalog
{
public:
    /// Adds or replaces an item; a barcode or PLU already used by another SKU is an Error.
    Status add(Item item);

    std::optional<Item> findByBarcode(std::string_view gtin14) const override;
    std::optional<Item> findByPlu(std::string_view plu) const override;
    std::optional<Item> findBySku(std::string_view sku) const override;
    std::size_t size() const { return m_items.size(); }

private:
    std::map<std::string, Item, std::less<>> m_items; // by SKU
    std::map<std::string, std::string, std::less<>> m_barcodes;
    std::map<std::string, std::string, std::less<>> m_plus;
};

} // namespace lane::core
