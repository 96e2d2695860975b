#include "catalog/CatalogWorkflow.h"
#include "exchange/ImportApply.h"
#include "exchange/ImportPlanner.h"
#include "exchange/ImportReport.h"
#include "io/catalog/CatalogJson.h"
#include "io/catalog/CatalogTableParser.h"
#include "support/CatalogFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace govcat;
using namespace govcat::db;
using namespace govcat::catalog;
using namespace govcat::exchange;
using Kind = ImportPlanRow::Kind;

namespace {

const QString kDept = QStringLiteral("临川市市场监督管理局");

QString fixture(const char* name)
{
    return QStringLiteral(GOVCAT_IMPORT_FIXTURES "/") + QString::fromUtf8(name);
}

// Sheets given in the test: for planner cases the file format does not matter (the readers have
// their own tests with files from openpyxl and LibreOffice).
class MemorySource final : public io::TableSource
{
public:
    QList<std::pair<QString, QList<QStringList>>> sheets;

    QString format() const override { return QStringLiteral("xlsx"); }
    QStringList sheetNames() const override
    {
        QStringList names;
        for (const auto& s : sheets) {
            names << s.first;
        }
        return names;
    }
    Result<QList<io::TableRow>> head(int sheet, int rows) override
    {
        QList<io::TableRow> out;
        auto r = stream(sheet, [&](const io::TableRow& row) {
            out << row;
            return out.size() < rows;
        });
        return r ? Result<QList<io::TableRow>>(out) : Result<QList<io::TableRow>>(r.error());
    }
    Result<void> stream(int sheet, const io::TableRowCallback& onRow) override
    {
        const auto& rows = sheets.at(sheet).second;
        for (int i = 0; i < rows.size(); ++i) {
            if (!onRow({i + 1, rows.at(i)})) {
                break;
            }
        }
        return {};
    }
};

// The plan as text, for failure messages.
QByteArray describe(const ImportPlan& plan)
{
    QStringList lines;
    for (const ImportPlanRow& r : plan.rows) {
        QStringList problems;
        for (const io::ImportProblem& p : r.problems) {
            problems << p.finding.message;
        }
        lines << QStringLiteral("%1 %2: %3")
                     .arg(kindName(r.kind), r.name, problems.join(QStringLiteral(" | ")));
    }
    return lines.join(QLatin1Char('\n')).toUtf8();
}

const ImportPlanRow* rowNamed(const ImportPlan& plan, const QString& name)
{
    for (const ImportPlanRow& r : plan.rows) {
        if (r.name == name) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

// Import of catalog files: reading the layouts departments use, the dry run (new, changed,
// unchanged, rejected with cells), merge without overwriting untouched fields, one transaction
// with outbox and audit, undo; on a real encrypted demo database.
class TestCatalogImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void twoSheetsWithItemsLinkedByName();
    void oneSheetWithTitleRowAndMergedResourceCells();
    void headerThatMatchesNothingSaysWhatWasExpected();
    void applyWritesOneTransactionAndReimportIsUnchanged();
    void changedFieldsAreMergedAndOthersKept();
    void undoRestoresTheCatalog();
    void publishedResourcesChangeInTheirRevision();
    void otherDepartmentsRowsAreRejectedForAnEditor();
    void cancelWritesNothing();
    void longWritesAreWholeOrNotAtAll();
    void inlineItemsCell();
    void csvWithItemsInOneCellInEitherEncoding_data();
    void csvWithItemsInOneCellInEitherEncoding();
    void everyProblemOfARowIsListedWithItsCell();
    void errorReportListsEveryProblemOfARow();
    void emptyItemsCellKeepsTheItemsAndTheMarkerClearsThem();
    void userGuideExamplesImportAsWritten();
    void emptyJsonItemsArrayClearsTheItems();

private:
    Result<ImportPlan> planFile(const QString& path);
    Result<ImportPlan> planUpdate(const QString& id, const QString& name, const QString& header,
                                  const QString& value);
    Result<ImportPlan> planSource(io::TableSource& source);

    std::unique_ptr<test::CatalogFixture> m_fx;
    std::unique_ptr<Repository> m_repo;
    std::unique_ptr<ResourceStore> m_store;
};

void TestCatalogImport::init()
{
    m_fx = std::make_unique<test::CatalogFixture>();
    QSqlQuery q(m_fx->database->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM department WHERE name = '%1'").arg(kDept)) && q.next());
    m_repo = std::make_unique<Repository>(m_fx->database->connection(),
                                          m_fx->actor(Role::CatalogEditor, q.value(0).toString()));
    m_store = std::make_unique<ResourceStore>(m_fx->database->connection(), *m_repo);
}

void TestCatalogImport::cleanup()
{
    m_store.reset();
    m_repo.reset();
    m_fx.reset();
}

Result<ImportPlan> TestCatalogImport::planFile(const QString& path)
{
    auto source = io::openTableSource(path);
    if (!source) {
        return source.error();
    }
    return planSource(*source.value());
}

Result<ImportPlan> TestCatalogImport::planSource(io::TableSource& source)
{
    auto parsed = io::parseCatalogTables(source);
    if (!parsed) {
        return parsed.error();
    }
    return ImportPlanner(*m_store).plan(parsed.value());
}

void TestCatalogImport::twoSheetsWithItemsLinkedByName()
{
    auto plan = planFile(fixture("layout1_two_sheets.xlsx"));
    QVERIFY2(plan, qPrintable(plan.error().message));
    const ImportPlan& p = plan.value();
    QVERIFY2(p.count(Kind::New) == 2, describe(p).constData());
    QCOMPARE(p.rejected(), 2); // a bad share type; items of a resource that exists nowhere

    const ImportPlanRow* registry = rowNamed(p, QStringLiteral("市场主体登记信息"));
    QVERIFY(registry);
    QCOMPARE(registry->kind, Kind::New);
    QCOMPARE(registry->merged->items.size(), 3);
    // 序号 orders the items, whatever the row order
    QCOMPARE(registry->merged->items.at(0).name, QStringLiteral("统一社会信用代码"));
    QVERIFY(registry->merged->items.at(0).isKey);
    QCOMPARE(registry->merged->items.at(1).dataType, QStringLiteral("C")); // 字符型
    QCOMPARE(registry->merged->items.at(1).length, QStringLiteral("200"));
    QCOMPARE(registry->merged->publishDate, QStringLiteral("2024-03-05"));

    const ImportPlanRow* ads = rowNamed(p, QStringLiteral("广告监测信息"));
    QVERIFY(ads);
    QCOMPARE(ads->kind, Kind::Rejected);
    QCOMPARE(ads->problems.size(), 1);
    QVERIFY(ads->problems.at(0).finding.message.contains(QStringLiteral("有时共享")));
    QVERIFY(ads->problems.at(0).finding.message.contains(QStringLiteral("无条件共享")));
    QCOMPARE(ads->problems.at(0).cell, (io::SourceCell{0, 4, 6})); // sheet 信息资源, G4

    bool missingNamed = false;
    for (const ImportPlanRow& r : p.rows) {
        for (const io::ImportProblem& problem : r.problems) {
            missingNamed |= problem.finding.message.contains(QStringLiteral("不存在的资源")) &&
                            problem.cell == io::SourceCell{1, 7, 0};
        }
    }
    QVERIFY(missingNamed);
}

void TestCatalogImport::oneSheetWithTitleRowAndMergedResourceCells()
{
    auto plan = planFile(fixture("layout2_merged.xlsx"));
    QVERIFY2(plan, qPrintable(plan.error().message));
    const ImportPlan& p = plan.value();
    QVERIFY2(p.layout.contains(QStringLiteral("第 3 行")), qPrintable(p.layout));
    QVERIFY2(p.count(Kind::New) == 2, describe(p).constData());
    QCOMPARE(p.rejected(), 0);
    const ImportPlanRow* devices = rowNamed(p, QStringLiteral("特种设备登记信息"));
    QVERIFY(devices);
    QCOMPARE(devices->merged->items.size(), 3);
    QCOMPARE(devices->merged->items.at(2).dataType, QStringLiteral("D"));
    QCOMPARE(devices->merged->formatCategory, QStringLiteral("数据库"));
    QCOMPARE(devices->merged->formatType, QStringLiteral("Oracle"));
    QCOMPARE(devices->merged->updateCycle, QStringLiteral("每月"));
    const ImportPlanRow* meters = rowNamed(p, QStringLiteral("计量器具检定信息"));
    QVERIFY(meters);
    QCOMPARE(meters->merged->items.size(), 2);
}

void TestCatalogImport::headerThatMatchesNothingSaysWhatWasExpected()
{
    auto plan = planFile(fixture("no_header.xlsx"));
    QVERIFY(!plan);
    QCOMPARE(plan.error().kind, Error::Kind::Invalid);
    QVERIFY(plan.error().message.contains(QStringLiteral("杂项")));
    QVERIFY(plan.error().message.contains(QStringLiteral("信息资源名称")));
    QVERIFY(plan.error().message.contains(QStringLiteral("信息项名称")));
}

void TestCatalogImport::applyWritesOneTransactionAndReimportIsUnchanged()
{
    auto plan = planFile(fixture("layout1_two_sheets.xlsx"));
    QVERIFY(plan);
    const qint64 resourcesBefore = m_fx->count(QStringLiteral("SELECT count(*) FROM info_resource"));
    const qint64 auditBefore = m_fx->count(QStringLiteral("SELECT count(*) FROM audit_journal"));
    auto applied = ImportApply::apply(*m_store, plan.value(), ImportScope::All);
    QVERIFY2(applied, qPrintable(applied.error().message));
    QCOMPARE(applied.value().created.size(), 2);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM info_resource")), resourcesBefore + 2);
    // One audit entry per imported resource, on its row, counting the item rows written with it;
    // the outbox has an entry per row (two resources, four items).
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM audit_journal")), auditBefore + 2);
    QCOMPARE(
        m_fx->count(QStringLiteral("SELECT count(*) FROM audit_journal WHERE action = '导入信息资源' AND "
                                   "table_name = 'info_resource'")),
        qint64(2));
    QSqlQuery details(m_fx->database->connection());
    QVERIFY(details.exec(QStringLiteral("SELECT detail FROM audit_journal WHERE action = '导入信息资源'")));
    int items = 0;
    while (details.next()) {
        const QJsonObject detail = QJsonDocument::fromJson(details.value(0).toString().toUtf8()).object();
        QVERIFY(detail.value(QStringLiteral("columns")).toArray().contains(QStringLiteral("name")));
        items += detail.value(QStringLiteral("rows")).toObject().value(QStringLiteral("info_item")).toInt();
    }
    QCOMPARE(items, 4);
    // Each new resource's outbox entry carries its items; an insert lists the values it sets.
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox WHERE table_name = 'info_item'")),
             qint64(0));
    QSqlQuery entries(m_fx->database->connection());
    QVERIFY(entries.exec(
        QStringLiteral("SELECT fields, children FROM outbox WHERE table_name = 'info_resource'")));
    int carried = 0;
    while (entries.next()) {
        QVERIFY(!entries.value(0).toString().contains(QStringLiteral("null")));
        QVERIFY(!entries.value(1).toString().contains(QStringLiteral("null")));
        carried += int(QJsonDocument::fromJson(entries.value(1).toString().toUtf8())
                           .object()
                           .value(QStringLiteral("info_item"))
                           .toArray()
                           .size());
    }
    QCOMPARE(carried, 4);
    const QString id = applied.value().created.at(0);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM outbox WHERE row_id = '%1'").arg(id)),
             qint64(1));
    auto stored = m_store->load(id);
    QVERIFY(stored);
    QCOMPARE(stored.value().status, QStringLiteral("草稿"));

    auto again = planFile(fixture("layout1_two_sheets.xlsx"));
    QVERIFY(again);
    QCOMPARE(again.value().count(Kind::Unchanged), 2);
    QCOMPARE(again.value().count(Kind::New), 0);
    // Both are local drafts not yet synced: a later import would collide with them.
    QVERIFY(!rowNamed(again.value(), QStringLiteral("市场主体登记信息"))->isClean());
}

void TestCatalogImport::changedFieldsAreMergedAndOthersKept()
{
    auto first = planFile(fixture("layout1_two_sheets.xlsx"));
    QVERIFY(first);
    QVERIFY(ImportApply::apply(*m_store, first.value(), ImportScope::All));
    const QString id = rowNamed(first.value(), QStringLiteral("市场主体登记信息"))->resourceId;

    MemorySource edit; // only three columns: the rest of the resource must stay as it is
    edit.sheets << std::pair{
        QStringLiteral("改"),
        QList<QStringList>{
            {QStringLiteral("资源标识"), QStringLiteral("信息资源名称"), QStringLiteral("更新周期")},
            {id, QStringLiteral("市场主体登记信息"), QStringLiteral("每月")}}};
    auto plan = planSource(edit);
    QVERIFY2(plan, qPrintable(plan.error().message));
    QCOMPARE(plan.value().rows.size(), 1);
    const ImportPlanRow& row = plan.value().rows.at(0);
    QCOMPARE(row.kind, Kind::Changed);
    QCOMPARE(row.changes.size(), 1);
    QCOMPARE(row.changes.at(0).field, QStringLiteral("update_cycle"));
    QCOMPARE(row.changes.at(0).oldValue, QStringLiteral("每日"));
    QCOMPARE(row.changes.at(0).newValue, QStringLiteral("每月"));
    QVERIFY(ImportApply::apply(*m_store, plan.value(), ImportScope::All));
    auto stored = m_store->load(id);
    QVERIFY(stored);
    QCOMPARE(stored.value().updateCycle, QStringLiteral("每月"));
    QCOMPARE(stored.value().items.size(), 3); // no item column: items untouched
    QVERIFY(stored.value().abstract.startsWith(QStringLiteral("记录本部门")));
}

Result<ImportPlan> TestCatalogImport::planUpdate(const QString& id, const QString& name,
                                                 const QString& header, const QString& value)
{
    MemorySource edit;
    edit.sheets << std::pair{
        QStringLiteral("改"),
        QList<QStringList>{{QStringLiteral("资源标识"), QStringLiteral("信息资源名称"), header},
                           {id, name, value}}};
    return planSource(edit);
}

// A published resource is never changed in place: the import writes its open revision (opening one
// when there is none), and undo removes the revision it opened or restores the revision it changed.
void TestCatalogImport::publishedResourcesChangeInTheirRevision()
{
    const QString name = QStringLiteral("待发布的市场主体信息");
    const Actor editor = m_repo->actor();
    m_repo->setActor(m_fx->actor(Role::CatalogEditor)); // the fixture's department and classification
    auto saved = m_store->save(m_fx->validDraft(*m_store, name));
    QVERIFY2(saved, qPrintable(saved.error().message));
    const QString id = saved.value();
    CatalogWorkflow flow(*m_store);
    auto submitted = flow.submit(id);
    QVERIFY2(submitted, qPrintable(submitted.error().message));
    m_repo->setActor(m_fx->actor(Role::Reviewer));
    QVERIFY(flow.approve(id, QStringLiteral("同意发布")));
    m_repo->setActor(m_fx->actor(Role::CatalogEditor));
    const QString openRevisions =
        QStringLiteral("SELECT count(*) FROM resource_version WHERE resource_id = '%1' "
                       "AND is_deleted = 0 AND status <> '已发布'")
            .arg(id);
    QCOMPARE(m_fx->count(openRevisions), qint64(0));

    auto cycle = planUpdate(id, name, QStringLiteral("更新周期"), QStringLiteral("每月"));
    QVERIFY2(cycle, qPrintable(cycle.error().message));
    QCOMPARE(cycle.value().rows.at(0).kind, Kind::Changed);
    auto opened = ImportApply::apply(*m_store, cycle.value(), ImportScope::All);
    QVERIFY2(opened, qPrintable(opened.error().message));
    QCOMPARE(m_fx->count(openRevisions), qint64(1));
    QCOMPARE(m_store->load(id).value().updateCycle, QStringLiteral("每日")); // published content stays
    QCOMPARE(m_store->loadForEditing(id).value().updateCycle, QStringLiteral("每月"));

    // A second import while the revision is open changes the revision; its undo restores it.
    const QString abstract = m_store->loadForEditing(id).value().abstract;
    auto text = planUpdate(id, name, QStringLiteral("信息资源摘要"), QStringLiteral("导入修改的摘要。"));
    QVERIFY2(text, qPrintable(text.error().message));
    auto changed = ImportApply::apply(*m_store, text.value(), ImportScope::All);
    QVERIFY2(changed, qPrintable(changed.error().message));
    QCOMPARE(m_fx->count(openRevisions), qint64(1));
    QCOMPARE(m_store->loadForEditing(id).value().abstract, QStringLiteral("导入修改的摘要。"));
    QVERIFY(ImportApply::undo(*m_store, changed.value()));
    QCOMPARE(m_store->loadForEditing(id).value().abstract, abstract);
    QCOMPARE(m_store->loadForEditing(id).value().updateCycle, QStringLiteral("每月"));

    QVERIFY(ImportApply::undo(*m_store, opened.value())); // removes the revision the first opened
    QCOMPARE(m_fx->count(openRevisions), qint64(0));
    QCOMPARE(m_store->loadForEditing(id).value().updateCycle, QStringLiteral("每日"));
    m_repo->setActor(editor);
}

void TestCatalogImport::undoRestoresTheCatalog()
{
    auto first = planFile(fixture("layout1_two_sheets.xlsx"));
    QVERIFY(first);
    const qint64 live =
        m_fx->count(QStringLiteral("SELECT count(*) FROM info_resource WHERE is_deleted = 0"));
    auto applied = ImportApply::apply(*m_store, first.value(), ImportScope::All);
    QVERIFY(applied);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM info_resource WHERE is_deleted = 0")),
             live + 2);
    QVERIFY(ImportApply::undo(*m_store, applied.value()));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM info_resource WHERE is_deleted = 0")), live);
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM info_item i JOIN info_resource r ON r.id = "
                                        "i.resource_id WHERE r.is_deleted = 1 AND i.is_deleted = 0")),
             qint64(0));
}

