// W3/W4 charts: 1,000 runs x 10k steps of one metric overlaid on a 1,600-px
// chart by the Experiments panel's MetricChartView (min/max-per-pixel
// decimation from the store on worker threads, curves drawn by its CurveLayer),
// beside the naive QtCharts paths: QXYSeries::replace() with every raw point,
// and per-point append(). Also one 10M-point series redrawn.
// Usage: bench_w4_charts W4_PROJECT_DIR [W3_PROJECT_DIR]
// MLWB_BENCH_W4_PROFILE=1 stops after our builds, for a profiler.
// The W4 project is generated unless cached; the W3 project is the one
// bench_w3_series made (its series "train/loss"). Prints the report rows as
// JSON lines (figure, ours, peer, ratio, goal, verdict), each time as wall and CPU
// time of the process (the machine may be loaded); verdicts go by wall time.

#include "benchdata.h"
#include "core/projectpaths.h"
#include "experiments/metricchartview.h"
#include "experiments/metriccurves.h"
#include "phaseclock.h"
#include "project/project.h"
#include "tracking/metricwriter.h"
#include "tracking/seriesreader.h"
#include "tracking/trackingstore.h"
#include "w3series.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace mlwb;
using bench::PhaseClock;
using bench::Timing;
using widgets::experiments::MetricChartView;

namespace {

constexpr int kChartWidth = 1600; // plot area in pixels
constexpr int kBlock = 1000;      // points per stored block: a 1 s flush at 1k steps/s

struct Sizes {
    int runs = bench::envInt("MLWB_BENCH_W4_RUNS", 1000);
    int steps = bench::envInt("MLWB_BENCH_W4_STEPS", 10'000);
};

void generate(Project &project, const Sizes &size) {
    tracking::TrackingStore store(project.db());
    std::vector<qint64> steps(kBlock);
    std::vector<double> times(kBlock);
    std::vector<double> values(kBlock);
    quint64 x = 0x9E3779B97F4A7C15ULL;
    for (int r = 0; r < size.runs; ++r) {
        tracking::NewRun spec;
        spec.experiment = u"w4"_s;
        spec.name = u"run-%1"_s.arg(r);
        const double start = 1.7e9 + r * 100.0;
        spec.startTime = start;
        spec.status = tracking::RunStatus::Finished;
        spec.endTime = start + size.steps * 0.01;
        spec.params = {{u"lr"_s, 1e-4 * (1 + r % 10)}};
        const qint64 runId = bench::must(store.createRun(spec), "create run").id;
        tracking::MetricWriter writer(project.db(), runId);
        const double rate = 1e-4 * (1 + r % 17);
        for (int from = 0; from < size.steps; from += kBlock) {
            const int n = std::min(kBlock, size.steps - from);
            steps.resize(n), times.resize(n), values.resize(n);
            for (int i = 0; i < n; ++i) {
                x ^= x << 13, x ^= x >> 7, x ^= x << 17;
                const int step = from + i;
                steps[i] = step;
                times[i] = start + step * 0.01;
                const double noise = double(x >> 11) * 0x1.0p-53 - 0.5;
                // A rare spike: what decimation must never drop.
                values[i] = std::exp(-step * rate) + 0.05 * noise + ((x & 0xFFF) == 0 ? 3.0 : 0.0);
            }
            bench::must(writer.logSeries(u"loss"_s, steps, times, values), "log");
            bench::must(writer.flush(), "flush");
        }
    }
}

// A report row; the ratio compares wall times.
void row(const QString &figure, const Timing &ours, const QString &peer, const Timing &peerTime,
         double goal, const QString &note = {}) {
    const QString ratio =
        peerTime.wall > 0 ? u"%1x faster"_s.arg(peerTime.wall / ours.wall, 0, 'f', 1) : QString();
    const QString peerText =
        peer.isEmpty() ? QString() : peer + u" "_s + bench::formatTiming(peerTime) + note;
    std::printf("{\"figure\": \"%s\", \"ours\": \"%s\", \"peer\": \"%s\", \"ratio\": \"%s\", "
                "\"goal\": \"%s\", \"verdict\": \"%s\"}\n",
                qPrintable(figure), qPrintable(bench::formatTiming(ours)), qPrintable(peerText),
                qPrintable(ratio), goal > 0 ? qPrintable(u"< %1 ms"_s.arg(goal)) : "",
                goal > 0 ? (ours.wall < goal ? "ok" : "MISS") : "");
    std::fflush(stdout);
}

// A chart the size of a wide window with `n` line series on shared axes.
struct Chart {
    QChart *chart = new QChart;
    QChartView view{chart};
    QValueAxis *x = new QValueAxis;
    QValueAxis *y = new QValueAxis;
    QList<QLineSeries *> series;

