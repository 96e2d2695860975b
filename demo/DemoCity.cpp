#include "DemoCity.h"

#include "DemoPlan.h"
#include "DemoResources.h"
#include "catalog/CodeSequence.h"
#include "catalog/SearchIndex.h"
#include "core/Clock.h"
#include "core/CodeLists.h"
#include "db/BaselineWriter.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace govcat::demo {

namespace {

constexpr qint64 kBatchRows = 4000; // rows per transaction
constexpr int kProgressEvery = 100; // resources

Error invalid(const QString& message)
{
    return makeError(Error::Kind::Invalid, message);
}

Result<void> checkEmpty(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM department) + (SELECT COUNT(*) FROM info_resource)")) ||
        !q.next()) {
        return makeError(Error::Kind::Sql, QStringLiteral("demo: check database: ") + q.lastError().text());
    }
    if (q.value(0).toLongLong() != 0) {
        return invalid(QStringLiteral("demo: the database already holds departments or resources"));
    }
    return {};
}

class ReferenceWriter
{
public:
    ReferenceWriter(db::BaselineWriter& writer, const CityPlan& plan, const DemoOptions& options)
        : m_writer(writer), m_plan(plan), m_options(options),
          m_owner(plan.departments[size_t(plan.bureau)].id)
    {}

    Result<void> departments()
    {
        for (const PlannedDepartment& d : m_plan.departments) {
            const QVariantMap row{
                {QStringLiteral("id"), d.id},
                {QStringLiteral("owner_dept_id"), d.id},
                {QStringLiteral("name"), d.name},
                {QStringLiteral("short_name"), d.def->shortName},
                {QStringLiteral("uscc"), d.uscc},
                {QStringLiteral("region_code"), m_options.regionCode},
                {QStringLiteral("level"), canonicalName(DepartmentLevel::City)},
                {QStringLiteral("parent_id"), d.parentId.isEmpty() ? QVariant() : QVariant(d.parentId)},
                {QStringLiteral("catalog_class_code"), m_plan.classes[size_t(d.ownClass)].code},
                {QStringLiteral("contact"), d.contact},
                {QStringLiteral("is_active"), 1},
            };
            if (auto r = m_writer.add(QStringLiteral("department"), row); !r) {
                return r;
            }
        }
        return {};
    }

    Result<QStringList> legalBases(DemoIds& ids)
    {
        QStringList created;
        for (const LegalBasisDef& b : demo::legalBases()) {
            created.append(ids.next());
            const QVariantMap row{
                {QStringLiteral("id"), created.back()},
                {QStringLiteral("owner_dept_id"), m_owner},
                {QStringLiteral("title"), b.title},
                {QStringLiteral("doc_no"), b.docNo.isEmpty() ? QVariant() : QVariant(b.docNo)},
                {QStringLiteral("effective_from"),
                 b.effectiveFrom.isEmpty() ? QVariant() : QVariant(b.effectiveFrom)},
                {QStringLiteral("level"), canonicalName(b.level)},
            };
            if (auto r = m_writer.add(QStringLiteral("legal_basis"), row); !r) {
                return r.error();
            }
        }
        return created;
    }

    Result<void> codeLists(DemoIds& ids)
    {
        for (CodeListId id : allCodeLists()) {
            const CodeList& list = codeList(id);
            for (qsizetype i = 0; i < list.entries.size(); ++i) {
                const CodeEntry& e = list.entries.at(i);
                const QVariantMap row{
                    {QStringLiteral("id"), ids.next()},
                    {QStringLiteral("owner_dept_id"), m_owner},
                    {QStringLiteral("list_name"), list.key},
                    {QStringLiteral("code"), e.code},
                    {QStringLiteral("name"), e.name},
                    {QStringLiteral("parent_code"),
                     e.parentCode.isEmpty() ? QVariant() : QVariant(e.parentCode)},
                    {QStringLiteral("sort_order"), int(i)},
                    {QStringLiteral("jurisdiction"), QStringLiteral("全国")},
                };
                if (auto r = m_writer.add(QStringLiteral("code_list"), row); !r) {
                    return r;
                }
            }
        }
        return {};
    }

