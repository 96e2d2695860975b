// The application icon compiled in through resources/govcat.qrc (issue 14): every rendered size is
// there, and the windows and dialogs show it once the application has it, as main.cpp sets it.
#include "resources/AppIcon.h"
#include "ui/session/UnlockDialog.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;

class TestAppIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void iconHoldsEveryRenderedSize();
    void largestSizeIsTheLedgerOnBlue();
    void dialogsShowTheApplicationIcon();
};

void TestAppIcon::iconHoldsEveryRenderedSize()
{
    const QIcon icon = resources::applicationIcon();
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (const int size : resources::kApplicationIconSizes) {
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
        QCOMPARE(icon.pixmap(QSize(size, size)).size(), QSize(size, size));
    }
}

// The 256 px picture is the drawing itself, not a scaled-up small one: a transparent corner, the blue
// ground beside the page and the white page in the middle.
void TestAppIcon::largestSizeIsTheLedgerOnBlue()
{
    const QImage image = resources::applicationIcon().pixmap(QSize(256, 256)).toImage();
    QCOMPARE(image.size(), QSize(256, 256));
    QCOMPARE(qAlpha(image.pixel(1, 1)), 0);
    const QColor ground = image.pixelColor(30, 128);
    QVERIFY2(ground.blue() > 120 && ground.red() < 80, qPrintable(ground.name()));
    const QColor page = image.pixelColor(128, 222 - 6);
    QCOMPARE(page.name(), QStringLiteral("#ffffff"));
}

void TestAppIcon::dialogsShowTheApplicationIcon()
{
    QVERIFY(!QApplication::windowIcon().availableSizes().contains(QSize(256, 256)));
    QApplication::setWindowIcon(resources::applicationIcon());
    QTemporaryDir dir;
    ui::UnlockDialog dialog(dir.filePath(QStringLiteral("city.govcat")));
    const QIcon shown = dialog.windowIcon();
    QVERIFY(!shown.isNull());
    QVERIFY(shown.availableSizes().contains(QSize(256, 256)));
    QCOMPARE(shown.pixmap(QSize(256, 256)).toImage(),
             resources::applicationIcon().pixmap(QSize(256, 256)).toImage());
}

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
