#include "core/Clock.h"
#include "core/CodeLists.h"
#include "core/Uscc.h"
#include "db/Database.h"
#include "demo/DemoCity.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace govcat;

namespace {

constexpr int kResources = 200;

std::unique_ptr<db::Database> createDatabase(const QTemporaryDir& dir, const QString& name)
{
    auto created =
        db::Database::create(dir.filePath(name), QByteArrayLiteral("passphrase"), db::KdfProfile::Minimal);
    if (!created) {
        qWarning("create %s: %s", qPrintable(name), qPrintable(created.error().message));
        return nullptr;
    }
    return std::move(created).value();
}

qint64 scalar(const db::Database& database, const QString& sql)
{
    QSqlQuery q(database.connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("query failed: %s", qPrintable(sql));
        return -1;
    }
    return q.value(0).toLongLong();
}

// Everything a user sees, table by table in id order; updated_at (the clock) is left out.
QByteArray contentHash(const db::Database& database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const char* tables[] = {"department",    "catalog_class", "legal_basis",     "code_list",
                            "info_resource", "info_item",     "resource_survey", "resource_relation"};
    for (const char* table : tables) {
        QSqlQuery q(database.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)))) {
            return {};
        }
        while (q.next()) {
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                if (record.fieldName(i) != QLatin1String("updated_at")) {
                    hash.addData(record.value(i).toString().toUtf8());
                    hash.addData(QByteArrayView("\x1f", 1));
                }
            }
        }
    }
    return hash.result();
}

} // namespace

class TestDemoCity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summaryMatchesTables();
    void departmentsAreBelievable();
    void classificationTree();
    void resourceCodes();
    void everyResourceHasItems();
    void reviewHistory();
    void openTypesFollowOpenness();
    void reviewersHaveSomethingToCorrect();
    void enumValuesAreCanonical_data();
    void enumValuesAreCanonical();
    void attributesAreConsistent();
    void referenceRows();
    void namesAreMostlyDistinct();
    void sameSeedSameContent();
    void refusesNonEmptyDatabase();
    void cancelRollsBackTheBatch();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_a;
    std::unique_ptr<db::Database> m_b;
    std::unique_ptr<db::Database> m_c;
    demo::DemoSummary m_summary;
};

void TestDemoCity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_a = createDatabase(m_dir, QStringLiteral("a.db"));
    m_b = createDatabase(m_dir, QStringLiteral("b.db"));
    m_c = createDatabase(m_dir, QStringLiteral("c.db"));
    QVERIFY(m_a && m_b && m_c);
    demo::DemoOptions options;
    options.resources = kResources;
    options.seed = 7;
    int calls = 0;
    int last = 0;
    auto a = demo::generateDemoCity(*m_a, options, [&](int done, int total) {
        ++calls;
        last = done;
        return total == kResources;
    });
    QVERIFY2(a, qPrintable(a.error().message));
    m_summary = a.value();
    QVERIFY(calls >= 2);
    QCOMPARE(last, kResources);
    auto b = demo::generateDemoCity(*m_b, options);
    QVERIFY2(b, qPrintable(b.error().message));
    options.seed = 8;
    auto c = demo::generateDemoCity(*m_c, options);
    QVERIFY2(c, qPrintable(c.error().message));
}

