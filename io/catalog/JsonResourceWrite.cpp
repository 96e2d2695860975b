#include "CellValues.h"
#include "JsonResource.h"
#include "core/rules/DraftFields.h"
#include "io/export/ExportValues.h"

namespace govcat::io {

namespace {

void appendString(QByteArray& out, const QString& text)
{
    out += '"';
    const QStringView view(text);
    qsizetype start = 0;
    for (qsizetype i = 0; i < view.size(); ++i) {
        const char16_t u = view.at(i).unicode();
        if (u >= 0x20 && u != '"' && u != '\\') {
            continue;
        }
        out += view.mid(start, i - start).toUtf8();
        start = i + 1;
        if (u == '"' || u == '\\') {
            out += '\\';
            out += char(u);
        } else if (u == '\n') {
            out += "\\n";
        } else if (u == '\r') {
            out += "\\r";
        } else if (u == '\t') {
            out += "\\t";
        } else {
            out += "\\u00";
            out += QByteArray::number(u, 16).rightJustified(2, '0');
        }
    }
    out += view.mid(start).toUtf8(); // a lone surrogate becomes U+FFFD
    out += '"';
}

void appendKey(QByteArray& out, const QString& key)
{
    if (!out.endsWith('{')) {
        out += ',';
    }
    appendString(out, key);
    out += ':';
}

void appendStringList(QByteArray& out, const QStringList& values)
{
    out += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        appendString(out, values.at(i));
    }
    out += ']';
}

void appendNumberOrNull(QByteArray& out, const QString& text)
{
    if (text.trimmed().isEmpty()) {
        out += "null";
    } else if (auto v = readNumber(text, nullptr)) {
        out += v->toUtf8();
    } else {
        appendString(out, text); // not a number: kept as written, the reader reports it
    }
}

} // namespace

QByteArray resourceJson(const ResourceDraft& d, const QHash<QString, QString>& legalBasisTitles)
{
    QByteArray out = "{";
    out.reserve(2048 + 256 * d.items.size());
    for (const QString& key : exportResourceKeys()) {
        appendKey(out, key);
        if (key == QStringLiteral("related_codes")) {
            appendStringList(out, d.relatedCodes);
        } else if (key == QStringLiteral("business_items")) {
            appendStringList(out, d.businessItems.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        } else if (const auto s = surveyIndex(key)) {
            appendNumberOrNull(out, d.survey.at(*s));
        } else if (key == QStringLiteral("id") || key == QStringLiteral("no_share_basis")) {
            appendString(out, resourceCellText(d, key, legalBasisTitles));
        } else {
            const DraftField* f = draftField(key);
            appendString(out, f ? d.*(f->member) : QString());
        }
    }
    appendKey(out, QStringLiteral("items"));
    out += '[';
    for (int i = 0; i < d.items.size(); ++i) {
        const ItemDraft& item = d.items.at(i);
        out += i > 0 ? ",{" : "{";
        appendKey(out, QStringLiteral("id"));
        appendString(out, item.id);
        appendKey(out, QStringLiteral("seq"));
        out += QByteArray::number(i + 1);
        appendKey(out, QStringLiteral("name"));
        appendString(out, item.name);
        appendKey(out, QStringLiteral("data_type"));
        appendString(out, item.dataType);
        appendKey(out, QStringLiteral("length"));
        appendString(out, item.length);
        appendKey(out, QStringLiteral("precision"));
        appendString(out, item.precision);
        appendKey(out, QStringLiteral("is_key"));
        out += item.isKey ? "true" : "false";
        appendKey(out, QStringLiteral("is_sensitive"));
        out += item.isSensitive ? "true" : "false";
        appendKey(out, QStringLiteral("share_type"));
        appendString(out, item.itemShareType);
        appendKey(out, QStringLiteral("share_condition"));
        appendString(out, item.itemShareCondition);
        out += '}';
    }
    out += "]}";
    return out;
}

} // namespace govcat::io
