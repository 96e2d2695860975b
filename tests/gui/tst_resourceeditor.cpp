#include "core/CodeLists.h"
#include "models/catalog/ItemTableModel.h"
#include "support/EditorDriver.h"
#include "support/EditorFixture.h"
#include "support/WidgetSupport.h"
#include "ui/catalog/editor/ClassificationCombo.h"
#include "ui/catalog/editor/ResourceEditor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace govcat;
using namespace govcat::ui;
using namespace govcat::test;
using models::ItemTableModel;

namespace {

bool hasFinding(const ResourceEditor& editor, const char* column, const char* rule = nullptr)
{
    const QList<Finding> findings = editor.findings();
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding& f) {
        return f.field == QLatin1String(column) && f.itemIndex < 0 &&
               (!rule || f.ruleId == QLatin1String(rule));
    });
}

} // namespace

// The resource editor's form: filling it in, fields that depend on others, findings, undo of typing,
// read-only mode, and the screenshot for the user guide. The data items are in tst_editoritems.cpp.
class TestResourceEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fillValidResource();
    void conditionalShareShowsCondition();
    void formatCategoryFiltersTypes();
    void typingMergesAndKeysUndo();
    void findingClickFocusesField();
    void readOnlyBlocksEdits();
    void openTypeFollowsOpenToPublic();
    void levelEditableMountStatusReadOnly();
    void classificationFromASearchableTree();
    void basisLevelsAndProvinceProfile();
    void screenshot();

private:
    std::unique_ptr<ResourceEditor> m_editor;
};

