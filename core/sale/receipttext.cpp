#include "core/sale/receipttext.h"

#include <chrono>
#include <cstdio>

namespace lane::core {

namespace {

// Decodes one UTF-8 sequence at s[i]; invalid bytes count as one U+FFFD.
char32_t decode(std::string_view s, std::size_t &i)
{
    const auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : (b >> 3) == 0x1e ? 4 : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return 0xfffd;
    }
    char32_t cp = len == 1 ? b : b & (0x7f >> len);
    for (int k = 1; k < len; ++k) {
        const auto c = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((c & 0xc0) != 0x80) {
            ++i;
            return 0xfffd;
        }
        cp = (cp << 6) | (c & 0x3f);
    }
    i += static_cast<std::size_t>(len);
    return cp;
}

int width(char32_t c)
{
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1160 && c <= 0x11ff) || c == 0x200b) {
        return 0; // combining marks, Hangul medial/final jamo
    }
    const bool wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e)
                      || (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf)
                      || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf)
                      || (c >= 0xa960 && c <= 0xa97f) || (c >= 0xac00 && c <= 0xd7a3)
                      || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f)
                      || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
                      || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x20000 && c <= 0x3fffd);
    return wide ? 2 : 1;
}

class Writer
{
public:
    explicit Writer(int w)
        : m_width(w)
    {}
    void row(std::string_view left, std::string_view right)
    {
        const int rw = displayWidth(right);
        const int room = std::max(0, m_width - rw - 1);
        const std::string_view l = truncateToWidth(left, room);
        m_out.append(l);
        m_out.append(static_cast<std::size_t>(std::max(1, m_width - displayWidth(l) - rw)), ' ');
        m_out.append(right);
        m_out.push_back('\n');
    }
    void text(std::string_view s)
    {
        m_out.append(truncateToWidth(s, m_width));
        m_out.push_back('\n');
    }
    void centre(std::string_view s)
    {
        const std::string_view t = truncateToWidth(s, m_width);
        m_out.append(static_cast<std::size_t>((m_width - displayWidth(t)) / 2), ' ');
        m_out.append(t);
        m_out.push_back('\n');
    }
    void rule(char c = '-') { m_out.append(static_cast<std::size_t>(m_width), c).push_back('\n'); }
    std::string take() { return std::move(m_out); }

private:
    int m_width;
    std::string m_out;
};

std::string milli(std::int64_t v, const char *unit)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%s%lld.%03lld %s", v < 0 ? "-" : "",
                  static_cast<long long>(std::llabs(v) / 1000),
                  static_cast<long long>(std::llabs(v) % 1000), unit);
    return buf;
}

std::string rateText(std::int64_t bp)
{
    std::string s = std::to_string(bp / 100);
    if (bp % 100 != 0) {
        char buf[8];
        std::snprintf(buf, sizeof buf, ".%02lld", static_cast<long long>(bp % 100));
        s += buf;
        while (s.back() == '0') {
            s.pop_back();
        }
    }
    return s + "%";
}

std::string withLabel(const Money &m, const std::string &label)
{
    return formatAmount(m) + (label.empty() ? "  " : " " + label);
}

} // namespace

int displayWidth(std::string_view utf8)
{
    int w = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        w += width(decode(utf8, i));
    }
    return w;
}

std::string_view truncateToWidth(std::string_view utf8, int columns)
{
    int w = 0;
    std::size_t i = 0;
    while (i < utf8.size()) {
        std::size_t next = i;
        const int cw = width(decode(utf8, next));
        if (w + cw > columns) {
            break;
        }
        w += cw;
        i = next;
    }
    return utf8.substr(0, i);
}

std::string formatAmount(const Money &money)
{
    std::string s = money.toDecimalString();
    const bool negative = !s.empty() && s[0] == '-';
    const std::size_t start = negative ? 1 : 0;
    std::size_t end = s.find('.');
    if (end == std::string::npos) {
        end = s.size();
    }
    for (std::size_t pos = end; pos > start + 3; pos -= 3) {
        s.insert(pos - 3, 1, ',');
    }
    return s;
}

