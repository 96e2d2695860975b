#pragma once

#include <QString>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace govcat::catalog {
struct CatalogServices;
struct OneSourceReport;
} // namespace govcat::catalog

namespace govcat::ui {

// 一数一源: data items that two or more departments provide, grouped by their normalized name
// (core/rules/ItemNameNormalizer). The tree shows group → departments → resources: fields that
// identify a subject (统一社会信用代码 …) first, then most departments first; resources are filled in
// when a department is expanded. Double-clicking a resource emits openResource. The filter narrows
// the groups by name (any spelling). Generic bookkeeping fields (数据更新时间 …) are left out by a
// list kept in the database and edited with 排除的通用字段. The report is built when the view is
// first shown and on 重新统计, with a progress dialog that can be cancelled.
class OneSourceView final : public QWidget
{
    Q_OBJECT
public:
    // `services` must outlive the view; the report is built on its worker.
    explicit OneSourceView(catalog::CatalogServices& services, QWidget* parent = nullptr);
    ~OneSourceView() override;

    void refresh();
    const catalog::OneSourceReport* report() const { return m_report.get(); }
    // Saves the list of generic fields to leave out and builds the report again.
    bool setExcludedNames(const QStringList& names);
    // 排除的通用字段: a dialog with one name per line.
    void editExclusions();

Q_SIGNALS:
    void openResource(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void populate();
    void applyFilter(const QString& text);
    void fillDepartment(QTreeWidgetItem* item);

    catalog::CatalogServices& m_services;
    QLabel* m_summary;
    QPushButton* m_refresh;
    QPushButton* m_exclusions;
    QLineEdit* m_filter;
    QTreeWidget* m_tree;
    std::unique_ptr<catalog::OneSourceReport> m_report;
    bool m_started = false;
};

} // namespace govcat::ui
