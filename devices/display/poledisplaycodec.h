#pragma once

#include <array>
#include <string>
#include <string_view>

namespace lane::devices::display {

/// ESC/POS-compatible pole display commands (Epson DM-D style), 20 columns x 2 lines.
/// Text is already in the display's code page (one byte per character).
struct PoleDisplayCodec
{
    static constexpr int kColumns = 20;
    static constexpr int kRows = 2;

    /// ESC @: initialise (clears, cursor home).
    static std::string init();
    /// ESC = 2 selects the display when it shares a line with the printer, then FF clears
    /// and US $ x y places each line, padded or cut to 20 columns.
    static std::string showLines(std::string_view line1, std::string_view line2);
    static std::string clear();
};

/// The screen a pole display shows after a byte stream: for simulators and tests.
class PoleDisplayScreen
{
public:
    PoleDisplayScreen();
    void feed(std::string_view bytes);
    std::string line(int row) const; ///< 20 bytes
    int unknownCommands() const { return m_unknown; }

private:
    void put(char c);

    std::array<std::string, PoleDisplayCodec::kRows> m_rows;
    int m_col = 0;
    int m_row = 0;
    bool m_selected = true;
    int m_unknown = 0;
    std::string m_pending; ///< an incomplete command
};

} // namespace lane::devices::display
