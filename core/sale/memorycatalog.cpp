#include "core/sale/memorycatalog.h"

namespace lane::core {

Status MemoryCatalog::add(Item item)
{
    if (item.sku.empty()) {
        return makeError("catalog.sku_missing", "item \"" + item.name + "\" has no SKU");
    }
    for (const auto &code : item.barcodes) {
        auto it = m_barcodes.find(code);
        if (it != m_barcodes.end() && it->second != item.sku) {
            return makeError("catalog.duplicate_barcode", "barcode " + code + " of SKU " + item.sku
                                                              + " already belongs to "
                                                              + it->second);
        }
    }
    if (item.plu) {
        auto it = m_plus.find(*item.plu);
        if (it != m_plus.end() && it->second != item.sku) {
            return makeError("catalog.duplicate_plu", "PLU " + *item.plu + " of SKU " + item.sku
                                                          + " already belongs to " + it->second);
        }
    }
    if (auto old = m_items.find(item.sku); old != m_items.end()) {
        for (const auto &code : old->second.barcodes) {
            m_barcodes.erase(code);
        }
        if (old->second.plu) {
            m_plus.erase(*old->second.plu);
        }
    }
    for (const auto &code : item.barcodes) {
        m_barcodes[code] = item.sku;
    }
    if (item.plu) {
        m_plus[*item.plu] = item.sku;
    }
    std::string sku = item.sku;
    m_items.insert_or_assign(std::move(sku), std::move(item));
    return {};
}

std::optional<Item> MemoryCatalog::findByBarcode(std::string_view gtin14) const
{
    auto it = m_barcodes.find(gtin14);
    return it == m_barcodes.end() ? std::nullopt : findBySku(it->second);
}

std::optional<Item> MemoryCatalog::findByPlu(std::string_view plu) const
{
    auto it = m_plus.find(plu);
    return it == m_plus.end() ? std::nullopt : findBySku(it->second);
}

std::optional<Item> MemoryCatalog::findBySku(std::string_view sku) const
{
    auto it = m_items.find(sku);
    if (it == m_items.end()) {
        return std::nullopt;
    }
    return it->second;
}

} // namespace lane::core
