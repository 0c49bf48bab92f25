#include "core/sale/basket.h"
#include "core/sale/receipt.h"

namespace lane::core {

namespace {

// How much of `sold` this basket already returns (active return lines).
std::int64_t returningNow(const BasketData &data, const std::string &receiptId, LineId line)
{
    std::int64_t q = 0;
    for (const auto &l : data.lines) {
        if (l.active() && l.kind == LineKind::Return && l.returnOrigin
            && l.returnOrigin->receiptId == receiptId && l.returnOrigin->originalLineId == line) {
            q += l.quantityMilli;
        }
    }
    return q;
}

} // namespace

Result<LineId> Basket::addReturn(const Receipt &original, LineId originalLine,
                                 std::int64_t quantityMilli)
{
    const std::string where
        = "receipt " + original.header.transactionId + " line " + std::to_string(originalLine);
    const ReceiptLine *sold = original.line(originalLine);
    if (!sold) {
        return makeError("return.no_line", where + ": no such line");
    }
    if (original.state != TransactionState::Finalized) {
        return makeError("return.not_finalized", where + ": the sale was not completed");
    }
    if (!(original.currency == m_config->currency)) {
        return makeError("return.currency", where + ": sold in another currency");
    }
    if (sold->voided || sold->kind != LineKind::Sale) {
        return makeError("return.no_line", where + ": not a sold item");
    }
    if (!sold->returnable) {
        return makeError("return.not_returnable",
                         where + ": " + sold->name + " cannot be returned");
    }
    if (quantityMilli <= 0 || (!sold->weighed && quantityMilli % kOneUnit != 0)) {
        return makeError("return.quantity",
                         where + ": quantity " + std::to_string(quantityMilli) + " is not allowed");
    }
    auto id = addReturnLine(original, *sold, quantityMilli, std::nullopt);
    if (!id) {
        return id;
    }
    // The deposit goes back with its item, in proportion.
    for (const auto &dep : original.lines) {
        if (dep.parentLineId == originalLine && !dep.voided && dep.kind == LineKind::Deposit) {
            const std::int64_t q = divideRounded(Int128(dep.quantityMilli) * quantityMilli,
                                                 sold->quantityMilli, RoundingMode::HalfUp);
            if (q > 0) {
                auto d = addReturnLine(original, dep, q, id.value());
                if (!d) {
                    // Undo the item line so nothing is half-added.
                    m_data.lines.pop_back();
                    reprice();
                    return d.error();
                }
            }
        }
    }
    return id;
}

Result<LineId> Basket::addReturnLine(const Receipt &original, const ReceiptLine &sold,
                                     std::int64_t quantityMilli, std::optional<LineId> parent)
{
    const std::string &receiptId = original.header.transactionId;
    const std::int64_t already
        = sold.returnedQuantityMilli + returningNow(m_data, receiptId, sold.lineId);
    if (already + quantityMilli > sold.quantityMilli) {
        return makeError("return.exceeds_sold",
                         "receipt " + receiptId + " line " + std::to_string(sold.lineId) + ": "
                             + std::to_string(sold.quantityMilli) + " sold, "
                             + std::to_string(already) + " already returned, "
                             + std::to_string(quantityMilli) + " asked");
    }
    if (!m_config->findTaxRate(sold.taxClass)) {
        return makeError("item.tax_class_unknown",
                         "returned line has tax class \"" + sold.taxClass + "\", not in the table");
    }
    // Cumulative shares, so partial returns add up to exactly what was paid.
    const Int128 paid = sold.paid.minor();
    const std::int64_t upTo
        = divideRounded(paid * (already + quantityMilli), sold.quantityMilli, RoundingMode::HalfUp);
    const std::int64_t before
        = divideRounded(paid * already, sold.quantityMilli, RoundingMode::HalfUp);
    BasketLine l;
    l.kind = LineKind::Return;
    l.entry = EntryMethod::Return;
    l.item.sku = sold.sku;
    l.item.name = sold.name;
    l.item.price = sold.unitPrice;
    l.item.taxClass = sold.taxClass;
    l.item.weighed = sold.weighed;
    l.item.discountable = false;
    l.unitPrice = sold.unitPrice;
    l.quantityMilli = quantityMilli;
    l.fixedAmount = Money(-(upTo - before), m_config->currency);
    l.parentLineId = parent;
    l.returnOrigin = ReturnOrigin{receiptId, sold.lineId, {}};
    l.addedAt = m_clock->now();
    l.id = m_data.nextLineId++;
    m_data.lines.push_back(std::move(l));
    reprice();
    return m_data.lines.back().id;
}

Result<LineId> Basket::addReturnWithoutReceipt(std::string_view sku, std::int64_t quantityMilli,
                                               std::string approvalId)
{
    if (approvalId.empty()) {
        return makeError("return.approval_required",
                         "a return without receipt needs a manager approval");
    }
    auto item = m_catalog->findBySku(sku);
    if (!item) {
        return makeError("item.not_found", "no item with SKU " + std::string(sku));
    }
    if (!item->returnable) {
        return makeError("return.not_returnable", item->name + " cannot be returned");
    }
    if (quantityMilli <= 0 || (!item->weighed && quantityMilli % kOneUnit != 0)) {
        return makeError("return.quantity", "quantity " + std::to_string(quantityMilli)
                                                + " is not allowed for " + item->sku);
    }
    if (!m_config->findTaxRate(item->taxClass) || !(item->price.currency() == m_config->currency)) {
        return makeError("item.tax_class_unknown",
                         "item " + item->sku + " has an unknown tax class or currency");
    }
    std::optional<Item> deposit;
    if (item->depositSku) {
        deposit = m_catalog->findBySku(*item->depositSku);
        if (!deposit || !m_config->findTaxRate(deposit->taxClass)) {
            return makeError("item.deposit_missing",
                             "deposit " + *item->depositSku + " of " + item->sku + " is missing");
        }
    }
    auto makeLine = [&](Item it, std::int64_t q, std::optional<LineId> parent) {
        BasketLine l;
        l.kind = LineKind::Return;
        l.entry = EntryMethod::Return;
        l.unitPrice = it.price;
        l.quantityMilli = q;
        l.fixedAmount = -it.price.timesMilli(q, m_config->priceRoundingMode);
        l.parentLineId = parent;
        l.returnOrigin = ReturnOrigin{{}, std::nullopt, approvalId};
        l.item = std::move(it);
        l.item.discountable = false;
        l.addedAt = m_clock->now();
        l.id = m_data.nextLineId++;
        m_data.lines.push_back(std::move(l));
        return m_data.lines.back().id;
    };
    const std::int64_t units = item->weighed ? 1 : quantityMilli / kOneUnit;
    const LineId id = makeLine(std::move(*item), quantityMilli, std::nullopt);
    if (deposit) {
        makeLine(std::move(*deposit), units * kOneUnit, id);
    }
    m_data.returnWithoutReceipt = true;
    m_data.approvals.push_back(std::move(approvalId));
    reprice();
    return id;
}

} // namespace lane::core
