#include <cstddef>
#include <cstdint>

#include "devices/escpos/status.h"

using namespace lane::devices::escpos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    StatusStream stream;
    const auto items = stream.feed(data, size);
    if (items.size() + stream.garbageBytes() > size)
        __builtin_trap();
    PrinterStatus status;
    for (std::size_t i = 0; i < size; ++i) {
        const bool ok = applyDleEotReply(int(i % 5), data[i], status).ok();
        if (ok && !isDleEotReply(data[i]))
            __builtin_trap();
    }
    if (size >= 4)
        (void)parseAsb({data[0], data[1], data[2], data[3]});
    (void)status.problems();
    return 0;
}
