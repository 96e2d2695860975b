#pragma once

#include "core/CodeLists.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace govcat::io {

// The columns of the catalog template (DOMAIN §2.3, §2.7): one table shared by export (headers,
// drop-downs, widths) and import (headers found by name or alias).
//
// Resource keys are the info_resource columns of ResourceDraft (core/rules/DraftFields), plus
// "id" (govcat's stable id, so a re-import matches rows exactly), "no_share_basis" (the legal
// basis by name), "related_codes", the six survey figures and "items" (a resource's data items in
// one cell, the CSV layout). Item keys start with "item." (item.name, item.data_type, …); the
// items sheet also carries the resource keys that link an item to its resource (id, code, name,
// provider_name).
struct CatalogColumn
{
    QString key;
    QString header;      // the template's Chinese header
    QString english;     // for the English UI and the JSON schema's documentation
    QStringList aliases; // other headers departments use for it
    std::optional<CodeListId> codeList;
    int width = 14;        // column width in characters
    bool required = false; // marked in the template (mandatory in DOMAIN §2.3)
};

const QList<CatalogColumn>& resourceSheetColumns();
const QList<CatalogColumn>& itemSheetColumns();
// A column of either sheet by key; nullptr when unknown.
const CatalogColumn* catalogColumn(const QString& key);

// The keys that link an item row to its resource, strongest first: id, code, name + provider_name.
const QStringList& resourceLinkKeys();
// Resource keys that describe the resource beyond its identity (a sheet with them holds resources).
bool isResourceDetailKey(const QString& key);
bool isItemKey(const QString& key); // item.*

// The hidden sheet that marks a data call kit (数据普查包): rows of key (column A) and value (B).
inline const QString kDataCallSheet = QStringLiteral("普查包信息");

// Header text as compared: without blanks, line breaks, mandatory marks (* ＊) and a trailing
// note such as （必填） or (请勿修改); full-width brackets as ASCII.
QString normalizedHeader(const QString& header);
// The key a header names, searching `columns` (header, then aliases); empty when none.
QString keyForHeader(const QString& header, const QList<CatalogColumn>& columns);

} // namespace govcat::io
