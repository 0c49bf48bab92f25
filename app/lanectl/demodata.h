#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "core/base/money.h"
#include "core/sale/promotions.h"

namespace lane::app::lanectl {

/// What the demo catalog generator wrote.
struct DemoCatalog
{
    int items = 0;
    std::map<std::string, std::string> skuByName;
};

/// Writes the demo catalog (a few thousand items of a Korean supermarket, in the CSV
/// import format).
DemoCatalog writeDemoCatalog(std::ostream &out);

/// The demo promotions, over SKUs of the demo catalog.
std::vector<core::Promotion> demoPromotions(const DemoCatalog &catalog, core::Currency currency);

} // namespace lane::app::lanectl
