#include "CatalogJson.h"

#include "JsonResource.h"
#include "JsonScanner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace govcat::io {

namespace {

Error invalid(const QString& message)
{
    return Error{Error::Kind::Invalid, message};
}

// A JSON scalar or container given as its text, parsed alone.
QJsonValue parseValue(const QByteArray& text, bool* ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    *ok = error.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1;
    return *ok ? doc.array().at(0) : QJsonValue();
}

class Reader
{
public:
    Reader(const QByteArray& data, const JsonLimits& limits, const ReadProgress& progress)
        : m_scan(data.constData(), data.size(), limits.maxDepth), m_limits(limits), m_progress(progress)
    {}

    Result<ImportedCatalog> run()
    {
        if (auto r = scanTop(); !r) {
            return r.error();
        }
        if (auto r = checkHeader(); !r) {
            return r.error();
        }
        ImportedCatalog out;
        out.format = QStringLiteral("json");
        out.sheets = {QStringLiteral("JSON")};
        QHash<QString, int> seen; // identity → index in out.resources
        for (qsizetype i = 0; i < m_elements.size(); ++i) {
            const int position = int(i) + 1;
            if (m_progress && position % 1000 == 0 && !m_progress(position)) {
                return cancelled();
            }
            const auto [from, to] = m_elements.at(i);
            ++out.rowsRead;
            if (m_scan.slice(from, to).front() != '{') {
                bool ok = false;
                parseValue(m_scan.slice(from, to), &ok);
                if (!ok) {
                    return invalid(QCoreApplication::translate(
                                       "govcat::CatalogJson",
                                       "JSON 格式错误：第 %1 条信息资源（第 %2 行）不是有效的 JSON 值。")
                                       .arg(position)
                                       .arg(m_scan.lineOf(from)));
                }
                out.unattached << problem(
                    position, QCoreApplication::translate("govcat::CatalogJson",
                                                          "第 %1 条信息资源不是 JSON 对象，未导入。")
                                  .arg(position));
                continue;
            }
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(m_scan.slice(from, to), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                return invalid(QCoreApplication::translate(
                                   "govcat::CatalogJson", "JSON 格式错误：第 %1 条信息资源（第 %2 行）：%3。")
                                   .arg(position)
                                   .arg(m_scan.lineOf(from + error.offset))
                                   .arg(error.errorString()));
            }
            ImportedResource r = resourceFromJson(doc.object(), position);
            const QString identity = identityOf(r.draft);
            if (const int earlier = seen.value(identity, -1); !identity.isEmpty() && earlier >= 0) {
                out.unattached << problem(
                    position, QCoreApplication::translate(
                                  "govcat::CatalogJson", "第 %1 条与第 %2 条是同一条信息资源，重复的未导入。")
                                  .arg(position)
                                  .arg(out.resources.at(earlier).row.row));
                continue;
            }
            if (!identity.isEmpty()) {
                seen.insert(identity, int(out.resources.size()));
            }
            out.resources << std::move(r);
        }
        out.layout = QCoreApplication::translate("govcat::CatalogJson", "JSON（%1 第 %2 版）：%3 条信息资源")
                         .arg(QString::fromLatin1(kCatalogJsonFormat))
                         .arg(kCatalogJsonVersion)
                         .arg(out.resources.size());
        return out;
    }

private:
    static Error cancelled()
    {
        return Error{Error::Kind::Cancelled,
                     QCoreApplication::translate("govcat::CatalogJson", "导入已取消。")};
    }

    static ImportProblem problem(int position, const QString& message)
    {
        ImportProblem p;
        p.finding.ruleId = QStringLiteral("IMPORT");
        p.finding.field = QStringLiteral("name");
        p.finding.message = message;
        p.cell = {-1, position, -1};
        return p;
    }

    // Identity of a resource, as the table parser matches rows: id, else code, else name + provider.
    static QString identityOf(const ResourceDraft& d)
    {
        if (!d.id.isEmpty()) {
            return QStringLiteral("id:") + d.id;
        }
        if (!d.code.isEmpty()) {
            return QStringLiteral("code:") + d.code;
        }
        return d.name.isEmpty() ? QString() : QStringLiteral("np:") + d.name + QChar(0x1f) + d.providerName;
    }

    Error syntax() const
    {
        return invalid(QCoreApplication::translate("govcat::CatalogJson", "JSON 格式错误（第 %1 行）：%2。")
                           .arg(m_scan.lineOf(m_scan.errorPos() >= 0 ? m_scan.errorPos() : m_scan.pos()))
                           .arg(m_scan.error().isEmpty()
                                    ? QCoreApplication::translate("govcat::CatalogJson", "结构不正确")
                                    : m_scan.error()));
    }

