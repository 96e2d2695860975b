#pragma once

#include "core/CodeLists.h"
#include "core/rules/ResourceDraft.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace govcat::io {

// The cells govcat writes for a resource and its data items, in the form the importer reads back
// (io/catalog/CatalogTableParser, CellValues): code-list names, 是/否, dates as CCYY-MM-DD text,
// related codes joined with 、, business items one per line, 不予共享依据 by its title.

// Columns of the resources sheet in template order: resourceSheetColumns() without "items".
const QStringList& exportResourceKeys();
// Item columns of the items sheet in template order: the item.* keys of itemSheetColumns().
const QStringList& exportItemKeys();

// Index of a 大普查 figure key (storage_total_gb, …) in ResourceDraft::survey; nullopt otherwise.
std::optional<std::size_t> surveyIndex(const QString& key);

// One column of an exported sheet with its key resolved once, so that writing a cell does not look
// the key up again (millions of cells in a large catalog). `legalBasisTitles` maps legal_basis ids
// to titles and must outlive the column.
class ExportColumn
{
public:
    ExportColumn(const QString& key, const QHash<QString, QString>* legalBasisTitles);

    const QString& key() const { return m_key; }
    bool isItem() const { return m_kind >= Kind::ItemId; }
    bool isNumber() const { return m_kind == Kind::Survey || m_kind == Kind::ItemSeq; } // written as numbers
    // The cell of a resource row, or of an item row (item columns read `item`, seq is 1-based).
    QString text(const ResourceDraft& draft, const ItemDraft* item = nullptr, int seq = 0) const;

private:
    enum class Kind
    {
        Unknown,
        Id,
        NoShareBasis,
        RelatedCodes,
        Survey,
        Field,
        ItemId,
        ItemSeq,
        ItemName,
        ItemDataType,
        ItemLength,
        ItemPrecision,
        ItemIsKey,
        ItemIsSensitive,
        ItemShareType,
        ItemShareCondition,
    };
    QString m_key;
    Kind m_kind = Kind::Unknown;
    std::size_t m_survey = 0;
    QString ResourceDraft::*m_member = nullptr;
    std::optional<CodeListId> m_list;
    const QHash<QString, QString>* m_titles;
};
QList<ExportColumn> exportColumns(const QStringList& keys, const QHash<QString, QString>* legalBasisTitles);

// The text of a resource column; `legalBasisTitles` maps legal_basis ids to titles.
QString resourceCellText(const ResourceDraft& draft, const QString& key,
                         const QHash<QString, QString>& legalBasisTitles);
// The text of an item column (an item.* key); seq is the item's position, 1-based.
QString itemCellText(const ItemDraft& item, int seq, const QString& key);
// The name of a stored code-list value (the same text for lists that store names).
QString codeListName(CodeListId list, const QString& stored);

} // namespace govcat::io