    explicit Chart(int n) {
        chart->legend()->hide();
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (int i = 0; i < n; ++i) {
            auto *s = new QLineSeries;
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
            series.append(s);
        }
        view.resize(kChartWidth + 80, 900);
        view.show();
    }
    // Paints the chart as the screen would.
    void paint() {
        if (view.grab().isNull())
            std::exit(1);
    }
};

// Runs the event loop until `done()`; a minute without it ends the benchmark. The loop sleeps
// between events as the app's does (processEvents() with a time limit would poll, taking a
// core from the workers), woken every 50 ms to look at the deadline.
template <typename F> void waitUntil(F done, const char *what) {
    const QDeadlineTimer deadline(60'000);
    QTimer wake;
    wake.start(50);
    while (!done()) {
        if (deadline.hasExpired()) {
            std::fprintf(stderr, "timed out waiting for %s\n", what);
            std::exit(1);
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
}

struct BuildTiming {
    Timing build; // until painted
    Timing read;  // until the curves were read and made
    Timing drawn; // until their image was drawn
};

// The chart of the Experiments panel, the plot area as wide as the QtCharts one.
struct OurChart {
    MetricChartView view;
    int loads = 0; // curves read so far
    explicit OurChart(const QString &key)
        : view(key) {
        QObject::connect(&view, &MetricChartView::curvesLoaded, &view, [this] { ++loads; });
        QObject::connect(&view, &MetricChartView::errorOccurred, &view, [](const Error &e) {
            std::fprintf(stderr, "the chart failed: %s\n", qPrintable(e.toString()));
            std::exit(1);
        });
        view.resize(kChartWidth + 80, 900);
        view.show();
        waitUntil([&] { return view.chart()->plotArea().width() > 0; }, "the first layout");
        view.resize(view.width() + kChartWidth - int(view.chart()->plotArea().width()), 900);
        waitUntil([&] { return int(view.chart()->plotArea().width()) == kChartWidth; }, "layout");
    }
    // Until what the chart shows is on screen.
    void waitDrawn() {
        waitUntil([&] { return !view.isLoading() && !view.isDrawing(); }, "the curves");
        view.viewport()->repaint();
    }
};

} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s W4_PROJECT_DIR [W3_PROJECT_DIR]\n", argv[0]);
        return 2;
    }
    const Sizes size;
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const QByteArray stamp =
        bench::dataStamp("w4 runs " + QByteArray::number(size.runs) + " steps " +
                         QByteArray::number(size.steps) + " block " + QByteArray::number(kBlock));
    const bool cached = bench::reuseCachedProject(dir, stamp);
    Project project = bench::must(Project::init(dir), "init project");
    if (!cached) {
        std::fprintf(stderr, "generating %d runs x %d steps ...\n", size.runs, size.steps);
        generate(project, size);
        bench::must(project.db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s), "checkpoint");
        bench::markCachedProject(dir, stamp);
    }
    const QString db = project.paths().database();
    QList<std::pair<qint64, QString>> runs;
    {
        tracking::TrackingStore store(project.db());
        for (const tracking::Run &r : bench::must(store.runs(), "runs"))
            runs.append({r.id, r.name});
    }
    const QString label = u"%1 runs x %2k steps"_s.arg(runs.size()).arg(size.steps / 1000);

    Chart chart(int(runs.size()));
    chart.x->setRange(0, size.steps - 1);
    chart.y->setRange(-0.1, 4);
    chart.paint(); // first layout of the empty chart is not part of any figure

    const auto raw = [](const tracking::SeriesData &d) {
        QList<QPointF> points;
        points.reserve(qsizetype(d.values.size()));
        for (size_t k = 0; k < d.values.size(); ++k)
            points.append(QPointF(double(d.steps[k]), d.values[k]));
        return points;
    };

