#include "ImportPreviewModel.h"

#include "io/report/ImportReportWriter.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <numeric>

namespace govcat::models {

using Kind = exchange::ImportPlanRow::Kind;

namespace {

int rank(Kind kind)
{
    switch (kind) {
    case Kind::Rejected:
        return 0;
    case Kind::Changed:
        return 1;
    case Kind::New:
        return 2;
    case Kind::Unchanged:
        return 3;
    }
    return 4;
}

// Every problem of a row, one per line, each with its cell: the user fixes them all in one pass.
QString problemText(const QStringList& sheets, const QList<io::ImportProblem>& problems)
{
    QStringList out;
    for (const io::ImportProblem& p : problems) {
        const QString cell = io::cellName(sheets, p.cell);
        out << (p.finding.severity == Finding::Severity::Error ? QStringLiteral("✗ ")
                                                               : QStringLiteral("⚠ ")) +
                   (cell.isEmpty() ? QString() : cell + QLatin1Char(' ')) + p.finding.message;
    }
    return out.join(QLatin1Char('\n'));
}

// The distinct cells of a row's problems, in order ("信息资源!G4、信息资源!K4").
QString problemCells(const QStringList& sheets, const QList<io::ImportProblem>& problems)
{
    QStringList cells;
    for (const io::ImportProblem& p : problems) {
        if (const QString cell = io::cellName(sheets, p.cell); !cell.isEmpty() && !cells.contains(cell)) {
            cells << cell;
        }
    }
    return cells.join(QStringLiteral("、"));
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPlan(const exchange::ImportPlan* plan)
{
    beginResetModel();
    m_plan = plan;
    m_order.clear();
    if (plan) {
        for (int i = 0; i < plan->unattached.size(); ++i) {
            m_order << -1 - i;
        }
        QList<int> rows(plan->rows.size());
        std::iota(rows.begin(), rows.end(), 0);
        std::stable_sort(rows.begin(), rows.end(), [plan](int a, int b) {
            return rank(plan->rows.at(a).kind) < rank(plan->rows.at(b).kind);
        });
        m_order << rows;
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::details(const exchange::ImportPlanRow& row) const
{
    QStringList lines;
    if (row.localDraft) {
        lines << tr("⚠ 本地有未同步的草稿修改，导入会覆盖其中的这些字段。");
    }
    if (!row.problems.isEmpty()) {
        lines << problemText(m_plan->sheets, row.problems);
    }
    if (row.kind == Kind::Changed) {
        for (const FieldChange& c : row.changes) {
            const QString label = c.itemName.isEmpty()
                                      ? displayLabel(c)
                                      : tr("信息项“%1”的%2").arg(c.itemName, displayLabel(c));
            lines << tr("%1：%2 → %3")
                         .arg(label,
                              c.oldValue.isEmpty() ? tr("（空）") : fieldDisplayValue(c.field, c.oldValue),
                              c.newValue.isEmpty() ? tr("（空）") : fieldDisplayValue(c.field, c.newValue));
        }
    } else if (row.kind == Kind::New) {
        lines << tr("新建草稿，%1 个信息项").arg(row.merged->items.size());
    }
    if (row.itemsKept && row.kind != Kind::Rejected) {
        lines << tr("信息项未填写，保持不变");
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!m_plan || !index.isValid() || index.row() >= m_order.size()) {
        return {};
    }
    const int at = m_order.at(index.row());
    if (at < 0) {
        const io::ImportProblem& p = m_plan->unattached.at(-1 - at);
        if (role == KindRole) {
            return -1;
        }
        if (role == Qt::ForegroundRole && index.column() == Result) {
            return QBrush(QColor(0x9c, 0x00, 0x06));
        }
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
            return {};
        }
        switch (index.column()) {
        case Result:
            return exchange::kindName(Kind::Rejected);
        case Where:
            return io::cellName(m_plan->sheets, p.cell);
        case Details:
            return problemText(m_plan->sheets, {p});
        default:
            return {};
        }
    }
    const exchange::ImportPlanRow& row = m_plan->rows.at(at);
    if (role == KindRole) {
        return int(row.kind);
    }
    if (role == Qt::ForegroundRole && index.column() == Result) {
        switch (row.kind) {
        case Kind::Rejected:
            return QBrush(QColor(0x9c, 0x00, 0x06));
        case Kind::New:
        case Kind::Changed:
            return QBrush(QColor(0x00, 0x61, 0x00));
        case Kind::Unchanged:
            return QBrush(QColor(0x70, 0x70, 0x70));
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Result:
        return row.localDraft && row.isApplicable()
                   ? tr("%1（与本地草稿冲突）").arg(exchange::kindName(row.kind))
                   : exchange::kindName(row.kind);
    case Name:
        return row.name;
    case Provider:
        return row.providerName;
    case Where: {
        if (role == Qt::ToolTipRole && row.problems.size() > 1) {
            return problemCells(m_plan->sheets, row.problems); // every marked cell
        }
        const io::SourceCell cell = row.problems.isEmpty() ? row.where : row.problems.constFirst().cell;
        return io::cellName(m_plan->sheets, cell);
    }
    case Details:
        return details(row);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Result:
        return tr("结果");
    case Name:
        return tr("信息资源名称");
    case Provider:
        return tr("提供方");
    case Where:
        return tr("位置");
    case Details:
        return tr("变化或问题");
    default:
        return {};
    }
}

} // namespace govcat::models
