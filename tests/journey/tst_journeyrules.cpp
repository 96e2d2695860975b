// Journey on the demo city made by `govcat demo` (issue 12, the fields and rules a reviewer would
// correct): a catalog editor files a 不予共享 resource citing a basis of the wrong level, submission
// refuses it with R04's sentence, the editor chooses a law and submits; 开放类型 goes out in an export
// and comes back in through the import.
#include "catalog/CatalogSchema.h"
#include "catalog/CatalogWorkflow.h"
#include "catalog/ResourceStore.h"
#include "core/CodeLists.h"
#include "db/Migrations.h"
#include "db/Repository.h"
#include "exchange/CatalogExport.h"
#include "exchange/ImportApply.h"
#include "exchange/ImportPlanner.h"
#include "io/catalog/CatalogTableParser.h"
#include "io/catalog/TableSource.h"
#include "support/DemoCity.h"

#include <QSqlQuery>
#include <QTest>

using namespace govcat;

class JourneyRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notSharedNeedsABasisOfTheRightLevel();
    void openTypeRoundTripsThroughExportAndImport();

private:
    QString scalar(const QString& sql) const
    {
        QSqlQuery q(m_database->connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }
    ResourceDraft filledDraft(const QString& name) const
    {
        ResourceDraft d = m_store->newDraft(m_editor.deptId).value();
        d.name = name;
        // The department's own classification, as its editors pick it.
        d.classificationId =
            scalar(QStringLiteral("SELECT classification_id FROM info_resource WHERE "
                                  "provider_dept_id = '%1' GROUP BY 1 ORDER BY count(*) DESC "
                                  "LIMIT 1")
                       .arg(m_editor.deptId));
        d.classificationCode =
            scalar(QStringLiteral("SELECT code FROM catalog_class WHERE id = '%1'").arg(d.classificationId));
        d.abstract = QStringLiteral("记录本部门办理的行政处罚案件的当事人、案由和处罚结果。");
        d.formatCategory = canonicalName(FormatCategory::Database);
        d.formatType = formatTypesOf(FormatCategory::Database).constFirst().name;
        d.updateCycle = canonicalName(UpdateCycle::HalfYearly);
        d.items = {
            ItemDraft::of(QStringLiteral("统一社会信用代码"), QStringLiteral("C"), QStringLiteral("18")),
            ItemDraft::of(QStringLiteral("案由"), QStringLiteral("C"), QStringLiteral("500")),
            ItemDraft::of(QStringLiteral("处罚日期"), QStringLiteral("D"))};
        return d;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_database;
    db::LocalProfile m_editor;
    std::unique_ptr<db::Repository> m_repo;
    std::unique_ptr<catalog::ResourceStore> m_store;
};

void JourneyRules::initTestCase()
{
    m_database = test::openDemoCity(m_dir);
    QVERIFY(m_database);
    QCOMPARE(m_database->schemaVersion(), catalog::kSchemaVersion);
    m_editor =
        test::setDemoProfile(*m_database, QStringLiteral("王填报"), QStringLiteral("临川市市场监督管理局"),
                             canonicalName(Role::CatalogEditor));
    QVERIFY(!m_editor.deptId.isEmpty());
    QCOMPARE(m_editor.role, QStringLiteral("目录填报人员"));
    m_repo = std::make_unique<db::Repository>(m_database->connection(), db::ProfileStore::actorOf(m_editor));
    m_store = std::make_unique<catalog::ResourceStore>(m_database->connection(), *m_repo);
}

void JourneyRules::notSharedNeedsABasisOfTheRightLevel()
{
    // The demo's library holds 国发〔2016〕51号 (党中央国务院政策): enough before 2025-08-01, not since
    // the 条例 (法律、行政法规或国务院决定).
    const QString policy =
        scalar(QStringLiteral("SELECT id FROM legal_basis WHERE is_deleted = 0 AND level NOT IN "
                              "('法律', '行政法规', '国务院决定') ORDER BY title LIMIT 1"));
    QVERIFY2(!policy.isEmpty(), "the demo city has no basis below 行政法规");
    const QString policyTitle =
        scalar(QStringLiteral("SELECT title FROM legal_basis WHERE id = '%1'").arg(policy));
    const QString law =
        scalar(QStringLiteral("SELECT id FROM legal_basis WHERE is_deleted = 0 AND level = '法律' "
                              "ORDER BY title LIMIT 1"));
    QVERIFY(!law.isEmpty());

    ResourceDraft d = filledDraft(QStringLiteral("行政处罚案件明细信息（试点）"));
    d.shareType = canonicalName(ShareType::NotShared);
    d.noShareBasisId = policy;
    d.openToPublic = canonicalName(OpenToPublic::No);
    d.openType = canonicalName(OpenType::NotOpen);
    auto id = m_store->save(d);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));

    catalog::CatalogWorkflow flow(*m_store);
    auto refused = flow.submit(id.value());
    QVERIFY(!refused);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QStringLiteral("法律、行政法规或国务院决定")), qPrintable(message));
    QVERIFY2(message.contains(policyTitle), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("《政务数据共享条例》")), qPrintable(message));
    QCOMPARE(m_store->load(id.value()).value().status, canonicalName(ResourceStatus::Draft));
    QVERIFY(
        scalar(QStringLiteral("SELECT coalesce(code, '') FROM info_resource WHERE id = '%1'").arg(id.value()))
            .isEmpty());

    // The editor chooses a law and submits again.
    ResourceDraft fixed = m_store->loadForEditing(id.value()).value();
    fixed.noShareBasisId = law;
    QVERIFY(m_store->save(fixed));
    auto submitted = flow.submit(id.value());
    QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
    const ResourceDraft stored = m_store->load(id.value()).value();
    QCOMPARE(stored.status, canonicalName(ResourceStatus::PendingReview));
    QVERIFY(!stored.code.isEmpty());
    QCOMPARE(stored.noShareBasisId, law);
    QCOMPARE(stored.updateCycle, QStringLiteral("每半年"));
    QCOMPARE(stored.openType, QStringLiteral("不予开放"));
}

