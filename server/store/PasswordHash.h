#pragma once

#include <QByteArray>

namespace govcat::server {

// Argon2id password hashes as PHC strings (libsodium crypto_pwhash_str): t=2, m=64 MiB (libsodium's
// INTERACTIVE, above OWASP's minimum of t=2, m=19 MiB). At most as many hashes run at once as the
// machine has cores, so that a burst of logins cannot take 64 MiB per connection.
QByteArray hashPassword(const QByteArray& password); // empty on failure (out of memory)
bool verifyPassword(const QByteArray& phc, const QByteArray& password);
// The hash was made with other parameters than today's: rehash at the next successful login.
bool passwordNeedsRehash(const QByteArray& phc);

} // namespace govcat::server
