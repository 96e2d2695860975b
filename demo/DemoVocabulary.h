#pragma once

#include "core/CodeLists.h"

#include <QList>
#include <QString>
#include <QStringList>

// The words the demo city is made of: departments and what they catalog, data item sets,
// the classification tree, legal bases and phrases. All text is fictional but written the way
// Chinese municipal catalogs read. Built once on first use; read-only afterwards.
namespace govcat::demo {

struct ItemDef
{
    QString name;
    QChar type;         // DataType letter, as stored
    int length = 0;     // 0: none
    int precision = -1; // -1: none
    bool isKey = false;
    bool isSensitive = false;
};

struct ItemSet
{
    QString key;
    QList<ItemDef> items;
};

// Sensitivity steers the share type: Open is mostly 无条件共享 and often opened to the public,
// Personal mostly 有条件共享, Restricted sometimes 不予共享.
enum class Sensitivity
{
    Open,
    Normal,
    Personal,
    Restricted
};

// Format hints: the 格式分类 a resource of this kind usually has.
enum class FormatHint
{
    Database,
    Sheet,
    Document,
    Image,
    Media,
    Api
};

struct ResourceTemplate
{
    QString stem;         // e.g. 企业登记信息
    QStringList variants; // prefixes of the stem, "" for the plain stem; never empty
    const ItemSet* items; // never null
    QString placement;    // "" or a 基础/主题 项 code ("102", "203") where it is also cataloged
    FormatHint format;
    UpdateCycle cycle;
    Sensitivity sensitivity;
};

struct DepartmentDef
{
    QString name;
    QString shortName;
    int parent = -1; // index into departments(), or -1 for a top-level department
    QChar category;  // 机构类别码 under 登记管理部门 1: '1' 机关, '2' 事业单位, '3' 群团
    int weight = 1;  // share of the resources
    QStringList scenes;                // where its data is used, for abstracts and share conditions
    QList<ResourceTemplate> templates; // never empty
};

struct ClassDef
{
    QString code; // two-digit 项 code
    QString name;
};

struct LegalBasisDef
{
    QString title;
    QString docNo;
    QString effectiveFrom;
    LegalBasisLevel level;
};

// Departments: parents precede their children (下设机构).
const QList<DepartmentDef>& departments();
const QList<ItemSet>& itemSets();
const ItemSet* findItemSet(QStringView key);
// Items appended to some resources whatever their set (数据更新时间, 备注 …).
const QList<ItemDef>& commonItems();

// The 1272 classification: 项 of 类 1 基础, 类 2 主题 and 类 3 部门; departments are 目 under
// departmentBranch() of 类 3.
const QList<ClassDef>& baseClasses();
const QList<ClassDef>& themeClasses();
const QList<ClassDef>& departmentClasses();
QString departmentBranch();
QString className(QChar kind); // '1', '2', '3' → the 类 name

const QList<LegalBasisDef>& legalBases();
const QStringList& districts(); // 区县 of the demo city, without the city name
const QStringList& townships(); // 乡镇/街道, each with its 区县 in front

// Phrases: share conditions (with %1 = a scene), open conditions, no-share remarks, collection verbs,
// self-describing format descriptions, 其他 update cycle descriptions, 下线 reasons.
const QStringList& shareConditions();
const QStringList& openConditions();
const QStringList& itemShareConditions();
const QStringList& collectPhrases();
const QStringList& selfDescribingFormats();
const QStringList& otherUpdateCycles();
const QStringList& contactPrefixes();

} // namespace govcat::demo