void TestDemoCity::summaryMatchesTables()
{
    QCOMPARE(m_summary.resources, kResources);
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_resource")), qint64(kResources));
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM department")), qint64(m_summary.departments));
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM catalog_class")), qint64(m_summary.classes));
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_item")), m_summary.items);
    QVERIFY2(m_summary.departments >= 55 && m_summary.departments <= 70,
             qPrintable(QString::number(m_summary.departments)));
    QVERIFY2(m_summary.items >= 8 * kResources && m_summary.items <= 12 * kResources,
             qPrintable(QString::number(m_summary.items)));
    // Baseline rows: version 1, no outbox entries.
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_resource WHERE row_version <> 1")), 0);
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    QVERIFY(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM audit_journal")) >= 1);
}

void TestDemoCity::departmentsAreBelievable()
{
    QSqlQuery q(m_a->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT name, uscc, region_code, level, parent_id, catalog_class_code, short_name "
                       "FROM department")));
    int children = 0;
    QStringList names;
    while (q.next()) {
        const QString uscc = q.value(1).toString();
        QVERIFY2(isValidUscc(uscc), qPrintable(q.value(0).toString() + u' ' + uscc));
        QVERIFY(uscc.startsWith(u'1')); // 机构编制 registered
        QCOMPARE(uscc.mid(2, 6), q.value(2).toString());
        QCOMPARE(q.value(3).toString(), QStringLiteral("市"));
        QVERIFY(!q.value(6).toString().isEmpty());
        children += q.value(4).isNull() ? 0 : 1;
        names << q.value(0).toString();
    }
    QVERIFY(children >= 5);
    QVERIFY(names.contains(QStringLiteral("临川市公安局")));
    QVERIFY(names.contains(QStringLiteral("临川市市场监督管理局")));
    QVERIFY(names.contains(QStringLiteral("临川市数据局")));
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(DISTINCT uscc) FROM department")),
             qint64(names.size()));
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM department WHERE uscc LIKE '11%'")) > 40,
             true);
    // Parents exist; every department has its own 目 (or 细目) in the tree.
    QCOMPARE(
        scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM department d WHERE parent_id IS NOT NULL AND NOT "
                                    "EXISTS (SELECT 1 FROM department p WHERE p.id = d.parent_id)")),
        0);
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM department d WHERE NOT EXISTS (SELECT 1 FROM "
                                         "catalog_class c WHERE c.code = d.catalog_class_code)")),
             0);
}

void TestDemoCity::classificationTree()
{
    const auto count = [&](const char* where) {
        return scalar(*m_a,
                      QStringLiteral("SELECT COUNT(*) FROM catalog_class WHERE ") + QString::fromUtf8(where));
    };
    QCOMPARE(count("level = '类'"), 3);
    QCOMPARE(count("level = '项' AND code LIKE '1%'"), 5);
    QCOMPARE(count("level = '项' AND code LIKE '2%'"), 12);
    QCOMPARE(count("level = '项' AND code LIKE '3%'"), 8);
    QCOMPARE(count("code = '101' AND name = '人口基础信息资源' AND kind = '基础'"), 1);
    QCOMPARE(count("code = '211' AND name = '生态环保' AND kind = '主题'"), 1);
    QVERIFY(count("level = '目' AND code LIKE '307%'") >= 45);
    QVERIFY(count("level = '细目'") >= 5);
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(DISTINCT code) FROM catalog_class")),
             m_summary.classes);
    // Codes nest: a child's code extends its parent's, and the kind follows the 类 digit.
    QCOMPARE(count("parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM catalog_class p WHERE p.id = "
                   "catalog_class.parent_id AND substr(catalog_class.code, 1, length(p.code)) = p.code)"),
             0);
    QCOMPARE(count("(code LIKE '1%' AND kind <> '基础') OR (code LIKE '2%' AND kind <> '主题') OR "
                   "(code LIKE '3%' AND kind <> '部门')"),
             0);
}

void TestDemoCity::resourceCodes()
{
    const QRegularExpression format(QStringLiteral("^[123]\\d{2}\\d{3}(\\d{2})?/\\d{6}$"));
    QSqlQuery q(m_a->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT r.code, r.sequence_no, c.code, r.provider_code, d.uscc FROM info_resource r "
                       "JOIN catalog_class c ON c.id = r.classification_id "
                       "JOIN department d ON d.id = r.provider_dept_id WHERE r.status <> '草稿'")));
    int rows = 0;
    while (q.next()) {
        const QString code = q.value(0).toString();
        QVERIFY2(format.match(code).hasMatch(), qPrintable(code));
        QCOMPARE(code, q.value(2).toString() + u'/' +
                           QStringLiteral("%1").arg(q.value(1).toInt(), 6, 10, QLatin1Char('0')));
        QCOMPARE(q.value(3).toString(), q.value(4).toString());
        ++rows;
    }
    // Drafts were never submitted, so they have no code yet; every other resource has its own.
    const qint64 drafts =
        scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_resource WHERE status = '草稿'"));
    QVERIFY(drafts > 0);
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_resource WHERE status = '草稿' AND "
                                         "(code IS NOT NULL OR sequence_no IS NOT NULL)")),
             0);
    QCOMPARE(rows, kResources - drafts);
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(DISTINCT code) FROM info_resource")), qint64(rows));
    // The next submission draws the number after the highest in use of each 分类码.
    QCOMPARE(
        scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM (SELECT substr(code, 1, instr(code, '/') - 1) "
                                    "AS c, max(sequence_no) AS n FROM info_resource WHERE code IS NOT NULL "
                                    "GROUP BY 1) u LEFT JOIN code_sequence s ON s.class_code = u.c "
                                    "WHERE s.last_no IS NOT u.n")),
        0);
    // Resources are filed under a 目 or 细目, never directly under a 类 or 项.
    QCOMPARE(
        scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_resource r JOIN catalog_class c ON c.id = "
                                    "r.classification_id WHERE c.level NOT IN ('目', '细目')")),
        0);
}

