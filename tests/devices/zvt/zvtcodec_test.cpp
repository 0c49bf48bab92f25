// ZVT codec on raw bytes: every message the ECR side sends or understands, against golden
// byte strings in tests/data/zvt/ written from the specification (PA00P015), each file
// citing the message it shows.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "devices/zvt/zvtapdu.h"
#include "devices/zvt/zvtbmp.h"
#include "devices/zvt/zvtcommands.h"
#include "devices/zvt/zvtframing.h"
#include "devices/zvt/zvtsession.h"

using namespace lane::devices::zvt;

namespace {

Bytes golden(const std::string &name)
{
    std::ifstream in(std::string(LANE_TEST_DATA_DIR) + "/zvt/" + name + ".hex");
    EXPECT_TRUE(in.good()) << name;
    std::stringstream ss;
    ss << in.rdbuf();
    auto bytes = parseHex(ss.str());
    EXPECT_TRUE(bytes.ok()) << name;
    return bytes.ok() ? *bytes : Bytes{};
}

Apdu goldenApdu(const std::string &name)
{
    auto apdu = decodeApdu(golden(name));
    EXPECT_TRUE(apdu.ok()) << name << ": " << (apdu.ok() ? "" : apdu.error().message);
    return apdu.ok() ? *apdu : Apdu{};
}

template<typename T>
T as(const Apdu &apdu, bool afterEnquiry = false)
{
    auto msg = decodeTerminalMessage(apdu, Charset::Cp437, afterEnquiry);
    EXPECT_TRUE(msg.ok());
    EXPECT_TRUE(std::holds_alternative<T>(*msg));
    return std::get<T>(*msg);
}

} // namespace

struct CommandCase
{
    const char *file;
    Apdu apdu;
};

class CommandGolden : public ::testing::TestWithParam<CommandCase>
{};

TEST_P(CommandGolden, EncodesExactlyAsTheSpecificationShows)
{
    EXPECT_EQ(hex(encodeApdu(GetParam().apdu)), hex(golden(GetParam().file)));
}

INSTANTIATE_TEST_SUITE_P(
    Commands, CommandGolden,
    ::testing::Values(CommandCase{"registration", command::registration(0, 0xBA, 978)},
                      CommandCase{"authorisation", command::authorisation(1250, 978)},
                      CommandCase{"reversal", command::reversal(0, 42)},
                      CommandCase{"refund", command::refund(0, 500)},
                      CommandCase{"abort", command::abort()},
                      CommandCase{"end_of_day", command::endOfDay(0)},
                      CommandCase{"status_enquiry", command::statusEnquiry(0)},
                      CommandCase{"repeat_receipt", command::repeatReceipt(0)},
                      CommandCase{"ack", command::ack()}),
    [](const ::testing::TestParamInfo<CommandCase> &p) { return std::string(p.param.file); });

TEST(ZvtCrc, MatchesTheCatalogueCheckValue)
{
    // CRC-16 with polynomial 0x1021 reflected, init 0, no xorout (catalogued as KERMIT):
    // check value over "123456789" is 0x2189.
    const std::string check = "123456789";
    EXPECT_EQ(crc16(std::span(reinterpret_cast<const std::uint8_t *>(check.data()), check.size())),
              0x2189);
}

TEST(ZvtSerial, FramesMatchGoldenBytesIncludingDleStuffing)
{
    EXPECT_EQ(hex(frameSerial(encodeApdu(command::ack()))), hex(golden("serial_ack_frame")));
    EXPECT_EQ(hex(frameSerial(encodeApdu(command::registration(0, 0xBA, 978)))),
              hex(golden("serial_registration_frame")));
    EXPECT_EQ(hex(frameSerial(encodeApdu(command::authorisation(11000, 978)))),
              hex(golden("serial_authorisation_frame")));
}

