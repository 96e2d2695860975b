#include "db/Database.h"
#include "db/KeyFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace govcat;
using namespace govcat::db;

class TestKeyFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void wrongPassphrase();
    void everyFieldIsChecked_data();
    void everyFieldIsChecked();
    void garbageAndMissing();
    void moderateProfileRecordsItsCost();
    // issue 13
    void costOutOfBoundsIsDamagedBeforeDerivation_data();
    void costOutOfBoundsIsDamagedBeforeDerivation();
    void editedHeaderWithRecomputedChecksumIsDamaged_data();
    void editedHeaderWithRecomputedChecksumIsDamaged();
    void editedSaltOrCostSaysBothPossible();
    void versionOneFixtureOpensAndUpgrades();
    void databaseRewritesVersionOneKeyFileOnReadWriteOpen();
    void onlyRegularSmallFilesAreRead_data();
    void onlyRegularSmallFilesAreRead();
    void fifoIsRefusedWithoutHanging();
};

namespace {

const QByteArray kFixturePassphrase = QByteArrayLiteral("正确的口令 correct horse 42");

// The public checksum as the format defines it (db/KeyFile.cpp), recomputed the way someone editing a
// key file by hand would: BLAKE2b-256 of "version:ops:mem:" + salt + check + nonce + wrapped key.
QString recomputedChecksum(const QJsonObject& o)
{
    const auto b64 = [&o](const char* key) {
        return QByteArray::fromBase64(o.value(QLatin1String(key)).toString().toLatin1());
    };
    const QByteArray body = QByteArray::number(o.value(QStringLiteral("version")).toInt()) + ':' +
                            o.value(QStringLiteral("opslimit")).toString().toLatin1() + ':' +
                            o.value(QStringLiteral("memlimit")).toString().toLatin1() + ':' + b64("salt") +
                            b64("check") + b64("nonce") + b64("wrapped_key");
    QByteArray hash(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), size_t(hash.size()),
                       reinterpret_cast<const unsigned char*>(body.constData()), quint64(body.size()),
                       nullptr, 0);
    return QString::fromLatin1(hash.toHex());
}

QByteArray withChecksum(QJsonObject o)
{
    o.insert(QStringLiteral("checksum"), recomputedChecksum(o));
    return QJsonDocument(o).toJson();
}

// A version 1 key file as the code before issue 13 wrote it (secretbox, no check value), for a data
// key this test knows. recomputedChecksum() reproduces the committed fixture's checksum, which ties
// this writer to the real old format.
QByteArray versionOneKeyFile(const SecureBytes& dataKey, const QByteArray& passphrase)
{
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    const quint64 ops = crypto_pwhash_OPSLIMIT_MIN;
    const quint64 mem = 8u * 1024u * 1024u;
    SecureBytes kek(crypto_secretbox_KEYBYTES);
    if (crypto_pwhash(kek.data(), kek.size(), passphrase.constData(), quint64(passphrase.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), ops, size_t(mem),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return {};
    }
    QByteArray sealed(qsizetype(crypto_secretbox_MACBYTES + dataKey.size()), '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(sealed.data()), dataKey.data(), dataKey.size(),
                          reinterpret_cast<const unsigned char*>(nonce.constData()), kek.data());
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("govcat-keyfile"));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("kdf"), QStringLiteral("argon2id13"));
    o.insert(QStringLiteral("opslimit"), QString::number(ops));
    o.insert(QStringLiteral("memlimit"), QString::number(mem));
    o.insert(QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()));
    o.insert(QStringLiteral("cipher"), QStringLiteral("xsalsa20poly1305"));
    o.insert(QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64()));
    o.insert(QStringLiteral("wrapped_key"), QString::fromLatin1(sealed.toBase64()));
    return withChecksum(o);
}

QJsonObject jsonOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

