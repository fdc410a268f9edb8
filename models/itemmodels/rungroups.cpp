#include "rungroups.h"

#include "tracking/query/sqlregexp.h"

#include <QCoreApplication>
#include <QSet>

namespace mlwb::itemmodels {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

bool byExperiment(const QString &groupBy) {
    return groupBy == QLatin1String("experiment");
}

Result<QString> paramKey(const QString &groupBy) {
    const QLatin1String prefix("params.");
    if (!groupBy.startsWith(prefix) || groupBy.size() == prefix.size())
        return fail(tr("Group runs"), tr("cannot group by \"%1\"").arg(groupBy),
                    tr("Group by experiment or by a param, e.g. params.lr."));
    return groupBy.mid(prefix.size());
}

Result<store::Statement> prepare(store::Database &db, const QString &sql,
                                 const QVariantList &binds) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st, db.prepare(sql));
    for (qsizetype i = 0; i < binds.size(); ++i)
        st.bind(int(i) + 1, binds.at(i));
    return st;
}

QVariant columnValue(const store::Statement &st, int col) {
    if (st.isNull(col))
        return {};
    return st.value(col);
}

} // namespace

Result<QList<RunGroup>> groupRuns(store::Database &db, const tracking::RunQuery &query,
                                  const QString &groupBy) {
    // The matching runs become a CTE; its placeholders come first, the group's after.
    MLWB_ASSIGN_OR_RETURN(tracking::CompiledQuery matching,
                          tracking::compileSelectIds(query, -1, 0));
    MLWB_TRY(tracking::registerRegexpFunction(db)); // a filter may use regexp()
    QString sql = QStringLiteral("WITH m(id) AS (") + matching.sql + QStringLiteral(") ");
    QVariantList binds = matching.binds;
    const bool experiment = byExperiment(groupBy);
    if (experiment) {
        sql += QStringLiteral("SELECT e.id, e.name, count(*) FROM m JOIN runs r ON r.id = m.id "
                              "JOIN experiments e ON e.id = r.experiment_id GROUP BY e.id "
                              "ORDER BY e.name");
    } else {
        MLWB_ASSIGN_OR_RETURN(const QString key, paramKey(groupBy));
        sql += QStringLiteral("SELECT g, g, count(*) FROM (SELECT (SELECT p.value FROM params p "
                              "WHERE p.run_id = m.id AND p.key = ?) AS g FROM m) GROUP BY g "
                              "ORDER BY g IS NULL, g");
        binds.append(key);
    }
    MLWB_ASSIGN_OR_RETURN(store::Statement st, prepare(db, sql, binds));
    QList<RunGroup> groups;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            return groups;
        RunGroup g;
        g.value = columnValue(st, 0);
        g.label = st.isNull(1) ? tr("(none)") : st.text(1);
        g.count = st.int64(2);
        groups.append(g);
    }
}

Result<QList<qint64>> groupMembers(store::Database &db, const tracking::RunQuery &query,
                                   const QString &groupBy, const QVariant &value, int offset,
                                   int limit) {
    tracking::RunQuery q = query;
    QString sql;
    QVariantList binds;
    if (byExperiment(groupBy)) {
        // The query layer filters by experiment itself, in its own order.
        q.experimentIds = {value.toLongLong()};
        return tracking::findRuns(db, q, limit, offset);
    }
    MLWB_ASSIGN_OR_RETURN(const QString key, paramKey(groupBy));
    sql = QStringLiteral("SELECT r.id FROM runs r LEFT JOIN params p ON p.run_id = r.id AND "
                         "p.key = ?1 WHERE p.value IS ?2");
    binds = {key, value};
    MLWB_ASSIGN_OR_RETURN(store::Statement st, prepare(db, sql, binds));
    QSet<qint64> members;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        members.insert(st.int64(0));
    }
    MLWB_ASSIGN_OR_RETURN(const QList<qint64> ordered, tracking::findRuns(db, q));
    QList<qint64> ids;
    int skipped = 0;
    for (qint64 id : ordered) {
        if (!members.contains(id))
            continue;
        if (skipped++ < offset)
            continue;
        ids.append(id);
        if (limit >= 0 && ids.size() >= limit)
            break;
    }
    return ids;
}

} // namespace mlwb::itemmodels
