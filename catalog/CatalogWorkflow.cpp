#include "catalog/CatalogWorkflow.h"

#include "catalog/CodeSequence.h"
#include "core/Clock.h"
#include "core/Uuid.h"
#include "core/rules/DraftFields.h"
#include "db/SqlError.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace govcat::catalog {

namespace {

using Op = db::RowChange::Op;
using S = ResourceStatus;

QString nowText(const Clock& clock)
{
    return clock.nowUtc().toString(Qt::ISODateWithMs);
}

// Actions that act on the open revision when there is one.
bool actsOnRevision(CatalogAction a)
{
    return a == CatalogAction::Submit || a == CatalogAction::Approve || a == CatalogAction::Return ||
           a == CatalogAction::Edit;
}

QString findingsText(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings) {
        if (f.severity == Finding::Severity::Error) {
            lines << f.message;
        }
    }
    return QCoreApplication::translate("govcat::CatalogWorkflow", "信息资源还有 %1 处错误，不能提交：\n")
               .arg(lines.size()) +
           lines.join(u'\n');
}

} // namespace

CatalogWorkflow::CatalogWorkflow(ResourceStore& store) : m_store(store) {}

const Clock& CatalogWorkflow::clock() const
{
    return m_store.repository().clock();
}

Result<CatalogWorkflow::State> CatalogWorkflow::state(const QString& id) const
{
    auto row = m_store.load(id);
    if (!row) {
        return row.error();
    }
    auto rev = m_store.revision(id);
    if (!rev) {
        return rev.error();
    }
    State s;
    s.row = std::move(row).value();
    s.revision = rev.value();
    s.status = fromName<S>(s.row.status).value_or(S::Draft);
    if (s.revision) {
        QSqlQuery q(m_store.database());
        q.prepare(
            QStringLiteral("SELECT id FROM resource_version WHERE resource_id = ? AND version_no = ? AND "
                           "is_deleted = 0"));
        q.addBindValue(id);
        q.addBindValue(s.revision->versionNo);
        if (!q.exec() || !q.next()) {
            return db::sqlError(q, QStringLiteral("find revision"));
        }
        s.revisionRowId = q.value(0).toString();
    }
    return s;
}

Result<void> CatalogWorkflow::check(const State& s, CatalogAction action) const
{
    const S status = s.revision && actsOnRevision(action) ? s.revision->status : s.status;
    if (const QString why = refusalReason(m_store.actorRole(), action, s.row.providerDeptId, status);
        !why.isEmpty()) {
        return makeError(Error::Kind::Forbidden, why);
    }
    if (action == CatalogAction::Approve) {
        // Four eyes: whoever submitted this version for review does not approve it, whatever their role.
        const QString submitter = submitterOf(s);
        if (!submitter.isEmpty() && samePerson(submitter, m_store.repository().actor().userName)) {
            return makeError(
                Error::Kind::Forbidden,
                QCoreApplication::translate(
                    "govcat::CatalogWorkflow",
                    "不能审核自己提交的目录：这一版由您（%1）提交审核，请由另一位审核员审核通过。")
                    .arg(submitter));
        }
    }
    if (s.revision && (action == CatalogAction::Revise || action == CatalogAction::RequestOffline)) {
        return makeError(Error::Kind::Forbidden,
                         QCoreApplication::translate("govcat::CatalogWorkflow",
                                                     "该信息资源已有未完成的修订版本（第 %1 版）。")
                             .arg(s.revision->versionNo));
    }
    return {};
}