int versionOnDisk(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    return jsonOf(f.readAll()).value(QStringLiteral("version")).toInt();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

void TestKeyFile::roundTrip()
{
    QTemporaryDir dir;
    const SecureBytes key = KeyFile::generateDataKey();
    auto wrapped = KeyFile::wrap(key, "口令 passphrase", KdfProfile::Minimal);
    QVERIFY(wrapped);
    const QString path = dir.filePath(QStringLiteral("a.key"));
    QVERIFY(wrapped.value().write(path));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    auto read = KeyFile::read(path);
    QVERIFY2(read, qPrintable(read.error().message));
    auto unwrapped = read.value().unwrap("口令 passphrase");
    QVERIFY(unwrapped);
    QCOMPARE(unwrapped.value().size(), size_t(32));
    QVERIFY(std::memcmp(unwrapped.value().data(), key.data(), 32) == 0);
    // Two keys are never equal, and the file does not contain the key in clear.
    const SecureBytes other = KeyFile::generateDataKey();
    QVERIFY(std::memcmp(other.data(), key.data(), 32) != 0);
    const QByteArray raw(reinterpret_cast<const char*>(key.data()), 32);
    QVERIFY(!wrapped.value().toJson().contains(raw.toBase64()));
    QVERIFY(!wrapped.value().toJson().contains(raw.toHex()));
}

void TestKeyFile::wrongPassphrase()
{
    auto wrapped = KeyFile::wrap(KeyFile::generateDataKey(), "right", KdfProfile::Minimal);
    QVERIFY(wrapped);
    auto unwrapped = wrapped.value().unwrap("wrong");
    QVERIFY(!unwrapped);
    QCOMPARE(unwrapped.error().kind, Error::Kind::WrongPassphrase);
    QCOMPARE(wrapped.value().unwrap("").error().kind, Error::Kind::WrongPassphrase);
}

void TestKeyFile::everyFieldIsChecked_data()
{
    QTest::addColumn<QString>("field");
    for (const char* f : {"salt", "check", "nonce", "wrapped_key", "opslimit", "memlimit", "version",
                          "format", "kdf", "cipher"}) {
        QTest::newRow(f) << QString::fromLatin1(f);
    }
}

// An edited key file must say "damaged", never "wrong passphrase", so users restore the right file.
void TestKeyFile::everyFieldIsChecked()
{
    QFETCH(QString, field);
    auto wrapped = KeyFile::wrap(KeyFile::generateDataKey(), "pass", KdfProfile::Minimal);
    QVERIFY(wrapped);
    QJsonObject o = QJsonDocument::fromJson(wrapped.value().toJson()).object();
    const QJsonValue v = o.value(field);
    if (v.isDouble()) {
        o.insert(field, v.toInt() + 1);
    } else {
        QString s = v.toString();
        QVERIFY(!s.isEmpty());
        if (field == QLatin1String("opslimit") || field == QLatin1String("memlimit")) {
            s = QString::number(s.toULongLong() + 1);
        } else if (field.contains(QLatin1String("salt")) || field.contains(QLatin1String("nonce")) ||
                   field.contains(QLatin1String("key")) || field == QLatin1String("check")) {
            QByteArray bytes = QByteArray::fromBase64(s.toLatin1());
            bytes[0] = char(bytes[0] ^ 0x01);
            s = QString::fromLatin1(bytes.toBase64());
        } else {
            s += QLatin1Char('x');
        }
        o.insert(field, s);
    }
    auto parsed = KeyFile::fromJson(QJsonDocument(o).toJson());
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, Error::Kind::KeyFileDamaged);
}

void TestKeyFile::garbageAndMissing()
{
    QCOMPARE(KeyFile::fromJson("not json").error().kind, Error::Kind::KeyFileDamaged);
    QCOMPARE(KeyFile::fromJson("{}").error().kind, Error::Kind::KeyFileDamaged);
    QCOMPARE(KeyFile::fromJson(QByteArray(100, '\0')).error().kind, Error::Kind::KeyFileDamaged);
    QTemporaryDir dir;
    QCOMPARE(KeyFile::read(dir.filePath(QStringLiteral("none.key"))).error().kind,
             Error::Kind::KeyFileMissing);
}