void TestCatalogImport::otherDepartmentsRowsAreRejectedForAnEditor()
{
    m_repo->setActor(m_fx->actor(Role::CatalogEditor, m_fx->otherDeptId));
    auto plan = planFile(fixture("layout1_two_sheets.xlsx"));
    QVERIFY(plan);
    QCOMPARE(plan.value().count(Kind::New), 0);
    const ImportPlanRow* registry = rowNamed(plan.value(), QStringLiteral("市场主体登记信息"));
    QVERIFY(registry);
    QCOMPARE(registry->kind, Kind::Rejected);
}

void TestCatalogImport::cancelWritesNothing()
{
    auto source = io::openTableSource(fixture("layout1_two_sheets.xlsx"));
    QVERIFY(source);
    auto parsed = io::parseCatalogTables(*source.value());
    QVERIFY(parsed);
    auto plan = ImportPlanner(*m_store).plan(parsed.value(), [](qsizetype, qsizetype) { return false; });
    QVERIFY(!plan);
    QCOMPARE(plan.error().kind, Error::Kind::Cancelled);
}

void TestCatalogImport::longWritesAreWholeOrNotAtAll()
{
    // Cancelling or failing in the middle of a long write rolls back what was already written.
    const int count = 320;
    MemorySource source;
    const QStringList header =
        QStringLiteral("信息资源名称,信息资源提供方,信息资源分类,信息资源摘要,格式分类,格式类型,"
                       "共享类型,共享方式分类,共享方式类型,是否向社会开放,更新周期,信息项")
            .split(QLatin1Char(','));
    QList<QStringList> rows{header};
    for (int i = 0; i < count; ++i) {
        rows << (QStringList{QStringLiteral("批量资源%1").arg(i, 4, 10, QLatin1Char('0')), kDept,
                             QStringLiteral("101"), QStringLiteral("批量导入的第 %1 个资源。").arg(i)}
                 << QStringLiteral("数据库,oracle,无条件共享,共享平台方式,接口,否,每周")
                        .split(QLatin1Char(','))
                 << QStringLiteral("名称(C,100)、日期(D)"));
    }
    source.sheets << std::pair{QStringLiteral("资源"), rows};
    auto plan = planSource(source);
    QVERIFY2(plan, qPrintable(plan.error().message));
    QVERIFY2(plan.value().count(Kind::New) == count, describe(plan.value()).left(2000).constData());
    const QString written = QStringLiteral("SELECT count(*) FROM info_resource WHERE name LIKE '批量资源%'");

    qsizetype seen = 0;
    auto cancelled =
        ImportApply::apply(*m_store, plan.value(), ImportScope::All, [&seen](qsizetype done, qsizetype) {
            seen = done;
            return done < 200;
        });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
    QCOMPARE(seen, qsizetype(200));
    QCOMPARE(m_fx->count(written), qint64(0));

    auto applied = ImportApply::apply(*m_store, plan.value(), ImportScope::All);
    QVERIFY2(applied, qPrintable(applied.error().message));
    QCOMPARE(applied.value().created.size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(applied.value().created.at(i), plan.value().rows.at(i).resourceId);
    }
    QCOMPARE(m_fx->count(written), qint64(count));
    QCOMPARE(m_fx->count(QStringLiteral("SELECT count(*) FROM info_item i JOIN info_resource r ON r.id = "
                                        "i.resource_id WHERE r.name LIKE '批量资源%'")),
             qint64(2 * count));
    auto last = m_store->load(plan.value().rows.last().resourceId);
    QVERIFY(last);
    QCOMPARE(last.value().name, QStringLiteral("批量资源%1").arg(count - 1, 4, 10, QLatin1Char('0')));
    QCOMPARE(last.value().items.at(1).name, QStringLiteral("日期"));

    // The same plan again: every resource id is taken now, so the first insert fails; the error
    // comes back and nothing more is written.
    auto again = ImportApply::apply(*m_store, plan.value(), ImportScope::All);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Constraint);
    QCOMPARE(m_fx->count(written), qint64(count));
}

