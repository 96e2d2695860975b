#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "db/Repository.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace govcat::exchange {

// One department's part of a data call.
struct DataCallDept
{
    QString deptId;
    QString deptName;
    QString fileName; // the kit written for it, in the call's folder
    qint64 resources = 0;
    QString returnedAt; // empty until a returned kit was imported
    QString returnedFile;
    int newCount = 0;
    int changedCount = 0;
    int rejectedCount = 0;

    bool returned() const { return !returnedAt.isEmpty(); }
};

struct DataCallInfo
{
    QString id;
    QString title;
    QString folder;
    QString createdAt;
    QList<DataCallDept> depts; // by department name

    qsizetype outstanding() const;
};

// 数据普查包: a data call sends every department a workbook pre-filled with its current resources
// (the catalog template with drop-downs and a hidden 普查包信息 sheet naming the call and the
// department); the departments fill it in and return it; the import of a returned kit is recorded
// here, so the bureau sees who has not returned theirs. Its rows (data_call, data_call_dept) are
// synced tables written through the Repository, with outbox and audit entries (schema v7).
class DataCall
{
public:
    DataCall(QSqlDatabase db, db::Actor actor, const Clock& clock = Clock::instance());

    // Writes one kit per live department into `folder` (existing files of the same name are
    // replaced) and records the call. progress(done, total) per department; false cancels (the kits
    // written so far stay on disk, the call is not recorded).
    Result<DataCallInfo> generate(const QString& title, const QString& folder,
                                  const std::function<bool(qsizetype, qsizetype)>& progress = {});
    Result<std::optional<DataCallInfo>> latest() const;
    // Records a returned kit (the 普查包信息 of an imported file) with the import's counts; returns
    // the department's name, or an empty string when the file is no kit of a call known here.
    Result<QString> recordReturn(const QHash<QString, QString>& kitInfo, const QString& file, int created,
                                 int changed, int rejected);
    // The same inside a transaction the caller has begun (the import's) and will commit.
    Result<QString> recordReturnWithin(const QHash<QString, QString>& kitInfo, const QString& file,
                                       int created, int changed, int rejected);

    static QString kitFileName(const QString& title, const QString& deptName);

private:
    Result<QString> recordReturn(const QHash<QString, QString>& kitInfo, const QString& file, int created,
                                 int changed, int rejected, bool within);

    QSqlDatabase m_db;
    db::Actor m_actor;
    const Clock& m_clock;
};

// The keys of the 普查包信息 sheet.
inline const QString kKitCallId = QStringLiteral("普查标识");
inline const QString kKitDeptId = QStringLiteral("部门标识");

} // namespace govcat::exchange
