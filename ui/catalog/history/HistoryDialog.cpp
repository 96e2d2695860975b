#include "HistoryDialog.h"

#include "catalog/CatalogWorkflow.h"
#include "core/CodeDisplay.h"
#include "core/CodeLists.h"
#include "core/rules/DraftFields.h"
#include "models/common/ErrorMessages.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace govcat::ui {

namespace {

const QColor kAddedBackground(220, 242, 220);
const QColor kRemovedBackground(250, 222, 222);

QString localTime(const QString& iso)
{
    if (iso.size() == 10) { // a date without a time (a publication date as the baseline gives it)
        return iso;
    }
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(iso, Qt::ISODate);
    }
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (text.size() > 30 || text.contains(u'\n')) {
        item->setToolTip(text);
    }
    return item;
}

QTableWidget* table(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

template <typename T> T* named(QWidget* parent, const char* name)
{
    auto* w = new T(parent);
    w->setObjectName(QLatin1String(name));
    return w;
}

QString versionLabel(int versionNo)
{
    return versionNo == 0 ? HistoryDialog::tr("当前草稿") : HistoryDialog::tr("第 %1 版").arg(versionNo);
}

} // namespace

HistoryDialog::HistoryDialog(catalog::CatalogWorkflow& workflow, const QString& resourceId, QWidget* parent)
    : QDialog(parent), m_workflow(workflow), m_resourceId(resourceId), m_tabs(new QTabWidget(this)),
      m_title(named<QLabel>(this, "historyTitleLabel")), m_error(named<QLabel>(this, "historyErrorLabel"))
{
    setObjectName(QStringLiteral("historyDialog"));
    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_title->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_tabs->addTab(createVersionsTab(), tr("版本"));
    m_tabs->addTab(createTransitionsTab(), tr("流转记录"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(900, 600);
    reload();
}

QWidget* HistoryDialog::createVersionsTab()
{
    auto* page = new QWidget(m_tabs);
    m_versions = table(page, "versionsTable", {tr("版本"), tr("状态"), tr("时间"), tr("操作人"), tr("说明")});
    m_restore = new QPushButton(tr("恢复为新草稿…"), page);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("以所选版本的内容作为新的草稿，之后可修改并重新提交审核"));
    m_from = named<QComboBox>(page, "diffFromCombo");
    m_to = named<QComboBox>(page, "diffToCombo");
    m_diffSummary = named<QLabel>(page, "diffSummaryLabel");
    m_diff = table(page, "diffTable", {tr("字段"), tr("信息项"), tr("原值"), tr("新值")});
    m_diff->horizontalHeader()->setSectionResizeMode(DiffOldColumn, QHeaderView::Stretch);
    m_diff->horizontalHeader()->setSectionResizeMode(DiffNewColumn, QHeaderView::Stretch);

    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &HistoryDialog::updateRestoreButton);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(m_from, &QComboBox::currentIndexChanged, this, &HistoryDialog::updateDiff);
    connect(m_to, &QComboBox::currentIndexChanged, this, &HistoryDialog::updateDiff);

    auto* restoreRow = new QHBoxLayout;
    restoreRow->addStretch(1);
    restoreRow->addWidget(m_restore);
    auto* chooser = new QHBoxLayout;
    chooser->addWidget(new QLabel(tr("比较："), page));
    chooser->addWidget(m_from);
    chooser->addWidget(new QLabel(tr("→"), page));
    chooser->addWidget(m_to);
    chooser->addSpacing(12);
    chooser->addWidget(m_diffSummary, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_versions, 2);
    layout->addLayout(restoreRow);
    layout->addSpacing(6);
    layout->addLayout(chooser);
    layout->addWidget(m_diff, 3);
    return page;
}

QWidget* HistoryDialog::createTransitionsTab()
{
    auto* page = new QWidget(m_tabs);
    m_transitions =
        table(page, "transitionsTable",
              {tr("时间"), tr("操作"), tr("原状态"), tr("新状态"), tr("操作人"), tr("角色"), tr("意见")});
    m_transitionsNote = named<QLabel>(page, "transitionsNoteLabel");
    m_transitionsNote->setWordWrap(true);
    m_transitionsNote->hide();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_transitionsNote);
    layout->addWidget(m_transitions);
    return page;
}

void HistoryDialog::reload()
{
    m_error->hide();
    if (auto current = m_workflow.version(m_resourceId, 0)) {
        const ResourceDraft& d = current.value();
        // A published resource with an open revision: both states, not only the revision's.
        QString state = displayValue(CodeListId::ResourceStatus, d.status);
        if (auto versions = m_workflow.versions(m_resourceId)) {
            const auto& list = versions.value();
            const auto revision = std::find_if(list.begin(), list.end(), [](const catalog::VersionInfo& v) {
                return v.kind == catalog::VersionInfo::Kind::Revision;
            });
            const bool published = std::any_of(list.begin(), list.end(), [](const catalog::VersionInfo& v) {
                return v.kind == catalog::VersionInfo::Kind::Published && v.inCatalog;
            });
            if (published && revision != list.end()) {
                state = tr("已发布；第 %1 版修订中（%2）")
                            .arg(revision->versionNo)
                            .arg(displayValue(CodeListId::ResourceStatus, revision->status));
            }
        }
        setWindowTitle(tr("历史记录 — %1").arg(d.name));
        m_title->setText(d.code.isEmpty() ? tr("信息资源：%1（%2）").arg(d.name, state)
                                          : tr("信息资源：%1　代码：%2（%3）").arg(d.name, d.code, state));
    } else {
        showError(models::ErrorMessages::forEdit(current.error()));
    }
    loadVersions();
    loadTransitions();
}

