#pragma once

#include "db/Database.h"
#include "db/ProfileStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace govcat::test {

// The demo city of the journey tests, made by `govcat demo` (tests/journey/CMakeLists.txt): its path
// and passphrase come from the environment that ctest sets.
inline QString demoCityPath()
{
    return qEnvironmentVariable("GOVCAT_DEMO_CITY");
}

inline QByteArray demoCityPassphrase()
{
    return qgetenv("GOVCAT_DEMO_PASSPHRASE");
}

// Copies the demo city and its key file into dir (as demo.govcat) and returns the copy's path;
// empty, with a warning, when the city is missing.
inline QString copyDemoCity(const QTemporaryDir& dir)
{
    const QString from = demoCityPath();
    const QString to = dir.filePath(QStringLiteral("demo.govcat"));
    if (from.isEmpty() || !QFile::exists(from)) {
        qWarning("no demo city at '%s' (run the tests through ctest)", qPrintable(from));
        return {};
    }
    if (!QFile::copy(from, to) || !QFile::copy(from + QStringLiteral(".key"), to + QStringLiteral(".key"))) {
        qWarning("cannot copy the demo city to %s", qPrintable(to));
        return {};
    }
    return to;
}

// A copy of the demo city, opened (and migrated) as the GUI opens it; null on failure.
inline std::unique_ptr<db::Database> openDemoCity(const QTemporaryDir& dir)
{
    const QString path = copyDemoCity(dir);
    if (path.isEmpty()) {
        return nullptr;
    }
    auto opened = db::Database::open(path, demoCityPassphrase());
    if (!opened) {
        qWarning("cannot open the demo city: %s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

// The id of the demo department named name (the city's departments, e.g. "临川市市场监督管理局").
inline QString demoDepartment(const db::Database& database, const QString& name)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT id FROM department WHERE name = ? AND is_deleted = 0"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// Records the local profile as the first-start dialog does, and returns it.
inline db::LocalProfile setDemoProfile(const db::Database& database, const QString& userName,
                                       const QString& deptName, const QString& role)
{
    db::LocalProfile profile{userName, demoDepartment(database, deptName), deptName, role};
    if (profile.deptId.isEmpty() || !db::ProfileStore(database.connection()).save(profile)) {
        qWarning("cannot set the profile %s / %s", qPrintable(userName), qPrintable(deptName));
        return {};
    }
    return profile;
}

} // namespace govcat::test