void TestKeyFile::moderateProfileRecordsItsCost()
{
    auto wrapped = KeyFile::wrap(KeyFile::generateDataKey(), "pass", KdfProfile::Interactive);
    QVERIFY(wrapped);
    QCOMPARE(wrapped.value().opsLimit(), quint64(2));
    QCOMPARE(wrapped.value().memLimit(), quint64(64) * 1024 * 1024);
    auto parsed = KeyFile::fromJson(wrapped.value().toJson());
    QVERIFY(parsed);
    QCOMPARE(parsed.value().memLimit(), wrapped.value().memLimit());
    QVERIFY(parsed.value().unwrap("pass"));
}

void TestKeyFile::costOutOfBoundsIsDamagedBeforeDerivation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("ops 0") << QStringLiteral("opslimit") << QStringLiteral("0");
    QTest::newRow("ops 11") << QStringLiteral("opslimit") << QStringLiteral("11");
    QTest::newRow("ops 64") << QStringLiteral("opslimit") << QStringLiteral("64");
    QTest::newRow("ops huge") << QStringLiteral("opslimit") << QStringLiteral("18446744073709551615");
    QTest::newRow("mem 8191") << QStringLiteral("memlimit") << QStringLiteral("8191");
    QTest::newRow("mem 1 GiB + 1") << QStringLiteral("memlimit")
                                   << QString::number(1024ull * 1024 * 1024 + 1);
    QTest::newRow("mem 4 GiB") << QStringLiteral("memlimit") << QString::number(4ull * 1024 * 1024 * 1024);
}

// A key file edited to ask for 4 GiB and t=64 froze every unlock at 4.2 GB; with a recomputed
// checksum it must be refused as damaged from the header alone, before any Argon2id runs.
void TestKeyFile::costOutOfBoundsIsDamagedBeforeDerivation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    auto wrapped = KeyFile::wrap(KeyFile::generateDataKey(), "pass", KdfProfile::Minimal);
    QVERIFY(wrapped);
    QJsonObject o = jsonOf(wrapped.value().toJson());
    o.insert(field, value);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.key"));
    QVERIFY(writeFile(path, withChecksum(o)));
    QElapsedTimer timer;
    timer.start();
    auto read = KeyFile::read(path);
    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::KeyFileDamaged);
    QVERIFY2(read.error().message.contains(QLatin1String("out of range")), qPrintable(read.error().message));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    // The largest accepted values parse (and the bounds are the documented ones).
    QCOMPARE(KeyFile::kMaxOpsLimit, quint64(10));
    QCOMPARE(KeyFile::kMaxMemLimit, quint64(1024) * 1024 * 1024);
    o.insert(QStringLiteral("opslimit"), QString::number(KeyFile::kMaxOpsLimit));
    o.insert(QStringLiteral("memlimit"), QString::number(KeyFile::kMaxMemLimit));
    QVERIFY(KeyFile::fromJson(withChecksum(o)));
}

void TestKeyFile::editedHeaderWithRecomputedChecksumIsDamaged_data()
{
    QTest::addColumn<QString>("field");
    for (const char* f : {"nonce", "wrapped_key"}) {
        QTest::newRow(f) << QString::fromLatin1(f);
    }
}

// Before issue 13 an edited nonce or wrapped key with a recomputed checksum said "wrong passphrase",
// sending the user to retype a right passphrase instead of restoring the file. With the right
// passphrase it is now "damaged"; with a wrong one still "wrong passphrase".
void TestKeyFile::editedHeaderWithRecomputedChecksumIsDamaged()
{
    QFETCH(QString, field);
    auto wrapped = KeyFile::wrap(KeyFile::generateDataKey(), "right passphrase", KdfProfile::Minimal);
    QVERIFY(wrapped);
    QJsonObject o = jsonOf(wrapped.value().toJson());
    QByteArray bytes = QByteArray::fromBase64(o.value(field).toString().toLatin1());
    bytes[3] = char(bytes[3] ^ 0x40);
    o.insert(field, QString::fromLatin1(bytes.toBase64()));
    auto parsed = KeyFile::fromJson(withChecksum(o));
    QVERIFY2(parsed, "the checksum was recomputed, so the header parses");
    auto right = parsed.value().unwrap("right passphrase");
    QVERIFY(!right);
    QCOMPARE(right.error().kind, Error::Kind::KeyFileDamaged);
    auto wrong = parsed.value().unwrap("wrong passphrase");
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().kind, Error::Kind::WrongPassphrase);
}

