#pragma once

namespace lane::core::detail {
[[noreturn]] void assertFailedFatal(const char *expr, const char *file, int line);
void assertFailedLogged(const char *expr, const char *file, int line);
} // namespace lane::core::detail

/// Programmer errors: fail loudly in debug builds, log and recover in release builds.
/// The caller must still handle the false case after the assertion.
#ifdef NDEBUG
#define LANE_ASSERT(cond) \
    ((cond) ? void(0) : ::lane::core::detail::assertFailedLogged(#cond, __FILE__, __LINE__))
#else
#define LANE_ASSERT(cond) \
    ((cond) ? void(0) : ::lane::core::detail::assertFailedFatal(#cond, __FILE__, __LINE__))
#endif
