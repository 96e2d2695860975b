#pragma once

#include "exchange/ImportPlan.h"

#include <QAbstractTableModel>

namespace govcat::models {

// The rows of an import preview (exchange::ImportPlan), one per resource of the file plus the rows that
// belong to no resource: result (新增/修改/未变化/校验不通过), name, provider, where in the file, and what
// changes (old → new) or what is wrong. Rejected rows sort first, then changed and new ones.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Result,
        Name,
        Provider,
        Where,
        Details,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // ImportPlanRow::Kind as int; -1 for a row without a resource
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);
    void setPlan(const exchange::ImportPlan* plan); // not owned; nullptr clears

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString details(const exchange::ImportPlanRow& row) const;

    const exchange::ImportPlan* m_plan = nullptr;
    QList<int> m_order; // plan row indexes in display order; negative: -1 - unattached index
};

} // namespace govcat::models
