#include "core/payment/maskedpan.h"

#include <vector>

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

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// One group of digits (positions in the text) inside a run of groups joined by single spaces
// or dashes ("4111 1111 1111 1111").
using Group = std::vector<std::size_t>;

// Masks card numbers inside one run: spans of whole groups, longest first from each group, so
// a card number followed by another number ("4111 1111 1111 1111 12") is still found and a
// long number is never split into a made-up one.
int maskRun(std::string &text, const std::vector<Group> &run)
{
    int masked = 0;
    std::size_t g = 0;
    while (g < run.size()) {
        std::size_t best = 0;
        std::string digits;
        for (std::size_t h = g; h < run.size(); ++h) {
            for (std::size_t pos : run[h])
                digits.push_back(text[pos]);
            if (digits.size() > 19)
                break;
            if (digits.size() >= 13 && luhnValid(digits))
                best = h + 1;
        }
        if (best == 0) {
            ++g;
            continue;
        }
        std::vector<std::size_t> positions;
        for (std::size_t h = g; h < best; ++h)
            positions.insert(positions.end(), run[h].begin(), run[h].end());
        for (std::size_t k = 0; k + 4 < positions.size(); ++k)
            text[positions[k]] = '*';
        ++masked;
        g = best;
    }
    return masked;
}

} // namespace

bool luhnValid(std::string_view digits)
{
    if (digits.empty())
        return false;
    int sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (!isDigit(*it))
            return false;
        int d = *it - '0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

int maskCardNumbers(std::string &text)
{
    int masked = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i])) {
            ++i;
            continue;
        }
        // A run glued to letters is checked too: card numbers get pasted anywhere.
        std::vector<Group> run;
        std::size_t total = 0;
        std::size_t j = i;
        for (;;) {
            Group group;
            while (j < text.size() && isDigit(text[j]))
                group.push_back(j++);
            total += group.size();
            run.push_back(std::move(group));
            if (j + 1 < text.size() && (text[j] == ' ' || text[j] == '-') && isDigit(text[j + 1])) {
                ++j;
                continue;
            }
            break;
        }
        if (total >= 13)
            masked += maskRun(text, run);
        i = j;
    }
    return masked;
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
