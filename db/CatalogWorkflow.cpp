#include "CatalogWorkflow.h"

#include "CodeSequence.h"
#include "SqlError.h"
#include "core/Clock.h"
#include "core/Uuid.h"
#include "core/rules/DraftFields.h"

#include <QSqlError>
#include <QSqlQuery>

namespace govcat::db {

namespace {

using Op = RowChange::Op;
using S = ResourceStatus;

QString nowText()
{
    return Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
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
    return QStringLiteral("信息资源还有 %1 处错误，不能提交：\n").arg(lines.size()) + lines.join(u'\n');
}

} // namespace

CatalogWorkflow::CatalogWorkflow(ResourceStore& store) : m_store(store) {}

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
            return sqlError(q, QStringLiteral("find revision"));
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
    if (s.revision && (action == CatalogAction::Revise || action == CatalogAction::RequestOffline)) {
        return makeError(
            Error::Kind::Forbidden,
            QStringLiteral("该信息资源已有未完成的修订版本（第 %1 版）。").arg(s.revision->versionNo));
    }
    return {};
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
    return out;
}

RowChange CatalogWorkflow::transition(const State& s, CatalogAction action, ResourceStatus to,
                                      const QString& comment, const QString& now) const
{
    const Actor& actor = m_store.repository().actor();
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

Result<void> CatalogWorkflow::commit(const QString& action, std::vector<RowChange> changes,
                                     const std::function<Result<void>(std::vector<RowChange>&)>& prepare)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        return makeError(Error::Kind::Sql, QStringLiteral("begin: ") + db.lastError().text());
    }
    Result<void> r;
    if (prepare) {
        r = prepare(changes);
    }
    if (r) {
        auto ids = m_store.repository().applyWithin({action, std::move(changes)});
        if (!ids) {
            r = ids.error();
        }
    }
    if (r && !db.commit()) {
        r = makeError(Error::Kind::Sql, QStringLiteral("commit: ") + db.lastError().text());
    }
    if (!r) {
        db.rollback();
    }
    return r;
}

Result<QString> CatalogWorkflow::allocateCode(const ResourceDraft& draft)
{
    const ResourceCodeProfile profile = m_store.ruleContext().codeProfile;
    if (!profile.isValidClassCode(draft.classificationCode)) {
        return makeError(Error::Kind::Invalid,
                         QStringLiteral("所选分类的分类码“%1”不符合代码规则，无法生成信息资源代码。")
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
    const QString now = nowText();
    std::vector<RowChange> changes{transition(s.value(), CatalogAction::Submit, S::PendingReview, {}, now)};
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
                  [&](std::vector<RowChange>& all) -> Result<void> {
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
    auto s = state(id);
    if (!s) {
        return s.error();
    }
    if (auto r = check(s.value(), CatalogAction::Approve); !r) {
        return r;
    }
    const QString now = nowText();
    const QString today = Clock::instance().nowUtc().toLocalTime().date().toString(Qt::ISODate);
    std::vector<RowChange> changes{transition(s.value(), CatalogAction::Approve, S::Published, comment, now)};
    ResourceDraft published;
    if (s.value().revision) {
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
        return commit(QStringLiteral("审核通过修订版本"), std::move(changes));
    }
    published = s.value().row;
    if (published.publishDate.isEmpty()) {
        published.publishDate = today;
    }
    published.status = canonicalName(S::Published);
    changes.push_back({Op::Update,
                       QStringLiteral("info_resource"),
                       id,
                       {{QStringLiteral("status"), published.status},
                        {QStringLiteral("publish_date"), published.publishDate}}});
    changes.push_back({Op::Insert,
                       QStringLiteral("resource_version"),
                       newUuid(),
                       {{QStringLiteral("owner_dept_id"), published.providerDeptId},
                        {QStringLiteral("resource_id"), id},
                        {QStringLiteral("version_no"), published.catalogVersion},
                        {QStringLiteral("status"), published.status},
                        {QStringLiteral("snapshot"), QString::fromUtf8(toSnapshotJson(published))},
                        {QStringLiteral("comment"), comment},
                        {QStringLiteral("submitted_at"), QVariant()},
                        {QStringLiteral("published_at"), now}}});
    return commit(QStringLiteral("审核通过"), std::move(changes));
}

Result<void> CatalogWorkflow::returnToEditor(const QString& id, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(Error::Kind::Invalid, QStringLiteral("退回时必须写明退回原因，以便编目员修改。"));
    }
    auto s = state(id);
    if (!s) {
        return s.error();
    }
    if (auto r = check(s.value(), CatalogAction::Return); !r) {
        return r;
    }
    std::vector<RowChange> changes{
        transition(s.value(), CatalogAction::Return, S::Returned, reason, nowText())};
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
    RowChange t = transition(s.value(), CatalogAction::Revise, S::Draft, {}, nowText());
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
        {transition(s.value(), action, to, comment, nowText()),
         {Op::Update, QStringLiteral("info_resource"), id, {{QStringLiteral("status"), canonicalName(to)}}}});
}

Result<void> CatalogWorkflow::requestOffline(const QString& id, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return makeError(Error::Kind::Invalid, QStringLiteral("申请下线时必须写明原因。"));
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

} // namespace govcat::db
