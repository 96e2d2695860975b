#include "QualityView.h"

#include "catalog/CatalogQuality.h"
#include "catalog/CatalogServices.h"
#include "models/common/ErrorMessages.h"
#include "ui/common/JobRunner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace govcat::ui {

namespace {

constexpr int kDeptRole = Qt::UserRole;
constexpr int kTotalRole = Qt::UserRole + 1;

const QColor kErrorTint(0xfd, 0xe2, 0xe1);
const QColor kWarningTint(0xff, 0xf4, 0xce);

QTableWidgetItem* countItem(qint64 count, const QColor& tint = {})
{
    auto* item = new QTableWidgetItem(count > 0 ? QString::number(count) : QString());
    item->setData(Qt::UserRole, count);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (count > 0 && tint.isValid()) {
        item->setBackground(tint);
    }
    return item;
}

QTableWidgetItem* textItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidget* newTable(QWidget* parent, const char* name)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(QLatin1String(name));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    return table;
}

} // namespace

QualityView::QualityView(catalog::CatalogServices& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_summary(new QLabel(this)), m_rerun(new QPushButton(this)),
      m_table(newTable(this, "qualityTable")), m_rules(newTable(this, "qualityRuleTable"))
{
    setObjectName(QStringLiteral("qualityView"));
    m_summary->setObjectName(QStringLiteral("qualitySummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("尚未检查。"));
    m_rerun->setObjectName(QStringLiteral("rerunQualityButton"));
    m_rerun->setText(tr("重新检查"));
    m_rerun->setToolTip(tr("按目录规则重新检查全部信息资源"));
    connect(m_rerun, &QPushButton::clicked, this, &QualityView::refresh);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &QualityView::openCell);
    connect(m_rules, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openRule(row); });

    auto* hint = new QLabel(tr("双击数字可列出对应的信息资源。"), this);
    hint->setObjectName(QStringLiteral("qualityHintLabel"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_rerun);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_rules);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);
}

QualityView::~QualityView() = default;

void QualityView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        QTimer::singleShot(0, this, [this] {
            if (!m_report) {
                refresh();
            }
        });
    }
}

void QualityView::refresh()
{
    m_started = true;
    m_rerun->setEnabled(false);
    // On the database's worker thread (its own connection); the window keeps repainting.
    auto result = JobRunner::run<catalog::QualityReport>(
        this, m_services.worker(),
        {QStringLiteral("qualityProgressDialog"), tr("目录质量检查"), tr("正在按目录规则检查信息资源…")},
        [](db::JobContext& context) {
            return catalog::CatalogQuality(context.connection()).run(context.callback());
        });
    m_rerun->setEnabled(true);
    if (!result) {
        m_summary->setText(tr("检查失败：%1").arg(models::ErrorMessages::forEdit(result.error())));
        return;
    }
    if (result.value().cancelled) {
        m_summary->setText(m_report ? tr("检查已取消，下表仍为上次检查的结果。") : tr("检查已取消。"));
        return;
    }
    m_report = std::make_unique<catalog::QualityReport>(std::move(result).value());
    showReport();
}

