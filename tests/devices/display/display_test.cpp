#include <gtest/gtest.h>

#include <QSignalSpy>

#include "devices/display/poledisplay.h"
#include "devices/display/poledisplaycodec.h"
#include "devices/display/secondscreendisplay.h"
#include "devices/framework/serialchannel.h"
#include "devices/sim/serialsimulators.h"
#include "tests/devices/support/testsupport.h"

using namespace lane::devices;
using namespace lane::devices::display;
using lane::core::Currency;
using lane::core::Money;
using lane::devices::test::waitFor;

TEST(PoleDisplayCodec, ShowLinesPadsAndPlacesBothLines)
{
    const auto bytes = PoleDisplayCodec::showLines("Milk", "1.99 EUR that is far too long");
    EXPECT_EQ(bytes.substr(0, 8), std::string("\x1b=\x02\x0c\x1f\x24\x01\x01", 8));
    PoleDisplayScreen screen;
    screen.feed(PoleDisplayCodec::init() + bytes);
    EXPECT_EQ(screen.line(0), "Milk                ");
    EXPECT_EQ(screen.line(1), "1.99 EUR that is far");
    EXPECT_EQ(screen.unknownCommands(), 0);
}

TEST(PoleDisplayScreen, OnlyTakesDataWhileSelectedAndSurvivesGarbage)
{
    PoleDisplayScreen screen;
    screen.feed("\x1b=\x01printer text\x1b=\x02shown");
    EXPECT_EQ(screen.line(0), "shown               ");
    screen.feed(std::string("\x1bZ\x1fQ\x07", 5) + "\x1f");
    screen.feed("$\x14\x02!");
    EXPECT_EQ(screen.line(1)[19], '!');
    EXPECT_EQ(screen.unknownCommands(), 3);
}

TEST(PoleDisplay, ShowsTotalsThroughAPty)
{
    sim::DisplaySimulator simulator;
    ASSERT_TRUE(simulator.start().ok());
    PoleDisplay display(QStringLiteral("pole"),
                        std::make_unique<SerialChannel>(simulator.portPath(), SerialSettings{}));
    ASSERT_TRUE(display.open().ok());
    ASSERT_TRUE(display.claim().ok());
    ASSERT_TRUE(display.enable().ok());
    display.showTotal(QStringLiteral("TOTAL"), Money(1234567, *Currency::fromCode("EUR")));
    ASSERT_TRUE(
        waitFor([&] { return simulator.line(1).trimmed() == QStringLiteral("12,345.67 EUR"); }));
    EXPECT_EQ(simulator.line(0), QStringLiteral("TOTAL               "));
    display.showLines(QStringLiteral("Caf\u00e9 cr\u00e8me"), QStringLiteral("\u20ac 2.50"));
    const bool shown = waitFor([&] { return simulator.line(1).contains(QStringLiteral(" 2.50")); });
    ASSERT_TRUE(shown) << simulator.line(1).toStdString();
    EXPECT_EQ(simulator.line(1).at(0), QLatin1Char('?')) << simulator.line(1).toStdString();
    EXPECT_EQ(simulator.line(0).toLatin1().size(), 20);
}

TEST(SecondScreenDisplay, ModelForQml)
{
    SecondScreenDisplay model;
    QSignalSpy changed(&model, &SecondScreenDisplay::changed);
    model.showLines(QStringLiteral("신라면"), QStringLiteral("4,480 KRW"));
    model.showTotal(QStringLiteral("합계"), Money(19190, *Currency::fromCode("KRW")));
    EXPECT_EQ(changed.size(), 2);
    EXPECT_EQ(model.line1(), QStringLiteral("신라면"));
    EXPECT_EQ(model.totalText(), QStringLiteral("19,190 KRW"));
    EXPECT_EQ(model.totalMinor(), 19190);
    EXPECT_EQ(model.property("totalText").toString(), QStringLiteral("19,190 KRW"));
    model.clearDisplay();
    EXPECT_TRUE(model.line1().isEmpty());
    EXPECT_EQ(formatAmount(Money(-100050, *Currency::fromCode("USD"))),
              QStringLiteral("-1,000.50 USD"));
}
