#include "catalog/BulkEdit.h"

#include "catalog/BulkPlan.h"
#include "catalog/CatalogQueries.h"
#include "core/CodeDisplay.h"
#include "core/CodeLists.h"
#include "core/rules/DraftFields.h"
#include "core/rules/Lifecycle.h"
#include "core/rules/SnapshotFields.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace govcat::catalog {

namespace {

// Each allowed column followed by its dependent columns, in the order the dialog lists them.
const QList<QStringList>& families()
{
    static const QList<QStringList> table = {
        {QStringLiteral("update_cycle"), QStringLiteral("update_cycle_other")},
        {QStringLiteral("share_type"), QStringLiteral("share_condition"),
         QStringLiteral("no_share_basis_id")},
        {QStringLiteral("open_to_public"), QStringLiteral("open_condition")},
        {QStringLiteral("format_category"), QStringLiteral("format_type"),
         QStringLiteral("format_other_desc")},
        {QStringLiteral("share_method_category"), QStringLiteral("share_method_type")},
        {QStringLiteral("is_secret")},
        {QStringLiteral("provider_internal_unit")}};
    return table;
}

std::optional<CodeListId> listOf(const QString& column)
{
    return column == QLatin1String("provider_internal_unit")
               ? std::nullopt
               : codeListFromKey(column == QLatin1String("is_secret") ? QStringLiteral("secret_attribute")
                                                                      : column);
}

// A value as the preview shows it: a code-list value in the UI language, any other value as it is.
QString shown(const QString& column, const QString& value)
{
    const auto list = listOf(column);
    return list ? displayValue(*list, value) : value;
}

QString display(const BulkChange& c, const QVariantMap& fields, const QHash<QString, QString>& bases)
{
    QString text = shown(c.column, fields.value(c.column).toString());
    for (const QString& dependent : BulkEdit::dependentColumns(c.column)) {
        const QString v = fields.value(dependent).toString();
        if (!v.isEmpty()) {
            text += QCoreApplication::translate("govcat::BulkEdit", "；%1：%2")
                        .arg(fieldDisplayLabel(dependent), shown(dependent, bases.value(v, v)));
        }
    }
    return text;
}

// The values of some draft columns in a snapshot: read from its text (SnapshotFields), or from the
// whole document when it is not written the way toSnapshotJson writes it.
Result<QStringList> snapshotValues(const QByteArray& json, const QStringList& columns)
{
    if (auto values = snapshotStrings(json, columns)) {
        return *values;
    }
    auto draft = fromSnapshotJson(json);
    if (!draft) {
        return draft.error();
    }
    QStringList values;
    for (const QString& c : columns) {
        values << draft.value().*draftField(c)->member;
    }
    return values;
}

} // namespace

namespace bulk {

QVariantMap newFields(const BulkChange& c)
{
    const QString value = c.value.toString().trimmed();
    QVariantMap fields = {{c.column, value.isEmpty() ? QVariant() : QVariant(value)}};
    for (const QString& dependent : BulkEdit::dependentColumns(c.column)) {
        const QString extra = c.extraValue.toString().trimmed();
        fields.insert(dependent,
                      dependent == c.extraColumn && !extra.isEmpty() ? QVariant(extra) : QVariant());
    }
    return fields;
}

Result<QByteArray> withSnapshotValues(const QByteArray& json, const QVariantMap& fields)
{
    QList<std::pair<QString, QString>> values;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        values.append({it.key(), it.value().toString()});
    }
    if (auto changed = withSnapshotStrings(json, values)) {
        return *changed;
    }
    auto draft = fromSnapshotJson(json);
    if (!draft) {
        return draft.error();
    }
    for (const auto& [column, value] : values) {
        draft.value().*draftField(column)->member = value;
    }
    return toSnapshotJson(draft.value());
}

Error cancelled()
{
    return makeError(Error::Kind::Cancelled, QStringLiteral("bulk edit cancelled"));
}