    // Ours: runs handed to a new chart until their curves are on screen: read and decimated
    // from the store, drawn on workers, painted. The first chart of the process also pays for
    // what a process does once (threads, connections, mapping the file, heap); the new charts
    // after it (nothing cached in them) are what opening charts costs from then on.
    const auto buildOnce = [&](OurChart &chart) {
        PhaseClock clock;
        BuildTiming out;
        const auto readConnection =
            QObject::connect(&chart.view, &MetricChartView::curvesLoaded, &chart.view,
                             [&] { out.read = Timing::of(clock); });
        const auto drawConnection =
            QObject::connect(&chart.view, &MetricChartView::drawn, &chart.view,
                             [&] { out.drawn = Timing::of(clock); });
        chart.view.setRuns(db, runs);
        chart.waitDrawn();
        out.build = Timing::of(clock);
        QObject::disconnect(readConnection);
        QObject::disconnect(drawConnection);
        return out;
    };
    BuildTiming first;
    {
        OurChart chart(u"loss"_s);
        first = buildOnce(chart);
    }
    // New charts from then on: the median of three, each in a chart of its own (the machine
    // may be loaded); the last one stays for the pan and zoom figures.
    std::vector<BuildTiming> builds;
    std::optional<OurChart> last;
    for (int i = 0; i < 3; ++i) {
        last.emplace(u"loss"_s);
        builds.push_back(buildOnce(*last));
    }
    OurChart &ours = *last;
    QStringList inOrder; // as built, for the report
    for (const BuildTiming &b : builds)
        inOrder.append(QString::number(b.build.wall, 'f', 0));
    std::sort(builds.begin(), builds.end(), [](const BuildTiming &a, const BuildTiming &b) {
        return a.build.wall < b.build.wall;
    });
    const BuildTiming again = builds[1];
    const Timing &build = again.build;
    const Timing &read = again.read;
    PhaseClock t;
    qint64 drawn = 0;
    for (const auto &c : ours.view.lines())
        drawn += c.points.size();

    if (qEnvironmentVariableIsSet("MLWB_BENCH_W4_PROFILE")) { // ours only, for a profiler
        std::fprintf(stderr, "build %s (%s ms in turn), read %s\n",
                     qPrintable(bench::formatTiming(build)), qPrintable(inOrder.join(u" / "_s)),
                     qPrintable(bench::formatTiming(read)));
        return 0;
    }

    // Naive: every raw point of every run handed to replace().
    t.restart();
    {
        auto dbConn = bench::must(store::Database::open(db, store::Database::Mode::ReadOnly), "db");
        tracking::SeriesReader reader(dbConn);
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const auto id = bench::must(reader.seriesId(runs[i].first, u"loss"_s), "series");
            chart.series[i]->replace(raw(bench::must(reader.load(*id), "load")));
        }
    }
    chart.paint();
    const Timing naiveBuild = Timing::of(t);

    // Naive: per-point append() on a subset, extrapolated to every run. Each append() re-lays
    // out its whole series, so a run costs time quadratic in its steps: runs are appended until
    // MLWB_BENCH_W4_APPEND_SECONDS (default 20 s) have passed, at most 20 and at least one.
    const int maxAppendRuns = std::min<int>(20, int(runs.size()));
    const double appendBudgetMs = 1000.0 * bench::envInt("MLWB_BENCH_W4_APPEND_SECONDS", 20);
    int appendRuns = 0;
    for (QLineSeries *s : std::as_const(chart.series))
        s->clear();
    t.restart();
    {
        auto dbConn = bench::must(store::Database::open(db, store::Database::Mode::ReadOnly), "db");
        tracking::SeriesReader reader(dbConn);
        for (int i = 0; i < maxAppendRuns && (i == 0 || t.wallMs() < appendBudgetMs); ++i) {
            ++appendRuns;
            const auto id = bench::must(reader.seriesId(runs[i].first, u"loss"_s), "series");
            const tracking::SeriesData d = bench::must(reader.load(*id), "load");
            for (size_t k = 0; k < d.values.size(); ++k)
                chart.series[i]->append(double(d.steps[k]), d.values[k]);
        }
    }
    const Timing append = Timing::of(t).scaled(double(runs.size()) / appendRuns);

    row(u"W4 build all series, %1 (%2 pts drawn): read, draw, paint; median of 3 new charts "
        u"(%3 ms in turn)"_s.arg(label)
            .arg(drawn)
            .arg(inOrder.join(u" / "_s)),
        build, u"raw replace() + paint"_s, naiveBuild, 200);
    row(u"W4 of that, read and decimated from the store, curves made"_s, read, QString(), {}, 0);
    row(u"W4 of that, drawn on workers"_s,
        {again.drawn.wall - read.wall, again.drawn.cpu - read.cpu}, QString(), {}, 0);
    row(u"W4 the same in the first chart of the process"_s, first.build, u"raw replace() + paint"_s,
        naiveBuild, 200);
    row(u"W4 build all series vs per-point append()"_s, build, u"append()"_s, append, 200,
        u" (extrapolated from %1 runs; no new run after %2 s)"_s.arg(appendRuns)
            .arg(appendBudgetMs / 1000));

