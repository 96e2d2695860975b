#include "SearchIndex.h"

#include "SqlError.h"
#include "core/search/SearchText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>
#include <cstring>
#include <sqlite3.h>

namespace govcat::db {

namespace {

// Column weights, in resource_fts column order: name, code, provider, abstract, items.
constexpr std::array<double, 5> kWeights = {100.0, 60.0, 30.0, 5.0, 15.0};

// Reads 32-bit words of a matchinfo() blob.
struct MatchInfo
{
    const unsigned char* blob = nullptr;
    int words = 0;

    explicit MatchInfo(sqlite3_value* value)
        : blob(static_cast<const unsigned char*>(sqlite3_value_blob(value))),
          words(blob == nullptr ? 0 : sqlite3_value_bytes(value) / 4)
    {}
    quint32 at(int i) const
    {
        quint32 v = 0;
        std::memcpy(&v, blob + 4 * i, sizeof v);
        return v;
    }
};

// Whether column `col` has a hit of any phrase in matchinfo 'pcb' (p phrases, c columns, then per
// phrase ceil(c / 32) words with one bit per column); false for a blob of another shape.
bool columnHit(const MatchInfo& mi, int col)
{
    if (mi.words < 2) {
        return false;
    }
    const int p = int(mi.at(0));
    const int c = int(mi.at(1));
    const int perPhrase = (c + 31) / 32;
    if (col >= c || mi.words < 2 + p * perPhrase) {
        return false;
    }
    for (int phrase = 0; phrase < p; ++phrase) {
        if ((mi.at(2 + phrase * perPhrase + col / 32) >> (col % 32)) & 1U) {
            return true;
        }
    }
    return false;
}

// govcat_rank(matchinfo 'pcb', tokens [, matchinfo 'l']): the sum of the weights of the columns with
// a hit, plus a bonus of up to 50 for a name hit covering much of the name. The name length comes
// from matchinfo 'l', which costs a %_docsize lookup per row: the SQL asks for it only for name hits
// (govcat_name_hit), so ranking tens of thousands of item matches stays cheap.
void rankFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    const MatchInfo hits(argv[0]);
    const double tokens = argc > 1 ? sqlite3_value_double(argv[1]) : 1.0;
    double score = 0.0;
    const int columns = hits.words >= 2 ? int(std::min<quint32>(hits.at(1), kWeights.size())) : 0;
    for (int col = 0; col < columns; ++col) {
        if (columnHit(hits, col)) {
            score += kWeights.at(std::size_t(col));
        }
    }
    if (argc > 2 && columnHit(hits, 0)) {
        // A match covering the whole name outranks one inside a long name.
        if (const MatchInfo lengths(argv[2]); lengths.words >= 1) {
            const double length = lengths.at(0);
            score += 50.0 * std::min(1.0, tokens / std::max(1.0, length - 1.0));
        }
    }
    sqlite3_result_double(ctx, score);
}

// govcat_name_hit(matchinfo 'pcb'): 1 when the name column has a hit.
void nameHitFunction(sqlite3_context* ctx, int /*argc*/, sqlite3_value** argv)
{
    sqlite3_result_int(ctx, columnHit(MatchInfo(argv[0]), 0) ? 1 : 0);
}

const QString kDocumentSql = QStringLiteral(
    "SELECT r.rowid, r.is_deleted, r.name, coalesce(r.code, ''), coalesce(d.name, ''), r.abstract, "
    "(SELECT group_concat(i.name, ' ') FROM info_item i WHERE i.resource_id = r.id AND i.is_deleted = 0) "
    "FROM info_resource r LEFT JOIN department d ON d.id = r.provider_dept_id");

const QString kInsertSql = QStringLiteral(
    "INSERT INTO resource_fts (docid, name, code, provider, abstract, items) VALUES (?, ?, ?, ?, ?, ?)");

bool insertDocument(QSqlQuery& insert, const SearchIndex::Document& doc)
{
    insert.bindValue(0, doc.docid);
    int column = 1;
    for (const QString* text : {&doc.name, &doc.code, &doc.provider, &doc.abstract, &doc.items}) {
        insert.bindValue(column++, search::indexText(*text));
    }
    return insert.exec();
}

// Writes the document of the current row of q (columns of kDocumentSql).
// remove is null when the index is known not to hold the document.
bool writeDocument(QSqlQuery* remove, QSqlQuery& insert, const QSqlQuery& row)
{
    const qint64 docid = row.value(0).toLongLong();
    if (remove != nullptr) {
        remove->bindValue(0, docid);
        if (!remove->exec()) {
            return false;
        }
    }
    if (row.value(1).toInt() != 0) {
        return true;
    }
    return insertDocument(insert,
                          {docid, row.value(2).toString(), row.value(3).toString(), row.value(4).toString(),
                           row.value(5).toString(), row.value(6).toString()});
}

} // namespace