void TestCatalogImport::inlineItemsCell()
{
    QStringList problems;
    const QList<ItemDraft> items = io::parseInlineItems(
        QStringLiteral("统一社会信用代码(C)、企业名称（字符型）；成立日期(D,8)\n备注、照片(X)"), &problems);
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.at(0).name, QStringLiteral("统一社会信用代码"));
    QCOMPARE(items.at(0).dataType, QStringLiteral("C"));
    QCOMPARE(items.at(1).dataType, QStringLiteral("C"));
    QCOMPARE(items.at(2).length, QStringLiteral("8"));
    QCOMPARE(items.at(3).name, QStringLiteral("备注"));
    QVERIFY(items.at(3).dataType.isEmpty());
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.at(0).contains(QStringLiteral("照片")));
}

void TestCatalogImport::csvWithItemsInOneCellInEitherEncoding_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("UTF-8 with BOM") << QStringLiteral("layout3_utf8_bom.csv")
                                    << QStringLiteral("UTF-8（带 BOM）");
    QTest::newRow("GB18030") << QStringLiteral("layout3_gb18030.csv") << QStringLiteral("GB18030");
}

void TestCatalogImport::csvWithItemsInOneCellInEitherEncoding()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    auto plan = planFile(QStringLiteral(GOVCAT_IMPORT_FIXTURES "/") + file);
    QVERIFY2(plan, qPrintable(plan.error().message));
    const ImportPlan& p = plan.value();
    QVERIFY2(p.layout.contains(encoding), qPrintable(p.layout));
    QVERIFY2(p.count(Kind::New) == 2, describe(p).constData());
    const ImportPlanRow* web = rowNamed(p, QStringLiteral("网络交易监测信息"));
    QVERIFY(web);
    QCOMPARE(web->merged->items.size(), 3);
    QCOMPARE(web->merged->items.at(2).name, QStringLiteral("监测日期"));
    QCOMPARE(web->merged->items.at(2).dataType, QStringLiteral("D"));
    const ImportPlanRow* price = rowNamed(p, QStringLiteral("价格举报信息"));
    QVERIFY(price);
    QCOMPARE(price->merged->abstract, QStringLiteral("记录价格举报、\"投诉\"及处理结果，\n按月汇总。"));
    QCOMPARE(price->merged->items.at(0).length, QStringLiteral("20"));
}

