#pragma once

#include "core/Clock.h"
#include "core/CodeLists.h"
#include "core/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace govcat::server {

// Users, their devices and their sessions (SYNC.md §3.2), beside the sync tables of ServerSchema:
// - users: a name, an Argon2id PHC string (libsodium crypto_pwhash_str, rehashed at login when the
//   parameters were raised), a role and the departments whose rows the user writes;
// - devices are rows of `clients` bound to their user; an administrator revokes one, and its
//   sessions and pushes are refused from then on (its outbox stays on the device);
// - sessions: an opaque random 256-bit token, stored only as its BLAKE2b hash, valid for
//   kSessionSeconds from login unless revoked. Nothing is kept in memory: any server process on the
//   same database checks any token.
inline constexpr int kAccountsSchemaVersion = 1;
inline constexpr qint64 kSessionSeconds = 3600;

// Creates the accounts tables (after installServerSchema); idempotent.
Result<void> installAccountsSchema(QSqlDatabase pg);

// The wire names of the roles ("editor", "reviewer", "leader", "admin").
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString& code);

// Adds a user. Constraint when the name is taken, Invalid for an empty name or a password shorter
// than kMinPasswordLength.
inline constexpr int kMinPasswordLength = 8;
Result<void> addUser(QSqlDatabase pg, const QString& name, const QByteArray& password, Role role,
                     const QStringList& deptIds);

struct LoginRequest
{
    QString user;
    QByteArray password;
    QString deviceName;
    QString clientId; // empty: register a new device
};

struct Session
{
    QString token; // given once, to the client; the server keeps only its hash
    QDateTime expiresAt;
    QString clientId;
};

// Checks the password (at most as many Argon2id verifications at once as there are cores; an
// unknown user costs the same time as a wrong password) and opens a session for the device,
// registering it when clientId is empty or not yet known. Errors: WrongPassphrase for an unknown
// user or a wrong password, Forbidden for a revoked device or one of another user, Invalid for a
// malformed client id, Sql otherwise.
Result<Session> login(QSqlDatabase pg, const LoginRequest& request, const Clock& clock);

// Who holds a token.
struct Caller
{
    QString userName;
    Role role = Role::CatalogEditor;
    QStringList deptIds;
    QString clientId;
};

// The session's user and device. Errors: WrongPassphrase for an unknown, expired or revoked token,
// Forbidden for a revoked device, Sql otherwise.
Result<Caller> authenticate(QSqlDatabase pg, const QString& token, const Clock& clock);

// Ends one session (logout). NotFound when no session has this token.
Result<void> revokeSession(QSqlDatabase pg, const QString& token);

// Revokes a device and every session of it. NotFound when no device has this id.
Result<void> revokeDevice(QSqlDatabase pg, const QString& clientId);

} // namespace govcat::server