void SearchIndex::registerFunctions(sqlite3* connection)
{
    sqlite3_create_function_v2(connection, "govcat_rank", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               rankFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(connection, "govcat_name_hit", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               nameHitFunction, nullptr, nullptr, nullptr);
}

QString SearchIndex::rankExpression(int tokens)
{
    return QStringLiteral("govcat_rank(matchinfo(resource_fts, 'pcb'), %1, CASE WHEN "
                          "govcat_name_hit(matchinfo(resource_fts, 'pcb')) THEN matchinfo(resource_fts, 'l') "
                          "END)")
        .arg(tokens);
}

bool SearchIndex::affectsIndex(const QString& table, const QStringList& columns)
{
    static const QStringList resourceColumns = {
        QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("abstract"),
        QStringLiteral("provider_dept_id"), QStringLiteral("is_deleted")};
    if (table == QStringLiteral("info_resource")) {
        return std::any_of(columns.begin(), columns.end(),
                           [](const QString& c) { return resourceColumns.contains(c); });
    }
    if (table == QStringLiteral("info_item")) {
        return columns.contains(QStringLiteral("name")) || columns.contains(QStringLiteral("is_deleted")) ||
               columns.contains(QStringLiteral("resource_id"));
    }
    return false;
}

SearchIndex::Statements SearchIndex::statements()
{
    return {kDocumentSql + QStringLiteral(" WHERE r.id = ?"),
            QStringLiteral("DELETE FROM resource_fts WHERE docid = ?"), kInsertSql};
}

Result<void> SearchIndex::reindex(QSqlQuery& read, QSqlQuery& remove, QSqlQuery& insert,
                                  const QStringList& resourceIds, const QSet<QString>& created,
                                  const QHash<QString, Document>& known)
{
    for (const QString& id : resourceIds) {
        if (const auto doc = known.constFind(id); doc != known.cend()) {
            if (!insertDocument(insert, *doc)) {
                return sqlError(insert, QStringLiteral("write search index"));
            }
            continue;
        }
        read.bindValue(0, id);
        if (!read.exec()) {
            return sqlError(read, QStringLiteral("read resource for the search index"));
        }
        const bool found = read.next();
        const bool written = !found || writeDocument(created.contains(id) ? nullptr : &remove, insert, read);
        read.finish();
        if (!written) {
            return sqlError(insert.lastError().isValid() ? insert : remove,
                            QStringLiteral("write search index"));
        }
    }
    return {};
}

Result<void> SearchIndex::rebuild(QSqlDatabase db, const std::function<void(qint64, qint64)>& progress)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM resource_fts"))) {
        return sqlError(q, QStringLiteral("clear search index"));
    }
    qint64 total = 0;
    if (progress) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM info_resource")) || !q.next()) {
            return sqlError(q, QStringLiteral("count resources"));
        }
        total = q.value(0).toLongLong();
    }
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    QSqlQuery insert(db);
    if (!rows.exec(kDocumentSql + QStringLiteral(" WHERE r.is_deleted = 0")) || !insert.prepare(kInsertSql)) {
        return sqlError(rows, QStringLiteral("read resources for the search index"));
    }
    qint64 done = 0;
    while (rows.next()) {
        if (!writeDocument(nullptr, insert, rows)) {
            return sqlError(insert, QStringLiteral("write search index"));
        }
        if (progress && ++done % 1000 == 0) {
            progress(done, total);
        }
    }
    if (rows.lastError().isValid()) {
        return sqlError(rows, QStringLiteral("read resources for the search index"));
    }
    if (!q.exec(QStringLiteral("INSERT INTO resource_fts(resource_fts) VALUES ('optimize')"))) {
        return sqlError(q, QStringLiteral("optimize search index"));
    }
    return {};
}

} // namespace govcat::db
