#include "db/Database.h"

#include "db/Migrations.h"
#include "db/Worker.h"
#include "db/driver/CipherDriver.h"
#include "db/driver/SearchRanking.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace govcat::db {

namespace {

constexpr int kCipherPageSize = 4096;
const QByteArray kPlainHeader("SQLite format 3\0", 16);

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("govcat-%1").arg(++counter);
}

Error openError(CipherOpenStatus status, const QSqlError& e)
{
    const int code = e.nativeErrorCode().toInt();
    switch (status) {
    case CipherOpenStatus::WrongKey:
        return makeError(
            Error::Kind::KeyMismatch,
            QStringLiteral("the key does not open this database (key file of another database, or "
                           "the first page is damaged): ") +
                e.text(),
            code);
    case CipherOpenStatus::Damaged:
        return makeError(Error::Kind::Damaged, QStringLiteral("database damaged: ") + e.text(), code);
    case CipherOpenStatus::PlainDatabase:
        return makeError(Error::Kind::NotEncrypted,
                         QStringLiteral("plain SQLite file, not an encrypted catalog"));
    case CipherOpenStatus::CipherMissing:
        return makeError(
            Error::Kind::CipherUnavailable,
            QStringLiteral("SQLCipher is not active in this process (a plain libsqlite3 was loaded)"));
    case CipherOpenStatus::CannotOpen:
    case CipherOpenStatus::NoKey:
    case CipherOpenStatus::Ok:
        break;
    }
    return makeError(Error::Kind::Io, QStringLiteral("cannot open database: ") + e.text(), code);
}

// SQLite's primary result code for "attempt to write a readonly database"; a read-only connection
// that finds a hot rollback journal fails its first read with SQLITE_READONLY_ROLLBACK (8 | 3 << 8).
constexpr int kSqliteReadOnly = 8;
// The unix VFS's lock bytes (PENDING, RESERVED and the SHARED range) and the -shm's DMS byte.
constexpr off_t kLockBytesStart = 0x40000000;
constexpr off_t kLockBytesLength = 512;
constexpr off_t kShmDmsByte = 128;

// How many Database objects of this process have each file open: sidecar files are only cleaned
// up by the last one (closing any descriptor of a file drops all of this process's locks on it).
QMutex g_openMutex;
QHash<QString, int> g_openCount;

void countOpen(const QString& path, int delta)
{
    const QMutexLocker locker(&g_openMutex);
    const int now = g_openCount.value(path) + delta;
    if (now <= 0) {
        g_openCount.remove(path);
    } else {
        g_openCount.insert(path, now);
    }
}

// The open Database objects by connection name, for Database::owning().
QHash<QString, Database*> g_byConnection;

bool openElsewhereInProcess(const QString& path)
{
    const QMutexLocker locker(&g_openMutex);
    return g_openCount.value(path) > 0;
}

bool tryWriteLock(int fd, off_t start, off_t length)
{
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = start;
    lock.l_len = length;
    return ::fcntl(fd, F_SETLK, &lock) == 0;
}

// Removes the -wal/-shm that a read-only open created, when no other connection has the database
// open. As SQLite does before deleting its WAL at the last close, it takes the database's lock bytes
// (every WAL-mode connection holds a shared lock there while open) and the -shm's DMS byte: while
// it holds them nobody else is reading, and a process starting to read waits (busy) until the
// files are gone, then creates them again. A -wal that holds frames is never removed.
void removeNewSidecars(const QString& path, const QStringList& created)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        return; // a file we may not write: its sidecars are not ours to remove
    }
    if (tryWriteLock(fd, kLockBytesStart, kLockBytesLength)) {
        const QString shmPath = path + QStringLiteral("-shm");
        int shm = -1;
        bool unused = true;
        if (QFileInfo::exists(shmPath)) {
            shm = ::open(QFile::encodeName(shmPath).constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
            unused = shm >= 0 && tryWriteLock(shm, kShmDmsByte, 1);
        }
        if (unused) {
            for (const QString& file : created) {
                const QFileInfo info(file);
                if (info.exists() && !(file.endsWith(QLatin1String("-wal")) && info.size() > 0)) {
                    QFile::remove(file);
                }
            }
        }
        if (shm >= 0) {
            ::close(shm);
        }
    }
    ::close(fd); // releases the locks
}

