#include "syntheticruns.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <cmath>

namespace mlwb::tracking {

namespace {

using namespace Qt::StringLiterals;

QString hex(QRandomGenerator &rng, int digits) {
    QString s;
    while (s.size() < digits)
        s += QStringLiteral("%1").arg(rng.generate64(), 16, 16, QLatin1Char('0'));
    return s.left(digits);
}

struct Statements {
    store::Statement experiment;
    store::Statement run;
    store::Statement param;
    store::Statement metric;
    store::Statement tag;
};

Result<Statements> prepareAll(store::Database &db) {
    Statements s;
    MLWB_ASSIGN_OR_RETURN(s.experiment,
                          db.prepare(u"INSERT INTO experiments(name, created_at) VALUES (?1, ?2) "
                                     "ON CONFLICT(name) DO UPDATE SET name = name RETURNING id"_s));
    MLWB_ASSIGN_OR_RETURN(
        s.run, db.prepare(u"INSERT INTO runs(uuid, experiment_id, parent_id, name, status, "
                          "start_time, end_time, command, exit_code, host, git_commit) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'python train.py', ?8, ?9, ?10)"_s));
    MLWB_ASSIGN_OR_RETURN(
        s.param,
        db.prepare(u"INSERT INTO params(run_id, key, type, value) VALUES (?1, ?2, ?3, ?4)"_s));
    MLWB_ASSIGN_OR_RETURN(
        s.metric, db.prepare(u"INSERT INTO metric_summary(run_id, key, last_value, last_step, "
                             "last_time, min_value, max_value, count) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"_s));
    MLWB_ASSIGN_OR_RETURN(
        s.tag, db.prepare(u"INSERT INTO tags(run_id, key, value) VALUES (?1, 'stage', ?2)"_s));
    return s;
}

Status insertParams(Statements &s, QRandomGenerator &rng, qint64 runId, const QStringList &keys) {
    const auto params = int(keys.size());
    static const QString kOptimizers[] = {u"adam"_s, u"adamw"_s, u"sgd"_s, u"rmsprop"_s, u"lion"_s};
    for (int j = 0; j < params; ++j) {
        s.param.bind(1, runId).bind(2, keys.at(j));
        switch (j % 4) {
        case 0:
            s.param.bind(3, "float").bind(4, std::pow(10.0, -1.0 - 4.0 * rng.generateDouble()));
            break;
        case 1:
            s.param.bind(3, "int").bind(4, qint64(1) << rng.bounded(0, 11));
            break;
        case 2:
            s.param.bind(3, "string").bind(4, kOptimizers[rng.bounded(5)]);
            break;
        default:
            s.param.bind(3, "bool").bind(4, qint64(rng.bounded(2)));
        }
        MLWB_TRY(s.param.exec());
    }
    return {};
}

Status insertMetrics(Statements &s, QRandomGenerator &rng, qint64 runId, const QStringList &keys,
                     double time) {
    const auto metrics = int(keys.size());
    for (int j = 0; j < metrics; ++j) {
        const double last = rng.generateDouble();
        const qint64 count = rng.bounded(10, 1000);
        s.metric.bind(1, runId).bind(2, keys.at(j));
        if (rng.bounded(100) == 0)
            s.metric.bindNull(3); // a run whose metric was only ever NaN
        else
            s.metric.bind(3, last);
        s.metric.bind(4, count - 1)
            .bind(5, time)
            .bind(6, last * rng.generateDouble())
            .bind(7, last + (1 - last) * rng.generateDouble())
            .bind(8, count);
        MLWB_TRY(s.metric.exec());
    }
    return {};
}

// Bulk inserts into indexed tables touch index pages all over the file; building the indexes
// once afterwards from sorted data is several times faster. Returns the dropped indexes' SQL.
Result<QStringList> dropSecondaryIndexes(store::Database &db) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        db.prepare(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                   "AND tbl_name IN ('runs', 'params', 'metric_summary', 'tags')"_s));
    QStringList names;
    QStringList sql;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        names.append(st.text(0));
        sql.append(st.text(1));
    }
    st.reset();
    for (const QString &name : std::as_const(names))
        MLWB_TRY(db.exec(u"DROP INDEX \"%1\""_s.arg(name)));
    return sql;
}

} // namespace

