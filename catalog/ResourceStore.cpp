#include "catalog/ResourceStore.h"

#include "core/Uuid.h"
#include "core/rules/DraftFields.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <set>

namespace govcat::catalog {

namespace {

QVariant nullable(const QString& s)
{
    return s.trimmed().isEmpty() ? QVariant() : QVariant(s);
}

// For NOT NULL text columns: a null QString would bind as SQL NULL.
QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

QVariant nullableNumber(const QString& s, bool real)
{
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    if (!ok) {
        return {};
    }
    return real ? QVariant(v) : QVariant(qint64(v));
}

QString numberText(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

const QStringList kSurveyColumns = {
    QStringLiteral("storage_total_gb"),  QStringLiteral("records_total_10k"),
    QStringLiteral("shared_storage_gb"), QStringLiteral("shared_records_10k"),
    QStringLiteral("opened_storage_gb"), QStringLiteral("opened_records_10k")};

const QString kRelationKind = QStringLiteral("关联");

} // namespace

QVariantMap resourceColumns(const ResourceDraft& d)
{
    QVariantMap row = {
        {QStringLiteral("classification_id"), d.classificationId},
        {QStringLiteral("name"), text(d.name.trimmed())},
        {QStringLiteral("provider_dept_id"), d.providerDeptId},
        {QStringLiteral("provider_code"), text(d.providerCode)},
        {QStringLiteral("provider_internal_unit"), nullable(d.internalUnit)},
        {QStringLiteral("abstract"), text(d.abstract)},
        {QStringLiteral("format_category"), nullable(d.formatCategory)},
        {QStringLiteral("format_type"), nullable(d.formatType)},
        {QStringLiteral("format_other_desc"), nullable(d.formatOtherDesc)},
        {QStringLiteral("share_type"), d.shareType},
        {QStringLiteral("share_condition"), nullable(d.shareCondition)},
        {QStringLiteral("no_share_basis_id"), nullable(d.noShareBasisId)},
        {QStringLiteral("share_method_category"), nullable(d.shareMethodCategory)},
        {QStringLiteral("share_method_type"), nullable(d.shareMethodType)},
        {QStringLiteral("open_to_public"),
         d.openToPublic.isEmpty() ? canonicalName(OpenToPublic::No) : d.openToPublic},
        {QStringLiteral("open_condition"), nullable(d.openCondition)},
        {QStringLiteral("update_cycle"), nullable(d.updateCycle)},
        {QStringLiteral("update_cycle_other"), nullable(d.updateCycleOther)},
        {QStringLiteral("publish_date"), nullable(d.publishDate)},
        {QStringLiteral("is_secret"),
         d.isSecret.isEmpty() ? canonicalName(SecretAttribute::NonSecret) : d.isSecret},
        {QStringLiteral("business_items"), nullable(d.businessItems)},
        {QStringLiteral("open_type"), d.openType.isEmpty()
                                          ? nullable(derivedOpenType(d.openToPublic, d.openCondition))
                                          : QVariant(d.openType)},
        {QStringLiteral("level"), d.level.isEmpty() ? canonicalName(ResourceLevel::Department) : d.level},
    };
    // Not mount_status: 挂接 is the sharing platform's step after publication (DOMAIN §2.8); the
    // platform (later: sync) sets it. A draft carries it for display only, so neither an editor, an
    // import nor an approved revision (whose snapshot may be older) changes it.
    return row;
}

ResourceStore::ResourceStore(QSqlDatabase db, db::Repository& repository)
    : m_db(std::move(db)), m_repo(repository), m_statements(m_db, true)
{}

ActorRole ResourceStore::actorRole() const
{
    const db::Actor& a = m_repo.actor();
    return {fromName<Role>(a.role).value_or(Role::Leader), a.deptId};
}

Result<ResourceDraft> ResourceStore::load(const QString& id) const
{
    QSqlQuery& q = statement(QStringLiteral(
        "SELECT r.id, r.name, coalesce(r.code, ''), r.classification_id, coalesce(c.code, ''), "
        "r.provider_dept_id, "
        "coalesce(d.name, ''), r.provider_code, r.provider_internal_unit, r.abstract, r.format_category, "
        "r.format_type, r.format_other_desc, r.share_type, r.share_condition, r.no_share_basis_id, "
        "r.share_method_category, r.share_method_type, r.open_to_public, r.open_condition, r.update_cycle, "
        "r.update_cycle_other, r.publish_date, r.is_secret, r.business_items, r.status, "
        "coalesce(r.open_type, ''), r.level, r.mount_status, r.catalog_version FROM info_resource r LEFT "
        "JOIN catalog_class c ON c.id = r.classification_id "
        "LEFT JOIN department d ON d.id = r.provider_dept_id WHERE r.id = ? AND r.is_deleted = 0"));
    q.bindValue(0, id);
    if (!q.exec()) {
        return db::sqlError(q, QStringLiteral("load resource"));
    }
    if (!q.next()) {
        q.finish();
        return makeError(Error::Kind::NotFound, QStringLiteral("no resource ") + id);
    }
    ResourceDraft d;
    QString* text[] = {&d.id,
                       &d.name,
                       &d.code,
                       &d.classificationId,
                       &d.classificationCode,
                       &d.providerDeptId,
                       &d.providerName,
                       &d.providerCode,
                       &d.internalUnit,
                       &d.abstract,
                       &d.formatCategory,
                       &d.formatType,
                       &d.formatOtherDesc,
                       &d.shareType,
                       &d.shareCondition,
                       &d.noShareBasisId,
                       &d.shareMethodCategory,
                       &d.shareMethodType,
                       &d.openToPublic,
                       &d.openCondition,
                       &d.updateCycle,
                       &d.updateCycleOther,
                       &d.publishDate,
                       &d.isSecret,
                       &d.businessItems,
                       &d.status,
                       &d.openType,
                       &d.level,
                       &d.mountStatus};
    int column = 0;
    for (QString* field : text) {
        *field = q.value(column++).toString();
    }
    d.catalogVersion = q.value(column).toInt();
    q.finish();

    QSqlQuery& items =
        statement(QStringLiteral("SELECT id, name, data_type, length, precision, is_key, is_sensitive, "
                                 "item_share_type, item_share_condition FROM info_item "
                                 "WHERE resource_id = ? AND is_deleted = 0 ORDER BY seq"));
    items.bindValue(0, id);
    if (!items.exec()) {
        return db::sqlError(items, QStringLiteral("load items"));
    }
    while (items.next()) {
        d.items.append({items.value(0).toString(), items.value(1).toString(), items.value(2).toString(),
                        numberText(items.value(3)), numberText(items.value(4)), items.value(5).toInt() != 0,
                        items.value(6).toInt() != 0, items.value(7).toString(), items.value(8).toString()});
    }
    items.finish();
    QSqlQuery& relations =
        statement(QStringLiteral("SELECT related_code FROM resource_relation WHERE resource_id = ? AND "
                                 "is_deleted = 0 AND relation_kind = ? ORDER BY rowid"));
    relations.bindValue(0, id);
    relations.bindValue(1, kRelationKind);
    if (!relations.exec()) {
        return db::sqlError(relations, QStringLiteral("load relations"));
    }
    while (relations.next()) {
        d.relatedCodes << relations.value(0).toString();
    }
    relations.finish();
    QSqlQuery& survey =
        statement(QStringLiteral("SELECT %1 FROM resource_survey WHERE resource_id = ? AND is_deleted = 0 "
                                 "ORDER BY period DESC LIMIT 1")
                      .arg(kSurveyColumns.join(u',')));
    survey.bindValue(0, id);
    if (!survey.exec()) {
        return db::sqlError(survey, QStringLiteral("load survey"));
    }
    if (survey.next()) {
        for (std::size_t i = 0; i < d.survey.size(); ++i) {
            d.survey.at(i) = numberText(survey.value(int(i)));
        }
    }
    survey.finish();
    return d;
}

QSqlQuery& ResourceStore::statement(const QString& sql) const
{
    return m_statements.get(sql).query; // a failed prepare fails the exec, which reports it
}

Result<std::optional<RevisionInfo>> ResourceStore::revision(const QString& id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT version_no, status, coalesce(submitted_at, '') FROM resource_version "
                             "WHERE resource_id = ? AND is_deleted = 0 AND status <> '已发布' "
                             "ORDER BY version_no DESC LIMIT 1"));
    q.addBindValue(id);
    if (!q.exec()) {
        return db::sqlError(q, QStringLiteral("find revision"));
    }
    if (!q.next()) {
        return std::optional<RevisionInfo>();
    }
    return std::optional<RevisionInfo>(RevisionInfo{
        q.value(0).toInt(), fromName<ResourceStatus>(q.value(1).toString()).value_or(ResourceStatus::Draft),
        q.value(2).toString()});
}

