#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace govcat::db {
struct OneSourceReport;
}

namespace govcat::ui {

// 一数一源: data items that two or more departments provide, grouped by their normalized name
// (core/rules/ItemNameNormalizer). The tree shows group → departments → resources, most departments
// first; resources are filled in when a department is expanded. Double-clicking a resource emits
// openResource. The filter narrows the groups by name (any spelling). The report is built when the
// view is first shown and on 重新统计.
class OneSourceView final : public QWidget
{
    Q_OBJECT
public:
    explicit OneSourceView(QSqlDatabase db, QWidget* parent = nullptr);
    ~OneSourceView() override;

    void refresh();
    const db::OneSourceReport* report() const { return m_report.get(); }

Q_SIGNALS:
    void openResource(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void populate();
    void applyFilter(const QString& text);
    void fillDepartment(QTreeWidgetItem* item);

    QSqlDatabase m_db;
    QLabel* m_summary;
    QPushButton* m_refresh;
    QLineEdit* m_filter;
    QTreeWidget* m_tree;
    std::unique_ptr<db::OneSourceReport> m_report;
    bool m_started = false;
};

} // namespace govcat::ui
