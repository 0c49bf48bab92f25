#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/clock.h"
#include "core/base/money.h"
#include "core/base/result.h"

namespace lane::core {

/// Appends a compact binary encoding: varints (zig-zag for signed), length-prefixed
/// strings. Used for the per-scan basket snapshot, which must be small and fast.
class ByteWriter
{
public:
    void u(std::uint64_t v);
    void i(std::int64_t v)
    {
        u((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
    }
    void b(bool v) { u(v ? 1 : 0); }
    void s(std::string_view v);
    void money(const Money &m);
    void time(TimePoint t) { i(t.time_since_epoch().count()); }
    template<typename T, typename F>
    void opt(const std::optional<T> &o, F &&write)
    {
        b(o.has_value());
        if (o) {
            write(*o);
        }
    }
    const std::string &bytes() const { return m_out; }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

/// Reads what ByteWriter wrote; the first failure sticks and later reads return zeros.
class ByteReader
{
public:
    explicit ByteReader(std::string_view in)
        : m_in(in)
    {}
    std::uint64_t u();
    std::int64_t i()
    {
        const auto v = u();
        return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
    }
    bool b() { return u() != 0; }
    std::string s();
    Money money();
    TimePoint time() { return TimePoint(std::chrono::nanoseconds(i())); }
    template<typename T, typename F>
    std::optional<T> opt(F &&read)
    {
        if (!b()) {
            return std::nullopt;
        }
        return read();
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_in.size(); }
    void fail() { m_ok = false; }

private:
    std::string_view m_in;
    std::size_t m_pos = 0;
    bool m_ok = true;
};

} // namespace lane::core