Result<ResourceDraft> ResourceStore::loadForEditing(const QString& id) const
{
    auto open = revision(id);
    if (!open) {
        return open.error();
    }
    if (!open.value()) {
        return load(id);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT snapshot FROM resource_version WHERE resource_id = ? AND version_no = ? "
                             "AND is_deleted = 0"));
    q.addBindValue(id);
    q.addBindValue(open.value()->versionNo);
    if (!q.exec() || !q.next()) {
        return db::sqlError(q, QStringLiteral("load revision"));
    }
    auto draft = fromSnapshotJson(q.value(0).toByteArray());
    if (draft) {
        draft.value().status = canonicalName(open.value()->status);
        draft.value().catalogVersion = open.value()->versionNo;
    }
    return draft;
}

Result<ResourceDraft> ResourceStore::newDraft(const QString& providerDeptId) const
{
    // Kept prepared: the import's dry run starts a draft for every new resource.
    QSqlQuery& q =
        statement(QStringLiteral("SELECT name, uscc FROM department WHERE id = ? AND is_deleted = 0"));
    q.bindValue(0, providerDeptId);
    if (!q.exec()) {
        return db::sqlError(q, QStringLiteral("read department"));
    }
    if (!q.next()) {
        q.finish();
        return makeError(Error::Kind::NotFound, QStringLiteral("no department ") + providerDeptId);
    }
    ResourceDraft d;
    d.providerDeptId = providerDeptId;
    d.providerName = q.value(0).toString();
    d.providerCode = q.value(1).toString();
    q.finish();
    d.shareType = canonicalName(ShareType::Unconditional);
    d.openToPublic = canonicalName(OpenToPublic::No);
    d.openType = canonicalName(OpenType::NotOpen);
    d.isSecret = canonicalName(SecretAttribute::NonSecret);
    d.level = canonicalName(ResourceLevel::Department);
    d.status = canonicalName(ResourceStatus::Draft);
    d.mountStatus = canonicalName(MountStatus::NotMounted);
    return d;
}