TEST(ZvtSerial, DeframerUnstuffsChecksCrcAndSeesAckNak)
{
    Bytes stream = {kAck};
    const Bytes f = golden("serial_authorisation_frame");
    stream.insert(stream.end(), f.begin(), f.end());
    stream.push_back(kNak);
    SerialDeframer d;
    // Byte by byte, as a slow line delivers it.
    std::vector<SerialItem> items;
    for (auto b : stream) {
        auto got = d.feed(std::span(&b, 1));
        items.insert(items.end(), got.begin(), got.end());
    }
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[0].kind, SerialItem::Kind::Ack);
    ASSERT_EQ(items[1].kind, SerialItem::Kind::Frame);
    EXPECT_EQ(hex(items[1].apdu), hex(encodeApdu(command::authorisation(11000, 978))));
    EXPECT_EQ(items[2].kind, SerialItem::Kind::Nak);
}

TEST(ZvtSerial, CorruptedFrameIsReportedAsBadCrc)
{
    Bytes f = golden("serial_registration_frame");
    f[5] ^= 0x01;
    SerialDeframer d;
    auto items = d.feed(f);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].kind, SerialItem::Kind::BadCrc);
}

TEST(ZvtApdu, ExtendedLengthIsFfThenTwoBytesLittleEndian)
{
    Apdu big{0x06, 0xD3, Bytes(300, 0x41)};
    const Bytes raw = encodeApdu(big);
    ASSERT_EQ(raw.size(), 305u);
    EXPECT_EQ(hex(std::span(raw).first(5)), "06 D3 FF 2C 01");
    auto back = decodeApdu(raw);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, big);
    // Exactly 255 data bytes already needs the extended form.
    const Bytes edge = encodeApdu(Apdu{0x06, 0xD3, Bytes(255, 0)});
    EXPECT_EQ(hex(std::span(edge).first(5)), "06 D3 FF FF 00");
}

TEST(ZvtApdu, StreamReaderSplitsAndJoinsTcpSegments)
{
    Bytes stream = golden("intermediate_insert_card");
    const Bytes b = golden("completion");
    stream.insert(stream.end(), b.begin(), b.end());
    ApduStreamReader r;
    EXPECT_TRUE(r.feed(std::span(stream).first(3)).empty());
    auto apdus = r.feed(std::span(stream).subspan(3));
    ASSERT_EQ(apdus.size(), 2u);
    EXPECT_TRUE(apdus[0].is(0x04, 0xFF));
    EXPECT_TRUE(apdus[1].is(0x06, 0x0F));
    EXPECT_FALSE(r.midApdu());
}

TEST(ZvtApdu, LengthMismatchNamesTheMessage)
{
    auto r = decodeApdu(Bytes{0x04, 0x0F, 0x05, 0x27});
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("04 0F"), std::string::npos);
}

TEST(ZvtBcd, AmountsAreSixBytesOfCents)
{
    EXPECT_EQ(hex(toBcd(1250, 6)), "00 00 00 00 12 50");
    EXPECT_EQ(hex(toBcd(999999999999ULL, 6)), "99 99 99 99 99 99");
    EXPECT_EQ(fromBcd(Bytes{0x00, 0x12, 0x50}).value(), 1250u);
    EXPECT_FALSE(fromBcd(Bytes{0x1A}).has_value());
}

TEST(ZvtMessages, IntermediateStatusGivesStageAndText)
{
    auto s = as<IntermediateStatus>(goldenApdu("intermediate_insert_card"));
    EXPECT_EQ(s.code, 0x0A);
    EXPECT_EQ(s.text, "Insert card");
    EXPECT_EQ(intermediateKind(s.code), IntermediateKind::InsertCard);
    auto h = as<IntermediateStatus>(goldenApdu("intermediate_waiting_host"));
    EXPECT_EQ(intermediateKind(h.code), IntermediateKind::WaitingForHost);
}

TEST(ZvtMessages, StatusInformationDecodesEveryBmp)
{
    auto s = as<StatusInformation>(goldenApdu("status_information_approved"));
    const auto &f = s.fields;
    EXPECT_EQ(f.resultCode.value(), 0);
    EXPECT_EQ(f.amount.value(), 1250);
    EXPECT_EQ(f.trace.value(), "000017");
    EXPECT_EQ(f.receipt.value(), "0042");
    EXPECT_EQ(f.terminalId.value(), "52500001");
    EXPECT_EQ(f.maskedPan.value(), "411111******1111");
    EXPECT_EQ(f.authCode.value(), "123456");
    EXPECT_EQ(f.cardType.value(), 10);
    EXPECT_EQ(f.cardName.value(), "Visa");
}

