#pragma once

#include "core/error.h"
#include "queryast.h"
#include "store/database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace mlwb::tracking {

// One SQL statement with its values; every value and key is a bind parameter.
struct CompiledQuery {
    QString sql;
    QVariantList binds; // in the order of the ? placeholders
};

// A parsed run filter and sort order, e.g.
//   filter: metrics.val_loss < 0.2 and (params.lr = 0.01 or params.optimizer ~ "adam.*")
//   sort:   metrics.val_loss asc, params.lr desc, start_time desc
// A run lacking a key never matches a comparison on it and sorts last in either direction.
// Trashed runs are never found, unless trashedOnly asks for them alone.
struct RunQuery {
    std::optional<QueryExpr> filter; // empty: every run
    QList<QuerySortKey> sort;        // empty: newest first
    QList<qint64> experimentIds;     // empty: every experiment
    bool trashedOnly = false;        // the trash instead of the live runs

    static Result<RunQuery> parse(const QString &filter, const QString &sort = {});
};

// SELECT r.id ... ORDER BY ... LIMIT/OFFSET; limit -1 means no limit.
Result<CompiledQuery> compileSelectIds(const RunQuery &query, int limit, int offset);
// A page of a query whose first sort key is a metric or param, as statements that SQLite
// answers by reading the key's (key, value) index in order and checking the filter per run, so
// it stops after the page instead of sorting every match. findRuns() uses them and gives the
// rows of compileSelectIds():
//  - cutoff: the key's value at position ?2 (0-based) in sort order;
//  - havingKeyBefore: the runs whose value lies before the cutoff value, bound last but two;
//    if it fills the page, no run outside it can belong there;
//  - havingKey, lackingKey: the runs that have a value for the key, then those lacking one
//    (they sort last), for keys with few values.
// The last two binds of the selects are LIMIT and OFFSET.
struct KeySortedSelect {
    CompiledQuery cutoff;
    CompiledQuery havingKeyBefore;
    CompiledQuery havingKey;
    CompiledQuery lackingKey;
};
// Empty when the first sort key is not a metric or param.
std::optional<KeySortedSelect> compileKeySortedSelect(const RunQuery &query, int limit, int offset);
// A filtered page in the default order (newest first), as statements that SQLite answers by
// reading the runs' start time index in order and checking the filter per run:
//  - cutoff: the start time at position ?N (0-based, the last bind), newest first;
//  - after: the runs started after the cutoff (bound last but two); if it fills the page, no
//    run outside it can belong there. The last two binds are LIMIT and OFFSET.
struct NewestFirstSelect {
    CompiledQuery cutoff;
    CompiledQuery after;
};
// Empty unless the query has a filter and no sort keys.
std::optional<NewestFirstSelect> compileNewestFirstSelect(const RunQuery &query, int limit,
                                                          int offset);
// For a filter that is one comparison on a metric, param or tag, or an AND of them, with no
// experiment chosen: per comparison, the ids of the runs (live or trashed) that pass it, read
// from the key's index alone. The runs matched are the live (or trashed) runs in every list.
std::optional<QList<CompiledQuery>> compileKeyedRunIds(const RunQuery &query);
// SELECT count(*) of the runs the query matches.
Result<CompiledQuery> compileCount(const RunQuery &query);

// Run ids in the query's order. Registers the regexp() SQL function on `db` if needed.
Result<QList<qint64>> findRuns(store::Database &db, const RunQuery &query, int limit = -1,
                               int offset = 0);
Result<qint64> countRuns(store::Database &db, const RunQuery &query);

// The attribute names a filter may use: status, name, experiment, run_id, ...
QStringList queryAttributes();

} // namespace mlwb::tracking
