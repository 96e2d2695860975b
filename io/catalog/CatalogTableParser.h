#pragma once

#include "ImportedCatalog.h"
#include "TableSource.h"
#include "core/Result.h"

#include <functional>

namespace govcat::io {

// Called every few thousand rows with the rows read so far; returning false cancels (the result is
// then Error::Kind::Cancelled).
using ReadProgress = std::function<bool(qint64 rowsRead)>;

// Reads the catalog from the sheets of a spreadsheet or CSV file in any of the layouts found in
// departments' files:
//   1. a resources sheet and a data items sheet, items linked by 资源标识, else 信息资源代码, else
//      信息资源名称 + 信息资源提供方;
//   2. one sheet with a row per data item, the resource's columns repeated on each row or merged
//      vertically over its items (the merged cells are blank below their first row);
//   3. a resource per row with its items in one cell as 名称(类型) separated by 、 or ；.
// Headers are found by name (CatalogColumns) in the first rows of each sheet; sheets without a
// catalog header are skipped. Values that cannot be read become ImportProblems of their resource;
// the file itself is rejected (Error::Kind::Invalid) when no sheet has a catalog header, or as soon
// as a resource passes kMaxItemsPerResource items or a 信息项 cell kMaxItemsCellChars characters.
Result<ImportedCatalog> parseCatalogTables(TableSource& source, const ReadProgress& progress = {});

// The number of items a layout-3 cell holds (parts between separators with a character other than
// space), counted without building them; stops counting at stopAt.
qsizetype countInlineItems(QStringView cell, qsizetype stopAt);

// Parses a layout-3 cell: "统一社会信用代码(C)、企业名称(字符型)；成立日期(D,8)". Items without a
// type get an empty type (the rules then ask for one); unreadable types become problems, and
// problemItems (when given) gets the index of the item each problem is about.
QList<ItemDraft> parseInlineItems(const QString& cell, QStringList* problems,
                                  QList<int>* problemItems = nullptr);

} // namespace govcat::io
