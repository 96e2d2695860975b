#include "db/KeyFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

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
};

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
    for (const char* f :
         {"salt", "nonce", "wrapped_key", "opslimit", "memlimit", "version", "format", "kdf"}) {
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
                   field.contains(QLatin1String("key"))) {
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

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
