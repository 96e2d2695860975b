#pragma once

#include "DemoPlan.h"
#include "core/Result.h"

#include <QDate>
#include <QVariantMap>

namespace govcat::db {
class BaselineWriter;
} // namespace govcat::db

namespace govcat::demo {

// The review history of a demo resource, so that the queue shows ages and overdue items and every
// history shows who submitted and who decided: info_resource.submitted_at and the resource_transition
// rows (提交审核, then 审核通过 or 退回, 申请下线, 确认下线) with the names of the department's
// 目录填报人员 and the bureau's reviewers. Resources waiting for review were submitted in the weeks
// before today, published ones a few days before their publication date; drafts were never submitted.
class HistoryWriter
{
public:
    HistoryWriter(const CityPlan& plan, DemoRandom& rng, DemoIds& ids, db::BaselineWriter& writer,
                  const QDate& today);

    // Plans the history of the resource row about to be written (its status and publish_date set)
    // and sets its submitted_at, and updated_at/updated_by to the last step (the editor's last save
    // of a draft, the submission, the reviewer's decision).
    void plan(const PlannedDepartment& dept, QVariantMap& resource);
    // Writes the transitions of the resource row just written.
    Result<void> write(const QVariantMap& resource);

private:
    Result<void> add(const QVariantMap& resource, const QString& action, const QString& from,
                     const QString& to, const QString& actor, const QString& role, const QDateTime& at,
                     const QString& comment = {});
    QDateTime workingTime(const QDate& day);
    QString editorOf(const PlannedDepartment& dept) const;

    struct Steps
    {
        QString editor;
        QString reviewer;
        QDateTime submitted; // invalid for a draft
        QDateTime decided;   // returned or approved
        QDateTime offlineAsked;
        QDateTime offlineConfirmed;
        QString comment; // of the decision
        QString offlineReason;
    };

    const CityPlan& m_plan;
    DemoRandom& m_rng;
    DemoIds& m_ids;
    db::BaselineWriter& m_writer;
    QDate m_today;
    Steps m_steps;
    QVariantMap m_row;
};

} // namespace govcat::demo