    // The top-level object: keys and where their values are; the "resources" array element by element.
    Result<void> scanTop()
    {
        m_scan.skipSpace();
        if (!m_scan.consume('{')) {
            return invalid(QCoreApplication::translate("govcat::CatalogJson",
                                                       "不是 govcat 目录 JSON 文件：内容应以 { 开始。"));
        }
        if (m_scan.consume('}')) {
            return finishTop();
        }
        do {
            m_scan.skipSpace();
            const qsizetype keyStart = m_scan.pos();
            if (m_scan.peek() != '"' || !m_scan.skipValue(2)) {
                m_scan.fail(QCoreApplication::translate("govcat::CatalogJson", "应为带引号的键"));
                return syntax();
            }
            bool ok = false;
            const QString key = parseValue(m_scan.slice(keyStart, m_scan.pos()), &ok).toString();
            if (!ok || !m_scan.consume(':')) {
                m_scan.fail(QCoreApplication::translate("govcat::CatalogJson", "键后应为冒号"));
                return syntax();
            }
            if (key == QStringLiteral("resources")) {
                if (m_hasResources) {
                    return invalid(QCoreApplication::translate("govcat::CatalogJson",
                                                               "“resources”在文件中出现了两次。"));
                }
                if (auto r = scanResources(); !r) {
                    return r;
                }
                m_hasResources = true;
                continue;
            }
            m_scan.skipSpace();
            const qsizetype valueStart = m_scan.pos();
            if (!m_scan.skipValue(2)) {
                return syntax();
            }
            const QJsonValue value = parseValue(m_scan.slice(valueStart, m_scan.pos()), &ok);
            if (!ok) {
                m_scan.fail(QCoreApplication::translate("govcat::CatalogJson", "“%1”的值不是有效的 JSON")
                                .arg(echoedValue(key)));
                return syntax();
            }
            m_top.insert(key, value);
        } while (m_scan.consume(','));
        if (!m_scan.consume('}')) {
            m_scan.fail(QCoreApplication::translate("govcat::CatalogJson", "应为逗号或 }"));
            return syntax();
        }
        return finishTop();
    }

    Result<void> finishTop()
    {
        m_scan.skipSpace();
        if (!m_scan.atEnd()) {
            m_scan.fail(QCoreApplication::translate("govcat::CatalogJson", "JSON 对象结束后还有内容"));
            return syntax();
        }
        return {};
    }

    Result<void> scanResources()
    {
        if (!m_scan.consume('[')) {
            return invalid(
                QCoreApplication::translate("govcat::CatalogJson", "“resources”应为信息资源对象的数组。"));
        }
        if (m_scan.consume(']')) {
            return {};
        }
        do {
            m_scan.skipSpace();
            const qsizetype from = m_scan.pos();
            if (!m_scan.skipValue(3)) {
                return syntax();
            }
            if (m_scan.pos() - from > m_limits.maxResourceBytes) {
                return invalid(QCoreApplication::translate("govcat::CatalogJson",
                                                           "第 %1 条信息资源超过 %2 MB，超出导入上限。")
                                   .arg(m_elements.size() + 1)
                                   .arg(m_limits.maxResourceBytes / (1024 * 1024)));
            }
            if (auto counted = checkItemCount(from, m_scan.pos(), int(m_elements.size()) + 1); !counted) {
                return counted;
            }
            if (m_elements.size() >= m_limits.maxResources) {
                return invalid(QCoreApplication::translate(
                                   "govcat::CatalogJson",
                                   "文件中的信息资源超过 %1 条，超出每个文件 %1 条的上限，文件未导入。"
                                   "请拆分成几个文件后分别导入。")
                                   .arg(m_limits.maxResources));
            }
            m_elements << std::pair{from, m_scan.pos()};
        } while (m_scan.consume(','));
        if (!m_scan.consume(']')) {
            m_scan.fail(QCoreApplication::translate("govcat::CatalogJson", "“resources”数组中应为逗号或 ]"));
            return syntax();
        }
        return {};
    }

    // Counts the elements of each "items" array of the resource element [from, to) without building
    // them, and refuses the file at the first array that passes maxItemsPerResource. The element was
    // scanned already; anything malformed in it is left to QJsonDocument.
    Result<void> checkItemCount(qsizetype from, qsizetype to, int position)
    {
        JsonScanner scan(m_scan.slice(from, to).constData(), to - from, m_limits.maxDepth);
        if (!scan.consume('{') || scan.consume('}')) {
            return {};
        }
        do {
            scan.skipSpace();
            const qsizetype keyStart = scan.pos();
            if (scan.peek() != '"' || !scan.skipValue(4)) {
                return {};
            }
            const QByteArray rawKey = scan.slice(keyStart, scan.pos());
            bool items = rawKey == "\"items\"";
            if (!items && rawKey.contains('\\') && rawKey.size() < 64) {
                bool ok = false;
                items = parseValue(rawKey, &ok).toString() == QStringLiteral("items");
            }
            if (!scan.consume(':')) {
                return {};
            }
            scan.skipSpace();
            if (!items || !scan.consume('[')) {
                if (!scan.skipValue(4)) {
                    return {};
                }
                continue;
            }
            if (scan.consume(']')) {
                continue;
            }
            qsizetype count = 0;
            do {
                if (++m_items > m_limits.maxItems) {
                    return invalid(QCoreApplication::translate(
                                       "govcat::CatalogJson",
                                       "文件中的信息项超过 %1 个（到第 %2 条信息资源），超出每个文件 %1 "
                                       "个的上限，文件未导入。请拆分成几个文件后分别导入。")
                                       .arg(m_limits.maxItems)
                                       .arg(position));
                }
                if (++count > m_limits.maxItemsPerResource) {
                    return invalid(QCoreApplication::translate(
                                       "govcat::CatalogJson",
                                       "第 %1 条信息资源（第 %2 行）的“items”超过 %3 个信息项，超出每条"
                                       "信息资源 %3 个信息项的上限，文件未导入。")
                                       .arg(position)
                                       .arg(m_scan.lineOf(from))
                                       .arg(m_limits.maxItemsPerResource));
                }
                if (!scan.skipValue(5)) {
                    return {};
                }
            } while (scan.consume(','));
            if (!scan.consume(']')) {
                return {};
            }
        } while (scan.consume(','));
        return {};
    }

