#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace govcat::catalog {
struct CatalogServices;
struct QualityReport;
} // namespace govcat::catalog

namespace govcat::ui {

// 目录质量检查: the catalog rules run over every live resource. The upper table has a row per
// department (worst first, a 合计 row last) with its resources, those with errors and warnings and
// one column per rule; the lower table lists the rules with their totals. Every count opens its
// resources: double-clicking emits openResources. The check runs when the view is first shown and
// on 重新检查, with a progress dialog that can be cancelled (the previous result then stays).
class QualityView final : public QWidget
{
    Q_OBJECT
public:
    // `services` must outlive the view; the report is built on its worker.
    explicit QualityView(catalog::CatalogServices& services, QWidget* parent = nullptr);
    ~QualityView() override;

    void refresh();
    bool hasReport() const { return m_report != nullptr; }
    const catalog::QualityReport* report() const { return m_report.get(); }

    // Columns of qualityTable before the rule columns.
    enum Column
    {
        DepartmentColumn,
        ResourcesColumn,
        ErrorsColumn,
        WarningsColumn,
        FirstRuleColumn
    };

Q_SIGNALS:
    void openResources(const QStringList& ids, const QString& title);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showReport();
    void openCell(int row, int column);
    void openRule(int row);

    catalog::CatalogServices& m_services;
    QLabel* m_summary;
    QPushButton* m_rerun;
    QTableWidget* m_table;
    QTableWidget* m_rules;
    std::unique_ptr<catalog::QualityReport> m_report;
    bool m_started = false;
};

} // namespace govcat::ui
