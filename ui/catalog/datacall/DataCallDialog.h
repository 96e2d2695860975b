#pragma once

#include "exchange/DataCall.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace govcat::ui {

// 目录填报包: the latest data call with every department, its kit and whether it was returned (报送;
// when, with how many new, changed and failed rows); 下发目录填报包 writes a pre-filled workbook per
// department into a folder; 导入报送的填报包 opens the import preview (the main window's importer).
class DataCallDialog final : public QDialog
{
    Q_OBJECT
public:
    DataCallDialog(QSqlDatabase db, db::Actor actor, std::function<void()> importReturned,
                   QWidget* parent = nullptr, const Clock& clock = Clock::instance());

    void refresh();
    // Generates the kits of a new call into `folder` with a progress dialog; false on failure/cancel.
    bool generate(const QString& title, const QString& folder);

private:
    void askAndGenerate();

    QSqlDatabase m_db;
    db::Actor m_actor;
    const Clock& m_clock;
    std::function<void()> m_importReturned;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_generate;
    QPushButton* m_import;
};

} // namespace govcat::ui
