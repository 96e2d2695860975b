#include "DemoHistory.h"

#include "core/CodeLists.h"
#include "core/rules/Lifecycle.h"
#include "db/BaselineWriter.h"

namespace govcat::demo {

namespace {

const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                 "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"};
const char* const kGivenNames[] = {"晓明", "丽华", "建国", "海燕", "志强", "静怡", "磊", "芳",
                                   "伟",   "婷婷", "军",   "敏",   "涛",   "娟",   "超", "秀英"};
const char* const kReviewers[] = {"周文斌", "郑雅琴", "钱立新"};
const char* const kReturnReasons[] = {
    "摘要过于简单，请写明数据内容、范围和用途。",
    "部分信息项缺少长度，请补全后重新提交。",
    "共享条件未写明申请条件和使用范围，请补充。",
    "信息资源分类与提供方职能不符，请核对后调整。",
};
const char* const kOfflineReasons[] = {
    "该信息资源已由新的汇总资源替代。",
    "业务已调整，数据停止更新。",
};

QString status(ResourceStatus s)
{
    return canonicalName(s);
}

} // namespace

HistoryWriter::HistoryWriter(const CityPlan& plan, DemoRandom& rng, DemoIds& ids, db::BaselineWriter& writer,
                             const QDate& today)
    : m_plan(plan), m_rng(rng), m_ids(ids), m_writer(writer), m_today(today)
{}

QDateTime HistoryWriter::workingTime(const QDate& day)
{
    // 08:30–17:30 Beijing time, stored in UTC.
    const int minute = 30 + m_rng.below(9 * 60);
    return QDateTime(day, QTime(minute / 60, minute % 60), Qt::UTC);
}

QString HistoryWriter::editorOf(const PlannedDepartment& dept) const
{
    const auto index = size_t(&dept - m_plan.departments.data());
    return QString::fromUtf8(kSurnames[index % std::size(kSurnames)]) +
           QString::fromUtf8(kGivenNames[index * 7 % std::size(kGivenNames)]);
}

void HistoryWriter::dateSubmission(QVariantMap& resource)
{
    const auto s = fromName<ResourceStatus>(resource.value(QStringLiteral("status")).toString());
    QDate day;
    if (s == ResourceStatus::PendingReview) {
        // Most waiting a few days, some for weeks: the queue shows due and overdue items.
        const int band = m_rng.weighted({55, 35, 10});
        day = m_today.addDays(-(band == 0   ? 1 + m_rng.below(6)
                                : band == 1 ? 7 + m_rng.below(14)
                                            : 21 + m_rng.below(25)));
    } else if (s == ResourceStatus::Returned) {
        day = m_today.addDays(-(5 + m_rng.below(36)));
    } else if (s && *s != ResourceStatus::Draft) {
        const QDate published =
            QDate::fromString(resource.value(QStringLiteral("publish_date")).toString(), Qt::ISODate);
        day = published.addDays(-(1 + m_rng.below(10)));
    }
    resource[QStringLiteral("submitted_at")] =
        day.isValid() ? QVariant(workingTime(day).toString(Qt::ISODateWithMs)) : QVariant();
}

Result<void> HistoryWriter::add(const QVariantMap& resource, const QString& action, const QString& from,
                                const QString& to, const QString& actor, const QString& role,
                                const QDateTime& at, const QString& comment)
{
    m_row[QStringLiteral("id")] = m_ids.next();
    m_row[QStringLiteral("owner_dept_id")] = resource.value(QStringLiteral("owner_dept_id"));
    m_row[QStringLiteral("resource_id")] = resource.value(QStringLiteral("id"));
    m_row[QStringLiteral("version_no")] = resource.value(QStringLiteral("catalog_version"));
    m_row[QStringLiteral("action")] = action;
    m_row[QStringLiteral("from_status")] = from;
    m_row[QStringLiteral("to_status")] = to;
    m_row[QStringLiteral("comment")] = comment.isEmpty() ? QVariant() : QVariant(comment);
    m_row[QStringLiteral("actor")] = actor;
    m_row[QStringLiteral("actor_role")] = role;
    m_row[QStringLiteral("at")] = at.toString(Qt::ISODateWithMs);
    return m_writer.add(QStringLiteral("resource_transition"), m_row);
}

Result<void> HistoryWriter::write(const PlannedDepartment& dept, const QVariantMap& resource)
{
    const QVariant submittedAt = resource.value(QStringLiteral("submitted_at"));
    if (!submittedAt.isValid() || submittedAt.isNull()) {
        return {};
    }
    using S = ResourceStatus;
    const S now = fromName<S>(resource.value(QStringLiteral("status")).toString()).value_or(S::Draft);
    const QString editor = editorOf(dept);
    const QString editorRole = canonicalName(Role::CatalogEditor);
    const QString reviewer = QString::fromUtf8(kReviewers[m_rng.below(int(std::size(kReviewers)))]);
    const QString reviewerRole = canonicalName(Role::Reviewer);
    const QDateTime submitted = QDateTime::fromString(submittedAt.toString(), Qt::ISODateWithMs);
    if (auto r = add(resource, actionName(CatalogAction::Submit), status(S::Draft), status(S::PendingReview),
                     editor, editorRole, submitted);
        !r) {
        return r;
    }
    if (now == S::PendingReview) {
        return {};
    }
    if (now == S::Returned) {
        const QDate day = std::min(m_today.addDays(-1), submitted.date().addDays(1 + m_rng.below(4)));
        return add(resource, actionName(CatalogAction::Return), status(S::PendingReview), status(S::Returned),
                   reviewer, reviewerRole, workingTime(day),
                   QString::fromUtf8(kReturnReasons[m_rng.below(int(std::size(kReturnReasons)))]));
    }
    const QDate published =
        QDate::fromString(resource.value(QStringLiteral("publish_date")).toString(), Qt::ISODate);
    if (auto r = add(resource, actionName(CatalogAction::Approve), status(S::PendingReview),
                     status(S::Published), reviewer, reviewerRole, workingTime(published),
                     m_rng.perMille(400) ? QStringLiteral("同意发布。") : QString());
        !r) {
        return r;
    }
    if (now == S::Published) {
        return {};
    }
    const QDate asked = published.addDays(30 + m_rng.below(300));
    if (auto r = add(resource, actionName(CatalogAction::RequestOffline), status(S::Published),
                     status(S::Withdrawing), reviewer, reviewerRole, workingTime(asked),
                     QString::fromUtf8(kOfflineReasons[m_rng.below(int(std::size(kOfflineReasons)))]));
        !r || now == S::Withdrawing) {
        return r;
    }
    return add(resource, actionName(CatalogAction::ConfirmOffline), status(S::Withdrawing),
               status(S::Withdrawn), reviewer, reviewerRole, workingTime(asked.addDays(1 + m_rng.below(5))));
}

} // namespace govcat::demo
