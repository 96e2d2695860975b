#pragma once

#include "core/rules/DraftFields.h"
#include "io/catalog/ImportedCatalog.h"

#include <QList>
#include <QString>

#include <memory>

namespace govcat::exchange {

// What applying writes for a row: held on the heap and only for the rows that are applied, so that
// a plan of 50,000 rejected rows does not carry a ResourceDraft (about 1 KB) in each of them.
// Reads as a ResourceDraft (`*merged`, `merged->items`); an empty draft when there is none.
class MergedDraft
{
public:
    MergedDraft() = default;
    MergedDraft(ResourceDraft draft) : m_draft(std::make_shared<const ResourceDraft>(std::move(draft))) {}

    const ResourceDraft& operator*() const { return m_draft ? *m_draft : empty(); }
    const ResourceDraft* operator->() const { return &**this; }
    operator const ResourceDraft&() const { return **this; }

private:
    static const ResourceDraft& empty()
    {
        static const ResourceDraft none;
        return none;
    }
    std::shared_ptr<const ResourceDraft> m_draft;
};

// What importing one resource of a file would do (the dry run's answer for one row).
struct ImportPlanRow
{
    enum class Kind
    {
        New,       // no such resource yet: created as a draft
        Changed,   // an existing resource whose fields differ: the changed fields are merged in
        Unchanged, // the file says what the database already has
        Rejected,  // not imported: see problems (errors)
    };
    Kind kind = Kind::Unchanged;
    int source = -1;      // index in ImportedCatalog::resources
    io::SourceCell where; // the resource's first row in the file
    QString resourceId;   // the existing resource, or the id a new one will get
    QString name;
    QString providerName;
    QString status; // of the existing resource (or its open revision); empty for new ones
    QList<FieldChange> changes;
    QList<io::ImportProblem> problems; // errors (the reason for Rejected) and warnings, with their cells
    bool localDraft = false;           // the resource is a draft with local changes not yet synced
    bool itemsKept = false; // the file's 信息项 cell is empty: the stored items stay as they are
    MergedDraft merged;     // what applying writes (New and Changed); empty for the other kinds

    bool hasWarnings() const;
    // Applied by "only clean rows": new or changed, no warning, no local unsaved draft in the way.
    bool isClean() const;
    bool isApplicable() const { return kind == Kind::New || kind == Kind::Changed; }
};

struct ImportPlan
{
    QString file;
    QString format;
    QString layout;
    QStringList sheets;
    QList<ImportPlanRow> rows;           // in file order
    QList<io::ImportProblem> unattached; // rows that belong to no resource (counted as rejected)
    int count(ImportPlanRow::Kind kind) const;
    int rejected() const { return count(ImportPlanRow::Kind::Rejected) + int(unattached.size()); }
    // {"new":…, "changed":…, "unchanged":…, "rejected":…}: the keys stay as they are for scripts, although
    // the user sees 校验不通过 for a rejected row.
    QByteArray summaryJson() const;
};

QString kindName(ImportPlanRow::Kind kind); // 新增, 修改, 未变化, 校验不通过

} // namespace govcat::exchange
