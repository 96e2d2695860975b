#include "PasswordHash.h"

#include <QSemaphore>
#include <QThread>

#include <sodium.h>

namespace govcat::server {

namespace {

constexpr unsigned long long kOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
static_assert(kOps >= 2 && kMem >= 19u * 1024 * 1024, "below OWASP's Argon2id minimum");

QSemaphore& hashSlots()
{
    static QSemaphore slots(qMax(1, QThread::idealThreadCount()));
    return slots;
}

} // namespace

QByteArray hashPassword(const QByteArray& password)
{
    if (sodium_init() < 0) {
        return {};
    }
    char out[crypto_pwhash_STRBYTES] = {};
    hashSlots().acquire();
    const QSemaphoreReleaser slot(hashSlots());
    if (crypto_pwhash_str(out, password.constData(), static_cast<unsigned long long>(password.size()), kOps,
                          kMem) != 0) {
        return {};
    }
    return QByteArray(out);
}

bool verifyPassword(const QByteArray& phc, const QByteArray& password)
{
    if (sodium_init() < 0 || phc.isEmpty() || phc.size() >= crypto_pwhash_STRBYTES) {
        return false;
    }
    char stored[crypto_pwhash_STRBYTES] = {};
    std::copy(phc.cbegin(), phc.cend(), stored);
    hashSlots().acquire();
    const QSemaphoreReleaser slot(hashSlots());
    return crypto_pwhash_str_verify(stored, password.constData(),
                                    static_cast<unsigned long long>(password.size())) == 0;
}

bool passwordNeedsRehash(const QByteArray& phc)
{
    if (phc.size() >= crypto_pwhash_STRBYTES) {
        return true;
    }
    char stored[crypto_pwhash_STRBYTES] = {};
    std::copy(phc.cbegin(), phc.cend(), stored);
    return crypto_pwhash_str_needs_rehash(stored, kOps, kMem) != 0;
}

} // namespace govcat::server
