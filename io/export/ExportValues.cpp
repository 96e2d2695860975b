#include "ExportValues.h"

#include "core/CodeLists.h"
#include "core/rules/DraftFields.h"
#include "io/catalog/CatalogColumns.h"

namespace govcat::io {

const QStringList& exportResourceKeys()
{
    static const QStringList keys = [] {
        QStringList out;
        for (const CatalogColumn& c : resourceSheetColumns()) {
            if (c.key != QStringLiteral("items")) {
                out << c.key;
            }
        }
        return out;
    }();
    return keys;
}

const QStringList& exportItemKeys()
{
    static const QStringList keys = [] {
        QStringList out;
        for (const CatalogColumn& c : itemSheetColumns()) {
            if (isItemKey(c.key)) {
                out << c.key;
            }
        }
        return out;
    }();
    return keys;
}

std::optional<std::size_t> surveyIndex(const QString& key)
{
    static const QStringList keys = {
        QStringLiteral("storage_total_gb"),  QStringLiteral("records_total_10k"),
        QStringLiteral("shared_storage_gb"), QStringLiteral("shared_records_10k"),
        QStringLiteral("opened_storage_gb"), QStringLiteral("opened_records_10k")};
    const qsizetype i = keys.indexOf(key);
    return i < 0 ? std::nullopt : std::optional<std::size_t>(std::size_t(i));
}

QString codeListName(CodeListId id, const QString& stored)
{
    const CodeList& list = codeList(id);
    if (list.storesCode) {
        if (const CodeEntry* e = list.findCode(stored)) {
            return e->name;
        }
    }
    return stored;
}

QString resourceCellText(const ResourceDraft& d, const QString& key,
                         const QHash<QString, QString>& legalBasisTitles)
{
    if (key == QStringLiteral("id")) {
        return d.id;
    }
    if (key == QStringLiteral("no_share_basis")) {
        return d.noShareBasisId.isEmpty() ? QString() : legalBasisTitles.value(d.noShareBasisId);
    }
    if (key == QStringLiteral("related_codes")) {
        return d.relatedCodes.join(QStringLiteral("、"));
    }
    if (const auto s = surveyIndex(key)) {
        return d.survey.at(*s);
    }
    const DraftField* f = draftField(key);
    if (!f) {
        return {};
    }
    const QString& value = d.*(f->member);
    const CatalogColumn* column = catalogColumn(key);
    return column && column->codeList ? codeListName(*column->codeList, value) : value;
}

QString itemCellText(const ItemDraft& item, int seq, const QString& key)
{
    const QString k = key.mid(5); // without "item."
    const auto yesNo = [](bool v) { return v ? QStringLiteral("是") : QStringLiteral("否"); };
    if (k == QStringLiteral("id")) {
        return item.id;
    }
    if (k == QStringLiteral("seq")) {
        return QString::number(seq);
    }
    if (k == QStringLiteral("name")) {
        return item.name;
    }
    if (k == QStringLiteral("data_type")) {
        return codeListName(CodeListId::DataType, item.dataType);
    }
    if (k == QStringLiteral("length")) {
        return item.length;
    }
    if (k == QStringLiteral("precision")) {
        return item.precision;
    }
    if (k == QStringLiteral("is_key")) {
        return yesNo(item.isKey);
    }
    if (k == QStringLiteral("is_sensitive")) {
        return yesNo(item.isSensitive);
    }
    if (k == QStringLiteral("share_type")) {
        return item.itemShareType;
    }
    if (k == QStringLiteral("share_condition")) {
        return item.itemShareCondition;
    }
    return {};
}

} // namespace govcat::io
