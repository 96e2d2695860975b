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

void HistoryWriter::plan(const PlannedDepartment& dept, QVariantMap& resource)
{
    using S = ResourceStatus;
    const S s = fromName<S>(resource.value(QStringLiteral("status")).toString()).value_or(S::Draft);
    m_steps = Steps{};
    m_steps.editor = editorOf(dept);
    m_steps.reviewer = QString::fromUtf8(kReviewers[m_rng.below(int(std::size(kReviewers)))]);
    QDate submitted;
    if (s == S::Draft) {
        // Last saved in the past weeks; never submitted.
        const QDateTime saved = workingTime(m_today.addDays(-(1 + m_rng.below(30))));
        resource[QStringLiteral("submitted_at")] = QVariant();
        resource[QStringLiteral("updated_at")] = saved.toString(Qt::ISODateWithMs);
        resource[QStringLiteral("updated_by")] = m_steps.editor;
        return;
    }
    if (s == S::PendingReview) {
        // Most waiting a few days, some for weeks: the queue shows due and overdue items.
        const int band = m_rng.weighted({55, 35, 10});
        submitted = m_today.addDays(-(band == 0   ? 1 + m_rng.below(6)
                                      : band == 1 ? 7 + m_rng.below(14)
                                                  : 21 + m_rng.below(25)));
    } else if (s == S::Returned) {
        submitted = m_today.addDays(-(5 + m_rng.below(36)));
    } else {
        const QDate published =
            QDate::fromString(resource.value(QStringLiteral("publish_date")).toString(), Qt::ISODate);
        submitted = published.addDays(-(1 + m_rng.below(10)));
        m_steps.decided = workingTime(published);
        m_steps.comment = m_rng.perMille(400) ? QStringLiteral("同意发布。") : QString();
    }
    m_steps.submitted = workingTime(submitted);
    if (s == S::Returned) {
        m_steps.decided = workingTime(std::min(m_today.addDays(-1), submitted.addDays(1 + m_rng.below(4))));
        m_steps.comment = QString::fromUtf8(kReturnReasons[m_rng.below(int(std::size(kReturnReasons)))]);
    }
    if (s == S::Withdrawing || s == S::Withdrawn) {
        const QDate asked = m_steps.decided.date().addDays(30 + m_rng.below(300));
        m_steps.offlineAsked = workingTime(asked);
        m_steps.offlineReason =
            QString::fromUtf8(kOfflineReasons[m_rng.below(int(std::size(kOfflineReasons)))]);
        if (s == S::Withdrawn) {
            m_steps.offlineConfirmed = workingTime(asked.addDays(1 + m_rng.below(5)));
        }
    }
    const QDateTime last = m_steps.offlineConfirmed.isValid() ? m_steps.offlineConfirmed
                           : m_steps.offlineAsked.isValid()   ? m_steps.offlineAsked
                           : m_steps.decided.isValid()        ? m_steps.decided
                                                              : m_steps.submitted;
    resource[QStringLiteral("submitted_at")] = m_steps.submitted.toString(Qt::ISODateWithMs);
    resource[QStringLiteral("updated_at")] = last.toString(Qt::ISODateWithMs);
    resource[QStringLiteral("updated_by")] = last == m_steps.submitted ? m_steps.editor : m_steps.reviewer;
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

Result<void> HistoryWriter::write(const QVariantMap& resource)
{
    if (!m_steps.submitted.isValid()) {
        return {};
    }
    using S = ResourceStatus;
    const S now = fromName<S>(resource.value(QStringLiteral("status")).toString()).value_or(S::Draft);
    const QString editorRole = canonicalName(Role::CatalogEditor);
    const QString reviewerRole = canonicalName(Role::Reviewer);
    if (auto r = add(resource, actionName(CatalogAction::Submit), status(S::Draft), status(S::PendingReview),
                     m_steps.editor, editorRole, m_steps.submitted);
        !r || now == S::PendingReview) {
        return r;
    }
    if (now == S::Returned) {
        return add(resource, actionName(CatalogAction::Return), status(S::PendingReview), status(S::Returned),
                   m_steps.reviewer, reviewerRole, m_steps.decided, m_steps.comment);
    }
    if (auto r = add(resource, actionName(CatalogAction::Approve), status(S::PendingReview),
                     status(S::Published), m_steps.reviewer, reviewerRole, m_steps.decided, m_steps.comment);
        !r || now == S::Published) {
        return r;
    }
    // Only reviewers take resources offline (core/rules/Lifecycle).
    if (auto r = add(resource, actionName(CatalogAction::RequestOffline), status(S::Published),
                     status(S::Withdrawing), m_steps.reviewer, reviewerRole, m_steps.offlineAsked,
                     m_steps.offlineReason);
        !r || now == S::Withdrawing) {
        return r;
    }
    return add(resource, actionName(CatalogAction::ConfirmOffline), status(S::Withdrawing),
               status(S::Withdrawn), m_steps.reviewer, reviewerRole, m_steps.offlineConfirmed);
}

} // namespace govcat::demo
