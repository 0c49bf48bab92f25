#include "core/base/cardnumber.h"

#include <algorithm>
#include <string>

namespace lane::core {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// One group of digits [begin, end) inside a run of groups joined by single separators.
struct Group
{
    std::size_t begin;
    std::size_t end;
};

void findInRun(std::string_view text, const std::vector<Group> &run,
               std::vector<CardNumberSpan> &out)
{
    std::string digits;
    std::size_t g = 0;
    while (g < run.size()) {
        std::size_t best = 0; // one past the last group of the longest card number from g
        digits.clear();
        for (std::size_t h = g; h < run.size(); ++h) {
            digits.append(text.substr(run[h].begin, run[h].end - run[h].begin));
            if (digits.size() > 19)
                break;
            if (digits.size() >= 13 && luhnValid(digits))
                best = h + 1;
        }
        if (best == 0) {
            ++g;
            continue;
        }
        out.push_back({run[g].begin, run[best - 1].end});
        g = best;
    }
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

std::vector<CardNumberSpan> findCardNumbers(std::string_view text)
{
    std::vector<CardNumberSpan> out;
    if (std::count_if(text.begin(), text.end(), isDigit) < 13)
        return out; // the common case: nothing long enough to be a card number
    std::vector<Group> run;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i])) {
            ++i;
            continue;
        }
        run.clear();
        std::size_t total = 0;
        std::size_t j = i;
        for (;;) {
            const std::size_t begin = j;
            while (j < text.size() && isDigit(text[j]))
                ++j;
            run.push_back({begin, j});
            total += j - begin;
            if (j + 1 < text.size() && (text[j] == ' ' || text[j] == '-') && isDigit(text[j + 1])) {
                ++j;
                continue;
            }
            break;
        }
        if (total >= 13)
            findInRun(text, run, out);
        i = j;
    }
    return out;
}

} // namespace lane::core
