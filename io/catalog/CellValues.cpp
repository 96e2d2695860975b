#include "CellValues.h"

#include "ImportedCatalog.h"
#include "core/CodeDisplay.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <cmath>

namespace govcat::io {

namespace {

// The list's values in the UI language (import accepts the English names as well as the Chinese).
QString listNames(const CodeList& list)
{
    QStringList names;
    for (const CodeEntry& e : list.entries) {
        names << displayName(e);
    }
    return names.join(QCoreApplication::translate("govcat::CellValues", "、"));
}

} // namespace

std::optional<QString> readCode(CodeListId id, const QString& input, QString* problem)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return QString();
    }
    const CodeList& list = codeList(id);
    if (const CodeEntry* e = list.findName(text)) {
        return list.storedValue(*e);
    }
    if (const CodeEntry* e = list.findCode(text)) {
        return list.storedValue(*e);
    }
    for (const CodeEntry& e : list.entries) {
        if (e.english.compare(text, Qt::CaseInsensitive) == 0 ||
            e.name.compare(text, Qt::CaseInsensitive) == 0) {
            return list.storedValue(e);
        }
    }
    if (text.endsWith(QStringLiteral("方式")) && text.size() > 2) { // 共享平台方式 → 共享平台
        if (const CodeEntry* e = list.findName(text.chopped(2))) {
            return list.storedValue(*e);
        }
    }
    if (id == CodeListId::DataType) {
        // "C 字符型", "C-字符型", "C（字符型）", "c"
        static const QRegularExpression letterName(
            QStringLiteral("^([A-Za-z])[\\s\\-:：(（]*([^)）]*)[)）]?$"));
        const auto m = letterName.match(text);
        if (m.hasMatch()) {
            const CodeEntry* byCode = list.findCode(m.captured(1).toUpper());
            const QString name = m.captured(2).trimmed();
            if (byCode && (name.isEmpty() || name == byCode->name)) {
                return list.storedValue(*byCode);
            }
        }
    }
    if (problem) {
        *problem = QCoreApplication::translate("govcat::CellValues", "“%1”不是%2的可选值，应为：%3。")
                       .arg(echoedValue(text), displayTitle(id), listNames(list));
    }
    return std::nullopt;
}

std::optional<bool> readYesNo(const QString& input, QString* problem)
{
    const QString text = input.trimmed().toLower();
    static const QStringList yes = {QStringLiteral("是"),   QStringLiteral("y"), QStringLiteral("yes"),
                                    QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("√"),
                                    QStringLiteral("有")};
    static const QStringList no = {
        QStringLiteral("否"), QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("false"),
        QStringLiteral("0"),  QStringLiteral("×"), QStringLiteral("无"), QString()};
    if (yes.contains(text)) {
        return true;
    }
    if (no.contains(text)) {
        return false;
    }
    if (problem) {
        *problem = QCoreApplication::translate("govcat::CellValues", "“%1”应填“是”或“否”。")
                       .arg(echoedValue(input.trimmed()));
    }
    return std::nullopt;
}

std::optional<QString> readDate(const QString& input, QString* problem)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return QString();
    }
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    auto m = ymd.match(text);
    if (!m.hasMatch()) {
        m = compact.match(text);
    }
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid()) {
            return d.toString(Qt::ISODate);
        }
    }
    if (problem) {
        *problem =
            QCoreApplication::translate("govcat::CellValues", "“%1”不是有效日期，请写成 2024-03-05 的形式。")
                .arg(echoedValue(text));
    }
    return std::nullopt;
}

std::optional<QString> readNumber(const QString& input, QString* problem)
{
    QString text = input.trimmed();
    if (text.isEmpty()) {
        return QString();
    }
    text.remove(QLatin1Char(',')).remove(QChar(0xFF0C));
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (ok && v >= 0 && std::isfinite(v)) {
        return QString::number(v, 'g', 15);
    }
    if (problem) {
        *problem = QCoreApplication::translate("govcat::CellValues", "“%1”应为不小于 0 的数字。")
                       .arg(echoedValue(input.trimmed()));
    }
    return std::nullopt;
}

std::optional<QString> readCount(const QString& input, QString* problem)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return QString();
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (ok && v >= 0 && v <= 1e9 && v == std::floor(v)) {
        return QString::number(qint64(v));
    }
    if (problem) {
        *problem = QCoreApplication::translate("govcat::CellValues", "“%1”应为不小于 0 的整数。")
                       .arg(echoedValue(text));
    }
    return std::nullopt;
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[、；;,，\\n\\r]+"));
    QStringList out;
    for (const QString& part : text.split(separators)) {
        if (const QString p = part.trimmed(); !p.isEmpty()) {
            out << p;
        }
    }
    return out;
}

} // namespace govcat::io
