// The demo project (git history + ~60 runs with curves) is generated on first
// start, so its generation time is what a new user waits for.

#include "benchdata.h"
#include "demo/demoproject.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace mlwb;

namespace {

void BM_Demo_Generate(benchmark::State &state) {
    qint64 points = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto tmp = std::make_unique<QTemporaryDir>();
        state.ResumeTiming();
        points = bench::must(demo::generateDemoProject(tmp->filePath(u"demo"_s)), "demo").points;
        state.PauseTiming();
        tmp.reset();
        state.ResumeTiming();
    }
    state.counters["points"] = double(points);
}

} // namespace

BENCHMARK(BM_Demo_Generate)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

BENCHMARK_MAIN();
