#include "exchange/DataCall.h"

#include "catalog/CatalogQueries.h"
#include "core/Uuid.h"
#include "db/SqlError.h"
#include "db/Transaction.h"
#include "exchange/CatalogExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

namespace govcat::exchange {

qsizetype DataCallInfo::outstanding() const
{
    return std::count_if(depts.cbegin(), depts.cend(), [](const DataCallDept& d) { return !d.returned(); });
}

DataCall::DataCall(QSqlDatabase db, db::Actor actor, const Clock& clock)
    : m_db(std::move(db)), m_actor(std::move(actor)), m_clock(clock)
{}

QString DataCall::kitFileName(const QString& title, const QString& deptName)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\s]+"));
    QString name = QStringLiteral("%1-%2.xlsx").arg(title, deptName);
    name.replace(unsafe, QStringLiteral("_"));
    return name;
}

Result<DataCallInfo> DataCall::generate(const QString& title, const QString& folder,
                                        const std::function<bool(qsizetype, qsizetype)>& progress)
{
    if (title.trimmed().isEmpty()) {
        return Error{Error::Kind::Invalid,
                     QCoreApplication::translate("govcat::DataCall",
                                                 "请填写普查名称，例如“2026 年度政务信息资源普查”。")};
    }
    if (!QDir(folder).exists() && !QDir().mkpath(folder)) {
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("govcat::DataCall", "无法创建文件夹“%1”。").arg(folder)};
    }
    DataCallInfo call;
    call.id = newUuid();
    call.title = title.trimmed();
    call.folder = folder;
    call.createdAt = m_clock.nowUtc().toString(Qt::ISODate);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM department WHERE is_deleted = 0 ORDER BY name"))) {
        return db::sqlError(q, QStringLiteral("list departments"));
    }
    QList<std::pair<QString, QString>> depts;
    while (q.next()) {
        depts << std::pair{q.value(0).toString(), q.value(1).toString()};
    }
    const catalog::CatalogQueries queries(m_db);
    const CatalogExport exporter(m_db);
    for (qsizetype i = 0; i < depts.size(); ++i) {
        if (progress && !progress(i, depts.size())) {
            return Error{Error::Kind::Cancelled,
                         QCoreApplication::translate("govcat::DataCall", "已取消生成目录填报包。")};
        }
        const auto& [deptId, deptName] = depts.at(i);
        auto ids = queries.resourceIds(catalog::ResourceFilter::forDepartment(deptId));
        if (!ids) {
            return ids.error();
        }
        ExportRequest request;
        request.path = QDir(folder).filePath(kitFileName(call.title, deptName));
        request.format = io::CatalogFileFormat::Xlsx;
        request.ids = ids.value();
        request.kitInfo = {
            {kKitCallId, call.id},
            {kKitDeptId, deptId},
            {QStringLiteral("普查名称"), call.title},
            {QStringLiteral("部门名称"), deptName},
            {QStringLiteral("生成时间"), call.createdAt},
            {QStringLiteral("说明"), QStringLiteral("请在“信息资源”“信息项”两张表中修改或补充本部门的目录，"
                                                    "不要修改资源标识和本工作表，保存后交回。")}};
        if (auto written = exporter.run(request); !written) {
            return written.error();
        }
        DataCallDept dept;
        dept.deptId = deptId;
        dept.deptName = deptName;
        dept.fileName = QFileInfo(request.path).fileName();
        dept.resources = ids.value().size();
        call.depts << dept;
    }
    // The call and its departments' rows as synced rows: outbox entries and one audit entry.
    db::ChangeSet set{QStringLiteral("下发目录填报包"), {}};
    set.changes.push_back({db::RowChange::Op::Insert,
                           QStringLiteral("data_call"),
                           call.id,
                           {{QStringLiteral("owner_dept_id"), m_actor.deptId},
                            {QStringLiteral("title"), call.title},
                            {QStringLiteral("folder"), call.folder},
                            {QStringLiteral("created_at"), call.createdAt},
                            {QStringLiteral("created_by"), m_actor.userName}}});
    for (const DataCallDept& d : std::as_const(call.depts)) {
        set.changes.push_back({db::RowChange::Op::Insert,
                               QStringLiteral("data_call_dept"),
                               {},
                               {{QStringLiteral("owner_dept_id"), m_actor.deptId},
                                {QStringLiteral("call_id"), call.id},
                                {QStringLiteral("dept_id"), d.deptId},
                                {QStringLiteral("file_name"), d.fileName},
                                {QStringLiteral("resources"), d.resources}}});
    }
    db::Repository repository(m_db, m_actor, m_clock);
    auto recorded =
        db::inTransaction(m_db, [&] { return repository.applyWithin(set, {}, db::AuditEntries::Once); });
    if (!recorded) {
        return recorded.error();
    }
    return call;
}

