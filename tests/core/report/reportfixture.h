#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/report/cashoffice.h"
#include "core/report/dayclose.h"
#include "tests/core/store/storetestutil.h"

namespace lane::core::test {

/// Keeps every event, for assertions on telemetry.
class RecordingSink final : public EventSink
{
public:
    struct Event
    {
        Severity severity;
        std::string name;
        std::vector<EventAttribute> attributes;
        std::int64_t intAttr(const std::string &key) const
        {
            for (const auto &a : attributes) {
                if (a.key == key) {
                    return std::get<std::int64_t>(a.value);
                }
            }
            return -1;
        }
    };
    void emit(Severity severity, std::string_view name, std::string_view,
              std::vector<EventAttribute> attributes) override
    {
        events.push_back({severity, std::string(name), std::move(attributes)});
    }
    const Event *find(const std::string &name) const
    {
        for (const auto &e : events) {
            if (e.name == name) {
                return &e;
            }
        }
        return nullptr;
    }
    std::vector<Event> events;
};

/// Store time 2026-11-22 (KST, UTC+9) at hh:mm.
inline TimePoint kst(int day, int hh, int mm)
{
    using namespace std::chrono;
    return TimePoint(sys_days(year(2026) / 11 / day) + hours(hh - 9) + minutes(mm));
}

/// One scripted transaction, driven through the sale engine and the store's commit.
struct ScriptLine
{
    ScriptLine(std::string s, std::int64_t q = 1000, bool v = false,
               std::optional<std::int64_t> o = std::nullopt, std::int64_t d = 0)
        : sku(std::move(s))
        , quantityMilli(q)
        , voidIt(v)
        , overridePrice(o)
        , discountMinor(d)
    {}
    std::string sku;
    std::int64_t quantityMilli = 1000;
    bool voidIt = false;
    std::optional<std::int64_t> overridePrice;
    std::int64_t discountMinor = 0;
};
struct ScriptTender
{
    TenderKind kind = TenderKind::Cash;
    std::int64_t minor = 0;
};
struct ScriptSale
{
    ScriptSale(TimePoint a, std::string c, std::vector<ScriptLine> l, std::vector<ScriptTender> t,
               bool v = false, bool r = false)
        : at(a)
        , cashier(std::move(c))
        , lines(std::move(l))
        , tenders(std::move(t))
        , voidTransaction(v)
        , isReturn(r)
    {}
    TimePoint at;
    std::string cashier;
    std::vector<ScriptLine> lines;
    std::vector<ScriptTender> tenders;
    bool voidTransaction = false;
    bool isReturn = false; // lines are returned without receipt (refund)
};

/// The scripted day weighs bananas (1004) on a tared scale: no catalog tare applies.
inline std::optional<std::int64_t> weighedWithoutTare(const std::string &sku)
{
    return sku == "1004" ? std::optional<std::int64_t>(0) : std::nullopt;
}

inline std::string cashierName(const std::string &id)
{
    return id == "c1" ? "Kim" : "Lee";
}

/// Runs one scripted sale as lanectl sell does: every change persisted, finalized through
/// finalizeSale/voidSale; price overrides journaled through the store.
inline void runScripted(StoreFixture &f, const ScriptSale &s)
{
    f.clock.set(s.at);
    TransactionHeader h;
    h.storeId = "S0123";
    h.posId = "02";
    h.cashierId = s.cashier;
    h.cashierName = cashierName(s.cashier);
    h.startedAt = f.clock.now();
    Transaction t(h, f.store->catalog(), f.config, f.clock);
    const Currency cur = krw();
    for (const auto &l : s.lines) {
        Result<LineId> id = s.isReturn
                                ? t.addReturnWithoutReceipt(l.sku, l.quantityMilli, "A-1")
                                : t.addSku(l.sku, l.quantityMilli, weighedWithoutTare(l.sku));
        ASSERT_TRUE(id) << id.error().message;
        ASSERT_TRUE(persistBasket(*f.store, t));
        if (l.overridePrice) {
            ASSERT_TRUE(t.overridePrice(*id, Money(*l.overridePrice, cur), "damaged", s.cashier));
            auto e = f.store->recordEvent(journal_type::kPriceOverride,
                                          CanonicalJson()
                                              .set("user", s.cashier)
                                              .set("line", std::int64_t{*id})
                                              .set("unit_price", *l.overridePrice)
                                              .set("reason", "damaged"));
            ASSERT_TRUE(e);
        }
        if (l.discountMinor > 0) {
            Discount d;
            d.kind = Discount::Kind::Amount;
            d.amount = Money(l.discountMinor, cur);
            d.reasonCode = "loyal";
            d.userId = s.cashier;
            auto st = t.setLineDiscount(*id, d);
            ASSERT_TRUE(st) << st.error().message;
        }
        if (l.voidIt) {
            ASSERT_TRUE(t.voidLine(*id, s.cashier, "wrong item"));
        }
        ASSERT_TRUE(persistBasket(*f.store, t));
    }
    if (s.voidTransaction) {
        auto v = voidSale(*f.store, t, s.cashier, "customer left", f.context());
        ASSERT_TRUE(v) << v.error().message;
        return;
    }
    ASSERT_TRUE(t.startTendering());
    for (const auto &tender : s.tenders) {
        Status st;
        const Money m(tender.minor, cur);
        if (tender.kind == TenderKind::Cash) {
            st = t.payCash(m);
        } else if (tender.kind == TenderKind::Card) {
            st = t.addCardTender(m, CardApproval{"476173******0010", "VISA", "A1", "T1", "R1"});
        } else {
            st = t.payVoucher(tender.kind, m, "V-1");
        }
        ASSERT_TRUE(st) << st.error().message;
    }
    auto done = finalizeSale(*f.store, t, f.context());
    ASSERT_TRUE(done) << done.error().message;
}

} // namespace lane::core::test
