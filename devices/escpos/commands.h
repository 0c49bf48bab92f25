#pragma once

#include <cstdint>

// ESC/POS command bytes shared by the encoder and the parser.
namespace lane::devices::escpos::cmd {

inline constexpr std::uint8_t LF = 0x0A;
inline constexpr std::uint8_t CR = 0x0D;
inline constexpr std::uint8_t HT = 0x09;
inline constexpr std::uint8_t FF = 0x0C;
inline constexpr std::uint8_t DLE = 0x10;
inline constexpr std::uint8_t EOT = 0x04;
inline constexpr std::uint8_t ESC = 0x1B;
inline constexpr std::uint8_t FS = 0x1C;
inline constexpr std::uint8_t GS = 0x1D;

inline constexpr std::uint8_t kBarcodeCode128 = 73;
inline constexpr std::uint8_t kBarcodeGs1_128 = 74;
inline constexpr std::uint8_t kBarcodeEan13 = 67;

} // namespace lane::devices::escpos::cmd
