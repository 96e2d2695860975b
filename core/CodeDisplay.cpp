#include "CodeDisplay.h"

#include <QLocale>

namespace govcat {

bool englishDisplay()
{
    return QLocale().language() == QLocale::English;
}

QString displayName(const CodeEntry& entry)
{
    return englishDisplay() && !entry.english.isEmpty() ? entry.english : entry.name;
}

QString displayTitle(CodeListId list)
{
    const CodeList& l = codeList(list);
    return englishDisplay() ? l.english : l.name;
}

QString displayValue(CodeListId list, const QString& stored)
{
    if (!englishDisplay()) {
        return stored;
    }
    const CodeList& l = codeList(list);
    const CodeEntry* e = l.storesCode ? l.findCode(stored) : nullptr;
    if (!e) {
        e = l.findName(stored);
    }
    return e ? displayName(*e) : stored;
}

} // namespace govcat
