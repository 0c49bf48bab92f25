#pragma once

#include <memory>

#include "core/base/clock.h"
#include "core/base/result.h"

namespace lane::app::lanectl {

/// The system clock, or a fixed start time from $LANE_CLOCK (ISO 8601 UTC,
/// "2026-11-22T10:00:00Z") that advances with real time, so scripted runs print the same
/// dates on every machine (golden receipts, support replays).
core::Result<std::unique_ptr<core::Clock>> makeClock();

} // namespace lane::app::lanectl
