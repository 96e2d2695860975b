#include "ExportFlow.h"

#include "catalog/CatalogServices.h"
#include "core/Settings.h"
#include "io/export/CatalogWriter.h"
#include "models/common/ErrorMessages.h"
#include "ui/common/JobRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace govcat::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportFlow)
};

} // namespace

Result<exchange::ExportSummary> writeExport(QWidget* parent, db::Worker& worker,
                                            const exchange::ExportRequest& request)
{
    const JobLabels labels{QStringLiteral("exportProgressDialog"), Tr::tr("导出目录"),
                           Tr::tr("正在导出目录…")};
    return JobRunner::run<exchange::ExportSummary>(
        parent, worker, labels, [request](db::JobContext& context) {
            return exchange::CatalogExport(context.connection()).run(request, context.callback());
        });
}

void exportCatalog(QWidget* parent, catalog::CatalogServices& services, const catalog::ResourceFilter& filter,
                   qint64 listCount, Settings& settings)
{
    exchange::ExportRequest request;
    if (filter != catalog::ResourceFilter()) {
        QMessageBox box(QMessageBox::Question, Tr::tr("导出目录"),
                        Tr::tr("当前列表经过筛选，共 %1 条信息资源。导出哪些？").arg(listCount),
                        QMessageBox::Cancel, parent);
        QPushButton* listed =
            box.addButton(Tr::tr("当前列表（%1 条）").arg(listCount), QMessageBox::AcceptRole);
        listed->setObjectName(QStringLiteral("exportListedButton"));
        QPushButton* all = box.addButton(Tr::tr("全部目录"), QMessageBox::AcceptRole);
        all->setObjectName(QStringLiteral("exportAllButton"));
        box.setDefaultButton(listed);
        box.exec();
        if (box.clickedButton() == listed) {
            auto ids = services.queries.resourceIds(filter);
            if (!ids) {
                QMessageBox::warning(parent, Tr::tr("导出目录"), models::ErrorMessages::forEdit(ids.error()));
                return;
            }
            request.ids = ids.value();
        } else if (box.clickedButton() != all) {
            return;
        }
    }
    const QString xlsx = Tr::tr("Excel 工作簿，目录模板 (*.xlsx)");
    const QString csvUtf8 = Tr::tr("CSV，UTF-8 (*.csv)");
    const QString csvGb = Tr::tr("CSV，GB18030，旧版 Excel 与 WPS 默认编码 (*.csv)");
    const QString json = Tr::tr("JSON (*.json)");
    QString chosen = xlsx;
    const QString dir =
        settings.lastImportDir.get().isEmpty() ? QDir::homePath() : settings.lastImportDir.get();
    QString path = QFileDialog::getSaveFileName(
        parent, Tr::tr("导出目录"), QDir(dir).filePath(Tr::tr("政务信息资源目录.xlsx")),
        QStringList{xlsx, csvUtf8, csvGb, json}.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty()) {
        return;
    }
    settings.lastImportDir.set(QFileInfo(path).absolutePath());
    // A name typed with .xlsx, .csv or .json says the format, whatever the type box shows;
    // otherwise the type box's suffix is added.
    const auto typed = io::catalogFileFormat(QFileInfo(path).suffix().toLower());
    request.format = typed            ? *typed
                     : chosen == json ? io::CatalogFileFormat::Json
                     : chosen == xlsx ? io::CatalogFileFormat::Xlsx
                                      : io::CatalogFileFormat::Csv;
    if (!typed) {
        path += QLatin1Char('.') + io::catalogFileSuffix(request.format);
    }
    request.path = path;
    request.csvGb18030 = request.format == io::CatalogFileFormat::Csv && chosen == csvGb;

    auto done = writeExport(parent, services.worker(), request);
    if (!done) {
        if (done.error().kind != Error::Kind::Cancelled) {
            QMessageBox::warning(
                parent, Tr::tr("导出目录"),
                Tr::tr("导出失败，没有留下文件：%1").arg(models::ErrorMessages::forEdit(done.error())));
        }
        return;
    }
    const QLocale locale;
    QMessageBox::information(parent, Tr::tr("导出目录"),
                             Tr::tr("已导出 %1 条信息资源、%2 个信息项到“%3”。")
                                 .arg(locale.toString(done.value().resources),
                                      locale.toString(done.value().items), QDir::toNativeSeparators(path)));
}

} // namespace govcat::ui
