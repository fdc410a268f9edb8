#include "runrowloader.h"

#include "tracking/trackingstore.h"

#include <QCoreApplication>

#include <cmath>

namespace mlwb::itemmodels {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

std::optional<double> optionalReal(const store::Statement &st, int col) {
    if (st.isNull(col))
        return std::nullopt;
    return st.real(col);
}

Result<store::Statement> prepareFor(store::Database &db, const QString &sql,
                                    const QList<qint64> &ids) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st, db.prepare(sql));
    st.bindIds(1, ids);
    return st;
}

// Runs `sql` over the ids and hands each result row to `apply` with the run named by column 0.
template <typename Apply>
Status forEachRunRow(store::Database &db, const QString &sql, const QList<qint64> &ids,
                     QHash<qint64, RunRow> &byId, Apply apply) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st, prepareFor(db, sql, ids));
    while (true) {
        MLWB_ASSIGN_OR_RETURN(const bool more, st.step());
        if (!more)
            return {};
        if (auto it = byId.find(st.int64(0)); it != byId.end())
            apply(*it, st);
    }
}

} // namespace

Result<QList<RunRow>> loadRunRows(store::Database &db, const QList<qint64> &ids, bool trashed) {
    if (ids.isEmpty())
        return QList<RunRow>{};
    QHash<qint64, RunRow> byId;
    byId.reserve(ids.size());
    {
        MLWB_ASSIGN_OR_RETURN(
            store::Statement st,
            prepareFor(
                db,
                QStringLiteral("SELECT r.id, r.uuid, r.name, e.name, r.status, r.start_time, "
                               "r.end_time, r.git_commit FROM runs r JOIN experiments e ON "
                               "e.id = r.experiment_id WHERE r.id IN (SELECT value FROM "
                               "json_each(?1)) AND (r.deleted_at IS NULL) = (?2 = 0)"),
                ids));
        st.bind(2, trashed ? 1 : 0);
        while (true) {
            MLWB_ASSIGN_OR_RETURN(const bool more, st.step());
            if (!more)
                break;
            RunRow row;
            row.id = st.int64(0);
            row.uuid = st.text(1);
            row.name = st.text(2);
            row.experiment = st.text(3);
            row.status =
                tracking::runStatusFromString(st.text(4)).value_or(tracking::RunStatus::Failed);
            row.startTime = st.real(5);
            row.endTime = optionalReal(st, 6);
            row.gitCommit = st.text(7);
            byId.insert(row.id, std::move(row));
        }
    }
    MLWB_TRY(forEachRunRow(db,
                           QStringLiteral("SELECT run_id, key, type, value FROM params WHERE "
                                          "run_id IN (SELECT value FROM json_each(?1))"),
                           ids, byId, [](RunRow &row, const store::Statement &st) {
                               row.params.insert(st.text(1),
                                                 tracking::paramValueFromRow(st, st.text(2), 3));
                           }));
    MLWB_TRY(forEachRunRow(
        db,
        QStringLiteral("SELECT run_id, key, last_value, min_value, max_value, last_step FROM "
                       "metric_summary WHERE run_id IN (SELECT value FROM json_each(?1))"),
        ids, byId, [](RunRow &row, const store::Statement &st) {
            row.metrics.insert(st.text(1), RunMetric{optionalReal(st, 2), optionalReal(st, 3),
                                                     optionalReal(st, 4), st.int64(5)});
        }));
    MLWB_TRY(forEachRunRow(db,
                           QStringLiteral("SELECT run_id, key, value FROM tags WHERE run_id IN "
                                          "(SELECT value FROM json_each(?1)) ORDER BY run_id, key"),
                           ids, byId, [](RunRow &row, const store::Statement &st) {
                               row.tags.append({st.text(1), st.text(2)});
                           }));
    QList<RunRow> rows;
    rows.reserve(byId.size());
    for (qint64 id : ids) {
        if (auto it = byId.find(id); it != byId.end())
            rows.append(std::move(*it));
    }
    return rows;
}

Result<QList<qint64>> runningRunIds(store::Database &db) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          db.prepare(QStringLiteral("SELECT id FROM runs WHERE status = "
                                                    "'running' AND deleted_at IS NULL")));
    QList<qint64> ids;
    while (true) {
        auto more = st.step();
        if (!more)
            return std::unexpected(withContext(more.error(), tr("list running runs")));
        if (!*more)
            break;
        ids.append(st.int64(0));
    }
    return ids;
}

} // namespace mlwb::itemmodels
