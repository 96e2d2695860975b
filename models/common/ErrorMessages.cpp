#include "ErrorMessages.h"

#include <QDebug>

namespace govcat::models {

namespace {

// A message written for people (a Chinese sentence from core/rules, the store or the importer), as
// opposed to a technical one (SQLite's text, an English errorString) that only the log may show.
bool isSentenceForUser(const QString& message)
{
    for (QChar c : message) {
        if (c.script() == QChar::Script_Han) {
            return true;
        }
    }
    return false;
}

void logTechnical(const Error& error)
{
    if (!error.message.isEmpty()) {
        qWarning().noquote() << "govcat error (kind" << int(error.kind) << "):" << error.message;
    }
}

} // namespace

QString ErrorMessages::forOpen(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::WrongPassphrase:
        return tr("口令不正确。请检查大小写和输入法后重试。");
    case Error::Kind::KeyFileMissing:
        return tr("找不到数据库旁的密钥文件（.key）。没有它无法解锁数据库；请从备份中恢复该文件。");
    case Error::Kind::KeyFileDamaged:
        return tr("密钥文件（.key）已损坏或被改动，无法使用。请从备份中恢复该文件。数据库文件未被改动。");
    case Error::Kind::KeyMismatch:
        return tr("密钥文件与该数据库不匹配，或数据库首页已损坏。请确认两者来自同一份备份。");
    case Error::Kind::NotEncrypted:
        return tr("该文件是未加密的 SQLite 数据库，不是 govcat 加密目录库。为安全起见不予打开。");
    case Error::Kind::NotADatabase:
        return tr("该文件不是 govcat 数据库。");
    case Error::Kind::Damaged:
        return tr("数据库文件已损坏或不完整（可能被截断或改动）。文件未被改动；请从备份恢复。");
    case Error::Kind::TooNew:
        return tr("该数据库由更新版本的 govcat 创建，请先升级本程序。");
    case Error::Kind::CipherUnavailable:
        return tr("加密组件未生效（系统加载了未加密的 SQLite 库）。为保护数据，拒绝打开。");
    case Error::Kind::Io:
        if (isSentenceForUser(error.message)) {
            return error.message;
        }
        logTechnical(error);
        return tr("无法读取或写入文件。请检查文件是否存在、磁盘空间是否充足，以及是否有读写权限。");
    case Error::Kind::None:
        return {};
    case Error::Kind::Constraint:
    case Error::Kind::Forbidden:
    case Error::Kind::NotFound:
    case Error::Kind::Invalid:
    case Error::Kind::Sql:
    case Error::Kind::Cancelled:
        break;
    }
    logTechnical(error);
    return tr("数据库未能完成这次操作，没有写入任何内容。请重试；如果问题仍然出现，请用“govcat check”"
              "检查数据库文件，或联系管理员。");
}

QString ErrorMessages::forEdit(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::Forbidden:
    case Error::Kind::Invalid:
        if (isSentenceForUser(error.message)) {
            return error.message; // already a Chinese sentence from core/rules or the store
        }
        logTechnical(error);
        return tr("内容不符合要求，未保存。请检查后重试。");
    case Error::Kind::Constraint:
        logTechnical(error);
        return tr("与库中已有的数据冲突（例如信息资源代码或名称重复），本次操作没有写入任何内容。"
                  "请关闭后重新打开该信息资源再试；如果问题仍然出现，请联系管理员。");
    case Error::Kind::NotFound:
        return tr("该信息资源已不存在（可能已被删除）。");
    case Error::Kind::Cancelled:
        return tr("已取消，未写入任何内容。");
    default:
        return forOpen(error);
    }
}

QString ErrorMessages::forText(const QString& message)
{
    return forEdit({isSentenceForUser(message) ? Error::Kind::Invalid : Error::Kind::Sql, message});
}

} // namespace govcat::models
