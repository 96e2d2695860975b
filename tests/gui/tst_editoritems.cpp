#include "models/catalog/ItemTableModel.h"
#include "support/EditorFixture.h"
#include "support/WidgetSupport.h"
#include "ui/catalog/editor/ItemPaste.h"
#include "ui/catalog/editor/ResourceEditor.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace govcat;
using namespace govcat::ui;
using namespace govcat::test;
using models::ItemTableModel;

// The resource editor's data items: the item table model, parsing pasted rows, and the item grid's
// operations (add, edit, paste, move, duplicate, remove) with undo and redo.
class TestEditorItems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void itemTableModel();
    void pasteParsing();
    void itemOperationsUndoAndRedo();

private:
    std::unique_ptr<ResourceEditor> m_editor;
};

void TestEditorItems::init()
{
    m_editor = openEditor();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TestEditorItems::cleanup()
{
    m_editor.reset();
}

void TestEditorItems::itemTableModel()
{
    ItemTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({item("姓名", "C", "50"), item("出生日期", "D", "")});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ItemTableModel::ColumnCount));
    QCOMPARE(model.index(1, ItemTableModel::Seq).data().toInt(), 2);
    QCOMPARE(model.index(0, ItemTableModel::DataType).data().toString(), QStringLiteral("C 字符型"));
    QCOMPARE(model.index(0, ItemTableModel::DataType).data(Qt::EditRole).toString(), QStringLiteral("C"));
    QCOMPARE(model.index(0, ItemTableModel::ShareType).data().toString(), QStringLiteral("同资源"));
    QCOMPARE(model.index(0, ItemTableModel::IsKey).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!(model.flags(model.index(0, ItemTableModel::Seq)) & Qt::ItemIsEditable));

    QVERIFY(model.setData(model.index(0, ItemTableModel::IsKey), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.items().at(0).isKey);
    model.insertItems(1, {item("住址", "C", "200")});
    model.moveItem(2, 0);
    model.removeItem(1);
    QCOMPARE(model.item(0).name, QStringLiteral("出生日期"));
    QCOMPARE(model.item(1).name, QStringLiteral("住址"));

    model.setFindings({{QStringLiteral("R12"), Finding::Severity::Error, QStringLiteral("length"), 1,
                        QStringLiteral("须填写数据长度")}});
    QVERIFY(model.index(1, ItemTableModel::Length).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(1, ItemTableModel::Length).data(Qt::ToolTipRole).toString(),
             QStringLiteral("须填写数据长度"));
    QVERIFY(!model.index(0, ItemTableModel::Length).data(Qt::BackgroundRole).isValid());

    QList<std::pair<int, ItemDraft>> requested;
    model.setEditHandler([&](int row, const ItemDraft& edited) { requested.append({row, edited}); });
    QVERIFY(model.setData(model.index(1, ItemTableModel::DataType), QStringLiteral("N")));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).second.dataType, QStringLiteral("N"));
    QCOMPARE(model.item(1).dataType, QStringLiteral("C")); // the handler decides

    model.setReadOnly(true);
    QVERIFY(!(model.flags(model.index(0, ItemTableModel::Name)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, ItemTableModel::Name), QStringLiteral("x")));
}

void TestEditorItems::pasteParsing()
{
    const PastedItems pasted =
        parsePastedItems(QStringLiteral("信息项名称\t数据类型\t长度\t精度\r\n姓名\t字符型\t50\r\n\r\n金额\tY"
                                        "\t12\t2\r\n登记日期\tD 日期型\r\n说明\r\n编号\tX\t5\r\n"));
    QVERIFY(pasted.skippedHeader);
    QCOMPARE(pasted.items.size(), 5);
    QCOMPARE(pasted.items.at(0).dataType, QStringLiteral("C"));
    QCOMPARE(pasted.items.at(1).precision, QStringLiteral("2"));
    QCOMPARE(pasted.items.at(2).dataType, QStringLiteral("D"));
    QCOMPARE(pasted.items.at(3).dataType, QStringLiteral("C")); // no type given
    QCOMPARE(pasted.items.at(4).dataType, QStringLiteral("X")); // kept for the rules to flag
    QCOMPARE(dataTypeLetter(QStringLiteral("日期时间型")), QStringLiteral("T"));
    QVERIFY(dataTypeLetter(QStringLiteral("C 日期型")).isEmpty());
    QVERIFY(!parsePastedItems(QStringLiteral("姓名\tC")).skippedHeader);
}

void TestEditorItems::itemOperationsUndoAndRedo()
{
    ResourceEditor* e = m_editor.get();
    e->setDraft(validDraft(), false);
    auto* table = child<QTableView>(e, "itemTable");
    QAbstractItemModel* model = table->model();
    QList<ResourceDraft> steps{e->draft()};
    const auto step = [&] {
        steps.append(e->draft());
        QCOMPARE(e->undoStack()->count(), steps.size() - 1);
    };
    const auto names = [&] {
        QStringList out;
        for (const ItemDraft& i : e->draft().items) {
            out << i.name;
        }
        return out.join(QLatin1Char(','));
    };
    const auto click = [&](const char* button) {
        QTest::mouseClick(child<QPushButton>(e, button), Qt::LeftButton);
    };

    click("addItemButton");
    step();
    QCOMPARE(e->draft().items.size(), 2);
    QVERIFY(model->setData(model->index(1, ItemTableModel::Name), QStringLiteral("姓名")));
    step();
    QVERIFY(model->setData(model->index(1, ItemTableModel::IsSensitive), Qt::Checked, Qt::CheckStateRole));
    step();

    QGuiApplication::clipboard()->setText(
        QStringLiteral("名称\t数据类型\t长度\n出生日期\tD\t\n联系电话\t字符型\t20\n住址\tC 字符型\t200\n"));
    click("pasteItemsButton");
    step();
    QCOMPARE(names(), QStringLiteral("公民身份号码,姓名,出生日期,联系电话,住址"));
    QCOMPARE(e->draft().items.at(2).dataType, QStringLiteral("D"));
    QCOMPARE(e->draft().items.at(3).length, QStringLiteral("20"));

    table->setCurrentIndex(model->index(4, ItemTableModel::Name));
    click("moveItemUpButton");
    step();
    click("moveItemUpButton");
    step();
    QCOMPARE(names(), QStringLiteral("公民身份号码,姓名,住址,出生日期,联系电话"));
    click("moveItemDownButton");
    step();
    QCOMPARE(table->currentIndex().row(), 3);

    click("duplicateItemButton");
    step();
    QCOMPARE(names(), QStringLiteral("公民身份号码,姓名,出生日期,住址,住址（副本）,联系电话"));
    QVERIFY(e->draft().items.at(4).id.isEmpty());

    table->clearSelection();
    table->setCurrentIndex(model->index(0, ItemTableModel::Name));
    click("removeItemButton");
    step();
    QCOMPARE(names(), QStringLiteral("姓名,出生日期,住址,住址（副本）,联系电话"));
    QTest::keySequence(table, QKeySequence::Paste); // Ctrl+V on the grid pastes the same rows again
    step();
    QCOMPARE(e->draft().items.size(), 8);

    const ResourceDraft last = e->draft();
    for (qsizetype i = steps.size() - 2; i >= 0; --i) {
        e->undoStack()->undo();
        COMPARE_DRAFTS(e->draft(), steps.at(i));
    }
    QVERIFY(!e->isModified());
    while (e->undoStack()->canRedo()) {
        e->undoStack()->redo();
    }
    COMPARE_DRAFTS(e->draft(), last);
}

QTEST_MAIN(TestEditorItems)
#include "tst_editoritems.moc"
