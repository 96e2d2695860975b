#include "OneSourceView.h"

#include "catalog/CatalogServices.h"
#include "catalog/OneSourceReport.h"
#include "core/rules/ItemNameNormalizer.h"
#include "models/common/ErrorMessages.h"
#include "ui/common/JobRunner.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace govcat::ui {

namespace {

// What a tree item is, and where its data sits in the report.
constexpr int kKindRole = Qt::UserRole;      // Kind
constexpr int kGroupRole = Qt::UserRole + 1; // index into the groups
constexpr int kDeptRole = Qt::UserRole + 2;  // index into the group's departments
constexpr int kIdRole = Qt::UserRole + 3;    // resource id

enum class Kind
{
    Group,
    Department,
    Resource
};

enum Column
{
    NameColumn,
    DepartmentsColumn,
    ResourcesColumn,
    DetailColumn,
    KindColumn
};

} // namespace

OneSourceView::OneSourceView(catalog::CatalogServices& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_summary(new QLabel(this)), m_refresh(new QPushButton(this)),
      m_exclusions(new QPushButton(this)), m_filter(new QLineEdit(this)), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("oneSourceView"));
    m_summary->setObjectName(QStringLiteral("oneSourceSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("尚未统计。"));
    m_refresh->setObjectName(QStringLiteral("oneSourceRefreshButton"));
    m_refresh->setText(tr("重新统计"));
    m_exclusions->setObjectName(QStringLiteral("oneSourceExclusionsButton"));
    m_exclusions->setText(tr("排除的通用字段…"));
    m_exclusions->setToolTip(
        tr("数据更新时间、备注等各部门都有的通用字段不参与一数一源统计；可在此修改名单"));
    m_filter->setObjectName(QStringLiteral("oneSourceFilter"));
    m_filter->setPlaceholderText(tr("按信息项名称筛选，例如：统一社会信用代码"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("oneSourceTree"));
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels(
        {tr("信息项 / 部门 / 信息资源"), tr("部门数"), tr("资源数"), tr("写法 / 代码"), tr("类别")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(NameColumn, 320);

    connect(m_refresh, &QPushButton::clicked, this, &OneSourceView::refresh);
    connect(m_exclusions, &QPushButton::clicked, this, &OneSourceView::editExclusions);
    connect(m_filter, &QLineEdit::textChanged, this, &OneSourceView::applyFilter);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &OneSourceView::fillDepartment);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item, int) {
        if (item && Kind(item->data(NameColumn, kKindRole).toInt()) == Kind::Resource) {
            Q_EMIT openResource(item->data(NameColumn, kIdRole).toString());
        }
    });

    auto* intro =
        new QLabel(tr("同一信息项由两个及以上部门提供时列在这里（名称按规则归并：全角半角、标点、"
                      "“（必填）”等标注和常见同义写法视为同一项）。标识主体的信息项（统一社会信用代码、"
                      "公民身份号码等）排在前面，其余按提供部门数排列。"),
                   this);
    intro->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_exclusions);
    top->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
}

OneSourceView::~OneSourceView() = default;

void OneSourceView::showEvent(QShowEvent* event)
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

void OneSourceView::refresh()
{
    m_started = true;
    m_refresh->setEnabled(false);
    // On the database's worker thread (its own connection); the window keeps repainting.
    auto result = JobRunner::run<catalog::OneSourceReport>(
        this, m_services.worker(),
        {QStringLiteral("oneSourceProgressDialog"), tr("一数一源"), tr("正在统计各部门提供的信息项…")},
        [](db::JobContext& context) {
            return catalog::OneSourceReport::build(context.connection(), context.callback());
        });
    m_refresh->setEnabled(true);
    if (!result) {
        m_summary->setText(tr("统计失败：%1").arg(models::ErrorMessages::forEdit(result.error())));
        return;
    }
    if (result.value().cancelled) {
        m_summary->setText(m_report ? tr("统计已取消，下表仍为上次统计的结果。") : tr("统计已取消。"));
        return;
    }
    m_report = std::make_unique<catalog::OneSourceReport>(std::move(result).value());
    populate();
}

