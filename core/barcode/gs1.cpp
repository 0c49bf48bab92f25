#include "core/barcode/gs1.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "core/barcode/gtin.h"

namespace lane::core {
namespace {

constexpr char kGs = '\x1d';

enum class AiKind { Gtin, Text, Date, Count, Decimal, CurrencyDecimal };

/// One row of the AI table. 4-digit AIs whose last digit is a decimal indicator (310n)
/// are stored by their first three digits.
struct AiSpec
{
    std::string_view ai;
    int aiLength;
    int minLength;
    int maxLength;
    bool predefined; // in the GS1 table of predefined lengths: never followed by GS
    AiKind kind;
    std::string_view name;
    int maxN; // highest decimal indicator for AIs ending in n
};

// GS1 General Specifications, section 3 (formats) and figure 7.8.5-2 (predefined lengths).
constexpr std::array<AiSpec, 13> kAis = {{
    {"01", 2, 14, 14, true, AiKind::Gtin, "GTIN", 0},
    {"02", 2, 14, 14, true, AiKind::Gtin, "contained GTIN", 0},
    {"10", 2, 1, 20, false, AiKind::Text, "batch", 0},
    {"11", 2, 6, 6, true, AiKind::Date, "production date", 0},
    {"13", 2, 6, 6, true, AiKind::Date, "packaging date", 0},
    {"15", 2, 6, 6, true, AiKind::Date, "best before date", 0},
    {"17", 2, 6, 6, true, AiKind::Date, "expiry date", 0},
    {"21", 2, 1, 20, false, AiKind::Text, "serial", 0},
    {"30", 2, 1, 8, false, AiKind::Count, "count", 0},
    {"310", 4, 6, 6, true, AiKind::Decimal, "net weight (kg)", 5},
    {"320", 4, 6, 6, true, AiKind::Decimal, "net weight (lb)", 5},
    {"392", 4, 1, 15, false, AiKind::Decimal, "price", 9},
    {"393", 4, 4, 18, false, AiKind::CurrencyDecimal, "price with ISO currency", 9},
}};

// ISO 4217 numeric currency codes in use (2022 list); GS1 AI 393n carries one of these.
constexpr std::array<int, 180> kIso4217
    = {8,   12,  32,  36,  44,  48,  50,  51,  52,  60,  64,  68,  72,  84,  90,  96,  104, 108,
       116, 124, 132, 136, 144, 152, 156, 170, 174, 188, 191, 192, 203, 208, 214, 222, 230, 232,
       238, 242, 262, 270, 292, 320, 324, 328, 332, 340, 344, 348, 352, 356, 360, 364, 368, 376,
       388, 392, 398, 400, 404, 408, 410, 414, 417, 418, 422, 426, 430, 434, 446, 454, 458, 462,
       480, 484, 496, 498, 504, 512, 516, 524, 532, 533, 548, 554, 558, 566, 578, 586, 590, 598,
       600, 604, 608, 634, 643, 646, 654, 682, 690, 694, 702, 704, 706, 710, 728, 748, 752, 756,
       760, 764, 776, 780, 784, 788, 800, 807, 818, 826, 834, 840, 858, 860, 882, 886, 901, 925,
       927, 928, 929, 930, 931, 932, 933, 934, 936, 938, 940, 941, 943, 944, 946, 947, 948, 949,
       950, 951, 952, 953, 955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 967, 968, 969,
       970, 971, 972, 973, 975, 976, 977, 978, 979, 980, 981, 984, 985, 986, 990, 994, 997, 999};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// GS1 AI encodable character set 82 (General Specifications figure 7.11-1).
bool isCset82(char c)
{
    if (c >= '0' && c <= '9')
        return true;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
        return true;
    return std::string_view("!\"%&'()*+,-./:;<=>?_").find(c) != std::string_view::npos;
}

// Length of an AI from its first two digits, used to name AIs Lane does not support.
std::size_t aiLengthFor(int firstTwo)
{
    if (firstTwo <= 22 || firstTwo == 30 || firstTwo == 37 || firstTwo >= 90)
        return 2;
    if ((firstTwo >= 23 && firstTwo <= 29) || (firstTwo >= 40 && firstTwo <= 42))
        return 3;
    if ((firstTwo >= 31 && firstTwo <= 36) || firstTwo == 39 || (firstTwo >= 43 && firstTwo <= 49)
        || (firstTwo >= 70 && firstTwo <= 89))
        return 4;
    return 2;
}

std::string printable(std::string_view s)
{
    std::string out;
    for (char c : s) {
        if (c == kGs) {
            out += "<GS>";
        } else if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
            constexpr std::string_view kHex = "0123456789ABCDEF";
            const auto u = static_cast<unsigned char>(c);
            out += "\\x";
            out += kHex[u >> 4];
            out += kHex[u & 0xf];
        } else {
            out += c;
        }
    }
    return out;
}

struct Context
{
    int referenceYear = 0;
    std::size_t offset = 0; // characters before the data in the input
    std::size_t at(std::size_t index) const { return offset + index + 1; }
};

struct Token
{
    std::string ai;
    const AiSpec *spec = nullptr;
    std::string_view value;
    std::size_t aiIndex = 0;
    std::size_t valueIndex = 0;
};

std::string label(const AiSpec *spec, std::string_view ai)
{
    std::string s = "GS1 AI (" + std::string(ai) + ")";
    if (spec)
        s += " " + std::string(spec->name);
    return s;
}

Error aiError(std::string code, const AiSpec *spec, std::string_view ai, std::size_t position,
              const std::string &what)
{
    return makeError(std::move(code),
                     label(spec, ai) + " at position " + std::to_string(position) + ": " + what);
}

const AiSpec *findSpec(std::string_view ai)
{
    for (const auto &spec : kAis) {
        if (spec.aiLength == 2 && ai == spec.ai)
            return &spec;
        if (spec.aiLength == 4 && ai.size() == 4 && ai.substr(0, 3) == spec.ai && isDigit(ai[3])
            && ai[3] - '0' <= spec.maxN)
            return &spec;
    }
    return nullptr;
}

// Reads the AI at data[i] in the transmitted syntax; the AI string is empty when there
// are not even two digits.
std::string readAi(std::string_view data, std::size_t i)
{
    if (i + 1 >= data.size() || !isDigit(data[i]) || !isDigit(data[i + 1]))
        return {};
    for (const auto &spec : kAis) {
        const auto len = static_cast<std::size_t>(spec.aiLength);
        if (spec.aiLength == 2 && data.substr(i, 2) == spec.ai)
            return std::string(spec.ai);
        if (spec.aiLength == 4 && data.substr(i, 3) == spec.ai && i + len <= data.size()
            && isDigit(data[i + 3]))
            return std::string(data.substr(i, 4));
    }
    const std::size_t len = aiLengthFor((data[i] - '0') * 10 + (data[i + 1] - '0'));
    std::size_t end = i + 2;
    while (end < data.size() && end < i + len && isDigit(data[end]))
        ++end;
    return std::string(data.substr(i, end - i));
}

Result<Gs1Data> parseTransmitted(std::string_view data, const Context &ctx, bool checkAmbiguity);

Status checkLength(const Token &t, const Context &ctx, bool separatorsSeen)
{
    const auto len = static_cast<int>(t.value.size());
    const AiSpec &s = *t.spec;
    if (s.minLength == s.maxLength && len != s.minLength) {
        return aiError("gs1.length", t.spec, t.ai, ctx.at(t.aiIndex),
                       "expected " + std::to_string(s.minLength) + " characters, found "
                           + std::to_string(len));
    }
    if (len < s.minLength) {
        return aiError("gs1.length", t.spec, t.ai, ctx.at(t.aiIndex),
                       len == 0 ? std::string("the field is empty")
                                : "expected at least " + std::to_string(s.minLength)
                                      + " characters, found " + std::to_string(len));
    }
    if (len > s.maxLength) {
        if (!separatorsSeen) {
            return aiError("gs1.unterminated", t.spec, t.ai, ctx.at(t.aiIndex),
                           "not terminated by GS: " + std::to_string(len)
                               + " characters follow, at most " + std::to_string(s.maxLength)
                               + " allowed");
        }
        return aiError("gs1.length", t.spec, t.ai, ctx.at(t.aiIndex),
                       std::to_string(len) + " characters, at most " + std::to_string(s.maxLength)
                           + " allowed");
    }
    return {};
}

Result<std::vector<Token>> tokenizeTransmitted(std::string_view data, const Context &ctx,
                                               bool &separatorsSeen)
{
    std::vector<Token> tokens;
    std::size_t i = 0;
    if (!data.empty() && data[0] == kGs)
        ++i; // some scanners send the leading FNC1 as GS
    separatorsSeen = data.find(kGs, i) != std::string_view::npos;
    while (i < data.size()) {
        if (data[i] == kGs) {
            ++i; // a GS after a predefined-length field is redundant but harmless
            continue;
        }
        Token t;
        t.aiIndex = i;
        t.ai = readAi(data, i);
        if (t.ai.size() < 2) {
            return makeError("gs1.character", "GS1 element string: expected an AI at position "
                                                  + std::to_string(ctx.at(i)) + ", found '"
                                                  + printable(data.substr(i, 1)) + "'");
        }
        t.spec = findSpec(t.ai);
        if (!t.spec) {
            const std::size_t expected = aiLengthFor((t.ai[0] - '0') * 10 + (t.ai[1] - '0'));
            if (i + t.ai.size() == data.size() && t.ai.size() < expected)
                return aiError("gs1.length", nullptr, t.ai, ctx.at(i), "the AI is incomplete");
            return aiError("gs1.unknown_ai", nullptr, t.ai, ctx.at(i), "not supported");
        }
        i += t.ai.size();
        t.valueIndex = i;
        if (t.spec->predefined) {
            const auto want = static_cast<std::size_t>(t.spec->maxLength);
            std::size_t end = i;
            while (end < data.size() && end < i + want && data[end] != kGs)
                ++end;
            t.value = data.substr(i, end - i);
            i = end;
        } else {
            std::size_t end = data.find(kGs, i);
            if (end == std::string_view::npos)
                end = data.size();
            t.value = data.substr(i, end - i);
            i = end;
        }
        if (auto st = checkLength(t, ctx, separatorsSeen); !st)
            return st.error();
        tokens.push_back(std::move(t));
    }
    if (tokens.empty())
        return makeError("gs1.empty", "GS1 element string is empty");
    return tokens;
}

Result<std::vector<Token>> tokenizeBracketed(std::string_view data, const Context &ctx)
{
    // An AI in brackets: '(' 2-4 digits ')'. Anything else is data, so "(" may appear
    // inside a batch as long as it does not look like an AI.
    auto aiAt = [&](std::size_t i) -> std::size_t {
        if (i >= data.size() || data[i] != '(')
            return 0;
        std::size_t j = i + 1;
        while (j < data.size() && j <= i + 4 && isDigit(data[j]))
            ++j;
        const std::size_t digits = j - i - 1;
        if (digits < 2 || digits > 4 || j >= data.size() || data[j] != ')')
            return 0;
        return digits;
    };
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < data.size()) {
        const std::size_t digits = aiAt(i);
        if (digits == 0) {
            return makeError("gs1.character", "GS1 element string: expected '(AI)' at position "
                                                  + std::to_string(ctx.at(i)) + ", found '"
                                                  + printable(data.substr(i, 1)) + "'");
        }
        Token t;
        t.aiIndex = i;
        t.ai = std::string(data.substr(i + 1, digits));
        t.spec = findSpec(t.ai);
        if (!t.spec)
            return aiError("gs1.unknown_ai", nullptr, t.ai, ctx.at(i), "not supported");
        t.valueIndex = i + digits + 2;
        std::size_t end = t.valueIndex;
        while (end < data.size() && aiAt(end) == 0)
            ++end;
        t.value = data.substr(t.valueIndex, end - t.valueIndex);
        if (const auto gs = t.value.find(kGs); gs != std::string_view::npos) {
            return aiError("gs1.character", t.spec, t.ai, ctx.at(t.valueIndex + gs),
                           "GS is not allowed in the bracketed form");
        }
        if (auto st = checkLength(t, ctx, true); !st)
            return st.error();
        tokens.push_back(std::move(t));
        i = end;
    }
    if (tokens.empty())
        return makeError("gs1.empty", "GS1 element string is empty");
    return tokens;
}

