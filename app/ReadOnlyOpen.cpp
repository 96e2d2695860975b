#include "app/ReadOnlyOpen.h"

#include "app/CliOutput.h"
#include "app/ExitCodes.h"
#include "db/Database.h"
#include "db/Migrations.h"

#include <QCoreApplication>

namespace govcat::app {

std::optional<int> refuseOutdatedSchema(db::Database& database, const QString& command)
{
    auto current = db::Migrations::isCurrent(database.connection());
    if (!current) {
        err(QCoreApplication::translate("ReadOnlyOpen", "govcat %1：无法读取数据库的版本。").arg(command));
        return ExitCode::Database;
    }
    if (current.value()) {
        return std::nullopt;
    }
    err(QCoreApplication::translate(
            "ReadOnlyOpen",
            "govcat %1：该数据库由较早版本的 govcat 写入（数据库版本 %2，本程序为 %3），需要先升级才能读取。"
            "请先在 govcat 中打开它一次（或运行一次不带 --dry-run 的 govcat import），升级会保留全部内容。"
            "没有读取或写入任何内容。")
            .arg(command)
            .arg(database.schemaVersion())
            .arg(db::Migrations::latestVersion()));
    return ExitCode::Database;
}

} // namespace govcat::app