RuleContext ResourceStore::ruleContext() const
{
    RuleContext context;
    // The statement stays prepared in this store (which outlives the contexts it gives out: the
    // import's dry run checks every row, an editor every keystroke).
    context.nameTaken = [this](const QString& deptId, const QString& name, const QString& selfId) {
        QSqlQuery& q = statement(
            QStringLiteral("SELECT 1 FROM info_resource WHERE provider_dept_id = ? AND name = ? AND "
                           "id <> ? AND is_deleted = 0 AND status <> '已下线' LIMIT 1"));
        q.bindValue(0, deptId);
        q.bindValue(1, name.trimmed());
        q.bindValue(2, selfId);
        const bool taken = q.exec() && q.next();
        q.finish();
        return taken;
    };
    context.legalBasis = [this](const QString& basisId) -> std::optional<LegalBasisInfo> {
        QSqlQuery& q =
            statement(QStringLiteral("SELECT title, level FROM legal_basis WHERE id = ? AND is_deleted = 0"));
        q.bindValue(0, basisId);
        std::optional<LegalBasisInfo> basis;
        if (q.exec() && q.next()) {
            basis = LegalBasisInfo{q.value(0).toString(), q.value(1).toString()};
        }
        q.finish();
        return basis;
    };
    context.resourceCodeExists = [this](const QString& code) {
        QSqlQuery& q = statement(
            QStringLiteral("SELECT 1 FROM info_resource WHERE code = ? AND is_deleted = 0 LIMIT 1"));
        q.bindValue(0, code);
        const bool exists = q.exec() && q.next();
        q.finish();
        return exists;
    };
    context.sharing = sharingProfile(m_db);
    return context;
}

