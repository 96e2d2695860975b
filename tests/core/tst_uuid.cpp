#include "core/Clock.h"
#include "core/Uuid.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace govcat;

class TestUuid : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layout();
    void orderedByTimeAndUnique();
};

void TestUuid::layout()
{
    const QString id = uuidV7(0x0123456789abULL, {0xff, 0xff, 0xff, 0xff, 0, 1, 2, 3, 4, 5});
    QCOMPARE(id, QStringLiteral("01234567-89ab-7fff-bfff-000102030405"));
    static const QRegularExpression v7(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY(v7.match(newUuid()).hasMatch());
}

void TestUuid::orderedByTimeAndUnique()
{
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC));
    QSet<QString> seen;
    QString previous;
    for (int i = 0; i < 1000; ++i) {
        const QString id = newUuid(clock);
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        QVERIFY(previous.left(13) <= id.left(13)); // the time part never goes back
        previous = id;
        clock.advanceSecs(i % 2);
    }
}

QTEST_GUILESS_MAIN(TestUuid)
#include "tst_uuid.moc"
