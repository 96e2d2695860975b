#pragma once

#include "core/rules/CatalogRules.h"
#include "core/rules/ResourceDraft.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace govcat::io {

// Where a value came from in the user's file, for the preview and the error report.
struct SourceCell
{
    int sheet = -1; // index in the workbook (0 for CSV); -1: not from a cell (JSON, or a missing column)
    int row = 0;    // 1-based, as in the file
    int column = -1;

    bool isValid() const { return sheet >= 0 && row > 0; }
    friend bool operator==(const SourceCell&, const SourceCell&) = default;
};

// A problem found while reading a value (a finding of rule "IMPORT"), with its cell.
struct ImportProblem
{
    Finding finding; // field: a catalog column key (CatalogColumns), itemIndex for item fields
    SourceCell cell;
};

// A data item as the file gives it: the fields the file has columns for, and their cells. Items of
// one sheet share `present` and `columns` (implicitly shared), so a million items cost no more than
// their values.
struct ImportedItem
{
    QSet<QString> present;       // item keys without the "item." prefix: name, data_type, …
    QHash<QString, int> columns; // item key → column in `row`'s sheet; shared by a sheet's items
    SourceCell row;
    int seq = 0; // 序号 when given, else the position in the file
};

// One resource as the file gives it. `draft` holds the values of the columns in `present`; the
// others are empty and must not overwrite stored values (merge, not replace). Values are already
// in stored form (code-list names, CCYY-MM-DD dates); ids of classification, provider and legal
// basis are resolved later against the database (db/CatalogImport).
struct ImportedResource
{
    ResourceDraft draft;
    // Resource keys (CatalogColumns). The resources of a sheet share one set (implicitly shared):
    // add a key only when it is missing, so that a sheet of 50,000 rows holds the set once.
    QSet<QString> present;
    // Resource key → its column in `row`'s sheet and row (the cell of the key's value); shared by
    // the resources of a sheet like `present`. Keys without a cell (JSON) are absent.
    QHash<QString, int> columns;
    SourceCell row;            // the resource's first row
    QString noShareBasis;      // 不予共享依据 by name, when present
    bool itemsGiven = false;   // the file lists this resource's data items (then they are the new list)
    bool itemsCleared = false; // the items were removed by the marker （清空） (kClearItemsMarker)
    bool itemsBlank = false;   // the file has item columns but none for this resource: items are kept
    bool itemsOnly = false;    // named only by an items sheet: must exist in the catalog
    QList<ImportedItem> items; // parallel to draft.items
    QList<ImportProblem> problems;

    // The cell of a field (a catalog key or an info_resource / info_item column) for reports.
    SourceCell cellOf(const QString& field, int itemIndex = -1) const;
};

// What a user writes in a 信息项 cell (or an item's name cell) to remove every data item of an
// existing resource; an empty cell keeps them (docs/USER_GUIDE.md, 导入).
inline const QString kClearItemsMarker = QStringLiteral("（清空）");
// True for the marker, in full-width or ASCII brackets, with spaces around it.
bool isClearItemsMarker(const QString& text);

// Limits a real catalog never reaches, the same for every file format (xlsx, CSV, JSON); a file
// beyond one is refused whole (Error::Kind::Invalid) as soon as the reader passes the limit.
inline constexpr int kMaxItemsPerResource = 2'000; // 信息项 of one resource (real ones: a few hundred)
// Resources of one file, rows that belong to no resource (duplicates, orphan items) included, and
// data items of one file: what a file under 50 MB can make the importer hold stays under 1 GB.
inline constexpr int kMaxResourcesPerFile = 50'000;
inline constexpr int kMaxItemsPerFile = 500'000;
// One 信息项 cell of layout 3 ("名称(类型)、…"): room for 2,000 items of 50 characters.
inline constexpr int kMaxItemsCellChars = 100'000;
// Values quoted in a message (a problem, a preview line, the error report) keep this many
// characters, then "…（共 N 字）": a hostile 100 MB name is not echoed whole.
inline constexpr int kEchoedValueChars = 60;

// The value as a message quotes it: whole up to kEchoedValueChars characters, else cut (at a whole
// character) and followed by "…（共 N 字）".
QString echoedValue(const QString& value);
// The message with every value it quotes in “…” cut as echoedValue cuts it, and, when it still has
// more than kMaxMessageChars characters (an unpaired quote), cut at that length with "…".
inline constexpr int kMaxMessageChars = 1'000;
QString echoedMessage(const QString& message);

// The catalog key of the file's column for a field a rule reports (an info_resource or info_item
// column: provider_dept_id → provider_name, classification_id → classification_code, …).
QString catalogKeyOfField(const QString& field);

struct ImportedCatalog
{
    QString format;     // xlsx, csv, json
    QString layout;     // how the file was read, in Chinese, for the preview
    QStringList sheets; // sheet names (one "CSV" for CSV)
    QList<ImportedResource> resources;
    QList<ImportProblem>
        unattached; // rows that belong to no resource (items without their resource, duplicates)
    qint64 rowsRead = 0;
    QHash<QString, QString> kitInfo; // a data call kit's 普查包信息 sheet (key → value); empty otherwise
};

} // namespace govcat::io
