#include "telemetry/redact.h"

#include "core/base/cardnumber.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace lane::telemetry {

namespace {

constexpr std::string_view kPanMask = "[PAN]";
constexpr std::string_view kSecretMask = "[REDACTED]";

std::string lower(std::string_view s)
{
    std::string out(s);
    for (auto &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Splits a key into words at '_', '-', '.', ' ' and lower->Upper camel-case boundaries.
std::vector<std::string> keyWords(std::string_view key)
{
    std::vector<std::string> words;
    std::string cur;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        if (c == '_' || c == '-' || c == '.' || c == ' ') {
            if (!cur.empty())
                words.push_back(std::move(cur));
            cur.clear();
            continue;
        }
        if (std::isupper(static_cast<unsigned char>(c)) && i > 0
            && std::islower(static_cast<unsigned char>(key[i - 1])) && !cur.empty()) {
            words.push_back(std::move(cur));
            cur.clear();
        }
        cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (!cur.empty())
        words.push_back(std::move(cur));
    return words;
}

bool redactPans(std::string &text)
{
    const auto found = core::findCardNumbers(text);
    // From the last to the first, so earlier offsets stay valid.
    for (auto it = found.rbegin(); it != found.rend(); ++it)
        text.replace(it->begin, it->end - it->begin, kPanMask);
    return !found.empty();
}

// "password=abc", "token: abc", "Authorization: Bearer abc" -> value replaced.
bool redactInlineSecrets(std::string &text)
{
    static constexpr std::array<std::string_view, 9> kNames
        = {"password", "passwd",        "secret", "token", "api_key",
           "apikey",   "authorization", "pin",    "cvv"};
    bool changed = false;
    std::string low = lower(text);
    for (auto name : kNames) {
        std::size_t from = 0;
        while ((from = low.find(name, from)) != std::string::npos) {
            const std::size_t keyEnd = from + name.size();
            const bool wordStart
                = from == 0 || !std::isalnum(static_cast<unsigned char>(low[from - 1]));
            std::size_t k = keyEnd;
            while (k < low.size() && low[k] == ' ')
                ++k;
            if (!wordStart || k >= low.size() || (low[k] != '=' && low[k] != ':')) {
                from = keyEnd;
                continue;
            }
            ++k;
            while (k < low.size() && low[k] == ' ')
                ++k;
            if (name == "authorization") {
                // Keep the scheme word out of the mask decision: mask everything to line end.
                std::size_t e = low.find_first_of("\n,;", k);
                if (e == std::string::npos)
                    e = low.size();
                text.replace(k, e - k, kSecretMask);
            } else {
                std::size_t e = k;
                while (e < low.size() && low[e] != ' ' && low[e] != ',' && low[e] != ';'
                       && low[e] != '&' && low[e] != '\n' && low[e] != '"')
                    ++e;
                if (e == k) {
                    from = keyEnd;
                    continue;
                }
                text.replace(k, e - k, kSecretMask);
            }
            low = lower(text);
            changed = true;
            from = k + kSecretMask.size();
        }
    }
    return changed;
}

} // namespace

bool redactText(std::string &text)
{
    bool changed = redactPans(text); // returns at once with fewer than 13 digits
    // Fast exit: no inline secret without an '=' / ':'.
    if (text.find_first_of("=:") != std::string::npos)
        changed |= redactInlineSecrets(text);
    return changed;
}

bool isSecretKey(std::string_view key)
{
    // Fast path without allocation: most keys contain none of the fragments at all.
    static constexpr std::string_view kFragments[]
        = {"pass", "pwd", "pin", "secret", "token", "auth", "key", "cvv", "cvc", "credential"};
    char low[64];
    const std::size_t n = std::min(key.size(), sizeof low);
    for (std::size_t i = 0; i < n; ++i) // ASCII only, inline: no locale call per character
        low[i] = key[i] >= 'A' && key[i] <= 'Z' ? static_cast<char>(key[i] - 'A' + 'a') : key[i];
    const std::string_view lowered(low, n);
    if (key.size() <= sizeof low
        && std::none_of(std::begin(kFragments), std::end(kFragments), [&](std::string_view f) {
               return lowered.find(f) != std::string_view::npos;
           }))
        return false;
    const auto words = keyWords(key);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto &w = words[i];
        if (w == "password" || w == "passwd" || w == "pwd" || w == "pin" || w == "secret"
            || w == "token" || w == "authorization" || w == "apikey" || w == "cvv" || w == "cvc"
            || w == "credential" || w == "credentials")
            return true;
        if (w == "api" && i + 1 < words.size() && words[i + 1] == "key")
            return true;
        if (w == "private" && i + 1 < words.size() && words[i + 1] == "key")
            return true;
    }
    return false;
}

void redact(std::string &message, std::vector<core::EventAttribute> &attributes)
{
    redactText(message);
    std::erase_if(attributes, [](const core::EventAttribute &a) { return isSecretKey(a.key); });
    for (auto &a : attributes) {
        if (auto *s = std::get_if<std::string>(&a.value))
            redactText(*s);
        else if (auto *n = std::get_if<std::int64_t>(&a.value)) {
            // A card number carried as an integer attribute.
            const auto digits = std::to_string(*n < 0 ? 0 - static_cast<std::uint64_t>(*n)
                                                      : static_cast<std::uint64_t>(*n));
            if (digits.size() >= 13 && digits.size() <= 19 && core::luhnValid(digits))
                a.value = std::string(kPanMask);
        }
    }
}

} // namespace lane::telemetry