SharingProfile sharingProfile(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    SharingProfile profile = SharingProfile::national();
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('%1', '%2')")
                    .arg(kSharingProfileName, kSharingProfileConditionalBasis))) {
        return profile;
    }
    while (q.next()) {
        if (q.value(0).toString() == kSharingProfileName && !q.value(1).toString().isEmpty()) {
            profile.name = q.value(1).toString();
        } else if (q.value(0).toString() == kSharingProfileConditionalBasis) {
            profile.conditionalNeedsBasis = q.value(1).toString() == QStringLiteral("1");
        }
    }
    return profile;
}

Result<void> setSharingProfile(const QSqlDatabase& db, const SharingProfile& profile)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    for (const auto& [key, value] :
         {std::pair{kSharingProfileName, profile.name},
          std::pair{kSharingProfileConditionalBasis,
                    profile.conditionalNeedsBasis ? QStringLiteral("1") : QStringLiteral("0")}}) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec()) {
            return db::sqlError(q, QStringLiteral("write sharing profile"));
        }
    }
    return {};
}

QList<Finding> ResourceStore::validate(const ResourceDraft& draft) const
{
    return CatalogRules::check(draft, ruleContext());
}

Result<std::vector<db::RowChange>> ResourceStore::changesFor(const ResourceDraft& d, bool isNew) const
{
    using Op = db::RowChange::Op;
    std::vector<db::RowChange> changes;
    const QString id = d.id;
    const QString owner = d.providerDeptId;
    QVariantMap row = resourceColumns(d);
    if (isNew) {
        row.insert(QStringLiteral("owner_dept_id"), owner);
        row.insert(QStringLiteral("status"), canonicalName(ResourceStatus::Draft));
    }
    changes.push_back({isNew ? Op::Insert : Op::Update, QStringLiteral("info_resource"), id, row});

    // Items: update those still there, insert new ones, delete the rest.
    std::set<QString> live;
    if (!isNew) {
        QSqlQuery& q =
            statement(QStringLiteral("SELECT id FROM info_item WHERE resource_id = ? AND is_deleted = 0"));
        q.bindValue(0, id);
        if (!q.exec()) {
            return db::sqlError(q, QStringLiteral("list items"));
        }
        while (q.next()) {
            live.insert(q.value(0).toString());
        }
        q.finish();
    }
    std::set<QString> kept;
    for (qsizetype i = 0; i < d.items.size(); ++i) {
        const ItemDraft& item = d.items.at(i);
        QVariantMap fields = {
            {QStringLiteral("seq"), int(i + 1)},
            {QStringLiteral("name"), item.name.trimmed()},
            {QStringLiteral("data_type"), item.dataType},
            {QStringLiteral("length"), nullableNumber(item.length, false)},
            {QStringLiteral("precision"), nullableNumber(item.precision, false)},
            {QStringLiteral("is_key"), item.isKey ? 1 : 0},
            {QStringLiteral("is_sensitive"), item.isSensitive ? 1 : 0},
            {QStringLiteral("item_share_type"), nullable(item.itemShareType)},
            {QStringLiteral("item_share_condition"), nullable(item.itemShareCondition)},
        };
        const bool exists = !item.id.isEmpty() && live.count(item.id) > 0 && kept.count(item.id) == 0;
        if (exists) {
            kept.insert(item.id);
            changes.push_back({Op::Update, QStringLiteral("info_item"), item.id, fields});
        } else {
            fields.insert(QStringLiteral("owner_dept_id"), owner);
            fields.insert(QStringLiteral("resource_id"), id);
            changes.push_back({Op::Insert, QStringLiteral("info_item"), newUuid(), fields});
        }
    }
    for (const QString& gone : live) {
        if (kept.count(gone) == 0) {
            changes.push_back({Op::Delete, QStringLiteral("info_item"), gone, {}});
        }
    }

    // Related codes: one relation row per code.
    QHash<QString, QString> relations; // code → row id
    if (!isNew) {
        QSqlQuery& q = statement(
            QStringLiteral("SELECT id, related_code FROM resource_relation WHERE resource_id = ? AND "
                           "is_deleted = 0 AND relation_kind = ?"));
        q.bindValue(0, id);
        q.bindValue(1, kRelationKind);
        if (!q.exec()) {
            return db::sqlError(q, QStringLiteral("list relations"));
        }
        while (q.next()) {
            relations.insert(q.value(1).toString(), q.value(0).toString());
        }
        q.finish();
    }
    QStringList wanted;
    for (const QString& code : d.relatedCodes) {
        if (!code.trimmed().isEmpty() && !wanted.contains(code.trimmed())) {
            wanted << code.trimmed();
        }
    }
    for (const QString& code : std::as_const(wanted)) {
        if (!relations.contains(code)) {
            changes.push_back({Op::Insert,
                               QStringLiteral("resource_relation"),
                               newUuid(),
                               {{QStringLiteral("owner_dept_id"), owner},
                                {QStringLiteral("resource_id"), id},
                                {QStringLiteral("related_code"), code},
                                {QStringLiteral("relation_kind"), kRelationKind}}});
        }
    }
    for (auto it = relations.cbegin(); it != relations.cend(); ++it) {
        if (!wanted.contains(it.key())) {
            changes.push_back({Op::Delete, QStringLiteral("resource_relation"), it.value(), {}});
        }
    }

    // Survey: one row, written when any figure is given.
    QVariantMap survey;
    bool anyFigure = false;
    for (qsizetype i = 0; i < kSurveyColumns.size(); ++i) {
        const QVariant v = nullableNumber(d.survey.at(std::size_t(i)), true);
        anyFigure = anyFigure || !v.isNull();
        survey.insert(kSurveyColumns.at(i), v.isNull() ? QVariant(0.0) : v);
    }
    QString surveyId;
    if (!isNew) {
        QSqlQuery& q = statement(QStringLiteral("SELECT id FROM resource_survey WHERE resource_id = ? AND "
                                                "is_deleted = 0 ORDER BY period DESC LIMIT 1"));
        q.bindValue(0, id);
        if (!q.exec()) {
            return db::sqlError(q, QStringLiteral("find survey"));
        }
        if (q.next()) {
            surveyId = q.value(0).toString();
        }
        q.finish();
    }
    if (!surveyId.isEmpty()) {
        changes.push_back({Op::Update, QStringLiteral("resource_survey"), surveyId, survey});
    } else if (anyFigure) {
        survey.insert(QStringLiteral("owner_dept_id"), owner);
        survey.insert(QStringLiteral("resource_id"), id);
        survey.insert(QStringLiteral("period"),
                      QString::number(m_repo.clock().nowUtc().toLocalTime().date().year()));
        changes.push_back({Op::Insert, QStringLiteral("resource_survey"), newUuid(), survey});
    }
    return changes;
}