Result<std::optional<DataCallInfo>> DataCall::latest() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT id, title, folder, created_at FROM data_call ORDER BY created_at DESC, rowid DESC "
            "LIMIT 1"))) {
        return db::sqlError(q, QStringLiteral("read data call"));
    }
    if (!q.next()) {
        return std::optional<DataCallInfo>();
    }
    DataCallInfo call{
        q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}};
    q.prepare(QStringLiteral(
        "SELECT c.dept_id, d.name, c.file_name, c.resources, coalesce(c.returned_at, ''), "
        "coalesce(c.returned_file, ''), coalesce(c.new_count, 0), coalesce(c.changed_count, 0), "
        "coalesce(c.rejected_count, 0) FROM data_call_dept c JOIN department d ON d.id = c.dept_id "
        "WHERE c.call_id = ? ORDER BY d.name"));
    q.addBindValue(call.id);
    if (!q.exec()) {
        return db::sqlError(q, QStringLiteral("read data call departments"));
    }
    while (q.next()) {
        call.depts << DataCallDept{q.value(0).toString(),   q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(),
                                   q.value(6).toInt(),      q.value(7).toInt(),    q.value(8).toInt()};
    }
    return std::optional<DataCallInfo>(std::move(call));
}

Result<QString> DataCall::recordReturn(const QHash<QString, QString>& kitInfo, const QString& file,
                                       int created, int changed, int rejected)
{
    return recordReturn(kitInfo, file, created, changed, rejected, false);
}

Result<QString> DataCall::recordReturnWithin(const QHash<QString, QString>& kitInfo, const QString& file,
                                             int created, int changed, int rejected)
{
    return recordReturn(kitInfo, file, created, changed, rejected, true);
}

Result<QString> DataCall::recordReturn(const QHash<QString, QString>& kitInfo, const QString& file,
                                       int created, int changed, int rejected, bool within)
{
    const QString callId = kitInfo.value(kKitCallId);
    const QString deptId = kitInfo.value(kKitDeptId);
    if (callId.isEmpty() || deptId.isEmpty()) {
        return QString();
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id FROM data_call_dept WHERE call_id = ? AND dept_id = ? AND is_deleted = 0"));
    q.addBindValue(callId);
    q.addBindValue(deptId);
    if (!q.exec()) {
        return db::sqlError(q, QStringLiteral("find kit"));
    }
    if (!q.next()) {
        return QString();
    }
    const QString rowId = q.value(0).toString();
    q.finish();
    const db::ChangeSet set{QStringLiteral("登记填报包报送"),
                            {{db::RowChange::Op::Update,
                              QStringLiteral("data_call_dept"),
                              rowId,
                              {{QStringLiteral("returned_at"), m_clock.nowUtc().toString(Qt::ISODate)},
                               {QStringLiteral("returned_file"), QFileInfo(file).fileName()},
                               {QStringLiteral("new_count"), created},
                               {QStringLiteral("changed_count"), changed},
                               {QStringLiteral("rejected_count"), rejected}}}}};
    db::Repository repository(m_db, m_actor, m_clock);
    auto recorded = within ? repository.applyWithin(set) : repository.apply(set);
    if (!recorded) {
        return recorded.error();
    }
    q.prepare(QStringLiteral("SELECT name FROM department WHERE id = ?"));
    q.addBindValue(deptId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace govcat::exchange
