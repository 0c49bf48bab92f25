#include "core/base/assert.h"

#include <cstdio>
#include <cstdlib>

#include <spdlog/spdlog.h>

namespace lane::core::detail {

void assertFailedFatal(const char *expr, const char *file, int line)
{
    std::fprintf(stderr, "assertion failed: %s at %s:%d\n", expr, file, line);
    std::abort();
}

void assertFailedLogged(const char *expr, const char *file, int line)
{
    spdlog::error("assertion failed: {} at {}:{}", expr, file, line);
}

} // namespace lane::core::detail
