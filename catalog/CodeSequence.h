#pragma once

#include "core/Result.h"
#include "core/rules/ResourceCodeProfile.h"

#include <QSqlDatabase>

namespace govcat::catalog {

// The 顺序码 of each 分类码 (table code_sequence, local): the next resource code of a classification
// is drawn here inside the submitting transaction.
namespace CodeSequence {

// The next free code of classCode: the sequence advances past every number already in use under
// that 分类码, so a database whose rows got codes elsewhere (the demo city, an import, an older
// version) never hands out a taken code. Call inside the write transaction.
Result<QString> next(QSqlDatabase& db, const ResourceCodeProfile& profile, const QString& classCode);

// Raises every sequence to the highest 顺序码 in use (after rows were written with their codes).
Result<void> catchUp(QSqlDatabase& db);

} // namespace CodeSequence

} // namespace govcat::catalog
