#include "ErrorMessages.h"

namespace govcat::ui {

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
        return tr("无法读取或写入文件：%1").arg(error.message);
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
    return tr("操作失败：%1").arg(error.message);
}

QString ErrorMessages::forEdit(const Error& error)
{
    switch (error.kind) {
    case Error::Kind::Forbidden:
    case Error::Kind::Invalid:
        return error.message; // already a Chinese sentence from core/rules or the store
    case Error::Kind::Constraint:
        return tr("与已有数据冲突，未保存：%1").arg(error.message);
    case Error::Kind::NotFound:
        return tr("该信息资源已不存在（可能已被删除）。");
    case Error::Kind::Cancelled:
        return tr("已取消，未写入任何内容。");
    default:
        return forOpen(error);
    }
}

} // namespace govcat::ui