void TestResourceEditor::init()
{
    m_editor = openEditor();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TestResourceEditor::cleanup()
{
    m_editor.reset();
}

void TestResourceEditor::fillValidResource()
{
    ResourceEditor* e = m_editor.get();
    e->setDraft(newDraft(), false);
    QVERIFY(CatalogRules::hasErrors(e->findings()));
    QVERIFY(hasFinding(*e, "name", "R01"));
    QCOMPARE(editorField<QLineEdit>(e, QStringLiteral("name"))->property("finding").toString(),
             QStringLiteral("error"));
    QVERIFY(!child<QWidget>(e, "editorSubmitButton")->isEnabled());
    QVERIFY(child<QListWidget>(e, "findingsList")->count() > 0);

    commitText(e, "name", QStringLiteral("常住人口基本信息"));
    QVERIFY(!hasFinding(*e, "name"));
    QVERIFY(!editorField<QLineEdit>(e, QStringLiteral("name"))->property("finding").isValid());
    choose(e, "classification_id", QStringLiteral("class-1"));
    QCOMPARE(e->draft().classificationCode, QStringLiteral("301001"));
    commitText(e, "abstract", QStringLiteral("本市常住人口的姓名、公民身份号码、户籍地址等基本信息。"));
    choose(e, "format_category", QStringLiteral("数据库"));
    choose(e, "format_type", QStringLiteral("Oracle"));
    choose(e, "share_type", QStringLiteral("无条件共享"));
    choose(e, "share_method_category", QStringLiteral("共享平台方式"));
    choose(e, "share_method_type", QStringLiteral("文件"));
    QVERIFY(hasFinding(*e, "share_method_type", "R06")); // a database shared as files: a warning
    QCOMPARE(editorField<QComboBox>(e, QStringLiteral("share_method_type"))->property("finding").toString(),
             QStringLiteral("warning"));
    choose(e, "share_method_type", QStringLiteral("接口"));
    choose(e, "open_to_public", QStringLiteral("否"));
    choose(e, "update_cycle", QStringLiteral("每日"));
    QTest::keyClicks(editorField<QLineEdit>(e, QStringLiteral("publish_date")), QStringLiteral("2026-11-22"));
    commitText(e, "related_codes", QStringLiteral("101001/000123，101001/000124"));
    QCOMPARE(e->draft().relatedCodes,
             QStringList({QStringLiteral("101001/000123"), QStringLiteral("101001/000124")}));
    QTest::keyClicks(editorField<QLineEdit>(e, QStringLiteral("storage_total_gb")), QStringLiteral("12.5"));
    QCOMPARE(e->draft().survey.at(0), QStringLiteral("12.5"));
    QVERIFY(hasFinding(*e, "items", "R10"));

    QTest::mouseClick(child<QPushButton>(e, "addItemButton"), Qt::LeftButton);
    auto* table = child<QTableView>(e, "itemTable");
    QAbstractItemModel* model = table->model();
    QVERIFY(model->setData(model->index(0, ItemTableModel::Name), QStringLiteral("公民身份号码")));
    QVERIFY(model->index(0, ItemTableModel::Length).data(Qt::BackgroundRole).isValid());
    QVERIFY(model->setData(model->index(0, ItemTableModel::Length), QStringLiteral("18")));

    QVERIFY2(e->findings().isEmpty(), qPrintable(e->findings().value(0).message));
    QCOMPARE(child<QListWidget>(e, "findingsList")->count(), 0);
    QVERIFY(child<QWidget>(e, "editorSubmitButton")->isEnabled());
    QVERIFY(e->isModified());
    QSignalSpy submitted(e, &ResourceEditor::submitRequested);
    QTest::mouseClick(child<QWidget>(e, "editorSubmitButton"), Qt::LeftButton);
    QCOMPARE(submitted.size(), 1);
    e->markSaved();
    QVERIFY(!e->isModified());
}

void TestResourceEditor::conditionalShareShowsCondition()
{
    ResourceEditor* e = m_editor.get();
    e->setDraft(validDraft(), false);
    QVERIFY(e->findings().isEmpty());
    auto* condition = editorField<QLineEdit>(e, QStringLiteral("share_condition"));
    auto* basis = editorField<QComboBox>(e, QStringLiteral("no_share_basis_id"));
    QVERIFY(!condition->isVisible());
    QVERIFY(!basis->isVisible());

    choose(e, "share_type", QStringLiteral("有条件共享"));
    QVERIFY(condition->isVisible());
    QVERIFY(hasFinding(*e, "share_condition", "R03"));
    QCOMPARE(condition->property("finding").toString(), QStringLiteral("error"));
    QVERIFY(condition->toolTip().contains(QStringLiteral("共享条件")));
    commitText(e, "share_condition", QStringLiteral("仅向民政、人社部门提供，用于身份核验"));
    QVERIFY(e->findings().isEmpty());

    const ResourceDraft conditional = e->draft();
    const int steps = e->undoStack()->count();
    choose(e, "share_type", QStringLiteral("不予共享"));
    QCOMPARE(e->undoStack()->count(), steps + 1); // share type, condition and method: one step
    QVERIFY(!condition->isVisible());
    QVERIFY(basis->isVisible());
    QVERIFY(!editorField<QComboBox>(e, QStringLiteral("share_method_category"))->isVisible());
    QVERIFY(e->draft().shareCondition.isEmpty());
    QVERIFY(e->draft().shareMethodCategory.isEmpty());
    QVERIFY(hasFinding(*e, "no_share_basis_id", "R04"));
    choose(e, "no_share_basis_id", QStringLiteral("basis-1"));
    QVERIFY(e->findings().isEmpty());

    e->undoStack()->undo();
    e->undoStack()->undo();
    COMPARE_DRAFTS(e->draft(), conditional);
    QVERIFY(condition->isVisible());
    QCOMPARE(condition->text(), conditional.shareCondition);
    QCOMPARE(editorField<QComboBox>(e, QStringLiteral("share_method_type"))->currentText(),
             QStringLiteral("接口"));
}

void TestResourceEditor::formatCategoryFiltersTypes()
{
    ResourceEditor* e = m_editor.get();
    e->setDraft(newDraft(), false);
    auto* type = editorField<QComboBox>(e, QStringLiteral("format_type"));
    choose(e, "format_category", QStringLiteral("数据库"));
    const QList<CodeEntry> databases = formatTypesOf(FormatCategory::Database);
    QCOMPARE(type->count(), databases.size() + 1); // plus 请选择
    for (const CodeEntry& t : databases) {
        QVERIFY(type->findData(t.name) > 0);
    }
    QCOMPARE(type->findData(QStringLiteral("xlsx")), -1);
    QVERIFY(!type->isEditable());
    choose(e, "format_type", QStringLiteral("达梦"));

    const ResourceDraft before = e->draft();
    choose(e, "format_category", QStringLiteral("电子表格"));
    QVERIFY(e->draft().formatType.isEmpty());
    QVERIFY(type->findData(QStringLiteral("xlsx")) > 0);
    e->undoStack()->undo(); // one step back restores both fields
    COMPARE_DRAFTS(e->draft(), before);
    QCOMPARE(type->currentText(), QStringLiteral("达梦"));
    e->undoStack()->redo();
    QVERIFY(e->draft().formatType.isEmpty());

    auto* otherDesc = editorField<QLineEdit>(e, QStringLiteral("format_other_desc"));
    choose(e, "format_category", QStringLiteral("自描述格式"));
    QVERIFY(type->isEditable());
    QVERIFY(!otherDesc->isVisible());
    type->setEditText(QStringLiteral("JSON"));
    QCOMPARE(e->draft().formatType, QStringLiteral("JSON"));
    choose(e, "format_category", QStringLiteral("其他"));
    QCOMPARE(e->draft().formatType, QStringLiteral("JSON")); // free text stays free text
    QVERIFY(otherDesc->isVisible());
    QVERIFY(hasFinding(*e, "format_other_desc", "R15"));
}

void TestResourceEditor::typingMergesAndKeysUndo()
{
    ResourceEditor* e = m_editor.get();
    e->setDraft(validDraft(), false);
    QSignalSpy modified(e, &ResourceEditor::modifiedChanged);
    auto* name = editorField<QLineEdit>(e, QStringLiteral("name"));
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("abc"));
    QCOMPARE(e->undoStack()->count(), 1);
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.at(0).at(0).toBool(), true);
    commitText(e, "abstract", QStringLiteral("新的摘要"));
    QCOMPARE(e->undoStack()->count(), 2);
    QTest::keyClicks(name, QStringLiteral("d"));
    QCOMPARE(e->undoStack()->count(), 3); // another field came in between

    QTest::keySequence(name, QKeySequence::Undo);
    QCOMPARE(name->text(), validDraft().name + QStringLiteral("abc"));
    QTest::keySequence(name, QKeySequence::Undo);
    QCOMPARE(e->draft().abstract, validDraft().abstract);
    auto* shareType = editorField<QComboBox>(e, QStringLiteral("share_type"));
    shareType->setFocus();
    QTest::keySequence(shareType, QKeySequence::Undo);
    QCOMPARE(name->text(), validDraft().name);
    QVERIFY(!e->isModified());
    QTest::keySequence(shareType, QKeySequence::Redo);
    QCOMPARE(name->text(), validDraft().name + QStringLiteral("abc"));
    QCOMPARE(modified.size(), 3);
    QVERIFY(child<QWidget>(e, "editorUndoButton")->toolTip().contains(QStringLiteral("信息资源名称")));
    QTest::mouseClick(child<QWidget>(e, "editorUndoButton"), Qt::LeftButton);
    QCOMPARE(name->text(), validDraft().name);
}

