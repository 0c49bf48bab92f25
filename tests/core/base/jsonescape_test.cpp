#include <gtest/gtest.h>

#include <cstdio>
#include <random>

#include "core/base/jsonescape.h"
#include "core/base/utf8.h"

namespace lane::core {
namespace {

// The two escapers this one replaced, kept verbatim as oracles: the journal's hashes and
// the telemetry spool's bytes must not change.
std::string journalQuoteBefore(std::string_view text)
{
    std::string out = "\"";
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    return out + '"';
}

std::string telemetryQuoteBefore(std::string_view s)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '"' || c == '\\' || c < 0x20) {
            out += journalQuoteBefore(s.substr(i, 1)).substr(1, std::string::npos);
            out.pop_back();
            ++i;
        } else if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
        } else if (const auto n = utf8SequenceLength(s, i); n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    return out + '"';
}

std::string quote(std::string_view s, InvalidUtf8 mode)
{
    std::string out;
    appendJsonString(out, s, mode);
    return out;
}

std::vector<std::string> samples()
{
    std::vector<std::string> all;
    for (int a = 0; a < 256; ++a)
        for (int b = 0; b < 256; ++b)
            all.push_back({static_cast<char>(a), static_cast<char>(b)});
    std::mt19937 rng(20261122);
    const std::vector<std::string> pieces{"a",
                                          "\"",
                                          "\\",
                                          "\n",
                                          "\x01",
                                          "\x7f",
                                          "\xc3",
                                          "\xc3\xa9",
                                          "\xea\xb0\x80",
                                          "\xf0\x9f\x98\x80",
                                          "\xed\xa0\x80",
                                          "\xc0\xaf",
                                          "\xff",
                                          " ",
                                          "/"};
    for (int n = 0; n < 5000; ++n) {
        std::string s;
        const int len = static_cast<int>(rng() % 12);
        for (int k = 0; k < len; ++k)
            s += pieces[rng() % pieces.size()];
        all.push_back(std::move(s));
    }
    return all;
}

TEST(JsonEscape, KeepIsByteIdenticalToTheJournalEscaper)
{
    for (const auto &s : samples())
        ASSERT_EQ(quote(s, InvalidUtf8::Keep), journalQuoteBefore(s))
            << ::testing::PrintToString(s);
}

TEST(JsonEscape, ReplaceIsByteIdenticalToTheTelemetryEscaper)
{
    for (const auto &s : samples())
        ASSERT_EQ(quote(s, InvalidUtf8::Replace), telemetryQuoteBefore(s))
            << ::testing::PrintToString(s);
}

TEST(JsonEscape, Examples)
{
    EXPECT_EQ(quote("", InvalidUtf8::Replace), "\"\"");
    EXPECT_EQ(quote("a\"b\\c\nd\te\x01", InvalidUtf8::Replace), R"("a\"b\\c\nd\te\u0001")");
    EXPECT_EQ(quote("caf\xc3\xa9 \xff", InvalidUtf8::Replace), "\"caf\xc3\xa9 \xEF\xBF\xBD\"");
    EXPECT_EQ(quote("caf\xc3\xa9 \xff", InvalidUtf8::Keep), "\"caf\xc3\xa9 \xff\"");
    std::string out = "x:";
    appendJsonString(out, "y");
    EXPECT_EQ(out, "x:\"y\"") << "appends";
}

} // namespace
} // namespace lane::core
