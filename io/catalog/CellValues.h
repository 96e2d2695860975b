#pragma once

#include "core/CodeLists.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace govcat::io {

// Cell text from departments' spreadsheets → the values govcat stores. Each returns nullopt when
// the text cannot be read and sets *problem to a Chinese sentence saying what was expected.
// Empty text is valid everywhere and gives an empty value.

// A code-list entry by its name (无条件共享), its code (1) or, for data types, the letter with or
// without the name (C, 字符型, C 字符型, C-字符型). Gives the stored value (CodeList::storedValue).
std::optional<QString> readCode(CodeListId list, const QString& text, QString* problem);
// 是/否, Y/N, yes/no, true/false, 1/0, √/×.
std::optional<bool> readYesNo(const QString& text, QString* problem);
// CCYY-MM-DD from 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305 (a date cell arrives as
// CCYY-MM-DD already). Time parts after the date are dropped.
std::optional<QString> readDate(const QString& text, QString* problem);
// A non-negative decimal (thousands separators allowed), as plain text without trailing zeros.
std::optional<QString> readNumber(const QString& text, QString* problem);
// A non-negative whole number (数据长度, 精度).
std::optional<QString> readCount(const QString& text, QString* problem);
// Several values in one cell, separated by 、 ； ; , ， or line breaks; blanks dropped.
QStringList splitList(const QString& text);

} // namespace govcat::io
