#include "runquery.h"

#include "queryattributes.h"
#include "queryparser.h"
#include "sqlregexp.h"

#include <algorithm>
#include <iterator>

namespace mlwb::tracking {

namespace {

using namespace Qt::StringLiterals;

Result<store::Statement> prepare(store::Database &db, const CompiledQuery &q) {
    MLWB_TRY(registerRegexpFunction(db));
    MLWB_ASSIGN_OR_RETURN(store::Statement st, db.prepare(q.sql));
    for (qsizetype i = 0; i < q.binds.size(); ++i)
        st.bind(int(i) + 1, q.binds.at(i));
    return st;
}

Status appendIds(store::Database &db, const CompiledQuery &q, QList<qint64> &ids) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st, prepare(db, q));
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            return {};
        ids.append(st.int64(0));
    }
}

void setLimit(CompiledQuery &q, qint64 limit, qint64 offset) {
    q.binds[q.binds.size() - 2] = limit;
    q.binds[q.binds.size() - 1] = offset;
}

// How far the first page may read the sort key's index before sorting every match (the general
// statement) is the cheaper way: a filter that passes fewer than 1 in kScanPerRow runs.
constexpr qint64 kMinScan = 5'000;
constexpr qint64 kScanPerRow = 20;

// The page from the sort key's index, or nothing if the filter passes too few runs for that.
Result<std::optional<QList<qint64>>> findKeySorted(store::Database &db, KeySortedSelect select,
                                                   int limit, int offset) {
    const qint64 end = qint64(offset) + limit;
    select.cutoff.binds.last() = qMax(kMinScan, kScanPerRow * end);
    MLWB_ASSIGN_OR_RETURN(store::Statement cutoff, prepare(db, select.cutoff));
    MLWB_ASSIGN_OR_RETURN(const bool many, cutoff.step());
    QList<qint64> ids;
    ids.reserve(end);
    if (many) {
        // Runs past the cutoff sort after every run before it, so a full page before the
        // cutoff is the page.
        select.havingKeyBefore.binds[select.havingKeyBefore.binds.size() - 3] = cutoff.value(0);
        setLimit(select.havingKeyBefore, end, 0);
        MLWB_TRY(appendIds(db, select.havingKeyBefore, ids));
        if (ids.size() < end)
            return std::nullopt;
        return ids.mid(offset);
    }
    // Few runs have the key: all of them in order, then the runs lacking it.
    setLimit(select.havingKey, end, 0);
    MLWB_TRY(appendIds(db, select.havingKey, ids));
    const qint64 having = ids.size();
    ids = ids.mid(qMin<qint64>(offset, having));
    if (having >= end)
        return ids;
    setLimit(select.lackingKey, limit - ids.size(), qMax<qint64>(0, offset - having));
    MLWB_TRY(appendIds(db, select.lackingKey, ids));
    return ids;
}

// The page from the start time index, or nothing if the filter passes too few runs for that.
Result<std::optional<QList<qint64>>> findNewestFirst(store::Database &db, NewestFirstSelect select,
                                                     int limit, int offset) {
    const qint64 end = qint64(offset) + limit;
    select.cutoff.binds.last() = qMax(kMinScan, kScanPerRow * end);
    MLWB_ASSIGN_OR_RETURN(store::Statement cutoff, prepare(db, select.cutoff));
    MLWB_ASSIGN_OR_RETURN(const bool many, cutoff.step());
    if (!many)
        return std::nullopt; // few runs: sorting every match is as quick
    select.after.binds[select.after.binds.size() - 3] = cutoff.value(0);
    setLimit(select.after, end, 0);
    QList<qint64> ids;
    ids.reserve(end);
    MLWB_TRY(appendIds(db, select.after, ids));
    if (ids.size() < end)
        return std::nullopt;
    return ids.mid(offset);
}

QList<qint64> sortedIds(QList<qint64> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Counts the runs in every list by intersecting them: reading each key's index in a row is far
// quicker than looking up every candidate run's keys one by one.
Result<qint64> countKeyedRunIds(store::Database &db, const QList<CompiledQuery> &selects,
                                bool trashedOnly) {
    QList<qint64> matched;
    for (qsizetype i = 0; i < selects.size(); ++i) {
        QList<qint64> ids;
        MLWB_TRY(appendIds(db, selects.at(i), ids));
        ids = sortedIds(std::move(ids));
        if (i == 0) {
            matched = std::move(ids);
        } else {
            QList<qint64> both;
            std::ranges::set_intersection(matched, ids, std::back_inserter(both));
            matched = std::move(both);
        }
        if (matched.isEmpty())
            return 0;
    }
    QList<qint64> trashed;
    MLWB_TRY(appendIds(db, {u"SELECT id FROM runs WHERE deleted_at IS NOT NULL"_s, {}}, trashed));
    trashed = sortedIds(std::move(trashed));
    QList<qint64> result;
    if (trashedOnly)
        std::ranges::set_intersection(matched, trashed, std::back_inserter(result));
    else
        std::ranges::set_difference(matched, trashed, std::back_inserter(result));
    return result.size();
}

} // namespace

Result<RunQuery> RunQuery::parse(const QString &filter, const QString &sort) {
    RunQuery q;
    MLWB_ASSIGN_OR_RETURN(q.filter, parseQueryFilter(filter));
    MLWB_ASSIGN_OR_RETURN(q.sort, parseQuerySort(sort));
    return q;
}

Result<QList<qint64>> findRuns(store::Database &db, const RunQuery &query, int limit, int offset) {
    offset = qMax(0, offset);
    if (limit == 0)
        return QList<qint64>();
    if (limit > 0) {
        if (std::optional<KeySortedSelect> select = compileKeySortedSelect(query, limit, offset)) {
            MLWB_ASSIGN_OR_RETURN(std::optional<QList<qint64>> page,
                                  findKeySorted(db, std::move(*select), limit, offset));
            if (page)
                return std::move(*page);
        }
        if (std::optional<NewestFirstSelect> select =
                compileNewestFirstSelect(query, limit, offset)) {
            MLWB_ASSIGN_OR_RETURN(std::optional<QList<qint64>> page,
                                  findNewestFirst(db, std::move(*select), limit, offset));
            if (page)
                return std::move(*page);
        }
    }
    MLWB_ASSIGN_OR_RETURN(const CompiledQuery q, compileSelectIds(query, limit, offset));
    MLWB_ASSIGN_OR_RETURN(store::Statement st, prepare(db, q));
    QList<qint64> ids;
    if (limit > 0)
        ids.reserve(limit);
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            return ids;
        ids.append(st.int64(0));
    }
}

Result<qint64> countRuns(store::Database &db, const RunQuery &query) {
    if (const std::optional<QList<CompiledQuery>> selects = compileKeyedRunIds(query))
        return countKeyedRunIds(db, *selects, query.trashedOnly);
    MLWB_ASSIGN_OR_RETURN(const CompiledQuery q, compileCount(query));
    MLWB_ASSIGN_OR_RETURN(store::Statement st, prepare(db, q));
    MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
    return row ? st.int64(0) : 0;
}

QStringList queryAttributes() {
    QStringList names;
    for (const QueryAttribute &a : queryAttributeTable())
        names.append(a.name);
    return names;
}

} // namespace mlwb::tracking