void HistoryDialog::loadVersions()
{
    const int selected = selectedVersion();
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_versions->setRowCount(0);
    m_from->clear();
    m_to->clear();
    auto versions = m_workflow.versions(m_resourceId);
    if (!versions) {
        showError(models::ErrorMessages::forEdit(versions.error()));
        updateDiff();
        return;
    }
    int newestPublished = 0;
    for (const catalog::VersionInfo& v : versions.value()) {
        if (v.kind == catalog::VersionInfo::Kind::Published) {
            newestPublished = std::max(newestPublished, v.versionNo);
        }
    }
    using Kind = catalog::VersionInfo::Kind;
    for (const catalog::VersionInfo& v : versions.value()) {
        const int row = m_versions->rowCount();
        m_versions->insertRow(row);
        auto* number = cell(versionLabel(v.versionNo));
        number->setData(Qt::UserRole, v.versionNo);
        m_versions->setItem(row, 0, number);
        QString status = displayValue(CodeListId::ResourceStatus, v.status);
        QString at;
        QString by;
        QString note = v.comment;
        switch (v.kind) {
        case Kind::Published:
            if (!v.inCatalog && v.versionNo < newestPublished) {
                status = tr("已发布（已被第 %1 版取代）").arg(newestPublished);
            }
            at = tr("发布于 %1").arg(localTime(v.at));
            by = v.recorded ? tr("审核：%1").arg(v.by) : v.by;
            if (!v.recorded) {
                note = tr("初始数据，没有审核记录");
            }
            break;
        case Kind::Revision:
            status = tr("%1（修订中，尚未发布）").arg(displayValue(CodeListId::ResourceStatus, v.status));
            at = tr("修改于 %1").arg(localTime(v.at));
            by = tr("编辑：%1").arg(v.by);
            if (note.isEmpty() && !v.submittedAt.isEmpty()) {
                note = tr("提交审核于 %1").arg(localTime(v.submittedAt));
            }
            break;
        case Kind::WorkingCopy:
            status = tr("%1（尚未发布）").arg(displayValue(CodeListId::ResourceStatus, v.status));
            at = tr("修改于 %1").arg(localTime(v.at));
            by = tr("编辑：%1").arg(v.by);
            if (!v.submittedAt.isEmpty()) {
                note = tr("提交审核于 %1").arg(localTime(v.submittedAt));
            }
            break;
        }
        if (v.inCatalog) {
            status = v.status; // the version the catalog shows: plain 已发布, in bold
        }
        m_versions->setItem(row, 1, cell(status));
        m_versions->setItem(row, 2, cell(at));
        m_versions->setItem(row, 3, cell(by));
        m_versions->setItem(row, 4, cell(note));
        if (v.inCatalog) {
            for (int c = 0; c < m_versions->columnCount(); ++c) {
                QFont bold = m_versions->item(row, c)->font();
                bold.setBold(true);
                m_versions->item(row, c)->setFont(bold);
                m_versions->item(row, c)->setToolTip(tr("目录中现行的版本"));
            }
        }
        const QString kind = v.kind == Kind::Published ? tr("已发布")
                             : v.kind == Kind::Revision
                                 ? tr("修订%1").arg(displayValue(CodeListId::ResourceStatus, v.status))
                                 : displayValue(CodeListId::ResourceStatus, v.status);
        const QString label = versionLabel(v.versionNo) + tr("（%1）").arg(kind);
        m_from->addItem(label, v.versionNo);
        m_to->addItem(label, v.versionNo);
    }
    // Default comparison: the two newest versions.
    const int n = m_to->count();
    m_to->setCurrentIndex(n - 1);
    m_from->setCurrentIndex(std::max(0, n - 2));
    if (!selectVersion(selected) && n > 0) {
        m_versions->selectRow(n - 1);
    }
    updateDiff();
    updateRestoreButton();
}

