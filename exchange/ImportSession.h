#pragma once

#include "exchange/ImportApply.h"
#include "exchange/ImportPlan.h"
#include "io/catalog/ImportedCatalog.h"

#include <QString>

#include <functional>
#include <optional>

namespace govcat::catalog {
class ResourceStore;
} // namespace govcat::catalog

namespace govcat::exchange {

// One import of a catalog file, as the import dialog and `govcat import` both run it:
// read → plan (the dry run, nothing written) → apply (the chosen rows and, for a returned 数据普查包,
// its return, in one transaction) → undo. Progress callbacks get (done, total) — total 0 while
// reading — and cancel by returning false (Error::Kind::Cancelled, nothing written).
class ImportSession
{
public:
    using Progress = std::function<bool(qint64, qint64)>;

    explicit ImportSession(QString path, QString csvEncoding = {});

    // Reads the file; its errors are the file's (unreadable, hostile, not a catalog). Needs no
    // database: a file that cannot be read never asks for the passphrase.
    Result<void> read(const Progress& progress = {});
    // Compares the file with the catalog in `store`: the preview. Requires read(); the store must
    // outlive the session, or the later apply() is given one.
    Result<void> plan(const catalog::ResourceStore& store, const Progress& progress = {});
    const ImportPlan& preview() const { return m_plan; }
    const io::ImportedCatalog& file() const { return *m_file; }
    const QString& path() const { return m_path; }
    // A returned data call kit (its 普查包信息 sheet names the call and the department).
    bool isKit() const { return m_file && !m_file->kitInfo.isEmpty(); }

    // Writes the rows of `scope` and records a returned kit, all or nothing. Afterwards
    // returnedDepartment() names the department whose kit was recorded (empty for other files).
    Result<ImportApplied> apply(ImportScope scope, const Progress& progress = {});
    // The same through `store` instead of the one plan() was given (a store over the same database
    // with the same actor; the import dialog plans and applies on the database's worker thread, each
    // time with a store built there, on the worker's connection).
    Result<ImportApplied> apply(const catalog::ResourceStore& store, ImportScope scope,
                                const Progress& progress = {});
    const QString& returnedDepartment() const { return m_returnedDept; }

    // The user's workbook written back with the problem cells marked.
    Result<void> writeReport(const QString& outPath) const;

    // The file read, for redoing the import later (ImportUndoCommand); the session is done then.
    io::ImportedCatalog takeFile();

private:
    const catalog::ResourceStore* m_store = nullptr; // set by plan()
    QString m_path;
    QString m_encoding;
    std::optional<io::ImportedCatalog> m_file;
    ImportPlan m_plan;
    QString m_returnedDept;
};

} // namespace govcat::exchange
