#include "Subcommands.h"

#include "CheckCommand.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "ProfileCommand.h"

#include <QCoreApplication>

namespace govcat::app {

namespace {

constexpr Subcommand kSubcommands[] = {
    {"check", runCheckCommand,
     QT_TRANSLATE_NOOP("Subcommands", "只读检查加密数据库：解锁、完整性检查和各表行数，不做任何改动。")},
    {"demo", runDemoCommand, QT_TRANSLATE_NOOP("Subcommands", "生成一个示例城市的加密数据库。")},
    {"export", runExportCommand,
     QT_TRANSLATE_NOOP("Subcommands",
                       "把目录（或其中部分部门、状态的信息资源）导出为 .xlsx、.csv 或 .json 文件。")},
    {"import", runImportCommand,
     QT_TRANSLATE_NOOP("Subcommands", "导入目录文件（.xlsx、.csv、.json）：先检查并列出改动，再写入。")},
    {"profile", runProfileCommand,
     QT_TRANSLATE_NOOP("Subcommands", "设置本机用户（姓名、部门、角色），与首次启动时的对话框相同。")},
};

} // namespace

const Subcommand* findSubcommand(const QString& name)
{
    for (const Subcommand& s : kSubcommands) {
        if (name == QLatin1String(s.name)) {
            return &s;
        }
    }
    return nullptr;
}

qsizetype subcommandAt(const QStringList& arguments)
{
    qsizetype at = 1;
    if (arguments.value(at) == QLatin1String("--lang")) {
        at += 2;
    } else if (arguments.value(at).startsWith(QLatin1String("--lang="))) {
        at += 1;
    }
    return findSubcommand(arguments.value(at)) ? at : -1;
}

QString subcommandList()
{
    QString text = QCoreApplication::translate("Subcommands", "子命令（用法见 govcat 子命令 --help）：") +
                   QLatin1Char('\n');
    for (const Subcommand& s : kSubcommands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(s.name), -8)
                    .arg(QCoreApplication::translate("Subcommands", s.summary));
    }
    return text;
}

} // namespace govcat::app
