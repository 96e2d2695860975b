#pragma once

#include "CatalogQuality.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace govcat::db {

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
    QString key;           // ItemNameNormalizer::normalize of the item names
    QString name;          // the canonical name, or the most frequent spelling
    QStringList spellings; // the item names as catalogued, most frequent first
    int departmentCount = 0;
    int resourceCount = 0;
    QList<OneSourceDepartment> departments; // most resources first, then by name
};

// 一数一源: live data items of live resources grouped by ItemNameNormalizer::normalize; groups that
// two or more departments provide, most departments first. Naming the authoritative 数源部门 of a
// group is not part of this report.
struct OneSourceReport
{
    QList<OneSourceGroup> groups;
    qint64 itemsRead = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false; // groups is empty then

    // progress receives (items read, live items) every few thousand items.
    static Result<OneSourceReport> build(QSqlDatabase db, const ProgressCallback& progress = {});
};

} // namespace govcat::db