std::optional<std::string> dateProblem(std::string_view v, int referenceYear, Date &out)
{
    const int yy = (v[0] - '0') * 10 + (v[1] - '0');
    const int mm = (v[2] - '0') * 10 + (v[3] - '0');
    const int dd = (v[4] - '0') * 10 + (v[5] - '0');
    if (mm < 1 || mm > 12)
        return "month " + std::string(v.substr(2, 2)) + " is not a valid month";
    const int year = resolveGs1Year(yy, referenceYear);
    const int last = daysInMonth(year, mm);
    if (dd > last) {
        return "day " + std::string(v.substr(4, 2)) + " is not valid in " + std::to_string(year)
               + "-" + std::string(v.substr(2, 2));
    }
    out = Date{year, mm, dd == 0 ? last : dd};
    return std::nullopt;
}

std::int64_t toInt(std::string_view digits)
{
    std::int64_t v = 0;
    for (char c : digits)
        v = v * 10 + (c - '0');
    return v;
}

Status interpret(const Token &t, const Context &ctx, Gs1Data &d)
{
    const AiSpec &s = *t.spec;
    const std::size_t pos = ctx.at(t.aiIndex);
    if (s.kind != AiKind::Text) {
        for (std::size_t j = 0; j < t.value.size(); ++j) {
            if (!isDigit(t.value[j])) {
                return aiError("gs1.character", t.spec, t.ai, pos,
                               "character '" + printable(t.value.substr(j, 1)) + "' at position "
                                   + std::to_string(ctx.at(t.valueIndex + j)) + " is not a digit");
            }
        }
    }
    for (const auto &e : d.elements) {
        if (e.ai == t.ai && e.value != t.value) {
            return aiError("gs1.duplicate_ai", t.spec, t.ai, pos,
                           "appears twice with different values");
        }
    }
    const std::string value(t.value);
    switch (s.kind) {
    case AiKind::Gtin: {
        const int expected = gtinCheckDigit(t.value.substr(0, 13));
        if (expected != t.value[13] - '0') {
            return aiError("gs1.check_digit", t.spec, t.ai, pos,
                           "check digit " + value.substr(13) + " is wrong (expected "
                               + std::to_string(expected) + ")");
        }
        (t.ai == "01" ? d.gtin : d.content) = value;
        break;
    }
    case AiKind::Text:
        for (std::size_t j = 0; j < t.value.size(); ++j) {
            if (!isCset82(t.value[j])) {
                return aiError("gs1.character", t.spec, t.ai, pos,
                               "character '" + printable(t.value.substr(j, 1)) + "' at position "
                                   + std::to_string(ctx.at(t.valueIndex + j))
                                   + " is not allowed (GS1 character set 82)");
            }
        }
        (t.ai == "10" ? d.batch : d.serial) = value;
        break;
    case AiKind::Date: {
        Date date;
        if (auto problem = dateProblem(t.value, ctx.referenceYear, date))
            return aiError("gs1.bad_date", t.spec, t.ai, pos, *problem);
        if (t.ai == "11")
            d.productionDate = date;
        else if (t.ai == "13")
            d.packagingDate = date;
        else if (t.ai == "15")
            d.bestBefore = date;
        else
            d.expiry = date;
        break;
    }
    case AiKind::Count:
        d.count = toInt(t.value);
        break;
    case AiKind::Decimal: {
        const DecimalValue dv{toInt(t.value), t.ai[3] - '0'};
        if (s.ai == "310")
            d.netWeightKg = dv;
        else if (s.ai == "320")
            d.netWeightLb = dv;
        else
            d.price = dv;
        break;
    }
    case AiKind::CurrencyDecimal: {
        const auto currency = static_cast<int>(toInt(t.value.substr(0, 3)));
        if (!std::binary_search(kIso4217.begin(), kIso4217.end(), currency)) {
            return aiError("gs1.bad_value", t.spec, t.ai, pos,
                           "currency " + value.substr(0, 3) + " is not an ISO 4217 code");
        }
        d.priceCurrencyNumeric = currency;
        d.priceInCurrency = DecimalValue{toInt(t.value.substr(3)), t.ai[3] - '0'};
        break;
    }
    }
    d.elements.push_back(Gs1Element{t.ai, value, pos});
    return {};
}

