#include "XlsxWriterErrors.h"

#include <QCoreApplication>

#include <xlsxwriter.h>

namespace govcat::io {

QString xlsxWriterProblem(int code)
{
    switch (lxw_error(code)) {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return QCoreApplication::translate("govcat::XlsxWriterErrors",
                                           "内存不足。请关闭其他程序后重试，或按部门分批导出。");
    case LXW_ERROR_CREATING_XLSX_FILE:
        return QCoreApplication::translate(
            "govcat::XlsxWriterErrors",
            "无法创建文件。请检查该文件夹是否存在、是否可以写入，以及磁盘是否已满。");
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
        return QCoreApplication::translate(
            "govcat::XlsxWriterErrors",
            "无法在目标文件夹中写入临时数据。请检查磁盘空间和该文件夹的写入权限。");
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_PARAMETER_ERROR:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        return QCoreApplication::translate("govcat::XlsxWriterErrors",
                                           "压缩写入工作簿时出错。请检查磁盘空间后重试。");
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
        return QCoreApplication::translate(
            "govcat::XlsxWriterErrors",
            "有单元格内容超过 Excel 每格 32,767 字的上限。请改用 CSV 或 JSON 格式导出。");
    default:
        return QCoreApplication::translate("govcat::XlsxWriterErrors", "写入工作簿时出错（错误代码 %1）。")
            .arg(code);
    }
}

} // namespace govcat::io
