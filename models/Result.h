#pragma once

#include <QString>

#include <utility>
#include <variant>

// A failure that a person reads: one line, already translated where it comes from tr().
struct Error
{
    QString message;
};

// The value of a call that can fail, or the reason it failed (std::expected is C++23).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(m_state); }
    const T& value() const { return std::get<0>(m_state); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

struct Done
{
};

// For calls that return nothing on success.
using Status = Result<Done>;
