#include "ImportedValues.h"

#include "CatalogColumns.h"
#include "CellValues.h"
#include "core/CodeDisplay.h"
#include "core/rules/DraftFields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace govcat::io {

namespace {

const QStringList& surveyKeys()
{
    static const QStringList keys = {
        QStringLiteral("storage_total_gb"),  QStringLiteral("records_total_10k"),
        QStringLiteral("shared_storage_gb"), QStringLiteral("shared_records_10k"),
        QStringLiteral("opened_storage_gb"), QStringLiteral("opened_records_10k")};
    return keys;
}

QString label(const QString& key)
{
    const CatalogColumn* c = catalogColumn(key);
    return c ? (englishDisplay() ? c->english : c->header) : key; // the header in the UI language
}

// Reads one resource column's cell into the draft.

} // namespace

void addImportProblem(QList<ImportProblem>& problems, const QString& field, int itemIndex,
                      const QString& message, SourceCell cell)
{
    ImportProblem p;
    p.finding.ruleId = QStringLiteral("IMPORT");
    p.finding.field = field;
    p.finding.itemIndex = itemIndex;
    p.finding.message = message;
    p.cell = cell;
    problems << p;
}

void readResourceValue(ImportedResource& r, const QString& key, const QString& raw, SourceCell cell)
{
    if (!r.present.contains(key)) { // a set shared by a sheet's resources is not copied
        r.present.insert(key);
    }
    if (cell.column >= 0 && r.columns.value(key, -1) != cell.column) {
        r.columns.insert(key, cell.column); // cells are on the resource's row (cellOf)
    }
    const QString text = raw.trimmed();
    QString problem;
    auto fail = [&] {
        addImportProblem(
            r.problems, key, -1,
            QCoreApplication::translate("govcat::ImportedValues", "%1：%2").arg(label(key), problem), cell);
    };
    if (key == QStringLiteral("id")) {
        r.draft.id = text;
    } else if (key == QStringLiteral("no_share_basis")) {
        r.noShareBasis = text;
    } else if (key == QStringLiteral("related_codes")) {
        r.draft.relatedCodes = splitList(text);
    } else if (const qsizetype s = surveyKeys().indexOf(key); s >= 0) {
        if (auto v = readNumber(text, &problem)) {
            r.draft.survey[std::size_t(s)] = *v;
        } else {
            fail();
        }
    } else if (const DraftField* f = draftField(key)) {
        QString value = text;
        const CatalogColumn* column = catalogColumn(key);
        if (column && column->codeList) {
            auto v = readCode(*column->codeList, text, &problem);
            if (!v) {
                fail();
                return;
            }
            value = *v;
        } else if (key == QStringLiteral("publish_date")) {
            auto v = readDate(text, &problem);
            if (!v) {
                fail();
                return;
            }
            value = *v;
        } else if (key == QStringLiteral("classification_code")) {
            value.remove(QRegularExpression(QStringLiteral("\\s")));
        } else if (key == QStringLiteral("business_items")) {
            value = splitList(text).join(QLatin1Char('\n'));
        } else if (key == QStringLiteral("abstract") || key == QStringLiteral("share_condition") ||
                   key == QStringLiteral("open_condition")) {
            value = raw.trimmed(); // keeps inner line breaks
        }
        r.draft.*(f->member) = value;
    }
}

// Reads one item column's cell into the item (key without "item.").
void readItemValue(ImportedResource& r, int index, const QString& key, const QString& raw, SourceCell cell)
{
    ImportedItem& source = r.items[index];
    ItemDraft& item = r.draft.items[index];
    const QString text = raw.trimmed();
    QString problem;
    bool ok = true;
    if (key == QStringLiteral("id")) {
        item.id = text;
    } else if (key == QStringLiteral("seq")) {
        auto v = readCount(text, &problem);
        ok = v.has_value();
        if (ok && !v->isEmpty()) {
            source.seq = v->toInt();
        }
    } else if (key == QStringLiteral("name")) {
        item.name = text;
    } else if (key == QStringLiteral("data_type")) {
        auto v = readCode(CodeListId::DataType, text, &problem);
        ok = v.has_value();
        item.dataType = v.value_or(QString());
    } else if (key == QStringLiteral("length") || key == QStringLiteral("precision")) {
        auto v = readCount(text, &problem);
        ok = v.has_value();
        (key == QStringLiteral("length") ? item.length : item.precision) = v.value_or(QString());
    } else if (key == QStringLiteral("is_key") || key == QStringLiteral("is_sensitive")) {
        auto v = readYesNo(text, &problem);
        ok = v.has_value();
        (key == QStringLiteral("is_key") ? item.isKey : item.isSensitive) = v.value_or(false);
    } else if (key == QStringLiteral("share_type")) {
        auto v = readCode(CodeListId::ShareType, text, &problem);
        ok = v.has_value();
        item.itemShareType = v.value_or(QString());
    } else if (key == QStringLiteral("share_condition")) {
        item.itemShareCondition = text;
    }
    if (!ok) {
        addImportProblem(r.problems, key, index,
                         label(QStringLiteral("item.") + key) + QStringLiteral("：") + problem, cell);
    }
}

} // namespace govcat::io