void TestResourceEditor::findingClickFocusesField()
{
    ResourceEditor* e = m_editor.get();
    ResourceDraft d = validDraft();
    d.name.clear();
    d.items.append(item("", "C", "10"));
    e->setDraft(d, false);
    auto* list = child<QListWidget>(e, "findingsList");
    QCOMPARE(list->count(), e->findings().size());
    for (int i = 0; i < list->count(); ++i) {
        const Finding f = e->findings().at(i);
        list->scrollToItem(list->item(i));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(i)).center());
        if (f.itemIndex >= 0) {
            auto* table = child<QTableView>(e, "itemTable");
            QCOMPARE(QApplication::focusWidget(), table);
            QCOMPARE(table->currentIndex().row(), f.itemIndex);
        } else {
            QCOMPARE(QApplication::focusWidget()->objectName(), ResourceEditor::widgetNameFor(f.field));
        }
    }
}

void TestResourceEditor::readOnlyBlocksEdits()
{
    ResourceEditor* e = m_editor.get();
    ResourceDraft d = validDraft();
    d.shareType = canonicalName(ShareType::Conditional); // R03: findings still show
    e->setDraft(d, true);
    QVERIFY(e->isReadOnly());
    QCOMPARE(child<QListWidget>(e, "findingsList")->count(), 1);
    for (QLineEdit* edit : e->findChildren<QLineEdit*>()) {
        QVERIFY2(edit->isReadOnly() || !edit->isEnabled() || !edit->isVisibleTo(e),
                 qPrintable(edit->objectName()));
    }
    for (QPlainTextEdit* edit : e->findChildren<QPlainTextEdit*>()) {
        QVERIFY(edit->isReadOnly());
    }
    for (QComboBox* combo : e->findChildren<QComboBox*>()) {
        QVERIFY2(!combo->isEnabled(), qPrintable(combo->objectName()));
    }
    for (const char* button : {"addItemButton", "removeItemButton", "moveItemUpButton", "moveItemDownButton",
                               "duplicateItemButton", "pasteItemsButton"}) {
        QVERIFY2(!child<QPushButton>(e, button)->isEnabled(), button);
    }
    auto* table = child<QTableView>(e, "itemTable");
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!table->model()->setData(table->model()->index(0, ItemTableModel::Name), QStringLiteral("x")));
    QGuiApplication::clipboard()->setText(QStringLiteral("电话\tC\t20"));
    QTest::keySequence(table, QKeySequence::Paste);
    QTest::keyClicks(editorField<QLineEdit>(e, QStringLiteral("name")), QStringLiteral("abc"));
    QCOMPARE(e->undoStack()->count(), 0);
    COMPARE_DRAFTS(e->draft(), d);
}

