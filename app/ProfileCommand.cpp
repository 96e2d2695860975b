#include "ProfileCommand.h"

#include "CliOutput.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "PassphraseSource.h"
#include "core/CodeDisplay.h"
#include "core/CodeLists.h"
#include "db/Database.h"
#include "db/ProfileRules.h"
#include "db/ProfileStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace govcat::app {

namespace {

QString roleNames()
{
    QStringList names;
    for (const CodeEntry& e : codeList(CodeListId::Role).entries) {
        names << QStringLiteral("%1（%2）").arg(e.name, e.code);
    }
    return names.join(QStringLiteral("、"));
}

} // namespace

int runProfileCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ProfileCommand",
        "设置在本机使用 govcat 数据库的人员（姓名、部门、角色），与首次启动时的对话框相同。"));
    parser.addOption(databaseOption());
    parser.addOption(passphraseFileOption());
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("ProfileCommand", "你的姓名。"),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("department"),
         QCoreApplication::translate("ProfileCommand", "你所在的部门：全称、简称或统一社会信用代码。"),
         QStringLiteral("department")});
    parser.addOption(
        {QStringLiteral("role"),
         QCoreApplication::translate(
             "ProfileCommand",
             "你的角色：目录填报人员、审核员、部门领导（查阅）、管理员（也可写 "
             "editor、reviewer、leader、admin）。数据库的第一个本机用户不能是管理员；每次改变角色都会记录。"),
         QStringLiteral("role")});
    if (const auto done = parseCommandLine(
            parser, arguments, QStringLiteral("profile"),
            {ExitCode::Ok, ExitCode::WrongPassphrase, ExitCode::Database, ExitCode::Usage})) {
        return *done;
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty() || !parser.isSet(QStringLiteral("name")) ||
        !parser.isSet(QStringLiteral("department")) || !parser.isSet(QStringLiteral("role")) ||
        !parser.positionalArguments().isEmpty()) {
        err(QStringLiteral("usage: govcat profile --db PATH --name NAME --department NAME|USCC --role ROLE "
                           "[--passphrase-file F]"));
        return ExitCode::Usage;
    }
    // The values that need no database first: a typo never costs an unlock.
    const db::ProfileRequest request{parser.value(QStringLiteral("name")),
                                     parser.value(QStringLiteral("department")),
                                     parser.value(QStringLiteral("role"))};
    if (db::checkUserName(request.userName) != db::ProfileProblem::None) {
        err(QCoreApplication::translate("ProfileCommand", "govcat profile: 请用 --name 填写姓名。"));
        return ExitCode::Usage;
    }
    if (db::roleFromText(request.role).isEmpty()) {
        err(QCoreApplication::translate("ProfileCommand", "govcat profile: 没有“%1”这个角色。可选：%2。")
                .arg(request.role, roleNames()));
        return ExitCode::Usage;
    }

    auto pass = PassphraseSource::obtain(
        parser.value(QStringLiteral("passphrase-file")),
        QCoreApplication::translate("ProfileCommand", "%1 的口令：").arg(path), false);
    if (!pass) {
        err(QStringLiteral("govcat profile: ") + pass.error().message);
        return ExitCode::Usage; // no passphrase given, or its file unreadable or too long
    }
    auto database = db::Database::open(path, pass.value(), db::OpenMode::ReadWrite);
    if (!database) {
        err(QStringLiteral("govcat profile: ") + database.error().message);
        return exitCodeForOpen(database.error().kind);
    }
    const QSqlDatabase connection = database.value()->connection();
    auto resolved = db::resolveProfile(connection, request);
    if (!resolved) {
        err(QStringLiteral("govcat profile: ") + resolved.error().message);
        return ExitCode::Database;
    }
    const db::ProfileResolution& r = resolved.value();
    switch (r.problem) {
    case db::ProfileProblem::None:
        break;
    case db::ProfileProblem::NoDepartments:
        err(QCoreApplication::translate(
            "ProfileCommand",
            "govcat profile: 该数据库中还没有部门。请在 govcat 中打开它一次，登记本部门。"));
        return ExitCode::Usage; // a department must be registered in the GUI first
    case db::ProfileProblem::AmbiguousDepartment:
        err(QCoreApplication::translate(
                "ProfileCommand", "govcat profile: “%1”对应多个部门：%2。请写部门全称或统一社会信用代码。")
                .arg(request.department, r.candidates.join(QStringLiteral("、"))));
        return ExitCode::Usage;
    case db::ProfileProblem::UnknownDepartment:
        err(r.candidates.isEmpty()
                ? QCoreApplication::translate(
                      "ProfileCommand",
                      "govcat profile: 本地目录中没有部门“%1”。请写部门全称、简称或统一社会信用代码。")
                      .arg(request.department)
                : QCoreApplication::translate("ProfileCommand",
                                              "govcat profile: 本地目录中没有部门“%1”。您是指：%2？")
                      .arg(request.department, r.candidates.mid(0, 10).join(QStringLiteral("、"))));
        return ExitCode::Usage;
    case db::ProfileProblem::NoName:
    case db::ProfileProblem::UnknownRole:
        return ExitCode::Usage; // checked above
    }
    db::ProfileStore store(connection);
    auto before = store.load();
    if (!before) {
        err(QStringLiteral("govcat profile: ") + before.error().message);
        return ExitCode::Database;
    }
    if (auto saved = store.save(r.profile); !saved) {
        if (saved.error().kind == Error::Kind::Forbidden) { // 管理员 at the first start
            err(QStringLiteral("govcat profile: ") + saved.error().message);
            return ExitCode::Usage;
        }
        err(QCoreApplication::translate("ProfileCommand", "govcat profile: 未能保存本机用户：%1")
                .arg(saved.error().message));
        return ExitCode::Database;
    }
    const QString now =
        QCoreApplication::translate("ProfileCommand", "本机用户：%1，%2，%3")
            .arg(r.profile.userName, r.profile.deptName, displayValue(CodeListId::Role, r.profile.role));
    if (const auto& old = before.value();
        old && (old->userName != r.profile.userName || old->deptId != r.profile.deptId ||
                old->role != r.profile.role)) {
        out(now + QCoreApplication::translate("ProfileCommand", "（原为 %1，%2，%3）")
                      .arg(old->userName, old->deptName, displayValue(CodeListId::Role, old->role)));
    } else {
        out(now);
    }
    return ExitCode::Ok;
}

} // namespace govcat::app
