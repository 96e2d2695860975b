#include "db/driver/SearchRanking.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cstring>
#include <sqlite3.h>

namespace govcat::db::cipher {

namespace {

// Column weights, in the order of the catalog's resource_fts columns: name, code, provider, abstract,
// items. The first column is the name.
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

} // namespace

void registerSearchRanking(sqlite3* connection)
{
    sqlite3_create_function_v2(connection, "govcat_rank", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               rankFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(connection, "govcat_name_hit", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               nameHitFunction, nullptr, nullptr, nullptr);
}

} // namespace govcat::db::cipher