void TestResourceEditor::openTypeFollowsOpenToPublic()
{
    ResourceEditor* e = m_editor.get();
    e->setDraft(validDraft(), false);
    auto* openType = editorField<QComboBox>(e, QStringLiteral("open_type"));
    QVERIFY(openType->isVisible());
    const int steps = e->undoStack()->count();
    choose(e, "open_type", QStringLiteral("有条件开放"));
    QCOMPARE(e->undoStack()->count(), steps + 1); // with 是否向社会开放: one step
    QCOMPARE(e->draft().openToPublic, QStringLiteral("是"));
    QVERIFY(hasFinding(*e, "open_condition", "R05"));
    commitText(e, "open_condition", QStringLiteral("需实名注册后下载"));
    QVERIFY2(e->findings().isEmpty(), qPrintable(e->findings().value(0).message));

    choose(e, "open_to_public", QStringLiteral("否"));
    QCOMPARE(e->draft().openType, QStringLiteral("不予开放"));
    QVERIFY(e->draft().openCondition.isEmpty());
    QCOMPARE(openType->currentData().toString(), QStringLiteral("不予开放"));
    e->undoStack()->undo();
    QCOMPARE(e->draft().openType, QStringLiteral("有条件开放"));
    QCOMPARE(e->draft().openCondition, QStringLiteral("需实名注册后下载"));

    // 不予共享 is not opened either (R17): the same step says 否 and 不予开放.
    choose(e, "share_type", QStringLiteral("不予共享"));
    QCOMPARE(e->draft().openToPublic, QStringLiteral("否"));
    QCOMPARE(e->draft().openType, QStringLiteral("不予开放"));
    QVERIFY(e->draft().openCondition.isEmpty());
    QVERIFY(!hasFinding(*e, "open_to_public", "R17"));
    QVERIFY(hasFinding(*e, "no_share_basis_id", "R04"));

    // Set by hand against 是否向社会开放 (an import): R16 marks the field.
    ResourceDraft contradictory = validDraft();
    contradictory.openType = QStringLiteral("无条件开放");
    e->setDraft(contradictory, false);
    QVERIFY(hasFinding(*e, "open_type", "R16"));
    QCOMPARE(openType->property("finding").toString(), QStringLiteral("error"));
}