bool CatalogWorkflow::samePerson(const QString& a, const QString& b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

QString CatalogWorkflow::submitterOf(const State& s) const
{
    // The last 提交审核 of the version under review; a resource that reached 待审核 without one
    // (synced, or written by an older version) falls back to who last wrote the row under review.
    const int versionNo = s.revision ? s.revision->versionNo : s.row.catalogVersion;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT actor FROM resource_transition WHERE resource_id = ? AND version_no = ? "
                             "AND action = ? AND is_deleted = 0 ORDER BY at DESC, rowid DESC LIMIT 1"));
    q.addBindValue(s.row.id);
    q.addBindValue(versionNo);
    q.addBindValue(actionName(CatalogAction::Submit));
    if (q.exec() && q.next()) {
        return q.value(0).toString();
    }
    QSqlQuery row(m_store.database());
    if (s.revision) {
        row.prepare(QStringLiteral("SELECT updated_by FROM resource_version WHERE id = ?"));
        row.addBindValue(s.revisionRowId);
    } else {
        row.prepare(QStringLiteral("SELECT updated_by FROM info_resource WHERE id = ?"));
        row.addBindValue(s.row.id);
    }
    return row.exec() && row.next() ? row.value(0).toString() : QString();
}

bool CatalogWorkflow::submittedByActor(const QString& id) const
{
    auto s = state(id);
    if (!s || (s.value().revision ? s.value().revision->status : s.value().status) != S::PendingReview) {
        return false;
    }
    const QString submitter = submitterOf(s.value());
    return !submitter.isEmpty() && samePerson(submitter, m_store.repository().actor().userName);
}

QList<CatalogAction> CatalogWorkflow::allowedActions(const QString& id) const
{
    QList<CatalogAction> out;
    auto s = state(id);
    if (!s) {
        return out;
    }
    for (CatalogAction a :
         {CatalogAction::Edit, CatalogAction::Submit, CatalogAction::Approve, CatalogAction::Return,
          CatalogAction::Revise, CatalogAction::RequestOffline, CatalogAction::ConfirmOffline,
          CatalogAction::CancelOffline, CatalogAction::RestoreVersion}) {
        if (check(s.value(), a)) {
            out << a;
        }
    }
    if (deleteRefusal(id).isEmpty()) {
        out << CatalogAction::DeleteDraft;
    }
    return out;
}

QString CatalogWorkflow::refusal(const QString& id, CatalogAction action) const
{
    if (action == CatalogAction::DeleteDraft) {
        return deleteRefusal(id);
    }
    auto s = state(id);
    if (!s) {
        return QCoreApplication::translate("govcat::CatalogWorkflow", "无法读取该信息资源。");
    }
    auto r = check(s.value(), action);
    return r ? QString() : r.error().message;
}

db::RowChange CatalogWorkflow::transition(const State& s, CatalogAction action, ResourceStatus to,
                                          const QString& comment, const QString& now) const
{
    const db::Actor& actor = m_store.repository().actor();
    const bool onRevision = s.revision && actsOnRevision(action);
    const S from = onRevision ? s.revision->status : s.status;
    return {
        Op::Insert,
        QStringLiteral("resource_transition"),
        newUuid(),
        {{QStringLiteral("owner_dept_id"), s.row.providerDeptId},
         {QStringLiteral("resource_id"), s.row.id},
         {QStringLiteral("version_no"), onRevision ? s.revision->versionNo : s.row.catalogVersion},
         {QStringLiteral("action"), actionName(action)},
         {QStringLiteral("from_status"), canonicalName(from)},
         {QStringLiteral("to_status"), canonicalName(to)},
         {QStringLiteral("comment"), comment.trimmed().isEmpty() ? QVariant() : QVariant(comment.trimmed())},
         {QStringLiteral("actor"), actor.userName},
         {QStringLiteral("actor_role"), actor.role},
         {QStringLiteral("at"), now}}};
}

Result<void> CatalogWorkflow::commit(const QString& action, std::vector<db::RowChange> changes,
                                     const std::function<Result<void>(std::vector<db::RowChange>&)>& prepare)
{
    return db::inTransaction(m_store.database(), [&]() -> Result<void> {
        if (prepare) {
            if (auto r = prepare(changes); !r) {
                return r;
            }
        }
        auto ids = m_store.repository().applyWithin({action, std::move(changes)});
        return ids ? Result<void>() : Result<void>(ids.error());
    });
}

