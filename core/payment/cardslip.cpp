#include "core/payment/cardslip.h"

#include <algorithm>

#include "core/payment/maskedpan.h"

namespace lane::core {

int CardSlip::sanitize(std::vector<std::string> &lines)
{
    int masked = 0;
    for (auto &line : lines) {
        std::replace_if(
            line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
        masked += maskCardNumbers(line);
    }
    return masked;
}

std::string CardSlip::join(const std::vector<std::string> &lines)
{
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            out.push_back('\n');
        }
        out += lines[i];
    }
    return out;
}

std::vector<std::string> CardSlip::split(std::string_view text)
{
    std::vector<std::string> out;
    if (text.empty()) {
        return out;
    }
    std::size_t start = 0;
    for (;;) {
        const auto end = text.find('\n', start);
        out.emplace_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) {
            return out;
        }
        start = end + 1;
    }
}

} // namespace lane::core
