#pragma once

#include "catalog/ResourceStore.h"
#include "core/CodeLists.h"
#include "db/Database.h"

#include <QSqlQuery>

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

} // namespace govcat::test