Result<Gs1Data> interpretAll(const std::vector<Token> &tokens, const Context &ctx)
{
    Gs1Data d;
    for (const auto &t : tokens) {
        if (auto st = interpret(t, ctx, d); !st)
            return st.error();
    }
    return d;
}

// A wedge that drops GS glues the next element onto a variable-length field. When the
// input has no GS at all and the tail of the last (variable) field reads as complete,
// valid element strings starting with a predefined-length AI, the split is ambiguous.
Status checkUnterminated(std::string_view data, const Token &last, const Context &ctx,
                         bool fieldInvalid)
{
    for (std::size_t k = 1; k < last.value.size(); ++k) {
        const std::size_t start = last.valueIndex + k;
        const std::string ai = readAi(data, start);
        const AiSpec *spec = findSpec(ai);
        // A valid field is only called ambiguous when its tail reads as predefined-length
        // elements; an invalid one may have swallowed any element.
        if (!spec || (!spec->predefined && !fieldInvalid))
            continue;
        Context sub = ctx;
        sub.offset = ctx.offset + start;
        if (parseTransmitted(data.substr(start), sub, false).ok()) {
            return aiError(
                "gs1.unterminated", last.spec, last.ai, ctx.at(last.aiIndex),
                "not terminated by GS: the data from position " + std::to_string(ctx.at(start))
                    + " reads as AI (" + ai + ")"
                    + (fieldInvalid ? std::string() : ", so the end of the field is ambiguous"));
        }
    }
    return {};
}

