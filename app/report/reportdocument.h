#pragma once

#include "core/report/reportmodel.h"
#include "devices/escpos/document.h"

namespace lane::app {

/// The report as the receipt printer prints it: the fixed-width text of core/report's
/// renderer in `columns` columns, the title double height, section headings bold, and a cut
/// at the end. The lane's manager screens and `lanectl report --format escpos` both print it.
devices::escpos::Document reportDocument(const core::Report &report, int utcOffsetMinutes,
                                         int columns = 42);

} // namespace lane::app
