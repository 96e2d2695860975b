// The unlock dialog's word on a key file that may have been edited (issue 13).
#include "support/TestSupport.h"
#include "ui/session/UnlockDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;

class TestUnlockDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondFailureMentionsAnEditedKeyFile();
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

QTEST_MAIN(TestUnlockDialog)
#include "tst_unlockdialog.moc"
