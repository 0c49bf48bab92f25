#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace lane::core {

/// Escapes UTF-8 text as a JSON string literal (with quotes).
std::string jsonQuote(std::string_view text);

/// A flat-or-nested JSON object whose text is canonical: keys sorted, no whitespace,
/// integers only. Journal payloads are HMAC'd over exactly this text, so the same facts
/// always give the same bytes.
class CanonicalJson
{
public:
    CanonicalJson &set(std::string_view key, std::string_view text);
    CanonicalJson &set(std::string_view key, const char *text)
    {
        return set(key, std::string_view(text));
    }
    CanonicalJson &set(std::string_view key, std::int64_t value);
    CanonicalJson &set(std::string_view key, bool value);
    /// `json` must already be canonical (another CanonicalJson's text, or an array of them).
    CanonicalJson &setRaw(std::string_view key, std::string json);

    std::string str() const;

private:
    std::map<std::string, std::string, std::less<>> m_fields; // key -> encoded value
};

} // namespace lane::core
