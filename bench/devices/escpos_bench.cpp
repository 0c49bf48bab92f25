#include <benchmark/benchmark.h>

#include <QGuiApplication>

#include "devices/escpos/encoder.h"
#include "devices/escpos/parser.h"
#include "devices/printer/qttextcodec.h"
#include "devices/printer/receiptrenderer.h"

using namespace lane::devices;
using namespace lane::devices::escpos;

namespace {

// A 40-line receipt: header, 34 item lines with prices, totals, a barcode and a QR code.
Document fortyLineReceipt(bool korean)
{
    Document d;
    TextStyle title;
    title.bold = true;
    title.doubleWidth = true;
    title.align = Align::Center;
    d.text(korean ? "레인마트 강남점" : "LANE MARKET", title);
    d.text(std::string(48, '-'));
    for (int i = 0; i < 34; ++i) {
        const std::string price = std::to_string(1000 + i * 37);
        d.columns(korean ? "상품 " + std::to_string(i) + " 서울우유 1L"
                         : "Item " + std::to_string(i) + " whole milk 1L",
                  korean ? "\u20a9" + price : price.substr(0, 2) + "." + price.substr(2));
    }
    d.text(std::string(48, '-'));
    d.columns("TOTAL", korean ? "\u20a9123,456" : "1234.56", title);
    d.columns("Card ************1234", korean ? "\u20a9123,456" : "1234.56");
    d.barcode(Barcode{BarcodeType::Code128, "R0042-0001", 80, 2, true, Align::Center});
    d.qr(QrCode{"https://lane.example/r/0042-0001", 6, 'M', Align::Center});
    d.cut();
    return d;
}

void BM_EncodeReceiptEnglish(benchmark::State &state)
{
    const Document doc = fortyLineReceipt(false);
    const PrinterProfile profile = PrinterProfile::epson80mm();
    EscPosEncoder encoder(profile, printer::makeTextEncoder(profile));
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto out = encoder.encode(doc);
        bytes = out->size();
        benchmark::DoNotOptimize(out);
    }
    state.counters["bytes"] = double(bytes);
}
BENCHMARK(BM_EncodeReceiptEnglish)->Unit(benchmark::kMicrosecond);

void BM_EncodeReceiptKoreanEucKr(benchmark::State &state)
{
    const Document doc = fortyLineReceipt(true);
    const PrinterProfile profile = PrinterProfile::korean80mm();
    EscPosEncoder encoder(profile, printer::makeTextEncoder(profile));
    for (auto _ : state) {
        auto out = encoder.encode(doc);
        benchmark::DoNotOptimize(out);
    }
}
BENCHMARK(BM_EncodeReceiptKoreanEucKr)->Unit(benchmark::kMicrosecond);

void BM_EncodeReceiptRasterText(benchmark::State &state)
{
    const Document doc = fortyLineReceipt(true);
    printer::ReceiptRenderer renderer;
    EscPosEncoder encoder(PrinterProfile::raster80mm(), encodeAscii, renderer.textRasterizer());
    for (auto _ : state) {
        auto out = encoder.encode(doc);
        benchmark::DoNotOptimize(out);
    }
}
BENCHMARK(BM_EncodeReceiptRasterText)->Unit(benchmark::kMicrosecond);

void BM_ParseReceipt(benchmark::State &state)
{
    const PrinterProfile profile = PrinterProfile::korean80mm();
    auto bytes
        = EscPosEncoder(profile, printer::makeTextEncoder(profile)).encode(fortyLineReceipt(true));
    const std::string stream(bytes->begin(), bytes->end());
    const auto decode = printer::makeTextDecoder();
    for (auto _ : state) {
        auto result = EscPosParser::parse(stream, decode);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_ParseReceipt)->Unit(benchmark::kMicrosecond);

void BM_RenderReceiptPng(benchmark::State &state)
{
    const Document doc = fortyLineReceipt(true);
    printer::ReceiptRenderer renderer;
    for (auto _ : state) {
        QImage image = renderer.render(doc);
        benchmark::DoNotOptimize(image);
    }
}
BENCHMARK(BM_RenderReceiptPng)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
