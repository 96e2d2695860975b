// govcat-server: the city server (issue 15). init | serve | add-user | revoke-device; one
// configuration file (server/ServerConfig.h). Exit codes as the desktop's: 0 done, 1 could not
// serve (address in use, TLS files unusable), 2 the database refused the configured password,
// 3 the database is missing, unreachable, damaged or not a govcat server's, 64 wrong arguments.
#include "server/ServerConfig.h"
#include "server/http/HttpServer.h"
#include "server/store/Accounts.h"
#include "server/store/ServerSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace govcat;
using namespace govcat::server;

namespace {

constexpr char kContext[] = "govcat::server::Cli";
constexpr int kOk = 0;
constexpr int kServeFailed = 1;
constexpr int kAuth = 2;
constexpr int kDatabase = 3;
constexpr int kUsage = 64;

void say(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

int fail(int code, const char* sentence, const QString& detail = {})
{
    say(QCoreApplication::translate(kContext, sentence));
    if (!detail.isEmpty()) {
        say(QStringLiteral("govcat-server: ") + detail); // for the administrator's log
    }
    return code;
}

// The database of the configuration, open; or the exit code with the reason said.
std::optional<QSqlDatabase> connect(const ServerConfig& config, int* code)
{
    QSqlDatabase pg = openDatabase(config, QStringLiteral("govcat-server-cli"));
    if (pg.isOpen()) {
        return pg;
    }
    const QString detail = pg.lastError().text();
    if (detail.contains(QLatin1String("password authentication failed"))) {
        *code =
            fail(kAuth,
                 QT_TRANSLATE_NOOP(
                     "govcat::server::Cli",
                     "数据库拒绝了配置文件中的用户名或密码，请检查 [database] 的 user 和 password_file。"),
                 detail);
    } else {
        *code =
            fail(kDatabase,
                 QT_TRANSLATE_NOOP(
                     "govcat::server::Cli",
                     "无法连接服务器数据库，请检查配置文件中的 [database] 设置以及 PostgreSQL 是否已启动。"),
                 detail);
    }
    return std::nullopt;
}

// The database has this server's schema (init was run, by this version or an older one).
bool initialised(QSqlDatabase pg)
{
    QSqlQuery q(pg);
    return q.exec(QStringLiteral("SELECT count(*) FROM server_meta WHERE (key = 'schema_version' AND value = "
                                 "'%1') OR (key = 'accounts_version' AND value = '%2')")
                      .arg(kServerSchemaVersion)
                      .arg(kAccountsSchemaVersion)) &&
           q.next() && q.value(0).toInt() == 2;
}

int init(QSqlDatabase pg)
{
    auto installed = installServerSchema(pg);
    if (installed) {
        installed = installAccountsSchema(pg);
    }
    if (!installed) {
        const bool foreign = installed.error().kind == Error::Kind::NotADatabase;
        const bool newer = installed.error().kind == Error::Kind::TooNew;
        return fail(
            kDatabase,
            foreign ? QT_TRANSLATE_NOOP(
                          "govcat::server::Cli",
                          "这个数据库已有其他表，不是 govcat 服务器的数据库；请为服务器新建一个空数据库。")
            : newer ? QT_TRANSLATE_NOOP("govcat::server::Cli",
                                        "这个数据库由更新版本的 govcat-server 建立，请升级本程序。")
                    : QT_TRANSLATE_NOOP("govcat::server::Cli", "无法在数据库中建立服务器的表。"),
            installed.error().message);
    }
    say(QCoreApplication::translate("govcat::server::Cli", "服务器数据库已就绪。"));
    return kOk;
}

int addUserCommand(QSqlDatabase pg, const QCommandLineParser& args)
{
    const std::optional<Role> role = roleFromCode(args.value(QStringLiteral("role")));
    if (args.value(QStringLiteral("name")).isEmpty() || !role) {
        return fail(kUsage,
                    QT_TRANSLATE_NOOP(
                        "govcat::server::Cli",
                        "请用 --name 给出用户名，用 --role 给出角色（editor、reviewer、leader 或 admin）。"));
    }
    QStringList depts;
    for (const QString& d : args.values(QStringLiteral("dept"))) {
        depts << d.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (*role == Role::CatalogEditor && depts.isEmpty()) {
        return fail(kUsage, QT_TRANSLATE_NOOP("govcat::server::Cli", "编目员必须用 --dept 给出所属部门。"));
    }
    QByteArray password;
    if (args.isSet(QStringLiteral("password-file"))) {
        QFile f(args.value(QStringLiteral("password-file")));
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(kUsage,
                        QT_TRANSLATE_NOOP("govcat::server::Cli", "无法读取 --password-file 指定的文件。"));
        }
        password = f.readLine(4096);
    } else {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly)) {
            password = in.readLine(4096);
        }
    }
    while (password.endsWith('\n') || password.endsWith('\r')) {
        password.chop(1);
    }
    auto added = addUser(pg, args.value(QStringLiteral("name")), password, *role, depts);
    if (!added) {
        switch (added.error().kind) {
        case Error::Kind::Constraint:
            return fail(kUsage, QT_TRANSLATE_NOOP("govcat::server::Cli", "已有同名用户，未作任何修改。"));
        case Error::Kind::Invalid:
            return fail(kUsage, QT_TRANSLATE_NOOP("govcat::server::Cli",
                                                  "用户名或部门无效，或密码少于 8 个字符；未作任何修改。"));
        default:
            return fail(kDatabase, QT_TRANSLATE_NOOP("govcat::server::Cli", "无法保存用户，请检查数据库。"),
                        added.error().message);
        }
    }
    say(QCoreApplication::translate("govcat::server::Cli", "已添加用户 %1。")
            .arg(args.value(QStringLiteral("name"))));
    return kOk;
}

