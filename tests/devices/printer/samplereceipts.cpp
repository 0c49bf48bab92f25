#include "samplereceipts.h"

namespace lane::devices::test {

using namespace escpos;

RasterImage sampleLogo()
{
    RasterImage logo{192, 48, std::vector<std::uint8_t>(24 * 48, 0), Align::Center};
    for (int y = 0; y < 48; ++y) {
        for (int x = 0; x < 192; ++x) {
            const bool border = x < 3 || x >= 189 || y < 3 || y >= 45;
            const bool stripe = (x + y) % 16 < 4 && y > 8 && y < 40 && x > 8 && x < 183;
            logo.setPixel(x, y, border || stripe);
        }
    }
    return logo;
}

namespace {

TextStyle center(bool bold = false)
{
    TextStyle s;
    s.align = Align::Center;
    s.bold = bold;
    return s;
}

TextStyle big()
{
    TextStyle s;
    s.align = Align::Center;
    s.bold = true;
    s.doubleWidth = true;
    s.doubleHeight = true;
    return s;
}

TextStyle totalStyle()
{
    TextStyle s;
    s.bold = true;
    s.doubleWidth = true;
    return s;
}

} // namespace

Document englishReceipt()
{
    Document d;
    d.image(sampleLogo());
    d.text("LANE MARKET", big());
    d.text("12 Harbour Street, Leith", center());
    d.text("VAT GB 123 4567 89", center());
    d.text(std::string(48, '-'));
    d.columns("Receipt 0042-0001", "2026-11-22 09:14");
    d.columns("Lane 03  Cashier Kim", "Copy 1");
    d.text(std::string(48, '-'));
    d.columns("Whole milk 2L", "1.45");
    d.columns("Sourdough loaf", "3.20");
    d.columns("Bananas 1.234 kg @ 1.10/kg", "1.36");
    d.columns("Free-range eggs x12", "3.95");
    d.columns("Olive oil extra virgin 750ml special offer", "6.49");
    d.text("  Offer: 2 for 5.00", TextStyle{.underline = true});
    d.text(std::string(48, '-'));
    d.columns("Subtotal", "16.45");
    d.columns("VAT 20% incl.", "2.74");
    d.columns("TOTAL", "GBP 16.45", totalStyle());
    d.columns("Card ************1234", "16.45");
    d.feed(1);
    d.barcode(Barcode{BarcodeType::Code128, "R0042-0001", 80, 2, true, Align::Center});
    d.barcode(Barcode{BarcodeType::Ean13, "4006381333931", 80, 2, true, Align::Center});
    d.barcode(
        Barcode{BarcodeType::Gs1_128, "[01]09501101530003[10]AB12", 80, 2, true, Align::Center});
    d.qr(QrCode{"https://lane.example/r/0042-0001", 6, 'M', Align::Center});
    d.text("Thank you for shopping with us", center());
    TextStyle small;
    small.fontB = true;
    small.align = Align::Center;
    d.text("Returns within 30 days with this receipt", small);
    d.feed(3);
    d.cut(true);
    return d;
}

Document koreanReceipt()
{
    Document d;
    d.image(sampleLogo());
    d.text("레인마트 강남점", big());
    d.text("서울특별시 강남구 테헤란로 123", center());
    d.text("사업자번호 123-45-67890  대표 김레인", center());
    d.text(std::string(48, '-'));
    d.columns("영수증 0042-0001", "2026-11-22 09:14");
    d.columns("POS 03  계산원 김민지", "");
    d.text(std::string(48, '-'));
    d.columns("신라면 멀티팩", "\u20a94,480");
    d.columns("서울우유 1L", "\u20a92,950");
    d.columns("제주 감귤 1.234 kg", "\u20a96,170");
    d.columns("햇반 210g x 3", "\u20a93,600");
    d.columns("유기농 두부 (행사상품)", "\u20a91,990");
    d.text("  할인: 2+1 행사", TextStyle{.underline = true});
    d.text(std::string(48, '-'));
    d.columns("과세물품가액", "\u20a917,445");
    d.columns("부가세", "\u20a91,745");
    d.columns("합계", "\u20a919,190", totalStyle());
    d.columns("신용카드 ****-****-****-1234", "\u20a919,190");
    d.feed(1);
    d.barcode(Barcode{BarcodeType::Code128, "R0042-0001", 80, 2, true, Align::Center});
    d.qr(QrCode{"https://lane.example/r/0042-0001?lang=ko", 6, 'M', Align::Center});
    d.text("감사합니다. 또 오세요!", center(true));
    d.feed(3);
    d.pulse(DrawerPulse{0, 100, 200});
    d.cut(true);
    return d;
}

} // namespace lane::devices::test
