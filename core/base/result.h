#pragma once

#include <string>
#include <utility>
#include <variant>

#include "core/base/assert.h"

namespace lane::core {

/// An expected failure (bad barcode, declined card, disk full, malformed file) as a value.
/// `code` is stable and machine-readable ("barcode.check_digit"); `message` is for people
/// and names what and where.
struct Error
{
    std::string code;
    std::string message;

    bool operator==(const Error &) const = default;
};

/// Either a value or an Error. Discarding one is a compile warning.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() &
    {
        LANE_ASSERT(ok());
        return std::get<0>(m_data);
    }
    const T &value() const &
    {
        LANE_ASSERT(ok());
        return std::get<0>(m_data);
    }
    T &&value() &&
    {
        LANE_ASSERT(ok());
        return std::get<0>(std::move(m_data));
    }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    const Error &error() const
    {
        LANE_ASSERT(!ok());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

/// Success or an Error, for operations with no value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        LANE_ASSERT(m_failed);
        return m_error;
    }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(std::string code, std::string message)
{
    return Error{std::move(code), std::move(message)};
}

} // namespace lane::core
