#include "core/barcode/scancode.h"

#include "core/barcode/gs1.h"
#include "core/barcode/gtin.h"
#include "core/barcode/variablemeasure.h"

namespace lane::core {
namespace {

constexpr char kGs = '\x1d';

/// What the AIM identifier (or its absence) allows for a digits-only code.
enum class RetailMode { Keyed, EanUpc, Ean8, Itf };

Status applyVariableMeasure(ScanCode &out, const ScanRules &rules)
{
    const std::string ean13 = out.gtin14.substr(1);
    const VariableMeasureTemplate *t = findTemplate(rules, ean13);
    if (!t)
        return {}; // a 02/20-29 code no template claims is a plain EAN-13
    auto vm = decodeVariableMeasure(ean13, *t);
    if (!vm)
        return vm.error();
    out.gtin14 = vm->lookupKey;
    out.variable = std::move(vm).value();
    return {};
}

Result<ScanCode> finishGtin(ScanCode out, Symbology symbology, std::string_view digits,
                            std::string_view name, const ScanRules &rules)
{
    auto gtin = checkGtin(digits, std::string(name) + " " + std::string(digits));
    if (!gtin)
        return gtin.error();
    out.symbology = symbology;
    out.gtin14 = std::move(gtin).value();
    if (symbology == Symbology::Ean13 || symbology == Symbology::UpcA) {
        if (auto st = applyVariableMeasure(out, rules); !st)
            return st.error();
    }
    return out;
}

Result<ScanCode> finishUpcE(ScanCode out, std::string_view digits)
{
    auto upca = expandUpcE(digits);
    if (!upca)
        return upca.error();
    out.symbology = Symbology::UpcE;
    out.gtin14 = toGtin14(*upca);
    return out;
}

Result<ScanCode> parseRetail(ScanCode out, std::string_view d, RetailMode mode,
                             const ScanRules &rules)
{
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (d[i] < '0' || d[i] > '9') {
            return makeError("barcode.character", "EAN/UPC data '" + std::string(d)
                                                      + "': character at position "
                                                      + std::to_string(i + 1) + " is not a digit");
        }
    }
    const auto lengthError = [&](std::string_view expected) {
        return makeError("barcode.length", "code '" + std::string(d) + "' has "
                                               + std::to_string(d.size()) + " digits; expected "
                                               + std::string(expected));
    };
    switch (mode) {
    case RetailMode::Ean8:
        if (d.size() != 8)
            return lengthError("8 for EAN-8");
        return finishGtin(std::move(out), Symbology::Ean8, d, "EAN-8", rules);
    case RetailMode::Itf:
        if (d.size() != 14)
            return lengthError("14 for ITF-14");
        return finishGtin(std::move(out), Symbology::Itf14, d, "ITF-14", rules);
    case RetailMode::EanUpc:
    case RetailMode::Keyed:
        break;
    }
    switch (d.size()) {
    case 8:
        if (mode == RetailMode::EanUpc)
            return finishUpcE(std::move(out), d);
        // Keyed 8 digits are EAN-8 or UPC-E. A leading 0 is a UPC-E number system (GTIN-8
        // prefix 0 is restricted circulation); otherwise EAN-8 is the likelier reading.
        if (d[0] == '0' || d[0] == '1') {
            const bool primaryUpcE = d[0] == '0';
            auto first = primaryUpcE ? finishUpcE(out, d)
                                     : finishGtin(out, Symbology::Ean8, d, "EAN-8", rules);
            if (first)
                return first;
            auto second = primaryUpcE ? finishGtin(out, Symbology::Ean8, d, "EAN-8", rules)
                                      : finishUpcE(out, d);
            return second ? std::move(second) : std::move(first);
        }
        return finishGtin(std::move(out), Symbology::Ean8, d, "EAN-8", rules);
    case 12:
        return finishGtin(std::move(out), Symbology::UpcA, d, "UPC-A", rules);
    case 13:
        return finishGtin(std::move(out), d[0] == '0' ? Symbology::UpcA : Symbology::Ean13, d,
                          d[0] == '0' ? "UPC-A" : "EAN-13", rules);
    case 14:
        if (mode == RetailMode::Keyed)
            return finishGtin(std::move(out), Symbology::Unknown, d, "GTIN-14", rules);
        break;
    default:
        break;
    }
    return lengthError(mode == RetailMode::EanUpc ? "13 (EAN-13), 12 (UPC-A) or 8 (UPC-E)"
                                                  : "8, 12, 13 or 14");
}

Result<ScanCode> parseGs1Scan(ScanCode out, Symbology symbology, std::string_view data,
                              Gs1Syntax syntax, std::size_t offset, const ScanRules &rules)
{
    // Some scanners send the printed (bracketed) form after the AIM identifier.
    if (syntax == Gs1Syntax::Transmitted && !data.empty() && data[0] == '(')
        syntax = Gs1Syntax::Bracketed;
    auto gs1 = parseGs1(data, syntax, Gs1Options{rules.referenceYear, offset});
    if (!gs1)
        return gs1.error();
    out.symbology = symbology;
    out.gtin14 = gs1->gtin.value_or(std::string());
    out.gs1 = std::move(gs1).value();
    return out;
}

bool looksLikeGs1WithoutAim(std::string_view s)
{
    // A wedge without AIM prefix: "01" + a valid GTIN-14, maybe followed by more elements
    // (GS1 DataBar on fresh food sends exactly that).
    return s.size() >= 16 && s.substr(0, 2) == "01" && isValidGtin(s.substr(2, 14));
}

Result<ScanCode> parseWithAim(ScanCode out, char letter, char modifier, std::string_view data,
                              const ScanRules &rules)
{
    const std::string aim = std::string("]") + letter + modifier;
    switch (letter) {
    case 'E':
        if (modifier == '0')
            return parseRetail(std::move(out), data, RetailMode::EanUpc, rules);
        if (modifier == '4')
            return parseRetail(std::move(out), data, RetailMode::Ean8, rules);
        if (modifier >= '1' && modifier <= '3') {
            return makeError("barcode.addon_unsupported",
                             "EAN/UPC add-on codes (" + aim
                                 + ") are not supported; configure the scanner to ignore them");
        }
        return makeError("barcode.aim", "unknown EAN/UPC AIM identifier " + aim);
    case 'C':
        if (modifier == '1') {
            return parseGs1Scan(std::move(out), Symbology::Gs1_128, data, Gs1Syntax::Transmitted, 3,
                                rules);
        }
        out.symbology = Symbology::Code128;
        return out;
    case 'e':
        return parseGs1Scan(std::move(out), Symbology::Gs1DataBar, data, Gs1Syntax::Transmitted, 3,
                            rules);
    case 'd':
        if (modifier == '2') {
            return parseGs1Scan(std::move(out), Symbology::Gs1DataMatrix, data,
                                Gs1Syntax::Transmitted, 3, rules);
        }
        out.symbology = Symbology::DataMatrix;
        return out;
    case 'Q':
        if (modifier == '3') {
            return parseGs1Scan(std::move(out), Symbology::Gs1Qr, data, Gs1Syntax::Transmitted, 3,
                                rules);
        }
        out.symbology = Symbology::Qr;
        return out;
    case 'I':
        if (data.size() == 14 && isAllDigits(data))
            return parseRetail(std::move(out), data, RetailMode::Itf, rules);
        return out;
    case 'A':
        out.symbology = Symbology::Code39;
        return out;
    default:
        return out; // another symbology: passed through for the caller (receipts, coupons)
    }
}

} // namespace