Result<QList<BulkPlanned>> plan(QSqlDatabase db, const db::Repository& repo, const QStringList& ids,
                                const BulkChange& change, const ProgressCallback& progress)
{
    auto legalBases = CatalogQueries(db).legalBases();
    if (!legalBases) {
        return legalBases.error();
    }
    // legal basis id → title, for the display
    const QHash<QString, QString> bases(legalBases.value().cbegin(), legalBases.value().cend());
    QString why = BulkEdit::problem(change);
    if (why.isEmpty() && change.extraColumn == QLatin1String("no_share_basis_id") &&
        !bases.contains(change.extraValue.toString().trimmed())) {
        why = QCoreApplication::translate("govcat::BulkEdit", "所选不予共享依据不存在。");
    }
    if (!why.isEmpty()) {
        return makeError(Error::Kind::Invalid, why);
    }
    const ActorRole actor{fromName<Role>(repo.actor().role).value_or(Role::Leader), repo.actor().deptId};
    const QStringList columns = QStringList{change.column} + BulkEdit::dependentColumns(change.column);
    const QVariantMap wanted = newFields(change);
    QHash<QString, BulkPlanned> found;
    found.reserve(ids.size());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        if (progress && !progress(start, ids.size())) {
            return cancelled();
        }
        const QStringList chunk = ids.mid(start, 500);
        q.prepare(QStringLiteral("SELECT r.id, r.name, coalesce(r.code, ''), r.provider_dept_id, r.status, "
                                 "v.id, v.status, CAST(v.snapshot AS BLOB), r.%1 FROM info_resource r "
                                 "LEFT JOIN resource_version v ON v.resource_id = r.id AND v.is_deleted = 0 "
                                 "AND v.status <> '已发布' WHERE r.is_deleted = 0 AND r.id IN (%2) "
                                 "ORDER BY r.id, v.version_no DESC")
                      .arg(columns.join(QStringLiteral(", r.")),
                           QStringList(chunk.size(), QStringLiteral("?")).join(u',')));
        for (const QString& id : chunk) {
            q.addBindValue(id);
        }
        if (!q.exec()) {
            return makeError(Error::Kind::Sql, QStringLiteral("read resources: ") + q.lastError().text());
        }
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (found.contains(id)) {
                continue; // an older open revision
            }
            BulkPlanned p;
            BulkPreviewRow& r = p.row;
            r.resourceId = id;
            r.name = q.value(1).toString();
            r.code = q.value(2).toString();
            r.providerDeptId = q.value(3).toString();
            r.status = q.value(4).toString();
            const auto status = fromName<ResourceStatus>(r.status).value_or(ResourceStatus::Draft);
            r.note = refusalReason(actor, CatalogAction::Edit, r.providerDeptId, status);
            for (qsizetype i = 0; i < columns.size(); ++i) {
                p.oldFields.insert(columns.at(i), q.value(8 + int(i)));
            }
            if (r.status == canonicalName(ResourceStatus::Published)) {
                p.revisionId = q.value(5).toString();
                r.target = p.revisionId.isEmpty() ? BulkPreviewRow::Target::NewRevision
                                                  : BulkPreviewRow::Target::OpenRevision;
                if (q.value(6).toString() == canonicalName(ResourceStatus::PendingReview) &&
                    r.note.isEmpty()) {
                    r.note =
                        QCoreApplication::translate("govcat::BulkEdit", "修订版本正在审核中，不能编辑。");
                }
                if (!p.revisionId.isEmpty()) {
                    p.revisionJson = q.value(7).toByteArray();
                    auto values = snapshotValues(p.revisionJson, columns);
                    if (!values) {
                        return values.error();
                    }
                    for (qsizetype i = 0; i < columns.size(); ++i) {
                        const QString& v = values.value().at(i);
                        p.oldFields.insert(columns.at(i), v.isEmpty() ? QVariant() : QVariant(v));
                    }
                }
            }
            r.editable = r.note.isEmpty();
            for (const QString& c : columns) {
                r.changes = r.changes || p.oldFields.value(c).toString() != wanted.value(c).toString();
            }
            r.oldValue = display(change, p.oldFields, bases);
            r.newValue = display(change, wanted, bases);
            const QString notes[] = {
                QString(),
                QCoreApplication::translate("govcat::BulkEdit",
                                            "已发布：修改保存为新的修订草稿，审核通过后生效。"),
                QCoreApplication::translate("govcat::BulkEdit",
                                            "已发布：修改写入尚未提交的修订版本。")}; // by Target
            if (r.editable) {
                r.note = r.changes ? notes[int(r.target)]
                                   : QCoreApplication::translate("govcat::BulkEdit", "已是该值，无需修改。");
            }
            found.insert(id, std::move(p));
        }
    }
    if (progress && !progress(ids.size(), ids.size())) {
        return cancelled();
    }
    QList<BulkPlanned> out;
    out.reserve(qsizetype(found.size()));
    for (const QString& id : ids) {
        if (auto it = found.find(id); it != found.end()) {
            out.append(std::move(*it));
            found.erase(it); // an id given twice is planned once
        }
    }
    return out;
}

Result<QString> writeStamp(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT total_changes()")) || !q.next()) {
        return db::sqlError(q, QStringLiteral("read total_changes"));
    }
    const QString changes = q.value(0).toString();
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
        return db::sqlError(q, QStringLiteral("read data_version"));
    }
    return QString(changes + u'/' + q.value(0).toString());
}

