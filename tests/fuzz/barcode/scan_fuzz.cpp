// Feeds arbitrary bytes to parseScan and checks what every accepted scan promises:
// a GTIN-14 that validates, GS1 data consistent with it, in-store keys that validate,
// and GS1 elements that read back the same from their bracketed form.
#include "core/barcode/gs1.h"
#include "core/barcode/scancode.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace lane::core;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

const ScanRules &rules()
{
    using K = VariableMeasureTemplate::Kind;
    static const ScanRules r{{
                                 {"kr", {"20", "21"}, "PPIIIIIVVVVVK", K::Price, 0},
                                 {"de", {"28"}, "PPIIIIICVVVVK", K::Weight, 0},
                                 {"de5", {"29"}, "PPIIIICVVVVVK", K::Price, 2},
                                 {"x", {"02", "23"}, "PPIIIIIXVVVVK", K::Price, 0},
                             },
                             2026};
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    auto code = parseScan(input, rules());
    if (!code.ok()) {
        require(!code.error().code.empty() && !code.error().message.empty());
        return 0;
    }
    require(code->gtin14.empty() || (code->gtin14.size() == 14 && isValidGtin(code->gtin14)));
    if (code->variable) {
        require(code->variable->lookupKey == code->gtin14);
        require(code->variable->value >= 0);
    }
    if (code->gs1) {
        const Gs1Data &d = *code->gs1;
        require(!d.elements.empty());
        require(code->gtin14 == d.gtin.value_or(std::string()));
        std::string keyed;
        bool hasParen = false;
        for (const auto &e : d.elements) {
            keyed += "(" + e.ai + ")" + e.value;
            hasParen |= e.value.find('(') != std::string::npos;
        }
        if (!hasParen) {
            auto again = parseGs1(keyed, Gs1Syntax::Bracketed, Gs1Options{2026, 0});
            require(again.ok());
            require(again->elements.size() == d.elements.size());
            for (std::size_t i = 0; i < d.elements.size(); ++i)
                require(again->elements[i].value == d.elements[i].value);
            require(again->gtin == d.gtin && again->expiry == d.expiry && again->batch == d.batch
                    && again->price == d.price);
        }
    }
    return 0;
}
