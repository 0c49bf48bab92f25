#pragma once

#include <string>

#include "core/base/result.h"
#include "core/config/laneconfig.h"

namespace lane::core {

/// Replaces `target` with `source` only if `source` checks clean: the new file is written
/// next to the target, fsynced and renamed over it, so a reader sees the old file or the
/// new one, never a mix, and a bad file never replaces a good one. Returns the report of
/// the check; on failure the target is untouched.
Result<ConfigReport> applyConfigFile(const std::string &source, const std::string &target,
                                     const std::string &storeFile = {});

} // namespace lane::core