TEST(ZvtMessages, PrintLineAndTextBlock)
{
    auto line = as<PrintText>(goldenApdu("print_line"));
    ASSERT_EQ(line.lines.size(), 1u);
    EXPECT_EQ(line.lines[0], "Beleg");
    EXPECT_TRUE(line.last);
    auto block = as<PrintText>(goldenApdu("print_text_block"));
    EXPECT_EQ(block.lines, (std::vector<std::string>{"Kartenzahlung", "Betrag"}));
}

TEST(ZvtMessages, CompletionAbortAndEnquiryAnswer)
{
    as<Completion>(goldenApdu("completion"));
    EXPECT_EQ(as<TerminalAbort>(goldenApdu("terminal_abort")).resultCode, 0x6C);
    auto c = as<Completion>(goldenApdu("completion_status_enquiry"), true);
    EXPECT_EQ(c.softwareVersion, "SIM1");
    EXPECT_EQ(c.terminalStatus.value(), 0);
    EXPECT_TRUE(as<Acknowledge>(goldenApdu("ack")).positive);
    EXPECT_FALSE(as<Acknowledge>(Apdu{0x84, 0x9C, {}}).positive);
}

TEST(ZvtMessages, ResultCodesInPlainWords)
{
    EXPECT_EQ(resultCodeText(0x71), "Insufficient funds");
    EXPECT_EQ(resultCodeText(0x6C), "Aborted by timeout or the abort key");
    EXPECT_EQ(resultCodeText(0x6E), "Card is blocked");
    EXPECT_EQ(resultCodeText(0x12), "Terminal error 12");
}

TEST(ZvtBmp, UnknownBmpAndOverrunsAreErrorsWithOffsets)
{
    auto unknown = decodeBmps(Bytes{0x27, 0x00, 0x5F, 0x01}, Charset::Cp437);
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().message.find("BMP 5F at offset 2"), std::string::npos);
    auto overrun = decodeBmps(Bytes{0x04, 0x00, 0x00}, Charset::Cp437);
    ASSERT_FALSE(overrun.ok());
    EXPECT_NE(overrun.error().message.find("runs past"), std::string::npos);
    auto badLlvar = decodeBmps(Bytes{0x22, 0x31, 0x32}, Charset::Cp437);
    EXPECT_FALSE(badLlvar.ok());
}

TEST(ZvtText, CharacterSetsVendorsUse)
{
    // "Händler": CP437 0x84, Latin-1 0xE4, UTF-8 C3 A4.
    EXPECT_EQ(decodeText(Bytes{'H', 0x84, 'n'}, Charset::Cp437), "H\xC3\xA4n");
    EXPECT_EQ(decodeText(Bytes{'H', 0xE4, 'n'}, Charset::Latin1), "H\xC3\xA4n");
    EXPECT_EQ(decodeText(Bytes{'H', 0xC3, 0xA4, 'n'}, Charset::Utf8), "H\xC3\xA4n");
    EXPECT_EQ(hex(encodeText("H\xC3\xA4n", Charset::Cp437)), "48 84 6E");
}

TEST(ZvtTlv, NestedContainerAndLongLengths)
{
    Bytes inner;
    encodeTlv(inner, 0x07, Bytes(200, 'x'));
    Bytes outer;
    encodeTlv(outer, 0x25, inner);
    EXPECT_EQ(hex(std::span(outer).first(4)), "25 81 CB 07");
    auto items = decodeTlv(outer);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 1u);
    ASSERT_EQ((*items)[0].children.size(), 1u);
    EXPECT_EQ((*items)[0].children[0].value.size(), 200u);
    EXPECT_FALSE(decodeTlv(Bytes{0x25, 0x05, 0x07}).ok());
}

// The ECR protocol engine on bytes: ACK every terminal message, T3 and T4.
namespace {
using namespace std::chrono_literals;
const lane::core::TimePoint t0{};
} // namespace

