#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace govcat {

// An error that crosses a layer boundary as a value: a stable kind for code, a message for people.
struct Error
{
    enum class Kind
    {
        None,
        WrongPassphrase, // the key file did not open with this passphrase
        KeyFileMissing,
        KeyFileDamaged,    // key file unreadable, tampered or of an unknown version
        KeyMismatch,       // the key file does not belong to this database (SQLITE_NOTADB after unwrap)
        NotEncrypted,      // a plain SQLite file where an encrypted catalog was expected
        NotADatabase,      // neither SQLite nor a govcat database
        Damaged,           // SQLITE_CORRUPT, truncated, integrity check failed
        TooNew,            // schema newer than this build
        CipherUnavailable, // libsqlcipher not bound: cipher_version gave no row
        Io,
        Constraint,
        NotFound,
        Forbidden, // the local profile's role may not do this
        Invalid,
        Sql,
        Cancelled, // the user cancelled a long operation; nothing was written
    };
    Kind kind = Kind::None;
    QString message;    // for logs and developers (English, technical)
    int sqliteCode = 0; // primary SQLite result code where one applies

    bool isError() const { return kind != Kind::None; }
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

inline Error makeError(Error::Kind kind, QString message, int sqliteCode = 0)
{
    return Error{kind, std::move(message), sqliteCode};
}

} // namespace govcat
