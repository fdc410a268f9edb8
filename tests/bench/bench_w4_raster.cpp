// W4 drawing alone: the image of 1,000 overlaid curves of ~3,200 points each (first, lowest,
// highest and last of 800 buckets of 10k steps, for a 1,600-px chart) on a 1,600 x 800 plot,
// drawn by the charts' rasterizer beside QPainter's anti-aliased polylines into the same image
// (what a QtCharts line series comes down to). No store: the curves are made here, the same
// every run.

#include "experiments/curveraster.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPolygonF>

#include <benchmark/benchmark.h>

#include <cmath>

using namespace mlwb::widgets::experiments;

namespace {

constexpr int kRuns = 1000;
constexpr int kSteps = 10'000;
constexpr int kBuckets = 800;
const QSize kPlot(1600, 800);

// First, lowest, highest and last point of each bucket of a noisy decaying loss with rare
// spikes, as decimation hands them to the chart.
QList<QPointF> curve(int run, quint64 &seed) {
    const double rate = 1e-4 * (1 + run % 17);
    QList<QPointF> out;
    out.reserve(4 * kBuckets);
    const double perBucket = double(kSteps) / kBuckets;
    for (int b = 0; b < kBuckets; ++b) {
        const int from = int(b * perBucket);
        const int to = int((b + 1) * perBucket);
        QPointF first, low(0, 1e300), high(0, -1e300), last;
        for (int step = from; step < to; ++step) {
            seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
            const double noise = double(seed >> 11) * 0x1.0p-53 - 0.5;
            const QPointF p(step, std::exp(-step * rate) + 0.05 * noise +
                                      ((seed & 0xFFF) == 0 ? 3.0 : 0.0));
            if (step == from)
                first = p;
            if (p.y() < low.y())
                low = p;
            if (p.y() > high.y())
                high = p;
            last = p;
        }
        out << first;
        if (low.x() < high.x())
            out << low << high;
        else
            out << high << low;
        out << last;
    }
    return out;
}

const CurveScene &scene() {
    static const CurveScene s = [] {
        CurveScene s;
        quint64 seed = 0x9E3779B97F4A7C15ULL;
        for (int r = 0; r < kRuns; ++r) {
            QColor color = QColor::fromHsv((r * 47) % 360, 200, 220);
            s.curves.append(DrawnCurve{r + 1, QString(), curve(r, seed), color, 1.6, true});
        }
        return s;
    }();
    return s;
}

PlotFrame frame() {
    PlotFrame f;
    f.size = kPlot;
    f.x0 = 0;
    f.x1 = kSteps - 1;
    f.y0 = -0.1;
    f.y1 = 4.0;
    return f;
}

void BM_W4_RasterizeCurves(benchmark::State &state) {
    const CurveScene &s = scene();
    const PlotFrame f = frame();
    for (auto _ : state) {
        QImage image = rasterizeCurves(s, f, 1.0);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.SetItemsProcessed(state.iterations() * s.pointCount());
    state.counters["points"] = double(s.pointCount());
}

// The peer: each curve as an anti-aliased polyline through QPainter, for the first
// state.range(0) curves (all of them take about a minute); report.py scales the time to all.
void BM_W4_QPainterPolylines(benchmark::State &state) {
    const CurveScene &s = scene();
    const PlotFrame f = frame();
    const qsizetype curves = std::min<qsizetype>(state.range(0), s.curves.size());
    qint64 points = 0;
    for (auto _ : state) {
        QImage image(kPlot, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        points = 0;
        for (const DrawnCurve &c : s.curves.first(curves)) {
            points += c.points.size();
            QPolygonF line;
            line.reserve(c.points.size());
            for (const QPointF &p : c.points)
                line.append(QPointF(f.toX(p.x()), f.toY(p.y())));
            painter.setPen(QPen(c.color, c.width));
            painter.drawPolyline(line);
        }
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.SetItemsProcessed(state.iterations() * points);
    state.counters["curves"] = double(curves);
    state.counters["all_curves"] = double(s.curves.size());
}

} // namespace

BENCHMARK(BM_W4_RasterizeCurves)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_W4_QPainterPolylines)->Arg(50)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts and colours need one
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
