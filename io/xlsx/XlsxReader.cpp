#include "io/xlsx/XlsxReader.h"

#include "io/xlsx/SharedStrings.h"
#include "io/xlsx/Styles.h"
#include "io/xlsx/XlsxArchive.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

namespace govcat::io {

namespace {

// Longer relationship targets are ignored: zip entry names of real parts are short.
constexpr qsizetype kMaxTargetChars = 1024;
// Relationships read from one part, the rest ignored (their sheets are then dangling, so skipped): a
// workbook has one per sheet (XlsxLimits::maxSheets) and a few for styles, strings, theme and links.
constexpr qsizetype kMaxRelationships = 1024;

struct Relationship
{
    QString type; // the last segment of the Type URI, e.g. "worksheet"
    QString target;
};

QString directoryOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString relsPathOf(const QString& part)
{
    return directoryOf(part) + QStringLiteral("_rels/") + part.mid(part.lastIndexOf(u'/') + 1) +
           QStringLiteral(".rels");
}

QString resolveTarget(const QString& sourcePart, const QString& target)
{
    if (target.startsWith(u'/')) {
        return QDir::cleanPath(target.mid(1));
    }
    return QDir::cleanPath(directoryOf(sourcePart) + target);
}

// Reads a .rels part into id → relationship; a missing part gives an empty map.
Result<QHash<QString, Relationship>> readRelationships(XlsxArchive& archive, const QString& sourcePart,
                                                       qint64 maxBytes)
{
    QHash<QString, Relationship> rels;
    const QString path = relsPathOf(sourcePart);
    if (!archive.contains(path)) {
        return rels;
    }
    auto device = archive.openEntry(path, maxBytes);
    if (!device) {
        return device.error();
    }
    QXmlStreamReader xml(device.value().get());
    while (readNextSafe(xml)) {
        if (xml.isStartElement() && xml.name() == QStringLiteral("Relationship") &&
            rels.size() < kMaxRelationships) {
            const auto attrs = xml.attributes();
            if (attrs.value(QStringLiteral("Target")).size() > kMaxTargetChars) {
                continue; // no part has such a name: a dangling reference (and never echoed)
            }
            const QString type = attrs.value(QStringLiteral("Type")).toString();
            rels.insert(
                attrs.value(QStringLiteral("Id")).toString(),
                Relationship{type.mid(type.lastIndexOf(u'/') + 1),
                             resolveTarget(sourcePart, attrs.value(QStringLiteral("Target")).toString())});
        }
    }
    if (xml.hasError()) {
        return xmlFailure(xml, *device.value());
    }
    return rels;
}

// The r:id of an element, whatever prefix the producer gave the relationships namespace.
QString relationshipId(const QXmlStreamAttributes& attrs)
{
    for (const QXmlStreamAttribute& attr : attrs) {
        if (attr.name() == QStringLiteral("id") &&
            attr.namespaceUri().endsWith(QStringLiteral("/relationships"))) {
            return attr.value().toString();
        }
    }
    return {};
}

QString targetOfType(const QHash<QString, Relationship>& rels, const QString& type)
{
    for (const Relationship& rel : rels) {
        if (rel.type == type) {
            return rel.target;
        }
    }
    return {};
}

} // namespace

XlsxReader::XlsxReader(XlsxLimits limits) : m_limits(limits) {}

XlsxReader::~XlsxReader() = default;

Result<void> XlsxReader::open(const QString& path)
{
    m_archive = std::make_unique<XlsxArchive>(m_limits);
    if (auto opened = m_archive->open(path); !opened) {
        return opened;
    }
    return load();
}

Result<void> XlsxReader::openData(const QByteArray& data)
{
    m_archive = std::make_unique<XlsxArchive>(m_limits);
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    if (auto opened = m_archive->open(std::move(buffer)); !opened) {
        return opened;
    }
    return load();
}

Result<void> XlsxReader::load()
{
    m_sheets.clear();
    m_counts.clear();
    m_totalRows = 0;
    m_totalCells = 0;
    m_layout = {};
    m_strings.reset();
    m_styles.reset();
    m_date1904 = false;
    auto rootRels = readRelationships(*m_archive, QString(), m_limits.maxMetadataBytes);
    if (!rootRels) {
        return rootRels.error();
    }
    QString workbook = targetOfType(rootRels.value(), QStringLiteral("officeDocument"));
    if (workbook.isEmpty()) {
        workbook = QStringLiteral("xl/workbook.xml");
    }
    return readWorkbook(workbook);
}

Result<void> XlsxReader::readWorkbook(const QString& workbookPath)
{
    auto rels = readRelationships(*m_archive, workbookPath, m_limits.maxMetadataBytes);
    if (!rels) {
        return rels.error();
    }
    {
        auto device = m_archive->openEntry(workbookPath, m_limits.maxMetadataBytes);
        if (!device) {
            return device.error();
        }
        QXmlStreamReader xml(device.value().get());
        int sheetEntries = 0;
        while (readNextSafe(xml)) {
            if (!xml.isStartElement()) {
                continue;
            }
            const auto attrs = xml.attributes();
            if (xml.name() == QStringLiteral("workbookPr")) {
                const auto flag = attrs.value(QStringLiteral("date1904"));
                m_date1904 = flag == QStringLiteral("1") || flag == QStringLiteral("true");
            } else if (xml.name() == QStringLiteral("sheet")) {
                if (++sheetEntries > m_limits.maxSheets) {
                    return makeError(
                        Error::Kind::Invalid,
                        QCoreApplication::translate("govcat::XlsxReader",
                                                    "工作簿列出了超过 %1 个工作表，超出导入的上限。目录文件"
                                                    "只需几个工作表，请删去多余的工作表后再导入。")
                            .arg(m_limits.maxSheets));
                }
                const Relationship rel = rels.value().value(relationshipId(attrs));
                if (rel.type != QStringLiteral("worksheet")) {
                    continue; // a chart sheet or a dangling reference: no cells to read
                }
                const QString name = attrs.value(QStringLiteral("name")).toString();
                if (name.size() > m_limits.maxSheetNameChars) {
                    return makeError(
                        Error::Kind::Invalid,
                        QCoreApplication::translate("govcat::XlsxReader",
                                                    "工作簿第 %1 个工作表的名称超过 %2 个字符的上限（Excel "
                                                    "只允许 31 个），请改短后再导入。")
                            .arg(sheetEntries)
                            .arg(m_limits.maxSheetNameChars));
                }
                for (const SheetInfo& other : std::as_const(m_sheets)) {
                    if (other.path.compare(rel.target, Qt::CaseInsensitive) == 0) {
                        return makeError(
                            Error::Kind::Invalid,
                            QCoreApplication::translate("govcat::XlsxReader",
                                                        "工作簿中的工作表“%1”和“%2”指向同一份数据，"
                                                        "正常的工作簿不会这样，可能是恶意构造的文件，"
                                                        "已拒绝读取。")
                                .arg(other.name, name));
                    }
                }
                const auto state = attrs.value(QStringLiteral("state"));
                m_counts.append(SheetCount{});
                m_sheets.append(SheetInfo{name,
                                          state == QStringLiteral("hidden")       ? SheetState::Hidden
                                          : state == QStringLiteral("veryHidden") ? SheetState::VeryHidden
                                                                                  : SheetState::Visible,
                                          rel.target});
            }
        }
        if (xml.hasError()) {
            return xmlFailure(xml, *device.value());
        }
    }
    const QString stringsPath = targetOfType(rels.value(), QStringLiteral("sharedStrings"));
    if (!stringsPath.isEmpty() && m_archive->contains(stringsPath)) {
        auto strings = SharedStrings::load(*m_archive, stringsPath, m_limits);
        if (!strings) {
            return strings.error();
        }
        m_strings = std::make_unique<SharedStrings>(std::move(strings).value());
    }
    const QString stylesPath = targetOfType(rels.value(), QStringLiteral("styles"));
    if (!stylesPath.isEmpty() && m_archive->contains(stylesPath)) {
        auto styles = Styles::load(*m_archive, stylesPath, m_limits.maxMetadataBytes);
        if (!styles) {
            return styles.error();
        }
        m_styles = std::make_unique<Styles>(std::move(styles).value());
    }
    return {};
}

int XlsxReader::sheetIndex(const QString& name) const
{
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets.at(i).name == name) {
            return i;
        }
    }
    return -1;
}

