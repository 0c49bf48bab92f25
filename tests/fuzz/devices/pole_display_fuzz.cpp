#include <cstddef>
#include <cstdint>
#include <string_view>

#include "devices/display/poledisplaycodec.h"

using namespace lane::devices::display;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    PoleDisplayScreen screen;
    screen.feed(std::string_view(reinterpret_cast<const char *>(data), size));
    for (int row = 0; row < PoleDisplayCodec::kRows; ++row) {
        if (screen.line(row).size() != std::size_t(PoleDisplayCodec::kColumns))
            __builtin_trap();
    }
    return 0;
}