// An edited salt or cost changes the derived key itself, which no file format can tell from a wrong
// passphrase: the error says both are possible. A version field set back to 1 is refused outright.
void TestKeyFile::editedSaltOrCostSaysBothPossible()
{
    auto wrapped = KeyFile::wrap(KeyFile::generateDataKey(), "right passphrase", KdfProfile::Minimal);
    QVERIFY(wrapped);
    QJsonObject o = jsonOf(wrapped.value().toJson());
    o.insert(QStringLiteral("opslimit"), QStringLiteral("2"));
    auto parsed = KeyFile::fromJson(withChecksum(o));
    QVERIFY(parsed);
    auto right = parsed.value().unwrap("right passphrase");
    QVERIFY(!right);
    QCOMPARE(right.error().kind, Error::Kind::WrongPassphrase);
    QVERIFY2(right.error().message.contains(QLatin1String("edited")), qPrintable(right.error().message));

    QJsonObject downgraded = jsonOf(wrapped.value().toJson());
    downgraded.insert(QStringLiteral("version"), 1);
    QCOMPARE(KeyFile::fromJson(withChecksum(downgraded)).error().kind, Error::Kind::KeyFileDamaged);
    downgraded.remove(QStringLiteral("check"));
    QCOMPARE(KeyFile::fromJson(withChecksum(downgraded)).error().kind, Error::Kind::KeyFileDamaged);
}

// tests/fixtures/keyfile/v1-interactive.key was written by `govcat demo --kdf interactive` before
// issue 13 (format version 1). It still opens, and rewraps to version 2 with the same data key.
void TestKeyFile::versionOneFixtureOpensAndUpgrades()
{
    const QString fixture = QStringLiteral(GOVCAT_KEYFILE_FIXTURES "/v1-interactive.key");
    QFile f(fixture);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = jsonOf(f.readAll());
    QCOMPARE(recomputedChecksum(o), o.value(QStringLiteral("checksum")).toString());
    auto old = KeyFile::read(fixture);
    QVERIFY2(old, qPrintable(old.error().message));
    QCOMPARE(old.value().version(), 1);
    QCOMPARE(old.value().unwrap("wrong").error().kind, Error::Kind::WrongPassphrase);
    auto key = old.value().unwrap(kFixturePassphrase);
    QVERIFY2(key, qPrintable(key.error().message));
    QCOMPARE(key.value().size(), KeyFile::kDataKeyBytes);

    const SecureBytes pass =
        SecureBytes::copyOf(kFixturePassphrase.constData(), size_t(kFixturePassphrase.size()));
    auto upgraded = old.value().rewrapCurrent(key.value(), pass);
    QVERIFY(upgraded);
    QCOMPARE(upgraded.value().version(), KeyFile::kVersion);
    QCOMPARE(upgraded.value().opsLimit(), old.value().opsLimit());
    QCOMPARE(upgraded.value().memLimit(), old.value().memLimit());
    auto reparsed = KeyFile::fromJson(upgraded.value().toJson());
    QVERIFY(reparsed);
    auto again = reparsed.value().unwrap(kFixturePassphrase);
    QVERIFY(again);
    QVERIFY(std::memcmp(again.value().data(), key.value().data(), KeyFile::kDataKeyBytes) == 0);
}