TEST(ZvtSession, AcksEveryTerminalMessageAndCollectsTheResult)
{
    EcrSession s(LinkType::Tcp, Charset::Cp437, Timeouts{});
    auto out = s.start(command::authorisation(1250, 978), t0);
    EXPECT_EQ(hex(out.toSend), hex(golden("authorisation")));
    out = s.feed(golden("ack"), t0 + 10ms);
    EXPECT_TRUE(out.acknowledged);
    EXPECT_TRUE(out.toSend.empty());
    for (const char *name : {"intermediate_insert_card", "intermediate_waiting_host",
                             "status_information_approved", "print_line"}) {
        out = s.feed(golden(name), t0 + 20ms);
        EXPECT_EQ(hex(out.toSend), "80 00 00") << name;
        EXPECT_FALSE(out.result.has_value()) << name;
    }
    out = s.feed(golden("completion"), t0 + 30ms);
    EXPECT_EQ(hex(out.toSend), "80 00 00");
    ASSERT_TRUE(out.result.has_value());
    EXPECT_EQ(out.result->end, CommandResult::End::Completed);
    EXPECT_EQ(out.result->status->fields.receipt.value(), "0042");
    EXPECT_EQ(out.result->receiptLines, std::vector<std::string>{"Beleg"});
}

TEST(ZvtSession, T3ExpiresWithoutAcknowledgement)
{
    EcrSession s(LinkType::Tcp, Charset::Cp437, Timeouts{5000ms, 180000ms, 3});
    (void)s.start(command::authorisation(100, 978), t0);
    EXPECT_FALSE(s.tick(t0 + 4999ms).result.has_value());
    auto out = s.tick(t0 + 5000ms);
    ASSERT_TRUE(out.result.has_value());
    EXPECT_EQ(out.result->end, CommandResult::End::AckTimeout);
}

TEST(ZvtSession, T4RestartsOnEveryIntermediateStatus)
{
    EcrSession s(LinkType::Tcp, Charset::Cp437, Timeouts{5000ms, 20000ms, 3});
    (void)s.start(command::authorisation(100, 978), t0);
    (void)s.feed(golden("ack"), t0);
    (void)s.feed(golden("intermediate_insert_card"), t0 + 15s);
    EXPECT_FALSE(s.tick(t0 + 30s).result.has_value()); // 15 s after the status: still running
    (void)s.feed(golden("intermediate_waiting_host"), t0 + 30s);
    EXPECT_FALSE(s.tick(t0 + 49s).result.has_value());
    auto out = s.tick(t0 + 50s);
    ASSERT_TRUE(out.result.has_value());
    EXPECT_EQ(out.result->end, CommandResult::End::CompletionTimeout);
    EXPECT_TRUE(out.result->acknowledged);
}

TEST(ZvtSession, SerialLinkAcksFramesAndResendsAfterNak)
{
    EcrSession s(LinkType::Serial, Charset::Cp437, Timeouts{});
    auto out = s.start(command::registration(0, 0xBA, 978), t0);
    EXPECT_EQ(hex(out.toSend), hex(golden("serial_registration_frame")));
    out = s.feed(Bytes{kNak}, t0);
    EXPECT_EQ(hex(out.toSend), hex(golden("serial_registration_frame"))) << "re-sent after NAK";
    out = s.feed(Bytes{kAck}, t0);
    EXPECT_TRUE(out.toSend.empty());
    out = s.feed(golden("serial_ack_frame"), t0);
    EXPECT_EQ(hex(out.toSend), "06") << "link-level ACK of the terminal's frame";
    EXPECT_TRUE(out.acknowledged);
    out = s.feed(frameSerial(golden("completion")), t0);
    EXPECT_EQ(hex(out.toSend), "06 " + hex(golden("serial_ack_frame")));
    ASSERT_TRUE(out.result.has_value());
    EXPECT_EQ(out.result->end, CommandResult::End::Completed);
}

TEST(ZvtSession, NegativeAcknowledgementMeansRefused)
{
    EcrSession s(LinkType::Tcp, Charset::Cp437, Timeouts{});
    (void)s.start(command::authorisation(100, 978), t0);
    auto out = s.feed(Bytes{0x84, 0x9C, 0x00}, t0);
    ASSERT_TRUE(out.result.has_value());
    EXPECT_EQ(out.result->end, CommandResult::End::Refused);
    EXPECT_FALSE(out.result->acknowledged);
}
