#include "core/PassphrasePolicy.h"

#include <QTest>

using namespace govcat;

class TestPassphrasePolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void levelsAndDelays();
};

void TestPassphrasePolicy::levelsAndDelays()
{
    using Level = PassphraseStrength::Level;
    QCOMPARE(PassphrasePolicy::estimate(QString()).level, Level::Empty);
    QCOMPARE(PassphrasePolicy::estimate(QStringLiteral("abc123")).level, Level::TooShort);
    QCOMPARE(PassphrasePolicy::estimate(QStringLiteral("aaaaaaaaaa")).level, Level::Weak);
    QVERIFY(!PassphrasePolicy::acceptable(QStringLiteral("password")));
    QVERIFY(PassphrasePolicy::acceptable(QStringLiteral("县数据局 2026 目录编制")));
    QCOMPARE(PassphrasePolicy::estimate(QStringLiteral("Correct-Horse-Battery-42")).level, Level::Strong);
    QCOMPARE(PassphrasePolicy::unlockDelaySeconds(2), 0);
    QCOMPARE(PassphrasePolicy::unlockDelaySeconds(3), 2);
    QCOMPARE(PassphrasePolicy::unlockDelaySeconds(4), 4);
    QCOMPARE(PassphrasePolicy::unlockDelaySeconds(5), 8);
    QCOMPARE(PassphrasePolicy::unlockDelaySeconds(100), 300);
}

QTEST_GUILESS_MAIN(TestPassphrasePolicy)
#include "tst_passphrasepolicy.moc"
