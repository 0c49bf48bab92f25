// zint encodes barcodes and refuses data with bad check digits, bad GS1 syntax or
// impossible dates. It shares no code with Lane, so agreeing with it on a few hundred
// generated inputs is evidence the parser follows the standards, not its own reading.
#include "core/barcode/gs1.h"
#include "core/barcode/scancode.h"

#include <gtest/gtest.h>
#include <zint.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

namespace lane::core {
namespace {

enum class Verdict { Accepted, Rejected, TooLong };

Verdict zintVerdict(int symbology, const std::string &data, bool gs1)
{
    std::unique_ptr<zint_symbol, void (*)(zint_symbol *)> s(ZBarcode_Create(), ZBarcode_Delete);
    s->symbology = symbology;
    if (gs1)
        s->input_mode = GS1_MODE;
    const int rc = ZBarcode_Encode(s.get(), reinterpret_cast<const unsigned char *>(data.data()),
                                   static_cast<int>(data.size()));
    if (rc == ZINT_ERROR_TOO_LONG && std::string(s->errtxt).find("length") == std::string::npos)
        return Verdict::TooLong;
    return rc == 0 ? Verdict::Accepted : Verdict::Rejected;
}

std::string digits(std::mt19937 &rng, int n)
{
    std::uniform_int_distribution<int> d(0, 9);
    std::string s;
    for (int i = 0; i < n; ++i)
        s += static_cast<char>('0' + d(rng));
    return s;
}

std::string withCheck(std::mt19937 &rng, int n, bool valid)
{
    std::string s = digits(rng, n - 1);
    const int check = gtinCheckDigit(s);
    const int wrong = (check + 1 + static_cast<int>(rng() % 9)) % 10;
    return s + static_cast<char>('0' + (valid ? check : wrong));
}

TEST(ZintOracle, Ean13CheckDigits)
{
    std::mt19937 rng(20261122);
    const ScanRules rules{};
    int accepted = 0;
    for (int i = 0; i < 300; ++i) {
        const std::string code = withCheck(rng, 13, rng() % 2 == 0);
        const bool zint = zintVerdict(BARCODE_EANX, code, false) == Verdict::Accepted;
        const bool lane = parseScan("]E0" + code, rules).ok();
        EXPECT_EQ(lane, zint) << code;
        accepted += zint;
    }
    EXPECT_GT(accepted, 100);
    EXPECT_LT(accepted, 200);
}

TEST(ZintOracle, UpcECheckDigits)
{
    std::mt19937 rng(7);
    int accepted = 0;
    for (int i = 0; i < 200; ++i) {
        const std::string code
            = std::string(1, static_cast<char>('0' + rng() % 2)) + digits(rng, 7);
        const bool zint = zintVerdict(BARCODE_UPCE, code, false) == Verdict::Accepted;
        const bool lane = expandUpcE(code).ok();
        EXPECT_EQ(lane, zint) << code;
        accepted += zint;
    }
    EXPECT_GT(accepted, 5); // about one in ten random check digits is right
}

/// One generated element: the AI and data, valid or with one kind of fault.
struct Element
{
    std::string ai;
    std::string data;
    bool predefined;
};

Element makeElement(std::mt19937 &rng)
{
    static const std::string kCset = "ABCXYZabcxyz0123456789-./_!%&*+";
    const bool faulty = rng() % 4 == 0;
    switch (rng() % 8) {
    case 0:
        return {"01", withCheck(rng, 14, !faulty), true};
    case 1:
        return {"02", withCheck(rng, 14, !faulty), true};
    case 2:
    case 3: {
        // Dates: mostly plausible, sometimes month 13 or day 30/31 in short months.
        const std::string ai[] = {"11", "13", "15", "17"};
        const int yy = static_cast<int>(rng() % 100);
        const int mm = faulty ? static_cast<int>(rng() % 14) : 1 + static_cast<int>(rng() % 12);
        const int dd = static_cast<int>(rng() % 32);
        char buf[8];
        std::snprintf(buf, sizeof buf, "%02d%02d%02d", yy, mm, dd);
        return {ai[rng() % 4], buf, true};
    }
    case 4: {
        const std::string ai = rng() % 2 ? "10" : "21";
        std::string v;
        const int len = faulty ? 1 + static_cast<int>(rng() % 22) : 1 + static_cast<int>(rng() % 8);
        for (int i = 0; i < len; ++i)
            v += kCset[rng() % kCset.size()];
        if (faulty && rng() % 2)
            v[rng() % v.size()] = "~#$@`"[rng() % 5];
        return {ai, v, false};
    }
    case 5: {
        const std::string base = rng() % 2 ? "310" : "320";
        const int n = faulty ? static_cast<int>(rng() % 10) : static_cast<int>(rng() % 6);
        return {base + std::to_string(n), digits(rng, faulty && rng() % 2 ? 5 : 6), true};
    }
    case 6:
        return {"392" + std::to_string(rng() % 10),
                digits(rng, faulty ? 16 : 1 + static_cast<int>(rng() % 8)), false};
    default:
        return {
            "393" + std::to_string(rng() % 10),
            digits(rng, faulty ? 1 + static_cast<int>(rng() % 3) : 4 + static_cast<int>(rng() % 6)),
            false};
    }
}

TEST(ZintOracle, Gs1ElementStrings)
{
    std::mt19937 rng(42);
    int compared = 0;
    int accepted = 0;
    for (int i = 0; i < 400; ++i) {
        std::vector<Element> elements;
        const int count = 1 + static_cast<int>(rng() % 3);
        for (int k = 0; k < count; ++k) {
            Element e = makeElement(rng);
            bool repeated = false;
            for (const auto &x : elements)
                repeated |= x.ai.substr(0, 2) == e.ai.substr(0, 2);
            if (!repeated)
                elements.push_back(e);
        }
        std::string zintInput;
        std::string keyed;
        std::string transmitted;
        for (std::size_t k = 0; k < elements.size(); ++k) {
            const auto &e = elements[k];
            zintInput += "[" + e.ai + "]" + e.data;
            keyed += "(" + e.ai + ")" + e.data;
            transmitted += e.ai + e.data;
            if (!e.predefined && k + 1 < elements.size())
                transmitted += '\x1d';
        }
        const Verdict zint = zintVerdict(BARCODE_GS1_128, zintInput, true);
        if (zint == Verdict::TooLong)
            continue;
        ++compared;
        const bool zintOk = zint == Verdict::Accepted;
        accepted += zintOk;
        auto fromKeyed = parseGs1(keyed, Gs1Syntax::Bracketed, Gs1Options{2026, 0});
        EXPECT_EQ(fromKeyed.ok(), zintOk)
            << zintInput << (fromKeyed.ok() ? "" : " lane: " + fromKeyed.error().message);
        auto fromScan = parseScan("]C1" + transmitted, ScanRules{{}, 2026});
        EXPECT_EQ(fromScan.ok(), zintOk)
            << zintInput << (fromScan.ok() ? "" : " lane: " + fromScan.error().message);
    }
    EXPECT_GT(compared, 300);
    EXPECT_GT(accepted, 60);
    EXPECT_LT(accepted, compared - 60);
}

} // namespace
} // namespace lane::core