Result<QString> CatalogWorkflow::allocateCode(const ResourceDraft& draft)
{
    const ResourceCodeProfile profile = m_store.ruleContext().codeProfile;
    if (!profile.isValidClassCode(draft.classificationCode)) {
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("govcat::CatalogWorkflow",
                                        "所选分类的分类码“%1”不符合代码规则，无法生成信息资源代码。")
                .arg(draft.classificationCode));
    }
    QSqlDatabase db = m_store.database();
    return CodeSequence::next(db, profile, draft.classificationCode);
}

Result<void> CatalogWorkflow::submit(const QString& id)
{
    auto s = state(id);
    if (!s) {
        return s.error();
    }
    if (auto r = check(s.value(), CatalogAction::Submit); !r) {
        return r;
    }
    auto draft = s.value().revision ? m_store.loadForEditing(id) : Result<ResourceDraft>(s.value().row);
    if (!draft) {
        return draft.error();
    }
    const QList<Finding> findings = m_store.validate(draft.value());
    if (CatalogRules::hasErrors(findings)) {
        return makeError(Error::Kind::Invalid, findingsText(findings));
    }
    const QString now = nowText(m_store.repository().clock());
    std::vector<db::RowChange> changes{
        transition(s.value(), CatalogAction::Submit, S::PendingReview, {}, now)};
    if (s.value().revision) {
        changes.push_back({Op::Update,
                           QStringLiteral("resource_version"),
                           s.value().revisionRowId,
                           {{QStringLiteral("status"), canonicalName(S::PendingReview)},
                            {QStringLiteral("submitted_at"), now}}});
        return commit(QStringLiteral("提交修订审核"), std::move(changes));
    }
    const bool needsCode = draft.value().code.isEmpty();
    return commit(QStringLiteral("提交审核"), std::move(changes),
                  [&](std::vector<db::RowChange>& all) -> Result<void> {
                      QVariantMap fields = {{QStringLiteral("status"), canonicalName(S::PendingReview)},
                                            {QStringLiteral("submitted_at"), now}};
                      if (needsCode) {
                          auto code = allocateCode(draft.value());
                          if (!code) {
                              return code.error();
                          }
                          fields.insert(QStringLiteral("code"), code.value());
                          fields.insert(QStringLiteral("sequence_no"),
                                        m_store.ruleContext().codeProfile.parse(code.value())->sequence);
                      }
                      all.push_back({Op::Update, QStringLiteral("info_resource"), id, fields});
                      return {};
                  });
}

Result<void> CatalogWorkflow::approve(const QString& id, const QString& comment)
{
    auto receipt = approveWithReceipt(id, comment);
    return receipt ? Result<void>() : Result<void>(receipt.error());
}