int revokeDeviceCommand(QSqlDatabase pg, const QCommandLineParser& args)
{
    auto revoked = revokeDevice(pg, args.value(QStringLiteral("client-id")));
    if (!revoked) {
        return revoked.error().kind == Error::Kind::NotFound
                   ? fail(kUsage, QT_TRANSLATE_NOOP("govcat::server::Cli",
                                                    "没有这个设备编号，请用 --client-id 给出要停用的设备。"))
                   : fail(kDatabase, QT_TRANSLATE_NOOP("govcat::server::Cli", "无法停用设备，请检查数据库。"),
                          revoked.error().message);
    }
    say(QCoreApplication::translate("govcat::server::Cli", "设备已停用：它的登录已失效，不能再同步。"));
    return kOk;
}

int run(const QCommandLineParser& args)
{
    const QStringList positional = args.positionalArguments();
    const QString command = positional.value(0);
    static const QStringList commands{QStringLiteral("init"), QStringLiteral("serve"),
                                      QStringLiteral("add-user"), QStringLiteral("revoke-device")};
    if (positional.size() != 1 || !commands.contains(command)) {
        return fail(
            kUsage,
            QT_TRANSLATE_NOOP("govcat::server::Cli",
                              "请给出一个命令：init、serve、add-user 或 revoke-device（--help 查看用法）。"));
    }
    if (!args.isSet(QStringLiteral("config"))) {
        return fail(kUsage, QT_TRANSLATE_NOOP("govcat::server::Cli", "请用 --config 给出配置文件。"));
    }
    auto config = readServerConfig(args.value(QStringLiteral("config")));
    if (!config) {
        return fail(
            kUsage,
            QT_TRANSLATE_NOOP("govcat::server::Cli", "配置文件不存在或其中的设置无效，请检查后重试。"),
            config.error().message);
    }
    int code = kOk;
    const std::optional<QSqlDatabase> pg = connect(config.value(), &code);
    if (!pg) {
        return code;
    }
    if (command == QLatin1String("init")) {
        return init(*pg);
    }
    if (!initialised(*pg)) {
        return fail(kDatabase, QT_TRANSLATE_NOOP(
                                   "govcat::server::Cli",
                                   "这个数据库还不是 govcat 服务器的数据库，请先运行 govcat-server init。"));
    }
    if (command == QLatin1String("add-user")) {
        return addUserCommand(*pg, args);
    }
    if (command == QLatin1String("revoke-device")) {
        return revokeDeviceCommand(*pg, args);
    }
    QString why;
    if (!serveHttp(config.value(), &why)) {
        return fail(
            kServeFailed,
            QT_TRANSLATE_NOOP(
                "govcat::server::Cli",
                "无法开始服务：监听地址已被占用，或证书与私钥无法读取。请检查配置文件的 [listen] 和 [tls]。"),
            why);
    }
    return kOk;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("govcat-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GOVCAT_VERSION));
    QCommandLineParser args;
    args.setApplicationDescription(QCoreApplication::translate(
        "govcat::server::Cli",
        "govcat 市级同步服务器。\n"
        "命令：init 建立数据库的表；serve 开始服务；add-user 添加用户；revoke-device 停用设备。\n"
        "退出码：0 完成；1 无法开始服务；2 数据库拒绝了用户名或密码；3 数据库无法连接、已损坏或不是 "
        "govcat 服务器的数据库；64 参数有误。"));
    const QCommandLineOption help = args.addHelpOption();
    const QCommandLineOption version = args.addVersionOption();
    args.addPositionalArgument(QStringLiteral("command"),
                               QStringLiteral("init | serve | add-user | revoke-device"));
    args.addOptions({
        {QStringLiteral("config"),
         QCoreApplication::translate("govcat::server::Cli", "配置文件（ini 格式）。"),
         QStringLiteral("FILE")},
        {QStringLiteral("name"), QCoreApplication::translate("govcat::server::Cli", "add-user：用户名。"),
         QStringLiteral("NAME")},
        {QStringLiteral("role"),
         QCoreApplication::translate("govcat::server::Cli",
                                     "add-user：角色 editor、reviewer、leader 或 admin。"),
         QStringLiteral("ROLE")},
        {QStringLiteral("dept"),
         QCoreApplication::translate("govcat::server::Cli", "add-user：所属部门编号（可重复）。"),
         QStringLiteral("DEPT")},
        {QStringLiteral("password-file"),
         QCoreApplication::translate("govcat::server::Cli",
                                     "add-user：从此文件第一行读取密码（省略时从标准输入读取）。"),
         QStringLiteral("FILE")},
        {QStringLiteral("client-id"),
         QCoreApplication::translate("govcat::server::Cli", "revoke-device：要停用的设备编号。"),
         QStringLiteral("ID")},
    });
    if (!args.parse(QCoreApplication::arguments())) {
        say(args.errorText());
        return kUsage;
    }
    if (args.isSet(help)) {
        std::fprintf(stdout, "%s", args.helpText().toUtf8().constData());
        return kOk;
    }
    if (args.isSet(version)) {
        std::fprintf(stdout, "govcat-server %s\n", GOVCAT_VERSION);
        return kOk;
    }
    const int code = run(args);
    QSqlDatabase::removeDatabase(QStringLiteral("govcat-server-cli"));
    return code;
}