// empty: the file has no page yet; otherwise its encryption is set up but no table was made.
QString interruptedCreation(const QString& path, bool empty)
{
    return (empty ? QCoreApplication::translate(
                        "Database",
                        "数据库“%1”是空文件：创建数据库时程序中断，还没有写入任何数据，也没有什么需要恢复。"
                        "请删除该文件和同名的 .key、-journal、-wal、-shm 文件，然后重新创建。")
                  : QCoreApplication::translate(
                        "Database",
                        "数据库“%1”中还没有任何表：创建数据库时程序中断，还没有写入任何数据，也没有什么需要"
                        "恢复。请删除该文件和同名的 .key、-journal、-wal、-shm 文件，然后重新创建。"))
        .arg(QFileInfo(path).fileName());
}

QString hotJournal(const QString& path)
{
    return QCoreApplication::translate(
               "Database",
               "数据库“%1”上次写入时程序中断，留下了未完成的写入日志（%2）。只读打开（检查、导出）"
               "不能撤回这次写入，数据库本身并未损坏：请先用 govcat 正常打开一次该数据库（会自动撤回"
               "未完成的写入，已保存的内容不受影响），然后再检查或导出。请不要删除该日志文件。")
        .arg(QFileInfo(path).fileName(), QFileInfo(path).fileName() + QStringLiteral("-journal"));
}

// Checks on the raw file before any key is used: existence, plain SQLite, whole pages.
Result<void> precheckFile(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return makeError(Error::Kind::Io, QStringLiteral("database file not found: ") + path);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Kind::Io, QStringLiteral("cannot read database file: ") + file.errorString());
    }
    const qint64 size = file.size();
    if (size == 0) { // creation was interrupted before its first commit (maybe with a -journal)
        return makeError(Error::Kind::Io, interruptedCreation(path, true));
    }
    if (file.read(16) == kPlainHeader) {
        return makeError(Error::Kind::NotEncrypted,
                         QStringLiteral("plain SQLite file, not an encrypted catalog"));
    }
    if (size < kCipherPageSize || size % kCipherPageSize != 0) {
        return makeError(
            Error::Kind::Damaged,
            QStringLiteral("file size %1 is not a whole number of %2-byte pages (truncated or not a "
                           "govcat database)")
                .arg(size)
                .arg(kCipherPageSize));
    }
    return {};
}

Result<void> checkIsGovcat(QSqlDatabase db, const QString& path)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() && q.value(0).toInt() == 0) {
        // Opened with its key but holding no table: `govcat demo` or a new database killed after
        // the encrypted file's first page and before the schema's commit.
        return makeError(Error::Kind::Io, interruptedCreation(path, false));
    }
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'app'")) || !q.next() ||
        q.value(0).toString() != QLatin1String("govcat")) {
        return makeError(Error::Kind::NotADatabase,
                         QStringLiteral("encrypted database without govcat metadata"));
    }
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName, OpenMode mode)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_mode(mode)
{
    countOpen(m_path, 1);
    const QMutexLocker locker(&g_openMutex);
    g_byConnection.insert(m_connectionName, this);
}

Database::~Database()
{
    m_worker.reset(); // cancels its job and closes its connection, on its thread
    {
        const QMutexLocker locker(&g_openMutex);
        g_byConnection.remove(m_connectionName);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    countOpen(m_path, -1);
    if (!m_newSidecars.isEmpty() && !openElsewhereInProcess(m_path)) {
        removeNewSidecars(m_path, m_newSidecars);
    }
}

QString Database::keyFilePath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".key");
}

Database* Database::owning(const QSqlDatabase& connection)
{
    const QMutexLocker locker(&g_openMutex);
    return g_byConnection.value(connection.connectionName());
}

