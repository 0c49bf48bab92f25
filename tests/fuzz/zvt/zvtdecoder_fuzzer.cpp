// libFuzzer target for everything that reads bytes from a ZVT terminal: serial deframing,
// TCP APDU splitting, BMP/TLV decoding and the ECR session state machine.
#include <cstddef>
#include <cstdint>
#include <span>

#include "devices/zvt/zvtapdu.h"
#include "devices/zvt/zvtcommands.h"
#include "devices/zvt/zvtframing.h"
#include "devices/zvt/zvtsession.h"

using namespace lane::devices::zvt;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::span<const std::uint8_t> bytes(data, size);

    SerialDeframer deframer;
    for (const auto &item : deframer.feed(bytes))
        if (item.kind == SerialItem::Kind::Frame)
            if (auto apdu = decodeApdu(item.apdu))
                (void)decodeTerminalMessage(*apdu, Charset::Cp437);

    ApduStreamReader reader;
    for (const auto &apdu : reader.feed(bytes)) {
        for (Charset cs : {Charset::Cp437, Charset::Latin1, Charset::Utf8}) {
            (void)decodeTerminalMessage(apdu, cs, false);
            (void)decodeTerminalMessage(apdu, cs, true);
        }
    }
    (void)decodeBmps(bytes, Charset::Utf8);
    (void)decodeTlv(bytes);

    // The session over both links, with the input split in two reads.
    for (LinkType link : {LinkType::Tcp, LinkType::Serial}) {
        EcrSession session(link, Charset::Cp437, Timeouts{});
        const lane::core::TimePoint t0{};
        (void)session.start(command::authorisation(1250, 978), t0);
        const std::size_t half = size / 2;
        (void)session.feed(bytes.first(half), t0);
        (void)session.feed(bytes.subspan(half), t0);
        (void)session.tick(t0 + std::chrono::hours(1));
    }
    return 0;
}
