#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/base/result.h"
#include "devices/zvt/zvtapdu.h"
#include "devices/zvt/zvtbmp.h"

namespace lane::devices::zvt {

/// Builders for the ECR -> terminal commands (PA00P015 chapter 2). Passwords are 6 digits.
namespace command {
inline constexpr std::uint32_t kDefaultPassword = 0;
/// 06 00: password, config byte, currency code. The config byte 0xBA asks the terminal to
/// send receipts to the ECR (06 D1 / 06 D3) and intermediate status (04 FF), and keeps
/// payment and administration functions under ECR control.
Apdu registration(std::uint32_t password, std::uint8_t configByte, std::uint16_t currency);
/// 06 01: BMP 04 amount (6 bytes BCD, minor units), BMP 49 currency.
Apdu authorisation(std::int64_t amountMinor, std::uint16_t currency);
/// 06 30: password, BMP 87 receipt number of the payment to reverse.
Apdu reversal(std::uint32_t password, std::uint32_t receipt);
/// 06 31: password, BMP 04 amount.
Apdu refund(std::uint32_t password, std::int64_t amountMinor);
/// 06 B0: abort the running command (no data).
Apdu abort();
/// 06 50: end-of-day with password.
Apdu endOfDay(std::uint32_t password);
/// 05 01: status enquiry with password.
Apdu statusEnquiry(std::uint32_t password);
/// 06 20: repeat receipt, which makes the terminal send the last transaction again.
Apdu repeatReceipt(std::uint32_t password);
/// 80 00 00: positive acknowledgement, sent by either side.
Apdu ack();
} // namespace command

/// 04 FF intermediate status.
struct IntermediateStatus
{
    std::uint8_t code = 0;
    std::string text; // from the code table, or the terminal's own text from TLV
};
/// 04 0F status information (result of a transaction).
struct StatusInformation
{
    BmpFields fields;
};
/// 06 D1 print line or 06 D3 text block, as lines.
struct PrintText
{
    std::vector<std::string> lines;
    bool last = false; // 06 D1 attribute bit 7 set, or end of the block
};
/// 06 0F completion; `terminalStatus` is set when it answered a status enquiry.
struct Completion
{
    std::optional<std::uint8_t> terminalStatus;
    std::string softwareVersion;
    BmpFields fields;
};
/// 06 1E abort from the terminal with its result code.
struct TerminalAbort
{
    std::uint8_t resultCode = 0;
};
/// 80 00 00 positive or 84 xx negative acknowledgement.
struct Acknowledge
{
    bool positive = true;
    std::uint8_t errorCode = 0;
};
/// Anything else (display text, other commands), kept for the log.
struct OtherMessage
{
    Apdu apdu;
};

using TerminalMessage = std::variant<IntermediateStatus, StatusInformation, PrintText, Completion,
                                     TerminalAbort, Acknowledge, OtherMessage>;

/// Interprets one APDU from the terminal. `afterStatusEnquiry` selects the 06 0F layout
/// that starts with the software version (LLLVAR) and the terminal status byte.
core::Result<TerminalMessage> decodeTerminalMessage(const Apdu &apdu, Charset charset,
                                                    bool afterStatusEnquiry = false);

/// Plain words for a ZVT result/error code (BMP 27, 06 1E, 84 xx).
std::string resultCodeText(std::uint8_t code);
/// Plain words for an intermediate status code (04 FF).
std::string intermediateText(std::uint8_t code);
/// What a cashier screen shows for an intermediate status.
enum class IntermediateKind { InsertCard, Pin, WaitingForHost, RemoveCard, PleaseWait, Other };
IntermediateKind intermediateKind(std::uint8_t code);

} // namespace lane::devices::zvt