    Result<void> classes()
    {
        std::map<QString, int> siblings;
        for (const PlannedClass& c : m_plan.classes) {
            const QVariantMap row{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("owner_dept_id"), m_owner},
                {QStringLiteral("code"), c.code},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("level"), canonicalName(c.level)},
                {QStringLiteral("parent_id"), c.parentId.isEmpty() ? QVariant() : QVariant(c.parentId)},
                {QStringLiteral("kind"), canonicalName(c.kind)},
                {QStringLiteral("sort_order"), siblings[c.parentId]++},
            };
            if (auto r = m_writer.add(QStringLiteral("catalog_class"), row); !r) {
                return r;
            }
        }
        return {};
    }

private:
    db::BaselineWriter& m_writer;
    const CityPlan& m_plan;
    const DemoOptions& m_options;
    QString m_owner;
};

bool isRegionCode(const QString& code)
{
    if (code.size() != 6) {
        return false;
    }
    for (QChar c : code) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return true;
}

} // namespace

Result<DemoSummary> generateDemoCity(db::Database& database, const DemoOptions& options,
                                     const std::function<bool(int, int)>& progress)
{
    if (options.resources < 0 || options.cityName.isEmpty() || !isRegionCode(options.regionCode)) {
        return invalid(
            QStringLiteral("demo: invalid options (resources ≥ 0, a city name, a 6-digit region code)"));
    }
    const QSqlDatabase connection = database.connection();
    if (auto r = checkEmpty(connection); !r) {
        return r.error();
    }

    DemoRandom rng(options.seed);
    DemoIds ids(options.seed);
    CityPlan plan = planCity(options, rng, ids);
    const PlannedDepartment& bureau = plan.departments[size_t(plan.bureau)];
    db::BaselineWriter writer(
        connection, db::Actor{QStringLiteral("demo"), bureau.id, canonicalName(Role::Administrator)},
        QStringLiteral("生成演示数据"));

    ReferenceWriter reference(writer, plan, options);
    Result<QStringList> legalIds = reference.legalBases(ids);
    if (!legalIds) {
        return legalIds.error();
    }
    for (auto step : {&ReferenceWriter::departments, &ReferenceWriter::classes}) {
        if (auto r = (reference.*step)(); !r) {
            return r.error();
        }
    }
    if (auto r = reference.codeLists(ids); !r) {
        return r.error();
    }
    if (auto r = writer.commit(); !r) {
        return r.error();
    }

    DemoSummary summary;
    summary.departments = int(plan.departments.size());
    summary.classes = int(plan.classes.size());
    const int total = options.resources;
    auto schema = db::Migrations::currentVersion(connection);
    if (!schema) {
        return schema.error();
    }
    ResourceFactory factory(plan, legalIds.value(), rng, ids, writer, Clock::instance().nowUtc().date(),
                            schema.value() >= 6);
    qint64 committedRows = writer.rowsWritten();
    for (PlannedDepartment& dept : plan.departments) {
        for (int k = 0; k < dept.quota; ++k) {
            Result<int> items = factory.write(dept, k);
            if (!items) {
                return items.error();
            }
            ++summary.resources;
            summary.items += items.value();
            if (writer.rowsWritten() - committedRows >= kBatchRows) {
                if (auto r = writer.commit(); !r) {
                    return r.error();
                }
                committedRows = writer.rowsWritten();
            }
            if (progress && summary.resources % kProgressEvery == 0 && summary.resources < total &&
                !progress(summary.resources, total)) {
                return invalid(QStringLiteral("demo: cancelled"));
            }
        }
    }
    if (auto r = writer.commit(); !r) {
        return r.error();
    }
    // The baseline writer bypasses the repository, so the search index is built once at the end and
    // the code sequences catch up with the codes written.
    QSqlDatabase db = database.connection();
    auto indexed = db::inTransaction(db, [&]() -> Result<void> {
        if (auto r = catalog::SearchIndex::rebuild(db); !r) {
            return r;
        }
        // Codes were written with their rows: the next submission draws the number after them.
        return catalog::CodeSequence::catchUp(db);
    });
    if (!indexed) {
        return indexed.error();
    }
    if (progress) {
        progress(total, total);
    }
    return summary;
}

} // namespace govcat::demo
