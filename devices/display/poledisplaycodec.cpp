#include "devices/display/poledisplaycodec.h"

#include <algorithm>

namespace lane::devices::display {
namespace {

std::string fit(std::string_view text)
{
    std::string out(text.substr(0, PoleDisplayCodec::kColumns));
    for (char &c : out) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            c = ' ';
    }
    out.resize(PoleDisplayCodec::kColumns, ' ');
    return out;
}

} // namespace

std::string PoleDisplayCodec::init()
{
    return "\x1b@";
}

std::string PoleDisplayCodec::clear()
{
    return "\x1b=\x02\x0c";
}

std::string PoleDisplayCodec::showLines(std::string_view line1, std::string_view line2)
{
    return std::string("\x1b=\x02\x0c\x1f\x24\x01\x01") + fit(line1) + "\x1f\x24\x01\x02"
           + fit(line2);
}

PoleDisplayScreen::PoleDisplayScreen()
{
    for (auto &row : m_rows)
        row.assign(PoleDisplayCodec::kColumns, ' ');
}

std::string PoleDisplayScreen::line(int row) const
{
    return m_rows[std::size_t(row)];
}

void PoleDisplayScreen::put(char c)
{
    if (m_col >= PoleDisplayCodec::kColumns) {
        m_col = 0;
        m_row = (m_row + 1) % PoleDisplayCodec::kRows;
    }
    m_rows[std::size_t(m_row)][std::size_t(m_col++)] = c;
}

void PoleDisplayScreen::feed(std::string_view input)
{
    std::string bytes = m_pending + std::string(input);
    m_pending.clear();
    std::size_t i = 0;
    auto need = [&](std::size_t n) {
        if (i + n > bytes.size()) {
            m_pending = bytes.substr(i);
            return false;
        }
        return true;
    };
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0x1B) {
            if (!need(2))
                return;
            const char op = bytes[i + 1];
            if (op == '@') {
                *this = PoleDisplayScreen();
                i += 2;
            } else if (op == '=') {
                if (!need(3))
                    return;
                m_selected = bytes[i + 2] == 2;
                i += 3;
            } else {
                ++m_unknown;
                i += 2;
            }
            continue;
        }
        if (c == 0x1F) {
            if (!need(2))
                return;
            if (bytes[i + 1] == '$') {
                if (!need(4))
                    return;
                if (m_selected) {
                    m_col = std::clamp(int(static_cast<unsigned char>(bytes[i + 2])) - 1, 0,
                                       PoleDisplayCodec::kColumns - 1);
                    m_row = std::clamp(int(static_cast<unsigned char>(bytes[i + 3])) - 1, 0,
                                       PoleDisplayCodec::kRows - 1);
                }
                i += 4;
            } else {
                ++m_unknown;
                i += 2;
            }
            continue;
        }
        ++i;
        if (!m_selected)
            continue; // meant for the printer sharing the line
        if (c == 0x0C) {
            for (auto &row : m_rows)
                row.assign(PoleDisplayCodec::kColumns, ' ');
            m_col = m_row = 0;
        } else if (c == 0x0B) {
            m_col = m_row = 0;
        } else if (c == '\r') {
            m_col = 0;
        } else if (c == '\n') {
            m_row = (m_row + 1) % PoleDisplayCodec::kRows;
        } else if (c >= 0x20) {
            put(char(c));
        } else {
            ++m_unknown;
        }
    }
}

} // namespace lane::devices::display