// A file that was fixed came back with errors that were there all along: every problem of a row is
// reported, each at its cell, also when the row is rejected for a value it could not read or an
// unknown provider; a rule does not repeat a problem of a cell that could not be read.
void TestCatalogImport::everyProblemOfARowIsListedWithItsCell()
{
    MemorySource source;
    source.sheets << std::pair{
        QStringLiteral("资源"),
        QList<QStringList>{
            QStringLiteral("信息资源名称,信息资源提供方,信息资源分类,信息资源摘要,格式分类,格式类型,共享类型,"
                           "共享方式分类,共享方式类型,是否向社会开放,更新周期,发布日期,信息项")
                .split(QLatin1Char(',')),
            {QStringLiteral("处处有错的资源"), kDept, QStringLiteral("999999"), QStringLiteral("摘要。"),
             QStringLiteral("数据库"), QStringLiteral("oracle"), QStringLiteral("有时共享"),
             QStringLiteral("共享平台方式"), QStringLiteral("接口"), QStringLiteral("也许"), QString(),
             QStringLiteral("2024-13-45"), QStringLiteral("名称(X)、日期(D)")},
            {QStringLiteral("提供方不明的资源"), QStringLiteral("不存在的局"), QStringLiteral("101"),
             QStringLiteral("摘要。"), QStringLiteral("数据库"), QStringLiteral("oracle"),
             QStringLiteral("有时共享"), QStringLiteral("共享平台方式"), QStringLiteral("接口"),
             QStringLiteral("否"), QString(), QString(), QStringLiteral("名称(C,20)")}}};
    auto plan = planSource(source);
    QVERIFY2(plan, qPrintable(plan.error().message));
    const ImportPlan& p = plan.value();
    QCOMPARE(p.rows.size(), 2);

    auto errorCells = [](const ImportPlanRow& row) {
        QList<int> columns;
        for (const io::ImportProblem& problem : row.problems) {
            if (problem.finding.severity == Finding::Severity::Error) {
                columns << problem.cell.column;
            }
        }
        std::sort(columns.begin(), columns.end());
        return columns;
    };
    const ImportPlanRow& all = p.rows.at(0);
    QCOMPARE(all.kind, Kind::Rejected);
    // 分类 C, 共享类型 G, 是否向社会开放 J, the missing 更新周期 K (a rule), 发布日期 L, the item type
    // in M: one each, no repeats by the rules (共享类型 is not also "必填").
    QVERIFY2(errorCells(all) == (QList<int>{2, 6, 9, 10, 11, 12}), describe(p).constData());
    for (const io::ImportProblem& problem : all.problems) {
        QCOMPARE(problem.cell.row, 2);
    }

    const ImportPlanRow& unknown = p.rows.at(1);
    QCOMPARE(unknown.kind, Kind::Rejected);
    // The unknown provider (B), the share type (G) and the missing 更新周期 (K), found by the rules
    // although the row could not be matched to a department.
    QVERIFY2(errorCells(unknown) == (QList<int>{1, 6, 10}), describe(p).constData());
}

