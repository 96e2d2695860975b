#include "ImportPlanner.h"

#include "CatalogQuality.h"
#include "SqlError.h"
#include "core/Uuid.h"
#include "core/rules/Lifecycle.h"

#include <QSqlQuery>

#include <algorithm>

namespace govcat::db {

namespace {

using io::ImportedResource;
using io::ImportProblem;
using Kind = ImportPlanRow::Kind;

constexpr qsizetype kChunk = 1000;

struct StoredResource
{
    QString id;
    QString deptId;
    QString status;
};

// What matching and resolving need from the database, read once per plan.
struct Lookups
{
    QHash<QString, StoredResource> byId;
    QHash<QString, QString> idByCode;
    QHash<QString, QString> idByDeptName; // dept id + U+001F + name
    QHash<QString, QString> deptByName;   // name and short name
    QHash<QString, QString> deptByUscc;
    QHash<QString, QString> classByCode;
    QHash<QString, QString> basisByTitle;
    QHash<QString, QString> basisTitle;
    QSet<QString> openRevision; // resources with an open revision (loadForEditing reads it)
    QSet<QString> unsynced;     // resources with local changes in the outbox

    Result<void> load(QSqlDatabase db);
};

Result<void> Lookups::load(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto run = [&](const QString& sql, const std::function<void()>& row) -> Result<void> {
        if (!q.exec(sql)) {
            return sqlError(q, sql.left(60));
        }
        while (q.next()) {
            row();
        }
        return {};
    };
    const QChar sep(0x1f);
    auto r =
        run(QStringLiteral("SELECT id, coalesce(code, ''), name, provider_dept_id, status FROM info_resource "
                           "WHERE is_deleted = 0"),
            [&] {
                const QString id = q.value(0).toString();
                byId.insert(id, {id, q.value(3).toString(), q.value(4).toString()});
                if (const QString code = q.value(1).toString(); !code.isEmpty()) {
                    idByCode.insert(code, id);
                }
                idByDeptName.insert(q.value(3).toString() + sep + q.value(2).toString(), id);
            });
    if (r) {
        r = run(QStringLiteral(
                    "SELECT id, name, coalesce(short_name, ''), uscc FROM department WHERE is_deleted = 0"),
                [&] {
                    deptByName.insert(q.value(1).toString(), q.value(0).toString());
                    if (const QString s = q.value(2).toString(); !s.isEmpty() && !deptByName.contains(s)) {
                        deptByName.insert(s, q.value(0).toString());
                    }
                    deptByUscc.insert(q.value(3).toString(), q.value(0).toString());
                });
    }
    if (r) {
        r = run(QStringLiteral("SELECT id, code FROM catalog_class WHERE is_deleted = 0"),
                [&] { classByCode.insert(q.value(1).toString(), q.value(0).toString()); });
    }
    if (r) {
        r = run(QStringLiteral("SELECT id, title FROM legal_basis WHERE is_deleted = 0"), [&] {
            basisByTitle.insert(q.value(1).toString(), q.value(0).toString());
            basisTitle.insert(q.value(0).toString(), q.value(1).toString());
        });
    }
    if (r) {
        r = run(QStringLiteral("SELECT DISTINCT resource_id FROM resource_version WHERE is_deleted = 0 AND "
                               "status <> '已发布'"),
                [&] { openRevision.insert(q.value(0).toString()); });
    }
    if (r) {
        r = run(QStringLiteral(
                    "SELECT row_id FROM outbox WHERE state = 'pending' AND table_name = 'info_resource' "
                    "UNION SELECT i.resource_id FROM outbox o JOIN info_item i ON i.id = o.row_id "
                    "WHERE o.state = 'pending' AND o.table_name = 'info_item' "
                    "UNION SELECT v.resource_id FROM outbox o JOIN resource_version v ON v.id = o.row_id "
                    "WHERE o.state = 'pending' AND o.table_name = 'resource_version'"),
                [&] { unsynced.insert(q.value(0).toString()); });
    }
    return r;
}

void addProblem(QList<ImportProblem>& problems, const ImportedResource& in, const QString& field,
                const QString& message, Finding::Severity severity = Finding::Severity::Error)
{
    ImportProblem p;
    p.finding.ruleId = QStringLiteral("IMPORT");
    p.finding.severity = severity;
    p.finding.field = field;
    p.finding.message = message;
    p.cell = in.cellOf(field);
    problems << p;
}

// The stored resource the file's resource names: by id, else code, else name within its provider.
QString matchStored(const ImportedResource& in, const Lookups& l, const QString& deptId)
{
    const ResourceDraft& d = in.draft;
    if (!d.id.isEmpty()) {
        return l.byId.contains(d.id) ? d.id : QString();
    }
    if (!d.code.isEmpty()) {
        return l.idByCode.value(d.code);
    }
    if (!deptId.isEmpty() && !d.name.isEmpty()) {
        return l.idByDeptName.value(deptId + QChar(0x1f) + d.name);
    }
    return {};
}

QString resolveDept(const ImportedResource& in, const Lookups& l)
{
    if (const QString id = l.deptByName.value(in.draft.providerName.trimmed()); !id.isEmpty()) {
        return id;
    }
    return l.deptByUscc.value(in.draft.providerCode.trimmed());
}

QString itemKey(const QString& name)
{
    return name.trimmed();
}

// The file's items over the stored ones: matched by id, else by name; only the given columns.
QList<ItemDraft> mergeItems(const QList<ItemDraft>& stored, const ImportedResource& in)
{
    QHash<QString, int> byId;
    QHash<QString, int> byName;
    for (int i = 0; i < stored.size(); ++i) {
        if (!stored.at(i).id.isEmpty()) {
            byId.insert(stored.at(i).id, i);
        }
        byName.insert(itemKey(stored.at(i).name), i);
    }
    QList<ItemDraft> out;
    QSet<int> used;
    for (int i = 0; i < in.draft.items.size(); ++i) {
        const ItemDraft& given = in.draft.items.at(i);
        const QSet<QString>& present = in.items.at(i).present;
        int match = given.id.isEmpty() ? byName.value(itemKey(given.name), -1) : byId.value(given.id, -1);
        if (used.contains(match)) {
            match = -1;
        }
        ItemDraft item = match >= 0 ? stored.at(match) : ItemDraft();
        used.insert(match);
        auto take = [&](const char* key, auto ItemDraft::*member) {
            if (match < 0 || present.contains(QLatin1String(key))) {
                item.*member = given.*member;
            }
        };
        take("name", &ItemDraft::name);
        take("data_type", &ItemDraft::dataType);
        take("length", &ItemDraft::length);
        take("precision", &ItemDraft::precision);
        take("is_key", &ItemDraft::isKey);
        take("is_sensitive", &ItemDraft::isSensitive);
        take("share_type", &ItemDraft::itemShareType);
        take("share_condition", &ItemDraft::itemShareCondition);
        out << item;
    }
    return out;
}

const QStringList& surveyKeys()
{
    static const QStringList keys = {
        QStringLiteral("storage_total_gb"),  QStringLiteral("records_total_10k"),
        QStringLiteral("shared_storage_gb"), QStringLiteral("shared_records_10k"),
        QStringLiteral("opened_storage_gb"), QStringLiteral("opened_records_10k")};
    return keys;
}

// Number text as compared: "12.50" and "12.5" are the same figure.
QString figure(const QString& s)
{
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    return ok ? QString::number(v, 'g', 15) : s.trimmed();
}

// The base with the file's given fields over it.
ResourceDraft merge(const ResourceDraft& base, const ImportedResource& in, const Lookups& l,
                    QList<ImportProblem>& problems)
{
    ResourceDraft out = base;
    static const QSet<QString> notMerged = {QStringLiteral("id"),
                                            QStringLiteral("code"),
                                            QStringLiteral("status"),
                                            QStringLiteral("provider_name"),
                                            QStringLiteral("provider_code"),
                                            QStringLiteral("items")};
    for (const QString& key : in.present) {
        if (notMerged.contains(key)) {
            continue;
        }
        if (key == QStringLiteral("classification_code")) {
            const QString code = in.draft.classificationCode;
            const QString id = l.classByCode.value(code);
            if (id.isEmpty() && !code.isEmpty()) {
                addProblem(
                    problems, in, key,
                    QStringLiteral(
                        "信息资源分类“%1”不在本地分类表中。请填写类、项、目或细目的分类码，例如 301001。")
                        .arg(code));
            }
            out.classificationCode = code;
            out.classificationId = id;
        } else if (key == QStringLiteral("no_share_basis")) {
            const QString id = l.basisByTitle.value(in.noShareBasis);
            if (id.isEmpty() && !in.noShareBasis.isEmpty()) {
                addProblem(problems, in, key,
                           QStringLiteral("不予共享依据“%1”不在本地法规依据库中。请写法规依据的完整标题。")
                               .arg(in.noShareBasis));
            }
            out.noShareBasisId = id;
        } else if (key == QStringLiteral("related_codes")) {
            out.relatedCodes = in.draft.relatedCodes;
        } else if (const qsizetype s = surveyKeys().indexOf(key); s >= 0) {
            const auto i = std::size_t(s);
            if (figure(out.survey[i]) != figure(in.draft.survey[i])) {
                out.survey[i] = in.draft.survey[i];
            }
        } else if (const DraftField* f = draftField(key)) {
            out.*(f->member) = in.draft.*(f->member);
        }
    }
    if (in.itemsGiven) {
        out.items = mergeItems(base.items, in);
    }
    return out;
}

} // namespace

bool ImportPlanRow::hasWarnings() const
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const ImportProblem& p) {
        return p.finding.severity == Finding::Severity::Warning;
    });
}