Result<ApprovalReceipt> CatalogWorkflow::approveWithReceipt(const QString& id, const QString& comment)
{
    auto s = state(id);
    if (!s) {
        return s.error();
    }
    if (auto r = check(s.value(), CatalogAction::Approve); !r) {
        return r.error();
    }
    ApprovalReceipt receipt;
    receipt.resourceId = id;
    receipt.name = s.value().row.name;
    receipt.code = s.value().row.code;
    receipt.comment = comment.trimmed();
    receipt.before = s.value().row;
    {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT publish_date FROM info_resource WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next()) {
            return db::sqlError(q, QStringLiteral("read publish date"));
        }
        receipt.publishDateBefore = q.value(0);
    }
    const QString now = nowText(m_store.repository().clock());
    const QString today = m_store.repository().clock().nowUtc().toLocalTime().date().toString(Qt::ISODate);
    std::vector<db::RowChange> changes{
        transition(s.value(), CatalogAction::Approve, S::Published, comment, now)};
    ResourceDraft published;
    Result<void> done;
    if (s.value().revision) {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT snapshot, comment FROM resource_version WHERE id = ?"));
        q.addBindValue(s.value().revisionRowId);
        if (!q.exec() || !q.next()) {
            return db::sqlError(q, QStringLiteral("read revision"));
        }
        receipt.revisionSnapshotBefore = q.value(0).toString();
        receipt.revisionCommentBefore = q.value(1);
        receipt.wasRevision = true;
        receipt.versionNo = s.value().revision->versionNo;
        receipt.versionRowId = s.value().revisionRowId;

        auto revised = m_store.loadForEditing(id);
        if (!revised) {
            return revised.error();
        }
        published = revised.value();
        published.code = s.value().row.code;
        auto rowChanges = m_store.changesFor(published, false);
        if (!rowChanges) {
            return rowChanges.error();
        }
        std::move(rowChanges.value().begin(), rowChanges.value().end(), std::back_inserter(changes));
        changes.push_back({Op::Update,
                           QStringLiteral("info_resource"),
                           id,
                           {{QStringLiteral("catalog_version"), s.value().revision->versionNo},
                            {QStringLiteral("publish_date"), today}}});
        published.catalogVersion = s.value().revision->versionNo;
        published.publishDate = today;
        published.status = canonicalName(S::Published);
        changes.push_back({Op::Update,
                           QStringLiteral("resource_version"),
                           s.value().revisionRowId,
                           {{QStringLiteral("status"), canonicalName(S::Published)},
                            {QStringLiteral("snapshot"), QString::fromUtf8(toSnapshotJson(published))},
                            {QStringLiteral("comment"), comment},
                            {QStringLiteral("published_at"), now}}});
        done = commit(QStringLiteral("审核通过修订版本"), std::move(changes));
    } else {
        published = s.value().row;
        if (published.publishDate.isEmpty()) {
            published.publishDate = today;
        }
        published.status = canonicalName(S::Published);
        receipt.versionNo = published.catalogVersion;
        receipt.versionRowId = newUuid();
        changes.push_back({Op::Update,
                           QStringLiteral("info_resource"),
                           id,
                           {{QStringLiteral("status"), published.status},
                            {QStringLiteral("publish_date"), published.publishDate}}});
        changes.push_back({Op::Insert,
                           QStringLiteral("resource_version"),
                           receipt.versionRowId,
                           {{QStringLiteral("owner_dept_id"), published.providerDeptId},
                            {QStringLiteral("resource_id"), id},
                            {QStringLiteral("version_no"), published.catalogVersion},
                            {QStringLiteral("status"), published.status},
                            {QStringLiteral("snapshot"), QString::fromUtf8(toSnapshotJson(published))},
                            {QStringLiteral("comment"), comment},
                            {QStringLiteral("submitted_at"), QVariant()},
                            {QStringLiteral("published_at"), now}}});
        done = commit(QStringLiteral("审核通过"), std::move(changes));
    }
    if (!done) {
        return done.error();
    }
    auto stamp = changeStamp(id);
    if (!stamp) {
        return stamp.error();
    }
    receipt.stamp = stamp.value();
    return receipt;
}

