#pragma once

// The catalog-editing benchmarks (issue 3): list updates after a search or filter change, opening
// and saving a resource with 200 data items, a 10,000-resource bulk change, and (in govcat_bench_gui)
// the editor widget and the app's memory. See docs/PERFORMANCE.md, "Catalog editing (issue 3)".

#include "catalog/ResourceFilter.h"

#include <QStringList>

namespace govcat::bench {

// A filter and sort on one line, for command lines and the report: "key=value;key=value", values
// separated by ','. Keys: search, dept, class, status, share, cycle, sort (relevance|code|name).
catalog::ResourceFilter parseFilterSpec(const QString& spec, catalog::ResourceSort* sort = nullptr);

// govcat_bench edit-prepare --db COPY --dept ID --class-id ID --bulk-filter SPEC [--bulk-count N]
//                           --ids-out FILE
// Saves the 200-item resource (ResourceStore, as a catalog editor of the department) into a COPY of
// a bench database, picks the bulk selection (the first N resources of the filter, in code order) and
// sets their update cycle to one value, so that every bulk change changes every row. Prints
// resource=ID and bulk.* figures.
int runEditPrepare(const QStringList& arguments);

// govcat_bench edit-probe --db PATH --what KIND [--filter SPEC] [--resource ID] [--ids FILE]
//                         [--repeat K] [--trace DIR --blocks N]
// One fresh open; KIND once right after it (cold1), K times each right after PRAGMA shrink_memory
// (cold) and K times as it is (warm); prints key=value medians, wall and CPU, per timed part.
// KIND: list (ResourceListModel::load of the filter: count + first page), editor_load
// (ResourceStore::loadForEditing), save_one (one item name and the abstract changed, save),
// save_new (a new resource with the 200 items, save), bulk (CatalogQueries::resourceIds of the
// filter, BulkEdit::preview and BulkEdit::apply of an update_cycle change, as an administrator),
// bulk_rows (resourceIds + Repository::apply of one update_cycle change per resource row).
// With --trace, nothing is timed: N operations run with their SQL captured, one file per operation
// (DIR/KIND-i.sql), for the CLI replays.
int runEditProbe(const QStringList& arguments);

// govcat_bench editing --db PATH --work DIR [--runs N] [--repeat K] [--bulk-repeat K] [--gui PATH]
//                      [--commit TEXT] [--out FILE]
// The whole issue-3 suite: inspects the database, prepares the editing copies in DIR, runs every
// probe N times in fresh processes next to the same SQL in the sqlcipher CLI, and prints a Markdown
// report (also written to --out).
int runEditing(const QStringList& arguments);

} // namespace govcat::bench
