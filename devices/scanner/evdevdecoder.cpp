#include "devices/scanner/evdevdecoder.h"

#include <cstring>
#include <linux/input.h>

namespace lane::devices::scanner {
namespace {

struct Row
{
    int first;
    const char *normal;
    const char *shifted;
};

constexpr Row kRows[] = {
    {KEY_1, "1234567890-=", "!@#$%^&*()_+"},
    {KEY_Q, "qwertyuiop[]", "QWERTYUIOP{}"},
    {KEY_A, "asdfghjkl;'`", "ASDFGHJKL:\"~"},
    {KEY_BACKSLASH, "\\zxcvbnm,./", "|ZXCVBNM<>?"},
};

char keypad(int code)
{
    switch (code) {
    case KEY_KP0:
        return '0';
    case KEY_KP1:
        return '1';
    case KEY_KP2:
        return '2';
    case KEY_KP3:
        return '3';
    case KEY_KP4:
        return '4';
    case KEY_KP5:
        return '5';
    case KEY_KP6:
        return '6';
    case KEY_KP7:
        return '7';
    case KEY_KP8:
        return '8';
    case KEY_KP9:
        return '9';
    case KEY_KPDOT:
        return '.';
    case KEY_KPMINUS:
        return '-';
    case KEY_KPPLUS:
        return '+';
    case KEY_KPASTERISK:
        return '*';
    case KEY_KPSLASH:
        return '/';
    default:
        return 0;
    }
}

void appendEvent(std::string &out, int type, int code, int value)
{
    input_event event{};
    event.type = std::uint16_t(type);
    event.code = std::uint16_t(code);
    event.value = value;
    out.append(reinterpret_cast<const char *>(&event), sizeof event);
}

} // namespace

char EvdevDecoder::characterFor(int code, bool shift)
{
    if (code == KEY_SPACE)
        return ' ';
    if (const char c = keypad(code))
        return c;
    for (const auto &row : kRows) {
        const int len = int(std::strlen(row.normal));
        if (code >= row.first && code < row.first + len)
            return shift ? row.shifted[code - row.first] : row.normal[code - row.first];
    }
    return 0;
}

std::vector<ScanData> EvdevDecoder::feed(std::string_view bytes)
{
    std::vector<ScanData> out;
    m_pending.append(bytes);
    std::size_t pos = 0;
    while (m_pending.size() - pos >= sizeof(input_event)) {
        input_event event;
        std::memcpy(&event, m_pending.data() + pos, sizeof event);
        pos += sizeof event;
        if (event.type == EV_KEY)
            onKey(event.code, event.value, out);
    }
    m_pending.erase(0, pos);
    return out;
}

void EvdevDecoder::onKey(int code, int value, std::vector<ScanData> &out)
{
    if (code == KEY_LEFTSHIFT || code == KEY_RIGHTSHIFT) {
        m_shift = value != 0;
        return;
    }
    if (code == KEY_LEFTCTRL || code == KEY_RIGHTCTRL) {
        m_ctrl = value != 0;
        return;
    }
    if (value != 1)
        return; // releases and auto-repeat
    if (code == KEY_ENTER || code == KEY_KPENTER) {
        if (!m_code.empty())
            out.push_back(ScanData::fromRaw(std::move(m_code)));
        m_code.clear();
        return;
    }
    char c = 0;
    if (m_ctrl && code == KEY_RIGHTBRACE)
        c = 0x1D; // Ctrl+] is GS, how wedge scanners send the GS1 separator
    else
        c = characterFor(code, m_shift);
    if (c == 0) {
        ++m_unknown;
        return;
    }
    if (m_code.size() < kMaxCodeLength)
        m_code.push_back(c);
}

std::string EvdevDecoder::encode(std::string_view text, bool withEnter)
{
    std::string out;
    auto press = [&](int code, bool shift, bool ctrl) {
        if (shift)
            appendEvent(out, EV_KEY, KEY_LEFTSHIFT, 1);
        if (ctrl)
            appendEvent(out, EV_KEY, KEY_LEFTCTRL, 1);
        appendEvent(out, EV_MSC, MSC_SCAN, code);
        appendEvent(out, EV_KEY, code, 1);
        appendEvent(out, EV_SYN, SYN_REPORT, 0);
        appendEvent(out, EV_KEY, code, 0);
        if (ctrl)
            appendEvent(out, EV_KEY, KEY_LEFTCTRL, 0);
        if (shift)
            appendEvent(out, EV_KEY, KEY_LEFTSHIFT, 0);
        appendEvent(out, EV_SYN, SYN_REPORT, 0);
    };
    for (char c : text) {
        if (c == 0x1D) {
            press(KEY_RIGHTBRACE, false, true);
            continue;
        }
        for (int code = 1; code < 128; ++code) {
            if (keypad(code))
                continue;
            if (characterFor(code, false) == c) {
                press(code, false, false);
                break;
            }
            if (characterFor(code, true) == c) {
                press(code, true, false);
                break;
            }
        }
    }
    if (withEnter)
        press(KEY_ENTER, false, false);
    return out;
}

} // namespace lane::devices::scanner