// The error report of such a row: each problem in the summary sheet with its cell.
void TestCatalogImport::errorReportListsEveryProblemOfARow()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("部门目录.csv"));
    QVERIFY(test::writeBytes(
        file, 0,
        QStringLiteral(
            "信息资源名称,信息资源提供方,信息资源分类,信息资源摘要,格式分类,格式类型,共享类型,共享方式分类,"
            "共享方式类型,是否向社会开放,更新周期,信息项\r\n"
            "处处有错的资源,%1,999,摘要。,数据库,oracle,有时共享,共享平台方式,接口,也许,,"
            "\"名称(X)、地址(字符型)\"\r\n")
            .arg(kDept)
            .toUtf8()));
    auto plan = planFile(file);
    QVERIFY2(plan, qPrintable(plan.error().message));
    plan.value().file = file;
    const QString out = dir.filePath(QStringLiteral("report.xlsx"));
    auto written = writeImportReport(plan.value(), QString(), out);
    QVERIFY2(written, qPrintable(written.error().message));
    auto report = io::openTableSource(out);
    QVERIFY2(report, qPrintable(report.error().message));
    QStringList cells;
    QVERIFY(report.value()->stream(0, [&](const io::TableRow& row) {
        if (row.at(2) == QStringLiteral("处处有错的资源")) {
            cells << row.at(1) + QLatin1Char(' ') + row.at(3);
        }
        return true;
    }));
    QCOMPARE(cells,
             (QStringList{QStringLiteral("C2 错误"), QStringLiteral("G2 错误"), QStringLiteral("J2 错误"),
                          QStringLiteral("K2 错误"), QStringLiteral("L2 错误"), QStringLiteral("L2 提示")}));
}

