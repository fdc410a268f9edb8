// W4 read: the store side of the W4 charts alone, without drawing. 1,000 runs x 10k steps of
// one metric decimated to 800 buckets for a 1,600-px chart with a fresh CurveCache (the first
// build of a chart), then zoomed to a tenth of the steps and panned twice with the same cache
// (the full-detail re-read), and the W3 10M-point series read again with a warm cache.
// Usage: bench_w4_read W4_PROJECT_DIR [W3_PROJECT_DIR]
// The projects are the ones bench_w4_charts and bench_w3_series keep. Prints the report rows
// as JSON lines (figure, ours, peer, ratio, goal, verdict), each the best of
// MLWB_BENCH_W4_READ_REPEATS (default 5) repeats as wall and CPU time of the process.

#include "benchdata.h"
#include "core/projectpaths.h"
#include "experiments/metriccurves.h"
#include "phaseclock.h"
#include "project/project.h"
#include "tracking/trackingstore.h"
#include "w3series.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace mlwb;
using bench::PhaseClock;
using bench::Timing;
using widgets::experiments::CurveCache;
using widgets::experiments::readCurves;
using widgets::experiments::RunCurve;

namespace {

constexpr int kChartWidth = 1600;

void row(const QString &figure, const Timing &ours, double goal) {
    std::printf("{\"figure\": \"%s\", \"ours\": \"%s\", \"peer\": \"\", \"ratio\": \"\", "
                "\"goal\": \"%s\", \"verdict\": \"%s\"}\n",
                qPrintable(figure), qPrintable(bench::formatTiming(ours)),
                goal > 0 ? qPrintable(u"< %1 ms"_s.arg(goal)) : "",
                goal > 0 ? (ours.wall < goal ? "ok" : "MISS") : "");
    std::fflush(stdout);
}

QList<std::pair<qint64, QString>> allRuns(Project &project) {
    QList<std::pair<qint64, QString>> runs;
    tracking::TrackingStore store(project.db());
    for (const tracking::Run &r : bench::must(store.runs(), "runs"))
        runs.append({r.id, r.name});
    return runs;
}

Timing best(const Timing &a, const Timing &b, bool first) {
    return first ? b : a.min(b);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s W4_PROJECT_DIR [W3_PROJECT_DIR]\n", argv[0]);
        return 2;
    }
    const int repeats = std::max(1, bench::envInt("MLWB_BENCH_W4_READ_REPEATS", 5));
    const QString w4 = QString::fromLocal8Bit(argv[1]);
    if (!QDir(w4 + u"/.mlwb"_s).exists()) {
        std::fprintf(stderr, "no W4 project in %s: run bench_w4_charts first\n", argv[1]);
        return 1;
    }
    Project project = bench::must(Project::open(ProjectPaths(w4)), "W4 project");
    const QString db = project.paths().database();
    const QList<std::pair<qint64, QString>> runs = allRuns(project);
    const qint64 steps =
        bench::must(project.db().scalar(u"SELECT max(step_max) + 1 FROM metric_blocks"_s), "steps")
            .toLongLong();

    Timing cold;
    Timing zoom;
    qint64 drawn = 0;
    for (int r = 0; r < repeats; ++r) {
        auto cache = std::make_unique<CurveCache>();
        PhaseClock t;
        const QList<RunCurve> curves = bench::must(
            readCurves(db, u"loss"_s, runs, kChartWidth / 2, std::nullopt, {}, cache.get()),
            "read curves");
        cold = best(cold, Timing::of(t), r == 0);
        drawn = 0;
        for (const RunCurve &c : curves)
            drawn += c.points.size();
        // Zoom to a tenth of the steps, then pan by a tenth twice, as bench_w4_charts does.
        const double span = double(steps) / 10.0;
        Timing slowest;
        for (int i = 0; i < 3; ++i) {
            const double from = double(steps) * (0.3 + 0.1 * i);
            t.restart();
            const QList<RunCurve> zoomed =
                bench::must(readCurves(db, u"loss"_s, runs, kChartWidth / 2,
                                       std::pair(from, from + span), {}, cache.get()),
                            "zoom");
            slowest = i == 0 ? Timing::of(t) : slowest.max(Timing::of(t));
        }
        zoom = best(zoom, slowest, r == 0);
    }
    const QString label = u"%1 runs x %2k steps"_s.arg(runs.size()).arg(steps / 1000);
    row(u"W4 read all series, %1, fresh cache (%2 pts out)"_s.arg(label).arg(drawn), cold, 120);
    row(u"W4 read a tenth of the steps (zoom, then pan twice; slowest)"_s, zoom, 0);

    std::optional<bench::W3Series> w3 =
        bench::openW3Series(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString());
    if (!w3)
        return 0;
    Project &w3project = w3->project;
    const qint64 w3run = w3->runId;
    const QList<std::pair<qint64, QString>> one = {{w3run, u"w3"_s}};
    CurveCache w3cache;
    Timing warm;
    for (int r = 0; r <= repeats; ++r) {
        PhaseClock t;
        bench::must(readCurves(w3project.paths().database(), u"train/loss"_s, one, kChartWidth / 2,
                               std::nullopt, {}, &w3cache),
                    "W3 curve");
        if (r > 0) // the first read fills the cache
            warm = best(warm, Timing::of(t), r == 1);
    }
    row(u"W3 read one 10M-point series again, warm cache"_s, warm, 0);
    return 0;
}
