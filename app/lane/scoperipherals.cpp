#include "app/lane/scoperipherals.h"

#include "devices/scale/scale.h"

namespace lane::app {

std::optional<std::int64_t> ScoPeripherals::stableWeightGrams()
{
    if (!m_scale) {
        return m_devices ? m_devices->stableWeightGrams() : std::nullopt;
    }
    const auto weight = m_scale->saleWeight();
    if (weight.ok()) {
        return weight.value();
    }
    m_scale->requestWeight();
    return std::nullopt;
}

core::Status ScoPeripherals::printReceipt(const core::Receipt &receipt,
                                          const std::string &receiptNumber, bool copy)
{
    if (!m_print && !copy) {
        ++m_declined; // the sale is recorded either way; a copy can still be asked for
        return {};
    }
    if (!m_devices) {
        return core::makeError("printer.not_configured", "no receipt printer on this lane");
    }
    return m_devices->printReceipt(receipt, receiptNumber, copy);
}

core::Status ScoPeripherals::printSlip(const std::string &jobId,
                                       const std::vector<std::string> &lines)
{
    if (!m_print) {
        return {};
    }
    if (!m_devices) {
        return core::makeError("printer.not_configured", "no printer for the card slip " + jobId);
    }
    return m_devices->printSlip(jobId, lines);
}

core::Status ScoPeripherals::openDrawer(bool noSale)
{
    if (!m_devices) {
        return core::makeError("drawer.not_configured", "no cash device on this lane");
    }
    return m_devices->openDrawer(noSale);
}

void ScoPeripherals::showOnCustomerDisplay(const QString &line1, const QString &line2)
{
    if (m_devices) {
        m_devices->showOnCustomerDisplay(line1, line2);
    }
}

void ScoPeripherals::alert()
{
    if (m_devices) {
        m_devices->alert();
    }
}

} // namespace lane::app
