#pragma once

#include "exchange/ImportSession.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace govcat::models {
class ImportPreviewModel;
class ImportUndoCommand;
} // namespace govcat::models

namespace govcat::ui {

// 导入目录: the dry run of importing a file, shown before anything is written. load() reads the
// file and previews it (with a progress dialog that can cancel); the table lists every row as
// 新增, 修改 (old → new per field), 未变化 or 校验不通过 (with the rule messages and the cell), and rows
// that collide with local unsynced drafts. 全部应用 writes every new and changed row, 仅应用无问题的行
// only those without warnings or collisions, both in one transaction; 保存错误报告 writes the user's
// workbook back with the problem cells marked. Accepted after a successful write; takeCommand()
// then gives the undo command. Reading, previewing and writing run on the database's worker thread
// (db/Worker.h) over its own connection, as the store's user; the undo command works on the store's
// (the window's) connection.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const catalog::ResourceStore& store, QString path, QString csvEncoding = {},
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Reads and previews the file; false (after telling the user why) when it cannot be read or the
    // user cancelled.
    bool load();
    const exchange::ImportPlan& plan() const { return m_session.preview(); }
    void apply(exchange::ImportScope scope);
    bool saveReport(const QString& outPath);
    std::unique_ptr<models::ImportUndoCommand> takeCommand();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateSummary();
    void chooseReportFile();

    const catalog::ResourceStore& m_store;
    QString m_path;
    exchange::ImportSession m_session;
    std::unique_ptr<models::ImportUndoCommand> m_command;
    models::ImportPreviewModel* m_model;
    QLabel* m_layout;
    QLabel* m_summary;
    QTableView* m_table;
    QPushButton* m_applyAll;
    QPushButton* m_applyClean;
    QPushButton* m_report;
};

} // namespace govcat::ui
