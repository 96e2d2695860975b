#pragma once

#include "core/Result.h"
#include "db/KeyFile.h"
#include "db/Migrations.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace govcat::db {

class Worker;

enum class OpenMode
{
    ReadWrite,
    ReadOnly
};

// One open, unlocked govcat database: an SQLCipher file plus its key file "<path>.key".
// Opening runs the fail-closed sequence and migrates the schema to the current version.
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Creates a new encrypted database and its key file; refuses if either exists. schemaVersion
    // below the current one is for tests of migrations (open() brings it up to date).
    // The passphrase is the UTF-8 bytes as typed, in locked memory (the QByteArray overloads copy
    // into it; for tests and tools).
    static Result<std::unique_ptr<Database>> create(const QString& path, const SecureBytes& passphrase,
                                                    KdfProfile profile = KdfProfile::Moderate,
                                                    int schemaVersion = Migrations::kLatest);
    static Result<std::unique_ptr<Database>> create(const QString& path, const QByteArray& passphrase,
                                                    KdfProfile profile = KdfProfile::Moderate,
                                                    int schemaVersion = Migrations::kLatest);
    // Unlocks an existing database. ReadOnly neither migrates nor writes anything, and leaves no new
    // file behind: the -wal/-shm that SQLite creates for reading are removed on close when they did
    // not exist before and no other connection (in any process) has the database open. A database
    // whose creation was interrupted (an empty file) and one with a hot rollback journal (a write
    // interrupted by a crash; a read-only open cannot roll it back) are refused (Error::Kind::Io)
    // with a Chinese sentence saying what happened and what to do, not as damaged.
    // create() makes the file (and so its -wal/-shm, which SQLite creates with the file's mode)
    // 0600 whatever the umask. ReadWrite also rewrites a key file of an older format version in the
    // current one (same cost, atomic, 0600).
    static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBytes& passphrase,
                                                  OpenMode mode = OpenMode::ReadWrite);
    static Result<std::unique_ptr<Database>> open(const QString& path, const QByteArray& passphrase,
                                                  OpenMode mode = OpenMode::ReadWrite);

    // open() with its Argon2id unwrap and migrations run on a thread of their own while this
    // thread waits in an event loop (QEventLoop: a window keeps repainting and its timers run; the
    // caller disables what must not be clicked meanwhile). The Database returned belongs to this
    // thread: a sibling of the one the other thread opened, which that thread closes.
    static Result<std::unique_ptr<Database>>
    openInBackground(const QString& path, const SecureBytes& passphrase, OpenMode mode = OpenMode::ReadWrite);
    // create() the same way: the Argon2id wrap of the new data key and the schema's migrations run
    // on another thread while this one waits in an event loop. It cannot be cancelled (a half-made
    // file would be left behind); the caller disables its inputs meanwhile.
    static Result<std::unique_ptr<Database>> createInBackground(const QString& path,
                                                                const SecureBytes& passphrase,
                                                                KdfProfile profile = KdfProfile::Moderate);

    static QString keyFilePath(const QString& databasePath);

    // A second connection to the same file, usable on the calling thread only (Qt 6.4: a
    // QSqlDatabase stays on the thread that made it): the same mode, opened with the data key this
    // object keeps in locked memory since its open (no passphrase, no Argon2id); an up-to-date
    // schema is not migrated again. Each connection wipes its own copy of the key when it closes.
    Result<std::unique_ptr<Database>> openSibling() const;
    // The worker thread of this database (db/Worker.h), made on first use; its connection is a
    // sibling opened on that thread. Ended (its job cancelled and waited for) before this object
    // closes. GUI thread only.
    Worker& worker();
    // The open Database whose connection() this is, or null; GUI thread only (for code given only
    // a QSqlDatabase that needs the worker).
    static Database* owning(const QSqlDatabase& connection);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;
    qint64 unwrapMillis() const { return m_unwrapMillis; } // Argon2id time spent by open()/create()

    // Re-wraps the data key with a new passphrase; the database file itself is untouched.
    Result<void> changePassphrase(const SecureBytes& oldPassphrase, const SecureBytes& newPassphrase,
                                  KdfProfile profile = KdfProfile::Moderate);
    Result<void> changePassphrase(const QByteArray& oldPassphrase, const QByteArray& newPassphrase,
                                  KdfProfile profile = KdfProfile::Moderate);
    // PRAGMA integrity_check; an error of kind Damaged lists what it found.
    Result<void> integrityCheck() const;

private:
    Database(QString path, QString connectionName, OpenMode mode);
    // make() on a thread of its own while this thread waits in an event loop; returns a sibling, on
    // this thread, of what it made (closed on that thread).
    static Result<std::unique_ptr<Database>>
    inBackground(const std::function<Result<std::unique_ptr<Database>>()>& make);
    static Result<std::unique_ptr<Database>> attach(const QString& path, const unsigned char* key,
                                                    OpenMode mode, bool create,
                                                    int schemaVersion = Migrations::kLatest);

    QString m_path;
    QString m_connectionName;
    qint64 m_unwrapMillis = 0;
    QStringList m_newSidecars; // ReadOnly: the -wal/-shm that did not exist before the open
    OpenMode m_mode = OpenMode::ReadWrite;
    std::optional<SecureBytes> m_key; // the data key, for openSibling(); wiped and freed on close
    std::unique_ptr<Worker> m_worker;
};

} // namespace govcat::db