Result<void> CatalogWorkflow::undoApproval(const ApprovalReceipt& receipt)
{
    auto s = state(receipt.resourceId);
    if (!s) {
        return s.error();
    }
    const ResourceDraft& row = s.value().row;
    if (const QString why = refusalReason(m_store.actorRole(), CatalogAction::UndoApproval,
                                          row.providerDeptId, s.value().status);
        !why.isEmpty()) {
        return makeError(Error::Kind::Forbidden, why);
    }
    auto stamp = changeStamp(receipt.resourceId);
    if (!stamp) {
        return stamp.error();
    }
    if (stamp.value() != receipt.stamp) {
        return makeError(Error::Kind::Forbidden,
                         QCoreApplication::translate(
                             "govcat::CatalogWorkflow",
                             "“%1”在审核通过之后已有改动，不能再撤销审核通过。如需更正，请修订该信息资源。")
                             .arg(receipt.name));
    }
    const QString now = nowText(m_store.repository().clock());
    // The transition is recorded on the version that was published, from 已发布 back to 待审核.
    db::RowChange t = transition(s.value(), CatalogAction::UndoApproval, S::PendingReview, {}, now);
    t.fields.insert(QStringLiteral("version_no"), receipt.versionNo);
    std::vector<db::RowChange> changes{t};
    if (receipt.wasRevision) {
        ResourceDraft before = receipt.before;
        auto rowChanges = m_store.changesFor(before, false);
        if (!rowChanges) {
            return rowChanges.error();
        }
        std::move(rowChanges.value().begin(), rowChanges.value().end(), std::back_inserter(changes));
        changes.push_back({Op::Update,
                           QStringLiteral("info_resource"),
                           receipt.resourceId,
                           {{QStringLiteral("catalog_version"), before.catalogVersion},
                            {QStringLiteral("publish_date"), receipt.publishDateBefore}}});
        changes.push_back({Op::Update,
                           QStringLiteral("resource_version"),
                           receipt.versionRowId,
                           {{QStringLiteral("status"), canonicalName(S::PendingReview)},
                            {QStringLiteral("snapshot"), receipt.revisionSnapshotBefore},
                            {QStringLiteral("comment"), receipt.revisionCommentBefore},
                            {QStringLiteral("published_at"), QVariant()}}});
    } else {
        changes.push_back({Op::Update,
                           QStringLiteral("info_resource"),
                           receipt.resourceId,
                           {{QStringLiteral("status"), canonicalName(S::PendingReview)},
                            {QStringLiteral("publish_date"), receipt.publishDateBefore}}});
        changes.push_back({Op::Delete, QStringLiteral("resource_version"), receipt.versionRowId, {}});
    }
    return commit(actionName(CatalogAction::UndoApproval), std::move(changes));
}

QString CatalogWorkflow::deleteRefusal(const QString& id) const
{
    auto s = state(id);
    if (!s) {
        return QCoreApplication::translate("govcat::CatalogWorkflow", "无法读取该信息资源。");
    }
    const ResourceDraft& row = s.value().row;
    if (const QString why = refusalReason(m_store.actorRole(), CatalogAction::DeleteDraft, row.providerDeptId,
                                          s.value().status);
        !why.isEmpty()) {
        return why;
    }
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT submitted_at IS NOT NULL, (SELECT count(*) FROM resource_transition t "
                       "WHERE t.resource_id = r.id AND t.is_deleted = 0) FROM info_resource r WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        return QCoreApplication::translate("govcat::CatalogWorkflow", "无法读取该信息资源。");
    }
    if (!row.code.isEmpty() || q.value(0).toBool() || q.value(1).toInt() > 0) {
        return QCoreApplication::translate(
            "govcat::CatalogWorkflow",
            "只能删除从未提交审核、还没有信息资源代码的草稿；该信息资源已提交过审核或已有代码，不能删除。");
    }
    return {};
}

Result<DeletionReceipt> CatalogWorkflow::deleteDraft(const QString& id)
{
    auto s = state(id);
    if (!s) {
        return s.error();
    }
    if (const QString why = deleteRefusal(id); !why.isEmpty()) {
        return makeError(Error::Kind::Forbidden, why);
    }
    DeletionReceipt receipt;
    receipt.resourceId = id;
    receipt.name = s.value().row.name;
    receipt.providerDeptId = s.value().row.providerDeptId;
    receipt.rows.emplace_back(QStringLiteral("info_resource"), id);
    for (const QString& table : {QStringLiteral("info_item"), QStringLiteral("resource_relation"),
                                 QStringLiteral("resource_survey")}) {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE resource_id = ? AND is_deleted = 0 ORDER BY rowid")
                      .arg(table));
        q.addBindValue(id);
        if (!q.exec()) {
            return db::sqlError(q, QStringLiteral("list rows of a draft"));
        }
        while (q.next()) {
            receipt.rows.emplace_back(table, q.value(0).toString());
        }
    }
    std::vector<db::RowChange> changes;
    for (const auto& [table, rowId] : receipt.rows) {
        changes.push_back({Op::Delete, table, rowId, {}});
    }
    if (auto r = commit(actionName(CatalogAction::DeleteDraft), std::move(changes)); !r) {
        return r.error();
    }
    auto stamp = changeStamp(id);
    if (!stamp) {
        return stamp.error();
    }
    receipt.stamp = stamp.value();
    return receipt;
}