    Result<void> checkHeader() const
    {
        const QJsonValue format = m_top.value(QStringLiteral("format"), QJsonValue(QJsonValue::Undefined));
        if (format.toString() != QLatin1String(kCatalogJsonFormat)) {
            return invalid(
                QCoreApplication::translate("govcat::CatalogJson",
                                            "不是 govcat 目录 JSON 文件：“format”应为“%1”%2。")
                    .arg(QString::fromLatin1(kCatalogJsonFormat),
                         format.isUndefined()
                             ? QCoreApplication::translate("govcat::CatalogJson", "，文件中没有这一项")
                             : QCoreApplication::translate("govcat::CatalogJson", "，文件中为“%1”")
                                   .arg(echoedValue(format.toVariant().toString()))));
        }
        const QJsonValue version = m_top.value(QStringLiteral("version"), QJsonValue(QJsonValue::Undefined));
        if (!version.isDouble() || version.toDouble() != kCatalogJsonVersion) {
            return invalid(
                QCoreApplication::translate("govcat::CatalogJson",
                                            "govcat 目录 JSON 文件的版本为“%1”，本程序只能读取第 %2 版；"
                                            "请用相同版本的 govcat 导出，或升级 govcat。")
                    .arg(version.isUndefined()
                             ? QCoreApplication::translate("govcat::CatalogJson", "（缺失）")
                             : echoedValue(version.toVariant().toString()))
                    .arg(kCatalogJsonVersion));
        }
        if (!m_hasResources) {
            return invalid(QCoreApplication::translate("govcat::CatalogJson",
                                                       "govcat 目录 JSON 文件中没有“resources”数组。"));
        }
        return {};
    }

    JsonScanner m_scan;
    const JsonLimits& m_limits;
    const ReadProgress& m_progress;
    QHash<QString, QJsonValue> m_top;
    QList<std::pair<qsizetype, qsizetype>> m_elements;
    bool m_hasResources = false;
    qint64 m_items = 0; // elements of the "items" arrays so far
};

} // namespace

Result<ImportedCatalog> readCatalogJsonData(const QByteArray& data, const JsonLimits& limits,
                                            const ReadProgress& progress)
{
    if (data.size() > limits.maxFileBytes) {
        return invalid(
            QCoreApplication::translate("govcat::CatalogJson", "JSON 文件有 %1 MB，超过导入上限 %2 MB。")
                .arg(data.size() / (1024 * 1024))
                .arg(limits.maxFileBytes / (1024 * 1024)));
    }
    QByteArray text = data;
    if (text.startsWith("\xEF\xBB\xBF")) {
        text = QByteArray::fromRawData(data.constData() + 3, data.size() - 3);
    }
    return Reader(text, limits, progress).run();
}

Result<ImportedCatalog> readCatalogJson(const QString& path, const JsonLimits& limits,
                                        const ReadProgress& progress)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("govcat::CatalogJson", "找不到文件 %1。").arg(path)};
    }
    if (info.size() > limits.maxFileBytes) {
        return invalid(
            QCoreApplication::translate("govcat::CatalogJson", "JSON 文件有 %1 MB，超过导入上限 %2 MB。")
                .arg(info.size() / (1024 * 1024))
                .arg(limits.maxFileBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Kind::Io, QCoreApplication::translate("govcat::CatalogJson", "无法读取 %1：%2")
                                          .arg(path, file.errorString())};
    }
    if (file.size() == 0) {
        return invalid(QCoreApplication::translate("govcat::CatalogJson", "JSON 文件是空的。"));
    }
    if (uchar* mapped = file.map(0, file.size())) {
        const QByteArray data = QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), file.size());
        return readCatalogJsonData(data, limits, progress);
    }
    return readCatalogJsonData(file.readAll(), limits, progress);
}

} // namespace govcat::io