void JourneyRules::openTypeRoundTripsThroughExportAndImport()
{
    ResourceDraft d = filledDraft(QStringLiteral("食品生产许可公示信息（试点）"));
    d.shareType = canonicalName(ShareType::Unconditional);
    d.shareMethodCategory = canonicalName(ShareMethodCategory::Platform);
    d.shareMethodType = canonicalName(ShareMethodType::Interface);
    d.openToPublic = canonicalName(OpenToPublic::Yes);
    d.openType = canonicalName(OpenType::Conditional);
    d.openCondition = QStringLiteral("通过市公共数据开放平台以接口方式开放，需实名注册。");
    d.level = canonicalName(ResourceLevel::National);
    auto id = m_store->save(d);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    QVERIFY(CatalogRules::check(m_store->load(id.value()).value(), m_store->ruleContext()).isEmpty());

    exchange::ExportRequest request;
    request.path = m_dir.filePath(QStringLiteral("市场监管局.xlsx"));
    request.format = io::CatalogFileFormat::Xlsx;
    request.ids = QStringList{id.value()};
    auto exported = exchange::CatalogExport(m_database->connection()).run(request);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
    QCOMPARE(exported.value().resources, 1);

    // Meanwhile the resource is opened without conditions; importing the file brings the exported
    // 有条件开放 (and 层级属性) back.
    ResourceDraft changed = m_store->load(id.value()).value();
    changed.openType = canonicalName(OpenType::Unconditional);
    changed.level = canonicalName(ResourceLevel::Department);
    QVERIFY(m_store->save(changed));
    QCOMPARE(m_store->load(id.value()).value().openType, QStringLiteral("无条件开放"));

    auto source = io::openTableSource(request.path);
    QVERIFY2(source, qPrintable(source ? QString() : source.error().message));
    auto parsed = io::parseCatalogTables(*source.value());
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed.value().resources.size(), 1);
    QCOMPARE(parsed.value().resources.front().draft.openType, QStringLiteral("有条件开放"));
    auto plan = exchange::ImportPlanner(*m_store).plan(parsed.value());
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan.value().rows.size(), 1);
    const exchange::ImportPlanRow& row = plan.value().rows.front();
    QCOMPARE(row.kind, exchange::ImportPlanRow::Kind::Changed);
    QStringList fields;
    for (const FieldChange& c : row.changes) {
        fields << c.field + QLatin1Char(':') + c.oldValue + QStringLiteral("→") + c.newValue;
    }
    QCOMPARE(fields, (QStringList{QStringLiteral("open_type:无条件开放→有条件开放"),
                                  QStringLiteral("level:部门→国家")}));
    auto applied = exchange::ImportApply::apply(*m_store, plan.value(), exchange::ImportScope::All);
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
    const ResourceDraft back = m_store->load(id.value()).value();
    QCOMPARE(back.openType, QStringLiteral("有条件开放"));
    QCOMPARE(back.openToPublic, QStringLiteral("是"));
    QCOMPARE(back.level, QStringLiteral("国家"));
}

QTEST_GUILESS_MAIN(JourneyRules)
#include "tst_journeyrules.moc"