void TestResourceEditor::levelEditableMountStatusReadOnly()
{
    ResourceEditor* e = m_editor.get();
    ResourceDraft d = validDraft();
    d.level = QStringLiteral("部门");
    d.mountStatus = QStringLiteral("已挂接");
    e->setDraft(d, false);
    auto* mount = editorField<QLineEdit>(e, QStringLiteral("mount_status"));
    QCOMPARE(mount->text(), QStringLiteral("已挂接"));
    QVERIFY(mount->isVisible());
    QVERIFY(mount->isReadOnly()); // the sharing platform sets it
    QTest::keyClicks(mount, QStringLiteral("x"));
    QCOMPARE(e->undoStack()->count(), 0);
    choose(e, "level", QStringLiteral("国家"));
    QCOMPARE(e->draft().level, QStringLiteral("国家"));
    QCOMPARE(e->draft().mountStatus, QStringLiteral("已挂接"));
    e->undoStack()->undo();
    QCOMPARE(e->draft().level, QStringLiteral("部门"));
}

void TestResourceEditor::classificationFromASearchableTree()
{
    ResourceEditor* e = m_editor.get();
    e->setClassifications(
        {{QStringLiteral("c3"), QStringLiteral("3 部门信息资源目录")},
         {QStringLiteral("c307"), QStringLiteral("307 省(自治区、直辖市)及其下各级政务部门")},
         {QStringLiteral("c307001"), QStringLiteral("307001 临川市公安局")},
         {QStringLiteral("c307002"), QStringLiteral("307002 临川市市场监督管理局")},
         {QStringLiteral("c30700201"), QStringLiteral("30700201 登记注册局")},
         {QStringLiteral("c1"), QStringLiteral("1 基础信息资源目录")},
         {QStringLiteral("c101"), QStringLiteral("101 人口基础信息资源")}});
    e->setDraft(newDraft(), false);
    auto* picker =
        qobject_cast<ClassificationCombo*>(editorField<QComboBox>(e, QStringLiteral("classification_id")));
    QVERIFY(picker);
    picker->showPopup();
    QVERIFY(picker->popup()->isVisible());
    QAbstractItemModel* tree = picker->tree()->model();
    QCOMPARE(tree->rowCount(), 2); // 类 3 and 类 1, the rest below them
    const QModelIndex class3 = tree->index(0, 0);
    QCOMPARE(class3.data().toString(), QStringLiteral("3 部门信息资源目录"));
    QCOMPARE(tree->rowCount(class3), 1);
    QCOMPARE(tree->rowCount(tree->index(0, 0, class3)), 2); // 307001, 307002

    // Typing filters by name, keeping the path to each match; Enter picks the first match.
    picker->searchEdit()->setText(QStringLiteral("市场监督"));
    QCOMPARE(tree->rowCount(), 1);
    const QModelIndex item307 = tree->index(0, 0, tree->index(0, 0));
    QCOMPARE(tree->rowCount(item307), 1);
    QCOMPARE(tree->index(0, 0, item307).data().toString(), QStringLiteral("307002 临川市市场监督管理局"));
    QVERIFY(picker->tree()->isExpanded(item307));
    QVERIFY(saveScreenshot(picker->popup(), "editor-classification-tree"));
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    QVERIFY(!picker->popup()->isVisible());
    QCOMPARE(e->draft().classificationId, QStringLiteral("c307002"));
    QCOMPARE(e->draft().classificationCode, QStringLiteral("307002"));
    QCOMPARE(picker->currentText(), QStringLiteral("307002 临川市市场监督管理局"));

    // By code, down to a 细目; a click picks too.
    picker->showPopup();
    picker->searchEdit()->setText(QStringLiteral("30700201"));
    const QModelIndex sub = picker->tree()->currentIndex();
    QCOMPARE(sub.data().toString(), QStringLiteral("30700201 登记注册局"));
    QTest::mouseClick(picker->tree()->viewport(), Qt::LeftButton, {},
                      picker->tree()->visualRect(sub).center());
    QVERIFY(!picker->popup()->isVisible());
    QCOMPARE(e->draft().classificationCode, QStringLiteral("30700201"));
    e->undoStack()->undo();
    QCOMPARE(e->draft().classificationCode, QStringLiteral("307002"));
}

