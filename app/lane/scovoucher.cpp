// The voucher barcode, and ScoViewModel paying with a scanned one.
#include "app/lane/scovoucher.h"

#include "app/lane/moneyformatter.h"
#include "app/lane/saleviewmodel.h"
#include "app/lane/scoperipherals.h"
#include "app/lane/scoviewmodel.h"
#include "core/barcode/scancode.h"

namespace lane::app {

namespace {
constexpr std::size_t kNumberDigits = 12;
constexpr std::size_t kValueDigits = 9;
constexpr std::size_t kDigits = kNumberDigits + kValueDigits + 1;
} // namespace

bool looksLikeVoucher(std::string_view data)
{
    return data.substr(0, kVoucherPrefix.size()) == kVoucherPrefix;
}

core::Result<ScannedVoucher> parseVoucherCode(std::string_view data)
{
    const std::string code(data);
    if (!looksLikeVoucher(data)) {
        return core::makeError("voucher.prefix", "voucher code '" + code + "' does not start with "
                                                     + std::string(kVoucherPrefix));
    }
    const std::string_view digits = data.substr(kVoucherPrefix.size());
    if (digits.size() != kDigits) {
        return core::makeError("voucher.length",
                               "voucher code '" + code + "' has " + std::to_string(digits.size())
                                   + " characters after " + std::string(kVoucherPrefix)
                                   + ", expected " + std::to_string(kDigits)
                                   + " (number 12, value 9, check digit 1)");
    }
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (digits[i] < '0' || digits[i] > '9') {
            return core::makeError("voucher.digit",
                                   "voucher code '" + code + "': character "
                                       + std::to_string(i + 1 + kVoucherPrefix.size())
                                       + " is not a digit");
        }
    }
    // The same mod-10 check as every GTIN: one misread digit never pays a wrong amount.
    const int expected = core::gtinCheckDigit(digits.substr(0, kDigits - 1));
    const int actual = digits.back() - '0';
    if (expected != actual) {
        return core::makeError("voucher.check_digit", "voucher code '" + code + "': check digit is "
                                                          + std::to_string(actual) + ", expected "
                                                          + std::to_string(expected));
    }
    ScannedVoucher voucher;
    voucher.number = std::string(digits.substr(0, kNumberDigits));
    voucher.valueMinor = std::stoll(std::string(digits.substr(kNumberDigits, kValueDigits)));
    if (voucher.valueMinor == 0) {
        return core::makeError("voucher.zero_value",
                               "voucher code '" + code + "' has a face value of zero");
    }
    return voucher;
}

std::string voucherCode(std::string_view number12, std::int64_t valueMinor)
{
    std::string value = std::to_string(valueMinor);
    value.insert(0, kValueDigits > value.size() ? kValueDigits - value.size() : 0, '0');
    const std::string body = std::string(number12) + value;
    return std::string(kVoucherPrefix) + body + std::to_string(core::gtinCheckDigit(body));
}

void ScoViewModel::scanVoucher(const QString &code)
{
    if (m_screen != QLatin1String("payment")) {
        setNotice(tr("Scan your voucher when you pay: press Pay first."));
        return;
    }
    if (!tenders().contains(QStringLiteral("voucher"))) {
        setNotice(tr("This checkout does not take vouchers. Pay by card."));
        return;
    }
    const auto voucher = parseVoucherCode(code.toStdString());
    if (!voucher.ok()) {
        if (m_events) {
            m_events->emit(core::Severity::Warn, "sco.voucher_refused", voucher.error().message,
                           {{"code", voucher.error().code}, {"transaction", transactionId()}});
        }
        const std::string &why = voucher.error().code;
        setNotice(why == "voucher.check_digit"
                      ? tr("The voucher was not read correctly (check digit). Scan it again, "
                           "or ask an attendant.")
                  : why == "voucher.zero_value"
                      ? tr("This voucher has no value. Ask an attendant.")
                      : tr("This is not a complete voucher code (%1). Scan it again, or ask an "
                           "attendant.")
                            .arg(code));
        if (m_peripherals) {
            m_peripherals->alert();
        }
        return;
    }
    setNotice(QString());
    // The value goes through the same path as a keyed voucher (amount check, overtender rule).
    const core::Money value(voucher.value().valueMinor, m_formatter->currency());
    m_sale->payVoucher(QString::fromStdString(value.toDecimalString()),
                       QString::fromStdString(voucher.value().number));
    publish();
}

} // namespace lane::app
