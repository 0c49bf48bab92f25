#include "devices/escpos/parser.h"

#include <algorithm>
#include <cstdio>

#include "devices/escpos/commands.h"
#include "devices/escpos/gs1.h"
#include "devices/escpos/utf8.h"

namespace lane::devices::escpos {

using namespace cmd;

namespace {

std::string hex(std::uint8_t byte)
{
    char text[8];
    std::snprintf(text, sizeof text, "0x%02X", byte);
    return text;
}

std::string commandName(std::uint8_t prefix, std::uint8_t byte)
{
    const char *name = prefix == ESC ? "ESC" : prefix == GS ? "GS" : prefix == FS ? "FS" : "DLE";
    std::string out = std::string(name) + " ";
    if (byte >= 0x21 && byte <= 0x7E)
        out += char(byte);
    else
        out += hex(byte);
    return out;
}

Align alignFrom(std::uint8_t n)
{
    switch (n) {
    case 1:
    case '1':
        return Align::Center;
    case 2:
    case '2':
        return Align::Right;
    default:
        return Align::Left;
    }
}

bool flag(std::uint8_t n)
{
    return n == 1 || n == '1' || n == 2 || n == '2';
}

char ean13Check(std::string_view digits)
{
    int sum = 0;
    for (std::size_t i = 0; i < 12; ++i)
        sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
    return char('0' + (10 - sum % 10) % 10);
}

// CODE128 data as Epson takes it: "{B" / "{A" / "{C" pick the code set, "{{" is '{'.
std::string decodeCode128(std::string_view raw)
{
    std::string out;
    char set = 'B';
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '{' && i + 1 < raw.size()) {
            const char c = raw[++i];
            if (c == 'A' || c == 'B' || c == 'C')
                set = c;
            else if (c == '{')
                out += '{';
            continue;
        }
        if (set == 'C') {
            const auto v = static_cast<unsigned char>(raw[i]);
            char pair[4];
            std::snprintf(pair, sizeof pair, "%02u", unsigned(v % 100));
            out += pair;
        } else {
            out += raw[i];
        }
    }
    return out;
}

} // namespace

std::string decodeLatin1(std::string_view bytes, const TextDecodeMode &mode)
{
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (mode.twoByte && b >= 0x80) {
            appendUtf8(out, U'\uFFFD');
            ++i; // the trail byte belongs to the same character
        } else {
            appendUtf8(out, b);
        }
    }
    return out;
}

EscPosParser::EscPosParser(TextDecodeFn decode, std::size_t maxRasterBytes)
    : m_decode(std::move(decode))
    , m_maxRaster(maxRasterBytes)
{
    resetState();
}

void EscPosParser::resetState()
{
    m_style = {};
    m_mode = {};
    m_barcodeHeight = 162;
    m_barcodeWidth = 3;
    m_barcodeHri = false;
    m_qrSize = 3;
    m_qrLevel = 'L';
}

void EscPosParser::issue(std::size_t rel, std::string message)
{
    if (m_issues.size() < kMaxIssues)
        m_issues.push_back(ParseIssue{m_base + m_pos + rel, std::move(message)});
}

Document EscPosParser::takeDocument()
{
    Document out = std::move(m_document);
    m_document = {};
    return out;
}

std::vector<int> EscPosParser::feed(const std::uint8_t *data, std::size_t size)
{
    m_requests.clear();
    std::size_t start = 0;
    if (m_skip > 0) {
        start = std::min(m_skip, size);
        m_skip -= start;
        m_base += start;
    }
    m_buf.insert(m_buf.end(), data + start, data + size);
    while (m_pos < m_buf.size()) {
        if (parseOne() == Step::NeedMore)
            break;
        if (m_skip > 0) {
            // An oversized command: drop its body as it arrives.
            const std::size_t drop = std::min(m_skip, m_buf.size() - m_pos);
            m_pos += drop;
            m_skip -= drop;
        }
    }
    if (m_pos > 0) {
        m_buf.erase(m_buf.begin(), m_buf.begin() + std::ptrdiff_t(m_pos));
        m_base += m_pos;
        m_pos = 0;
    }
    return m_requests;
}

void EscPosParser::finish()
{
    if (m_pos < m_buf.size())
        issue(0, "stream ends inside a command (" + std::to_string(m_buf.size() - m_pos)
                     + " bytes left)");
    if (m_skip > 0)
        issue(0, "stream ends inside an oversized command");
    m_base += m_buf.size();
    m_buf.clear();
    m_pos = 0;
    m_skip = 0;
    if (m_lineStarted)
        flushLine();
}

