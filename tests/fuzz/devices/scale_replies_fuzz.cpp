#include <cstddef>
#include <cstdint>
#include <string_view>

#include "devices/scale/scaleprotocol.h"

using namespace lane::devices::scale;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    ToledoCodec toledo;
    for (const auto &reply : toledo.feed(bytes)) {
        if (reply && reply->kind == ScaleReply::Kind::Weight && !reply->stable)
            __builtin_trap();
    }
    SicsCodec sics;
    (void)sics.feed(bytes);
    const auto space = bytes.find(' ');
    if (space != std::string_view::npos)
        (void)parseGrams(bytes.substr(0, space), bytes.substr(space + 1));
    return 0;
}