// Queues show ages and overdue items, histories show who submitted and who decided.
void TestDemoCity::reviewHistory()
{
    const auto count = [this](const char* sql) { return scalar(*m_a, QString::fromUtf8(sql)); };
    QCOMPARE(
        count("SELECT COUNT(*) FROM info_resource r WHERE (r.status = '草稿') <> (r.submitted_at IS NULL)"),
        0);
    QCOMPARE(count("SELECT COUNT(*) FROM info_resource r WHERE r.status <> '草稿' AND NOT EXISTS (SELECT 1 "
                   "FROM resource_transition t WHERE t.resource_id = r.id AND t.action = '提交审核' AND "
                   "t.at = r.submitted_at)"),
             0);
    QCOMPARE(
        count("SELECT COUNT(*) FROM info_resource r WHERE r.status IN ('已发布', '下线中', '已下线') AND "
              "NOT EXISTS (SELECT 1 FROM resource_transition t WHERE t.resource_id = r.id AND "
              "t.action = '审核通过' AND t.actor_role = '审核员' AND t.actor <> '' AND "
              "substr(t.at, 1, 10) = r.publish_date AND t.at > r.submitted_at)"),
        0);
    QCOMPARE(count("SELECT COUNT(*) FROM info_resource r WHERE r.status = '已退回' AND NOT EXISTS (SELECT 1 "
                   "FROM resource_transition t WHERE t.resource_id = r.id AND t.action = '退回' AND "
                   "length(t.comment) > 5)"),
             0);
    // A resource was last changed by whoever took its last step, when they took it (a history that
    // said "修改于 <the day the city was made>, 编辑：demo" misled the reader).
    QCOMPARE(
        count("SELECT COUNT(*) FROM info_resource r WHERE r.status <> '草稿' AND NOT EXISTS (SELECT 1 FROM "
              "resource_transition t WHERE t.resource_id = r.id AND t.at = r.updated_at AND "
              "t.actor = r.updated_by)"),
        0);
    QCOMPARE(count("SELECT COUNT(*) FROM info_resource WHERE updated_by = 'demo'"), 0);
    // Waiting resources were submitted over the past weeks: some days ago, some weeks ago, none later.
    const QString now = Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
    const QString weekAgo = Clock::instance().nowUtc().addDays(-7).toString(Qt::ISODateWithMs);
    const QString twoWeeksAgo = Clock::instance().nowUtc().addDays(-14).toString(Qt::ISODateWithMs);
    QSqlQuery q(m_a->connection());
    q.prepare(QStringLiteral("SELECT sum(submitted_at > ?), sum(submitted_at < ?), sum(submitted_at > ?) "
                             "FROM info_resource WHERE status = '待审核'"));
    q.addBindValue(weekAgo);
    q.addBindValue(twoWeeksAgo);
    q.addBindValue(now);
    QVERIFY(q.exec() && q.next());
    QVERIFY2(q.value(0).toInt() > 0, "some submitted this week");
    QVERIFY2(q.value(1).toInt() > 0, "some waiting for more than two weeks");
    QCOMPARE(q.value(2).toInt(), 0);
}

// 开放类型 (schema v6) agrees with 是否向社会开放 on every resource, and all three occur.
void TestDemoCity::openTypesFollowOpenness()
{
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_resource WHERE open_type IS NULL OR "
                                         "(open_to_public = '否') <> (open_type = '不予开放')")),
             0);
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(DISTINCT open_type) FROM info_resource")), 3);
}

// The quality view has something to show: 不予共享 resources published before the 条例 that cite 51号
// (R04 today) and drafts or returned resources with a character item without its length (R12);
// published resources never lack a length.
void TestDemoCity::reviewersHaveSomethingToCorrect()
{
    QVERIFY(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_resource r JOIN legal_basis b ON b.id = "
                                        "r.no_share_basis_id WHERE b.level = '党中央国务院政策' AND "
                                        "r.publish_date < '2025-08-01'")) > 0);
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_resource r JOIN legal_basis b ON b.id = "
                                         "r.no_share_basis_id WHERE b.level = '党中央国务院政策' AND "
                                         "(r.publish_date IS NULL OR r.publish_date >= '2025-08-01')")),
             0);
    const QString missing = QStringLiteral(
        "SELECT COUNT(DISTINCT r.id) FROM info_resource r JOIN info_item i ON i.resource_id = r.id "
        "WHERE i.data_type = 'C' AND i.length IS NULL AND r.status %1");
    QVERIFY(scalar(*m_a, missing.arg(QStringLiteral("IN ('草稿', '已退回')"))) > 0);
    QCOMPARE(scalar(*m_a, missing.arg(QStringLiteral("NOT IN ('草稿', '已退回')"))), 0);
}