void OneSourceView::populate()
{
    m_tree->clear();
    const auto& groups = m_report->groups;
    QList<QTreeWidgetItem*> top;
    top.reserve(groups.size());
    for (int g = 0; g < int(groups.size()); ++g) {
        const catalog::OneSourceGroup& group = groups.at(g);
        auto* item = new QTreeWidgetItem;
        item->setText(NameColumn, group.name);
        item->setText(DepartmentsColumn, QString::number(group.departmentCount));
        item->setText(ResourcesColumn, QString::number(group.resourceCount));
        item->setText(DetailColumn, group.spellings.join(QStringLiteral("、")));
        item->setToolTip(DetailColumn, item->text(DetailColumn));
        item->setData(NameColumn, kKindRole, int(Kind::Group));
        item->setData(NameColumn, kGroupRole, g);
        if (group.subjectIdentifier) {
            item->setText(KindColumn, tr("主体标识"));
            item->setToolTip(NameColumn, tr("标识主体的信息项：由多个部门提供时最需要确定数源部门"));
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
        }
        for (int d = 0; d < int(group.departments.size()); ++d) {
            const catalog::OneSourceDepartment& dept = group.departments.at(d);
            auto* child = new QTreeWidgetItem(item);
            child->setText(NameColumn, dept.deptName);
            child->setText(ResourcesColumn, QString::number(dept.resources.size()));
            child->setData(NameColumn, kKindRole, int(Kind::Department));
            child->setData(NameColumn, kGroupRole, g);
            child->setData(NameColumn, kDeptRole, d);
            child->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        }
        top << item;
    }
    m_tree->addTopLevelItems(top);
    for (int c : {DepartmentsColumn, ResourcesColumn, KindColumn}) {
        m_tree->resizeColumnToContents(c);
    }
    QString summary = tr("共 %1 个信息项由两个及以上部门提供（读取信息项 %2 个，用时 %3 秒）。")
                          .arg(groups.size())
                          .arg(m_report->itemsRead)
                          .arg(double(m_report->elapsedMs) / 1000.0, 0, 'f', 1);
    if (!m_report->excluded.isEmpty()) {
        summary += tr("已排除通用字段：%1。").arg(m_report->excluded.join(QStringLiteral("、")));
    }
    m_summary->setText(summary);
    applyFilter(m_filter->text());
}

bool OneSourceView::setExcludedNames(const QStringList& names)
{
    if (auto saved = m_services.setOneSourceExcludedNames(names); !saved) {
        QMessageBox::warning(this, tr("一数一源"),
                             tr("无法保存排除名单：%1").arg(models::ErrorMessages::forEdit(saved.error())));
        return false;
    }
    refresh();
    return true;
}

void OneSourceView::editExclusions()
{
    auto current = m_services.oneSourceExcludedNames();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("oneSourceExclusionsDialog"));
    dialog.setWindowTitle(tr("排除的通用字段"));
    auto* hint = new QLabel(tr("每行一个信息项名称。这些通用字段（如数据更新时间、备注）各部门都有，"
                               "不参与一数一源统计。名单保存在本数据库中。"),
                            &dialog);
    hint->setWordWrap(true);
    auto* edit = new QPlainTextEdit(&dialog);
    edit->setObjectName(QStringLiteral("oneSourceExclusionsEdit"));
    edit->setPlainText((current ? current.value() : catalog::OneSourceReport::defaultExcludedNames())
                           .join(QLatin1Char('\n')));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("保存并重新统计"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    QPushButton* defaults = buttons->addButton(tr("恢复默认名单"), QDialogButtonBox::ResetRole);
    connect(defaults, &QPushButton::clicked, edit, [edit] {
        edit->setPlainText(catalog::OneSourceReport::defaultExcludedNames().join(QLatin1Char('\n')));
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(hint);
    layout->addWidget(edit, 1);
    layout->addWidget(buttons);
    dialog.resize(420, 420);
    if (dialog.exec() == QDialog::Accepted) {
        setExcludedNames(edit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    }
}

void OneSourceView::fillDepartment(QTreeWidgetItem* item)
{
    if (!m_report || !item || Kind(item->data(NameColumn, kKindRole).toInt()) != Kind::Department ||
        item->childCount() > 0) {
        return;
    }
    const int g = item->data(NameColumn, kGroupRole).toInt();
    const int d = item->data(NameColumn, kDeptRole).toInt();
    const catalog::OneSourceDepartment& dept = m_report->groups.at(g).departments.at(d);
    QList<QTreeWidgetItem*> children;
    for (const catalog::OneSourceResource& r : dept.resources) {
        auto* child = new QTreeWidgetItem;
        child->setText(NameColumn, r.name);
        child->setText(DetailColumn, r.code.isEmpty() ? tr("（未赋码）") : r.code);
        child->setData(NameColumn, kKindRole, int(Kind::Resource));
        child->setData(NameColumn, kIdRole, r.id);
        child->setToolTip(NameColumn, tr("双击打开该信息资源"));
        children << child;
    }
    item->addChildren(children);
}

void OneSourceView::applyFilter(const QString& text)
{
    const QString needle = text.trimmed();
    const QString key = ItemNameNormalizer::normalize(needle);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        bool match = needle.isEmpty();
        if (!match && m_report) {
            const catalog::OneSourceGroup& group =
                m_report->groups.at(item->data(NameColumn, kGroupRole).toInt());
            match = (!key.isEmpty() && group.key.contains(key)) ||
                    group.name.contains(needle, Qt::CaseInsensitive) ||
                    std::any_of(group.spellings.cbegin(), group.spellings.cend(),
                                [&](const QString& s) { return s.contains(needle, Qt::CaseInsensitive); });
        }
        item->setHidden(!match);
    }
}

} // namespace govcat::ui
