// W2: querying 100k runs x 20 params x 10 metrics: the first page of a filtered,
// sorted runs table, and the count the table shows.

#include "benchdata.h"
#include "tracking/query/runquery.h"
#include "w2project.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace mlwb;

namespace {

// Generated once per process; MLWB_BENCH_W2_PROJECT reuses a project on disk.
Project &project() {
    static std::unique_ptr<QTemporaryDir> tmp;
    static std::optional<Project> p = [] {
        QString dir = qEnvironmentVariable("MLWB_BENCH_W2_PROJECT");
        if (dir.isEmpty()) {
            tmp = std::make_unique<QTemporaryDir>();
            dir = tmp->path();
        }
        return std::optional(
            bench::must(bench::openOrGenerateW2(dir, bench::W2Size::fromEnvironment()), "W2"));
    }();
    return *p;
}

void BM_W2_FilterSortFirst100(benchmark::State &state) {
    Project &p = project();
    const tracking::RunQuery query =
        bench::must(tracking::RunQuery::parse(bench::w2Filter(), bench::w2Sort()), "parse");
    qint64 rows = 0;
    for (auto _ : state) {
        const QList<qint64> ids = bench::must(tracking::findRuns(p.db(), query, 100), "query");
        rows = ids.size();
        benchmark::DoNotOptimize(ids.data());
    }
    state.counters["rows"] = double(rows);
}

// Parsing included: the table re-runs the query from the text the user typed.
void BM_W2_ParseFilterSortFirst100(benchmark::State &state) {
    Project &p = project();
    for (auto _ : state) {
        const tracking::RunQuery query =
            bench::must(tracking::RunQuery::parse(bench::w2Filter(), bench::w2Sort()), "parse");
        const QList<qint64> ids = bench::must(tracking::findRuns(p.db(), query, 100), "query");
        benchmark::DoNotOptimize(ids.data());
    }
}

void BM_W2_CountAll(benchmark::State &state) {
    Project &p = project();
    const tracking::RunQuery all;
    qint64 count = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(count = bench::must(tracking::countRuns(p.db(), all), "count"));
    state.counters["runs"] = double(count);
}

void BM_W2_CountFiltered(benchmark::State &state) {
    Project &p = project();
    const tracking::RunQuery query =
        bench::must(tracking::RunQuery::parse(bench::w2Filter()), "parse");
    qint64 count = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(count = bench::must(tracking::countRuns(p.db(), query), "count"));
    state.counters["runs"] = double(count);
}

} // namespace

BENCHMARK(BM_W2_FilterSortFirst100)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_W2_ParseFilterSortFirst100)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_W2_CountAll)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_W2_CountFiltered)->Unit(benchmark::kMillisecond)->MinTime(1.0);

BENCHMARK_MAIN();