void TestResourceEditor::basisLevelsAndProvinceProfile()
{
    ResourceEditor* e = m_editor.get();
    RuleContext context;
    context.legalBasis = [](const QString& id) -> std::optional<LegalBasisInfo> {
        if (id == QStringLiteral("basis-1")) {
            return LegalBasisInfo{QStringLiteral("中华人民共和国保守国家秘密法"), QStringLiteral("法律")};
        }
        return std::nullopt;
    };
    context.sharing = SharingProfile::conditionalBasis(QStringLiteral("山东省"));
    e->setRuleContext(context);
    e->setDraft(validDraft(), false);
    auto* basis = editorField<QComboBox>(e, QStringLiteral("no_share_basis_id"));
    QVERIFY(basis->itemText(basis->findData(QStringLiteral("basis-1"))).contains(QStringLiteral("法律")));
    QVERIFY(!basis->isVisible());

    choose(e, "share_type", QStringLiteral("有条件共享"));
    QVERIFY(basis->isVisible()); // the province asks a basis for 有条件共享 too
    auto* form = qobject_cast<QFormLayout*>(basis->parentWidget()->layout());
    QVERIFY(form);
    const QString label = qobject_cast<QLabel*>(form->labelForField(basis))->text();
    QVERIFY2(label.contains(QStringLiteral("共享依据")) && !label.contains(QStringLiteral("不予")),
             qPrintable(label));
    QVERIFY(hasFinding(*e, "no_share_basis_id", "R04"));
    choose(e, "no_share_basis_id", QStringLiteral("basis-1"));
    commitText(e, "share_condition", QStringLiteral("仅向税务部门提供，用于纳税信用评价"));
    QVERIFY2(e->findings().isEmpty(), qPrintable(e->findings().value(0).message));
    choose(e, "share_type", QStringLiteral("无条件共享"));
    QVERIFY(e->draft().noShareBasisId.isEmpty());
}

void TestResourceEditor::screenshot()
{
    ResourceDraft d = validDraft();
    d.name = QStringLiteral("常住人口基本信息");
    d.shareType = canonicalName(ShareType::Conditional);
    d.shareCondition = QStringLiteral("仅向民政、人社、卫健部门提供，用于身份核验和待遇资格认证");
    d.internalUnit = QStringLiteral("户政管理支队");
    d.businessItems = QStringLiteral("户口登记\n居民身份证办理");
    d.relatedCodes = {QStringLiteral("101001/000001")};
    d.publishDate = QStringLiteral("2026-11-22");
    d.openType = QStringLiteral("不予开放");
    d.level = QStringLiteral("部门");
    d.mountStatus = QStringLiteral("已挂接");
    d.survey = {QStringLiteral("120"), QStringLiteral("860"), QStringLiteral("80"),
                QStringLiteral("600"), QStringLiteral("0"),   QStringLiteral("0")};
    d.items = {item("公民身份号码", "C", "18"), item("姓名", "C", "50"), item("出生日期", "D", ""),
               item("户籍地址", "C", ""), item("登记时间", "T", "")};
    d.items[0].isKey = true;
    d.items[0].isSensitive = true;
    m_editor->setDraft(d, false);
    m_editor->undoStack()->push(new QUndoCommand); // shows the modified marker
    QApplication::processEvents();
    QVERIFY(!m_editor->findings().isEmpty()); // 户籍地址 without length
    const QString dir = qEnvironmentVariable("GOVCAT_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(m_editor->grab().save(dir + QStringLiteral("/editor.png")));
    }
}

QTEST_MAIN(TestResourceEditor)
#include "tst_resourceeditor.moc"
