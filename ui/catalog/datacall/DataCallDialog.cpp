#include "DataCallDialog.h"

#include "db/Database.h"
#include "models/common/ErrorMessages.h"
#include "ui/common/JobRunner.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace govcat::ui {

DataCallDialog::DataCallDialog(db::Database& database, db::Actor actor, std::function<void()> importReturned,
                               QWidget* parent, const Clock& clock)
    : QDialog(parent), m_database(database), m_actor(std::move(actor)), m_clock(clock),
      m_importReturned(std::move(importReturned)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, 5, this)), m_generate(new QPushButton(tr("下发目录填报包(&G)…"), this)),
      m_import(new QPushButton(tr("导入报送的填报包(&I)…"), this))
{
    setObjectName(QStringLiteral("dataCallDialog"));
    setWindowTitle(tr("目录填报包"));
    m_summary->setObjectName(QStringLiteral("dataCallSummaryLabel"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("dataCallTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("部门"), tr("资源数"), tr("填报包文件"), tr("报送"), tr("导入结果")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 220);
    m_table->setColumnWidth(1, 70);
    m_table->setColumnWidth(2, 300);
    m_table->setColumnWidth(3, 150);
    m_table->setSortingEnabled(true);
    m_generate->setObjectName(QStringLiteral("generateKitsButton"));
    m_import->setObjectName(QStringLiteral("importReturnedButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_generate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_generate, &QPushButton::clicked, this, &DataCallDialog::askAndGenerate);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (m_importReturned) {
            m_importReturned();
        }
        refresh();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 560);
    refresh();
}

void DataCallDialog::refresh()
{
    auto latest = exchange::DataCall(m_database.connection(), m_actor).latest();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!latest) {
        m_summary->setText(models::ErrorMessages::forEdit(latest.error()));
        return;
    }
    if (!latest.value()) {
        m_summary->setText(
            tr("还没有下发过目录填报包。点“下发目录填报包”为每个部门生成一份预填了本部门目录的工作簿，"
               "各部门修改后报送，再用“导入报送的填报包”导入。"));
        m_import->setEnabled(false);
        return;
    }
    const exchange::DataCallInfo& call = *latest.value();
    const QString created = QDateTime::fromString(call.createdAt, Qt::ISODate)
                                .toLocalTime()
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_summary->setText(tr("“%1”（%2 下发，文件在 %3）：%4 个部门，%5 个已报送，%6 个未报送。")
                           .arg(call.title, created, QDir::toNativeSeparators(call.folder))
                           .arg(call.depts.size())
                           .arg(call.depts.size() - call.outstanding())
                           .arg(call.outstanding()));
    m_import->setEnabled(true);
    m_table->setRowCount(int(call.depts.size()));
    for (int r = 0; r < call.depts.size(); ++r) {
        const exchange::DataCallDept& d = call.depts.at(r);
        auto* resources = new QTableWidgetItem;
        resources->setData(Qt::DisplayRole, qint64(d.resources));
        const QString returned = d.returned() ? QDateTime::fromString(d.returnedAt, Qt::ISODate)
                                                    .toLocalTime()
                                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                              : tr("未报送");
        auto* state = new QTableWidgetItem(returned);
        state->setForeground(d.returned() ? QColor(0x00, 0x61, 0x00) : QColor(0x9c, 0x00, 0x06));
        m_table->setItem(r, 0, new QTableWidgetItem(d.deptName));
        m_table->setItem(r, 1, resources);
        m_table->setItem(r, 2, new QTableWidgetItem(d.fileName));
        m_table->setItem(r, 3, state);
        m_table->setItem(r, 4,
                         new QTableWidgetItem(d.returned() ? tr("新增 %1，修改 %2，校验不通过 %3（%4）")
                                                                 .arg(d.newCount)
                                                                 .arg(d.changedCount)
                                                                 .arg(d.rejectedCount)
                                                                 .arg(d.returnedFile)
                                                           : QString()));
    }
    m_table->setSortingEnabled(true);
}

bool DataCallDialog::generate(const QString& title, const QString& folder)
{
    const JobLabels labels{QStringLiteral("dataCallProgressDialog"), tr("目录填报包"),
                           tr("正在生成目录填报包…"), [](qint64 done, qint64 total) {
                               return tr("正在生成目录填报包：%1 / %2 个部门").arg(done).arg(total);
                           }};
    auto call = JobRunner::run<exchange::DataCallInfo>(
        this, m_database.worker(), labels,
        [title, folder, actor = m_actor, &clock = m_clock](db::JobContext& context) {
            return exchange::DataCall(context.connection(), actor, clock)
                .generate(title, folder, context.callback());
        });
    refresh();
    if (!call) {
        if (call.error().kind != Error::Kind::Cancelled) {
            QMessageBox::warning(this, tr("目录填报包"), models::ErrorMessages::forEdit(call.error()));
        }
        return false;
    }
    return true;
}

void DataCallDialog::askAndGenerate()
{
    bool ok = false;
    const QString title = QInputDialog::getText(
        this, tr("下发目录填报包"), tr("填报任务名称："), QLineEdit::Normal,
        tr("%1 年度政务信息资源目录填报").arg(m_clock.nowUtc().toLocalTime().date().year()), &ok);
    if (!ok) {
        return;
    }
    const QString parent = QFileDialog::getExistingDirectory(this, tr("填报包保存到"), QDir::homePath());
    if (parent.isEmpty()) {
        return;
    }
    const QString folder = QDir(parent).filePath(title.trimmed());
    if (generate(title, folder)) {
        QMessageBox::information(
            this, tr("目录填报包"),
            tr("已在“%1”生成各部门的目录填报包。请下发给各部门，报送后用“导入报送的填报包”导入。")
                .arg(QDir::toNativeSeparators(folder)));
    }
}

} // namespace govcat::ui
