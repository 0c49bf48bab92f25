#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "devices/escpos/document.h"

namespace lane::devices::escpos {

/// The printer's text state when bytes are decoded.
struct TextDecodeMode
{
    int codePage = 0;
    bool twoByte = false; ///< inside FS & (EUC-KR on Korean firmware)
};

/// Printer bytes of one line to UTF-8. The Qt adapter library provides EUC-KR and code
/// page decoders; the default keeps ASCII and treats other bytes as Latin-1.
using TextDecodeFn = std::function<std::string(std::string_view bytes, const TextDecodeMode &)>;
std::string decodeLatin1(std::string_view bytes, const TextDecodeMode &mode);

/// Something in the stream the parser did not understand, and where.
struct ParseIssue
{
    std::size_t offset = 0;
    std::string message;
};

/// Parses an ESC/POS byte stream back into a Document, incrementally: bytes may arrive in
/// any chunks. Unknown commands are skipped and reported with their offset; DLE EOT status
/// requests are returned as they are found so a virtual printer can answer in real time.
class EscPosParser
{
public:
    static constexpr std::size_t kDefaultMaxRasterBytes = 1 << 20;
    static constexpr std::size_t kMaxIssues = 1000;

    explicit EscPosParser(TextDecodeFn decode = decodeLatin1,
                          std::size_t maxRasterBytes = kDefaultMaxRasterBytes);

    /// Consumes bytes; returns the DLE EOT n values requested in them, in order.
    std::vector<int> feed(const std::uint8_t *data, std::size_t size);
    std::vector<int> feed(std::string_view bytes)
    {
        return feed(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
    }
    /// End of stream: a pending line is printed, an incomplete command is reported.
    void finish();

    const Document &document() const { return m_document; }
    Document takeDocument();
    const std::vector<ParseIssue> &issues() const { return m_issues; }
    std::size_t bytesConsumed() const { return m_base + m_pos; }
    int cutCount() const { return m_cuts; }
    /// The last GS a n seen (Automatic Status Back mask), if any.
    std::optional<std::uint8_t> automaticStatusBack() const { return m_asbMask; }

    /// Convenience: the whole stream at once.
    struct Result
    {
        Document document;
        std::vector<ParseIssue> issues;
        std::vector<int> statusRequests;
    };
    static Result parse(std::string_view bytes, TextDecodeFn decode = decodeLatin1);

private:
    enum class Step { Consumed, NeedMore };
    Step parseOne();
    Step parseEsc(std::size_t avail);
    Step parseGs(std::size_t avail);
    Step parseFs(std::size_t avail);
    Step parseDle(std::size_t avail);
    Step parseBarcode(std::size_t avail);
    Step parseRaster(std::size_t avail);
    Step parseParenCommand(std::size_t avail);
    void flushLine();
    void issue(std::size_t relOffset, std::string message);
    void resetState();
    std::uint8_t at(std::size_t rel) const { return m_buf[m_pos + rel]; }

    TextDecodeFn m_decode;
    std::size_t m_maxRaster;
    Document m_document;
    std::vector<ParseIssue> m_issues;
    std::vector<int> m_requests;
    std::vector<std::uint8_t> m_buf;
    std::size_t m_pos = 0;
    std::size_t m_base = 0; ///< absolute offset of m_buf[0]
    std::size_t m_skip = 0; ///< bytes of an oversized command still to discard
    std::size_t m_lastRasterEnd = SIZE_MAX;
    int m_cuts = 0;

    TextStyle m_style;
    std::optional<std::uint8_t> m_asbMask;
    TextStyle m_lineStyle;
    std::string m_line;
    bool m_lineStarted = false;
    TextDecodeMode m_mode;
    int m_barcodeHeight = 162;
    int m_barcodeWidth = 3;
    bool m_barcodeHri = false;
    int m_qrSize = 3;
    char m_qrLevel = 'L';
    std::string m_qrData;
};

} // namespace lane::devices::escpos