QString syntheticParamKey(int index) {
    static const QString kFirst[] = {u"lr"_s, u"batch_size"_s, u"optimizer"_s, u"use_amp"_s};
    return index < 4 ? kFirst[index] : u"p"_s + QString::number(index);
}

QString syntheticMetricKey(int index) {
    static const QString kFirst[] = {u"val_loss"_s, u"train_loss"_s, u"accuracy"_s};
    return index < 3 ? kFirst[index] : u"m"_s + QString::number(index);
}

Status generateSyntheticRuns(store::Database &db, int runs, int params, int metrics, quint32 seed) {
    QRandomGenerator rng(seed);
    MLWB_ASSIGN_OR_RETURN(const QVariant cacheSize, db.scalar(u"PRAGMA cache_size"_s));
    MLWB_TRY(db.exec(u"PRAGMA cache_size = -262144"_s)); // 256 MiB while the indexes are built
    const auto restoreCache = qScopeGuard(
        [&] { (void)db.exec(u"PRAGMA cache_size = %1"_s.arg(cacheSize.toLongLong())); });
    MLWB_ASSIGN_OR_RETURN(store::Transaction tx, store::Transaction::begin(db));
    MLWB_ASSIGN_OR_RETURN(const QStringList indexes, dropSecondaryIndexes(db));
    MLWB_ASSIGN_OR_RETURN(Statements s, prepareAll(db));
    const double base = 1.7e9;
    qint64 experimentIds[10];
    for (int e = 0; e < 10; ++e) {
        s.experiment.bind(1, u"experiment-"_s + QString::number(e)).bind(2, base);
        MLWB_ASSIGN_OR_RETURN(const bool row, s.experiment.step());
        Q_ASSERT(row);
        experimentIds[e] = s.experiment.int64(0);
        s.experiment.reset();
    }
    QStringList commits;
    for (int c = 0; c < 50; ++c)
        commits.append(hex(rng, 40));
    static const char *const kStatuses[] = {"finished", "failed", "killed", "running"};
    static const QString kStages[] = {u"dev"_s, u"staging"_s, u"prod"_s};
    QStringList paramKeys;
    for (int j = 0; j < params; ++j)
        paramKeys.append(syntheticParamKey(j));
    QStringList metricKeys;
    for (int j = 0; j < metrics; ++j)
        metricKeys.append(syntheticMetricKey(j));
    qint64 firstRunId = -1;
    for (int i = 0; i < runs; ++i) {
        const int roll = int(rng.bounded(100));
        const int status = roll < 70 ? 0 : (roll < 85 ? 1 : (roll < 95 ? 2 : 3));
        const double start = base + i * 60.0 + rng.bounded(60);
        const double end = start + rng.bounded(60, 36000);
        s.run.bind(1, hex(rng, 32))
            .bind(2, experimentIds[rng.bounded(10)])
            .bind(4, u"run-"_s + QString::number(i))
            .bind(5, kStatuses[status])
            .bind(6, start)
            .bind(9, u"host-"_s + QString::number(rng.bounded(4)))
            .bind(10, commits.at(rng.bounded(50)));
        if (firstRunId >= 0 && rng.bounded(20) == 0)
            s.run.bind(3, firstRunId + rng.bounded(i));
        if (status != 3)
            s.run.bind(7, end);
        if (status < 2)
            s.run.bind(8, status);
        MLWB_TRY(s.run.exec());
        const qint64 runId = db.lastInsertRowId();
        if (firstRunId < 0)
            firstRunId = runId;
        MLWB_TRY(insertParams(s, rng, runId, paramKeys));
        MLWB_TRY(insertMetrics(s, rng, runId, metricKeys, status == 3 ? start : end));
        s.tag.bind(1, runId).bind(2, kStages[rng.bounded(3)]);
        MLWB_TRY(s.tag.exec());
    }
    for (const QString &sql : indexes)
        MLWB_TRY(db.exec(sql));
    if (auto r = tx.commit(); !r)
        return fail(QCoreApplication::translate("mlwb", "add %1 generated runs to %2")
                        .arg(runs)
                        .arg(db.path()),
                    r.error().why);
    return {};
}

} // namespace mlwb::tracking
