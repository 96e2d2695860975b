#pragma once

#include "catalog/CatalogWorkflow.h"
#include "catalog/ResourceStore.h"
#include "core/CodeLists.h"
#include "db/Database.h"
#include "db/Repository.h"
#include "support/DemoCity.h"

#include <QSqlQuery>

#include <memory>

namespace govcat::test {

// A new resource as an editor of the demo city fills it in: the city's most used classification,
// an abstract, format, share method, a daily update cycle and three data items.
inline ResourceDraft filledDraft(const catalog::ResourceStore& store, const db::Database& database,
                                 const QString& dept, const QString& name)
{
    ResourceDraft d = store.newDraft(dept).value();
    QSqlQuery q(database.connection());
    // The classification the demo city uses most, as an editor would pick a common one.
    q.exec(QStringLiteral("SELECT c.id, c.code FROM info_resource r JOIN catalog_class c ON "
                          "c.id = r.classification_id GROUP BY c.id ORDER BY count(*) DESC LIMIT 1"));
    q.next();
    d.name = name;
    d.classificationId = q.value(0).toString();
    d.classificationCode = q.value(1).toString();
    d.abstract = QStringLiteral("记录本部门办理的行政许可事项及其办理结果。");
    d.formatCategory = canonicalName(FormatCategory::Database);
    d.formatType = formatTypesOf(FormatCategory::Database).constFirst().name;
    d.shareMethodCategory = codeList(CodeListId::ShareMethodCategory).entries.constFirst().name;
    d.shareMethodType = canonicalName(ShareMethodType::Interface);
    d.updateCycle = canonicalName(UpdateCycle::Daily);
    d.items = {ItemDraft::of(QStringLiteral("统一社会信用代码"), QStringLiteral("C"), QStringLiteral("18")),
               ItemDraft::of(QStringLiteral("许可事项名称"), QStringLiteral("C"), QStringLiteral("200")),
               ItemDraft::of(QStringLiteral("许可日期"), QStringLiteral("D"))};
    return d;
}

// A copy of the demo city opened by a catalog editor of 临川市市场监督管理局, with the services the
// GUI builds over it. Check ok() before use.
struct DemoEditorSession
{
    explicit DemoEditorSession(const QTemporaryDir& dir) : database(openDemoCity(dir))
    {
        if (!database) {
            return;
        }
        editor = setDemoProfile(*database, QStringLiteral("王编目"), QStringLiteral("临川市市场监督管理局"),
                                canonicalName(Role::CatalogEditor));
        repo = std::make_unique<db::Repository>(database->connection(), db::ProfileStore::actorOf(editor));
        store = std::make_unique<catalog::ResourceStore>(database->connection(), *repo);
        flow = std::make_unique<catalog::CatalogWorkflow>(*store);
    }
    bool ok() const { return database && !editor.deptId.isEmpty(); }
    // A new draft filled in as filledDraft does, in the editor's department.
    ResourceDraft draft(const QString& name) const
    {
        return filledDraft(*store, *database, editor.deptId, name);
    }

    std::unique_ptr<db::Database> database;
    db::LocalProfile editor;
    std::unique_ptr<db::Repository> repo;
    std::unique_ptr<catalog::ResourceStore> store;
    std::unique_ptr<catalog::CatalogWorkflow> flow;
};

} // namespace govcat::test
