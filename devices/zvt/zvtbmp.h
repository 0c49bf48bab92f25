#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "devices/zvt/zvtframing.h"

namespace lane::devices::zvt {

/// Text encodings terminals use for display and receipt text; vendors differ.
enum class Charset { Cp437, Latin1, Utf8 };

/// Text bytes from the terminal as UTF-8 (control bytes dropped).
std::string decodeText(std::span<const std::uint8_t> bytes, Charset charset);
/// UTF-8 text in the terminal's character set (simulator side); unmappable -> '?'.
Bytes encodeText(std::string_view utf8, Charset charset);

/// One BER-TLV data object of a BMP 06 container; constructed tags carry children.
struct TlvItem
{
    std::uint32_t tag = 0;
    Bytes value;
    std::vector<TlvItem> children;
    bool constructed() const;
};

/// Parses a TLV sequence (the container's content), nested up to a fixed depth.
core::Result<std::vector<TlvItem>> decodeTlv(std::span<const std::uint8_t> bytes);
/// Writes one data object (simulator and tests).
void encodeTlv(Bytes &out, std::uint32_t tag, std::span<const std::uint8_t> value);
/// BER length: < 0x80 one byte, otherwise 0x81 xx / 0x82 xx xx.
void encodeTlvLength(Bytes &out, std::size_t length);

/// The bitmaps (BMPs) of a terminal message that the ECR side uses. Absent ones stay empty.
struct BmpFields
{
    std::optional<std::int64_t> amount;        // 04, minor units, 6 bytes BCD
    std::optional<std::uint8_t> resultCode;    // 27
    std::optional<std::string> trace;          // 0B, 6 digits
    std::optional<std::string> originalTrace;  // 37
    std::optional<std::string> receipt;        // 87, 4 digits
    std::optional<std::string> time;           // 0C hhmmss
    std::optional<std::string> date;           // 0D MMDD
    std::optional<std::string> terminalId;     // 29, 8 digits
    std::optional<std::string> authCode;       // 3B AID / authorisation attribute, 8 bytes
    std::optional<std::string> maskedPan;      // 22, masked digits as '*'
    std::optional<std::uint8_t> cardType;      // 8A
    std::optional<std::string> cardName;       // 8B
    std::optional<std::uint16_t> currency;     // 49, ISO 4217 numeric
    std::optional<std::string> additionalText; // 3C
    std::optional<std::uint8_t> paymentType;   // 19
    std::vector<TlvItem> tlv;                  // 06
};

/// Decodes a run of BMPs (as in 04 0F, 06 0F, 06 01). An unknown BMP or a length running
/// past the end is an error naming the BMP and the offset.
core::Result<BmpFields> decodeBmps(std::span<const std::uint8_t> data, Charset charset);

/// BCD helpers: `digits` decimal digits packed two per byte, left-padded with zeros.
Bytes toBcd(std::uint64_t value, std::size_t bytes);
std::optional<std::uint64_t> fromBcd(std::span<const std::uint8_t> bytes);
/// LLVAR length prefix F1 F2 = 12.
void appendLlvar(Bytes &out, std::span<const std::uint8_t> value);
void appendLllvar(Bytes &out, std::span<const std::uint8_t> value);

} // namespace lane::devices::zvt
