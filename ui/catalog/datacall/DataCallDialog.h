#pragma once

#include "exchange/DataCall.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace govcat::db {
class Database;
} // namespace govcat::db

namespace govcat::ui {

// 目录填报包: the latest data call with every department, its kit and whether it was returned (报送;
// when, with how many new, changed and failed rows); 下发目录填报包 writes a pre-filled workbook per
// department into a folder; 导入报送的填报包 opens the import preview (the main window's importer).
// The kits are written on the database's worker thread (db/Worker.h) over its own connection; the
// list is read on this thread, as the window's other quick reads.
class DataCallDialog final : public QDialog
{
    Q_OBJECT
public:
    DataCallDialog(db::Database& database, db::Actor actor, std::function<void()> importReturned,
                   QWidget* parent = nullptr, const Clock& clock = Clock::instance());

    void refresh();
    // Generates the kits of a new call into `folder` on the worker, with a progress dialog (取消
    // records no call); false on failure, refusal (the worker is busy) or cancel.
    bool generate(const QString& title, const QString& folder);

private:
    void askAndGenerate();

    db::Database& m_database;
    db::Actor m_actor;
    const Clock& m_clock;
    std::function<void()> m_importReturned;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_generate;
    QPushButton* m_import;
};

} // namespace govcat::ui
