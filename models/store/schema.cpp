#include "schema.h"

#include "migrations/v2_datasets.h"
#include "migrations/v3_registry.h"
#include "migrations/v4_deploy.h"

#include <QCoreApplication>
#include <QFile>

namespace mlwb::store {

namespace {

// Version 1: tracking. Metric points are stored in blocks (one row per
// flushed batch of one series) with the block's extremes beside the packed
// arrays, so a run summary and a decimated curve never read raw points.
constexpr Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE experiments(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL
);
CREATE TABLE runs(
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'failed', 'killed')),
    start_time REAL NOT NULL,
    end_time REAL,
    command TEXT NOT NULL DEFAULT '',
    exit_code INTEGER,
    host TEXT NOT NULL DEFAULT '',
    pid INTEGER,
    git_commit TEXT NOT NULL DEFAULT '',
    git_dirty INTEGER NOT NULL DEFAULT 0,
    git_patch TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    source TEXT,
    deleted_at REAL
);
CREATE INDEX runs_by_experiment ON runs(experiment_id, start_time);
CREATE INDEX runs_by_start ON runs(start_time);
-- Live runs (deleted_at IS NULL) newest first, and their count, without reading the rows.
CREATE INDEX runs_by_deleted_start ON runs(deleted_at, start_time);
CREATE INDEX runs_by_parent ON runs(parent_id) WHERE parent_id IS NOT NULL;
CREATE UNIQUE INDEX runs_by_source ON runs(source) WHERE source IS NOT NULL;

CREATE TABLE params(
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('int', 'float', 'string', 'bool')),
    value,
    PRIMARY KEY (run_id, key)
) WITHOUT ROWID;
CREATE INDEX params_by_key_value ON params(key, value);

CREATE TABLE tags(
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (run_id, key)
) WITHOUT ROWID;
CREATE INDEX tags_by_key_value ON tags(key, value);

CREATE TABLE metric_series(
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    UNIQUE (run_id, key)
);

-- steps: int64[n], times: float64[n] (unix seconds), vals: float64[n],
-- little-endian, in logging order. vmin/vmax/v_last skip NaN (NULL if none).
CREATE TABLE metric_blocks(
    id INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES metric_series(id) ON DELETE CASCADE,
    n INTEGER NOT NULL CHECK (n > 0),
    step_first INTEGER NOT NULL,
    step_last INTEGER NOT NULL,
    step_min INTEGER NOT NULL,
    step_max INTEGER NOT NULL,
    time_first REAL NOT NULL,
    time_last REAL NOT NULL,
    vmin REAL,
    vmax REAL,
    v_last REAL,
    steps BLOB NOT NULL,
    times BLOB NOT NULL,
    vals BLOB NOT NULL
);
CREATE INDEX metric_blocks_by_series ON metric_blocks(series_id, id);

CREATE TABLE metric_summary(
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    last_value REAL,
    last_step INTEGER NOT NULL,
    last_time REAL NOT NULL,
    min_value REAL,
    max_value REAL,
    count INTEGER NOT NULL,
    PRIMARY KEY (run_id, key)
) WITHOUT ROWID;
CREATE INDEX metric_summary_by_key_last ON metric_summary(key, last_value);

-- Every writer (C++, Python, importers) inserts blocks only; the summary
-- follows from them here, so there is one definition of "last/min/max".
CREATE TRIGGER metric_blocks_summarise AFTER INSERT ON metric_blocks
BEGIN
    INSERT INTO metric_summary(run_id, key, last_value, last_step, last_time,
                               min_value, max_value, count)
    SELECT s.run_id, s.key, NEW.v_last, NEW.step_last, NEW.time_last, NEW.vmin, NEW.vmax, NEW.n
    FROM metric_series s WHERE s.id = NEW.series_id
    ON CONFLICT (run_id, key) DO UPDATE SET
        last_value = CASE WHEN excluded.last_step >= last_step THEN excluded.last_value
                          ELSE last_value END,
        last_time = CASE WHEN excluded.last_step >= last_step THEN excluded.last_time
                         ELSE last_time END,
        last_step = max(last_step, excluded.last_step),
        min_value = coalesce(min(min_value, excluded.min_value), min_value, excluded.min_value),
        max_value = coalesce(max(max_value, excluded.max_value), max_value, excluded.max_value),
        count = count + excluded.count;
END;

CREATE TABLE artifacts(
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (run_id, path)
) WITHOUT ROWID;
CREATE INDEX artifacts_by_hash ON artifacts(hash);
)sql"},
    {2, migrations::kDatasets},
    {3, migrations::kRegistry},
    {4, migrations::kDeploy},
};

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

Result<int> userVersion(Database &db) {
    MLWB_ASSIGN_OR_RETURN(const QVariant v, db.scalar(QStringLiteral("PRAGMA user_version")));
    return v.toInt();
}

Status backup(Database &db, int version) {
    const QString target = db.path() + QStringLiteral(".v%1.bak").arg(version);
    QFile::remove(target);
    MLWB_ASSIGN_OR_RETURN(store::Statement st, db.prepare(QStringLiteral("VACUUM INTO ?1")));
    st.bind(1, target);
    if (auto r = st.exec(); !r)
        return fail(tr("back up %1 before upgrading it").arg(db.path()), r.error().why,
                    tr("free some disk space next to the project and try again"));
    return {};
}

} // namespace

std::span<const Migration> projectMigrations() {
    return kMigrations;
}

int latestSchemaVersion() {
    return std::end(kMigrations)[-1].version;
}

Status migrate(Database &db, std::span<const Migration> migrations) {
    MLWB_ASSIGN_OR_RETURN(const int current, userVersion(db));
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (current > latest)
        return fail(tr("open %1").arg(db.path()),
                    tr("the database has schema version %1, but this version of ML Workbench "
                       "knows versions up to %2")
                        .arg(current)
                        .arg(latest),
                    tr("open it with a newer ML Workbench; nothing was changed"));
    if (current == latest)
        return {};
    if (current > 0)
        MLWB_TRY(backup(db, current));
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        MLWB_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(db));
        // Another process may have migrated while we waited for the write lock.
        MLWB_ASSIGN_OR_RETURN(const int now, userVersion(db));
        if (now >= m.version)
            continue;
        if (auto r = db.exec(QString::fromUtf8(m.sql)); !r)
            return fail(tr("upgrade %1 to schema version %2").arg(db.path()).arg(m.version),
                        r.error().why);
        MLWB_TRY(db.exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version)));
        MLWB_TRY(tx.commit());
    }
    return {};
}

} // namespace mlwb::store