// An empty 信息项 cell of an existing resource keeps its items (the preview says so); （清空）
// removes them, in the 信息项 cell or as an item's name on an items sheet.
void TestCatalogImport::emptyItemsCellKeepsTheItemsAndTheMarkerClearsThem()
{
    auto first = planFile(fixture("layout1_two_sheets.xlsx"));
    QVERIFY(first);
    QVERIFY(ImportApply::apply(*m_store, first.value(), ImportScope::All));
    const ImportPlanRow* registry = rowNamed(first.value(), QStringLiteral("市场主体登记信息"));
    const QString id = registry->resourceId;
    const QString name = registry->name;
    QCOMPARE(m_store->load(id).value().items.size(), 3);

    auto inlineCell = [&](const QString& cycle, const QString& items) {
        MemorySource edit;
        edit.sheets << std::pair{
            QStringLiteral("改"),
            QList<QStringList>{{QStringLiteral("资源标识"), QStringLiteral("信息资源名称"),
                                QStringLiteral("更新周期"), QStringLiteral("信息项")},
                               {id, name, cycle, items}}};
        return planSource(edit);
    };
    auto kept = inlineCell(QStringLiteral("每月"), QString());
    QVERIFY2(kept, qPrintable(kept.error().message));
    const ImportPlanRow& row = kept.value().rows.at(0);
    QVERIFY2(row.kind == Kind::Changed, describe(kept.value()).constData());
    QCOMPARE(row.changes.size(), 1);
    QCOMPARE(row.changes.at(0).field, QStringLiteral("update_cycle"));
    QVERIFY(row.itemsKept);
    QVERIFY(ImportApply::apply(*m_store, kept.value(), ImportScope::All));
    QCOMPARE(m_store->load(id).value().items.size(), 3);

    auto unchanged = inlineCell(QStringLiteral("每月"), QStringLiteral("  "));
    QVERIFY(unchanged);
    QCOMPARE(unchanged.value().rows.at(0).kind, Kind::Unchanged);
    QVERIFY(unchanged.value().rows.at(0).itemsKept);

    auto cleared = inlineCell(QStringLiteral("每月"), QStringLiteral("（清空）"));
    QVERIFY(cleared);
    const ImportPlanRow& clear = cleared.value().rows.at(0);
    QVERIFY2(clear.kind == Kind::Changed, describe(cleared.value()).constData());
    QVERIFY(!clear.itemsKept);
    QVERIFY(clear.merged->items.isEmpty());
    QVERIFY(clear.hasWarnings()); // 至少一个信息项: a warning on import, an error before submission
    QVERIFY(ImportApply::apply(*m_store, cleared.value(), ImportScope::All));
    QCOMPARE(m_store->load(id).value().items.size(), 0);

    // The marker as the item name on an items sheet (layouts 1 and 2).
    const ImportPlanRow* food = rowNamed(first.value(), QStringLiteral("食品经营许可信息"));
    QCOMPARE(m_store->load(food->resourceId).value().items.size(), 1);
    MemorySource items;
    items.sheets << std::pair{QStringLiteral("信息项"),
                              QList<QStringList>{{QStringLiteral("资源标识"), QStringLiteral("信息项名称"),
                                                  QStringLiteral("数据类型")},
                                                 {food->resourceId, QStringLiteral("(清空)"), QString()}}};
    auto byRow = planSource(items);
    QVERIFY(byRow);
    QVERIFY2(byRow.value().rows.at(0).kind == Kind::Changed, describe(byRow.value()).constData());
    QVERIFY(byRow.value().rows.at(0).merged->items.isEmpty());
}

