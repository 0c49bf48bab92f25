#include "core/store/snapshotcodec.h"

#include "core/store/bytecodec.h"

namespace lane::core {

namespace {

constexpr std::uint64_t kMagic = 0x4c53; // "LS"
constexpr std::uint64_t kVersion = 1;

void putDate(ByteWriter &w, const Date &d)
{
    w.i(d.year);
    w.i(d.month);
    w.i(d.day);
}

Date getDate(ByteReader &r)
{
    Date d;
    d.year = static_cast<int>(r.i());
    d.month = static_cast<int>(r.i());
    d.day = static_cast<int>(r.i());
    return d;
}

template<typename E>
E getEnum(ByteReader &r, E last)
{
    const auto v = r.u();
    if (v > static_cast<std::uint64_t>(last)) {
        r.fail();
        return E{};
    }
    return static_cast<E>(v);
}

void putItem(ByteWriter &w, const Item &it)
{
    w.s(it.sku);
    w.s(it.name);
    w.u(it.barcodes.size());
    for (const auto &b : it.barcodes) {
        w.s(b);
    }
    w.opt(it.plu, [&](const std::string &v) { w.s(v); });
    w.s(it.department);
    w.money(it.price);
    w.s(it.taxClass);
    w.b(it.weighed);
    w.opt(it.minimumAge, [&](int v) { w.i(v); });
    w.b(it.discountable);
    w.b(it.returnable);
    w.opt(it.depositSku, [&](const std::string &v) { w.s(v); });
    w.i(it.tareGrams);
}

Item getItem(ByteReader &r)
{
    Item it;
    it.sku = r.s();
    it.name = r.s();
    const auto n = r.u();
    for (std::uint64_t k = 0; k < n && r.ok(); ++k) {
        it.barcodes.push_back(r.s());
    }
    it.plu = r.opt<std::string>([&] { return r.s(); });
    it.department = r.s();
    it.price = r.money();
    it.taxClass = r.s();
    it.weighed = r.b();
    it.minimumAge = r.opt<int>([&] { return static_cast<int>(r.i()); });
    it.discountable = r.b();
    it.returnable = r.b();
    it.depositSku = r.opt<std::string>([&] { return r.s(); });
    it.tareGrams = r.i();
    return it;
}

void putDiscount(ByteWriter &w, const Discount &d)
{
    w.u(static_cast<std::uint64_t>(d.kind));
    w.i(d.basisPoints);
    w.money(d.amount);
    w.s(d.reasonCode);
    w.s(d.userId);
}

Discount getDiscount(ByteReader &r)
{
    Discount d;
    d.kind = getEnum(r, Discount::Kind::Amount);
    d.basisPoints = r.i();
    d.amount = r.money();
    d.reasonCode = r.s();
    d.userId = r.s();
    return d;
}

void putVoid(ByteWriter &w, const LineVoid &v)
{
    w.s(v.userId);
    w.s(v.reason);
    w.time(v.at);
}

LineVoid getVoid(ByteReader &r)
{
    LineVoid v;
    v.userId = r.s();
    v.reason = r.s();
    v.at = r.time();
    return v;
}

void putLine(ByteWriter &w, const BasketLine &l)
{
    w.u(l.id);
    w.u(static_cast<std::uint64_t>(l.kind));
    w.u(static_cast<std::uint64_t>(l.entry));
    putItem(w, l.item);
    w.i(l.quantityMilli);
    w.i(l.tareGrams);
    w.money(l.unitPrice);
    w.opt(l.fixedAmount, [&](const Money &m) { w.money(m); });
    w.opt(l.priceOverride, [&](const PriceOverride &p) {
        w.money(p.originalUnitPrice);
        w.s(p.reasonCode);
        w.s(p.userId);
    });
    w.opt(l.discount, [&](const Discount &d) { putDiscount(w, d); });
    w.opt(l.ageCheck, [&](const AgeCheck &a) {
        w.i(a.minimumAge);
        w.b(a.verified);
        w.s(a.verifiedBy);
        w.opt(a.dateOfBirth, [&](const Date &d) { putDate(w, d); });
        w.b(a.visuallyVerified);
    });
    w.opt(l.voided, [&](const LineVoid &v) { putVoid(w, v); });
    w.opt(l.parentLineId, [&](LineId id) { w.u(id); });
    w.opt(l.returnOrigin, [&](const ReturnOrigin &o) {
        w.s(o.receiptId);
        w.opt(o.originalLineId, [&](LineId id) { w.u(id); });
        w.s(o.approvalId);
    });
    w.s(l.scannedCode);
    w.opt(l.expiry, [&](const Date &d) { putDate(w, d); });
    w.opt(l.batch, [&](const std::string &v) { w.s(v); });
    w.opt(l.serial, [&](const std::string &v) { w.s(v); });
    w.time(l.addedAt);
}

BasketLine getLine(ByteReader &r)
{
    BasketLine l;
    l.id = static_cast<LineId>(r.u());
    l.kind = getEnum(r, LineKind::Return);
    l.entry = getEnum(r, EntryMethod::Return);
    l.item = getItem(r);
    l.quantityMilli = r.i();
    l.tareGrams = r.i();
    l.unitPrice = r.money();
    l.fixedAmount = r.opt<Money>([&] { return r.money(); });
    l.priceOverride = r.opt<PriceOverride>([&] {
        PriceOverride p;
        p.originalUnitPrice = r.money();
        p.reasonCode = r.s();
        p.userId = r.s();
        return p;
    });
    l.discount = r.opt<Discount>([&] { return getDiscount(r); });
    l.ageCheck = r.opt<AgeCheck>([&] {
        AgeCheck a;
        a.minimumAge = static_cast<int>(r.i());
        a.verified = r.b();
        a.verifiedBy = r.s();
        a.dateOfBirth = r.opt<Date>([&] { return getDate(r); });
        a.visuallyVerified = r.b();
        return a;
    });
    l.voided = r.opt<LineVoid>([&] { return getVoid(r); });
    l.parentLineId = r.opt<LineId>([&] { return static_cast<LineId>(r.u()); });
    l.returnOrigin = r.opt<ReturnOrigin>([&] {
        ReturnOrigin o;
        o.receiptId = r.s();
        o.originalLineId = r.opt<LineId>([&] { return static_cast<LineId>(r.u()); });
        o.approvalId = r.s();
        return o;
    });
    l.scannedCode = r.s();
    l.expiry = r.opt<Date>([&] { return getDate(r); });
    l.batch = r.opt<std::string>([&] { return r.s(); });
    l.serial = r.opt<std::string>([&] { return r.s(); });
    l.addedAt = r.time();
    return l;
}

void putTender(ByteWriter &w, const Tender &t)
{
    w.u(static_cast<std::uint64_t>(t.kind));
    w.money(t.tendered);
    w.money(t.applied);
    w.money(t.change);
    w.money(t.forfeited);
    w.s(t.reference);
    w.opt(t.card, [&](const CardApproval &c) {
        w.s(c.maskedPan);
        w.s(c.scheme);
        w.s(c.authCode);
        w.s(c.terminalId);
        w.s(c.reference);
    });
    w.time(t.at);
}

Tender getTender(ByteReader &r)
{
    Tender t;
    t.kind = getEnum(r, TenderKind::GiftCard);
    t.tendered = r.money();
    t.applied = r.money();
    t.change = r.money();
    t.forfeited = r.money();
    t.reference = r.s();
    t.card = r.opt<CardApproval>([&] {
        CardApproval c;
        c.maskedPan = r.s();
        c.scheme = r.s();
        c.authCode = r.s();
        c.terminalId = r.s();
        c.reference = r.s();
        return c;
    });
    t.at = r.time();
    return t;
}

} // namespace

std::string encodeSnapshot(const TransactionSnapshot &snap)
{
    ByteWriter w;
    w.u(kMagic);
    w.u(kVersion);
    const auto &h = snap.header;
    w.s(h.transactionId);
    w.s(h.storeId);
    w.s(h.posId);
    w.u(h.receiptNumber);
    putDate(w, h.businessDate);
    w.s(h.cashierId);
    w.s(h.cashierName);
    w.time(h.startedAt);
    w.time(h.finishedAt);
    w.u(static_cast<std::uint64_t>(snap.state));

    const auto &b = snap.basket;
    w.u(b.lines.size());
    for (const auto &l : b.lines) {
        putLine(w, l);
    }
    w.u(b.discounts.size());
    for (const auto &d : b.discounts) {
        w.u(d.id);
        putDiscount(w, d.discount);
        w.opt(d.voided, [&](const LineVoid &v) { putVoid(w, v); });
    }
    w.opt(b.ageVerification, [&](const AgeVerification &a) {
        w.s(a.userId);
        w.opt(a.dateOfBirth, [&](const Date &d) { putDate(w, d); });
        w.b(a.visuallyVerified);
    });
    w.u(b.approvals.size());
    for (const auto &a : b.approvals) {
        w.s(a);
    }
    w.b(b.returnWithoutReceipt);
    w.u(b.nextLineId);
    w.u(b.nextDiscountId);

    w.u(snap.tenders.size());
    for (const auto &t : snap.tenders) {
        putTender(w, t);
    }
    w.i(snap.cashRoundingMinor);
    w.u(snap.history.size());
    for (const auto &c : snap.history) {
        w.u(static_cast<std::uint64_t>(c.from));
        w.u(static_cast<std::uint64_t>(c.to));
        w.time(c.at);
        w.s(c.userId);
        w.s(c.reason);
    }
    return w.take();
}

Result<TransactionSnapshot> decodeSnapshot(std::string_view bytes)
{
    ByteReader r(bytes);
    if (r.u() != kMagic) {
        return makeError("store.snapshot", "not a transaction snapshot");
    }
    const auto version = r.u();
    if (version != kVersion) {
        return makeError("store.snapshot", "transaction snapshot version " + std::to_string(version)
                                               + " is not supported");
    }
    TransactionSnapshot snap;
    auto &h = snap.header;
    h.transactionId = r.s();
    h.storeId = r.s();
    h.posId = r.s();
    h.receiptNumber = r.u();
    h.businessDate = getDate(r);
    h.cashierId = r.s();
    h.cashierName = r.s();
    h.startedAt = r.time();
    h.finishedAt = r.time();
    snap.state = getEnum(r, TransactionState::Suspended);

    auto &b = snap.basket;
    const auto lines = r.u();
    for (std::uint64_t k = 0; k < lines && r.ok(); ++k) {
        b.lines.push_back(getLine(r));
    }
    const auto discounts = r.u();
    for (std::uint64_t k = 0; k < discounts && r.ok(); ++k) {
        TransactionDiscount d;
        d.id = static_cast<std::uint32_t>(r.u());
        d.discount = getDiscount(r);
        d.voided = r.opt<LineVoid>([&] { return getVoid(r); });
        b.discounts.push_back(std::move(d));
    }
    b.ageVerification = r.opt<AgeVerification>([&] {
        AgeVerification a;
        a.userId = r.s();
        a.dateOfBirth = r.opt<Date>([&] { return getDate(r); });
        a.visuallyVerified = r.b();
        return a;
    });
    const auto approvals = r.u();
    for (std::uint64_t k = 0; k < approvals && r.ok(); ++k) {
        b.approvals.push_back(r.s());
    }
    b.returnWithoutReceipt = r.b();
    b.nextLineId = static_cast<LineId>(r.u());
    b.nextDiscountId = static_cast<std::uint32_t>(r.u());

    const auto tenders = r.u();
    for (std::uint64_t k = 0; k < tenders && r.ok(); ++k) {
        snap.tenders.push_back(getTender(r));
    }
    snap.cashRoundingMinor = r.i();
    const auto changes = r.u();
    for (std::uint64_t k = 0; k < changes && r.ok(); ++k) {
        StateChange c;
        c.from = getEnum(r, TransactionState::Suspended);
        c.to = getEnum(r, TransactionState::Suspended);
        c.at = r.time();
        c.userId = r.s();
        c.reason = r.s();
        snap.history.push_back(std::move(c));
    }
    if (!r.ok() || !r.atEnd()) {
        return makeError("store.snapshot", "transaction snapshot is truncated or malformed");
    }
    return snap;
}

} // namespace lane::core
