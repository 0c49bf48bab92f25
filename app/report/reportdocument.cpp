#include "app/report/reportdocument.h"

#include <sstream>
#include <string>

#include "core/report/reportformat.h"

namespace lane::app {

devices::escpos::Document reportDocument(const core::Report &report, int utcOffsetMinutes,
                                         int columns)
{
    namespace escpos = devices::escpos;
    escpos::Document doc;
    std::istringstream lines(core::renderReportText(report, columns, utcOffsetMinutes));
    std::string line;
    bool first = true;
    while (std::getline(lines, line)) {
        escpos::TextStyle style;
        // The title and the section headings (all capitals, no figures) print bold.
        const bool heading
            = !line.empty() && line.find_first_of("0123456789") == std::string::npos
              && line.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos
              && line.find_first_not_of("=- ") != std::string::npos;
        style.bold = heading;
        if (first) {
            style.doubleHeight = true;
            first = false;
        }
        doc.text(line, style);
    }
    doc.feed(3).cut();
    return doc;
}

} // namespace lane::app
