#pragma once

#include "app/lane/laneports.h"

namespace lane::devices::scale {
class Scale;
}

namespace lane::app {

/// The lane's devices as the self-checkout uses them: the produce scale by name (the
/// bagging scale is a second scale and must never price an item), and the receipt printed
/// only when the shopper asked for it. Everything else passes to the lane's devices.
class ScoPeripherals final : public LanePeripherals
{
public:
    explicit ScoPeripherals(LanePeripherals *devices)
        : m_devices(devices)
    {}

    void setProduceScale(devices::scale::Scale *scale) { m_scale = scale; }
    void setPrintReceipts(bool print) { m_print = print; }
    bool printReceipts() const { return m_print; }
    /// Receipts the shopper declined (still recorded in the store, reprintable).
    int declinedReceipts() const { return m_declined; }

    std::optional<std::int64_t> stableWeightGrams() override;
    core::Status printReceipt(const core::Receipt &receipt, const std::string &receiptNumber,
                              bool copy) override;
    /// The card terminal's slip goes with the receipt: not printed when it was declined.
    core::Status printSlip(const std::string &jobId,
                           const std::vector<std::string> &lines) override;
    core::Status openDrawer(bool noSale) override;
    void showOnCustomerDisplay(const QString &line1, const QString &line2) override;
    void alert() override;

private:
    LanePeripherals *m_devices;
    devices::scale::Scale *m_scale = nullptr;
    bool m_print = true;
    int m_declined = 0;
};

} // namespace lane::app
