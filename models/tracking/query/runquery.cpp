#include "runquery.h"

#include "queryattributes.h"
#include "queryparser.h"
#include "sqlregexp.h"

namespace mlwb::tracking {

namespace {

Result<store::Statement> prepare(store::Database &db, const CompiledQuery &q) {
    MLWB_TRY(registerRegexpFunction(db));
    MLWB_ASSIGN_OR_RETURN(store::Statement st, db.prepare(q.sql));
    for (qsizetype i = 0; i < q.binds.size(); ++i)
        st.bind(int(i) + 1, q.binds.at(i));
    return st;
}

} // namespace

Result<RunQuery> RunQuery::parse(const QString &filter, const QString &sort) {
    RunQuery q;
    MLWB_ASSIGN_OR_RETURN(q.filter, parseQueryFilter(filter));
    MLWB_ASSIGN_OR_RETURN(q.sort, parseQuerySort(sort));
    return q;
}

Result<QList<qint64>> findRuns(store::Database &db, const RunQuery &query, int limit, int offset) {
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
