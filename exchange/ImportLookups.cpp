#include "exchange/ImportLookups.h"

#include "db/SqlError.h"

#include <QSqlQuery>

#include <functional>

namespace govcat::exchange {

using io::ImportedResource;

Result<void> ImportLookups::load(QSqlDatabase db, const io::ImportedCatalog& file)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto run = [&](const QString& sql, const std::function<void()>& row) -> Result<void> {
        if (!q.exec(sql)) {
            return db::sqlError(q, sql.left(60));
        }
        while (q.next()) {
            row();
        }
        return {};
    };
    Result<void> r;
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
        r = run(QStringLiteral("SELECT id, title FROM legal_basis WHERE is_deleted = 0"),
                [&] { basisByTitle.insert(q.value(1).toString(), q.value(0).toString()); });
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
    if (r) {
        r = loadResources(db, file);
    }
    return r;
}

// Only the stored resources the file can name: by id, by code, by name within each provider,
// in chunks through the indexes (reading every row of a large catalog cost more than the import).
Result<void> ImportLookups::loadResources(QSqlDatabase db, const io::ImportedCatalog& file)
{
    QStringList ids;
    QStringList codes;
    QHash<QString, QStringList> namesByDept;
    for (const ImportedResource& in : file.resources) {
        if (!in.draft.id.isEmpty()) {
            ids << in.draft.id;
        } else if (!in.draft.code.isEmpty()) {
            codes << in.draft.code;
        } else if (const QString dept = resolveDept(in, *this); !dept.isEmpty() && !in.draft.name.isEmpty()) {
            namesByDept[dept] << in.draft.name;
        }
    }
    const QChar sep(0x1f);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString select =
        QStringLiteral("SELECT id, coalesce(code, ''), name, provider_dept_id, status FROM "
                       "info_resource WHERE is_deleted = 0 AND ");
    auto fetch = [&](const QString& where, const QStringList& values, const QString& fixed) -> Result<void> {
        constexpr qsizetype kChunk = 500;
        for (qsizetype at = 0; at < values.size(); at += kChunk) {
            const QStringList chunk = values.mid(at, kChunk);
            q.prepare(select + where.arg(QStringList(chunk.size(), QStringLiteral("?")).join(u',')));
            if (!fixed.isEmpty()) {
                q.addBindValue(fixed);
            }
            for (const QString& v : chunk) {
                q.addBindValue(v);
            }
            if (!q.exec()) {
                return db::sqlError(q, QStringLiteral("match imported resources"));
            }
            while (q.next()) {
                const QString id = q.value(0).toString();
                byId.insert(id, {id, q.value(3).toString(), q.value(4).toString()});
                if (const QString code = q.value(1).toString(); !code.isEmpty()) {
                    idByCode.insert(code, id);
                }
                idByDeptName.insert(q.value(3).toString() + sep + q.value(2).toString(), id);
            }
        }
        return {};
    };
    if (auto r = fetch(QStringLiteral("id IN (%1)"), ids, {}); !r) {
        return r;
    }
    if (auto r = fetch(QStringLiteral("code IN (%1)"), codes, {}); !r) {
        return r;
    }
    for (auto it = namesByDept.cbegin(); it != namesByDept.cend(); ++it) {
        if (auto r = fetch(QStringLiteral("provider_dept_id = ? AND name IN (%1)"), it.value(), it.key());
            !r) {
            return r;
        }
    }
    return {};
}

QString matchStored(const ImportedResource& in, const ImportLookups& l, const QString& deptId)
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

QString resolveDept(const ImportedResource& in, const ImportLookups& l)
{
    if (const QString id = l.deptByName.value(in.draft.providerName.trimmed()); !id.isEmpty()) {
        return id;
    }
    return l.deptByUscc.value(in.draft.providerCode.trimmed());
}

} // namespace govcat::exchange
