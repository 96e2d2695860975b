#pragma once

#include <QString>
#include <QStringList>

namespace govcat::search {

// Chinese has no spaces, and SQLite's FTS4 "simple" tokenizer splits only on ASCII separators.
// govcat therefore stores text in the full-text index as tokens it makes itself: each run of Han
// characters becomes its overlapping bigrams followed by its last character alone
// (统一社会信用代码 → 统一 一社 社会 会信 信用 用代 代码 码), and each run of Latin letters and
// digits becomes one lower-case word. A query becomes phrases over the same tokens, so any
// substring of a Chinese text matches, and a single character matches as a prefix.

// The token text stored in the index for a field.
QString indexText(const QString& text);

// An FTS4 MATCH expression for what the user typed: whitespace-separated terms must all match
// (each as a phrase, the last token a prefix). Empty when nothing searchable was typed.
QString matchExpression(const QString& userText);

// How many tokens the expression has, for ranking (a longer match in a short name ranks higher).
int matchTokenCount(const QString& userText);

} // namespace govcat::search