void EscPosParser::flushLine()
{
    m_document.elements.emplace_back(
        TextLine{m_decode(m_line, m_mode), m_lineStarted ? m_lineStyle : m_style});
    m_line.clear();
    m_lineStarted = false;
}

EscPosParser::Step EscPosParser::parseOne()
{
    const std::size_t avail = m_buf.size() - m_pos;
    const std::uint8_t b = at(0);
    if (b >= 0x20 || b == HT) {
        if (!m_lineStarted) {
            m_lineStyle = m_style;
            m_lineStarted = true;
        }
        if (m_line.size() < 4096)
            m_line.push_back(b == HT ? ' ' : char(b));
        ++m_pos;
        return Step::Consumed;
    }
    switch (b) {
    case LF:
        flushLine();
        ++m_pos;
        return Step::Consumed;
    case CR:
        ++m_pos;
        return Step::Consumed;
    case ESC:
        return parseEsc(avail);
    case GS:
        return parseGs(avail);
    case FS:
        return parseFs(avail);
    case DLE:
        return parseDle(avail);
    default:
        issue(0, "unexpected control byte " + hex(b));
        ++m_pos;
        return Step::Consumed;
    }
}

EscPosParser::Step EscPosParser::parseEsc(std::size_t avail)
{
    if (avail < 2)
        return Step::NeedMore;
    const std::uint8_t c = at(1);
    // Commands with one parameter byte that change nothing we model.
    static constexpr std::string_view kOneArgIgnored = "3 RJUr{=";
    auto need = [&](std::size_t n) {
        return avail >= n;
    };
    switch (c) {
    case '@':
        if (m_lineStarted)
            flushLine();
        resetState();
        m_pos += 2;
        return Step::Consumed;
    case '2':
    case 'S':
    case 'L':
        m_pos += 2;
        return Step::Consumed;
    case 'c':
        if (!need(4))
            return Step::NeedMore;
        m_pos += 4;
        return Step::Consumed;
    case '!': {
        if (!need(3))
            return Step::NeedMore;
        const std::uint8_t n = at(2);
        m_style.fontB = n & 0x01;
        m_style.bold = n & 0x08;
        m_style.doubleHeight = n & 0x10;
        m_style.doubleWidth = n & 0x20;
        m_style.underline = n & 0x80;
        m_pos += 3;
        return Step::Consumed;
    }
    case 'E':
    case 'G':
    case '-':
    case 'a':
    case 'M':
    case 't':
    case 'd': {
        if (!need(3))
            return Step::NeedMore;
        const std::uint8_t n = at(2);
        if (c == 'E' || c == 'G')
            m_style.bold = n & 1;
        else if (c == '-')
            m_style.underline = flag(n);
        else if (c == 'a')
            m_style.align = alignFrom(n);
        else if (c == 'M')
            m_style.fontB = n == 1 || n == '1';
        else if (c == 't')
            m_mode.codePage = n;
        else if (n > 0) {
            if (m_lineStarted)
                flushLine();
            m_document.elements.emplace_back(Feed{n});
        }
        m_pos += 3;
        return Step::Consumed;
    }
    case 'p':
        if (!need(5))
            return Step::NeedMore;
        m_document.elements.emplace_back(
            DrawerPulse{(at(2) == 1 || at(2) == '1') ? 1 : 0, at(3) * 2, at(4) * 2});
        m_pos += 5;
        return Step::Consumed;
    default:
        if (kOneArgIgnored.find(char(c)) != std::string_view::npos) {
            if (!need(3))
                return Step::NeedMore;
            m_pos += 3;
            return Step::Consumed;
        }
        issue(0, "unknown command " + commandName(ESC, c));
        m_pos += 2;
        return Step::Consumed;
    }
}