Result<void> XlsxReader::streamWithLayout(int index, const RowCallback& onRow, SheetLayout* layout)
{
    if (!m_archive || index < 0 || index >= m_sheets.size()) {
        return makeError(
            Error::Kind::NotFound,
            QCoreApplication::translate("govcat::XlsxReader", "工作簿中没有第 %1 个工作表。").arg(index + 1));
    }
    const SheetInfo& sheet = m_sheets.at(index);
    auto device = m_archive->openEntry(sheet.path);
    if (!device) {
        return device.error();
    }
    const SheetContext context{m_strings.get(), m_styles.get(), m_date1904, m_limits, sheet.name};
    // Rows and cells of all sheets together: what each sheet has shown at most, whichever read
    // (header search, import, layout) got furthest.
    Error over;
    qint64 rows = 0;
    qint64 cells = 0;
    auto counted = [&](const Row& row) {
        ++rows;
        cells += row.cells.size();
        SheetCount& seen = m_counts[index];
        if (rows > seen.rows) {
            m_totalRows += rows - seen.rows;
            seen.rows = rows;
        }
        if (cells > seen.cells) {
            m_totalCells += cells - seen.cells;
            seen.cells = cells;
        }
        if (m_totalRows > m_limits.maxTotalRows) {
            over = makeError(
                Error::Kind::Invalid,
                QCoreApplication::translate("govcat::XlsxReader",
                                            "工作簿各工作表合计超过 %1 行的上限，请拆分成几个文件后再导入。")
                    .arg(m_limits.maxTotalRows));
            return false;
        }
        if (m_totalCells > m_limits.maxTotalCells) {
            over = makeError(Error::Kind::Invalid,
                             QCoreApplication::translate("govcat::XlsxReader",
                                                         "工作簿各工作表合计超过 %1 个有内容的单元格的上限，"
                                                         "请拆分成几个文件后再导入。")
                                 .arg(m_limits.maxTotalCells));
            return false;
        }
        return onRow(row);
    };
    auto streamed = streamSheet(*device.value(), context, counted, layout);
    if (over.isError()) {
        return over;
    }
    return streamed;
}

Result<void> XlsxReader::readSheet(int index, const RowCallback& onRow)
{
    m_layout = {};
    return streamWithLayout(index, onRow, &m_layout);
}

Result<QList<Row>> XlsxReader::readRows(int index, int maxRows)
{
    QList<Row> rows;
    auto read = streamWithLayout(
        index,
        [&rows, maxRows](const Row& row) {
            rows.append(row);
            return rows.size() < maxRows;
        },
        nullptr);
    if (!read) {
        return read.error();
    }
    return rows;
}

Result<SheetLayout> XlsxReader::readLayout(int index)
{
    SheetLayout layout;
    auto read = streamWithLayout(
        index, [](const Row&) { return true; }, &layout);
    if (!read) {
        return read.error();
    }
    return layout;
}

} // namespace govcat::io