std::string_view toString(Symbology s)
{
    switch (s) {
    case Symbology::Unknown:
        return "Unknown";
    case Symbology::Ean13:
        return "EAN-13";
    case Symbology::Ean8:
        return "EAN-8";
    case Symbology::UpcA:
        return "UPC-A";
    case Symbology::UpcE:
        return "UPC-E";
    case Symbology::Gs1_128:
        return "GS1-128";
    case Symbology::Gs1DataBar:
        return "GS1 DataBar";
    case Symbology::Gs1DataMatrix:
        return "GS1 DataMatrix";
    case Symbology::Gs1Qr:
        return "GS1 QR";
    case Symbology::Code128:
        return "Code 128";
    case Symbology::Code39:
        return "Code 39";
    case Symbology::Qr:
        return "QR";
    case Symbology::DataMatrix:
        return "DataMatrix";
    case Symbology::Itf14:
        return "ITF-14";
    }
    return "Unknown";
}

Result<ScanCode> parseScan(std::string_view input, const ScanRules &rules)
{
    // Keyboard wedges end a scan with Enter; the terminator is not part of the data.
    while (!input.empty() && (input.back() == '\r' || input.back() == '\n'))
        input.remove_suffix(1);
    if (input.empty())
        return makeError("barcode.empty", "the scan is empty");

    ScanCode out;
    if (input[0] == ']') {
        if (input.size() < 3) {
            return makeError("barcode.aim",
                             "AIM identifier '" + std::string(input) + "' is incomplete");
        }
        const std::string_view data = input.substr(3);
        if (data.empty()) {
            return makeError("barcode.empty", "the scan has the AIM identifier "
                                                  + std::string(input.substr(0, 3))
                                                  + " but no data");
        }
        out.raw = std::string(data);
        return parseWithAim(std::move(out), input[1], input[2], data, rules);
    }

    out.raw = std::string(input);
    if (input[0] == '(')
        return parseGs1Scan(std::move(out), Symbology::Unknown, input, Gs1Syntax::Bracketed, 0,
                            rules);
    if (input.find(kGs) != std::string_view::npos || looksLikeGs1WithoutAim(input))
        return parseGs1Scan(std::move(out), Symbology::Unknown, input, Gs1Syntax::Transmitted, 0,
                            rules);
    if (isAllDigits(input)) {
        const auto n = input.size();
        if (n == 8 || n == 12 || n == 13 || n == 14)
            return parseRetail(std::move(out), input, RetailMode::Keyed, rules);
    }
    return out; // not a product code: receipts, coupons, loyalty cards go to the caller
}

} // namespace lane::core
