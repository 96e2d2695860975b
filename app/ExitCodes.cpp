#include "ExitCodes.h"

#include <QCoreApplication>

namespace govcat::app {

namespace {

struct ExitCodeRow
{
    int code;
    const char* meaning;
};

constexpr ExitCodeRow kTable[] = {
    {ExitCode::Ok, QT_TRANSLATE_NOOP("ExitCodes", "成功完成。")},
    {ExitCode::Findings,
     QT_TRANSLATE_NOOP("ExitCodes", "已运行完毕，但发现问题（例如导入时有校验不通过的行）。")},
    {ExitCode::WrongPassphrase, QT_TRANSLATE_NOOP("ExitCodes", "口令错误，或密钥文件（.key）已被改动。")},
    {ExitCode::Database,
     QT_TRANSLATE_NOOP("ExitCodes", "数据库无法使用：不存在、已损坏、不是 govcat 数据库、创建时中断，"
                                    "或无法写入。")},
    {ExitCode::FileRefused,
     QT_TRANSLATE_NOOP("ExitCodes", "文件被拒绝：要导入的文件无法读取、内容异常、超出限制或不是目录文件；"
                                    "或导出文件无法按所选格式写入。")},
    {ExitCode::Usage,
     QT_TRANSLATE_NOOP("ExitCodes",
                       "用法错误：参数有误或缺少参数，或需要先完成另一步（例如先设置本机用户）。")},
    {ExitCode::Interrupted, QT_TRANSLATE_NOOP("ExitCodes", "导出被 Ctrl-C 或 SIGTERM 中断，没有留下文件。")},
};

} // namespace

int exitCodeForOpen(Error::Kind kind)
{
    return kind == Error::Kind::WrongPassphrase ? ExitCode::WrongPassphrase : ExitCode::Database;
}

QString exitCodeTable(std::initializer_list<int> codes)
{
    QString text = QCoreApplication::translate("ExitCodes", "退出码：") + QLatin1Char('\n');
    for (const ExitCodeRow& row : kTable) {
        if (codes.size() == 0 || std::find(codes.begin(), codes.end(), row.code) != codes.end()) {
            text += QStringLiteral("  %1  %2\n")
                        .arg(row.code, 3)
                        .arg(QCoreApplication::translate("ExitCodes", row.meaning));
        }
    }
    return text;
}

QString exitCodeTable()
{
    return exitCodeTable({});
}

} // namespace govcat::app
