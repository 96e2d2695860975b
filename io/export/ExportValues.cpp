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

ExportColumn::ExportColumn(const QString& key, const QHash<QString, QString>* legalBasisTitles)
    : m_key(key), m_titles(legalBasisTitles)
{
    static const QHash<QString, Kind> itemKinds = {
        {QStringLiteral("item.id"), Kind::ItemId},
        {QStringLiteral("item.seq"), Kind::ItemSeq},
        {QStringLiteral("item.name"), Kind::ItemName},
        {QStringLiteral("item.data_type"), Kind::ItemDataType},
        {QStringLiteral("item.length"), Kind::ItemLength},
        {QStringLiteral("item.precision"), Kind::ItemPrecision},
        {QStringLiteral("item.is_key"), Kind::ItemIsKey},
        {QStringLiteral("item.is_sensitive"), Kind::ItemIsSensitive},
        {QStringLiteral("item.share_type"), Kind::ItemShareType},
        {QStringLiteral("item.share_condition"), Kind::ItemShareCondition},
    };
    if (key == QStringLiteral("id")) {
        m_kind = Kind::Id;
    } else if (key == QStringLiteral("no_share_basis")) {
        m_kind = Kind::NoShareBasis;
    } else if (key == QStringLiteral("related_codes")) {
        m_kind = Kind::RelatedCodes;
    } else if (const auto s = surveyIndex(key)) {
        m_kind = Kind::Survey;
        m_survey = *s;
    } else if (const DraftField* f = draftField(key)) {
        m_kind = Kind::Field;
        m_member = f->member;
        if (const CatalogColumn* column = catalogColumn(key)) {
            m_list = column->codeList;
        }
    } else {
        m_kind = itemKinds.value(key, Kind::Unknown);
    }
}

QString ExportColumn::text(const ResourceDraft& d, const ItemDraft* item, int seq) const
{
    const auto yesNo = [](bool v) { return v ? QStringLiteral("是") : QStringLiteral("否"); };
    switch (m_kind) {
    case Kind::Unknown:
        return {};
    case Kind::Id:
        return d.id;
    case Kind::NoShareBasis:
        return d.noShareBasisId.isEmpty() || !m_titles ? QString() : m_titles->value(d.noShareBasisId);
    case Kind::RelatedCodes:
        return d.relatedCodes.join(QStringLiteral("、"));
    case Kind::Survey:
        return d.survey.at(m_survey);
    case Kind::Field:
        return m_list ? codeListName(*m_list, d.*m_member) : d.*m_member;
    default:
        break;
    }
    if (!item) {
        return {};
    }
    switch (m_kind) {
    case Kind::ItemId:
        return item->id;
    case Kind::ItemSeq:
        return QString::number(seq);
    case Kind::ItemName:
        return item->name;
    case Kind::ItemDataType:
        return codeListName(CodeListId::DataType, item->dataType);
    case Kind::ItemLength:
        return item->length;
    case Kind::ItemPrecision:
        return item->precision;
    case Kind::ItemIsKey:
        return yesNo(item->isKey);
    case Kind::ItemIsSensitive:
        return yesNo(item->isSensitive);
    case Kind::ItemShareType:
        return item->itemShareType;
    case Kind::ItemShareCondition:
        return item->itemShareCondition;
    default:
        return {};
    }
}

QList<ExportColumn> exportColumns(const QStringList& keys, const QHash<QString, QString>* legalBasisTitles)
{
    QList<ExportColumn> out;
    for (const QString& key : keys) {
        out << ExportColumn(key, legalBasisTitles);
    }
    return out;
}

QString resourceCellText(const ResourceDraft& d, const QString& key,
                         const QHash<QString, QString>& legalBasisTitles)
{
    return ExportColumn(key, &legalBasisTitles).text(d);
}

QString itemCellText(const ItemDraft& item, int seq, const QString& key)
{
    return ExportColumn(key, nullptr).text(ResourceDraft(), &item, seq);
}

} // namespace govcat::io
