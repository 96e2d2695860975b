#include "FindingsPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace govcat::ui {

QString severityName(Finding::Severity severity)
{
    return severity == Finding::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    auto* title = new QLabel(tr("检查结果"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_summary->setObjectName(QStringLiteral("findingsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSpacing(2);
    m_list->setToolTip(tr("单击一条检查结果可跳到对应的字段"));

    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const int i = item->data(FindingIndexRole).toInt();
        if (i >= 0 && i < m_findings.size()) {
            Q_EMIT findingActivated(m_findings.at(i));
        }
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int i = item->data(FindingIndexRole).toInt();
        if (i >= 0 && i < m_findings.size()) {
            Q_EMIT findingActivated(m_findings.at(i));
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    setFindings({});
}

void FindingsPanel::setFindings(const QList<Finding>& findings)
{
    m_findings = findings;
    m_list->clear();
    int errors = 0;
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const Finding& f = m_findings.at(i);
        const bool error = f.severity == Finding::Severity::Error;
        errors += error ? 1 : 0;
        auto* item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            f.message, m_list);
        item->setData(FindingIndexRole, int(i));
        item->setData(SeverityRole, severityName(f.severity));
        item->setToolTip(QStringLiteral("%1 %2").arg(f.ruleId, f.message));
    }
    const int warnings = int(m_findings.size()) - errors;
    if (m_findings.isEmpty()) {
        m_summary->setText(tr("未发现问题。"));
    } else if (errors == 0) {
        m_summary->setText(tr("%n 个警告，不影响提交，请确认。", nullptr, warnings));
    } else {
        m_summary->setText(tr("%n 个错误须改正后才能提交", nullptr, errors) +
                           (warnings > 0 ? tr("；另有 %n 个警告。", nullptr, warnings) : tr("。")));
    }
}

} // namespace govcat::ui
