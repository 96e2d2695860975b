#include <QTest>

class TestBulkEdit : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestBulkEdit)
#include "tst_bulkedit.moc"