// A database whose key file is version 1 opens; a read-only open leaves the file alone, a
// read-write open rewrites it as version 2 (0600), and the database still opens after that.
void TestKeyFile::databaseRewritesVersionOneKeyFileOnReadWriteOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.govcat"));
    const QString keyPath = Database::keyFilePath(path);
    {
        auto created = Database::create(path, kFixturePassphrase, KdfProfile::Minimal);
        QVERIFY2(created, qPrintable(created.error().message));
    }
    auto current = KeyFile::read(keyPath);
    QVERIFY(current);
    auto dataKey = current.value().unwrap(kFixturePassphrase);
    QVERIFY(dataKey);
    const QByteArray v1 = versionOneKeyFile(dataKey.value(), kFixturePassphrase);
    QVERIFY(!v1.isEmpty());
    QVERIFY(writeFile(keyPath, v1));
    QCOMPARE(versionOnDisk(keyPath), 1);

    QCOMPARE(Database::open(path, "wrong passphrase").error().kind, Error::Kind::WrongPassphrase);
    QCOMPARE(versionOnDisk(keyPath), 1);
    {
        auto readOnly = Database::open(path, kFixturePassphrase, OpenMode::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly.error().message));
    }
    QCOMPARE(versionOnDisk(keyPath), 1);
    {
        auto readWrite = Database::open(path, kFixturePassphrase);
        QVERIFY2(readWrite, qPrintable(readWrite.error().message));
    }
    QCOMPARE(versionOnDisk(keyPath), KeyFile::kVersion);
    QCOMPARE(QFile::permissions(keyPath) &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    auto upgraded = KeyFile::read(keyPath);
    QVERIFY(upgraded);
    auto sameKey = upgraded.value().unwrap(kFixturePassphrase);
    QVERIFY(sameKey);
    QVERIFY(std::memcmp(sameKey.value().data(), dataKey.value().data(), KeyFile::kDataKeyBytes) == 0);
    auto reopened = Database::open(path, kFixturePassphrase, OpenMode::ReadOnly);
    QVERIFY2(reopened, qPrintable(reopened.error().message));
}

void TestKeyFile::onlyRegularSmallFilesAreRead_data()
{
    QTest::addColumn<QString>("kind");
    for (const char* k :
         {"symlink to /dev/zero", "symlink to a good key file", "directory", "oversized", "device"}) {
        QTest::newRow(k) << QString::fromLatin1(k);
    }
}

// A symbolic link to /dev/zero aborted govcat with bad_alloc; nothing but a small regular file is read.
void TestKeyFile::onlyRegularSmallFilesAreRead()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.key"));
    auto wrapped = KeyFile::wrap(KeyFile::generateDataKey(), "pass", KdfProfile::Minimal);
    QVERIFY(wrapped);
    QVERIFY(wrapped.value().write(good));
    const QString path = dir.filePath(QStringLiteral("db.govcat.key"));
    if (kind == QLatin1String("symlink to /dev/zero")) {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    } else if (kind == QLatin1String("symlink to a good key file")) {
        QVERIFY(QFile::link(good, path));
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("oversized")) {
        // A valid key file padded with spaces past the limit: refused for its size alone.
        QVERIFY(writeFile(path, wrapped.value().toJson() + QByteArray(KeyFile::kMaxFileBytes, ' ')));
        QVERIFY(KeyFile::fromJson(wrapped.value().toJson() + QByteArray(KeyFile::kMaxFileBytes, ' ')));
    } else {
        // The device itself, not a link to it.
        QElapsedTimer timer;
        timer.start();
        auto device = KeyFile::read(QStringLiteral("/dev/zero"));
        QVERIFY(!device);
        QCOMPARE(device.error().kind, Error::Kind::KeyFileDamaged);
        QVERIFY(timer.elapsed() < 1000);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto read = KeyFile::read(path);
    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::KeyFileDamaged);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(KeyFile::read(good)); // the good file itself still reads
}

// A FIFO in place of the key file hung the unlock forever (open waits for a writer). A watchdog
// thread unblocks the old behaviour after 5 s so that this test fails instead of hanging.
void TestKeyFile::fifoIsRefusedWithoutHanging()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fifo.govcat.key"));
    const QByteArray native = QFile::encodeName(path);
    QCOMPARE(::mkfifo(native.constData(), 0600), 0);
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    std::atomic<bool> rescued{false};
    std::thread watchdog([&] {
        std::unique_lock lock(mutex);
        if (!done.wait_for(lock, std::chrono::seconds(5), [&] { return finished; })) {
            rescued = true;
            const int fd = ::open(native.constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0) {
                ::close(fd);
            }
        }
    });
    QElapsedTimer timer;
    timer.start();
    auto read = KeyFile::read(path);
    {
        std::lock_guard lock(mutex);
        finished = true;
    }
    done.notify_all();
    watchdog.join();
    QVERIFY2(!rescued, "KeyFile::read blocked on a FIFO");
    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::KeyFileDamaged);
    QVERIFY(timer.elapsed() < 1000);
}

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
