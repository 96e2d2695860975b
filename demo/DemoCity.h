#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

namespace govcat::db {
class Database;
} // namespace govcat::db

namespace govcat::demo {

struct DemoOptions
{
    int resources = 1000;
    quint32 seed = 1;
    QString cityName = QStringLiteral("临川市");   // fictional
    QString regionCode = QStringLiteral("361200"); // fictional 6-digit 行政区划代码 of the city
};

struct DemoSummary
{
    int departments = 0;
    int classes = 0;
    int resources = 0;
    qint64 items = 0;
};

// Fills an open, empty (freshly created, migrated) database with a believable prefecture-level city:
// ~60 departments with valid 统一社会信用代码, the 1272 classification tree, legal bases, code lists,
// `resources` catalog entries with ~10 data items each, surveys and relations. Same seed, same content
// (ids included; only audit and updated_at timestamps differ). Writes through db::BaselineWriter in
// batches of a few thousand rows; memory does not grow with the number of resources.
// progress(done, total) may be null; returning false cancels: an error is returned and the current
// batch is rolled back (earlier batches stay).
Result<DemoSummary> generateDemoCity(db::Database& database, const DemoOptions& options,
                                     const std::function<bool(int, int)>& progress = {});

} // namespace govcat::demo
