#pragma once

#include "models/catalog/DepartmentListModel.h"

#include <QAbstractItemView>
#include <QString>

namespace govcat::test {

// The row of the department called `name` in the side panel's 部门 list (row 0 is 全部部门), or -1.
inline int departmentRow(const QAbstractItemView* departments, const QString& name)
{
    const QAbstractItemModel* model = departments->model();
    for (int r = 1; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(models::DepartmentListModel::NameRole).toString() == name) {
            return r;
        }
    }
    return -1;
}

} // namespace govcat::test
