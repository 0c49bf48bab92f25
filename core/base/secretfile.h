#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/base/result.h"

namespace lane::core {

/// Reads a secret (journal HMAC key, API key) from its own file, refusing one that anybody
/// but the user running Lane could read or replace: it must be a regular file owned by
/// that user with no group or other permission bits. Errors name the file and the fix
/// (chmod 600, chown); their codes are `code` for I/O and `code` + "_permissions" for the
/// file's mode or owner. `what` names the secret in messages ("journal key"). At most
/// `maxBytes` are read.
Result<std::string> readSecretFile(const std::string &path, std::string_view what,
                                   std::string_view code, std::size_t maxBytes);

} // namespace lane::core
