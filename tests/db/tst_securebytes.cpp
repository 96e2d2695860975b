#include "db/driver/SecureBytes.h"
#include "db/driver/SecureBytesQt.h"

#include <QFile>
#include <QString>
#include <QTest>

#include <cstring>
#include <sys/resource.h>

using namespace govcat::db;

// The locked buffers a passphrase and the data key live in, and the helpers that move a passphrase
// out of Qt strings (issue 13: a crash dump held the passphrase twice and the data key four times).
class TestSecureBytes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copyAndWipe();
    void moveLeavesNothingBehind();
    void lockedInMemory();
    void utf8OfTypedText();
    void wipesOnlyOwnedQtBuffers();
};

namespace {

bool allZero(const unsigned char* data, size_t size)
{
    for (size_t i = 0; i < size; ++i) {
        if (data[i] != 0) {
            return false;
        }
    }
    return true;
}

qint64 lockedKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmLck:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

} // namespace

void TestSecureBytes::copyAndWipe()
{
    const char secret[] = "县数据局 口令 2026";
    SecureBytes bytes = SecureBytes::copyOf(secret, sizeof secret - 1);
    QCOMPARE(bytes.size(), sizeof secret - 1);
    QVERIFY(std::memcmp(bytes.data(), secret, bytes.size()) == 0);
    bytes.wipe();
    QCOMPARE(bytes.size(), sizeof secret - 1);
    QVERIFY(allZero(bytes.data(), bytes.size()));
    const SecureBytes empty = SecureBytes::copyOf(nullptr, 0);
    QCOMPARE(empty.size(), size_t(0));
    QVERIFY(!empty.isNull());
}

void TestSecureBytes::moveLeavesNothingBehind()
{
    SecureBytes a = SecureBytes::copyOf("abc", 3);
    SecureBytes b(std::move(a));
    QVERIFY(a.isNull()); // NOLINT(bugprone-use-after-move): the moved-from state is what is tested
    QCOMPARE(a.size(), size_t(0));
    QCOMPARE(b.size(), size_t(3));
    QVERIFY(std::memcmp(b.data(), "abc", 3) == 0);
}

// sodium_malloc locks the pages (no swap); VmLck grows by at least one page while a buffer lives.
void TestSecureBytes::lockedInMemory()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer replaces mlock() with a no-op");
#endif
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_MEMLOCK, &limit), 0);
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < 64 * 1024) {
        QSKIP("RLIMIT_MEMLOCK is too small for mlock here");
    }
    const qint64 before = lockedKiB();
    QVERIFY(before >= 0);
    {
        SecureBytes bytes(4096);
        QVERIFY(lockedKiB() >= before + 4);
    }
    QCOMPARE(lockedKiB(), before);
}

void TestSecureBytes::utf8OfTypedText()
{
    const QString typed = QStringLiteral("正确的口令 correct horse 42");
    const SecureBytes secret = secureUtf8(typed);
    const QByteArray expected = typed.toUtf8();
    QCOMPARE(secret.size(), size_t(expected.size()));
    QVERIFY(std::memcmp(secret.data(), expected.constData(), secret.size()) == 0);
    QCOMPARE(typed, QStringLiteral("正确的口令 correct horse 42")); // the widget's text is not touched
    QString back = textOf(secret);
    QCOMPARE(back, typed);
    QVERIFY(wipeText(back));
    QCOMPARE(back.size(), typed.size());
    QVERIFY(allZero(reinterpret_cast<const unsigned char*>(back.constData()), size_t(back.size()) * 2));
}

// A shared buffer belongs to someone else (a QLineEdit's text() shares the widget's own): it is not
// zeroed behind the owner's back; a buffer this code owns alone is.
void TestSecureBytes::wipesOnlyOwnedQtBuffers()
{
    QByteArray owned("secret passphrase"); // a heap copy of its own
    QVERIFY(wipeBytes(owned));
    QVERIFY(allZero(reinterpret_cast<const unsigned char*>(owned.constData()), size_t(owned.size())));

    QByteArray original("secret passphrase");
    QByteArray shared = original;
    QVERIFY(!wipeBytes(shared));
    QCOMPARE(original, QByteArray("secret passphrase"));

    QString text = QStringLiteral("口令").repeated(3);
    QString alias = text;
    QVERIFY(!wipeText(alias));
    QCOMPARE(text, QStringLiteral("口令口令口令"));
    QString empty;
    QVERIFY(!wipeText(empty)); // nothing to do
}

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_securebytes.moc"
