#include <spdlog/spdlog.h>

#include "app/lanectl/reportoutput.h"
#include "app/report/reportdocument.h"
#include "devices/escpos/document.h"
#include "devices/escpos/encoder.h"
#include "devices/printer/qttextcodec.h"

namespace lane::app::lanectl {

void LogEventSink::emit(core::Severity severity, std::string_view name, std::string_view message,
                        std::vector<core::EventAttribute> attributes)
{
    std::string attrs;
    for (const auto &a : attributes) {
        attrs += " " + a.key + "=";
        if (const auto *t = std::get_if<std::string>(&a.value)) {
            attrs += *t;
        } else if (const auto *i = std::get_if<std::int64_t>(&a.value)) {
            attrs += std::to_string(*i);
        } else {
            attrs += std::get<bool>(a.value) ? "true" : "false";
        }
    }
    const auto level = severity == core::Severity::Error  ? spdlog::level::err
                       : severity == core::Severity::Warn ? spdlog::level::warn
                                                          : spdlog::level::info;
    spdlog::log(level, "{}: {}{}", name, message, attrs);
}

core::Result<std::string> reportEscPos(const core::Report &report, int utcOffsetMinutes)
{
    namespace escpos = devices::escpos;
    const escpos::Document doc = reportDocument(report, utcOffsetMinutes);
    // Korean firmware profile: item names print as EUC-KR text.
    const auto profile = escpos::PrinterProfile::korean80mm();
    escpos::EscPosEncoder encoder(profile, devices::printer::makeTextEncoder(profile));
    auto bytes = encoder.encode(doc);
    if (!bytes) {
        return bytes.error();
    }
    return std::string(bytes->begin(), bytes->end());
}

} // namespace lane::app::lanectl