EscPosParser::Step EscPosParser::parseGs(std::size_t avail)
{
    if (avail < 2)
        return Step::NeedMore;
    const std::uint8_t c = at(1);
    switch (c) {
    case '!':
    case 'h':
    case 'w':
    case 'H':
    case 'f':
    case 'a':
    case 'B':
    case 'b':
    case 'r':
    case 'I': {
        if (avail < 3)
            return Step::NeedMore;
        const std::uint8_t n = at(2);
        if (c == '!') {
            m_style.doubleWidth = (n >> 4) & 0x07;
            m_style.doubleHeight = n & 0x07;
        } else if (c == 'h') {
            m_barcodeHeight = std::max<int>(1, n);
        } else if (c == 'w') {
            m_barcodeWidth = std::clamp<int>(n, 2, 6);
        } else if (c == 'H') {
            m_barcodeHri = n != 0 && n != '0';
        } else if (c == 'a') {
            m_asbMask = n;
        }
        m_pos += 3;
        return Step::Consumed;
    }
    case 'L':
    case 'W':
    case 'P':
        if (avail < 4)
            return Step::NeedMore;
        m_pos += 4;
        return Step::Consumed;
    case 'V': {
        if (avail < 3)
            return Step::NeedMore;
        const std::uint8_t m = at(2);
        const bool withFeed = m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104;
        if (withFeed && avail < 4)
            return Step::NeedMore;
        if (m_lineStarted)
            flushLine();
        const bool partial = m == 1 || m == '1' || m == 66 || m == 98 || m == 104;
        m_document.elements.emplace_back(Cut{partial});
        ++m_cuts;
        m_pos += withFeed ? 4 : 3;
        return Step::Consumed;
    }
    case 'k':
        return parseBarcode(avail);
    case 'v':
        return parseRaster(avail);
    case '(':
        return parseParenCommand(avail);
    default:
        issue(0, "unknown command " + commandName(GS, c));
        m_pos += 2;
        return Step::Consumed;
    }
}

EscPosParser::Step EscPosParser::parseFs(std::size_t avail)
{
    if (avail < 2)
        return Step::NeedMore;
    const std::uint8_t c = at(1);
    if (c == '&' || c == '.') {
        if (m_lineStarted)
            flushLine();
        m_mode.twoByte = c == '&';
        m_pos += 2;
        return Step::Consumed;
    }
    if (c == 'C' || c == '!' || c == '-' || c == 'W') {
        if (avail < 3)
            return Step::NeedMore;
        m_pos += 3;
        return Step::Consumed;
    }
    issue(0, "unknown command " + commandName(FS, c));
    m_pos += 2;
    return Step::Consumed;
}

EscPosParser::Step EscPosParser::parseDle(std::size_t avail)
{
    if (avail < 3)
        return Step::NeedMore;
    const std::uint8_t c = at(1);
    const std::uint8_t n = at(2);
    if (c == EOT) {
        if (n >= 1 && n <= 4) {
            m_requests.push_back(n);
            m_pos += 3;
        } else if (n == 7 || n == 8) {
            if (avail < 4)
                return Step::NeedMore;
            m_pos += 4;
        } else {
            issue(0, "DLE EOT with unknown n " + std::to_string(n));
            m_pos += 3;
        }
        return Step::Consumed;
    }
    if (c == 0x05) { // DLE ENQ n
        m_pos += 3;
        return Step::Consumed;
    }
    if (c == 0x14) { // DLE DC4 fn ...: the length depends on fn, never on how bytes arrive
        const std::size_t length = n == 7 ? 4 : n == 8 ? 10 : 5;
        if (avail < length)
            return Step::NeedMore;
        m_pos += length;
        return Step::Consumed;
    }
    issue(0, "unknown command " + commandName(DLE, c));
    m_pos += 2;
    return Step::Consumed;
}

