#pragma once

#include <QString>

namespace govcat::server {

// The scope of a department's rows ("dept:<id>"): what a pull cursor counts in, and what a row's
// change is numbered under.
inline QString departmentScope(const QString& deptId)
{
    return QStringLiteral("dept:") + deptId;
}

} // namespace govcat::server
