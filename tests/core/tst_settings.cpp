#include "core/Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace govcat;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAndPersistence();
};

void TestSettings::defaultsAndPersistence()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("govcat.ini"));
    {
        Settings s(ini);
        QCOMPARE(s.language.get(), QStringLiteral("zh_CN")); // Chinese first
        QVERIFY(s.lastDatabasePath.get().isEmpty());
        s.language.set(QStringLiteral("en"));
        s.lastDatabasePath.set(QStringLiteral("/data/县目录.govcat"));
        s.mainWindowGeometry.set(QByteArray("\x01\x02\x00\x03", 4));
        s.sync();
    }
    Settings again(ini);
    QCOMPARE(again.language.get(), QStringLiteral("en"));
    QCOMPARE(again.lastDatabasePath.get(), QStringLiteral("/data/县目录.govcat"));
    QCOMPARE(again.mainWindowGeometry.get(), QByteArray("\x01\x02\x00\x03", 4));
    again.language.reset();
    QCOMPARE(again.language.get(), again.language.defaultValue());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
