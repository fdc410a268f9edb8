// W1: ingesting 1M metric points (100k steps x 10 keys).
// The limit is SQLite itself: prepared INSERTs of bare rows in one transaction.

#include "benchdata.h"
#include "project/project.h"
#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace mlwb;

namespace {

const bench::IngestData &data() {
    static const bench::IngestData d(bench::envInt("MLWB_BENCH_W1_STEPS", 100'000));
    return d;
}

struct CloseDb {
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
struct Finalize {
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};

void check(int rc, sqlite3 *db, const char *what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

void BM_W1_RawSqliteInsert(benchmark::State &state) {
    const bench::IngestData &d = data();
    for (auto _ : state) {
        state.PauseTiming();
        auto tmp = std::make_unique<QTemporaryDir>();
        const QByteArray path = tmp->filePath(u"raw.db"_s).toUtf8();
        sqlite3 *raw = nullptr;
        check(sqlite3_open(path.constData(), &raw), raw, "open");
        std::unique_ptr<sqlite3, CloseDb> db(raw);
        check(sqlite3_exec(db.get(),
                           "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                           "CREATE TABLE points(series_id INTEGER, step INTEGER, time REAL, "
                           "value REAL)",
                           nullptr, nullptr, nullptr),
              db.get(), "create");
        state.ResumeTiming();

        check(sqlite3_exec(db.get(), "BEGIN", nullptr, nullptr, nullptr), db.get(), "begin");
        sqlite3_stmt *st = nullptr;
        check(sqlite3_prepare_v2(db.get(), "INSERT INTO points VALUES (?1, ?2, ?3, ?4)", -1, &st,
                                 nullptr),
              db.get(), "prepare");
        std::unique_ptr<sqlite3_stmt, Finalize> insert(st);
        for (int s = 0; s < d.steps; ++s) {
            for (int k = 0; k < d.keys; ++k) {
                sqlite3_bind_int64(st, 1, k + 1);
                sqlite3_bind_int64(st, 2, s);
                sqlite3_bind_double(st, 3, d.times[s]);
                sqlite3_bind_double(st, 4, d.values[size_t(s) * d.keys + k]);
                check(sqlite3_step(st), db.get(), "insert");
                sqlite3_reset(st);
            }
        }
        insert.reset();
        check(sqlite3_exec(db.get(), "COMMIT", nullptr, nullptr, nullptr), db.get(), "commit");

        state.PauseTiming();
        db.reset();
        tmp.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * d.points());
}

struct FreshRun {
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::optional<Project> project;
    qint64 runId = 0;

    FreshRun() {
        project.emplace(bench::must(Project::init(dir->path()), "init project"));
        tracking::TrackingStore store(project->db());
        tracking::NewRun spec;
        spec.experiment = u"bench"_s;
        runId = bench::must(store.createRun(spec), "create run").id;
    }
};

const QList<QString> &keys() {
    static const QList<QString> k = [] {
        QList<QString> l;
        for (int i = 0; i < bench::IngestData::keys; ++i)
            l.append(u"metric/%1"_s.arg(i));
        return l;
    }();
    return k;
}

// The logging API a training loop calls: one point at a time, flushed by policy.
void BM_W1_MetricWriterLog(benchmark::State &state) {
    const bench::IngestData &d = data();
    for (auto _ : state) {
        state.PauseTiming();
        auto run = std::make_unique<FreshRun>();
        state.ResumeTiming();
        {
            tracking::MetricWriter writer(run->project->db(), run->runId);
            for (int s = 0; s < d.steps; ++s)
                for (int k = 0; k < d.keys; ++k)
                    bench::must(
                        writer.log(keys()[k], s, d.values[size_t(s) * d.keys + k], d.times[s]),
                        "log");
            bench::must(writer.flush(), "flush");
        }
        state.PauseTiming();
        run.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * d.points());
}

// Whole series at once, as importers do.
void BM_W1_MetricWriterLogSeries(benchmark::State &state) {
    const bench::IngestData &d = data();
    std::vector<qint64> steps(d.steps);
    for (int s = 0; s < d.steps; ++s)
        steps[s] = s;
    std::vector<std::vector<double>> series(d.keys, std::vector<double>(d.steps));
    for (int s = 0; s < d.steps; ++s)
        for (int k = 0; k < d.keys; ++k)
            series[k][s] = d.values[size_t(s) * d.keys + k];
    for (auto _ : state) {
        state.PauseTiming();
        auto run = std::make_unique<FreshRun>();
        state.ResumeTiming();
        {
            tracking::MetricWriter writer(run->project->db(), run->runId);
            for (int k = 0; k < d.keys; ++k)
                bench::must(writer.logSeries(keys()[k], steps, d.times, series[k]), "logSeries");
            bench::must(writer.flush(), "flush");
        }
        state.PauseTiming();
        run.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * d.points());
}

} // namespace

BENCHMARK(BM_W1_RawSqliteInsert)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);
BENCHMARK(BM_W1_MetricWriterLog)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);
BENCHMARK(BM_W1_MetricWriterLogSeries)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

BENCHMARK_MAIN();