Result<void> CatalogWorkflow::undoDelete(const DeletionReceipt& receipt)
{
    if (const QString why =
            refusalReason(m_store.actorRole(), CatalogAction::DeleteDraft, receipt.providerDeptId, S::Draft);
        !why.isEmpty()) {
        return makeError(Error::Kind::Forbidden, why);
    }
    auto stamp = changeStamp(receipt.resourceId);
    if (!stamp) {
        return stamp.error();
    }
    if (stamp.value() != receipt.stamp) {
        return makeError(
            Error::Kind::Forbidden,
            QCoreApplication::translate("govcat::CatalogWorkflow", "草稿“%1”删除之后又有改动，不能再恢复。")
                .arg(receipt.name));
    }
    std::vector<db::RowChange> changes;
    for (const auto& [table, rowId] : receipt.rows) {
        changes.push_back({Op::Restore, table, rowId, {}});
    }
    return commit(QStringLiteral("恢复已删除的草稿"), std::move(changes));
}

Result<QString> CatalogWorkflow::changeStamp(const QString& id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT updated_at, updated_by, status, is_deleted, catalog_version FROM info_resource "
        "WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        return db::sqlError(q, QStringLiteral("read resource"));
    }
    if (!q.next()) {
        return makeError(Error::Kind::NotFound, QStringLiteral("no resource ") + id);
    }
    QStringList parts;
    for (int c = 0; c < 5; ++c) {
        parts << q.value(c).toString();
    }
    // Local writes of the resource and its rows each leave an outbox entry: their count and newest.
    const auto outbox = [&](const QString& sql) -> Result<void> {
        QSqlQuery o(m_store.database());
        o.prepare(sql);
        o.addBindValue(id);
        if (!o.exec() || !o.next()) {
            return db::sqlError(o, QStringLiteral("read outbox"));
        }
        parts << o.value(0).toString() << o.value(1).toString();
        return {};
    };
    if (auto r =
            outbox(QStringLiteral("SELECT count(*), coalesce(max(seq), 0) FROM outbox WHERE table_name = "
                                  "'info_resource' AND row_id = ?"));
        !r) {
        return r.error();
    }
    for (const QString& table : {QStringLiteral("info_item"), QStringLiteral("resource_version"),
                                 QStringLiteral("resource_transition"), QStringLiteral("resource_relation"),
                                 QStringLiteral("resource_survey")}) {
        if (auto r =
                outbox(QStringLiteral("SELECT count(*), coalesce(max(seq), 0) FROM outbox WHERE table_name = "
                                      "'%1' AND row_id IN (SELECT id FROM %1 WHERE resource_id = ?)")
                           .arg(table));
            !r) {
            return r.error();
        }
        QSqlQuery rows(m_store.database());
        rows.prepare(
            QStringLiteral("SELECT count(*), coalesce(max(updated_at), '') FROM %1 WHERE resource_id = ? "
                           "AND is_deleted = 0")
                .arg(table));
        rows.addBindValue(id);
        if (!rows.exec() || !rows.next()) {
            return db::sqlError(rows, QStringLiteral("read rows"));
        }
        parts << rows.value(0).toString() << rows.value(1).toString();
    }
    return parts.join(u'|');
}