// docs/USER_GUIDE.md, 从 Excel、CSV、JSON 导入: every CSV example of the section, in order, imports
// as written (the first creates a resource, the next change it), and every items cell quoted in the
// text (名称(类型)…) imports in the first example's row.
void TestCatalogImport::userGuideExamplesImportAsWritten()
{
    QFile guide(
        QDir(qEnvironmentVariable("GOVCAT_SOURCE_DIR")).filePath(QStringLiteral("docs/USER_GUIDE.md")));
    QVERIFY2(guide.open(QIODevice::ReadOnly), qPrintable(guide.fileName()));
    const QString text = QString::fromUtf8(guide.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("## 从 Excel、CSV、JSON 导入"));
    QVERIFY(start >= 0);
    const QString section = text.mid(start, text.indexOf(QStringLiteral("\n## "), start + 1) - start);
    QStringList blocks;
    static const QRegularExpression fence(QStringLiteral("```csv\\n(.*?)\\n\\s*```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    for (auto it = fence.globalMatch(section); it.hasNext();) {
        QStringList lines;
        for (const QString& line : it.next().captured(1).split(QLatin1Char('\n'))) {
            lines << line.trimmed();
        }
        blocks << lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    }
    QVERIFY2(blocks.size() >= 3, qPrintable(section));

    QTemporaryDir dir;
    QString id;
    for (int b = 0; b < blocks.size(); ++b) {
        const QString path = dir.filePath(QStringLiteral("guide%1.csv").arg(b));
        QVERIFY(test::writeBytes(path, 0, blocks.at(b).toUtf8()));
        auto plan = planFile(path);
        QVERIFY2(plan, qPrintable(plan.error().message));
        QVERIFY2(plan.value().rejected() == 0 && plan.value().rows.size() == 1,
                 describe(plan.value()).constData());
        const ImportPlanRow& row = plan.value().rows.at(0);
        QVERIFY2(row.kind == (b == 0 ? Kind::New : Kind::Changed), describe(plan.value()).constData());
        if (b == 0) {
            QCOMPARE(row.merged->items.size(), 3);
            QCOMPARE(row.merged->items.at(1).name, QStringLiteral("企业名称"));
            QCOMPARE(row.merged->items.at(1).dataType, QStringLiteral("C"));
            QVERIFY(row.hasWarnings()); // 企业名称(字符型) has no length: a warning, not a rejection
            id = row.resourceId;
        } else {
            QCOMPARE(row.resourceId, id);
        }
        auto applied = ImportApply::apply(*m_store, plan.value(), ImportScope::All);
        QVERIFY2(applied, qPrintable(applied.error().message));
    }
    QCOMPARE(m_store->load(id).value().updateCycle, QStringLiteral("每周"));

    // The items cells quoted in the text, in a new resource's row of the first example.
    static const QRegularExpression span(QStringLiteral("`([^`\\n]*\\([^`\\n]*)`"));
    QStringList firstRows = blocks.at(0).split(QStringLiteral("\r\n"));
    int cells = 0;
    for (auto it = span.globalMatch(section); it.hasNext();) {
        const QString cell = it.next().captured(1);
        if (cell.contains(QLatin1Char('"'))) {
            continue; // JSON
        }
        QStringList lines = firstRows;
        lines[1] = lines.at(1)
                       .section(QLatin1Char(','), 0, 10)
                       .replace(QStringLiteral("企业开办"), QStringLiteral("示例%1").arg(cells)) +
                   QStringLiteral(",\"%1\"").arg(cell);
        const QString path = dir.filePath(QStringLiteral("cell%1.csv").arg(cells++));
        QVERIFY(test::writeBytes(path, 0, lines.join(QStringLiteral("\r\n")).toUtf8()));
        auto plan = planFile(path);
        QVERIFY2(plan, qPrintable(plan.error().message));
        QVERIFY2(plan.value().count(Kind::New) == 1,
                 QByteArray(cell.toUtf8() + "\n" + describe(plan.value())).constData());
    }
    QVERIFY(cells >= 1);
}

// docs/CATALOG_JSON.md: "an empty array removes them all" — the explicit marker of JSON, accepted
// with a warning (it was rejected: at least one item).
void TestCatalogImport::emptyJsonItemsArrayClearsTheItems()
{
    auto first = planFile(fixture("layout1_two_sheets.xlsx"));
    QVERIFY(first);
    QVERIFY(ImportApply::apply(*m_store, first.value(), ImportScope::All));
    const QString id = rowNamed(first.value(), QStringLiteral("市场主体登记信息"))->resourceId;
    auto read = [&](const QByteArray& items) {
        return io::readCatalogJsonData(
            QByteArrayLiteral(
                "{\"format\": \"govcat-catalog\", \"version\": 1, \"resources\": [{\"id\": \"") +
            id.toUtf8() + QByteArrayLiteral("\", \"update_cycle\": \"每月\"") + items +
            QByteArrayLiteral("}]}"));
    };
    auto absent = read({});
    QVERIFY2(absent, qPrintable(absent.error().message));
    auto keep = ImportPlanner(*m_store).plan(absent.value());
    QVERIFY(keep);
    QCOMPARE(keep.value().rows.at(0).kind, Kind::Changed);
    QCOMPARE(keep.value().rows.at(0).merged->items.size(), 3);

    auto empty = read(QByteArrayLiteral(", \"items\": []"));
    QVERIFY2(empty, qPrintable(empty.error().message));
    auto clear = ImportPlanner(*m_store).plan(empty.value());
    QVERIFY(clear);
    QVERIFY2(clear.value().rows.at(0).kind == Kind::Changed, describe(clear.value()).constData());
    QVERIFY(clear.value().rows.at(0).merged->items.isEmpty());
    QVERIFY(clear.value().rows.at(0).hasWarnings());
}

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
