#include "core/store/canonicaljson.h"

#include "core/base/jsonescape.h"

namespace lane::core {

std::string jsonQuote(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    appendJsonString(out, text, InvalidUtf8::Keep);
    return out;
}

CanonicalJson &CanonicalJson::set(std::string_view key, std::string_view text)
{
    m_fields[std::string(key)] = jsonQuote(text);
    return *this;
}

CanonicalJson &CanonicalJson::set(std::string_view key, std::int64_t value)
{
    m_fields[std::string(key)] = std::to_string(value);
    return *this;
}

CanonicalJson &CanonicalJson::set(std::string_view key, bool value)
{
    m_fields[std::string(key)] = value ? "true" : "false";
    return *this;
}

CanonicalJson &CanonicalJson::setRaw(std::string_view key, std::string json)
{
    m_fields[std::string(key)] = std::move(json);
    return *this;
}

std::string CanonicalJson::str() const
{
    std::string out = "{";
    bool first = true;
    for (const auto &[k, v] : m_fields) {
        if (!first) {
            out += ',';
        }
        first = false;
        out += jsonQuote(k);
        out += ':';
        out += v;
    }
    out += '}';
    return out;
}

} // namespace lane::core
