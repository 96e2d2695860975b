#include "core/PassphrasePolicy.h"

#include <QTest>

using namespace govcat;

class TestPassphrasePolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void levelsAndDelays();
    void longestPassphrase();
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

// Issue 13: the CLI cut passphrases at 4,095 bytes; now it refuses longer ones, and no dialog may set
// a passphrase the CLI would refuse. Length is counted in UTF-8 bytes without copying the text.
void TestPassphrasePolicy::longestPassphrase()
{
    QCOMPARE(PassphrasePolicy::kMaximumBytes, 4095);
    QCOMPARE(PassphrasePolicy::utf8Bytes(QString()), qsizetype(0));
    QCOMPARE(PassphrasePolicy::utf8Bytes(QStringLiteral("a\u00e9口") + QString::fromUcs4(U"\U0001F600", 1)),
             qsizetype(1 + 2 + 3 + 4));
    const QString mixed = QStringLiteral("县数据局 2026 目录编制 ");
    QString longest;
    while (PassphrasePolicy::utf8Bytes(longest + mixed) <= PassphrasePolicy::kMaximumBytes) {
        longest += mixed;
    }
    while (PassphrasePolicy::utf8Bytes(longest) < PassphrasePolicy::kMaximumBytes) {
        longest += QLatin1Char('x');
    }
    QCOMPARE(PassphrasePolicy::utf8Bytes(longest), qsizetype(PassphrasePolicy::kMaximumBytes));
    QCOMPARE(PassphrasePolicy::utf8Bytes(longest), longest.toUtf8().size());
    QVERIFY(PassphrasePolicy::acceptable(longest));
    QVERIFY(!PassphrasePolicy::acceptable(longest + QLatin1Char('y')));
    QVERIFY(!PassphrasePolicy::acceptable(longest.left(longest.size() - 1) + QStringLiteral("口")));
}

QTEST_GUILESS_MAIN(TestPassphrasePolicy)
#include "tst_passphrasepolicy.moc"
