#pragma once

#include "catalog/CatalogQuality.h"
#include "core/Result.h"
#include "db/Repository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

namespace govcat::catalog {

// One field set to one value on many resources, with its dependent field when the value needs one:
// update_cycle = 每月; share_type = 有条件共享 with share_condition = "…".
struct BulkChange
{
    QString column;
    QVariant value;
    QString extraColumn; // a dependent column of `column` (BulkEdit::dependentColumns), or empty
    QVariant extraValue;
};

// What bulk editing would do to one resource.
struct BulkPreviewRow
{
    enum class Target
    {
        Row,          // 草稿/已退回: the info_resource row
        NewRevision,  // 已发布 without an open revision: a new draft revision (resource_version)
        OpenRevision, // 已发布 with an open revision (草稿/已退回): that revision's snapshot
    };
    QString resourceId;
    QString name;
    QString code;
    QString providerDeptId;
    QString status;
    QString oldValue; // display text: the value, plus the dependent field when it has one
    QString newValue;
    bool changes = false;  // the value differs
    bool editable = false; // the actor may edit it (core/rules/Lifecycle)
    QString note;          // why it is skipped (refusal reason, 未变化), or where the change goes
    Target target = Target::Row;

    bool willChange() const { return changes && editable; }
};

struct BulkPlan; // what apply needs beyond the rows (BulkEdit.cpp)

struct BulkPreview
{
    BulkChange change;
    QList<BulkPreviewRow> rows; // in the order of the ids given; unknown or deleted ids are left out
    int toChange = 0;           // willChange()
    int skipped = 0;            // refused or unchanged
    QStringList ids;            // the ids asked for
    std::shared_ptr<const BulkPlan> plan;
};

// What undo needs to restore the previous values, in one transaction.
struct BulkUndo
{
    QString action;                     // audit action of the undo, e.g. 撤销批量修改更新周期
    std::vector<db::RowChange> restore; // rows: their previous values; new revisions: removed
    // Open revisions (by id): the members of their snapshot to set back, old → previous value.
    QHash<QString, QList<db::MemberChange>> revisions;
};

struct BulkResult
{
    BulkChange change;
    QStringList ids;               // the ids asked for (redo applies the change to them again)
    QStringList changedIds;        // resources changed
    QList<BulkPreviewRow> refused; // skipped because the actor may not edit them
    int unchanged = 0;             // skipped because they already had the value
    BulkUndo previous;
};

// Bulk edit of catalog resources: preview, apply as one transaction, undo as another. Drafts and
// returned resources change in place; a published resource keeps its published content and gets the
// change in its revision (opened as a new draft revision when there is none), as ResourceStore::save
// does. The actor's permissions come from core/rules/Lifecycle (CatalogAction::Edit).
class BulkEdit
{
public:
    // update_cycle, share_type, open_to_public, format_category, share_method_category, is_secret,
    // provider_internal_unit.
    static QStringList allowedColumns();
    // The columns that go with a column (written together, cleared when the value does not use them):
    // update_cycle → update_cycle_other; share_type → share_condition, no_share_basis_id;
    // open_to_public → open_condition; format_category → format_type, format_other_desc;
    // share_method_category → share_method_type.
    static QStringList dependentColumns(const QString& column);
    // Which dependent column a value needs, or empty: 有条件共享 → share_condition, 不予共享 →
    // no_share_basis_id, 是 → open_condition, 其他 → update_cycle_other / format_other_desc, a
    // format category → format_type; share_method_category → share_method_type (optional).
    static QString dependentFor(const QString& column, const QString& value);
    // Empty when the change can be applied; otherwise a Chinese sentence saying what is missing.
    // (preview and apply also check that a 不予共享依据 exists.)
    static QString problem(const BulkChange& change);

    // `progress` (optional) hears of the resources read; when it returns false the preview stops with
    // an Error::Kind::Cancelled.
    static Result<BulkPreview> preview(QSqlDatabase db, const db::Repository& repo, const QStringList& ids,
                                       const BulkChange& change, const ProgressCallback& progress = {});
    // One transaction for every editable resource whose value changes.
    static Result<BulkResult> apply(QSqlDatabase db, db::Repository& repo, const QStringList& ids,
                                    const BulkChange& change);
    // The same for what a preview showed. Nothing is read again when nothing was written to the
    // database since the preview (by any connection; checked inside the write transaction).
    // `progress` (optional) hears of the resources written; when it returns false, before the commit,
    // the transaction is rolled back (nothing written) and the result is an Error::Kind::Cancelled.
    static Result<BulkResult> apply(QSqlDatabase db, db::Repository& repo, const BulkPreview& preview,
                                    const ProgressCallback& progress = {});
    // Restores the previous values (one transaction).
    static Result<void> undo(db::Repository& repo, const BulkUndo& previous);
};

} // namespace govcat::catalog