Result<void> CatalogWorkflow::returnToEditor(const QString& id, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("govcat::CatalogWorkflow",
                                                     "退回时必须写明退回原因，以便编目员修改。"));
    }
    auto s = state(id);
    if (!s) {
        return s.error();
    }
    if (auto r = check(s.value(), CatalogAction::Return); !r) {
        return r;
    }
    std::vector<db::RowChange> changes{transition(s.value(), CatalogAction::Return, S::Returned, reason,
                                                  nowText(m_store.repository().clock()))};
    if (s.value().revision) {
        changes.push_back({Op::Update,
                           QStringLiteral("resource_version"),
                           s.value().revisionRowId,
                           {{QStringLiteral("status"), canonicalName(S::Returned)},
                            {QStringLiteral("comment"), reason.trimmed()}}});
    } else {
        changes.push_back({Op::Update,
                           QStringLiteral("info_resource"),
                           id,
                           {{QStringLiteral("status"), canonicalName(S::Returned)}}});
    }
    return commit(QStringLiteral("退回"), std::move(changes));
}

Result<void> CatalogWorkflow::revise(const QString& id)
{
    auto s = state(id);
    if (!s) {
        return s.error();
    }
    if (auto r = check(s.value(), CatalogAction::Revise); !r) {
        return r;
    }
    ResourceDraft draft = s.value().row;
    draft.status = canonicalName(S::Draft);
    const int versionNo = draft.catalogVersion + 1;
    draft.catalogVersion = versionNo;
    db::RowChange t =
        transition(s.value(), CatalogAction::Revise, S::Draft, {}, nowText(m_store.repository().clock()));
    t.fields.insert(QStringLiteral("version_no"), versionNo);
    return commit(QStringLiteral("修订信息资源"),
                  {t,
                   {Op::Insert,
                    QStringLiteral("resource_version"),
                    newUuid(),
                    {{QStringLiteral("owner_dept_id"), draft.providerDeptId},
                     {QStringLiteral("resource_id"), id},
                     {QStringLiteral("version_no"), versionNo},
                     {QStringLiteral("status"), draft.status},
                     {QStringLiteral("snapshot"), QString::fromUtf8(toSnapshotJson(draft))}}}});
}

Result<void> CatalogWorkflow::simpleTransition(const QString& id, CatalogAction action,
                                               const QString& comment)
{
    auto s = state(id);
    if (!s) {
        return s.error();
    }
    if (auto r = check(s.value(), action); !r) {
        return r;
    }
    const S to = *lifecycleTarget(action, s.value().status);
    return commit(
        actionName(action),
        {transition(s.value(), action, to, comment, nowText(m_store.repository().clock())),
         {Op::Update, QStringLiteral("info_resource"), id, {{QStringLiteral("status"), canonicalName(to)}}}});
}

Result<void> CatalogWorkflow::requestOffline(const QString& id, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("govcat::CatalogWorkflow", "申请下线时必须写明原因。"));
    }
    return simpleTransition(id, CatalogAction::RequestOffline, reason);
}

Result<void> CatalogWorkflow::confirmOffline(const QString& id, const QString& comment)
{
    return simpleTransition(id, CatalogAction::ConfirmOffline, comment);
}

Result<void> CatalogWorkflow::cancelOffline(const QString& id, const QString& comment)
{
    return simpleTransition(id, CatalogAction::CancelOffline, comment);
}

Result<void> CatalogWorkflow::restoreVersion(const QString& id, int versionNo)
{
    auto s = state(id);
    if (!s) {
        return s.error();
    }
    if (auto r = check(s.value(), CatalogAction::RestoreVersion); !r) {
        return r;
    }
    auto old = version(id, versionNo);
    if (!old) {
        return old.error();
    }
    ResourceDraft draft = old.value();
    const ResourceDraft& row = s.value().row;
    // Identity, code and provider stay those of the resource; the content is the old version's.
    draft.id = row.id;
    draft.code = row.code;
    draft.providerDeptId = row.providerDeptId;
    draft.providerName = row.providerName;
    draft.catalogVersion = row.catalogVersion;
    auto saved = m_store.save(draft);
    return saved ? Result<void>() : Result<void>(saved.error());
}

} // namespace govcat::catalog
