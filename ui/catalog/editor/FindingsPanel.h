#pragma once

#include "core/rules/CatalogRules.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace govcat::ui {

// What the catalog rules say about the draft: a summary line and one entry per finding with an
// error or warning icon. Clicking an entry asks the editor to show the field.
class FindingsPanel final : public QWidget
{
    Q_OBJECT
public:
    enum Role
    {
        FindingIndexRole = Qt::UserRole + 1, // index into findings()
        SeverityRole,                        // "error" or "warning"
    };

    explicit FindingsPanel(QWidget* parent = nullptr);

    void setFindings(const QList<Finding>& findings);
    const QList<Finding>& findings() const { return m_findings; }

Q_SIGNALS:
    void findingActivated(const govcat::Finding& finding);

private:
    QList<Finding> m_findings;
    QLabel* m_summary;
    QListWidget* m_list;
};

QString severityName(Finding::Severity severity); // "error" / "warning"

} // namespace govcat::ui
