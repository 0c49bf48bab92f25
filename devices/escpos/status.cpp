#include "devices/escpos/status.h"

#include <cstdio>

namespace lane::devices::escpos {
namespace {

std::string hex(std::uint8_t byte)
{
    char text[8];
    std::snprintf(text, sizeof text, "0x%02X", byte);
    return text;
}

bool bit(std::uint8_t byte, int n)
{
    return (byte >> n) & 1;
}

} // namespace

bool PrinterStatus::canPrint() const
{
    return !offline && !coverOpen && !paperEnd && !paperEndStop && !cutterError
           && !unrecoverableError && !autoRecoverableError;
}

std::vector<core::Error> PrinterStatus::problems() const
{
    std::vector<core::Error> out;
    if (coverOpen)
        out.push_back(
            core::makeError("printer.cover_open", "The printer cover is open: close it."));
    if (paperEnd || paperEndStop)
        out.push_back(
            core::makeError("printer.paper_end", "The printer is out of paper: load a new roll."));
    if (cutterError)
        out.push_back(core::makeError("printer.cutter_error",
                                      "The paper cutter is jammed: open the cover and clear it."));
    if (unrecoverableError)
        out.push_back(core::makeError("printer.unrecoverable",
                                      "The printer reports a fault: switch it off and on."));
    if (autoRecoverableError)
        out.push_back(
            core::makeError("printer.overheated", "The print head is too hot: wait a moment."));
    if (offline && out.empty())
        out.push_back(core::makeError("printer.offline", "The printer is offline."));
    if (paperNearEnd)
        out.push_back(core::makeError("printer.paper_near_end",
                                      "The paper roll is nearly used up: have a new one ready."));
    return out;
}

std::string PrinterStatus::message() const
{
    const auto list = problems();
    return list.empty() ? std::string("ready") : list.front().message;
}

std::array<std::uint8_t, 3> statusRequest(int n)
{
    return {0x10, 0x04, std::uint8_t(n)};
}

bool isDleEotReply(std::uint8_t byte)
{
    return (byte & 0x93) == 0x12;
}

core::Status applyDleEotReply(int n, std::uint8_t byte, PrinterStatus &s)
{
    if (!isDleEotReply(byte))
        return core::makeError("printer.status_garbled",
                               "status byte " + hex(byte)
                                   + " does not match the DLE EOT reply pattern 0xx1xx10");
    switch (n) {
    case 1:
        s.drawerPinHigh = bit(byte, 2);
        s.offline = bit(byte, 3);
        break;
    case 2:
        s.coverOpen = bit(byte, 2);
        s.feedButton = bit(byte, 3);
        s.paperEndStop = bit(byte, 5);
        s.errorOccurred = bit(byte, 6);
        break;
    case 3:
        s.recoverableError = bit(byte, 2);
        s.cutterError = bit(byte, 3);
        s.unrecoverableError = bit(byte, 5);
        s.autoRecoverableError = bit(byte, 6);
        break;
    case 4:
        s.paperNearEnd = bit(byte, 2) || bit(byte, 3);
        s.paperEnd = bit(byte, 5) || bit(byte, 6);
        break;
    default:
        return core::makeError("printer.status_request", "DLE EOT n must be 1..4");
    }
    return {};
}

core::Result<PrinterStatus> parseAsb(const std::array<std::uint8_t, 4> &b)
{
    if ((b[0] & 0x93) != 0x10)
        return core::makeError("printer.status_garbled",
                               "ASB byte 1 does not match the pattern 0xx1xx00");
    for (int i = 1; i < 4; ++i) {
        if ((b[std::size_t(i)] & 0x90) != 0)
            return core::makeError("printer.status_garbled", "ASB byte " + std::to_string(i + 1)
                                                                 + " does not match 0xx0xxxx");
    }
    PrinterStatus s;
    s.drawerPinHigh = bit(b[0], 2);
    s.offline = bit(b[0], 3);
    s.coverOpen = bit(b[0], 5);
    s.feedButton = bit(b[0], 6);
    s.recoverableError = bit(b[1], 2);
    s.cutterError = bit(b[1], 3);
    s.unrecoverableError = bit(b[1], 5);
    s.autoRecoverableError = bit(b[1], 6);
    s.errorOccurred = s.cutterError || s.unrecoverableError || s.autoRecoverableError;
    s.paperNearEnd = (b[2] & 0x03) != 0;
    s.paperEnd = (b[2] & 0x0C) != 0;
    return s;
}

std::array<std::uint8_t, 3> automaticStatusBack(std::uint8_t mask)
{
    return {0x1D, 'a', mask};
}

std::array<std::uint8_t, 4> encodeAsb(const PrinterStatus &s)
{
    const auto set = [](bool on, int n) {
        return std::uint8_t(on ? 1u << n : 0u);
    };
    return {std::uint8_t(0x10 | set(s.drawerPinHigh, 2) | set(s.offline, 3) | set(s.coverOpen, 5)
                         | set(s.feedButton, 6)),
            std::uint8_t(set(s.recoverableError, 2) | set(s.cutterError, 3)
                         | set(s.unrecoverableError, 5) | set(s.autoRecoverableError, 6)),
            std::uint8_t((s.paperNearEnd ? 0x03 : 0) | (s.paperEnd ? 0x0C : 0)), 0};
}

std::vector<StatusStream::Item> StatusStream::feed(const std::uint8_t *data, std::size_t size)
{
    std::vector<Item> items;
    for (std::size_t i = 0; i < size; ++i) {
        const std::uint8_t byte = data[i];
        if (!m_asb.empty()) {
            if ((byte & 0x90) != 0) {
                // A broken ASB block: drop what we had and look at this byte afresh.
                m_garbage += m_asb.size();
                m_asb.clear();
            } else {
                m_asb.push_back(byte);
                if (m_asb.size() == 4) {
                    auto asb = parseAsb({m_asb[0], m_asb[1], m_asb[2], m_asb[3]});
                    m_asb.clear();
                    if (asb)
                        items.push_back(Item{Item::Kind::Asb, 0, *asb});
                    else
                        m_garbage += 4;
                }
                continue;
            }
        }
        if (isDleEotReply(byte))
            items.push_back(Item{Item::Kind::DleEot, byte, {}});
        else if ((byte & 0x93) == 0x10)
            m_asb.push_back(byte);
        else
            ++m_garbage;
    }
    return items;
}

} // namespace lane::devices::escpos
