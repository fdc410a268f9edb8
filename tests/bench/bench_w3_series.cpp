// W3: one 10M-point series. Drawing it reduces it to 2,000 buckets (a wide
// chart); the raw load shows what decimation saves.

#include "benchdata.h"
#include "project/project.h"
#include "tracking/metricwriter.h"
#include "tracking/seriesreader.h"
#include "tracking/trackingstore.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cmath>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace mlwb;

namespace {

// Blocks of 1,000 points: what a loop logging 1k points/s leaves with the
// writer's 1 s flush age.
constexpr int kBlock = 1000;

struct Series {
    std::unique_ptr<QTemporaryDir> tmp;
    std::optional<Project> project;
    qint64 seriesId = 0;
    qint64 points = 0;
};

void logSeries(Project &project, qint64 points) {
    tracking::TrackingStore store(project.db());
    tracking::NewRun spec;
    spec.experiment = u"bench"_s;
    const qint64 runId = bench::must(store.createRun(spec), "create run").id;
    tracking::MetricWriter writer(project.db(), runId);
    std::vector<qint64> steps(kBlock);
    std::vector<double> times(kBlock);
    std::vector<double> values(kBlock);
    quint64 x = 0x2545F4914F6CDD1DULL;
    for (qint64 from = 0; from < points; from += kBlock) {
        const qint64 n = std::min<qint64>(kBlock, points - from);
        steps.resize(n), times.resize(n), values.resize(n);
        for (qint64 i = 0; i < n; ++i) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            const qint64 step = from + i;
            steps[i] = step;
            times[i] = 1.7e9 + step * 0.001;
            values[i] = 2.0 * std::exp(-step * 3e-7) + 0.1 * (double(x >> 11) * 0x1.0p-53);
        }
        bench::must(writer.logSeries(u"train/loss"_s, steps, times, values), "log");
        bench::must(writer.flush(), "flush");
    }
}

// MLWB_BENCH_W3_PROJECT keeps the series on disk for the next run.
Series &series() {
    static Series s = [] {
        Series s;
        s.points = bench::envInt("MLWB_BENCH_W3_POINTS", 10'000'000);
        QString dir = qEnvironmentVariable("MLWB_BENCH_W3_PROJECT");
        if (dir.isEmpty()) {
            s.tmp = std::make_unique<QTemporaryDir>();
            dir = s.tmp->path();
        }
        const QByteArray stamp =
            bench::dataStamp("w3 series 1 block " + QByteArray::number(kBlock) + " points " +
                             QByteArray::number(s.points));
        const bool cached = bench::reuseCachedProject(dir, stamp);
        s.project.emplace(bench::must(Project::init(dir), "init project"));
        if (!cached) {
            logSeries(*s.project, s.points);
            bench::must(s.project->db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s), "checkpoint");
            bench::markCachedProject(dir, stamp);
        }
        const QVariant id = bench::must(
            s.project->db().scalar(u"SELECT id FROM metric_series WHERE key = 'train/loss'"_s),
            "series id");
        s.seriesId = id.toLongLong();
        return s;
    }();
    return s;
}

void BM_W3_Decimate2000(benchmark::State &state) {
    Series &s = series();
    tracking::SeriesReader reader(s.project->db());
    qint64 out = 0;
    for (auto _ : state) {
        const auto d = bench::must(reader.decimate(s.seriesId, 2000), "decimate");
        out = qint64(d.x.size());
        benchmark::DoNotOptimize(d.y.data());
    }
    state.counters["points_out"] = double(out);
    state.SetItemsProcessed(state.iterations() * s.points);
}

// Zoomed in on a tenth of the run.
void BM_W3_Decimate2000Range(benchmark::State &state) {
    Series &s = series();
    tracking::SeriesReader reader(s.project->db());
    const std::pair<double, double> range{s.points * 0.45, s.points * 0.55};
    for (auto _ : state) {
        const auto d = bench::must(reader.decimate(s.seriesId, 2000, tracking::XAxis::Step, range),
                                   "decimate");
        benchmark::DoNotOptimize(d.y.data());
    }
}

void BM_W3_LoadRaw(benchmark::State &state) {
    Series &s = series();
    tracking::SeriesReader reader(s.project->db());
    for (auto _ : state) {
        const auto d = bench::must(reader.load(s.seriesId), "load");
        if (qint64(d.values.size()) != s.points)
            state.SkipWithError("load returned the wrong number of points");
        benchmark::DoNotOptimize(d.values.data());
    }
    state.SetItemsProcessed(state.iterations() * s.points);
    state.counters["points"] = double(s.points);
}

} // namespace

BENCHMARK(BM_W3_Decimate2000)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_W3_Decimate2000Range)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_W3_LoadRaw)->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
