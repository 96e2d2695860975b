#pragma once

#include <QString>

namespace govcat::io {

// What a libxlsxwriter error code means for the user, in Chinese (lxw_strerror is English and
// names library internals): a full sentence that says what to check.
QString xlsxWriterProblem(int code);

} // namespace govcat::io
