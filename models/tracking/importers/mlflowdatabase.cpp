#include "mlflowdatabase.h"

#include <limits>

namespace mlwb::tracking::importers {

namespace {

std::optional<qint64> optionalInt(const store::Statement &st, int col) {
    return st.isNull(col) ? std::nullopt : std::optional(st.int64(col));
}

} // namespace

Result<MlflowDatabase> MlflowDatabase::open(const QString &path) {
    MLWB_ASSIGN_OR_RETURN(store::Database db,
                          store::Database::open(path, store::Database::Mode::ReadOnly));
    MlflowDatabase mlflow(std::move(db));
    for (const char *table : {"experiments", "runs", "params", "tags", "metrics"}) {
        MLWB_ASSIGN_OR_RETURN(const QSet<QString> cols, mlflow.columns(QLatin1String(table)));
        if (cols.isEmpty())
            return fail(importTr("import MLflow runs from %1").arg(path),
                        importTr("the database has no table \"%1\"").arg(QLatin1String(table)),
                        importTr("choose the database given to MLflow's --backend-store-uri"));
    }
    return mlflow;
}

Result<QSet<QString>> MlflowDatabase::columns(const QString &table) {
    if (const auto it = m_columns.constFind(table); it != m_columns.cend())
        return *it;
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
    QSet<QString> cols;
    while (true) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        cols.insert(st.text(1));
    }
    m_columns.insert(table, cols);
    return cols;
}

QString MlflowDatabase::column(const QString &table, const QString &name, const QString &fallback) {
    return m_columns.value(table).contains(name) ? name : fallback;
}

Result<MlflowListing> MlflowDatabase::list() {
    MlflowListing listing;
    QHash<QString, QString> names; // experiment id -> name of the active ones
    const QString stage = column(QStringLiteral("experiments"), QStringLiteral("lifecycle_stage"),
                                 QStringLiteral("'active'"));
    MLWB_ASSIGN_OR_RETURN(store::Statement exps,
                          m_db.prepare(QStringLiteral("SELECT experiment_id, name, %1 FROM "
                                                      "experiments ORDER BY experiment_id")
                                           .arg(stage)));
    while (true) {
        MLWB_ASSIGN_OR_RETURN(const bool row, exps.step());
        if (!row)
            break;
        if (exps.text(2) == u"deleted")
            continue;
        names.insert(exps.text(0), exps.text(1));
        listing.experiments.append(exps.text(1));
    }
    // Oldest first, so a parent run is imported before its children.
    MLWB_ASSIGN_OR_RETURN(store::Statement runs,
                          m_db.prepare(QStringLiteral("SELECT run_uuid, experiment_id FROM runs "
                                                      "ORDER BY start_time, run_uuid")));
    while (true) {
        MLWB_ASSIGN_OR_RETURN(const bool row, runs.step());
        if (!row)
            break;
        const auto it = names.constFind(runs.text(1));
        if (it != names.cend())
            listing.runs.append({runs.text(0), *it});
    }
    return listing;
}

Result<ImportedRun> MlflowDatabase::readRun(const MlflowRunRef &ref) {
    const QString runs = QStringLiteral("runs");
    // run_name arrived in MLflow 1.29; older databases keep the name in `name`.
    const QString name = column(runs, QStringLiteral("run_name"),
                                column(runs, QStringLiteral("name"), QStringLiteral("''")));
    const QString stage =
        column(runs, QStringLiteral("lifecycle_stage"), QStringLiteral("'active'"));
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_db.prepare(QStringLiteral("SELECT run_uuid, %1, status, start_time, "
                                                      "end_time, %2 FROM runs WHERE run_uuid = ?1")
                                           .arg(name, stage)));
    st.bind(1, ref.location);
    MLWB_ASSIGN_OR_RETURN(const bool found, st.step());
    if (!found)
        return fail(importTr("run %1").arg(ref.location), importTr("it vanished while importing"));
    MlflowRunFields fields{st.text(0), st.text(1),         st.text(2),
                           st.text(5), optionalInt(st, 3), optionalInt(st, 4)};

    QList<Param> params;
    MLWB_ASSIGN_OR_RETURN(store::Statement ps,
                          m_db.prepare(QStringLiteral("SELECT key, value FROM params WHERE "
                                                      "run_uuid = ?1 ORDER BY key")));
    ps.bind(1, ref.location);
    while (true) {
        MLWB_ASSIGN_OR_RETURN(const bool row, ps.step());
        if (!row)
            break;
        params.append({ps.text(0), parseParamValue(ps.text(1))});
    }
    QList<Tag> tags;
    MLWB_ASSIGN_OR_RETURN(store::Statement ts,
                          m_db.prepare(QStringLiteral("SELECT key, value FROM tags WHERE "
                                                      "run_uuid = ?1 ORDER BY key")));
    ts.bind(1, ref.location);
    while (true) {
        MLWB_ASSIGN_OR_RETURN(const bool row, ts.step());
        if (!row)
            break;
        tags.append({ts.text(0), ts.text(1)});
    }

    ImportedRun run;
    const QString metrics = QStringLiteral("metrics");
    const QString step = column(metrics, QStringLiteral("step"), QStringLiteral("0"));
    const QString isNan = column(metrics, QStringLiteral("is_nan"), QStringLiteral("0"));
    MLWB_ASSIGN_OR_RETURN(
        store::Statement ms,
        m_db.prepare(QStringLiteral("SELECT key, value, timestamp, %1, %2 FROM metrics WHERE "
                                    "run_uuid = ?1 ORDER BY key, timestamp, 4")
                         .arg(step, isNan)));
    ms.bind(1, ref.location);
    while (true) {
        MLWB_ASSIGN_OR_RETURN(const bool row, ms.step());
        if (!row)
            break;
        const QString key = ms.text(0);
        if (run.series.isEmpty() || run.series.last().key != key)
            run.series.append(ImportedSeries{key, {}, {}, {}});
        ImportedSeries &s = run.series.last();
        s.steps.push_back(ms.int64(3));
        s.times.push_back(double(ms.int64(2)) / 1000.0);
        s.values.push_back(ms.int64(4) ? std::numeric_limits<double>::quiet_NaN() : ms.real(1));
    }
    if (auto filled =
            fillMlflowRun(run, fields, ref.experiment, std::move(params), std::move(tags));
        !filled)
        return std::unexpected(withContext(filled.error(), importTr("run %1").arg(ref.location)));
    return run;
}

} // namespace mlwb::tracking::importers
