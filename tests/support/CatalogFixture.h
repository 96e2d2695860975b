#pragma once

#include "catalog/ResourceStore.h"
#include "core/CodeLists.h"
#include "core/rules/ResourceDraft.h"
#include "db/Database.h"
#include "demo/DemoCity.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace govcat::test {

// A small demo city in a temporary encrypted database, and a valid draft for one of its departments.
struct CatalogFixture
{
    QTemporaryDir dir;
    std::unique_ptr<db::Database> database;
    QString deptId;
    QString otherDeptId;
    QString classId;
    QString classCode;

    explicit CatalogFixture(int resources = 30)
    {
        database = createDatabase(dir.filePath(QStringLiteral("c.govcat")));
        demo::DemoOptions options;
        options.resources = resources;
        if (!demo::generateDemoCity(*database, options)) {
            qFatal("demo generation failed");
        }
        QSqlQuery q(database->connection());
        q.exec(QStringLiteral("SELECT id FROM department WHERE is_deleted = 0 ORDER BY name LIMIT 2"));
        q.next();
        deptId = q.value(0).toString();
        q.next();
        otherDeptId = q.value(0).toString();
        q.exec(QStringLiteral("SELECT id, code FROM catalog_class WHERE level = '目' ORDER BY code LIMIT 1"));
        q.next();
        classId = q.value(0).toString();
        classCode = q.value(1).toString();
    }

    // The editor is 测试用户; reviewers and administrators are other people (nobody approves what
    // they submitted themselves).
    db::Actor actor(Role role, const QString& dept = {}) const
    {
        const QString name = role == Role::Reviewer        ? QStringLiteral("测试审核员")
                             : role == Role::Administrator ? QStringLiteral("测试管理员")
                                                           : QStringLiteral("测试用户");
        return {name, dept.isEmpty() ? deptId : dept, canonicalName(role)};
    }

    // Everything the rules ask for, with three data items.
    ResourceDraft validDraft(const catalog::ResourceStore& store, const QString& name) const
    {
        ResourceDraft d = store.newDraft(deptId).value();
        d.name = name;
        d.classificationId = classId;
        d.classificationCode = classCode;
        d.abstract = QStringLiteral("记录本部门登记的市场主体基本信息。");
        d.formatCategory = canonicalName(FormatCategory::Database);
        d.formatType = formatTypesOf(FormatCategory::Database).constFirst().name;
        d.shareMethodCategory = codeList(CodeListId::ShareMethodCategory).entries.constFirst().name;
        d.shareMethodType = canonicalName(ShareMethodType::Interface);
        d.updateCycle = canonicalName(UpdateCycle::Daily);
        d.items = {
            ItemDraft::of(QStringLiteral("统一社会信用代码"), QStringLiteral("C"), QStringLiteral("18")),
            ItemDraft::of(QStringLiteral("企业名称"), QStringLiteral("C"), QStringLiteral("200")),
            ItemDraft::of(QStringLiteral("成立日期"), QStringLiteral("D"))};
        return d;
    }

    qint64 count(const QString& sql) const
    {
        QSqlQuery q(database->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
};

} // namespace govcat::test
