// The unlock dialog's word on a key file that may have been edited (issue 13).
#include "db/Database.h"
#include "support/TestSupport.h"
#include "ui/session/UnlockDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace govcat;

class TestUnlockDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondFailureMentionsAnEditedKeyFile();
    void eventLoopRunsDuringTheUnwrap();
};

// An edited salt or cost (checksum recomputed) fails exactly as a wrong passphrase does. The first
// failure says "wrong passphrase"; from the second on the dialog also names the other possibility.
void TestUnlockDialog::secondFailureMentionsAnEditedKeyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.govcat"));
    test::createDatabase(path).reset();
    ui::UnlockDialog dialog(path);
    dialog.show();
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
    auto* unlock = dialog.findChild<QPushButton*>(QStringLiteral("unlockPushButton"));
    auto* hint = dialog.findChild<QLabel*>(QStringLiteral("keyFileHintLabel"));
    QVERIFY(edit && unlock);
    QVERIFY2(hint, "no key-file hint in the unlock dialog");
    QVERIFY(!hint->isVisible());

    edit->setText(QStringLiteral("wrong one"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QCOMPARE(dialog.consecutiveFailures(), 1);
    QVERIFY(!hint->isVisible());

    edit->setText(QStringLiteral("wrong two"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QCOMPARE(dialog.consecutiveFailures(), 2);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("密钥文件")));
    QVERIFY(hint->text().contains(QStringLiteral("备份")));

    edit->setText(QString::fromUtf8(test::kPassphrase));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(edit->text().isEmpty()); // the typed passphrase does not stay in the widget
    QVERIFY(dialog.takeDatabase());
}

// Argon2id (here libsodium's INTERACTIVE cost, 64 MiB) and the migration run on another thread: the
// dialog's timers keep firing while it unlocks, its buttons are disabled and it cannot be closed,
// and the connection it hands over belongs to the GUI thread.
void TestUnlockDialog::eventLoopRunsDuringTheUnwrap()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slow.govcat"));
    {
        auto created = db::Database::create(path, test::kPassphrase, db::KdfProfile::Interactive);
        QVERIFY2(created, qPrintable(created.error().message));
    }
    ui::UnlockDialog dialog(path);
    dialog.show();
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
    auto* unlock = dialog.findChild<QPushButton*>(QStringLiteral("unlockPushButton"));
    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("openOtherPushButton"));
    QVERIFY(edit && unlock && cancel);
    edit->setText(QString::fromUtf8(test::kPassphrase));
    int ticksWhileUnlocking = 0;
    bool buttonsDisabled = true;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (dialog.isUnlocking()) {
            ++ticksWhileUnlocking;
            buttonsDisabled = buttonsDisabled && !cancel->isEnabled() && !edit->isEnabled();
            dialog.reject(); // closing (Esc) waits for the unlock
        }
    });
    ticker.start(2);
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(unlock, Qt::LeftButton);
    const qint64 took = timer.elapsed();
    ticker.stop();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY2(ticksWhileUnlocking >= 3,
             qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticksWhileUnlocking).arg(took)));
    QVERIFY(buttonsDisabled);
    QVERIFY(cancel->isEnabled());
    auto database = dialog.takeDatabase();
    QVERIFY(database);
    QVERIFY(database->unwrapMillis() > 0);
    QVERIFY(database->connection().isOpen()); // usable here, on the GUI thread
    QVERIFY(database->schemaVersion() > 0);
}

QTEST_MAIN(TestUnlockDialog)
#include "tst_unlockdialog.moc"
