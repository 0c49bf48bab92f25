#include "devices/zvt/zvtcommands.h"

namespace lane::devices::zvt {

namespace command {

namespace {
void append(Bytes &out, const Bytes &more)
{
    out.insert(out.end(), more.begin(), more.end());
}
std::uint64_t amountValue(std::int64_t minor)
{
    return minor < 0 ? 0 : std::uint64_t(minor);
}
} // namespace

Apdu registration(std::uint32_t password, std::uint8_t configByte, std::uint16_t currency)
{
    Apdu a{0x06, 0x00, toBcd(password, 3)};
    a.data.push_back(configByte);
    append(a.data, toBcd(currency, 2));
    return a;
}

Apdu authorisation(std::int64_t amountMinor, std::uint16_t currency)
{
    Apdu a{0x06, 0x01, {0x04}};
    append(a.data, toBcd(amountValue(amountMinor), 6));
    a.data.push_back(0x49);
    append(a.data, toBcd(currency, 2));
    return a;
}

Apdu reversal(std::uint32_t password, std::uint32_t receipt)
{
    Apdu a{0x06, 0x30, toBcd(password, 3)};
    a.data.push_back(0x87);
    append(a.data, toBcd(receipt, 2));
    return a;
}

Apdu refund(std::uint32_t password, std::int64_t amountMinor)
{
    Apdu a{0x06, 0x31, toBcd(password, 3)};
    a.data.push_back(0x04);
    append(a.data, toBcd(amountValue(amountMinor), 6));
    return a;
}

Apdu abort()
{
    return Apdu{0x06, 0xB0, {}};
}
Apdu endOfDay(std::uint32_t password)
{
    return Apdu{0x06, 0x50, toBcd(password, 3)};
}
Apdu statusEnquiry(std::uint32_t password)
{
    return Apdu{0x05, 0x01, toBcd(password, 3)};
}
Apdu repeatReceipt(std::uint32_t password)
{
    return Apdu{0x06, 0x20, toBcd(password, 3)};
}
Apdu ack()
{
    return Apdu{0x80, 0x00, {}};
}

} // namespace command

namespace {

std::vector<std::string> textLinesFromTlv(const std::vector<TlvItem> &items, Charset charset)
{
    // 06 D3: tag 25 (print texts) holds tag 07 text lines; some terminals put 07 at the top.
    std::vector<std::string> lines;
    for (const auto &item : items) {
        if (item.tag == 0x07)
            lines.push_back(decodeText(item.value, charset));
        else if (!item.children.empty()) {
            auto inner = textLinesFromTlv(item.children, charset);
            lines.insert(lines.end(), inner.begin(), inner.end());
        }
    }
    return lines;
}

} // namespace

core::Result<TerminalMessage> decodeTerminalMessage(const Apdu &apdu, Charset charset,
                                                    bool afterStatusEnquiry)
{
    const auto &d = apdu.data;
    if (apdu.cls == 0x80 && apdu.ins == 0x00)
        return TerminalMessage{Acknowledge{true, 0}};
    if (apdu.cls == 0x84)
        return TerminalMessage{Acknowledge{false, apdu.ins}};
    if (apdu.is(0x04, 0xFF)) {
        if (d.empty())
            return core::makeError("zvt.msg.04ff",
                                   "intermediate status 04 FF without a status byte");
        IntermediateStatus s{d[0], intermediateText(d[0])};
        // Optional: timeout byte, then BMP 06 with display texts (tag 24 / 07).
        std::size_t pos = 1;
        if (pos < d.size() && d[pos] != 0x06)
            ++pos;
        if (pos < d.size() && d[pos] == 0x06) {
            auto f = decodeBmps(std::span(d).subspan(pos), charset);
            if (f) {
                auto lines = textLinesFromTlv(f->tlv, charset);
                if (!lines.empty()) {
                    s.text.clear();
                    for (const auto &l : lines)
                        s.text += (s.text.empty() ? "" : " ") + l;
                }
            }
        }
        return TerminalMessage{std::move(s)};
    }
    if (apdu.is(0x04, 0x0F)) {
        auto f = decodeBmps(d, charset);
        if (!f)
            return core::makeError(f.error().code,
                                   "status information 04 0F: " + f.error().message);
        return TerminalMessage{StatusInformation{std::move(*f)}};
    }
    if (apdu.is(0x06, 0xD1)) {
        if (d.empty())
            return core::makeError("zvt.msg.06d1", "print line 06 D1 without an attribute byte");
        PrintText p;
        p.lines.push_back(decodeText(std::span(d).subspan(1), charset));
        p.last = (d[0] & 0x80) != 0;
        return TerminalMessage{std::move(p)};
    }
    if (apdu.is(0x06, 0xD3)) {
        auto f = decodeBmps(d, charset);
        if (!f)
            return core::makeError(f.error().code, "text block 06 D3: " + f.error().message);
        return TerminalMessage{PrintText{textLinesFromTlv(f->tlv, charset), true}};
    }
    if (apdu.is(0x06, 0x0F)) {
        Completion c;
        std::span<const std::uint8_t> rest(d);
        if (afterStatusEnquiry && rest.size() >= 3 && (rest[0] & 0xF0) == 0xF0) {
            const std::size_t n
                = std::size_t(rest[0] & 0xF) * 100 + (rest[1] & 0xF) * 10 + (rest[2] & 0xF);
            if (3 + n > rest.size())
                return core::makeError("zvt.msg.060f", "completion 06 0F: software version runs "
                                                       "past the end");
            c.softwareVersion = decodeText(rest.subspan(3, n), charset);
            rest = rest.subspan(3 + n);
            if (!rest.empty()) {
                c.terminalStatus = rest[0];
                rest = rest.subspan(1);
            }
        }
        auto f = decodeBmps(rest, charset);
        if (!f)
            return core::makeError(f.error().code, "completion 06 0F: " + f.error().message);
        c.fields = std::move(*f);
        return TerminalMessage{std::move(c)};
    }
    if (apdu.is(0x06, 0x1E)) {
        return TerminalMessage{TerminalAbort{d.empty() ? std::uint8_t{0xFF} : d[0]}};
    }
    return TerminalMessage{OtherMessage{apdu}};
}

std::string resultCodeText(std::uint8_t code)
{
    switch (code) {
    case 0x00:
        return "Approved";
    case 0x64:
        return "Card not readable";
    case 0x65:
        return "Card data not present";
    case 0x66:
        return "Processing error";
    case 0x67:
        return "Function not permitted for debit cards";
    case 0x68:
        return "Function not permitted for credit cards";
    case 0x6A:
        return "Turnover file full";
    case 0x6B:
        return "Function deactivated (terminal not registered)";
    case 0x6C:
        return "Aborted by timeout or the abort key";
    case 0x6E:
        return "Card is blocked";
    case 0x6F:
        return "Wrong currency";
    case 0x71:
        return "Insufficient funds";
    case 0x72:
        return "Chip error";
    case 0x73:
        return "Card data incorrect";
    case 0x77:
        return "End-of-day batch not possible";
    case 0x78:
        return "Card expired";
    case 0x79:
        return "Card not yet valid";
    case 0x7A:
        return "Card unknown";
    case 0x7D:
        return "Communication error";
    case 0x83:
        return "Function not possible";
    case 0x85:
        return "Key missing";
    case 0x89:
        return "PIN pad defective";
    case 0x9A:
        return "ZVT protocol error";
    case 0x9B:
        return "Error from dial-up or communication fault";
    case 0x9C:
        return "Please wait";
    case 0xA0:
        return "Receiver not ready";
    case 0xA1:
        return "Remote station does not respond";
    case 0xA3:
        return "No connection to the payment host";
    case 0xB1:
        return "Terminal memory full";
    case 0xB2:
        return "Merchant journal full";
    case 0xB4:
        return "Already reversed";
    case 0xB5:
        return "Reversal not possible";
    case 0xB7:
        return "Amount wrong";
    case 0xC2:
        return "Terminal needs diagnosis";
    case 0xC3:
        return "Maximum amount exceeded";
    case 0xC5:
        return "Payment method not supported";
    case 0xC6:
        return "Currency not applicable";
    case 0xC8:
        return "Amount too small";
    case 0xCC:
        return "Terminal printer not ready";
    case 0xDC:
        return "Card still inserted";
    case 0xE2:
        return "Card reader defective";
    case 0xEC:
        return "PIN processing not possible";
    case 0xF0:
        return "Open end-of-day batch present";
    case 0xFF:
        return "Terminal system error";
    default:
        return "Terminal error " + hex(std::span<const std::uint8_t>(&code, 1));
    }
}

std::string intermediateText(std::uint8_t code)
{
    switch (code) {
    case 0x00:
        return "Waiting for amount confirmation";
    case 0x01:
    case 0x02:
        return "Please watch the PIN pad";
    case 0x03:
        return "Not accepted";
    case 0x04:
        return "Waiting for the payment host";
    case 0x05:
        return "Sending auto-reversal";
    case 0x06:
        return "Sending post-bookings";
    case 0x07:
        return "Card not admitted";
    case 0x08:
        return "Card unknown";
    case 0x09:
        return "Card expired";
    case 0x0A:
        return "Insert card";
    case 0x0B:
        return "Please remove card";
    case 0x0C:
        return "Card not readable";
    case 0x0D:
        return "Processing error";
    case 0x0E:
        return "Please wait";
    case 0x0F:
        return "Automatic end-of-day batch";
    case 0x10:
        return "Invalid card";
    case 0x15:
        return "Incorrect PIN";
    case 0x17:
        return "Please wait";
    case 0x1C:
        return "Approved, please take the goods";
    case 0x1D:
        return "Declined";
    default:
        return "Terminal busy";
    }
}

IntermediateKind intermediateKind(std::uint8_t code)
{
    switch (code) {
    case 0x0A:
        return IntermediateKind::InsertCard;
    case 0x01:
    case 0x02:
    case 0x15:
        return IntermediateKind::Pin;
    case 0x04:
        return IntermediateKind::WaitingForHost;
    case 0x0B:
        return IntermediateKind::RemoveCard;
    case 0x0E:
    case 0x17:
        return IntermediateKind::PleaseWait;
    default:
        return IntermediateKind::Other;
    }
}

} // namespace lane::devices::zvt
