#include <cstddef>
#include <cstdint>

#include "devices/escpos/encoder.h"
#include "devices/escpos/parser.h"

using namespace lane::devices::escpos;

// The whole stream, then the same bytes in two chunks split by the first byte: both must
// give the same document. Whatever parses must also encode again.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    EscPosParser whole(decodeLatin1, 1 << 16);
    whole.feed(data, size);
    whole.finish();
    const std::size_t split = size == 0 ? 0 : data[0] % (size + 1);
    EscPosParser chunked(decodeLatin1, 1 << 16);
    chunked.feed(data, split);
    chunked.feed(data + split, size - split);
    chunked.finish();
    if (!(whole.document() == chunked.document()))
        __builtin_trap();
    EscPosEncoder encoder(PrinterProfile::epson80mm());
    (void)encoder.encode(whole.document());
    return 0;
}
