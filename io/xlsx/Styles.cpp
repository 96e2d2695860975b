#include "io/xlsx/Styles.h"

#include "io/xlsx/XlsxArchive.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>

namespace govcat::io {

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

bool isDateFormatCode(const QString& code)
{
    bool inQuotes = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar ch = code[i];
        if (inQuotes) {
            inQuotes = ch != u'"';
            continue;
        }
        if (ch == u'"') {
            inQuotes = true;
        } else if (ch == u'\\' || ch == u'_' || ch == u'*') {
            ++i; // escaped, padding or fill character
        } else if (ch == u'[') {
            const qsizetype close = code.indexOf(u']', i);
            if (close < 0) {
                return false;
            }
            const QString inner = code.mid(i + 1, close - i - 1).toLower();
            if (!inner.isEmpty() && (inner.count(inner[0]) == inner.size()) &&
                (inner[0] == u'h' || inner[0] == u'm' || inner[0] == u's')) {
                return true; // elapsed time such as [h]:mm
            }
            i = close;
        } else {
            const char16_t c = ch.toLower().unicode();
            if (c == u'y' || c == u'm' || c == u'd' || c == u'h' || c == u's') {
                return true;
            }
        }
    }
    return false;
}

QVariant excelSerialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) { // 9999-12-31 is serial 2958465
        return {};
    }
    double whole = std::floor(serial);
    qint64 ms = std::llround((serial - whole) * 86'400'000.0);
    if (ms >= 86'400'000) {
        whole += 1;
        ms -= 86'400'000;
    }
    const auto days = qint64(whole);
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(ms));
    if (!date1904 && days == 0) {
        return time; // time of day only
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else if (days == 60) {
        return {}; // 1900-02-29 does not exist
    } else {
        date = QDate(1899, 12, 31).addDays(days < 60 ? days : days - 1);
    }
    if (ms == 0) {
        return date;
    }
    return QDateTime(date, time);
}

Result<Styles> Styles::load(XlsxArchive& archive, const QString& entry, qint64 maxBytes)
{
    Styles styles;
    auto device = archive.openEntry(entry, maxBytes);
    if (!device) {
        return device.error();
    }
    QHash<int, bool> customDate;
    bool inCellXfs = false;
    bool inNumFmts = false; // numFmt also appears in dxfs (conditional formats), which cells never use
    QXmlStreamReader xml(device.value().get());
    while (readNextSafe(xml)) {
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QStringLiteral("numFmts")) {
                inNumFmts = true;
            } else if (name == QStringLiteral("numFmt") && inNumFmts) {
                const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                customDate.insert(
                    id, isDateFormatCode(xml.attributes().value(QStringLiteral("formatCode")).toString()));
            } else if (name == QStringLiteral("cellXfs")) {
                inCellXfs = true;
            } else if (name == QStringLiteral("xf") && inCellXfs) {
                const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                styles.m_dateXf.append(customDate.contains(id) ? customDate.value(id)
                                                               : isBuiltInDateFormat(id));
                if (styles.m_dateXf.size() > 1'000'000) {
                    return makeError(Error::Kind::Invalid,
                                     QCoreApplication::translate(
                                         "govcat::Styles", "工作簿的单元格样式数量异常（超过一百万个）。"));
                }
            }
        } else if (xml.isEndElement() && xml.name() == QStringLiteral("cellXfs")) {
            inCellXfs = false;
        } else if (xml.isEndElement() && xml.name() == QStringLiteral("numFmts")) {
            inNumFmts = false;
        }
    }
    if (xml.hasError()) {
        return xmlFailure(xml, *device.value());
    }
    return styles;
}

} // namespace govcat::io