std::string renderReceiptText(const Receipt &r, const ReceiptTextOptions &o)
{
    Writer w(o.width);
    if (!o.storeName.empty()) {
        w.centre(o.storeName);
    }
    for (const auto &h : o.header) {
        w.centre(h);
    }
    const auto &hd = r.header;
    char buf[64];
    w.row("Store " + hd.storeId + " POS " + hd.posId, "No. " + std::to_string(hd.receiptNumber));
    using namespace std::chrono;
    const TimePoint when = hd.finishedAt != TimePoint{} ? hd.finishedAt : hd.startedAt;
    const auto local = floor<minutes>(when + minutes(r.utcOffsetMinutes));
    const auto hm = hh_mm_ss<minutes>(local - floor<days>(local));
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", hd.businessDate.year,
                  hd.businessDate.month, hd.businessDate.day, static_cast<int>(hm.hours().count()),
                  static_cast<int>(hm.minutes().count()));
    w.row(buf, "Cashier " + (hd.cashierName.empty() ? hd.cashierId : hd.cashierName));
    if (r.state == TransactionState::Voided) {
        w.centre("*** VOIDED ***");
    }
    w.rule();
    for (const auto &l : r.lines) {
        const std::string indent = l.kind == LineKind::Deposit || l.parentLineId ? "  " : "";
        std::string name = indent + (l.kind == LineKind::Return ? "RETURN " : "") + l.name;
        if (l.voided) {
            w.row("VOID " + name, "(" + formatAmount(l.amount) + ")  ");
        } else {
            w.row(name, withLabel(l.amount, l.taxLabel));
        }
        if (l.weighed) {
            w.text("   " + milli(l.quantityMilli, "kg") + " x " + formatAmount(l.unitPrice)
                   + "/kg");
            if (l.tareGrams > 0) {
                w.text("   tare " + milli(l.tareGrams, "kg"));
            }
        } else if (l.quantityMilli != 1000) {
            w.text("   " + std::to_string(l.quantityMilli / 1000) + " x "
                   + formatAmount(l.unitPrice));
        }
        if (l.priceOverride) {
            w.text("   price changed (" + l.priceOverride->reasonCode + "), was "
                   + formatAmount(l.priceOverride->originalUnitPrice));
        }
        if (l.ageCheck) {
            const auto &a = *l.ageCheck;
            w.text("   age " + std::to_string(a.minimumAge) + "+ "
                   + (!a.verified          ? std::string("NOT CHECKED")
                      : a.visuallyVerified ? std::string("checked (visual)")
                                           : std::string("checked (ID)")));
        }
        if (l.returnOrigin) {
            w.text(l.returnOrigin->receiptId.empty()
                       ? "   without receipt, approval " + l.returnOrigin->approvalId
                       : "   from receipt " + l.returnOrigin->receiptId);
        }
        if (l.voided) {
            w.text("   ** voided: " + l.voidReason + " **");
            continue;
        }
        if (!l.lineDiscount.isZero()) {
            w.row("   Discount", formatAmount(-l.lineDiscount) + "  ");
        }
        for (const auto &s : r.savings) {
            if (s.attachedTo == l.lineId) {
                w.row("   " + s.label, formatAmount(-s.amount) + "  ");
            }
        }
    }
    w.rule();
    w.row("Subtotal", formatAmount(r.subtotal
                                   - (r.savingsTotal -
                                      [&] {
                                          Money t = Money::zero(r.currency);
                                          for (const auto &d : r.transactionDiscounts) {
                                              t += d.amount;
                                          }
                                          return t;
                                      }()))
                          + "  ");
    for (const auto &d : r.transactionDiscounts) {
        w.row(d.label, formatAmount(-d.amount) + "  ");
    }
    if (r.taxMode == TaxMode::Exclusive) {
        for (const auto &t : r.taxes) {
            if (!t.exempt) {
                w.row("Tax " + t.label + " " + rateText(t.basisPoints), formatAmount(t.tax) + "  ");
            }
        }
    }
    w.row("TOTAL " + std::string(r.currency.alpha()), formatAmount(r.total) + "  ");
    if (!r.cashRounding.isZero()) {
        w.row("Cash rounding", formatAmount(r.cashRounding) + "  ");
        w.row("Amount due", formatAmount(r.amountDue) + "  ");
    }
    w.rule();
    for (const auto &t : r.tenders) {
        std::string label(toString(t.kind));
        label[0] = static_cast<char>(label[0] - 'a' + 'A');
        if (t.card) {
            label += " " + t.card->scheme + " " + t.card->maskedPan;
        } else if (!t.reference.empty()) {
            label += " " + t.reference;
        }
        w.row(label, formatAmount(t.kind == TenderKind::Cash ? t.tendered : t.applied) + "  ");
        if (t.card && !t.card->authCode.empty()) {
            w.text("   auth " + t.card->authCode);
        }
        if (!t.forfeited.isZero()) {
            w.row("   not refunded", formatAmount(t.forfeited) + "  ");
        }
    }
    if (!r.change.isZero()) {
        w.row("Change", formatAmount(r.change) + "  ");
    }
    if (r.taxMode == TaxMode::Inclusive && !r.taxes.empty()) {
        w.rule();
        w.row("VAT", "Net      Tax     Gross");
        for (const auto &t : r.taxes) {
            std::snprintf(buf, sizeof buf, "%8s %8s %9s", formatAmount(t.base).c_str(),
                          formatAmount(t.tax).c_str(), formatAmount(t.gross).c_str());
            w.row(t.label + " " + (t.exempt ? std::string("exempt") : rateText(t.basisPoints)),
                  buf);
        }
    }
    if (r.returnWithoutReceipt) {
        w.rule();
        w.text("Return without receipt");
        for (const auto &a : r.approvals) {
            w.text("approval " + a);
        }
    }
    if (!r.savingsTotal.isZero()) {
        w.rule();
        w.row("You saved", formatAmount(r.savingsTotal) + "  ");
    }
    w.rule('=');
    w.centre(hd.transactionId);
    for (const auto &f : o.footer) {
        w.centre(f);
    }
    return w.take();
}

} // namespace lane::core