void QualityView::showReport()
{
    const catalog::QualityReport& r = *m_report;
    m_summary->setText(tr("共检查 %1 条信息资源：%2 条有错误（%3 处），%4 条有警告（%5 处）。用时 %6 秒。")
                           .arg(r.resourcesChecked)
                           .arg(r.resourcesWithErrors)
                           .arg(r.errors)
                           .arg(r.resourcesWithWarnings)
                           .arg(r.warnings)
                           .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1));

    // Departments with the most resources in error first; the 合计 row last.
    QList<const catalog::DepartmentQuality*> depts;
    for (const catalog::DepartmentQuality& d : r.departments) {
        depts << &d;
    }
    std::stable_sort(depts.begin(), depts.end(), [](const auto* a, const auto* b) {
        return a->withErrors.size() != b->withErrors.size() ? a->withErrors.size() > b->withErrors.size()
                                                            : a->withWarnings.size() > b->withWarnings.size();
    });
    QStringList headers = {tr("部门"), tr("资源数"), tr("有错误的资源"), tr("有警告的资源")};
    for (const auto& rule : r.rules) {
        headers << rule.first;
    }
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setRowCount(int(depts.size()) + 1);
    m_table->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < int(r.rules.size()); ++c) {
        const auto& [id, description] = r.rules.at(c);
        m_table->horizontalHeaderItem(FirstRuleColumn + c)->setToolTip(id + QLatin1Char(' ') + description);
    }
    const auto fillRow = [&](int row, const QString& name, const QString& deptId, bool total) {
        QTableWidgetItem* nameItem = textItem(name);
        nameItem->setData(kDeptRole, deptId);
        nameItem->setData(kTotalRole, total);
        m_table->setItem(row, DepartmentColumn, nameItem);
    };
    int row = 0;
    qint64 resources = 0;
    for (const catalog::DepartmentQuality* d : std::as_const(depts)) {
        fillRow(row, d->deptName, d->deptId, false);
        m_table->setItem(row, ResourcesColumn, countItem(d->resources));
        m_table->setItem(row, ErrorsColumn, countItem(d->withErrors.size(), kErrorTint));
        m_table->setItem(row, WarningsColumn, countItem(d->withWarnings.size(), kWarningTint));
        for (int c = 0; c < int(r.rules.size()); ++c) {
            const catalog::QualityCell cell = d->rules.value(r.rules.at(c).first);
            m_table->setItem(row, FirstRuleColumn + c,
                             countItem(cell.resources(), cell.errors > 0 ? kErrorTint : kWarningTint));
        }
        resources += d->resources;
        ++row;
    }
    fillRow(row, tr("合计"), QString(), true);
    m_table->setItem(row, ResourcesColumn, countItem(resources));
    m_table->setItem(row, ErrorsColumn, countItem(r.resourcesWithErrors, kErrorTint));
    m_table->setItem(row, WarningsColumn, countItem(r.resourcesWithWarnings, kWarningTint));
    for (int c = 0; c < int(r.rules.size()); ++c) {
        const QString& rule = r.rules.at(c).first;
        m_table->setItem(
            row, FirstRuleColumn + c,
            countItem(r.resourcesFor(rule).size(), r.ruleTotal(rule).errors > 0 ? kErrorTint : kWarningTint));
    }
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int c = 0; c < m_table->columnCount(); ++c) {
        m_table->item(row, c)->setFont(bold);
    }
    m_table->resizeColumnsToContents();

    m_rules->clear();
    m_rules->setColumnCount(6);
    m_rules->setHorizontalHeaderLabels(
        {tr("规则"), tr("说明"), tr("级别"), tr("涉及资源"), tr("涉及部门"), tr("问题数")});
    m_rules->setRowCount(int(r.rules.size()));
    for (int i = 0; i < int(r.rules.size()); ++i) {
        const auto& [id, description] = r.rules.at(i);
        const catalog::QualityCell total = r.ruleTotal(id);
        const bool errors = total.errors > 0;
        m_rules->setItem(i, 0, textItem(id));
        m_rules->setItem(i, 1, textItem(description));
        m_rules->setItem(i, 2, textItem(errors ? tr("错误") : total.warnings > 0 ? tr("警告") : QString()));
        m_rules->setItem(i, 3, countItem(r.resourcesFor(id).size(), errors ? kErrorTint : kWarningTint));
        m_rules->setItem(i, 4, countItem(r.departmentsAffected(id)));
        m_rules->setItem(i, 5, countItem(total.errors + total.warnings));
    }
    m_rules->resizeColumnsToContents();
    m_rules->horizontalHeader()->setStretchLastSection(true);
}

void QualityView::openCell(int row, int column)
{
    const QTableWidgetItem* name = m_table->item(row, DepartmentColumn);
    if (!m_report || !name || column == DepartmentColumn || column == ResourcesColumn) {
        return;
    }
    const bool total = name->data(kTotalRole).toBool();
    const catalog::DepartmentQuality* dept = m_report->department(name->data(kDeptRole).toString());
    if (!total && !dept) {
        return;
    }
    const QString who = total ? tr("全部部门") : dept->deptName;
    QStringList ids;
    QString what;
    if (column == ErrorsColumn || column == WarningsColumn) {
        const bool errors = column == ErrorsColumn;
        what = errors ? tr("有错误的资源") : tr("有警告的资源");
        for (const catalog::DepartmentQuality& d : m_report->departments) {
            if (total || &d == dept) {
                ids << (errors ? d.withErrors : d.withWarnings);
            }
        }
    } else {
        const auto& [rule, description] = m_report->rules.at(column - FirstRuleColumn);
        what = rule + QLatin1Char(' ') + description;
        ids = total ? m_report->resourcesFor(rule) : dept->rules.value(rule).resourceIds;
    }
    if (!ids.isEmpty()) {
        Q_EMIT openResources(ids, tr("目录质量 · %1 · %2").arg(who, what));
    }
}

void QualityView::openRule(int row)
{
    if (!m_report || row < 0 || row >= m_report->rules.size()) {
        return;
    }
    const auto& [rule, description] = m_report->rules.at(row);
    const QStringList ids = m_report->resourcesFor(rule);
    if (!ids.isEmpty()) {
        Q_EMIT openResources(ids, tr("目录质量 · %1 · %2 %3").arg(tr("全部部门"), rule, description));
    }
}

} // namespace govcat::ui
