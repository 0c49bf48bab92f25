#include "devices/escpos/gs1.h"

#include <algorithm>
#include <optional>

namespace lane::devices::escpos {
namespace {

struct AiRule
{
    int aiLength;
    int fixedLength; ///< 0 = variable
    int maxLength;
};

bool allDigits(std::string_view s)
{
    return !s.empty()
           && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The GS1 General Specifications table of AI lengths, by the first two digits; the AIs
// retail receipts and scanners use (GTIN, batch, dates, serial, weights, prices).
std::optional<AiRule> ruleFor(std::string_view digits)
{
    if (digits.size() < 2 || !allDigits(digits.substr(0, 2)))
        return std::nullopt;
    const int p = (digits[0] - '0') * 10 + (digits[1] - '0');
    if (p == 0)
        return AiRule{2, 18, 18};
    if (p == 1 || p == 2)
        return AiRule{2, 14, 14};
    if (p == 10 || p == 21 || p == 22)
        return AiRule{2, 0, 20};
    if (p >= 11 && p <= 17)
        return AiRule{2, 6, 6};
    if (p == 20)
        return AiRule{2, 2, 2};
    if (p == 24 || p == 25)
        return AiRule{3, 0, 30};
    if (p == 30 || p == 37)
        return AiRule{2, 0, 8};
    if (p >= 31 && p <= 36)
        return AiRule{4, 6, 6};
    if (p == 39)
        return AiRule{4, 0, 18};
    if (p == 41)
        return AiRule{3, 13, 13};
    if (p == 40 || p == 42)
        return AiRule{3, 0, 30};
    if (p >= 70 && p <= 89)
        return AiRule{4, 0, 30};
    if (p >= 90 && p <= 99)
        return AiRule{2, 0, 30};
    return std::nullopt;
}

core::Error gs1Error(std::string message)
{
    return core::makeError("gs1.invalid", std::move(message));
}

core::Status checkField(const Gs1Field &field)
{
    const auto rule = ruleFor(field.ai);
    if (!rule || int(field.ai.size()) != rule->aiLength || !allDigits(field.ai))
        return gs1Error("unknown GS1 application identifier '" + field.ai + "'");
    if (rule->fixedLength > 0 && int(field.value.size()) != rule->fixedLength)
        return gs1Error("AI (" + field.ai + ") needs " + std::to_string(rule->fixedLength)
                        + " characters, got " + std::to_string(field.value.size()));
    if (field.value.empty() || int(field.value.size()) > rule->maxLength)
        return gs1Error("AI (" + field.ai + ") value length " + std::to_string(field.value.size())
                        + " out of range");
    return {};
}

} // namespace

core::Result<std::vector<Gs1Field>> parseGs1Bracketed(std::string_view text)
{
    std::vector<Gs1Field> fields;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] != '[')
            return gs1Error("expected '[' at offset " + std::to_string(i));
        const auto close = text.find(']', i);
        if (close == std::string_view::npos)
            return gs1Error("unterminated AI at offset " + std::to_string(i));
        Gs1Field field;
        field.ai = std::string(text.substr(i + 1, close - i - 1));
        const auto next = std::min(text.find('[', close), text.size());
        field.value = std::string(text.substr(close + 1, next - close - 1));
        if (auto status = checkField(field); !status)
            return status.error();
        fields.push_back(std::move(field));
        i = next;
    }
    if (fields.empty())
        return gs1Error("no GS1 fields");
    return fields;
}

core::Result<std::vector<Gs1Field>> parseGs1ElementString(std::string_view text,
                                                          std::string_view separator)
{
    std::vector<Gs1Field> fields;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto rule = ruleFor(text.substr(i));
        if (!rule || i + std::size_t(rule->aiLength) > text.size())
            return gs1Error("unknown GS1 application identifier at offset " + std::to_string(i));
        Gs1Field field;
        field.ai = std::string(text.substr(i, std::size_t(rule->aiLength)));
        i += std::size_t(rule->aiLength);
        if (rule->fixedLength > 0) {
            field.value = std::string(text.substr(i, std::size_t(rule->fixedLength)));
            i += field.value.size();
        } else {
            const auto end = std::min(text.find(separator, i), text.size());
            field.value = std::string(text.substr(i, end - i));
            i = end;
        }
        if (auto status = checkField(field); !status)
            return status.error();
        if (text.substr(i, separator.size()) == separator)
            i += separator.size();
        fields.push_back(std::move(field));
    }
    if (fields.empty())
        return gs1Error("no GS1 fields");
    return fields;
}

std::string toGs1Bracketed(const std::vector<Gs1Field> &fields)
{
    std::string out;
    for (const auto &field : fields)
        out += "[" + field.ai + "]" + field.value;
    return out;
}

std::string toGs1ElementString(const std::vector<Gs1Field> &fields, std::string_view separator)
{
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        out += fields[i].ai + fields[i].value;
        const auto rule = ruleFor(fields[i].ai);
        if (rule && rule->fixedLength == 0 && i + 1 < fields.size())
            out += separator;
    }
    return out;
}

} // namespace lane::devices::escpos
