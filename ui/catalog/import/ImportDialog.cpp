#include "ImportDialog.h"

#include "catalog/WorkerCatalog.h"
#include "db/Database.h"
#include "models/catalog/ImportPreviewModel.h"
#include "models/commands/ImportUndoCommand.h"
#include "models/common/ErrorMessages.h"
#include "ui/common/JobRunner.h"
#include "ui/common/WorkProgress.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace govcat::ui {

using Kind = exchange::ImportPlanRow::Kind;

namespace {

// work(store, progress) with a progress dialog (取消 cancels): on the database's worker thread over
// a store built there on the worker's connection for the same user and clock as `store`'s
// (catalog/WorkerCatalog.h), while this thread waits in an event loop (the window keeps repainting);
// on this thread over `store` itself when its connection belongs to no open db::Database (a test's
// bare connection).
template <typename T>
Result<T> runOnStore(
    QWidget* parent, const catalog::ResourceStore& store, const JobLabels& labels,
    std::function<Result<T>(const catalog::ResourceStore&, const exchange::ImportSession::Progress&)> work)
{
    if (db::Database* database = db::Database::owning(store.database())) {
        return JobRunner::run<T>(parent, database->worker(), labels,
                                 [work = std::move(work), actor = store.repository().actor(),
                                  &clock = store.repository().clock()](db::JobContext& context) {
                                     const catalog::WorkerCatalog catalog(context, actor, clock);
                                     return work(catalog.store, context.callback());
                                 });
    }
    WorkProgress progress(parent, labels.objectName, labels.title, labels.label);
    auto result = work(store, progress.callback());
    progress.finish();
    return result;
}

} // namespace

ImportDialog::ImportDialog(const catalog::ResourceStore& store, QString path, QString csvEncoding,
                           QWidget* parent)
    : QDialog(parent), m_store(store), m_path(std::move(path)), m_session(m_path, std::move(csvEncoding)),
      m_model(new models::ImportPreviewModel(this)), m_layout(new QLabel(this)), m_summary(new QLabel(this)),
      m_table(new QTableView(this)), m_applyAll(new QPushButton(tr("全部应用(&A)"), this)),
      m_applyClean(new QPushButton(tr("仅应用无问题的行(&C)"), this)),
      m_report(new QPushButton(tr("保存错误报告(&R)…"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("导入目录 — %1").arg(QFileInfo(m_path).fileName()));
    m_layout->setObjectName(QStringLiteral("importLayoutLabel"));
    m_layout->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(models::ImportPreviewModel::Result, 150);
    m_table->setColumnWidth(models::ImportPreviewModel::Name, 200);
    m_table->setColumnWidth(models::ImportPreviewModel::Provider, 170);
    m_table->setColumnWidth(models::ImportPreviewModel::Where, 110);
    m_applyAll->setObjectName(QStringLiteral("applyAllButton"));
    m_applyClean->setObjectName(QStringLiteral("applyCleanButton"));
    m_report->setObjectName(QStringLiteral("saveReportButton"));
    m_applyAll->setToolTip(tr("写入全部新增和修改的行（校验不通过的行不会写入）"));
    m_applyClean->setToolTip(tr("只写入没有提示、也不与本地草稿冲突的行"));

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_report, QDialogButtonBox::ActionRole);
    buttons->addButton(m_applyClean, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_applyAll, QDialogButtonBox::AcceptRole);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelImportButton"));
    cancel->setText(tr("取消"));
    m_applyAll->setDefault(true);
    connect(m_applyAll, &QPushButton::clicked, this, [this] { apply(exchange::ImportScope::All); });
    connect(m_applyClean, &QPushButton::clicked, this, [this] { apply(exchange::ImportScope::Clean); });
    connect(m_report, &QPushButton::clicked, this, &ImportDialog::chooseReportFile);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_layout);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 620);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Once the layout has given the details column its width (a row lists every problem of the
    // row; measured before, at the default width, rows came out several times too tall).
    QTimer::singleShot(0, m_table, [table = m_table] { table->resizeRowsToContents(); });
}