QString actorKey(const db::Actor& actor)
{
    return actor.userName + u'/' + actor.deptId + u'/' + actor.role;
}

} // namespace bulk

QStringList BulkEdit::allowedColumns()
{
    QStringList columns;
    std::transform(families().cbegin(), families().cend(), std::back_inserter(columns),
                   [](const QStringList& f) { return f.first(); });
    return columns;
}

QStringList BulkEdit::dependentColumns(const QString& column)
{
    const auto& f = families();
    const auto it =
        std::find_if(f.cbegin(), f.cend(), [&](const QStringList& l) { return l.first() == column; });
    return it == f.cend() ? QStringList() : it->mid(1);
}

QString BulkEdit::dependentFor(const QString& column, const QString& value)
{
    const std::pair<QString, QString> needs[] = {
        {QStringLiteral("update_cycle=") + canonicalName(UpdateCycle::Other),
         QStringLiteral("update_cycle_other")},
        {QStringLiteral("share_type=") + canonicalName(ShareType::Conditional),
         QStringLiteral("share_condition")},
        {QStringLiteral("share_type=") + canonicalName(ShareType::NotShared),
         QStringLiteral("no_share_basis_id")},
        {QStringLiteral("open_to_public=") + canonicalName(OpenToPublic::Yes),
         QStringLiteral("open_condition")},
        {QStringLiteral("format_category=") + canonicalName(FormatCategory::Other),
         QStringLiteral("format_other_desc")},
        {QStringLiteral("share_method_category=") + canonicalName(ShareMethodCategory::Platform),
         QStringLiteral("share_method_type")}};
    for (const auto& [key, dependent] : needs) {
        if (key == column + u'=' + value) {
            return dependent;
        }
    }
    const bool format = column == QLatin1String("format_category") && fromName<FormatCategory>(value);
    return format ? QStringLiteral("format_type") : QString();
}

QString BulkEdit::problem(const BulkChange& change)
{
    if (!allowedColumns().contains(change.column)) {
        return QCoreApplication::translate("govcat::BulkEdit", "“%1”不能批量修改。")
            .arg(fieldDisplayLabel(change.column));
    }
    const QString value = change.value.toString().trimmed();
    const QString label = fieldDisplayLabel(change.column);
    const auto list = listOf(change.column);
    if (list && !codeList(*list).isStoredValue(value)) {
        return QCoreApplication::translate("govcat::BulkEdit", "请为“%1”选择一个取值。").arg(label);
    }
    const QString needed = dependentFor(change.column, value);
    const QString extra = change.extraValue.toString().trimmed();
    if (!change.extraColumn.isEmpty() && change.extraColumn != needed) {
        return QCoreApplication::translate("govcat::BulkEdit", "“%1”为“%2”时不填写“%3”。")
            .arg(label, shown(change.column, value), fieldDisplayLabel(change.extraColumn));
    }
    if (needed.isEmpty()) {
        return {};
    }
    if (extra.isEmpty()) {
        return QCoreApplication::translate("govcat::BulkEdit", "“%1”为“%2”时须填写“%3”。")
            .arg(label, shown(change.column, value), fieldDisplayLabel(needed));
    }
    if (needed == QLatin1String("format_type")) {
        const auto category = fromName<FormatCategory>(value);
        if (!formatTypesOf(*category).isEmpty() && !isFormatTypeOf(*category, extra)) {
            return QCoreApplication::translate("govcat::BulkEdit", "格式类型“%1”不属于格式分类“%2”。")
                .arg(displayValue(CodeListId::FormatType, extra),
                     displayValue(CodeListId::FormatCategory, value));
        }
    } else if (needed == QLatin1String("share_method_type") &&
               !codeList(CodeListId::ShareMethodType).isStoredValue(extra)) {
        return QCoreApplication::translate("govcat::BulkEdit", "请选择共享方式类型。");
    }
    return {};
}

Result<BulkPreview> BulkEdit::preview(QSqlDatabase db, const db::Repository& repo, const QStringList& ids,
                                      const BulkChange& change, const ProgressCallback& progress)
{
    auto stamp = bulk::writeStamp(db); // before reading: a write during the reads changes it
    if (!stamp) {
        return stamp.error();
    }
    auto planned = bulk::plan(db, repo, ids, change, progress);
    if (!planned) {
        return planned.error();
    }
    BulkPreview out;
    out.change = change;
    out.ids = ids;
    for (const BulkPlanned& p : std::as_const(planned.value())) {
        out.rows.append(p.row);
        (p.row.willChange() ? out.toChange : out.skipped) += 1;
    }
    out.plan = std::make_shared<const BulkPlan>(
        BulkPlan{stamp.value(), bulk::actorKey(repo.actor()), std::move(planned).value()});
    return out;
}

} // namespace govcat::catalog
