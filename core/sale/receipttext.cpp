#include "core/sale/receipttext.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>

namespace lane::core {

namespace {

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
        const std::string l = truncateToWidth(left, room);
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
        const std::string t = truncateToWidth(s, m_width);
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

// The receipt's own words in one language. Korean wording follows Korean POS receipts.
struct Labels
{
    std::string_view store, number, cashier, voidedSale, returned, voidLine, tare;
    std::string_view priceChanged, was, age, ageNotChecked, ageVisual, ageId;
    std::string_view withoutReceipt, approval, fromReceipt, voidedBecause, discount;
    std::string_view subtotal, tax, total, cashRounding, amountDue, auth, notRefunded;
    std::string_view change, vat, net, taxAmount, gross, exempt, returnWithoutReceipt;
    std::string_view youSaved;
    std::string_view tenders[4]; // by TenderKind
};

constexpr Labels kEnglish{"Store",        "No.",
                          "Cashier",      "*** VOIDED ***",
                          "RETURN",       "VOID",
                          "tare",         "price changed",
                          "was",          "age",
                          "NOT CHECKED",  "checked (visual)",
                          "checked (ID)", "without receipt, approval",
                          "approval",     "from receipt",
                          "voided:",      "Discount",
                          "Subtotal",     "Tax",
                          "TOTAL",        "Cash rounding",
                          "Amount due",   "auth",
                          "not refunded", "Change",
                          "VAT",          "Net",
                          "Tax",          "Gross",
                          "exempt",       "Return without receipt",
                          "You saved",    {"Cash", "Card", "Voucher", "Gift card"}};

constexpr Labels kKorean{"매장",          "번호",
                         "계산원",        "*** 거래 취소 ***",
                         "반품",          "취소",
                         "용기",          "가격 변경",
                         "변경 전",       "연령",
                         "미확인",        "확인 (육안)",
                         "확인 (신분증)", "영수증 없음, 승인",
                         "승인",          "원거래",
                         "취소 사유:",    "할인",
                         "소계",          "세금",
                         "합계",          "단수 조정",
                         "받을 금액",     "승인번호",
                         "환불 안 됨",    "거스름돈",
                         "부가세",        "공급가액",
                         "세액",          "합계",
                         "면세",          "영수증 없는 반품",
                         "할인 합계",     {"현금", "카드", "상품권", "기프트카드"}};

const Labels &labelsFor(ReceiptLanguage language)
{
    return language == ReceiptLanguage::Korean ? kKorean : kEnglish;
}

// `text` right-aligned in `columns` display columns (never cut).
std::string padLeft(std::string_view text, int columns)
{
    std::string out(static_cast<std::size_t>(std::max(0, columns - displayWidth(text))), ' ');
    out.append(text);
    return out;
}

// Amounts end in one column whatever the tax label: every label is padded to the widest
// one on the receipt (a Hangul label takes two columns, "T" one).
class AmountColumn
{
public:
    explicit AmountColumn(const Receipt &r)
    {
        for (const auto &l : r.lines) {
            m_labelWidth = std::max(m_labelWidth, displayWidth(l.taxLabel));
        }
    }
    std::string operator()(const Money &m, std::string_view label = {}) const
    {
        std::string s = formatAmount(m);
        s.push_back(' ');
        s.append(label);
        s.append(static_cast<std::size_t>(m_labelWidth - displayWidth(label)), ' ');
        return s;
    }