Result<Gs1Data> parseTransmitted(std::string_view data, const Context &ctx, bool checkAmbiguity)
{
    bool separatorsSeen = false;
    auto tokens = tokenizeTransmitted(data, ctx, separatorsSeen);
    if (!tokens)
        return tokens.error();
    Gs1Data d;
    for (std::size_t i = 0; i + 1 < tokens->size(); ++i) {
        if (auto st = interpret((*tokens)[i], ctx, d); !st)
            return st.error();
    }
    // With no GS anywhere, the last (variable-length) field may hold elements whose GS a
    // keyboard wedge dropped.
    const Token &last = tokens->back();
    const bool mayHaveLostGs = checkAmbiguity && !separatorsSeen && !last.spec->predefined;
    const Status lastOk = interpret(last, ctx, d);
    if (mayHaveLostGs) {
        if (auto st = checkUnterminated(data, last, ctx, !lastOk.ok()); !st)
            return st.error();
    }
    if (!lastOk)
        return lastOk.error();
    return d;
}

} // namespace

int resolveGs1Year(int twoDigitYear, int referenceYear)
{
    if (referenceYear <= 0)
        return 2000 + twoDigitYear;
    const int century = referenceYear - referenceYear % 100;
    const int diff = twoDigitYear - referenceYear % 100;
    if (diff >= 51)
        return century - 100 + twoDigitYear;
    if (diff <= -50)
        return century + 100 + twoDigitYear;
    return century + twoDigitYear;
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

bool isExpired(const Date &expiry, const Date &today)
{
    return today > expiry;
}

Result<Gs1Data> parseGs1(std::string_view data, Gs1Syntax syntax, const Gs1Options &options)
{
    const Context ctx{options.referenceYear, options.positionOffset};
    if (syntax == Gs1Syntax::Bracketed) {
        auto tokens = tokenizeBracketed(data, ctx);
        if (!tokens)
            return tokens.error();
        return interpretAll(*tokens, ctx);
    }
    return parseTransmitted(data, ctx, true);
}

} // namespace lane::core
