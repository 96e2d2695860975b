#pragma once

#include "core/CodeLists.h"

#include <QString>

namespace govcat {

// Code-list values as the user reads them: the stored Chinese name in Chinese mode, the entry's
// English name (CodeEntry::english, the one the exported code sheets use) when the default locale
// is English (`govcat --lang en`). Only the display changes; the database keeps the Chinese names.
bool englishDisplay();
QString displayName(const CodeEntry& entry);
QString displayTitle(CodeListId list);
// A stored value of the list (the name, the letter for DataType, or a former name) as shown; a
// value the list does not know is shown as it is.
QString displayValue(CodeListId list, const QString& stored);

template <typename E> QString codeDisplayName(E value)
{
    return displayName(codeEntry(value));
}

} // namespace govcat
