#include "core/sale/basket.h"

#include <chrono>

namespace lane::core {

namespace {

std::string dateText(const Date &d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::int64_t pow10(int n)
{
    std::int64_t v = 1;
    for (int i = 0; i < n; ++i) {
        v *= 10;
    }
    return v;
}

int ageOn(const Date &dob, const Date &day)
{
    int age = day.year - dob.year;
    if (std::pair(day.month, day.day) < std::pair(dob.month, dob.day)) {
        --age;
    }
    return age;
}

bool satisfies(const AgeVerification &v, int minimumAge, const Date &today)
{
    if (v.visuallyVerified) {
        return true;
    }
    return v.dateOfBirth && ageOn(*v.dateOfBirth, today) >= minimumAge;
}

Error lineError(const char *code, LineId id, const std::string &why)
{
    return makeError(code, "line " + std::to_string(id) + ": " + why);
}

} // namespace

Basket::Basket(const Catalog &catalog, const SaleConfig &config, const Clock &clock,
               std::vector<Promotion> promotions)
    : m_catalog(&catalog)
    , m_config(&config)
    , m_clock(&clock)
    , m_promotions(std::move(promotions))
{
    m_data.lines.reserve(64);
    reprice();
}

const BasketLine *Basket::line(LineId id) const
{
    for (const auto &l : m_data.lines) {
        if (l.id == id) {
            return &l;
        }
    }
    return nullptr;
}

BasketLine *Basket::findLine(LineId id)
{
    return const_cast<BasketLine *>(std::as_const(*this).line(id));
}

bool Basket::empty() const
{
    for (const auto &l : m_data.lines) {
        if (l.active()) {
            return false;
        }
    }
    return true;
}

void Basket::restore(BasketData data)
{
    m_data = std::move(data);
    reprice();
}

void Basket::setPromotions(std::vector<Promotion> promotions)
{
    m_promotions = PromotionEngine(std::move(promotions));
    reprice();
}

Date Basket::businessDate() const
{
    using namespace std::chrono;
    const auto day = floor<days>(m_clock->now() + m_config->utcOffset);
    const year_month_day ymd{day};
    return Date{static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                static_cast<int>(unsigned(ymd.day()))};
}

Result<LineId> Basket::addScan(const ScanCode &code, std::int64_t quantityMilli)
{
    std::string key = code.gtin14;
    if (code.variable) {
        key = code.variable->lookupKey;
    } else if (code.gs1 && code.gs1->gtin) {
        key = *code.gs1->gtin;
    }
    if (key.empty()) {
        return makeError("item.not_found", "scan \"" + code.raw + "\" carries no item number");
    }
    auto item = m_catalog->findByBarcode(key);
    if (!item) {
        return makeError("item.not_found", "no item for barcode " + key);
    }
    const Currency cur = m_config->currency;
    ScanCode adjusted = code;
    std::optional<std::int64_t> tare;
    if (code.variable) {
        if (code.variable->kind == VariableMeasureTemplate::Kind::Price) {
            item->price = Money(code.variable->value, cur);
            quantityMilli = kOneUnit;
        } else {
            if (!item->weighed) {
                return makeError("item.not_weighed", "weight code " + code.raw + " for item "
                                                         + item->sku + " sold by the piece");
            }
            quantityMilli = code.variable->value; // net grams from the label scale
            tare = 0;
        }
    }
    if (code.gs1) {
        const Gs1Data &g = *code.gs1;
        if (g.expiry && *g.expiry < businessDate()) {
            return makeError("item.expired", item->name + " (" + item->sku + ") expired on "
                                                 + dateText(*g.expiry) + ", business day "
                                                 + dateText(businessDate()));
        }
        if (g.netWeightKg || g.netWeightLb) {
            if (!item->weighed) {
                return makeError("item.not_weighed",
                                 "GS1 weight for item " + item->sku + " sold by the piece");
            }
            const DecimalValue w = g.netWeightKg ? *g.netWeightKg : *g.netWeightLb;
            Int128 num = Int128(w.digits) * 1000; // kg -> grams
            std::int64_t den = pow10(w.decimals);
            if (g.netWeightLb) {
                num = Int128(w.digits) * 45359237; // 1 lb = 453.59237 g
                den *= 100000;
            }
            quantityMilli = divideRounded(num, den, RoundingMode::HalfUp);
            tare = 0;
        }
    }
    auto id = addItem(std::move(*item), quantityMilli, EntryMethod::Scan, tare, &adjusted);
    return id;
}

Result<LineId> Basket::addPlu(std::string_view plu, std::int64_t quantityMilli,
                              std::optional<std::int64_t> tareGrams)
{
    auto item = m_catalog->findByPlu(plu);
    if (!item) {
        return makeError("item.not_found", "no item for PLU " + std::string(plu));
    }
    return addItem(std::move(*item), quantityMilli, EntryMethod::Plu, tareGrams, nullptr);
}

Result<LineId> Basket::addSku(std::string_view sku, std::int64_t quantityMilli,
                              std::optional<std::int64_t> tareGrams)
{
    auto item = m_catalog->findBySku(sku);
    if (!item) {
        return makeError("item.not_found", "no item with SKU " + std::string(sku));
    }
    return addItem(std::move(*item), quantityMilli, EntryMethod::Sku, tareGrams, nullptr);
}

Result<LineId> Basket::addItem(Item item, std::int64_t quantityMilli, EntryMethod entry,
                               std::optional<std::int64_t> tareGrams, const ScanCode *scan)
{
    const Currency cur = m_config->currency;
    if (!(item.price.currency() == cur)) {
        return makeError("item.currency", "item " + item.sku + " is priced in "
                                              + std::string(item.price.currency().alpha())
                                              + ", the sale in " + std::string(cur.alpha()));
    }
    if (!m_config->findTaxRate(item.taxClass)) {
        return makeError("item.tax_class_unknown", "item " + item.sku + " has tax class \""
                                                       + item.taxClass
                                                       + "\" which is not in the tax table");
    }
    BasketLine l;
    l.kind = LineKind::Sale;
    l.entry = entry;
    l.unitPrice = item.price;
    const bool priceEmbedded
        = scan
          && ((scan->variable && scan->variable->kind == VariableMeasureTemplate::Kind::Price)
              || (scan->gs1 && scan->gs1->price));
    if (priceEmbedded) {
        std::int64_t minor = 0;
        if (scan->variable) {
            minor = scan->variable->value;
        } else {
            const DecimalValue p = *scan->gs1->price;
            minor = divideRounded(Int128(p.digits) * pow10(cur.exponent), pow10(p.decimals),
                                  RoundingMode::HalfUp);
        }
        l.fixedAmount = Money(minor, cur);
    }
    if (item.weighed && !(priceEmbedded && scan->variable)) {
        const std::int64_t tare = tareGrams.value_or(item.tareGrams);
        if (tare < 0 || quantityMilli - tare <= 0) {
            return makeError("basket.weight", "item " + item.sku + ": weight "
                                                  + std::to_string(quantityMilli) + " g less tare "
                                                  + std::to_string(tare) + " g is not positive");
        }
        l.quantityMilli = quantityMilli - tare;
        l.tareGrams = tare;
    } else if (priceEmbedded) {
        l.quantityMilli = kOneUnit;
    } else {
        if (quantityMilli <= 0 || quantityMilli % kOneUnit != 0) {
            return makeError("basket.quantity", "item " + item.sku
                                                    + " is sold by the piece: quantity "
                                                    + std::to_string(quantityMilli)
                                                    + " is not a whole number of 1000");
        }
        l.quantityMilli = quantityMilli;
    }
    if (item.minimumAge) {
        l.ageCheck = AgeCheck{*item.minimumAge, false, {}, {}, false};
        if (m_data.ageVerification
            && satisfies(*m_data.ageVerification, *item.minimumAge, businessDate())) {
            l.ageCheck->verified = true;
            l.ageCheck->verifiedBy = m_data.ageVerification->userId;
            l.ageCheck->dateOfBirth = m_data.ageVerification->dateOfBirth;
            l.ageCheck->visuallyVerified = m_data.ageVerification->visuallyVerified;
        }
    }
    std::optional<BasketLine> deposit;
    if (item.depositSku) {
        auto depItem = m_catalog->findBySku(*item.depositSku);
        if (!depItem) {
            return makeError("item.deposit_missing", "item " + item.sku + " needs deposit item "
                                                         + *item.depositSku
                                                         + " which is not in the catalog");
        }
        if (!(depItem->price.currency() == cur) || !m_config->findTaxRate(depItem->taxClass)) {
            return makeError("item.deposit_invalid", "deposit item " + depItem->sku
                                                         + " has a foreign currency or tax class");
        }
        deposit.emplace();
        deposit->kind = LineKind::Deposit;
        deposit->entry = entry;
        deposit->unitPrice = depItem->price;
        deposit->quantityMilli = l.units() * kOneUnit;
        deposit->item = std::move(*depItem);
        deposit->item.discountable = false;
    }
    if (scan) {
        l.scannedCode = scan->raw;
        if (scan->gs1) {
            l.expiry = scan->gs1->expiry;
            l.batch = scan->gs1->batch;
            l.serial = scan->gs1->serial;
        }
    }
    l.item = std::move(item);
    l.addedAt = m_clock->now();
    l.id = m_data.nextLineId++;
    const LineId id = l.id;
    m_data.lines.push_back(std::move(l));
    if (deposit) {
        deposit->id = m_data.nextLineId++;
        deposit->parentLineId = id;
        deposit->addedAt = m_data.lines.back().addedAt;
        m_data.lines.push_back(std::move(*deposit));
    }
    reprice();
    return id;
}

Status Basket::setQuantity(LineId id, std::int64_t quantityMilli)
{
    BasketLine *l = findLine(id);
    if (!l || !l->active()) {
        return lineError("basket.no_line", id, "no such active line");
    }
    if (l->kind != LineKind::Sale) {
        return lineError("basket.quantity", id,
                         l->kind == LineKind::Deposit ? "a deposit follows its item"
                                                      : "a return's quantity is fixed");
    }
    if (l->fixedAmount) {
        return lineError("basket.quantity", id, "the price comes from the label");
    }
    if (quantityMilli <= 0 || (!l->item.weighed && quantityMilli % kOneUnit != 0)) {
        return lineError("basket.quantity", id,
                         "quantity " + std::to_string(quantityMilli) + " is not allowed");
    }
    l->quantityMilli = quantityMilli;
    const std::int64_t depositQty = l->units() * kOneUnit;
    for (auto &d : m_data.lines) {
        if (d.parentLineId == id && d.active()) {
            d.quantityMilli = depositQty;
        }
    }
    reprice();
    return {};
}

Status Basket::voidLine(LineId id, std::string userId, std::string reason)
{
    BasketLine *l = findLine(id);
    if (!l || !l->active()) {
        return lineError("basket.no_line", id, "no such active line");
    }
    if (l->kind == LineKind::Deposit && l->parentLineId) {
        return lineError("basket.deposit_follows_parent", id,
                         "void line " + std::to_string(*l->parentLineId) + " instead");
    }
    const LineVoid v{std::move(userId), std::move(reason), m_clock->now()};
    l->voided = v;
    for (auto &d : m_data.lines) {
        if (d.parentLineId == id && d.active()) {
            d.voided = v;
        }
    }
    reprice();
    return {};
}

Status Basket::overridePrice(LineId id, Money unitPrice, std::string reasonCode, std::string userId)
{
    BasketLine *l = findLine(id);
    if (!l || !l->active() || l->kind != LineKind::Sale) {
        return lineError("basket.no_line", id, "no such active sale line");
    }
    if (l->fixedAmount) {
        return lineError("basket.fixed_price", id, "the price comes from the label");
    }
    if (!(unitPrice.currency() == m_config->currency) || unitPrice.isNegative()) {
        return lineError("basket.price", id, "price " + unitPrice.toString() + " not allowed");
    }
    if (reasonCode.empty() || userId.empty()) {
        return lineError("basket.override_reason", id, "a price override needs reason and user");
    }
    const Money original = l->priceOverride ? l->priceOverride->originalUnitPrice : l->unitPrice;
    l->priceOverride = PriceOverride{original, std::move(reasonCode), std::move(userId)};
    l->unitPrice = unitPrice;
    reprice();
    return {};
}

Status Basket::setLineDiscount(LineId id, Discount discount)
{
    BasketLine *l = findLine(id);
    if (!l || !l->active() || l->kind != LineKind::Sale) {
        return lineError("basket.no_line", id, "no such active sale line");
    }
    if (!l->item.discountable) {
        return lineError("item.not_discountable", id, l->item.name + " cannot be discounted");
    }
    if (discount.kind == Discount::Kind::Percent
            ? (discount.basisPoints <= 0 || discount.basisPoints > 10000)
            : (!(discount.amount.currency() == m_config->currency)
               || discount.amount.minor() <= 0)) {
        return lineError("basket.discount", id, "discount out of range");
    }
    l->discount = std::move(discount);
    reprice();
    return {};
}

Result<std::uint32_t> Basket::addTransactionDiscount(Discount discount)
{
    if (discount.kind == Discount::Kind::Percent
            ? (discount.basisPoints <= 0 || discount.basisPoints > 10000)
            : (!(discount.amount.currency() == m_config->currency)
               || discount.amount.minor() <= 0)) {
        return makeError("basket.discount", "transaction discount out of range");
    }
    TransactionDiscount d{m_data.nextDiscountId++, std::move(discount), std::nullopt};
    m_data.discounts.push_back(std::move(d));
    reprice();
    return m_data.discounts.back().id;
}

Status Basket::voidTransactionDiscount(std::uint32_t id, std::string userId, std::string reason)
{
    for (auto &d : m_data.discounts) {
        if (d.id == id && !d.voided) {
            d.voided = LineVoid{std::move(userId), std::move(reason), m_clock->now()};
            reprice();
            return {};
        }
    }
    return makeError("basket.no_discount", "no active transaction discount " + std::to_string(id));
}

std::vector<LineId> Basket::pendingAgeChecks() const
{
    std::vector<LineId> out;
    for (const auto &l : m_data.lines) {
        if (l.active() && l.ageCheck && !l.ageCheck->verified) {
            out.push_back(l.id);
        }
    }
    return out;
}

Status Basket::verifyAge(AgeVerification v)
{
    if (v.userId.empty() || (!v.visuallyVerified && !v.dateOfBirth)) {
        return makeError("age.verification", "an age check needs a user and a date of birth "
                                             "or a visual confirmation");
    }
    const Date today = businessDate();
    for (const auto &l : m_data.lines) {
        if (l.active() && l.ageCheck && !l.ageCheck->verified
            && !satisfies(v, l.ageCheck->minimumAge, today)) {
            return lineError("age.too_young", l.id,
                             l.item.name + " needs age " + std::to_string(l.ageCheck->minimumAge));
        }
    }
    for (auto &l : m_data.lines) {
        if (l.active() && l.ageCheck && !l.ageCheck->verified) {
            l.ageCheck->verified = true;
            l.ageCheck->verifiedBy = v.userId;
            l.ageCheck->dateOfBirth = v.dateOfBirth;
            l.ageCheck->visuallyVerified = v.visuallyVerified;
        }
    }
    m_data.ageVerification = std::move(v);
    return {};
}

} // namespace lane::core
