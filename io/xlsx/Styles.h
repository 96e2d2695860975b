#pragma once

#include "core/Result.h"
#include "io/xlsx/XlsxTypes.h"

#include <QList>
#include <QVariant>

namespace govcat::io {

class XlsxArchive;

// The part of xl/styles.xml a reader needs: which cell styles (cellXfs) show numbers as dates.
class Styles
{
public:
    // maxBytes, when positive, bounds the part's uncompressed size (XlsxArchive::openEntry).
    static Result<Styles> load(XlsxArchive& archive, const QString& entry, qint64 maxBytes = 0);

    bool isDateStyle(qsizetype xfIndex) const
    {
        return xfIndex >= 0 && xfIndex < m_dateXf.size() && m_dateXf.at(xfIndex);
    }

private:
    QList<bool> m_dateXf;
};

// Built-in number formats that show dates or times: 14–22, 45–47, and the CJK ones 27–36, 50–58.
bool isBuiltInDateFormat(int numFmtId);
// A custom format code shows a date or time when it has y, m, d, h or s outside quotes, escapes
// and [...] sections (except elapsed-time [h], [m], [s]).
bool isDateFormatCode(const QString& code);
// Excel serial day number → QDate (whole days), QDateTime, or QTime (below one day). The 1900 system
// keeps Lotus's phantom 1900-02-29 (serial 60, returned as invalid); an invalid QVariant when out of range.
QVariant excelSerialToDate(double serial, bool date1904);

} // namespace govcat::io