    // Pan/zoom as the chart does it: the axis range changes and the view shows the curves it
    // has, moved and scaled, at once (what the user sees under the mouse); the curves are
    // drawn for the new range on a worker, and the visible range is read again at full
    // detail in the background (after a 120 ms pause that lets a drag go on). Zoom to a
    // tenth of the steps, then pan by a tenth twice.
    Timing view;
    Timing detail;
    const double span = size.steps / 10.0;
    for (int i = 0; i < 3; ++i) {
        const double from = size.steps * (0.3 + 0.1 * i);
        t.restart();
        ours.view.setXRange(from, from + span);
        ours.view.viewport()->repaint();
        view = i == 0 ? Timing::of(t) : view.max(Timing::of(t));
        const int before = ours.loads;
        waitUntil([&] { return ours.loads > before; }, "the detail");
        ours.waitDrawn();
        detail = i == 0 ? Timing::of(t) : detail.max(Timing::of(t));
    }
    Timing naiveZoom;
    { // naive: the raw series are in the chart already; QtCharts re-lays out on a range change
        auto dbConn = bench::must(store::Database::open(db, store::Database::Mode::ReadOnly), "db");
        tracking::SeriesReader reader(dbConn);
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const auto id = bench::must(reader.seriesId(runs[i].first, u"loss"_s), "series");
            chart.series[i]->replace(raw(bench::must(reader.load(*id), "load")));
        }
        chart.paint();
        t.restart();
        chart.x->setRange(size.steps * 0.5, size.steps * 0.5 + span);
        chart.paint();
        naiveZoom = Timing::of(t);
    }
    // The naive chart, its 10M points still in it, would repaint on the next pass of the event
    // loop (a grab leaves the update it asked for pending): closed, it takes no time from the
    // W3 figures below.
    chart.view.hide();
    row(u"W4 pan/zoom: view update, %1 (range change + paint)"_s.arg(label), view,
        u"raw series range change + paint"_s, naiveZoom, 16);
    row(u"W4 pan/zoom: full detail on screen (120 ms pause, re-read, draw, paint)"_s, detail,
        u"raw series range change + paint"_s, naiveZoom, 0);

    // W3: one 10M-point series redrawn (decimated + replace + paint) vs raw replace + paint.
    std::optional<bench::W3Series> w3 =
        bench::openW3Series(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString());
    if (!w3)
        return 0;
    Project &w3project = w3->project;
    const qint64 w3run = w3->runId;
    OurChart single(u"train/loss"_s);
    Timing firstRedraw;
    Timing redraw;
    qint64 sourcePoints = 0;
    for (int i = 0; i < 3; ++i) {
        t.restart();
        // The first time the runs are new to the chart; then a live refresh reads them again.
        const int before = single.loads;
        if (i == 0)
            single.view.setRuns(w3project.paths().database(), {{w3run, u"w3"_s}});
        else
            single.view.refresh();
        waitUntil([&] { return single.loads > before; }, "the 10M-point curve");
        single.waitDrawn();
        sourcePoints = single.view.curves().value(0).sourcePoints;
        if (i == 0)
            firstRedraw = Timing::of(t);
        else // a redraw again (resize, live refresh): the chart's cache holds what it read
            redraw = i == 1 ? Timing::of(t) : redraw.min(Timing::of(t));
    }
    Chart naiveSingle(1);
    naiveSingle.x->setRange(0, double(sourcePoints));
    naiveSingle.y->setRange(0, 2.2);
    naiveSingle.paint();
    t.restart();
    {
        tracking::SeriesReader reader(w3project.db());
        const auto id = bench::must(reader.seriesId(w3run, u"train/loss"_s), "series");
        naiveSingle.series[0]->replace(raw(bench::must(reader.load(*id), "load")));
        naiveSingle.paint();
    }
    const Timing naiveRedraw = Timing::of(t);
    row(u"W3 redraw one %1M-point series (decimate, draw, paint)"_s.arg(sourcePoints / 1e6), redraw,
        u"raw replace() + paint"_s, naiveRedraw, 20);
    row(u"W3 first draw of that series (nothing cached)"_s, firstRedraw, u"raw replace() + paint"_s,
        naiveRedraw, 0);
    return 0;
}