Result<QString> ResourceStore::save(const ResourceDraft& draft)
{
    auto plan = planSave(draft);
    if (!plan) {
        return plan.error();
    }
    if (auto ids = m_repo.apply(plan.value().changes); !ids) {
        return ids.error();
    }
    return plan.value().resourceId;
}

Result<SavePlan> ResourceStore::planSave(const ResourceDraft& draft) const
{
    std::optional<ResourceDraft> stored;
    if (!draft.id.isEmpty()) {
        auto loaded = load(draft.id);
        if (loaded) {
            stored = std::move(loaded).value();
        } else if (loaded.error().kind != Error::Kind::NotFound) {
            return loaded.error();
        }
    }
    return planSave(draft, stored);
}

Result<SavePlan> ResourceStore::planSave(const ResourceDraft& input,
                                         const std::optional<ResourceDraft>& stored) const
{
    ResourceDraft draft = input;
    QStringList missing;
    if (draft.name.trimmed().isEmpty()) {
        missing << fieldDisplayLabel(QStringLiteral("name"));
    }
    if (draft.classificationId.isEmpty()) {
        missing << fieldDisplayLabel(QStringLiteral("classification_code"));
    }
    if (draft.providerDeptId.isEmpty()) {
        missing << fieldDisplayLabel(QStringLiteral("provider_name"));
    }
    if (!fromName<ShareType>(draft.shareType)) {
        missing << fieldDisplayLabel(QStringLiteral("share_type"));
    }
    if (!missing.isEmpty()) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("govcat::ResourceStore", "保存草稿至少需要填写：%1。")
                             .arg(missing.join(QStringLiteral("、"))));
    }

    const ActorRole actor = actorRole();
    const ResourceStatus status =
        stored ? fromName<ResourceStatus>(stored->status).value_or(ResourceStatus::Draft)
               : ResourceStatus::Draft;
    const QString dept = stored ? stored->providerDeptId : draft.providerDeptId;
    const CatalogAction action = stored ? CatalogAction::Edit : CatalogAction::Create;
    if (const QString why = refusalReason(actor, action, dept, status); !why.isEmpty()) {
        return makeError(Error::Kind::Forbidden, why);
    }
    if (stored && draft.providerDeptId != stored->providerDeptId) {
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("govcat::ResourceStore", "信息资源的提供方不能在编辑中更改。"));
    }

    if (status == ResourceStatus::Published) {
        auto open = revision(draft.id);
        if (!open) {
            return open.error();
        }
        if (open.value() && open.value()->status == ResourceStatus::PendingReview) {
            return makeError(
                Error::Kind::Forbidden,
                QCoreApplication::translate("govcat::ResourceStore", "修订版本正在审核中，不能编辑。"));
        }
        draft.code = stored->code; // immutable once published
        auto change = revisionChange(draft, open.value());
        if (!change) {
            return change.error();
        }
        const QString what = open.value() ? QStringLiteral("编辑修订版本") : QStringLiteral("修订信息资源");
        return SavePlan{draft.id, SavePlan::Target::Revision, {what, {std::move(change).value()}}};
    }

    const bool isNew = !stored;
    if (isNew && draft.id.isEmpty()) {
        draft.id = newUuid();
    }
    auto changes = changesFor(draft, isNew);
    if (!changes) {
        return changes.error();
    }
    return SavePlan{draft.id,
                    isNew ? SavePlan::Target::NewResource : SavePlan::Target::Row,
                    {isNew ? QStringLiteral("新建信息资源") : QStringLiteral("编辑信息资源"),
                     std::move(changes).value()}};
}

