#pragma once

#include "DemoRandom.h"
#include "DemoVocabulary.h"

#include <QString>

#include <map>
#include <vector>

namespace govcat::demo {

struct DemoOptions;

// One catalog_class row, and the next 顺序码 of the resources filed under it.
struct PlannedClass
{
    QString id;
    QString code; // 分类码: 类(1) + 项(2) + 目(3) + 细目(2)
    QString name;
    QString parentId;
    CatalogClassLevel level;
    CatalogKind kind;
    int nextSequence = 1;
};

struct PlannedDepartment
{
    const DepartmentDef* def = nullptr;
    QString id;
    QString name; // with the city name
    QString uscc;
    QString parentId;
    QString contact;
    int ownClass = -1;                 // its 目 (or 细目 for a 下设机构) under 类 3
    std::map<QString, int> placements; // 基础/主题 项 code → its 目 (or 细目) there
    int quota = 0;                     // resources to generate
    int firstVariant = 0;              // where its template/variant cycle starts
    QString lastCode;                  // last resource code, for 关联 relations
    QString lastOwnCode;               // last resource code filed under ownClass, for 来源 relations
};

// The small, fixed part of the city: departments, classification tree, quotas. Everything that grows
// with the number of resources is generated later, one resource at a time.
struct CityPlan
{
    std::vector<PlannedDepartment> departments; // parents first
    std::vector<PlannedClass> classes;          // parents first
    int bureau = 0;                             // the data bureau: owner of shared reference rows
};

CityPlan planCity(const DemoOptions& options, DemoRandom& rng, DemoIds& ids);

// A 统一社会信用代码 for a 登记管理部门 1 body: 1, category, region, a 组织机构代码 with its
// GB 11714 check digit, and the GB 32100 check character.
QString makeGovernmentUscc(QChar category, const QString& regionCode, DemoRandom& rng);

} // namespace govcat::demo
