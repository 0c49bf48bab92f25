#pragma once

#include <string>

#include "core/report/reportmodel.h"

namespace lane::core {

/// Fixed-width text for the receipt printer and the terminal (42 columns on 80 mm paper).
/// Times are printed in store time (`utcOffsetMinutes`).
std::string renderReportText(const Report &report, int width = 42, int utcOffsetMinutes = 0);
/// One "section,key,name,count,quantity_milli,amount_minor" row per figure, RFC 4180 quoting.
std::string reportCsv(const Report &report);
/// The whole model as canonical JSON (sorted keys, integers only).
std::string reportJson(const Report &report);

} // namespace lane::core