void HistoryDialog::loadTransitions()
{
    m_transitions->setRowCount(0);
    auto transitions = m_workflow.transitions(m_resourceId);
    if (!transitions) {
        showError(models::ErrorMessages::forEdit(transitions.error()));
        return;
    }
    // A resource that arrived already submitted or published (imported, or the demo city's baseline)
    // has no record of what happened before.
    const QList<catalog::TransitionInfo>& list = transitions.value();
    const QString draft = canonicalName(ResourceStatus::Draft);
    auto current = m_workflow.version(m_resourceId, 0);
    const bool startsLate =
        list.isEmpty() ? current && current.value().status != draft : list.constFirst().fromStatus != draft;
    m_transitionsNote->setText(
        tr("该信息资源以“%1”状态进入本库（初始数据或导入），此前的流转没有记录。")
            .arg(displayValue(CodeListId::ResourceStatus, list.isEmpty()
                                                              ? (current ? current.value().status : QString())
                                                              : list.constFirst().fromStatus)));
    m_transitionsNote->setVisible(startsLate);
    for (const catalog::TransitionInfo& t : list) {
        const int row = m_transitions->rowCount();
        m_transitions->insertRow(row);
        const QStringList values = {localTime(t.at), t.action,    t.fromStatus, t.toStatus,
                                    t.actor,         t.actorRole, t.comment};
        for (int c = 0; c < values.size(); ++c) {
            m_transitions->setItem(row, c, cell(values.at(c)));
        }
    }
    m_transitions->scrollToBottom();
}

int HistoryDialog::selectedVersion() const
{
    const QList<QTableWidgetItem*> selected = m_versions->selectedItems();
    if (selected.isEmpty()) {
        return -1;
    }
    return m_versions->item(selected.constFirst()->row(), 0)->data(Qt::UserRole).toInt();
}

bool HistoryDialog::selectVersion(int versionNo)
{
    for (int row = 0; row < m_versions->rowCount(); ++row) {
        if (versionNo >= 0 && m_versions->item(row, 0)->data(Qt::UserRole).toInt() == versionNo) {
            m_versions->selectRow(row);
            return true;
        }
    }
    return false;
}

bool HistoryDialog::compare(int fromVersion, int toVersion)
{
    const int from = m_from->findData(fromVersion);
    const int to = m_to->findData(toVersion);
    if (from < 0 || to < 0) {
        return false;
    }
    m_from->setCurrentIndex(from);
    m_to->setCurrentIndex(to);
    return true;
}

void HistoryDialog::updateDiff()
{
    m_diff->setRowCount(0);
    if (m_from->count() < 2) {
        m_diffSummary->setText(m_from->count() == 0 ? QString() : tr("只有一个版本，没有可比较的内容。"));
        return;
    }
    const int fromNo = m_from->currentData().toInt();
    const int toNo = m_to->currentData().toInt();
    auto before = m_workflow.version(m_resourceId, fromNo);
    auto after = m_workflow.version(m_resourceId, toNo);
    if (!before || !after) {
        m_diffSummary->setText(
            tr("无法读取版本：%1")
                .arg(models::ErrorMessages::forEdit(!before ? before.error() : after.error())));
        return;
    }
    const QList<FieldChange> changes = diffDrafts(before.value(), after.value());
    for (const FieldChange& c : changes) {
        const int row = m_diff->rowCount();
        m_diff->insertRow(row);
        const bool added = c.field == QStringLiteral("item") && c.oldValue.isEmpty();
        const bool removed = c.field == QStringLiteral("item") && c.newValue.isEmpty();
        auto* field = cell(added ? tr("新增信息项") : removed ? tr("删除信息项") : displayLabel(c));
        field->setData(Qt::UserRole, c.field);
        m_diff->setItem(row, DiffFieldColumn, field);
        m_diff->setItem(row, DiffItemColumn, cell(c.itemName));
        m_diff->setItem(row, DiffOldColumn, cell(fieldDisplayValue(c.field, c.oldValue)));
        m_diff->setItem(row, DiffNewColumn, cell(fieldDisplayValue(c.field, c.newValue)));
        if (added || removed) {
            for (int col = 0; col < DiffColumnCount; ++col) {
                m_diff->item(row, col)->setBackground(added ? kAddedBackground : kRemovedBackground);
            }
        }
    }
    if (changes.isEmpty()) {
        m_diffSummary->setText(tr("%1与%2内容相同。").arg(versionLabel(fromNo), versionLabel(toNo)));
    } else {
        m_diffSummary->setText(
            tr("%1 → %2：%3 处不同").arg(versionLabel(fromNo), versionLabel(toNo)).arg(changes.size()));
    }
}

void HistoryDialog::updateRestoreButton()
{
    m_restore->setEnabled(selectedVersion() > 0 &&
                          m_workflow.allowedActions(m_resourceId).contains(CatalogAction::RestoreVersion));
}

void HistoryDialog::restoreSelected()
{
    const int v = selectedVersion();
    if (v <= 0) {
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("恢复为新草稿"),
                    tr("以%1的内容作为新的草稿？\n\n当前草稿中尚未发布的修改将被替换；已发布的版本保持不变。"
                       "恢复后可继续修改，并需重新提交审核。")
                        .arg(versionLabel(v)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("restoreConfirmBox"));
    box.button(QMessageBox::Yes)->setText(tr("恢复"));
    box.button(QMessageBox::Cancel)->setText(tr("取消"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes) {
        return;
    }
    if (auto done = m_workflow.restoreVersion(m_resourceId, v); !done) {
        QMessageBox::warning(this, tr("无法恢复版本"), models::ErrorMessages::forEdit(done.error()));
        return;
    }
    reload();
    Q_EMIT restored();
}

void HistoryDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace govcat::ui
