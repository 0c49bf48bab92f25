#pragma once

#include <string>

#include "core/base/events.h"
#include "core/base/result.h"
#include "core/report/reportmodel.h"

namespace lane::app::lanectl {

/// Cash control and Z events from lanectl go to its log (stderr at --verbose levels): the
/// headless tool has no telemetry spool of its own.
class LogEventSink final : public core::EventSink
{
public:
    void emit(core::Severity severity, std::string_view name, std::string_view message,
              std::vector<core::EventAttribute> attributes) override;
};

/// The report as a receipt-printer job: ESC/POS bytes of the fixed-width text rendering,
/// built through the devices' document model (bold headings, cut at the end).
core::Result<std::string> reportEscPos(const core::Report &report, int utcOffsetMinutes);

/// The report as an A4 PDF (QPdfWriter): figures in two columns and bar charts of the
/// hourly and per-department sales. Needs a QGuiApplication (offscreen is enough).
core::Status writeReportPdf(const core::Report &report, int utcOffsetMinutes,
                            const std::string &path);

} // namespace lane::app::lanectl
