#include "exchange/ImportPlanner.h"

#include "catalog/CatalogQuality.h"
#include "core/Uuid.h"
#include "core/rules/Lifecycle.h"
#include "db/SqlError.h"
#include "exchange/ImportLookups.h"
#include "exchange/ImportMerge.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace govcat::exchange {

namespace {

using io::ImportedResource;
using io::ImportProblem;
using Kind = ImportPlanRow::Kind;

constexpr qsizetype kChunk = 1000;

// A field whose cell could not be read (or named something the catalog does not know): a rule about
// the same field would only repeat the problem.
using FieldKey = std::pair<QString, int>; // catalog key, item index (-1 for the resource)

void cover(QSet<FieldKey>& covered, const QList<ImportProblem>& problems, qsizetype from)
{
    for (qsizetype k = from; k < problems.size(); ++k) {
        const Finding& f = problems.at(k).finding;
        if (f.severity == Finding::Severity::Error) {
            covered.insert({io::catalogKeyOfField(f.field), f.itemIndex});
        }
    }
}

// What an import accepts with a warning although the rules call it an error: the draft is written
// and the editor shows the error until it is fixed, before submission.
void relaxForImport(Finding& f, const ResourceDraft& merged, const ImportedResource& in)
{
    // 企业名称(字符型), the user guide's own example: a character item without a length.
    if (f.ruleId == QStringLiteral("R12") && f.itemIndex >= 0 && f.itemIndex < merged.items.size() &&
        merged.items.at(f.itemIndex).length.trimmed().isEmpty()) {
        f.severity = Finding::Severity::Warning;
        f.message +=
            QCoreApplication::translate("govcat::ImportPlanner", "导入时仅作提示，提交审核前请补填。");
    }
    // The file removes every item explicitly (（清空）, or an empty JSON array).
    if (f.ruleId == QStringLiteral("R10") && in.itemsCleared && merged.items.isEmpty()) {
        f.severity = Finding::Severity::Warning;
        f.message = QCoreApplication::translate(
            "govcat::ImportPlanner",
            "已按文件的要求删除全部信息项。每个信息资源至少要有一个信息项，提交审核前请添加。");
    }
}

// The texts of the plan's problems, each held once: the rows of a large file repeat the same few
// messages ("“信息资源分类”为必填项，请填写。"), and a copy of each per row cost kilobytes per row.
class SharedTexts
{
public:
    void share(QString& text)
    {
        if (const auto found = m_texts.constFind(text); found != m_texts.cend()) {
            text = *found;
        } else if (m_texts.size() < kMaxTexts) { // texts that name a value are mostly unique
            m_texts.insert(text);
        }
    }

private:
    static constexpr qsizetype kMaxTexts = 100'000;
    QSet<QString> m_texts;
};

// What the preview, `govcat import` and the error report show of a row, with every value they
// quote cut to io::kEchoedValueChars (the rules and the merge quote the file's values whole).
void echoValues(ImportPlanRow& row, SharedTexts& texts)
{
    row.name = io::echoedValue(row.name);
    row.providerName = io::echoedValue(row.providerName);
    for (ImportProblem& p : row.problems) {
        p.finding.message = io::echoedMessage(p.finding.message);
        texts.share(p.finding.message);
        texts.share(p.finding.field);
        texts.share(p.finding.ruleId);
    }
    row.problems.squeeze(); // grown one by one
    for (FieldChange& c : row.changes) {
        c.oldValue = io::echoedValue(c.oldValue);
        c.newValue = io::echoedValue(c.newValue);
        c.itemName = io::echoedValue(c.itemName);
    }
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
        return QCoreApplication::translate("govcat::ImportPlanner", "新增");
    case Kind::Changed:
        return QCoreApplication::translate("govcat::ImportPlanner", "修改");
    case Kind::Unchanged:
        return QCoreApplication::translate("govcat::ImportPlanner", "未变化");
    case Kind::Rejected:
        return QCoreApplication::translate("govcat::ImportPlanner", "校验不通过");
    }
    return {};
}

