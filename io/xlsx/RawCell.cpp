#include "io/xlsx/RawCell.h"

#include "io/xlsx/SharedStrings.h"
#include "io/xlsx/Styles.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace govcat::io {

CellKind cellKindOf(QByteArrayView t)
{
    const auto is = [t](QByteArrayView value) {
        return t.size() == value.size() && std::memcmp(t.data(), value.data(), size_t(t.size())) == 0;
    };
    if (t.size() == 1) {
        switch (t.front()) {
        case 's':
            return CellKind::SharedString;
        case 'b':
            return CellKind::Boolean;
        case 'e':
            return CellKind::Error;
        case 'd':
            return CellKind::Date;
        default:
            return CellKind::Number;
        }
    }
    if (is("inlineStr")) {
        return CellKind::InlineString;
    }
    return is("str") ? CellKind::FormulaString : CellKind::Number;
}

std::optional<qint64> xmlInteger(QByteArrayView text)
{
    text = text.trimmed();
    if (!text.isEmpty() && text.front() == '+') {
        text = text.sliced(1);
    }
    if (text.isEmpty()) {
        return std::nullopt;
    }
    qint64 value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::optional<double> xmlNumber(QByteArrayView text)
{
    text = text.trimmed();
    const bool plain = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == 'e' || c == 'E';
    });
    if (plain) {
        double value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error == std::errc() && end == text.data() + text.size()) {
            return value;
        }
    }
    bool ok = false;
    const double value = QString::fromUtf8(text).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

Error badCell(const SheetContext& context, QByteArrayView ref, const QString& what)
{
    // A real reference is at most 12 characters ("$XFD$1048576"); a hostile one is cut, not echoed.
    constexpr qsizetype kShown = 16;
    const QString shown = ref.size() > kShown ? QString::fromUtf8(ref.first(kShown)) + QStringLiteral("…")
                                              : QString::fromUtf8(ref);
    return makeError(Error::Kind::Invalid,
                     QCoreApplication::translate("govcat::RawCell", "工作表“%1”的单元格 %2 %3。")
                         .arg(context.sheetName, shown, what));
}

bool toCell(const RawCell& raw, const SheetContext& context, Cell* cell, Error* error)
{
    cell->formula = raw.formula;
    if (raw.kind == CellKind::InlineString) {
        if (!raw.hasInline && !raw.hasV) {
            return false;
        }
        cell->type = CellType::String;
        cell->text =
            raw.hasInline ? decodeOoxmlEscapes(QString::fromUtf8(raw.inlineText)) : QString::fromUtf8(raw.v);
        cell->value = cell->text;
        return true;
    }
    if (!raw.hasV || raw.v.isEmpty()) {
        return false; // no value, e.g. a formula openpyxl wrote without its result
    }
    switch (raw.kind) {
    case CellKind::SharedString: {
        const std::optional<qint64> index = xmlInteger(raw.v);
        if (!index || !context.strings || !context.strings->contains(*index)) {
            *error = badCell(context, raw.ref,
                             QCoreApplication::translate("govcat::RawCell", "引用了不存在的共享字符串 %1")
                                 .arg(QString::fromUtf8(
                                     QByteArrayView(raw.v).first(std::min<qsizetype>(raw.v.size(), 20)))));
            return false;
        }
        cell->type = CellType::String;
        cell->text = context.strings->at(*index);
        cell->value = cell->text;
        return true;
    }
    case CellKind::FormulaString:
        cell->type = CellType::String;
        cell->text = decodeOoxmlEscapes(QString::fromUtf8(raw.v));
        cell->value = cell->text;
        return true;
    case CellKind::Boolean: {
        const QByteArrayView v = QByteArrayView(raw.v).trimmed();
        const bool on = v == "1" || v.compare("true", Qt::CaseInsensitive) == 0;
        cell->type = CellType::Boolean;
        cell->value = on;
        cell->text = on ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return true;
    }
    case CellKind::Error:
        cell->type = CellType::Error;
        cell->text = QString::fromUtf8(raw.v);
        cell->value = cell->text;
        return true;
    case CellKind::Date: {
        cell->text = QString::fromUtf8(raw.v);
        const QDateTime when = QDateTime::fromString(cell->text.trimmed(), Qt::ISODateWithMs);
        cell->type = when.isValid() ? CellType::Date : CellType::String;
        cell->value = when.isValid() ? QVariant(when) : QVariant(cell->text);
        return true;
    }
    case CellKind::Number:
    case CellKind::InlineString:
        break;
    }
    cell->text = QString::fromUtf8(raw.v);
    const std::optional<double> number = xmlNumber(raw.v);
    if (!number) {
        cell->type = CellType::String; // text where a number was declared: keep the text
        cell->value = cell->text;
        return true;
    }
    cell->type = CellType::Number;
    cell->value = *number;
    if (context.styles && context.styles->isDateStyle(raw.style)) {
        const QVariant date = excelSerialToDate(*number, context.date1904);
        if (date.isValid()) {
            cell->type = CellType::Date;
            cell->value = date;
        }
    }
    return true;
}

} // namespace govcat::io