bool ImportDialog::load()
{
    const QString name = QFileInfo(m_path).fileName();
    // The file is read on the database's worker thread (the window keeps repainting); the session
    // is not touched here until the result is back.
    JobLabels labels{
        QStringLiteral("importProgressDialog"), tr("导入目录"), tr("正在读取“%1”…").arg(name),
        [name](qint64 rows, qint64) { return tr("正在读取“%1”：已读 %2 行").arg(name).arg(rows); }};
    Result<bool> read = true;
    if (db::Database* database = db::Database::owning(m_store.database())) {
        read = JobRunner::run<bool>(
            this, database->worker(), labels, [this](db::JobContext& context) -> Result<bool> {
                auto done =
                    m_session.read([&context](qint64 rows, qint64) { return context.progress(rows, 0); });
                return done ? Result<bool>(true) : Result<bool>(done.error());
            });
    } else {
        WorkProgress reading(this, labels.objectName, labels.title, labels.label);
        auto done = m_session.read([&](qint64 rows, qint64 total) {
            reading.setLabelText(labels.progressLabel(rows, total));
            return reading.report(0, 0);
        });
        read = done ? Result<bool>(true) : Result<bool>(done.error());
    }
    if (!read) {
        if (read.error().kind != Error::Kind::Cancelled) {
            QMessageBox::warning(
                parentWidget(), tr("导入目录"),
                tr("无法读取“%1”，没有写入任何内容。\n\n%2")
                    .arg(QFileInfo(m_path).fileName(), models::ErrorMessages::forEdit(read.error())));
        }
        return false;
    }
    // Planned on the worker too: the session is not touched here until the result is back.
    auto planned = runOnStore<bool>(
        this, m_store, {QStringLiteral("importProgressDialog"), tr("导入目录"), tr("正在与本地目录比对…")},
        [this](const catalog::ResourceStore& store, const exchange::ImportSession::Progress& progress) {
            auto done = m_session.plan(store, progress);
            return done ? Result<bool>(true) : Result<bool>(done.error());
        });
    if (!planned) {
        if (planned.error().kind != Error::Kind::Cancelled) {
            QMessageBox::warning(parentWidget(), tr("导入目录"),
                                 models::ErrorMessages::forEdit(planned.error()));
        }
        return false;
    }
    m_model->setPlan(&m_session.preview());
    if (isVisible()) {
        m_table->resizeRowsToContents();
    } // else when shown: the rows' heights depend on the width the details column gets then
    QString layout = tr("读取方式：%1").arg(m_session.preview().layout);
    if (const auto& kit = m_session.file().kitInfo; !kit.isEmpty()) {
        layout += QLatin1Char('\n') +
                  tr("报送的目录填报包：%1，%2")
                      .arg(kit.value(QStringLiteral("普查名称")), kit.value(QStringLiteral("部门名称")));
    }
    m_layout->setText(layout);
    updateSummary();
    return true;
}

void ImportDialog::updateSummary()
{
    const exchange::ImportPlan& p = m_session.preview();
    const auto clean = std::count_if(p.rows.cbegin(), p.rows.cend(),
                                     [](const exchange::ImportPlanRow& r) { return r.isClean(); });
    const auto applicable = std::count_if(p.rows.cbegin(), p.rows.cend(),
                                          [](const exchange::ImportPlanRow& r) { return r.isApplicable(); });
    m_summary->setText(tr("新增 %1，修改 %2，未变化 %3，校验不通过 %4。应用前不会写入任何内容。")
                           .arg(p.count(Kind::New))
                           .arg(p.count(Kind::Changed))
                           .arg(p.count(Kind::Unchanged))
                           .arg(p.rejected()));
    const bool kit = m_session.isKit(); // even unchanged, a returned kit is registered
    m_applyAll->setEnabled(applicable > 0 || kit);
    m_applyAll->setText(tr("全部应用 %1 行(&A)").arg(applicable));
    m_applyClean->setEnabled(clean > 0 && clean < applicable);
    m_applyClean->setVisible(clean < applicable);
    m_report->setEnabled(p.rejected() > 0 || clean < applicable);
}

void ImportDialog::apply(exchange::ImportScope scope)
{
    // Written on the worker in one transaction (cancelled: nothing written). Meanwhile the preview
    // only reads the plan, which the apply does not change.
    auto applied = runOnStore<exchange::ImportApplied>(
        this, m_store, {QStringLiteral("importApplyProgressDialog"), tr("导入目录"), tr("正在写入…")},
        [this, scope](const catalog::ResourceStore& store,
                      const exchange::ImportSession::Progress& progress) {
            return m_session.apply(store, scope, progress);
        });
    if (!applied) {
        if (applied.error().kind != Error::Kind::Cancelled) {
            QMessageBox::warning(
                this, tr("导入目录"),
                tr("未写入任何内容：%1").arg(models::ErrorMessages::forEdit(applied.error())));
        }
        return;
    }
    m_command = std::make_unique<models::ImportUndoCommand>(
        m_store, m_session.takeFile(), scope, std::move(applied).value(), QFileInfo(m_path).fileName());
    // Its undo and redo write on the worker as well, under a progress dialog over the window (this
    // dialog is gone by then).
    m_command->setRunner([window = QPointer<QWidget>(parentWidget()), &store = m_store](
                             const QString& label, const models::ImportUndoCommand::Work& work) {
        return runOnStore<exchange::ImportApplied>(
            window.data(), store, {QStringLiteral("importUndoProgressDialog"), tr("导入目录"), label}, work);
    });
    accept();
}

bool ImportDialog::saveReport(const QString& outPath)
{
    auto written = m_session.writeReport(outPath);
    if (!written) {
        QMessageBox::warning(this, tr("保存错误报告"), models::ErrorMessages::forEdit(written.error()));
        return false;
    }
    return true;
}

void ImportDialog::chooseReportFile()
{
    const QFileInfo source(m_path);
    const QString suggested = source.dir().filePath(tr("%1-错误报告.xlsx").arg(source.completeBaseName()));
    const QString out =
        QFileDialog::getSaveFileName(this, tr("保存错误报告"), suggested, tr("Excel 工作簿 (*.xlsx)"));
    if (!out.isEmpty() && saveReport(out)) {
        QMessageBox::information(
            this, tr("保存错误报告"),
            tr("错误报告已保存到“%1”。请在 Excel 中按批注修改标红的单元格，保存后重新导入。").arg(out));
    }
}

std::unique_ptr<models::ImportUndoCommand> ImportDialog::takeCommand()
{
    return std::move(m_command);
}

} // namespace govcat::ui
