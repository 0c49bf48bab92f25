#include <gtest/gtest.h>

#include "devices/escpos/status.h"

using namespace lane::devices::escpos;

TEST(PrinterStatus, DleEotRepliesFollowTheBitPattern)
{
    PrinterStatus s;
    EXPECT_TRUE(applyDleEotReply(1, 0x16, s).ok()); // drawer pin high
    EXPECT_TRUE(s.drawerPinHigh);
    EXPECT_FALSE(s.offline);
    EXPECT_TRUE(applyDleEotReply(1, 0x1E, s).ok());
    EXPECT_TRUE(s.offline);
    EXPECT_TRUE(applyDleEotReply(2, 0x16, s).ok());
    EXPECT_TRUE(s.coverOpen);
    EXPECT_TRUE(applyDleEotReply(3, 0x1A, s).ok());
    EXPECT_TRUE(s.cutterError);
    EXPECT_TRUE(applyDleEotReply(4, 0x1E, s).ok());
    EXPECT_TRUE(s.paperNearEnd);
    EXPECT_FALSE(s.paperEnd);
    EXPECT_TRUE(applyDleEotReply(4, 0x72, s).ok());
    EXPECT_TRUE(s.paperEnd);
    EXPECT_FALSE(s.paperNearEnd);
    EXPECT_FALSE(s.canPrint());
}

TEST(PrinterStatus, BytesBreakingThePatternAreRefused)
{
    PrinterStatus s;
    for (std::uint8_t bad : {0x00, 0x13, 0x02, 0x92, 0xFF, 0x10}) {
        EXPECT_FALSE(applyDleEotReply(1, bad, s).ok()) << int(bad);
    }
    EXPECT_FALSE(applyDleEotReply(5, 0x12, s).ok());
    EXPECT_EQ(s, PrinterStatus{});
}

TEST(PrinterStatus, ProblemsHaveCodesAndHumanMessages)
{
    PrinterStatus s;
    EXPECT_TRUE(s.canPrint());
    EXPECT_EQ(s.message(), "ready");
    s.paperNearEnd = true;
    EXPECT_TRUE(s.canPrint());
    ASSERT_EQ(s.problems().size(), 1u);
    EXPECT_EQ(s.problems()[0].code, "printer.paper_near_end");
    s.coverOpen = true;
    s.offline = true;
    EXPECT_EQ(s.problems()[0].code, "printer.cover_open");
    EXPECT_EQ(s.message(), "The printer cover is open: close it.");
    PrinterStatus offline;
    offline.offline = true;
    EXPECT_EQ(offline.problems()[0].code, "printer.offline");
}

TEST(PrinterStatus, AutomaticStatusBack)
{
    auto s = parseAsb({0x38, 0x08, 0x0C, 0x00}); // offline + cover open, cutter, paper end
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(s->offline);
    EXPECT_TRUE(s->coverOpen);
    EXPECT_TRUE(s->cutterError);
    EXPECT_TRUE(s->paperEnd);
    EXPECT_FALSE(s->paperNearEnd);
    EXPECT_FALSE(parseAsb({0x12, 0, 0, 0}).ok());
    EXPECT_FALSE(parseAsb({0x10, 0x10, 0, 0}).ok());
}

TEST(StatusStream, SeparatesRepliesFromAsbBlocksAndCountsGarbage)
{
    StatusStream stream;
    const std::uint8_t bytes[] = {0x12, 0xFF, 0x14, 0x00, 0x03, 0x00, 0x16, 0x10, 0x20, 0x12};
    auto items = stream.feed(bytes, 6);
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].kind, StatusStream::Item::Kind::DleEot);
    EXPECT_EQ(items[1].kind, StatusStream::Item::Kind::Asb);
    EXPECT_TRUE(items[1].asb.drawerPinHigh);
    EXPECT_TRUE(items[1].asb.paperNearEnd);
    EXPECT_EQ(stream.garbageBytes(), 1u);
    items = stream.feed(bytes + 6, 4); // 0x16 reply, broken ASB 0x10 0x20, reply 0x12
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].dleEot, 0x16);
    EXPECT_EQ(items[1].dleEot, 0x12);
    EXPECT_EQ(stream.garbageBytes(), 3u);
}

TEST(PrinterStatus, AsbBlocksRoundTripAndEnableIsGsA)
{
    EXPECT_EQ(automaticStatusBack(kAsbAll), (std::array<std::uint8_t, 3>{0x1D, 0x61, 0x0F}));
    EXPECT_EQ(encodeAsb({}), (std::array<std::uint8_t, 4>{0x10, 0x00, 0x00, 0x00}));
    PrinterStatus s;
    s.offline = true;
    s.coverOpen = true;
    s.cutterError = true;
    s.errorOccurred = true;
    s.paperNearEnd = true;
    s.paperEnd = true;
    const auto block = encodeAsb(s);
    auto parsed = parseAsb(block);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, s);
    StatusStream stream;
    const auto items = stream.feed(block.data(), block.size());
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].kind, StatusStream::Item::Kind::Asb);
    EXPECT_TRUE(items[0].asb.paperEnd);
}