Result<std::unique_ptr<Database>> Database::openSibling() const
{
    if (!m_key) {
        return makeError(Error::Kind::Invalid, QStringLiteral("no data key kept for a second connection"));
    }
    return attach(m_path, m_key->data(), m_mode, false);
}

Worker& Database::worker()
{
    if (!m_worker) {
        m_worker = std::make_unique<Worker>(*this);
    }
    return *m_worker;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto v = Migrations::currentVersion(connection());
    return v ? v.value() : -1;
}

Result<std::unique_ptr<Database>> Database::attach(const QString& path, const unsigned char* key,
                                                   OpenMode mode, bool create, int schemaVersion)
{
    auto* driver = new CipherDriver;
    CipherOptions options;
    options.cipherPageSize = kCipherPageSize;
    options.readOnly = mode == OpenMode::ReadOnly;
    options.create = create;
    driver->setOptions(options);
    driver->setRawKey(key, KeyFile::kDataKeyBytes);

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(QFileInfo(path).absoluteFilePath(), name, mode));
    if (mode == OpenMode::ReadOnly) {
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (const QString file = database->m_path + suffix; !QFileInfo::exists(file)) {
                database->m_newSidecars << file;
            }
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(path);
    if (!db.open()) {
        const Error e = openError(driver->openStatus(), db.lastError());
        if (mode == OpenMode::ReadOnly && e.kind == Error::Kind::Damaged && e.sqliteCode == kSqliteReadOnly &&
            QFileInfo::exists(database->m_path + QStringLiteral("-journal"))) {
            return makeError(Error::Kind::Io, hotJournal(path), e.sqliteCode);
        }
        return e;
    }
    cipher::registerSearchRanking(driver->connection());
    if (mode == OpenMode::ReadOnly) {
        if (auto newer = Migrations::checkNotNewer(db); !newer) {
            return newer.error();
        }
    } else if (auto migrated = Migrations::migrate(db, schemaVersion); !migrated) {
        return migrated.error();
    }
    if (auto r = checkIsGovcat(db, path); !r) {
        return r.error();
    }
    database->m_key.emplace(SecureBytes::copyOf(key, KeyFile::kDataKeyBytes));
    return database;
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, const QByteArray& passphrase,
                                                   KdfProfile profile, int schemaVersion)
{
    return create(path, SecureBytes::copyOf(passphrase.constData(), size_t(passphrase.size())), profile,
                  schemaVersion);
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, const SecureBytes& passphrase,
                                                   KdfProfile profile, int schemaVersion)
{
    const QString keyPath = keyFilePath(path);
    if (QFileInfo::exists(path) || QFileInfo::exists(keyPath)) {
        return makeError(Error::Kind::Invalid,
                         QStringLiteral("refusing to overwrite an existing file: ") + path);
    }
    const SecureBytes dataKey = KeyFile::generateDataKey();
    QElapsedTimer timer;
    timer.start();
    auto keyFile = KeyFile::wrap(dataKey, passphrase, profile);
    const qint64 wrapMillis = timer.elapsed();
    if (!keyFile) {
        return keyFile.error();
    }
    if (auto written = keyFile.value().write(keyPath); !written) {
        return written.error();
    }
    // The file is made here, 0600 whatever the umask, so that SQLite (which gives the -wal, -shm and
    // -journal the mode of the database file) never creates any of them readable by others.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0 || ::fchmod(fd, S_IRUSR | S_IWUSR) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0) {
            ::close(fd);
            QFile::remove(path);
        }
        QFile::remove(keyPath);
        return makeError(Error::Kind::Io, QStringLiteral("cannot create database file: ") + why);
    }
    ::close(fd);
    auto database = attach(path, dataKey.data(), OpenMode::ReadWrite, true, schemaVersion);
    if (!database) {
        QFile::remove(keyPath);
        QFile::remove(path);
        return database.error();
    }
    database.value()->m_unwrapMillis = wrapMillis;
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QByteArray& passphrase,
                                                 OpenMode mode)
{
    return open(path, SecureBytes::copyOf(passphrase.constData(), size_t(passphrase.size())), mode);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& passphrase,
                                                 OpenMode mode)
{
    if (auto r = precheckFile(path); !r) {
        return r.error();
    }
    auto keyFile = KeyFile::read(keyFilePath(path));
    if (!keyFile) {
        return keyFile.error();
    }
    QElapsedTimer timer;
    timer.start();
    auto dataKey = keyFile.value().unwrap(passphrase);
    const qint64 unwrapMillis = timer.elapsed();
    if (!dataKey) {
        return dataKey.error();
    }
    auto database = attach(path, dataKey.value().data(), mode, false);
    if (database) {
        database.value()->m_unwrapMillis = unwrapMillis;
        if (mode == OpenMode::ReadWrite && keyFile.value().version() < KeyFile::kVersion) {
            // An older key file opened: rewrite it in the current format. If that fails the old
            // file is left as it was and still opens; the next read-write unlock tries again.
            if (auto upgraded = keyFile.value().rewrapCurrent(dataKey.value(), passphrase); upgraded) {
                (void)upgraded.value().write(keyFilePath(path));
            }
        }
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openInBackground(const QString& path,
                                                             const SecureBytes& passphrase, OpenMode mode)
{
    return inBackground([&] { return open(path, passphrase, mode); });
}

Result<std::unique_ptr<Database>>
Database::createInBackground(const QString& path, const SecureBytes& passphrase, KdfProfile profile)
{
    return inBackground([&] { return create(path, passphrase, profile); });
}

Result<std::unique_ptr<Database>>
Database::inBackground(const std::function<Result<std::unique_ptr<Database>>()>& make)
{
    std::mutex mutex;
    std::condition_variable handedOver;
    bool siblingMade = false;
    std::optional<Result<std::unique_ptr<Database>>> opened; // the other thread's, closed there
    QEventLoop loop;
    std::thread opener([&] {
        auto result = make();
        {
            const std::lock_guard lock(mutex);
            opened.emplace(std::move(result));
        }
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
        std::unique_lock lock(mutex);
        handedOver.wait(lock, [&] { return siblingMade; });
        opened.reset();
    });
    loop.exec(QEventLoop::AllEvents);
    Result<std::unique_ptr<Database>> mine = makeError(Error::Kind::Invalid, QString());
    {
        const std::lock_guard lock(mutex);
        if (opened->ok()) {
            mine = opened->value()->openSibling();
            if (mine) {
                mine.value()->m_unwrapMillis = opened->value()->m_unwrapMillis;
            }
        } else {
            mine = opened->error();
        }
        siblingMade = true;
    }
    handedOver.notify_all();
    opener.join();
    return mine;
}

Result<void> Database::changePassphrase(const QByteArray& oldPassphrase, const QByteArray& newPassphrase,
                                        KdfProfile profile)
{
    return changePassphrase(SecureBytes::copyOf(oldPassphrase.constData(), size_t(oldPassphrase.size())),
                            SecureBytes::copyOf(newPassphrase.constData(), size_t(newPassphrase.size())),
                            profile);
}

Result<void> Database::changePassphrase(const SecureBytes& oldPassphrase, const SecureBytes& newPassphrase,
                                        KdfProfile profile)
{
    const QString keyPath = keyFilePath(m_path);
    auto current = KeyFile::read(keyPath);
    if (!current) {
        return current.error();
    }
    auto dataKey = current.value().unwrap(oldPassphrase);
    if (!dataKey) {
        return dataKey.error();
    }
    auto rewrapped = KeyFile::wrap(dataKey.value(), newPassphrase, profile);
    if (!rewrapped) {
        return rewrapped.error();
    }
    return rewrapped.value().write(keyPath);
}

Result<void> Database::integrityCheck() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        const QSqlError e = q.lastError();
        return makeError(Error::Kind::Damaged, QStringLiteral("integrity check failed: ") + e.text(),
                         e.nativeErrorCode().toInt());
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    if (q.lastError().isValid()) {
        problems << q.lastError().text();
    }
    if (!problems.isEmpty()) {
        return makeError(Error::Kind::Damaged, problems.join(QLatin1Char('\n')));
    }
    return {};
}

} // namespace govcat::db
