#include "core/payment/maskedpan.h"

namespace lane::core {

Result<MaskedPan> MaskedPan::fromMasked(std::string_view text)
{
    if (text.empty() || text.size() > 19)
        return makeError("payment.pan.length",
                         "masked card number must have 1 to 19 positions, got "
                             + std::to_string(text.size()));
    std::string norm;
    norm.reserve(text.size());
    for (char c : text) {
        if (c >= '0' && c <= '9')
            norm.push_back(c);
        else if (c == '*' || c == 'X' || c == 'x' || c == 'E')
            norm.push_back('*');
        else
            return makeError("payment.pan.char", "masked card number contains a character that is "
                                                 "neither a digit nor a mask");
    }
    // Visible digits only as a leading run and a trailing run around at least one mask.
    std::size_t lead = 0;
    while (lead < norm.size() && norm[lead] != '*')
        ++lead;
    if (lead == norm.size())
        return makeError("payment.pan.unmasked", "card number is not masked; refusing to keep it");
    std::size_t trail = 0;
    while (trail < norm.size() && norm[norm.size() - 1 - trail] != '*')
        ++trail;
    for (std::size_t i = lead; i < norm.size() - trail; ++i)
        if (norm[i] != '*')
            return makeError("payment.pan.middle", "masked card number shows digits in the middle");
    if (lead > std::size_t(kMaxLeading) || trail > std::size_t(kMaxTrailing) || lead + trail > 10)
        return makeError("payment.pan.visible",
                         "masked card number shows " + std::to_string(lead) + " leading and "
                             + std::to_string(trail)
                             + " trailing digits; at most 6 and 4 are allowed");
    return MaskedPan(std::move(norm));
}

int maskCardNumbers(std::string &text)
{
    const auto found = findCardNumbers(text);
    for (const auto &span : found) {
        // All digits but the last four become '*'; separators stay.
        int keep = 4;
        for (std::size_t k = span.end; k-- > span.begin;) {
            if (text[k] < '0' || text[k] > '9')
                continue;
            if (keep > 0)
                --keep;
            else
                text[k] = '*';
        }
    }
    return static_cast<int>(found.size());
}

std::string MaskedPan::lastFour() const
{
    std::string s;
    for (std::size_t i = m_text.size(); i-- > 0 && s.size() < 4;) {
        if (m_text[i] == '*')
            break;
        s.insert(s.begin(), m_text[i]);
    }
    return s;
}

} // namespace lane::core
