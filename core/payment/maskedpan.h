#pragma once

#include <string>
#include <string_view>

#include "core/base/cardnumber.h" // luhnValid, findCardNumbers
#include "core/base/result.h"

namespace lane::core {

/// A card number as the POS may hold it (PCI DSS 3.3): at most the first 6 and the last 4
/// digits visible, everything else masked. The only way to build one refuses anything more.
class MaskedPan
{
public:
    static constexpr int kMaxLeading = 6;
    static constexpr int kMaxTrailing = 4;

    /// Accepts digits and mask characters ('*', 'X', 'x', 'E'); masks become '*'. Refuses
    /// more than 6 leading or 4 trailing visible digits, visible digits in the middle,
    /// more than 10 visible in total, other characters, or more than 19 positions.
    static Result<MaskedPan> fromMasked(std::string_view text);

    const std::string &text() const { return m_text; }
    std::string lastFour() const;
    bool operator==(const MaskedPan &) const = default;

private:
    explicit MaskedPan(std::string text)
        : m_text(std::move(text))
    {}
    std::string m_text;
};

/// Masks every full card number in free text such as a terminal's slip line
/// (findCardNumbers): all its digits but the last four become '*', separators stay. Returns how
/// many numbers were masked.
int maskCardNumbers(std::string &text);

} // namespace lane::core
