#pragma once

#include "catalog/CatalogQuality.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace govcat::catalog {

struct OneSourceResource
{
    QString id;
    QString name;
    QString code; // empty until first submitted
};

struct OneSourceDepartment
{
    QString deptId;
    QString deptName;
    QList<OneSourceResource> resources; // in code order
};

// One data item (信息项) that several departments provide, under its normalized name.
struct OneSourceGroup
{
    QString key;                    // ItemNameNormalizer::normalize of the item names
    QString name;                   // the canonical name, or the most frequent spelling
    bool subjectIdentifier = false; // a field that identifies a subject (统一社会信用代码, 公民身份号码 …)
    QStringList spellings; // the item names as catalogued, most frequent first
    int departmentCount = 0;
    int resourceCount = 0;
    QList<OneSourceDepartment> departments; // most resources first, then by name
};

// 一数一源: live data items of live resources grouped by ItemNameNormalizer::normalize; groups that
// two or more departments provide. Generic bookkeeping fields that every resource carries
// (数据更新时间, 数据来源单位, 备注 …) are left out by a list the bureau can edit (kept in the
// database, meta key one_source.excluded; a default list until it is edited). Ranking: fields that
// identify a subject (统一社会信用代码, 公民身份号码 …) first, then by how many departments provide the
// field, then by resources. Naming the authoritative 数源部门 of a group is not part of this report.
struct OneSourceReport
{
    QList<OneSourceGroup> groups;
    QStringList excluded;   // the item names left out for this report
    int excludedGroups = 0; // groups of two or more departments that the list left out
    qint64 itemsRead = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false; // groups is empty then

    // The bureau's list of generic fields (the default list until it is saved).
    static Result<QStringList> excludedNames(QSqlDatabase db);
    static QStringList defaultExcludedNames();
    // Saves the list (empty names dropped, duplicates kept once); an empty list excludes nothing.
    static Result<void> setExcludedNames(QSqlDatabase db, const QStringList& names);
    // Names of fields that identify a subject (any spelling ItemNameNormalizer maps to them counts).
    static const QStringList& subjectIdentifierNames();
    static bool isSubjectIdentifier(const QString& key);

    // progress receives (done, total) often enough for a progress dialog through every phase
    // (resources, then items); returning false cancels. The first form reads the excluded names.
    static Result<OneSourceReport> build(QSqlDatabase db, const ProgressCallback& progress = {});
    static Result<OneSourceReport> build(QSqlDatabase db, const QStringList& excluded,
                                         const ProgressCallback& progress = {});
};

} // namespace govcat::catalog