EscPosParser::Step EscPosParser::parseBarcode(std::size_t avail)
{
    if (avail < 3)
        return Step::NeedMore;
    const std::uint8_t m = at(2);
    std::string raw;
    std::size_t length = 0;
    if (m <= 6) { // format A: NUL-terminated
        std::size_t end = 3;
        while (end < avail && at(end) != 0)
            ++end;
        if (end == avail) {
            if (avail <= 3 + 255)
                return Step::NeedMore;
            issue(0, "GS k data not terminated");
            m_pos += 3;
            return Step::Consumed;
        }
        raw.assign(reinterpret_cast<const char *>(&m_buf[m_pos + 3]), end - 3);
        length = end + 1;
    } else {
        if (avail < 4)
            return Step::NeedMore;
        const std::size_t n = at(3);
        if (avail < 4 + n)
            return Step::NeedMore;
        raw.assign(reinterpret_cast<const char *>(&m_buf[m_pos + 4]), n);
        length = 4 + n;
    }
    Barcode barcode;
    barcode.height = m_barcodeHeight;
    barcode.moduleWidth = m_barcodeWidth;
    barcode.humanReadable = m_barcodeHri;
    barcode.align = m_style.align;
    bool ok = true;
    if (m == kBarcodeCode128) {
        barcode.type = BarcodeType::Code128;
        barcode.data = decodeCode128(raw);
    } else if (m == kBarcodeEan13 || m == 2) {
        barcode.type = BarcodeType::Ean13;
        const bool digits
            = std::all_of(raw.begin(), raw.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        ok = digits && (raw.size() == 12 || raw.size() == 13);
        if (ok)
            barcode.data = raw.substr(0, 12) + ean13Check(raw);
    } else if (m == kBarcodeGs1_128) {
        barcode.type = BarcodeType::Gs1_128;
        auto fields = parseGs1ElementString(raw, "{1");
        ok = fields.ok();
        if (ok)
            barcode.data = toGs1Bracketed(*fields);
    } else {
        issue(0, "unsupported barcode type " + std::to_string(m) + " skipped");
        m_pos += length;
        return Step::Consumed;
    }
    if (ok)
        m_document.elements.emplace_back(std::move(barcode));
    else
        issue(0, "invalid data for barcode type " + std::to_string(m));
    m_pos += length;
    return Step::Consumed;
}

EscPosParser::Step EscPosParser::parseRaster(std::size_t avail)
{
    if (avail < 8)
        return Step::NeedMore;
    if (at(2) != '0' && at(2) != 0) {
        issue(0, "unknown command GS v " + hex(at(2)));
        m_pos += 3;
        return Step::Consumed;
    }
    const std::size_t rowBytes = at(4) | (std::size_t(at(5)) << 8);
    const std::size_t rows = at(6) | (std::size_t(at(7)) << 8);
    const std::size_t size = rowBytes * rows;
    if (rowBytes == 0 || rows == 0 || size > m_maxRaster) {
        issue(0, "GS v 0 image of " + std::to_string(rowBytes) + "x" + std::to_string(rows)
                     + " bytes refused");
        m_pos += 8;
        m_skip = size;
        return Step::Consumed;
    }
    if (avail < 8 + size)
        return Step::NeedMore;
    if (m_lineStarted)
        flushLine();
    const auto begin = m_buf.begin() + std::ptrdiff_t(m_pos + 8);
    const std::size_t absStart = m_base + m_pos;
    auto *previous = m_document.elements.empty()
                         ? nullptr
                         : std::get_if<RasterImage>(&m_document.elements.back());
    // The encoder slices big images into several GS v 0 blocks: join them back.
    if (previous && m_lastRasterEnd == absStart && previous->bytesPerRow() == int(rowBytes)
        && previous->align == m_style.align) {
        previous->bits.insert(previous->bits.end(), begin, begin + std::ptrdiff_t(size));
        previous->height += int(rows);
    } else {
        RasterImage image;
        image.width = int(rowBytes * 8);
        image.height = int(rows);
        image.bits.assign(begin, begin + std::ptrdiff_t(size));
        image.align = m_style.align;
        m_document.elements.emplace_back(std::move(image));
    }
    m_pos += 8 + size;
    m_lastRasterEnd = m_base + m_pos;
    return Step::Consumed;
}

EscPosParser::Step EscPosParser::parseParenCommand(std::size_t avail)
{
    if (avail < 5)
        return Step::NeedMore;
    const std::uint8_t fnGroup = at(2);
    const std::size_t len = at(3) | (std::size_t(at(4)) << 8);
    if (avail < 5 + len)
        return Step::NeedMore;
    const std::uint8_t *p = &m_buf[m_pos + 5];
    if (fnGroup == 'k' && len >= 2 && p[0] == 49) { // QR code
        const std::uint8_t fn = p[1];
        if (fn == 67 && len >= 3)
            m_qrSize = std::clamp<int>(p[2], 1, 16);
        else if (fn == 69 && len >= 3 && p[2] >= 48 && p[2] <= 51)
            m_qrLevel = "LMQH"[p[2] - 48];
        else if (fn == 80 && len >= 3)
            m_qrData.assign(reinterpret_cast<const char *>(p + 3), len - 3);
        else if (fn == 81) {
            if (m_lineStarted)
                flushLine();
            if (m_qrData.empty())
                issue(0, "QR print without stored data");
            else
                m_document.elements.emplace_back(
                    QrCode{m_qrData, m_qrSize, m_qrLevel, m_style.align});
        }
    } else if (fnGroup != 'k' && fnGroup != 'A' && fnGroup != 'E' && fnGroup != 'L') {
        issue(0, "unknown command GS ( " + commandName(GS, fnGroup).substr(3));
    }
    m_pos += 5 + len;
    return Step::Consumed;
}

EscPosParser::Result EscPosParser::parse(std::string_view bytes, TextDecodeFn decode)
{
    EscPosParser parser(std::move(decode));
    Result result;
    result.statusRequests = parser.feed(bytes);
    parser.finish();
    result.document = parser.takeDocument();
    result.issues = parser.issues();
    return result;
}

} // namespace lane::devices::escpos