Result<db::RowChange> ResourceStore::revisionChange(const ResourceDraft& draft,
                                                    const std::optional<RevisionInfo>& open) const
{
    ResourceDraft snapshot = draft;
    snapshot.status = canonicalName(open ? open->status : ResourceStatus::Draft); // 草稿 or 已退回
    const QString json = QString::fromUtf8(toSnapshotJson(snapshot));
    if (open) {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT id FROM resource_version WHERE resource_id = ? AND version_no = ? AND "
                           "is_deleted = 0"));
        q.addBindValue(draft.id);
        q.addBindValue(open->versionNo);
        if (!q.exec() || !q.next()) {
            return db::sqlError(q, QStringLiteral("find revision"));
        }
        return db::RowChange{db::RowChange::Op::Update,
                             QStringLiteral("resource_version"),
                             q.value(0).toString(),
                             {{QStringLiteral("snapshot"), json}}};
    }
    return db::RowChange{db::RowChange::Op::Insert,
                         QStringLiteral("resource_version"),
                         {},
                         {{QStringLiteral("owner_dept_id"), draft.providerDeptId},
                          {QStringLiteral("resource_id"), draft.id},
                          {QStringLiteral("version_no"), draft.catalogVersion + 1},
                          {QStringLiteral("status"), canonicalName(ResourceStatus::Draft)},
                          {QStringLiteral("snapshot"), json}}};
}

} // namespace govcat::catalog