bool ImportPlanRow::isClean() const
{
    return isApplicable() && !localDraft && !hasWarnings();
}

int ImportPlan::count(ImportPlanRow::Kind kind) const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [kind](const ImportPlanRow& r) { return r.kind == kind; }));
}

QByteArray ImportPlan::summaryJson() const
{
    return QStringLiteral("{\"new\":%1,\"changed\":%2,\"unchanged\":%3,\"rejected\":%4}")
        .arg(count(Kind::New))
        .arg(count(Kind::Changed))
        .arg(count(Kind::Unchanged))
        .arg(rejected())
        .toUtf8();
}

QString kindName(ImportPlanRow::Kind kind)
{
    switch (kind) {
    case Kind::New:
        return QStringLiteral("新增");
    case Kind::Changed:
        return QStringLiteral("修改");
    case Kind::Unchanged:
        return QStringLiteral("未变化");
    case Kind::Rejected:
        return QStringLiteral("拒绝");
    }
    return {};
}

ImportPlanner::ImportPlanner(const ResourceStore& store) : m_store(store) {}

Result<ImportPlan> ImportPlanner::plan(const io::ImportedCatalog& file,
                                       const std::function<bool(qsizetype, qsizetype)>& progress) const
{
    Lookups l;
    if (auto r = l.load(m_store.database()); !r) {
        return r.error();
    }
    ImportPlan plan;
    plan.format = file.format;
    plan.layout = file.layout;
    plan.sheets = file.sheets;
    plan.unattached = file.unattached;
    const ActorRole actor = m_store.actorRole();
    const RuleContext context = m_store.ruleContext();
    const DraftReader reader(m_store.database(), DraftReader::Content::Full);
    QSet<QString> seen; // a stored resource named twice in the file

    for (qsizetype start = 0; start < file.resources.size(); start += kChunk) {
        const qsizetype end = std::min(file.resources.size(), start + kChunk);
        // Match the chunk, then read the stored resources it names in one pass.
        QStringList matched(end - start);
        QStringList depts(end - start);
        QStringList toRead;
        for (qsizetype i = start; i < end; ++i) {
            const ImportedResource& in = file.resources.at(i);
            depts[i - start] = resolveDept(in, l);
            matched[i - start] = matchStored(in, l, depts.at(i - start));
            if (!matched.at(i - start).isEmpty() && !l.openRevision.contains(matched.at(i - start))) {
                toRead << matched.at(i - start);
            }
        }
        QHash<QString, ResourceDraft> stored;
        auto read = reader.forEach(
            [&](ResourceDraft& d) {
                stored.insert(d.id, std::move(d));
                return true;
            },
            toRead);
        if (!read) {
            return read.error();
        }
        for (qsizetype i = start; i < end; ++i) {
            const ImportedResource& in = file.resources.at(i);
            ImportPlanRow row;
            row.source = int(i);
            row.where = in.row;
            row.problems = in.problems;
            row.name = in.draft.name;
            row.providerName = in.draft.providerName;
            const QString id = matched.at(i - start);
            ResourceDraft base;
            QString refusal; // why the actor may not edit the stored resource; matters when it changes
            if (!id.isEmpty()) {
                if (seen.contains(id)) {
                    addProblem(row.problems, in, QStringLiteral("name"),
                               QStringLiteral("文件中已有一行是同一条信息资源，此行未导入。"));
                }
                seen.insert(id);
                if (l.openRevision.contains(id)) {
                    auto loaded = m_store.loadForEditing(id);
                    if (!loaded) {
                        return loaded.error();
                    }
                    base = std::move(loaded).value();
                } else {
                    base = stored.value(id);
                }
                row.resourceId = id;
                row.status = base.status;
                row.name = base.name;
                row.providerName = base.providerName;
                if (!depts.at(i - start).isEmpty() && depts.at(i - start) != base.providerDeptId &&
                    in.present.contains(QStringLiteral("provider_name"))) {
                    addProblem(
                        row.problems, in, QStringLiteral("provider_name"),
                        QStringLiteral(
                            "文件中的提供方“%1”与已有信息资源的提供方“%2”不同；提供方不能通过导入更改。")
                            .arg(in.draft.providerName, base.providerName));
                }
                const auto status =
                    fromName<ResourceStatus>(l.byId.value(id).status).value_or(ResourceStatus::Draft);
                refusal = refusalReason(actor, CatalogAction::Edit, base.providerDeptId, status);
                row.localDraft =
                    l.unsynced.contains(id) && (base.status == canonicalName(ResourceStatus::Draft) ||
                                                base.status == canonicalName(ResourceStatus::Returned));
            } else if (!in.draft.id.isEmpty()) {
                addProblem(
                    row.problems, in, QStringLiteral("id"),
                    QStringLiteral("资源标识“%1”在本地目录中不存在（可能已被删除）。新增资源请清空资源标识。")
                        .arg(in.draft.id));
            } else if (in.itemsOnly) {
                addProblem(row.problems, in, QStringLiteral("name"),
                           QStringLiteral("信息项所属的信息资源“%1”既不在文件的资源表中，也不在本地目录中。")
                               .arg(in.draft.name.isEmpty() ? in.draft.code : in.draft.name));
            } else if (depts.at(i - start).isEmpty()) {
                addProblem(row.problems, in, QStringLiteral("provider_name"),
                           in.draft.providerName.isEmpty()
                               ? QStringLiteral("没有填写信息资源提供方。")
                               : QStringLiteral(
                                     "提供方“%1”不是本地目录中的部门。请填写部门全称或其统一社会信用代码。")
                                     .arg(in.draft.providerName));
            } else {
                auto fresh = m_store.newDraft(depts.at(i - start));
                if (!fresh) {
                    return fresh.error();
                }
                base = std::move(fresh).value();
                if (const QString why = refusalReason(actor, CatalogAction::Create, base.providerDeptId,
                                                      ResourceStatus::Draft);
                    !why.isEmpty()) {
                    addProblem(row.problems, in, QStringLiteral("provider_name"), why);
                }
                if (!in.draft.code.isEmpty()) {
                    addProblem(
                        row.problems, in, QStringLiteral("code"),
                        QStringLiteral("本地目录中没有代码为“%"
                                       "1”的信息资源；新资源的代码在首次提交审核时生成，文件中的代码未导入。")
                            .arg(in.draft.code),
                        Finding::Severity::Warning);
                }
            }
            const bool known = !base.providerDeptId.isEmpty();
            if (known) {
                row.merged = merge(base, in, l, row.problems);
                if (row.resourceId.isEmpty()) {
                    row.resourceId = newUuid();
                    row.merged.id = row.resourceId;
                }
                row.changes = diffDrafts(id.isEmpty() ? ResourceDraft() : base, row.merged);
                row.name = row.merged.name;
                if (!refusal.isEmpty() && !row.changes.isEmpty()) {
                    addProblem(row.problems, in, QStringLiteral("name"), refusal);
                }
            }
            const bool readErrors = CatalogRules::hasErrors([&] {
                QList<Finding> f;
                for (const ImportProblem& p : row.problems) {
                    f << p.finding;
                }
                return f;
            }());
            if (!known || readErrors) {
                row.kind = Kind::Rejected;
            } else if (!id.isEmpty() && row.changes.isEmpty()) {
                row.kind = Kind::Unchanged;
            } else {
                for (const Finding& f : CatalogRules::check(row.merged, context)) {
                    row.problems << ImportProblem{f, in.cellOf(f.field, f.itemIndex)};
                }
                const bool ruleErrors =
                    std::any_of(row.problems.cbegin(), row.problems.cend(), [](const ImportProblem& p) {
                        return p.finding.severity == Finding::Severity::Error;
                    });
                row.kind = ruleErrors ? Kind::Rejected : (id.isEmpty() ? Kind::New : Kind::Changed);
            }
            if (!row.isApplicable()) {
                row.merged = ResourceDraft(); // only what applying needs is kept
            }
            plan.rows << std::move(row);
        }
        if (progress && !progress(end, file.resources.size())) {
            return Error{Error::Kind::Cancelled, QStringLiteral("导入预览已取消。")};
        }
    }
    return plan;
}

} // namespace govcat::db