void TestDemoCity::everyResourceHasItems()
{
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_resource r WHERE NOT EXISTS "
                                         "(SELECT 1 FROM info_item i WHERE i.resource_id = r.id)")),
             0);
    // Items are numbered 1..n per resource; no orphan rows.
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM (SELECT resource_id FROM info_item GROUP BY "
                                         "resource_id HAVING MIN(seq) <> 1 OR MAX(seq) <> COUNT(*))")),
             0);
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_item i WHERE NOT EXISTS "
                                         "(SELECT 1 FROM info_resource r WHERE r.id = i.resource_id)")),
             0);
    // Character items have a length (except in work in progress: reviewersHaveSomethingToCorrect).
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_item i JOIN info_resource r ON r.id = "
                                         "i.resource_id WHERE i.data_type = 'C' AND i.length IS NULL AND "
                                         "r.status NOT IN ('草稿', '已退回')")),
             0);
}

void TestDemoCity::enumValuesAreCanonical_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<CodeListId>("list");
    const auto row = [](const char* table, const char* column, CodeListId list) {
        QTest::addRow("%s.%s", table, column)
            << QString::fromLatin1(table) << QString::fromLatin1(column) << list;
    };
    row("info_resource", "share_type", CodeListId::ShareType);
    row("info_resource", "format_category", CodeListId::FormatCategory);
    row("info_resource", "format_type", CodeListId::FormatType);
    row("info_resource", "share_method_category", CodeListId::ShareMethodCategory);
    row("info_resource", "share_method_type", CodeListId::ShareMethodType);
    row("info_resource", "open_to_public", CodeListId::OpenToPublic);
    row("info_resource", "update_cycle", CodeListId::UpdateCycle);
    row("info_resource", "is_secret", CodeListId::SecretAttribute);
    row("info_resource", "level", CodeListId::ResourceLevel);
    row("info_resource", "status", CodeListId::ResourceStatus);
    row("info_resource", "mount_status", CodeListId::MountStatus);
    row("info_item", "data_type", CodeListId::DataType);
    row("info_item", "item_share_type", CodeListId::ShareType);
    row("department", "level", CodeListId::DepartmentLevel);
    row("catalog_class", "level", CodeListId::CatalogClassLevel);
    row("catalog_class", "kind", CodeListId::CatalogKind);
    row("legal_basis", "level", CodeListId::LegalBasisLevel);
    row("resource_relation", "relation_kind", CodeListId::RelationKind);
}

void TestDemoCity::enumValuesAreCanonical()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(CodeListId, list);
    QSqlQuery q(m_a->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL").arg(column, table)));
    int values = 0;
    while (q.next()) {
        QVERIFY2(codeList(list).isStoredValue(q.value(0).toString()), qPrintable(q.value(0).toString()));
        ++values;
    }
    QVERIFY(values >= 1);
}

