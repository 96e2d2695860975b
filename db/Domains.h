#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace govcat::db {

struct RowChange;
class Repository;

// One step of a domain's schema: brings it from version - 1 to version, inside a transaction the
// runner holds.
struct SchemaStep
{
    int version = 0;
    std::function<Result<void>(QSqlDatabase&)> run;
};

// A table whose rows sync: the Repository writes it, journals every change in the outbox and the
// audit journal. A child table (parent set) has its rows, when inserted right after their parent's
// insert in one change set, carried inside the parent's outbox entry instead of entries of their own.
struct SyncedTable
{
    QString name;
    QString parent;       // the parent table, for a child table
    QString parentColumn; // the child's column that holds the parent's id
};

// Work a domain does inside every write transaction of a Repository after its rows are written,
// such as keeping a search index current. One hook per Repository and domain, kept for its life.
class WriteHook
{
public:
    virtual ~WriteHook() = default;
    // A change set begins.
    virtual void begin() = 0;
    // A row was written (changed: the columns really changed; empty when nothing changed). rowid
    // is the new row's for inserts; carriedBy is the parent's id when the row rides in its new
    // parent's outbox entry.
    virtual Result<void> written(const RowChange& change, const QString& id, const QStringList& changed,
                                 qint64 rowid, const QString& carriedBy) = 0;
    // The change set's rows are all written; the transaction is still open.
    virtual Result<void> finish() = 0;
};

// What a domain brings to storage. The catalog is the root domain: its schema created the shared
// tables (meta, outbox, audit journal, departments) and its version is PRAGMA user_version, as it
// was before domains existed. Every other domain keeps its version in the domain_schema table.
struct Domain
{
    QString name;
    bool root = false;
    std::vector<SchemaStep> steps; // in version order, from 1
    std::vector<SyncedTable> tables;
    std::function<std::unique_ptr<WriteHook>(Repository&)> writeHook; // optional

    int latestVersion() const { return steps.empty() ? 0 : steps.back().version; }
};

// The domains this program knows, registered once at start-up (app/Domains.cpp) before any database
// is opened. Storage reads them; it names none.
class Domains
{
public:
    // Adds a domain; a second one of the same name replaces the first.
    static void add(Domain domain);
    static const std::vector<Domain>& all();
    static const Domain* root();
    static const Domain* find(const QString& name);
    // The synced table of this name, or nullptr.
    static const SyncedTable* table(const QString& name);
    // The domain a synced table belongs to, or nullptr.
    static const Domain* owner(const QString& table);
    static QStringList syncedTables();
};

} // namespace govcat::db
