#include "Accounts.h"

#include "PasswordHash.h"
#include "PgTransaction.h"
#include "sync/Push.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sodium.h>

namespace govcat::server {

namespace {

const char* const kAccounts[] = {
    "CREATE TABLE IF NOT EXISTS users (name text PRIMARY KEY, password_hash text NOT NULL, role text NOT "
    "NULL "
    "CHECK (role IN ('editor', 'reviewer', 'leader', 'admin')), dept_ids text NOT NULL DEFAULT '', "
    "created_at timestamptz NOT NULL DEFAULT now())",
    // Only the BLAKE2b hash of a token is stored: a copy of the database opens no session.
    "CREATE TABLE IF NOT EXISTS sessions (token_hash text PRIMARY KEY, user_name text NOT NULL REFERENCES "
    "users ON DELETE CASCADE, client_id uuid NOT NULL REFERENCES clients, expires_at timestamptz NOT NULL, "
    "revoked boolean NOT NULL DEFAULT false, created_at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX IF NOT EXISTS sessions_client ON sessions (client_id)",
    "INSERT INTO server_meta VALUES ('accounts_version', '1') ON CONFLICT (key) DO NOTHING",
};

// A PHC string of a password nobody has, verified for an unknown user so that a wrong name takes as
// long as a wrong password.
const QByteArray& decoyHash()
{
    static const QByteArray hash = hashPassword(QByteArray("govcat-decoy-password"));
    return hash;
}

Error sqlFailure(const QSqlQuery& q)
{
    return makeError(Error::Kind::Sql, q.lastError().text());
}

QString tokenHash(const QString& token)
{
    const QByteArray bytes = token.toUtf8();
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

QString newToken()
{
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    const QByteArray token = QByteArray(reinterpret_cast<const char*>(raw), sizeof raw)
                                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(raw, sizeof raw);
    return QString::fromLatin1(token);
}

QString timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL; an empty text column wants ''.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QStringList splitDepts(const QString& text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

Result<void> installAccountsSchema(QSqlDatabase pg)
{
    PgTransaction transaction(pg);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    QSqlQuery q(pg);
    for (const char* sql : kAccounts) {
        if (!q.exec(QString::fromUtf8(sql))) {
            return sqlFailure(q);
        }
    }
    return transaction.commit();
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::CatalogEditor:
        return QStringLiteral("editor");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Leader:
        return QStringLiteral("leader");
    case Role::Administrator:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString& code)
{
    for (Role r : {Role::CatalogEditor, Role::Reviewer, Role::Leader, Role::Administrator}) {
        if (roleCode(r) == code) {
            return r;
        }
    }
    return std::nullopt;
}

Result<void> addUser(QSqlDatabase pg, const QString& name, const QByteArray& password, Role role,
                     const QStringList& deptIds)
{
    if (name.trimmed().isEmpty() || name.size() > 200) {
        return makeError(Error::Kind::Invalid, QStringLiteral("empty or overlong user name"));
    }
    if (password.size() < kMinPasswordLength) {
        return makeError(Error::Kind::Invalid,
                         QStringLiteral("password shorter than %1").arg(kMinPasswordLength));
    }
    for (const QString& dept : deptIds) {
        if (dept.isEmpty() || dept.contains(QLatin1Char(','))) {
            return makeError(Error::Kind::Invalid, QStringLiteral("a department id is empty or has a comma"));
        }
    }
    const QByteArray phc = hashPassword(password);
    if (phc.isEmpty()) {
        return makeError(Error::Kind::Io, QStringLiteral("password hashing failed (out of memory?)"));
    }
    QSqlQuery q(pg);
    q.prepare(QStringLiteral("INSERT INTO users (name, password_hash, role, dept_ids) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (name) DO NOTHING"));
    q.addBindValue(name);
    q.addBindValue(QString::fromLatin1(phc));
    q.addBindValue(roleCode(role));
    q.addBindValue(notNull(deptIds.join(QLatin1Char(','))));
    if (!q.exec()) {
        return sqlFailure(q);
    }
    if (q.numRowsAffected() != 1) {
        return makeError(Error::Kind::Constraint, QStringLiteral("a user of this name exists"));
    }
    return {};
}

Result<Session> login(QSqlDatabase pg, const LoginRequest& request, const Clock& clock)
{
    if (!request.clientId.isEmpty() && !sync::isCanonicalUuid(request.clientId)) {
        return makeError(Error::Kind::Invalid, QStringLiteral("malformed client id"));
    }
    QSqlQuery user(pg);
    user.prepare(QStringLiteral("SELECT password_hash FROM users WHERE name = ?"));
    user.addBindValue(request.user);
    if (!user.exec()) {
        return sqlFailure(user);
    }
    const bool known = user.next();
    const QByteArray phc = known ? user.value(0).toString().toLatin1() : decoyHash();
    user.finish();
    // Outside any transaction: the verification takes a tenth of a second.
    if (!verifyPassword(phc, request.password) || !known) {
        return makeError(Error::Kind::WrongPassphrase, QStringLiteral("unknown user or wrong password"));
    }

    PgTransaction transaction(pg);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    QSqlQuery q(pg);
    if (passwordNeedsRehash(phc)) {
        const QByteArray fresh = hashPassword(request.password);
        q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ?"));
        q.addBindValue(QString::fromLatin1(fresh));
        q.addBindValue(request.user);
        if (!fresh.isEmpty() && !q.exec()) {
            return sqlFailure(q);
        }
    }
    Session session;
    session.clientId =
        request.clientId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.clientId;
    q.prepare(QStringLiteral("INSERT INTO clients (client_id, user_name, device_name) VALUES (?::uuid, ?, ?) "
                             "ON CONFLICT (client_id) DO NOTHING"));
    q.addBindValue(session.clientId);
    q.addBindValue(request.user);
    q.addBindValue(notNull(request.deviceName.left(200)));
    if (!q.exec()) {
        return sqlFailure(q);
    }
    q.prepare(QStringLiteral("SELECT user_name, revoked FROM clients WHERE client_id = ?::uuid"));
    q.addBindValue(session.clientId);
    if (!q.exec() || !q.next()) {
        return sqlFailure(q);
    }
    if (q.value(0).toString() != request.user) {
        return makeError(Error::Kind::Forbidden, QStringLiteral("the device belongs to another user"));
    }
    if (q.value(1).toBool()) {
        return makeError(Error::Kind::Forbidden, QStringLiteral("device revoked"));
    }
    session.token = newToken();
    session.expiresAt = clock.nowUtc().addSecs(kSessionSeconds);
    q.prepare(QStringLiteral("INSERT INTO sessions (token_hash, user_name, client_id, expires_at) VALUES "
                             "(?, ?, ?::uuid, ?::timestamptz)"));
    q.addBindValue(tokenHash(session.token));
    q.addBindValue(request.user);
    q.addBindValue(session.clientId);
    q.addBindValue(timestamp(session.expiresAt));
    if (!q.exec()) {
        return sqlFailure(q);
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return session;
}

Result<Caller> authenticate(QSqlDatabase pg, const QString& token, const Clock& clock)
{
    if (token.isEmpty() || token.size() > 100) {
        return makeError(Error::Kind::WrongPassphrase, QStringLiteral("no token"));
    }
    QSqlQuery q(pg);
    q.prepare(QStringLiteral(
        "SELECT s.user_name, u.role, u.dept_ids, s.client_id::text, c.revoked FROM sessions s JOIN users u "
        "ON u.name = s.user_name JOIN clients c ON c.client_id = s.client_id WHERE s.token_hash = ? AND NOT "
        "s.revoked AND s.expires_at > ?::timestamptz"));
    q.addBindValue(tokenHash(token));
    q.addBindValue(timestamp(clock.nowUtc()));
    if (!q.exec()) {
        return sqlFailure(q);
    }
    if (!q.next()) {
        return makeError(Error::Kind::WrongPassphrase, QStringLiteral("unknown, expired or revoked token"));
    }
    if (q.value(4).toBool()) {
        return makeError(Error::Kind::Forbidden, QStringLiteral("device revoked"));
    }
    const std::optional<Role> role = roleFromCode(q.value(1).toString());
    if (!role) {
        return makeError(Error::Kind::Damaged, QStringLiteral("a user has an unknown role"));
    }
    return Caller{q.value(0).toString(), *role, splitDepts(q.value(2).toString()), q.value(3).toString()};
}

Result<void> revokeSession(QSqlDatabase pg, const QString& token)
{
    QSqlQuery q(pg);
    q.prepare(QStringLiteral("UPDATE sessions SET revoked = true WHERE token_hash = ?"));
    q.addBindValue(tokenHash(token));
    if (!q.exec()) {
        return sqlFailure(q);
    }
    if (q.numRowsAffected() != 1) {
        return makeError(Error::Kind::NotFound, QStringLiteral("no such session"));
    }
    return {};
}

Result<void> revokeDevice(QSqlDatabase pg, const QString& clientId)
{
    if (!sync::isCanonicalUuid(clientId)) {
        return makeError(Error::Kind::NotFound, QStringLiteral("malformed client id"));
    }
    PgTransaction transaction(pg);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    QSqlQuery q(pg);
    q.prepare(QStringLiteral("UPDATE clients SET revoked = true WHERE client_id = ?::uuid"));
    q.addBindValue(clientId);
    if (!q.exec()) {
        return sqlFailure(q);
    }
    if (q.numRowsAffected() != 1) {
        return makeError(Error::Kind::NotFound, QStringLiteral("no such device"));
    }
    q.prepare(QStringLiteral("UPDATE sessions SET revoked = true WHERE client_id = ?::uuid"));
    q.addBindValue(clientId);
    if (!q.exec()) {
        return sqlFailure(q);
    }
    return transaction.commit();
}

} // namespace govcat::server