    std::string blank() const
    {
        return std::string(static_cast<std::size_t>(m_labelWidth) + 1, ' ');
    }

private:
    int m_labelWidth = 1;
};

} // namespace

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

ReceiptLanguage receiptLanguageForLocale(std::string_view locale)
{
    const bool korean
        = locale.size() >= 2 && (locale[0] == 'k' || locale[0] == 'K')
          && (locale[1] == 'o' || locale[1] == 'O')
          && (locale.size() == 2 || locale[2] == '_' || locale[2] == '-' || locale[2] == '.');
    return korean ? ReceiptLanguage::Korean : ReceiptLanguage::English;
}

std::string renderReceiptText(const Receipt &r, const ReceiptTextOptions &o)
{
    const Labels &t = labelsFor(o.language);
    const AmountColumn amount(r);
    auto words = [](std::initializer_list<std::string_view> parts) {
        std::string s;
        for (std::string_view p : parts) {
            if (!s.empty() && !p.empty()) {
                s.push_back(' ');
            }
            s.append(p);
        }
        return s;
    };
    Writer w(o.width);
    if (!o.storeName.empty()) {
        w.centre(o.storeName);
    }
    for (const auto &h : o.header) {
        w.centre(h);
    }
    const auto &hd = r.header;
    char buf[64];
    w.row(words({t.store, hd.storeId, "POS", hd.posId}),
          words({t.number, std::to_string(hd.receiptNumber)}));
    using namespace std::chrono;
    const TimePoint when = hd.finishedAt != TimePoint{} ? hd.finishedAt : hd.startedAt;
    const auto local = floor<minutes>(when + minutes(r.utcOffsetMinutes));
    const auto hm = hh_mm_ss<minutes>(local - floor<days>(local));
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", hd.businessDate.year,
                  hd.businessDate.month, hd.businessDate.day, static_cast<int>(hm.hours().count()),
                  static_cast<int>(hm.minutes().count()));
    w.row(buf, words({t.cashier, hd.cashierName.empty() ? hd.cashierId : hd.cashierName}));
    if (r.state == TransactionState::Voided) {
        w.centre(t.voidedSale);
    }
    w.rule();
    for (const auto &l : r.lines) {
        const std::string_view indent = l.kind == LineKind::Deposit || l.parentLineId ? "  " : "";
        const std::string name
            = std::string(indent) + words({l.kind == LineKind::Return ? t.returned : "", l.name});
        if (l.voided) {
            w.row(words({t.voidLine, name}), "(" + formatAmount(l.amount) + ")" + amount.blank());
        } else {
            w.row(name, amount(l.amount, l.taxLabel));
        }
        if (l.weighed) {
            w.text("   " + milli(l.quantityMilli, "kg") + " x " + formatAmount(l.unitPrice)
                   + "/kg");
            if (l.tareGrams > 0) {
                w.text("   " + words({t.tare, milli(l.tareGrams, "kg")}));
            }
        } else if (l.quantityMilli != 1000) {
            w.text("   " + std::to_string(l.quantityMilli / 1000) + " x "
                   + formatAmount(l.unitPrice));
        }
        if (l.priceOverride) {
            w.text("   "
                   + words({t.priceChanged, "(" + l.priceOverride->reasonCode + "),", t.was,
                            formatAmount(l.priceOverride->originalUnitPrice)}));
        }
        if (l.ageCheck) {
            const auto &a = *l.ageCheck;
            w.text("   "
                   + words({t.age, std::to_string(a.minimumAge) + "+",
                            !a.verified          ? t.ageNotChecked
                            : a.visuallyVerified ? t.ageVisual
                                                 : t.ageId}));
        }
        if (l.returnOrigin) {
            w.text("   "
                   + (l.returnOrigin->receiptId.empty()
                          ? words({t.withoutReceipt, l.returnOrigin->approvalId})
                          : words({t.fromReceipt, l.returnOrigin->receiptId})));
        }
        if (l.voided) {
            w.text("   " + words({"**", t.voidedBecause, l.voidReason, "**"}));
            continue;
        }
        if (!l.lineDiscount.isZero()) {
            w.row(words({"  ", t.discount}), amount(-l.lineDiscount));
        }
        for (const auto &s : r.savings) {
            if (s.attachedTo == l.lineId) {
                w.row("   " + s.label, amount(-s.amount));
            }
        }
    }
    w.rule();
    Money transactionDiscounts = Money::zero(r.currency);
    for (const auto &d : r.transactionDiscounts) {
        transactionDiscounts += d.amount;
    }
    w.row(t.subtotal, amount(r.subtotal - (r.savingsTotal - transactionDiscounts)));
    for (const auto &d : r.transactionDiscounts) {
        // The receipt model labels these "Discount" and the rate ("Discount 5%", see
        // Transaction::receipt); the word prints in the receipt's language.
        constexpr std::string_view kModelWord = "Discount";
        const std::string_view label = d.label;
        w.row(label.starts_with(kModelWord)
                  ? std::string(t.discount) + std::string(label.substr(kModelWord.size()))
                  : std::string(label),
              amount(-d.amount));
    }
    if (r.taxMode == TaxMode::Exclusive) {
        for (const auto &x : r.taxes) {
            if (!x.exempt) {
                w.row(words({t.tax, x.label, rateText(x.basisPoints)}), amount(x.tax));
            }
        }
    }
    w.row(words({t.total, r.currency.alpha()}), amount(r.total));
    if (!r.cashRounding.isZero()) {
        w.row(t.cashRounding, amount(r.cashRounding));
        w.row(t.amountDue, amount(r.amountDue));
    }
    w.rule();
    for (const auto &td : r.tenders) {
        std::string label(t.tenders[static_cast<std::size_t>(td.kind)]);
        if (td.card) {
            label = words({label, td.card->scheme, td.card->maskedPan});
        } else if (!td.reference.empty()) {
            label = words({label, td.reference});
        }
        w.row(label, amount(td.kind == TenderKind::Cash ? td.tendered : td.applied));
        if (td.card && !td.card->authCode.empty()) {
            w.text("   " + words({t.auth, td.card->authCode}));
        }
        if (!td.forfeited.isZero()) {
            w.row(words({"  ", t.notRefunded}), amount(td.forfeited));
        }
    }
    if (!r.change.isZero()) {
        w.row(t.change, amount(r.change));
    }
    if (r.taxMode == TaxMode::Inclusive && !r.taxes.empty()) {
        // Three right-aligned columns (net, tax, gross) measured in display columns.
        auto columns = [](std::string_view a, std::string_view b, std::string_view c) {
            return padLeft(a, 8) + " " + padLeft(b, 8) + " " + padLeft(c, 9);
        };
        // On a narrow receipt (32 columns on 58 mm paper) a label that leaves no room for
        // the columns goes on a line of its own.
        auto tableRow = [&](std::string_view label, const std::string &cells) {
            if (displayWidth(label) + 1 + displayWidth(cells) > o.width) {
                w.text(label);
                w.row("", cells);
            } else {
                w.row(label, cells);
            }
        };
        w.rule();
        tableRow(t.vat, columns(t.net, t.taxAmount, t.gross));
        for (const auto &x : r.taxes) {
            tableRow(words({x.label, x.exempt ? std::string(t.exempt) : rateText(x.basisPoints)}),
                     columns(formatAmount(x.base), formatAmount(x.tax), formatAmount(x.gross)));
        }
    }
    if (r.returnWithoutReceipt) {
        w.rule();
        w.text(t.returnWithoutReceipt);
        for (const auto &a : r.approvals) {
            w.text(words({t.approval, a}));
        }
    }
    if (!r.savingsTotal.isZero()) {
        w.rule();
        w.row(t.youSaved, amount(r.savingsTotal));
    }
    w.rule('=');
    w.centre(hd.transactionId);
    for (const auto &f : o.footer) {
        w.centre(f);
    }
    return w.take();
}

} // namespace lane::core
