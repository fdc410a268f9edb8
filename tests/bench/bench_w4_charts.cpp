// W3/W4 charts: 1,000 runs x 10k steps of one metric overlaid on a 1,600-px
// chart, the way the Experiments charts draw them (min/max-per-pixel
// decimation from the store, then QXYSeries::replace() with whole vectors),
// beside the naive QtCharts paths: replace() with every raw point, and
// per-point append(). Also one 10M-point series redrawn.
// Usage: bench_w4_charts W4_PROJECT_DIR [W3_PROJECT_DIR]
// The W4 project is generated unless cached; the W3 project is the one
// bench_w3_series made (its series "train/loss"). Prints the report rows as
// JSON lines (figure, ours, peer, ratio, goal, verdict), each time as wall and CPU
// time of the process (the machine may be loaded); verdicts go by wall time.

#include "benchdata.h"
#include "core/projectpaths.h"
#include "experiments/metriccurves.h"
#include "phaseclock.h"
#include "project/project.h"
#include "tracking/metricwriter.h"
#include "tracking/seriesreader.h"
#include "tracking/trackingstore.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace mlwb;
using bench::PhaseClock;
using bench::Timing;
using widgets::experiments::CurveCache;
using widgets::experiments::RunCurve;

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

    // The chart keeps one cache for all its reads (first build, zoom and pan steps).
    CurveCache cache;
    const auto raw = [](const tracking::SeriesData &d) {
        QList<QPointF> points;
        points.reserve(qsizetype(d.values.size()));
        for (size_t k = 0; k < d.values.size(); ++k)
            points.append(QPointF(double(d.steps[k]), d.values[k]));
        return points;
    };

    // Ours: decimate every series from the store, replace() each whole.
    PhaseClock t;
    const QList<RunCurve> curves =
        bench::must(widgets::experiments::readCurves(db, u"loss"_s, runs, kChartWidth / 2,
                                                     std::nullopt, {}, &cache),
                    "read curves");
    for (qsizetype i = 0; i < curves.size(); ++i)
        chart.series[i]->replace(curves[i].points);
    const Timing build = Timing::of(t);
    t.restart();
    chart.paint();
    const Timing paint = Timing::of(t);
    qint64 drawn = 0;
    for (const RunCurve &c : curves)
        drawn += c.points.size();

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
    const Timing naiveBuild = Timing::of(t);
    t.restart();
    chart.paint();
    const Timing naivePaint = Timing::of(t);

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
    for (qsizetype i = 0; i < curves.size(); ++i)
        chart.series[i]->replace(curves[i].points);
    chart.paint();

    row(u"W4 build all series, %1 (%2 pts drawn)"_s.arg(label).arg(drawn), build,
        u"raw replace()"_s, naiveBuild, 200);
    row(u"W4 first paint of those series"_s, paint, u"raw replace() paint"_s, naivePaint, 0);
    row(u"W4 build all series vs per-point append()"_s, build, u"append()"_s, append, 200,
        u" (extrapolated from %1 runs; no new run after %2 s)"_s.arg(appendRuns)
            .arg(appendBudgetMs / 1000));

    // Pan/zoom as the chart does it: the axis range changes at once over the decimated
    // curves (what the user sees under the mouse), then the visible range is read again
    // at full detail in the background and replaces the curves. Zoom to a tenth of the
    // steps, then pan by a tenth twice.
    Timing view;
    Timing detail;
    const double span = size.steps / 10.0;
    for (int i = 0; i < 3; ++i) {
        const double from = size.steps * (0.3 + 0.1 * i);
        t.restart();
        chart.x->setRange(from, from + span);
        chart.paint();
        view = i == 0 ? Timing::of(t) : view.max(Timing::of(t));
        t.restart();
        const QList<RunCurve> zoomed =
            bench::must(widgets::experiments::readCurves(db, u"loss"_s, runs, kChartWidth / 2,
                                                         std::pair(from, from + span), {}, &cache),
                        "zoom");
        for (qsizetype k = 0; k < zoomed.size(); ++k)
            chart.series[k]->replace(zoomed[k].points);
        detail = i == 0 ? Timing::of(t) : detail.max(Timing::of(t));
    }
    chart.paint();
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
    row(u"W4 pan/zoom: view update, %1 (range change + paint)"_s.arg(label), view,
        u"raw series range change + paint"_s, naiveZoom, 16);
    row(u"W4 pan/zoom: full-detail re-read of the visible range (re-decimate + replace)"_s, detail,
        u"raw series range change + paint"_s, naiveZoom, 16);

    // W3: one 10M-point series redrawn (decimated + replace + paint) vs raw replace + paint.
    const QString w3 = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (w3.isEmpty() || !QDir(w3 + u"/.mlwb"_s).exists()) {
        std::fprintf(stderr, "no W3 project: the 10M-point row is left out\n");
        return 0;
    }
    Project w3project = bench::must(Project::open(ProjectPaths(w3)), "W3 project");
    const qint64 w3run =
        bench::must(w3project.db().scalar(u"SELECT run_id FROM metric_series WHERE key = "
                                          u"'train/loss'"_s),
                    "W3 run")
            .toLongLong();
    Chart single(1);
    const QList<std::pair<qint64, QString>> one = {{w3run, u"w3"_s}};
    single.chart->removeAxis(single.y);
    single.y = new QValueAxis;
    single.chart->addAxis(single.y, Qt::AlignLeft);
    single.series[0]->attachAxis(single.y);
    single.y->setRange(0, 2.2);
    single.paint();
    Timing firstRedraw;
    Timing redraw;
    qint64 sourcePoints = 0;
    CurveCache w3cache;
    for (int i = 0; i < 3; ++i) {
        t.restart();
        const QList<RunCurve> c = bench::must(
            widgets::experiments::readCurves(w3project.paths().database(), u"train/loss"_s, one,
                                             kChartWidth / 2, std::nullopt, {}, &w3cache),
            "W3 curve");
        single.series[0]->replace(c.value(0).points);
        single.x->setRange(0, double(c.value(0).sourcePoints));
        single.paint();
        sourcePoints = c.value(0).sourcePoints;
        if (i == 0)
            firstRedraw = Timing::of(t);
        else // a redraw again (resize, live refresh): the chart's cache holds what it read
            redraw = i == 1 ? Timing::of(t) : redraw.min(Timing::of(t));
    }
    t.restart();
    {
        tracking::SeriesReader reader(w3project.db());
        const auto id = bench::must(reader.seriesId(w3run, u"train/loss"_s), "series");
        single.series[0]->replace(raw(bench::must(reader.load(*id), "load")));
        single.paint();
    }
    const Timing naiveRedraw = Timing::of(t);
    row(u"W3 redraw one %1M-point series (decimate + replace + paint)"_s.arg(sourcePoints / 1e6),
        redraw, u"raw replace() + paint"_s, naiveRedraw, 20);
    row(u"W3 first draw of that series (nothing cached)"_s, firstRedraw, u"raw replace() + paint"_s,
        naiveRedraw, 0);
    return 0;
}
