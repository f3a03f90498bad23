#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ct {

/// What kind of failure an Error is; callers branch on this, people read the message.
enum class ErrorCode
{
    InvalidInput, ///< a field or argument is wrong; the message names it and the fix
    NotFound,
    AlreadyExists,
    WrongPassword,
    Throttled, ///< too many attempts; the message says how long to wait
    Unavailable, ///< a server, keychain or folder cannot be reached right now
    Corrupt, ///< stored data cannot be read; it has been left untouched
    SchemaTooNew, ///< the database was written by a newer CloudTwin
    Io, ///< disk full, permission denied, ...
    NotLoggedIn,
    // Talking to a cloud:
    AuthenticationFailed, ///< wrong credentials, expired application credential, token refused after renewal
    PermissionDenied, ///< authenticated, but not allowed (HTTP 403 without quota)
    Conflict, ///< the resource is in the wrong state for this (HTTP 409)
    QuotaExceeded,
    RateLimited, ///< HTTP 429 that did not clear within our retries
    TimedOut,
    TlsFailure, ///< certificate not trusted, wrong host name, handshake failed
    UnexpectedResponse, ///< not what the API reference says (malformed JSON, HTML from a proxy, 5xx)
    Internal,
};

/// A failure a person can act on: `message` says what went wrong and what to do, already translated.
/// It never contains a secret.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    int httpStatus = 0; ///< for cloud errors: the HTTP status the cloud answered with (0: none)
};

/// Either a value or an Error. (std::expected needs C++23, which g++ 12 / clang 14 do not give us.)
template<class T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message) { return Error {code, std::move(message), 0}; }

} // namespace ct
