#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/result.h"

namespace lane::devices::escpos {

/// What a receipt printer reported about itself (DLE EOT 1..4 or Automatic Status Back).
struct PrinterStatus
{
    bool drawerPinHigh = false; ///< DLE EOT 1 bit 2: drawer kick connector pin 3
    bool offline = false;
    bool coverOpen = false;
    bool feedButton = false;
    bool paperEndStop = false; ///< printing stopped because the paper ran out
    bool errorOccurred = false;
    bool recoverableError = false;
    bool cutterError = false;
    bool unrecoverableError = false;
    bool autoRecoverableError = false;
    bool paperNearEnd = false;
    bool paperEnd = false;

    /// True when nothing stops printing (paper near end only warns).
    bool canPrint() const;
    /// Problems in order of what a cashier must fix first, as stable codes
    /// ("printer.paper_end") and human messages.
    std::vector<core::Error> problems() const;
    /// One sentence for the cashier, "ready" when nothing is wrong.
    std::string message() const;
    bool operator==(const PrinterStatus &) const = default;
};

/// DLE EOT n (n = 1 printer, 2 offline cause, 3 error cause, 4 paper sensor).
std::array<std::uint8_t, 3> statusRequest(int n);
/// True if the byte is a DLE EOT reply (bit pattern 0xx1xx10).
bool isDleEotReply(std::uint8_t byte);
/// Applies a DLE EOT n reply to the status; refuses bytes that break the pattern.
core::Status applyDleEotReply(int n, std::uint8_t byte, PrinterStatus &status);
/// Decodes a 4-byte Automatic Status Back block (first byte 0xx1xx00, others 0xx0xxxx).
core::Result<PrinterStatus> parseAsb(const std::array<std::uint8_t, 4> &bytes);

/// GS a n bits: which changes the printer reports unasked with an ASB block.
inline constexpr std::uint8_t kAsbDrawer = 0x01;
inline constexpr std::uint8_t kAsbOnline = 0x02;
inline constexpr std::uint8_t kAsbError = 0x04;
inline constexpr std::uint8_t kAsbPaper = 0x08;
inline constexpr std::uint8_t kAsbAll = 0x0F;
/// GS a n: enables (n != 0) or disables Automatic Status Back.
std::array<std::uint8_t, 3> automaticStatusBack(std::uint8_t mask);
/// The 4-byte ASB block a printer sends for `status` (what parseAsb reads back).
std::array<std::uint8_t, 4> encodeAsb(const PrinterStatus &status);

/// Splits what a printer sends back into DLE EOT replies and ASB blocks; anything else is
/// counted as garbage and skipped.
class StatusStream
{
public:
    struct Item
    {
        enum class Kind { DleEot, Asb } kind;
        std::uint8_t dleEot = 0;
        PrinterStatus asb;
    };

    std::vector<Item> feed(const std::uint8_t *data, std::size_t size);
    std::size_t garbageBytes() const { return m_garbage; }

private:
    std::vector<std::uint8_t> m_asb;
    std::size_t m_garbage = 0;
};

} // namespace lane::devices::escpos
