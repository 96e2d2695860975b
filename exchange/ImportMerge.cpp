#include "exchange/ImportMerge.h"

#include "core/CodeLists.h"
#include "core/rules/DraftFields.h"

#include <QCoreApplication>

namespace govcat::exchange {

using io::ImportedResource;
using io::ImportProblem;

void addProblem(QList<ImportProblem>& problems, const ImportedResource& in, const QString& field,
                const QString& message, Finding::Severity severity)
{
    ImportProblem p;
    p.finding.ruleId = QStringLiteral("IMPORT");
    p.finding.severity = severity;
    p.finding.field = field;
    p.finding.message = message;
    p.cell = in.cellOf(field);
    problems << p;
}

namespace {

QString itemKey(const QString& name)
{
    return name.trimmed();
}

// The file's items over the stored ones: matched by id, else by name; only the given columns.
QList<ItemDraft> mergeItems(const QList<ItemDraft>& stored, const ImportedResource& in)
{
    QHash<QString, int> byId;
    QHash<QString, int> byName;
    for (int i = 0; i < stored.size(); ++i) {
        if (!stored.at(i).id.isEmpty()) {
            byId.insert(stored.at(i).id, i);
        }
        byName.insert(itemKey(stored.at(i).name), i);
    }
    QList<ItemDraft> out;
    QSet<int> used;
    for (int i = 0; i < in.draft.items.size(); ++i) {
        const ItemDraft& given = in.draft.items.at(i);
        const QSet<QString>& present = in.items.at(i).present;
        int match = given.id.isEmpty() ? byName.value(itemKey(given.name), -1) : byId.value(given.id, -1);
        if (used.contains(match)) {
            match = -1;
        }
        ItemDraft item = match >= 0 ? stored.at(match) : ItemDraft();
        used.insert(match);
        auto take = [&](const char* key, auto ItemDraft::*member) {
            if (match < 0 || present.contains(QLatin1String(key))) {
                item.*member = given.*member;
            }
        };
        take("name", &ItemDraft::name);
        take("data_type", &ItemDraft::dataType);
        take("length", &ItemDraft::length);
        take("precision", &ItemDraft::precision);
        take("is_key", &ItemDraft::isKey);
        take("is_sensitive", &ItemDraft::isSensitive);
        take("share_type", &ItemDraft::itemShareType);
        take("share_condition", &ItemDraft::itemShareCondition);
        out << item;
    }
    return out;
}

const QStringList& surveyKeys()
{
    static const QStringList keys = {
        QStringLiteral("storage_total_gb"),  QStringLiteral("records_total_10k"),
        QStringLiteral("shared_storage_gb"), QStringLiteral("shared_records_10k"),
        QStringLiteral("opened_storage_gb"), QStringLiteral("opened_records_10k")};
    return keys;
}

// Number text as compared: "12.50" and "12.5" are the same figure.
QString figure(const QString& s)
{
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    return ok ? QString::number(v, 'g', 15) : s.trimmed();
}

// The base with the file's given fields over it.
} // namespace

ResourceDraft mergeImported(const ResourceDraft& base, const ImportedResource& in, const ImportLookups& l,
                            QList<ImportProblem>& problems)
{
    ResourceDraft out = base;
    static const QSet<QString> notMerged = {
        QStringLiteral("id"),           QStringLiteral("code"),          QStringLiteral("status"),
        QStringLiteral("mount_status"), QStringLiteral("provider_name"), QStringLiteral("provider_code"),
        QStringLiteral("items")};
    for (const QString& key : in.present) {
        if (notMerged.contains(key)) {
            continue;
        }
        if (key == QStringLiteral("classification_code")) {
            const QString code = in.draft.classificationCode;
            const QString id = l.classByCode.value(code);
            if (id.isEmpty() && !code.isEmpty()) {
                addProblem(
                    problems, in, key,
                    QCoreApplication::translate(
                        "govcat::ImportMerge",
                        "信息资源分类“%1”不在本地分类表中。请填写类、项、目或细目的分类码，例如 307003。")
                        .arg(code));
            }
            out.classificationCode = code;
            out.classificationId = id;
        } else if (key == QStringLiteral("no_share_basis")) {
            const QString id = l.basisByTitle.value(in.noShareBasis);
            if (id.isEmpty() && !in.noShareBasis.isEmpty()) {
                addProblem(problems, in, key,
                           QCoreApplication::translate(
                               "govcat::ImportMerge",
                               "不予共享依据“%1”不在本地法规依据库中。请写法规依据的完整标题。")
                               .arg(in.noShareBasis));
            }
            out.noShareBasisId = id;
        } else if (key == QStringLiteral("related_codes")) {
            out.relatedCodes = in.draft.relatedCodes;
        } else if (const qsizetype s = surveyKeys().indexOf(key); s >= 0) {
            const auto i = std::size_t(s);
            if (figure(out.survey[i]) != figure(in.draft.survey[i])) {
                out.survey[i] = in.draft.survey[i];
            }
        } else if (const DraftField* f = draftField(key)) {
            out.*(f->member) = in.draft.*(f->member);
        }
    }
    // A file without 开放类型 (templates before schema v6): it follows 是否向社会开放 as the migration
    // derived it.
    if (in.present.contains(QStringLiteral("open_to_public")) &&
        !in.present.contains(QStringLiteral("open_type"))) {
        out.openType = derivedOpenType(out.openToPublic, out.openCondition);
    }
    if (in.itemsGiven) {
        out.items = mergeItems(base.items, in);
    }
    return out;
}

} // namespace govcat::exchange
