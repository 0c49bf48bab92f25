#include <cstddef>
#include <cstdint>
#include <string_view>

#include "devices/scanner/evdevdecoder.h"
#include "devices/scanner/scanframing.h"

using namespace lane::devices::scanner;

// Serial framing, HID POS reports (the input cut into 64-byte reports) and evdev structs.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    SerialScanFramer serial;
    for (const auto &scan : serial.feed(bytes)) {
        if (scan.raw.empty() || scan.raw.size() > SerialScanFramer::kMaxCodeLength
            || scan.raw.find_first_of("\r\n") != std::string::npos)
            __builtin_trap();
    }
    HidPosAssembler hid;
    for (std::size_t at = 0; at < size; at += HidPosReport::kSize)
        (void)hid.feed(bytes.substr(at, HidPosReport::kSize));
    EvdevDecoder evdev;
    for (const auto &scan : evdev.feed(bytes)) {
        if (scan.raw.size() > EvdevDecoder::kMaxCodeLength)
            __builtin_trap();
    }
    return 0;
}