ImportPlanner::ImportPlanner(const catalog::ResourceStore& store) : m_store(store) {}

Result<ImportPlan> ImportPlanner::plan(const io::ImportedCatalog& file,
                                       const std::function<bool(qsizetype, qsizetype)>& progress) const
{
    ImportLookups l;
    if (auto r = l.load(m_store.database(), file); !r) {
        return r.error();
    }
    ImportPlan plan;
    plan.format = file.format;
    plan.layout = file.layout;
    plan.sheets = file.sheets;
    plan.unattached = file.unattached;
    for (ImportProblem& p : plan.unattached) {
        p.finding.message = io::echoedMessage(p.finding.message);
    }
    const ActorRole actor = m_store.actorRole();
    const RuleContext context = m_store.ruleContext();
    const catalog::DraftReader reader(m_store.database(), catalog::DraftReader::Content::Full);
    SharedTexts texts;
    QSet<QString> seen;                       // a stored resource named twice in the file
    plan.rows.reserve(file.resources.size()); // no copy of every row made so far while the list grows

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
        if (!toRead.isEmpty()) { // (an empty id list would read the whole catalog)
            auto read = reader.forEach(
                [&](ResourceDraft& d) {
                    stored.insert(d.id, std::move(d));
                    return true;
                },
                toRead);
            if (!read) {
                return read.error();
            }
        }
        for (qsizetype i = start; i < end; ++i) {
            const ImportedResource& in = file.resources.at(i);
            ImportPlanRow row;
            row.source = int(i);
            row.where = in.row;
            row.problems = in.problems;
            QSet<FieldKey> covered;
            cover(covered, row.problems, 0);
            bool provisional = false; // a new resource of an unknown provider: checked for the report
            row.name = in.draft.name;
            row.providerName = in.draft.providerName;
            const QString id = matched.at(i - start);
            ResourceDraft base;
            ResourceDraft merged; // the row's draft, kept in the plan when it is applied
            QString refusal;      // why the actor may not edit the stored resource; matters when it changes
            if (!id.isEmpty()) {
                if (seen.contains(id)) {
                    addProblem(row.problems, in, QStringLiteral("name"),
                               QCoreApplication::translate("govcat::ImportPlanner",
                                                           "文件中已有一行是同一条信息资源，此行未导入。"));
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
                        QCoreApplication::translate(
                            "govcat::ImportPlanner",
                            "文件中的提供方“%1”与已有信息资源的提供方“%2”不同；提供方不能通过导入更改。")
                            .arg(in.draft.providerName, base.providerName));
                }
                const auto status =
                    fromName<ResourceStatus>(l.byId.value(id).status).value_or(ResourceStatus::Draft);
                refusal = refusalReason(actor, CatalogAction::Edit, base.providerDeptId, status);
                row.localDraft =
                    l.unsynced.contains(id) && (base.status == canonicalName(ResourceStatus::Draft) ||
                                                base.status == canonicalName(ResourceStatus::Returned));
                row.itemsKept = in.itemsBlank && !base.items.isEmpty();
            } else if (!in.draft.id.isEmpty()) {
                addProblem(row.problems, in, QStringLiteral("id"),
                           QCoreApplication::translate(
                               "govcat::ImportPlanner",
                               "资源标识“%1”在本地目录中不存在（可能已被删除）。新增资源请清空资源标识。")
                               .arg(in.draft.id));
            } else if (in.itemsOnly) {
                addProblem(row.problems, in, QStringLiteral("name"),
                           QCoreApplication::translate(
                               "govcat::ImportPlanner",
                               "信息项所属的信息资源“%1”既不在文件的资源表中，也不在本地目录中。")
                               .arg(in.draft.name.isEmpty() ? in.draft.code : in.draft.name));
            } else if (depts.at(i - start).isEmpty()) {
                addProblem(
                    row.problems, in, QStringLiteral("provider_name"),
                    in.draft.providerName.isEmpty()
                        ? QCoreApplication::translate("govcat::ImportPlanner", "没有填写信息资源提供方。")
                        : QCoreApplication::translate(
                              "govcat::ImportPlanner",
                              "提供方“%1”不是本地目录中的部门。请填写部门全称或其统一社会信用代码。")
                              .arg(in.draft.providerName));
                covered.insert({QStringLiteral("provider_name"), -1});
                covered.insert({QStringLiteral("provider_code"), -1});
                provisional = !in.itemsOnly;
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
                    addProblem(row.problems, in, QStringLiteral("code"),
                               QCoreApplication::translate(
                                   "govcat::ImportPlanner",
                                   "本地目录中没有代码为“%"
                                   "1”的信息资源；新资源的代码在首次提交审核时生成，文件中的代码未导入。")
                                   .arg(in.draft.code),
                               Finding::Severity::Warning);
                }
            }
            const bool known = !base.providerDeptId.isEmpty();
            if (known) {
                const qsizetype before = row.problems.size();
                merged = mergeImported(base, in, l, row.problems);
                cover(covered, row.problems, before);
                if (row.resourceId.isEmpty()) {
                    row.resourceId = newUuid();
                    merged.id = row.resourceId;
                }
                if (!id.isEmpty()) { // a new resource's preview is its item count, not every field
                    row.changes = diffDrafts(base, merged);
                }
                row.name = merged.name;
                if (!refusal.isEmpty() && !row.changes.isEmpty()) {
                    addProblem(row.problems, in, QStringLiteral("name"), refusal);
                }
            } else if (provisional) {
                // Not importable, but the rest of the row is checked too: the user fixes every
                // problem of the row at once, not one per attempt.
                ResourceDraft empty;
                empty.status = canonicalName(ResourceStatus::Draft);
                const qsizetype before = row.problems.size();
                merged = mergeImported(empty, in, l, row.problems);
                cover(covered, row.problems, before);
            }
            // Every rule finding of the row, except those that repeat a value problem; an existing
            // resource that the file does not change is not judged on what it already has.
            if ((known || provisional) && (id.isEmpty() || !row.changes.isEmpty())) {
                for (Finding f : CatalogRules::check(merged, context)) {
                    if (covered.contains({io::catalogKeyOfField(f.field), f.itemIndex})) {
                        continue;
                    }
                    relaxForImport(f, merged, in);
                    row.problems << ImportProblem{f, in.cellOf(f.field, f.itemIndex)};
                }
            }
            // In the order of the file's cells (left to right), as the user reads the row.
            std::stable_sort(row.problems.begin(), row.problems.end(),
                             [](const ImportProblem& a, const ImportProblem& b) {
                                 return std::tuple(a.cell.sheet, a.cell.row, a.cell.column) <
                                        std::tuple(b.cell.sheet, b.cell.row, b.cell.column);
                             });
            const bool errors =
                std::any_of(row.problems.cbegin(), row.problems.cend(), [](const ImportProblem& p) {
                    return p.finding.severity == Finding::Severity::Error;
                });
            if (!known || errors) {
                row.kind = Kind::Rejected;
            } else if (!id.isEmpty() && row.changes.isEmpty()) {
                row.kind = Kind::Unchanged;
            } else {
                row.kind = id.isEmpty() ? Kind::New : Kind::Changed;
            }
            if (row.isApplicable()) { // only what applying needs is kept
                row.merged = MergedDraft(std::move(merged));
            }
            echoValues(row, texts);
            plan.rows << std::move(row);
        }
        if (progress && !progress(end, file.resources.size())) {
            return Error{Error::Kind::Cancelled,
                         QCoreApplication::translate("govcat::ImportPlanner", "导入预览已取消。")};
        }
    }
    return plan;
}

} // namespace govcat::exchange
