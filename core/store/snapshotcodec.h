#pragma once

#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/sale/transaction.h"

namespace lane::core {

/// Binary form of a TransactionSnapshot (the basket in progress, its tenders and state),
/// written on every basket mutation and read back after a crash. Versioned: a snapshot
/// from an unknown version is refused ("store.snapshot"), never half-read.
std::string encodeSnapshot(const TransactionSnapshot &snapshot);
Result<TransactionSnapshot> decodeSnapshot(std::string_view bytes);

} // namespace lane::core
