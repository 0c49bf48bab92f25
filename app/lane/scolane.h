#pragma once

#include <QObject>

#include <memory>

#include "core/base/clock.h"
#include "core/base/events.h"

namespace lane::app {

class LaneServices;
class ScoJournal;
class ScoPeripherals;
class ScoViewModel;

/// `lane --mode sco`: builds the self-checkout over the lane's services (the same sale
/// view model, store and devices as the cashier lane) and routes every scan through it.
class ScoLane : public QObject
{
    Q_OBJECT

public:
    /// Call after the store is open and the devices are configured.
    ScoLane(LaneServices &lane, const core::Clock &clock, core::EventSink &events,
            QObject *parent = nullptr);
    ~ScoLane() override;

    ScoViewModel *viewModel() const { return m_sco; }
    ScoPeripherals *peripherals() const { return m_peripherals.get(); }

private:
    std::unique_ptr<ScoPeripherals> m_peripherals;
    std::unique_ptr<ScoJournal> m_journal;
    ScoViewModel *m_sco = nullptr;
};

} // namespace lane::app
