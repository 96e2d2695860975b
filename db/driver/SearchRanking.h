#pragma once

struct sqlite3;

namespace govcat::db::cipher {

// Registers govcat_rank() and govcat_name_hit() on a connection, for ranking FTS4 matches: a score
// that puts name matches first (the more of the name the match covers, the higher), then code,
// provider, data items and abstract. catalog::SearchIndex::rankExpression() is how to call them.
void registerSearchRanking(sqlite3* connection);

} // namespace govcat::db::cipher
