#include "CatalogTableParser.h"

#include "CatalogColumns.h"
#include "CellValues.h"
#include "ImportedValues.h"
#include "SheetHeader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace govcat::io {

namespace {

bool rowIsBlank(const TableRow& row, const SheetHeader& h, bool items)
{
    for (auto it = h.columns.cbegin(); it != h.columns.cend(); ++it) {
        if (isItemKey(it.key()) == items && !row.at(it.value()).trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

// Identity of a resource row: its id, else its code, else name + provider.
QString identityOf(const TableRow& row, const SheetHeader& h)
{
    const QString id = row.at(h.column(QStringLiteral("id"))).trimmed();
    if (!id.isEmpty()) {
        return QStringLiteral("id:") + id;
    }
    const QString code = row.at(h.column(QStringLiteral("code"))).trimmed();
    if (!code.isEmpty()) {
        return QStringLiteral("code:") + code;
    }
    const QString name = row.at(h.column(QStringLiteral("name"))).trimmed();
    if (name.isEmpty()) {
        return {};
    }
    return QStringLiteral("np:") + name + QChar(0x1f) +
           row.at(h.column(QStringLiteral("provider_name"))).trimmed();
}

class Parser
{
public:
    Parser(TableSource& source, const ReadProgress& progress) : m_source(source), m_progress(progress) {}

    Result<ImportedCatalog> run()
    {
        m_out.format = m_source.format();
        m_out.sheets = m_source.sheetNames();
        QList<std::pair<int, SheetHeader>> sheets;
        for (int s = 0; s < m_out.sheets.size(); ++s) {
            auto head = m_source.head(s, kHeaderSearchRows);
            if (!head) {
                return head.error();
            }
            if (m_out.sheets.at(s) == kDataCallSheet) {
                for (const TableRow& row : head.value()) {
                    m_out.kitInfo.insert(row.at(0).trimmed(), row.at(1).trimmed());
                }
                continue;
            }
            SheetHeader h = findHeader(head.value());
            if (h.role != SheetRole::None) {
                sheets << std::pair{s, h};
            }
        }
        if (sheets.isEmpty()) {
            return Error{Error::Kind::Invalid, noHeaderMessage(m_out.sheets)};
        }
        // Resources before the items that refer to them.
        std::stable_sort(sheets.begin(), sheets.end(), [](const auto& a, const auto& b) {
            return (a.second.role == SheetRole::Items) < (b.second.role == SheetRole::Items);
        });
        QStringList layouts;
        for (const auto& [sheet, header] : sheets) {
            layouts << describe(sheet, header);
            if (auto r = readSheet(sheet, header); !r) {
                return r.error();
            }
        }
        if (const QString detail = m_source.detail(); !detail.isEmpty()) {
            layouts << detail;
        }
        m_out.layout = layouts.join(QStringLiteral("；"));
        const bool itemColumns = std::any_of(sheets.cbegin(), sheets.cend(), [](const auto& s) {
            return s.second.role != SheetRole::Resources;
        });
        for (ImportedResource& r : m_out.resources) {
            sortItems(r);
            r.itemsBlank = itemColumns && !r.itemsGiven;
        }
        return std::move(m_out);
    }

private:
    QString describe(int sheet, const SheetHeader& h) const
    {
        const QString name = m_out.sheets.at(sheet);
        switch (h.role) {
        case SheetRole::Resources:
            return QCoreApplication::translate("govcat::CatalogTableParser",
                                               "“%1”：每行一条信息资源（表头在第 %2 行）")
                .arg(name)
                .arg(h.row);
        case SheetRole::Items:
            return QCoreApplication::translate("govcat::CatalogTableParser",
                                               "“%1”：每行一个信息项（表头在第 %2 行）")
                .arg(name)
                .arg(h.row);
        case SheetRole::ItemRows:
            return QCoreApplication::translate("govcat::CatalogTableParser",
                                               "“%1”：每行一个信息项，资源列重复或合并（表头在第 %2 行）")
                .arg(name)
                .arg(h.row);
        case SheetRole::InlineItems:
            return QCoreApplication::translate(
                       "govcat::CatalogTableParser",
                       "“%1”：每行一条信息资源，信息项写在同一单元格（表头在第 %2 行）")
                .arg(name)
                .arg(h.row);
        case SheetRole::None:
            break;
        }
        return name;
    }

    Result<void> readSheet(int sheet, const SheetHeader& h)
    {
        int current = -1; // layout 2: the resource the previous rows belong to
        QString currentIdentity;
        bool cancelled = false;
        auto r = m_source.stream(sheet, [&](const TableRow& row) {
            if (row.number <= h.row) {
                return true;
            }
            if (++m_out.rowsRead % 2000 == 0 && m_progress && !m_progress(m_out.rowsRead)) {
                cancelled = true;
                return false;
            }
            switch (h.role) {
            case SheetRole::Resources:
            case SheetRole::InlineItems:
                resourceRow(sheet, h, row);
                break;
            case SheetRole::Items:
                itemRow(sheet, h, row);
                break;
            case SheetRole::ItemRows:
                itemRowsRow(sheet, h, row, current, currentIdentity);
                break;
            case SheetRole::None:
                break;
            }
            checkFileLimits(sheet, row.number);
            return !m_failure.isError(); // a limit passed: the rest of the file is not read
        });
        if (m_failure.isError()) {
            return m_failure;
        }
        if (!r) {
            return r.error();
        }
        if (cancelled) {
            return Error{Error::Kind::Cancelled,
                         QCoreApplication::translate("govcat::CatalogTableParser", "导入已取消。")};
        }
        return {};
    }

    // Starts a resource from a row; -1 when the row is blank or repeats an earlier resource.
    int startResource(int sheet, const SheetHeader& h, const TableRow& row, const QString& identity)
    {
        if (const int earlier = m_index.value(identity, -1); earlier >= 0) {
            return -1 - earlier; // known: encoded so the caller can tell
        }
        ImportedResource r;
        r.row = {sheet, row.number, -1};
        const ResourceColumns& shared = resourceColumns(sheet, h);
        r.present = shared.present; // shared by the sheet's resources: readResourceValue adds nothing
        r.columns = shared.columns;
        for (auto it = h.columns.cbegin(); it != h.columns.cend(); ++it) {
            if (!isItemKey(it.key()) && it.key() != QStringLiteral("items")) {
                readResourceValue(r, it.key(), row.at(it.value()), {sheet, row.number, it.value()});
            }
        }
        m_out.resources << std::move(r);
        const int index = int(m_out.resources.size()) - 1;
        indexResource(index);
        return index;
    }

    // Sets m_failure once the file has more resources or data items than a file may have.
    void checkFileLimits(int sheet, int row)
    {
        if (m_failure.isError()) {
            return;
        }
        const QString where =
            QCoreApplication::translate("govcat::CatalogTableParser", "（到工作表“%1”第 %2 行）")
                .arg(echoedValue(m_out.sheets.at(sheet)))
                .arg(row);
        if (m_out.resources.size() + m_out.unattached.size() > kMaxResourcesPerFile) {
            m_failure = Error{Error::Kind::Invalid,
                              QCoreApplication::translate(
                                  "govcat::CatalogTableParser",
                                  "文件中的信息资源超过 %1 条%2，超出每个文件 %1 条的上限，文件未导入。"
                                  "请拆分成几个文件后分别导入。")
                                  .arg(kMaxResourcesPerFile)
                                  .arg(where)};
        } else if (m_items > kMaxItemsPerFile) {
            m_failure = Error{Error::Kind::Invalid,
                              QCoreApplication::translate(
                                  "govcat::CatalogTableParser",
                                  "文件中的信息项超过 %1 个%2，超出每个文件 %1 个的上限，文件未导入。"
                                  "请拆分成几个文件后分别导入。")
                                  .arg(kMaxItemsPerFile)
                                  .arg(where)};
        }
    }

    // A layout-3 信息项 cell within kMaxItemsCellChars and kMaxItemsPerResource; otherwise sets
    // m_failure, before any item is built.
    bool withinItemsLimits(int sheet, int row, const QString& text)
    {
        if (text.size() > kMaxItemsCellChars) {
            m_failure = Error{
                Error::Kind::Invalid,
                QCoreApplication::translate("govcat::CatalogTableParser",
                                            "工作表“%1”第 %2 行的“信息项”单元格有 %3 个字符，超出每格 %4 "
                                            "个字符的上限，文件未导入。请检查这一格的内容。")
                    .arg(echoedValue(m_out.sheets.at(sheet)))
                    .arg(row)
                    .arg(text.size())
                    .arg(kMaxItemsCellChars)};
            return false;
        }
        if (countInlineItems(text, kMaxItemsPerResource + 1) > kMaxItemsPerResource) {
            m_failure = Error{
                Error::Kind::Invalid,
                QCoreApplication::translate("govcat::CatalogTableParser",
                                            "工作表“%1”第 %2 行的“信息项”单元格写了超过 %3 个信息项，超出每条"
                                            "信息资源 %3 个信息项的上限，文件未导入。请检查这一格的内容。")
                    .arg(echoedValue(m_out.sheets.at(sheet)))
                    .arg(row)
                    .arg(kMaxItemsPerResource)};
            return false;
        }
        return true;
    }

    void indexResource(int index)
    {
        const ResourceDraft& d = m_out.resources.at(index).draft;
        if (!d.id.isEmpty()) {
            m_index.insert(QStringLiteral("id:") + d.id, index);
        }
        if (!d.code.isEmpty()) {
            m_index.insert(QStringLiteral("code:") + d.code, index);
        }
        if (!d.name.isEmpty()) {
            m_index.insert(QStringLiteral("np:") + d.name + QChar(0x1f) + d.providerName, index);
        }
    }

    void resourceRow(int sheet, const SheetHeader& h, const TableRow& row)
    {
        if (rowIsBlank(row, h, false)) {
            return;
        }
        const QString identity = identityOf(row, h);
        const int index = startResource(
            sheet, h, row,
            identity.isEmpty() ? QStringLiteral("row:%1:%2").arg(sheet).arg(row.number) : identity);
        if (index < 0) {
            addImportProblem(
                m_out.unattached, QStringLiteral("name"), -1,
                QCoreApplication::translate("govcat::CatalogTableParser",
                                            "第 %1 行与第 %2 行是同一条信息资源，重复的行未导入。")
                    .arg(row.number)
                    .arg(m_out.resources.at(-1 - index).row.row),
                {sheet, row.number, -1});
            return;
        }
        if (h.role == SheetRole::InlineItems) {
            ImportedResource& r = m_out.resources[index];
            const int column = h.column(QStringLiteral("items"));
            const SourceCell cell{sheet, row.number, column};
            if (r.columns.value(QStringLiteral("items"), -1) != column) {
                r.columns.insert(QStringLiteral("items"), column); // in the sheet's shared columns already
            }
            const QString text = row.at(column);
            if (!withinItemsLimits(sheet, row.number, text)) {
                return;
            }
            if (isClearItemsMarker(text)) {
                r.itemsGiven = true;
                r.itemsCleared = true;
                return;
            }
            if (text.trimmed().isEmpty()) {
                return; // an empty cell keeps the stored items (itemsBlank, set at the end)
            }
            QStringList problems;
            QList<int> problemItems;
            r.draft.items = parseInlineItems(text, &problems, &problemItems);
            m_items += r.draft.items.size();
            r.itemsGiven = true;
            static const QSet<QString> inlinePresent = {QStringLiteral("name"), QStringLiteral("data_type"),
                                                        QStringLiteral("length")};
            for (int i = 0; i < r.draft.items.size(); ++i) {
                ImportedItem item;
                item.row = cell;
                item.seq = i + 1;
                item.present = inlinePresent;
                r.items << item;
            }
            for (int p = 0; p < problems.size(); ++p) {
                addImportProblem(r.problems, QStringLiteral("data_type"), problemItems.at(p),
                                 QCoreApplication::translate("govcat::CatalogTableParser", "信息项：%1")
                                     .arg(problems.at(p)),
                                 cell);
            }
        }
    }

    void addItem(int resource, int sheet, const SheetHeader& h, const TableRow& row)
    {
        ImportedResource& r = m_out.resources[resource];
        r.itemsGiven = true;
        const ItemColumns& shared = itemColumns(sheet, h);
        if (isClearItemsMarker(row.at(shared.columns.value(QStringLiteral("name"), -1)))) {
            r.itemsCleared = true; // （清空） in the item name: no item, the list is emptied
            return;
        }
        if (r.items.size() >= kMaxItemsPerResource) {
            const QString name = r.draft.name.isEmpty() ? r.draft.code : r.draft.name;
            m_failure =
                Error{Error::Kind::Invalid,
                      QCoreApplication::translate(
                          "govcat::CatalogTableParser",
                          "信息资源“%1”的信息项超过 %2 个（到工作表“%3”第 %4 行），超出每条信息资源 %2 "
                          "个信息项的上限，文件未导入。请检查信息项是否对应到了正确的信息资源。")
                          .arg(echoedValue(name))
                          .arg(kMaxItemsPerResource)
                          .arg(echoedValue(m_out.sheets.at(sheet)))
                          .arg(row.number)};
            return;
        }
        r.draft.items << ItemDraft();
        ++m_items;
        ImportedItem item;
        item.row = {sheet, row.number, -1};
        item.seq = int(r.items.size()) + 1;
        item.present = shared.present;
        item.columns = shared.columns;
        r.items << item;
        const int index = int(r.items.size()) - 1;
        for (auto it = shared.columns.cbegin(); it != shared.columns.cend(); ++it) {
            readItemValue(r, index, it.key(), row.at(it.value()), {sheet, row.number, it.value()});
        }
    }

    void itemRow(int sheet, const SheetHeader& h, const TableRow& row)
    {
        if (rowIsBlank(row, h, true)) {
            return;
        }
        const QString identity = identityOf(row, h);
        int index = identity.isEmpty() ? -1 : m_index.value(identity, -1);
        if (index < 0 && !identity.isEmpty()) {
            // Items of a resource the file does not list: the resource is matched in the database.
            ImportedResource r;
            r.row = {sheet, row.number, -1};
            for (const QString& key : resourceLinkKeys()) {
                if (h.has(key)) {
                    readResourceValue(r, key, row.at(h.column(key)), {sheet, row.number, h.column(key)});
                }
            }
            r.present.remove(QStringLiteral("name")); // identity only: never renames
            r.itemsOnly = true;
            m_out.resources << std::move(r);
            index = int(m_out.resources.size()) - 1;
            indexResource(index);
        }
        if (index < 0) {
            addImportProblem(
                m_out.unattached, QStringLiteral("name"), -1,
                QCoreApplication::translate(
                    "govcat::CatalogTableParser",
                    "第 %1 行的信息项没有写明所属信息资源（资源标识、信息资源代码或信息资源名称）。")
                    .arg(row.number),
                {sheet, row.number, -1});
            return;
        }
        addItem(index, sheet, h, row);
    }

    void itemRowsRow(int sheet, const SheetHeader& h, const TableRow& row, int& current,
                     QString& currentIdentity)
    {
        const bool resourceBlank = rowIsBlank(row, h, false);
        const QString identity = identityOf(row, h);
        if (!resourceBlank && identity != currentIdentity) {
            const int started = startResource(
                sheet, h, row,
                identity.isEmpty() ? QStringLiteral("row:%1:%2").arg(sheet).arg(row.number) : identity);
            current = started >= 0 ? started : -1 - started; // a resource seen earlier gets these items too
            currentIdentity = identity;
        }
        if (current < 0) {
            if (!rowIsBlank(row, h, true)) {
                addImportProblem(m_out.unattached, QStringLiteral("name"), -1,
                                 QCoreApplication::translate("govcat::CatalogTableParser",
                                                             "第 %1 行的信息项上方没有所属信息资源的名称。")
                                     .arg(row.number),
                                 {sheet, row.number, -1});
            }
            return;
        }
        if (!rowIsBlank(row, h, true)) {
            addItem(current, sheet, h, row);
        }
    }

    static void sortItems(ImportedResource& r)
    {
        QList<int> order(r.items.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return r.items.at(a).seq < r.items.at(b).seq; });
        if (std::is_sorted(order.begin(), order.end())) {
            return;
        }
        QList<ImportedItem> items;
        QList<ItemDraft> drafts;
        for (int i : order) {
            items << r.items.at(i);
            drafts << r.draft.items.at(i);
        }
        for (ImportProblem& p : r.problems) {
            if (p.finding.itemIndex >= 0) {
                p.finding.itemIndex = int(order.indexOf(p.finding.itemIndex));
            }
        }
        r.items = std::move(items);
        r.draft.items = std::move(drafts);
    }

    // The item columns of a sheet, built once and shared by its items.
    struct ItemColumns
    {
        QSet<QString> present;
        QHash<QString, int> columns;
    };
    const ItemColumns& itemColumns(int sheet, const SheetHeader& h)
    {
        auto found = m_itemColumns.find(sheet);
        if (found == m_itemColumns.end()) {
            ItemColumns c;
            for (auto it = h.columns.cbegin(); it != h.columns.cend(); ++it) {
                if (isItemKey(it.key())) {
                    c.present.insert(it.key().mid(5));
                    c.columns.insert(it.key().mid(5), it.value());
                }
            }
            found = m_itemColumns.insert(sheet, c);
        }
        return found.value();
    }

    // The resource columns of a sheet, built once and shared by its resources (a QHash of its own
    // for each of 50,000 resources cost kilobytes per row): the keys readResourceValue marks present
    // and their columns, with the 信息项 column of a layout-3 sheet.
    struct ResourceColumns
    {
        QSet<QString> present;
        QHash<QString, int> columns;
    };
    const ResourceColumns& resourceColumns(int sheet, const SheetHeader& h)
    {
        auto found = m_resourceColumns.find(sheet);
        if (found == m_resourceColumns.end()) {
            ResourceColumns c;
            for (auto it = h.columns.cbegin(); it != h.columns.cend(); ++it) {
                if (isItemKey(it.key())) {
                    continue;
                }
                if (it.key() != QStringLiteral("items")) {
                    c.present.insert(it.key());
                    c.columns.insert(it.key(), it.value());
                } else if (h.role == SheetRole::InlineItems) {
                    c.columns.insert(it.key(), it.value());
                }
            }
            found = m_resourceColumns.insert(sheet, c);
        }
        return found.value();
    }

    TableSource& m_source;
    const ReadProgress& m_progress;
    QHash<int, ItemColumns> m_itemColumns;
    QHash<int, ResourceColumns> m_resourceColumns;
    ImportedCatalog m_out;
    QHash<QString, int> m_index; // identity → resource
    qsizetype m_items = 0;       // data items of the whole file
    Error m_failure;             // a limit the file passed (kMaxItemsPerResource, kMaxItemsCellChars)
};

} // namespace

Result<ImportedCatalog> parseCatalogTables(TableSource& source, const ReadProgress& progress)
{
    return Parser(source, progress).run();
}

qsizetype countInlineItems(QStringView cell, qsizetype stopAt)
{
    qsizetype count = 0;
    bool text = false; // the current part has a character other than space
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u == u'、' || u == u'；' || u == u';' || u == u'\n' || u == u'\r') {
            count += text ? 1 : 0;
            text = false;
            if (count >= stopAt) {
                return count;
            }
        } else if (!c.isSpace()) {
            text = true;
        }
    }
    return count + (text ? 1 : 0);
}

QList<ItemDraft> parseInlineItems(const QString& cell, QStringList* problems, QList<int>* problemItems)
{
    static const QRegularExpression separators(QStringLiteral("[、；;\\n\\r]+"));
    static const QRegularExpression shape(
        QStringLiteral("^(.*?)\\s*[(（]\\s*([^,，)）]*?)\\s*(?:[,，]\\s*(\\d*)\\s*)?[)）]\\s*$"));
    QList<ItemDraft> items;
    for (const QString& part : cell.split(separators)) {
        const QString text = part.trimmed();
        if (text.isEmpty()) {
            continue;
        }
        const auto m = shape.match(text);
        if (!m.hasMatch()) {
            items << ItemDraft::of(text, {});
            continue;
        }
        QString problem;
        auto type = readCode(CodeListId::DataType, m.captured(2), &problem);
        if (!type && problems) {
            *problems << QCoreApplication::translate("govcat::CatalogTableParser", "“%1”：%2")
                             .arg(echoedValue(text), problem);
            if (problemItems) {
                *problemItems << int(items.size());
            }
        }
        items << ItemDraft::of(m.captured(1).trimmed(), type.value_or(QString()), m.captured(3));
    }
    return items;
}

} // namespace govcat::io
