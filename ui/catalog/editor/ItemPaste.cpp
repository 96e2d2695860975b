#include "ItemPaste.h"

#include "core/CodeLists.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace govcat::ui {

namespace {

QString unquote(const QString& cell)
{
    QString c = cell.trimmed();
    if (c.size() >= 2 && c.startsWith(QLatin1Char('"')) && c.endsWith(QLatin1Char('"'))) {
        c = c.mid(1, c.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\"")).trimmed();
    }
    return c;
}

bool isHeader(const QStringList& cells)
{
    static const QSet<QString> names = {
        QStringLiteral("名称"),       QStringLiteral("信息项名称"), QStringLiteral("信息项"),
        QStringLiteral("数据项名称"), QStringLiteral("字段名"),     QStringLiteral("字段名称"),
        QStringLiteral("数据类型"),   QStringLiteral("类型"),       QStringLiteral("长度"),
        QStringLiteral("数据长度"),   QStringLiteral("精度"),       QStringLiteral("序号"),
    };
    static const QSet<QString> english = {QStringLiteral("name"), QStringLiteral("type"),
                                          QStringLiteral("data type"), QStringLiteral("length")};
    for (const QString& cell : cells) {
        if (names.contains(cell) || english.contains(cell.toLower())) {
            return true;
        }
    }
    return false;
}

} // namespace

QString dataTypeLetter(const QString& typed)
{
    const CodeList& types = codeList(CodeListId::DataType);
    const QString t = typed.trimmed();
    if (const CodeEntry* e = types.findCode(t.toUpper())) {
        return e->code;
    }
    if (const CodeEntry* e = types.findName(t)) {
        return e->code;
    }
    // "C 字符型", "C-字符型", "字符型(C)": every part must agree.
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_/:：()（）]+"));
    QString letter;
    for (const QString& part : t.split(separators, Qt::SkipEmptyParts)) {
        const CodeEntry* e = types.findCode(part.toUpper());
        if (!e) {
            e = types.findName(part);
        }
        if (!e || (!letter.isEmpty() && letter != e->code)) {
            return {};
        }
        letter = e->code;
    }
    return letter;
}

PastedItems parsePastedItems(const QString& text)
{
    static const QRegularExpression lineBreaks(QStringLiteral("\r\n|\n|\r"));
    PastedItems out;
    bool first = true;
    for (const QString& line : text.split(lineBreaks)) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        QStringList cells;
        for (const QString& cell : line.split(QLatin1Char('\t'))) {
            cells.append(unquote(cell));
        }
        if (first && isHeader(cells)) {
            out.skippedHeader = true;
            first = false;
            continue;
        }
        first = false;
        if (cells.value(0).isEmpty()) {
            continue;
        }
        ItemDraft item;
        item.name = cells.value(0);
        const QString type = cells.value(1);
        const QString letter = dataTypeLetter(type);
        item.dataType = type.isEmpty() ? codeOf(DataType::Character) : letter.isEmpty() ? type : letter;
        item.length = cells.value(2);
        item.precision = cells.value(3);
        out.items.append(item);
    }
    return out;
}

} // namespace govcat::ui