void TestDemoCity::attributesAreConsistent()
{
    const auto none = [&](const char* where) {
        const qint64 n = scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_resource r WHERE ") +
                                          QString::fromUtf8(where));
        if (n != 0) {
            qWarning("%lld rows where %s", n, where);
        }
        return n == 0;
    };
    QVERIFY(none("share_type = '有条件共享' AND coalesce(share_condition, '') = ''"));
    QVERIFY(none("share_type = '不予共享' AND NOT EXISTS (SELECT 1 FROM legal_basis b WHERE b.id = "
                 "r.no_share_basis_id)"));
    QVERIFY(none("share_type <> '不予共享' AND no_share_basis_id IS NOT NULL"));
    QVERIFY(
        none("open_to_public = '是' AND (coalesce(open_condition, '') = '' OR share_type <> '无条件共享')"));
    QVERIFY(none("status IN ('已发布', '下线中', '已下线') AND publish_date IS NULL"));
    QVERIFY(
        none("status NOT IN ('已发布', '下线中', '已下线') AND (publish_date IS NOT NULL OR mount_status <> "
             "'未挂接')"));
    QVERIFY(none("mount_status = '已挂接' AND (mounted_at IS NULL OR mounted_at < publish_date)"));
    QVERIFY(none("update_cycle = '其他' AND coalesce(update_cycle_other, '') = ''"));
    QVERIFY(none("format_category = '自描述格式' AND coalesce(format_other_desc, '') = ''"));
    QVERIFY(none("share_method_category = '共享平台方式' AND share_method_type IS NULL"));
    QVERIFY(none("share_method_category <> '共享平台方式' AND share_method_type IS NOT NULL"));
    QVERIFY(none("length(abstract) < 20"));
    // 格式类型 belongs to its 格式分类; 共享方式类型 follows the format (DOMAIN §2.5, §2.6).
    QSqlQuery q(m_a->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT format_category, format_type, share_method_type FROM "
                                  "info_resource")));
    while (q.next()) {
        const auto category = fromName<FormatCategory>(q.value(0).toString());
        QVERIFY(category);
        if (!q.value(1).isNull()) {
            QVERIFY2(isFormatTypeOf(*category, q.value(1).toString()), qPrintable(q.value(1).toString()));
        }
        if (!q.value(2).isNull()) {
            const auto method = fromName<ShareMethodType>(q.value(2).toString());
            QVERIFY(method && expectedShareMethodTypes(*category).contains(*method));
        }
    }
    // The mix looks like a real catalog: mostly shared, mostly published.
    const qint64 published =
        scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_resource WHERE status = '已发布'"));
    QVERIFY(published > kResources * 6 / 10);
    QVERIFY(published < kResources);
    QVERIFY(scalar(*m_a, QStringLiteral("SELECT COUNT(DISTINCT share_type) FROM info_resource")) == 3);
    QVERIFY(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM resource_survey")) > 0);
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM resource_survey WHERE shared_storage_gb > "
                                         "storage_total_gb OR opened_storage_gb > shared_storage_gb")),
             0);
}

void TestDemoCity::referenceRows()
{
    qint64 entries = 0;
    for (CodeListId id : allCodeLists()) {
        entries += codeList(id).entries.size();
    }
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM code_list")), entries);
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(DISTINCT list_name) FROM code_list")),
             qint64(allCodeLists().size()));
    QVERIFY(scalar(*m_a, QStringLiteral(
                             "SELECT COUNT(*) FROM legal_basis WHERE title LIKE '%保守国家秘密法%'")) == 1);
}

void TestDemoCity::namesAreMostlyDistinct()
{
    const qint64 distinct = scalar(*m_a, QStringLiteral("SELECT COUNT(DISTINCT name) FROM info_resource"));
    QVERIFY2(distinct >= kResources * 95 / 100, qPrintable(QString::number(distinct)));
}

void TestDemoCity::sameSeedSameContent()
{
    const QByteArray a = contentHash(*m_a);
    QVERIFY(!a.isEmpty());
    QCOMPARE(contentHash(*m_b), a);
    QVERIFY(contentHash(*m_c) != a);
    QVERIFY(scalar(*m_c, QStringLiteral("SELECT COUNT(*) FROM info_resource")) == kResources);
}

void TestDemoCity::refusesNonEmptyDatabase()
{
    demo::DemoOptions options;
    options.resources = 10;
    auto again = demo::generateDemoCity(*m_a, options);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Invalid);
    QCOMPARE(scalar(*m_a, QStringLiteral("SELECT COUNT(*) FROM info_resource")), qint64(kResources));
}

void TestDemoCity::cancelRollsBackTheBatch()
{
    auto database = createDatabase(m_dir, QStringLiteral("cancel.db"));
    QVERIFY(database);
    demo::DemoOptions options;
    options.resources = 300;
    auto cancelled = demo::generateDemoCity(*database, options, [](int done, int) { return done < 200; });
    QVERIFY(!cancelled);
    const qint64 kept = scalar(*database, QStringLiteral("SELECT COUNT(*) FROM info_resource"));
    QVERIFY2(kept < 200, qPrintable(QString::number(kept)));
    // What was kept is whole: no resource without its items.
    QCOMPARE(scalar(*database, QStringLiteral("SELECT COUNT(*) FROM info_resource r WHERE NOT EXISTS "
                                              "(SELECT 1 FROM info_item i WHERE i.resource_id = r.id)")),
             0);
}

QTEST_GUILESS_MAIN(TestDemoCity)
#include "tst_democity.moc"
