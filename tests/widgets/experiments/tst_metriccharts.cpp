#include "chartsprojectfixture.h"
#include "demo/demoproject.h"
#include "experiments/chartexport.h"
#include "experiments/chartlegend.h"
#include "experiments/comparecharts.h"
#include "experiments/compareview.h"
#include "experiments/exploredata.h"
#include "experiments/exploreview.h"
#include "experiments/metricchartview.h"
#include "experiments/metriccurves.h"
#include "experiments/parallelcoordinatesview.h"
#include "experiments/scatterview.h"
#include "itemmodels/dataversionwatcher.h"
#include "itemmodels/runrowloader.h"
#include "project/project.h"
#include "shared/theme.h"
#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QLogValueAxis>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QWheelEvent>

#include <optional>

using namespace mlwb;
using namespace Qt::StringLiterals;
using widgets::experiments::CompareCharts;
using widgets::experiments::MetricChartView;
using widgets::experiments::ParallelCoordinatesView;
using widgets::experiments::XMode;

class tst_MetricCharts : public QObject, ChartsProjectFixture {
    Q_OBJECT

    static void loadChart(MetricChartView &chart, const QList<std::pair<qint64, QString>> &runs,
                          const QString &db) {
        QSignalSpy loaded(&chart, &MetricChartView::curvesLoaded);
        chart.setRuns(db, runs);
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!chart.isLoading());
    }

    static itemmodels::RunRow row(qint64 id, double lr, const QString &opt, double loss) {
        itemmodels::RunRow r;
        r.id = id;
        r.name = u"run-%1"_s.arg(id);
        r.params.insert(u"lr"_s, lr);
        r.params.insert(u"opt"_s, opt);
        r.metrics.insert(u"loss"_s, itemmodels::RunMetric{loss, loss, loss, 10});
        return r;
    }

private Q_SLOTS:
    void initTestCase() { makeProject(); }

    void everySpikeSurvivesDecimation() {
        const qint64 run = addRun(u"spiky"_s, {});
        const QList<qint64> spikes{1'234, 33'333, 50'001, 77'777, 99'998};
        logLoss(run, 0, 100'000, [&](qint64 s) {
            if (spikes.contains(s))
                return s % 2 ? -40.0 : 50.0 + double(s) / 1e5;
            return 1.0 + 0.001 * double(s % 7);
        });
        MetricChartView chart(u"loss"_s);
        chart.resize(700, 300);
        chart.show();
        loadChart(chart, {{run, u"spiky"_s}}, dbPath());
        QCOMPARE(chart.lines().size(), 1);
        const QList<QPointF> pts = chart.lines().constFirst().points;
        // At most ~2 points per pixel column of the plot, however long the series.
        const int columns = int(chart.chart()->plotArea().width());
        QVERIFY2(pts.size() <= 2 * columns + 8,
                 qPrintable(u"%1 points for %2 columns"_s.arg(pts.size()).arg(columns)));
        for (qint64 s : spikes) {
            const double y = s % 2 ? -40.0 : 50.0 + double(s) / 1e5;
            const bool found = std::any_of(pts.cbegin(), pts.cend(), [&](const QPointF &p) {
                return p.y() == y && std::abs(p.x() - double(s)) < 1'000;
            });
            QVERIFY2(found, qPrintable(u"spike at step %1 is missing"_s.arg(s)));
        }
    }

    void readingManyRunsAtOnceMatchesOneByOne() {
        // Enough runs to be read on several threads; one of them never logged the metric.
        QList<std::pair<qint64, QString>> runs;
        for (int r = 0; r < 70; ++r) {
            const qint64 run = addRun(u"many-%1"_s.arg(r), {{u"lr"_s, 0.001 * (r + 1)}});
            runs.append({run, u"many-%1"_s.arg(r)});
            if (r == 35)
                continue;
            logLoss(run, 0, 400, [r](qint64 s) {
                return s == 17 * r ? 100.0 + r : std::sin(double(s + r) / 9.0);
            });
        }
        using widgets::experiments::CurveCache;
        using widgets::experiments::readCurves;
        using widgets::experiments::RunCurve;
        const auto sameCurves = [](const QList<RunCurve> &a, const QList<RunCurve> &b) {
            QCOMPARE(a.size(), b.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].runId, b[i].runId);
                QCOMPARE(a[i].runName, b[i].runName);
                QCOMPARE(a[i].points, b[i].points);
                QCOMPARE(a[i].sourcePoints, b[i].sourcePoints);
                QCOMPARE(a[i].params, b[i].params);
            }
        };
        for (const auto &range :
             {std::optional<std::pair<double, double>>{}, std::optional(std::pair(100.0, 300.0))}) {
            QList<RunCurve> oneByOne;
            for (const auto &run : runs) {
                auto c = readCurves(dbPath(), u"loss"_s, {run}, 64, range);
                QVERIFY(c);
                oneByOne.append(*c);
            }
            QCOMPARE(oneByOne.size(), 69);
            auto together = readCurves(dbPath(), u"loss"_s, runs, 64, range);
            QVERIFY(together);
            sameCurves(*together, oneByOne);
            // With a cache, and again from what it kept: the same curves, spikes included.
            CurveCache cache;
            for (int i = 0; i < 2; ++i) {
                auto cached = readCurves(dbPath(), u"loss"_s, runs, 64, range, XMode::Step, &cache);
                QVERIFY(cached);
                sameCurves(*cached, oneByOne);
            }
            const RunCurve &spiky = oneByOne.at(10);
            QVERIFY(std::any_of(spiky.points.cbegin(), spiky.points.cend(),
                                [](const QPointF &p) { return p.y() == 110.0; }));
        }
    }

    void xAxisShowsStepsOrTimes_data() {
        QTest::addColumn<int>("mode");
        QTest::addColumn<double>("firstX");
        QTest::addColumn<double>("lastX");
        QTest::addColumn<bool>("dateAxis");
        QTest::newRow("step") << int(XMode::Step) << 0.0 << 49.0 << false;
        QTest::newRow("wall time")
            << int(XMode::WallTime) << (kStart + 10) * 1000 << (kStart + 10 + 98) * 1000 << true;
        QTest::newRow("relative") << int(XMode::RelativeTime) << 10.0 << 108.0 << false;
    }
    void xAxisShowsStepsOrTimes() {
        QFETCH(int, mode);
        QFETCH(double, firstX);
        QFETCH(double, lastX);
        QFETCH(bool, dateAxis);
        static qint64 run = 0;
        if (!run) {
            run = addRun(u"timed"_s, {});
            logLoss(run, 0, 50, [](qint64 s) { return 1.0 / double(1 + s); });
        }
        MetricChartView chart(u"loss"_s);
        chart.resize(600, 300);
        chart.show();
        loadChart(chart, {{run, u"timed"_s}}, dbPath());
        QSignalSpy loaded(&chart, &MetricChartView::curvesLoaded);
        chart.setXMode(XMode(mode));
        if (XMode(mode) != XMode::Step)
            QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!chart.isLoading());
        const QList<QPointF> pts = chart.lines().constFirst().points;
        QCOMPARE(pts.size(), 50);
        QCOMPARE(pts.constFirst().x(), firstX);
        QCOMPARE(pts.constLast().x(), lastX);
        QCOMPARE(qobject_cast<QDateTimeAxis *>(chart.xAxis()) != nullptr, dateAxis);
        const auto [lo, hi] = chart.xRange();
        QVERIFY(lo <= firstX && hi >= lastX - 1);
    }

    void staleResultsAreDropped() {
        const qint64 run = addRun(u"stale"_s, {});
        logLoss(run, 0, 20, [](qint64 s) { return double(s); });
        MetricChartView chart(u"loss"_s);
        chart.resize(600, 300);
        chart.show();
        chart.setRuns(dbPath(), {{run, u"stale"_s}});
        // Requests overtake each other; only the newest mode may be drawn.
        chart.setXMode(XMode::WallTime);
        chart.setXMode(XMode::RelativeTime);
        QTRY_VERIFY(!chart.isLoading() && !chart.lines().isEmpty() &&
                    !chart.lines().constFirst().points.isEmpty());
        QCOMPARE(chart.lines().constFirst().points.constFirst().x(), 10.0);
    }

    void hoverNamesTheNearestPoint() {
        const qint64 a = addRun(u"alpha"_s, {});
        logLoss(a, 0, 10, [](qint64 s) { return 2.0 + double(s); });
        MetricChartView chart(u"loss"_s);
        chart.resize(600, 300);
        chart.show();
        loadChart(chart, {{a, u"alpha"_s}}, dbPath());
        const QPoint at = chart.viewportPoint({4, 6}).toPoint() + QPoint(2, 1);
        const QString tip = chart.toolTipAt(at);
        QVERIFY2(tip.contains(u"alpha"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"step 4"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"loss = 6"_s), qPrintable(tip));
        QVERIFY(chart.toolTipAt(QPoint(2, 2)).isEmpty());
    }

    void legendHoverHighlightsTheRunEverywhere() {
        const qint64 a = addRun(u"first"_s, {});
        const qint64 b = addRun(u"second"_s, {});
        logLoss(a, 0, 10, [](qint64 s) { return double(s); });
        logLoss(b, 0, 10, [](qint64 s) { return double(2 * s); });
        CompareCharts charts;
        charts.resize(1000, 700);
        charts.show();
        charts.setDatabasePath(dbPath());
        QSignalSpy loaded(&charts, &CompareCharts::chartsLoaded);
        charts.setRuns({{a, u"first"_s}, {b, u"second"_s}}, {u"loss"_s});
        QVERIFY(loaded.wait(10000));
        MetricChartView *chart = charts.charts().constFirst();
        const QRect entry = charts.legend()->entryRect(b);
        QVERIFY(!entry.isEmpty());
        QTest::mouseMove(charts.legend(), entry.center());
        QTRY_VERIFY(chart->lines().at(1).width > chart->lines().at(0).width);
        QVERIFY(chart->lines().at(0).color.alphaF() < 0.5);
        chart->setHighlightedRun(0);
        QCOMPARE(chart->lines().at(1).width, chart->lines().at(0).width);
    }

    void smoothingKeepsTheRawCurveBehind() {
        const qint64 run = addRun(u"noisy"_s, {});
        logLoss(run, 0, 40, [](qint64 s) { return s % 2 ? 0.0 : 10.0; });
        MetricChartView chart(u"loss"_s);
        chart.resize(600, 300);
        chart.show();
        loadChart(chart, {{run, u"noisy"_s}}, dbPath());
        QVERIFY(!chart.rawLines().constFirst().visible);
        chart.setSmoothing(0.9);
        const widgets::experiments::DrawnCurve raw = chart.rawLines().constFirst();
        QVERIFY(raw.visible);
        QCOMPARE(raw.points.at(1).y(), 0.0);
        QCOMPARE(raw.points.at(2).y(), 10.0);
        const QList<QPointF> smooth = chart.lines().constFirst().points;
        QVERIFY(std::abs(smooth.at(30).y() - smooth.at(31).y()) < 2);
        QVERIFY(raw.color.alphaF() < chart.lines().constFirst().color.alphaF());
    }

    // The y axis fits the curves with round ends and a little room, from 0 when no value is
    // below it, whatever the sign; a refresh that finds the same points keeps it as it was.
    void yAxisFitsWithRoundEndsFromZero_data() {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("axisLow");
        QTest::addColumn<double>("axisHigh");
        QTest::newRow("a loss") << 0.13 << 4.7 << 0.0 << 5.0;
        QTest::newRow("a learning rate") << 0.0 << 0.2 << 0.0 << 0.25;
        QTest::newRow("negative") << -3.2 << -0.4 << -4.0 << 0.0;
        QTest::newRow("both signs") << -1.0 << 1.0 << -1.5 << 1.5;
        QTest::newRow("far from 0") << 29.0 << 70.5 << 20.0 << 80.0;
    }
    void yAxisFitsWithRoundEndsFromZero() {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, axisLow);
        QFETCH(double, axisHigh);
        const qint64 run = addRun(u"fit"_s, {});
        logLoss(run, 0, 50, [&](qint64 s) {
            return s == 10 ? low : s == 20 ? high : (low + high) / 2;
        });
        MetricChartView chart(u"loss"_s);
        chart.resize(600, 300);
        chart.show();
        loadChart(chart, {{run, u"fit"_s}}, dbPath());
        auto *y = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(y->min(), axisLow);
        QCOMPARE(y->max(), axisHigh);
        QVERIFY(y->tickCount() >= 4 && y->tickCount() <= 8);
        QSignalSpy changed(y, &QValueAxis::rangeChanged);
        QSignalSpy loaded(&chart, &MetricChartView::curvesLoaded);
        chart.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(changed.size(), 0);
    }

    void zoomReadsDetailAndZeroResets() {
        const qint64 run = addRun(u"long"_s, {});
        logLoss(run, 0, 20'000, [](qint64 s) { return std::sin(double(s) / 50.0); });
        MetricChartView chart(u"loss"_s);
        chart.resize(600, 300);
        chart.show();
        loadChart(chart, {{run, u"long"_s}}, dbPath());
        auto pointsIn = [&](double lo, double hi) {
            const QList<QPointF> pts = chart.lines().constFirst().points;
            return std::count_if(pts.cbegin(), pts.cend(),
                                 [&](const QPointF &p) { return p.x() >= lo && p.x() <= hi; });
        };
        const auto before = pointsIn(1000, 1200);
        QSignalSpy loaded(&chart, &MetricChartView::curvesLoaded);
        static_cast<QValueAxis *>(chart.xAxis())->setRange(1000, 1200);
        QVERIFY(loaded.wait(10000));
        QVERIFY2(pointsIn(1000, 1200) > 4 * before,
                 qPrintable(u"%1 -> %2"_s.arg(before).arg(pointsIn(1000, 1200))));
        chart.setFocus();
        QTest::keyClick(&chart, Qt::Key_0);
        QVERIFY(loaded.wait(10000));
        QTRY_COMPARE(chart.xRange().second, 19'999.0);
        QTest::keyClick(&chart, Qt::Key_Plus);
        QVERIFY(chart.xRange().second < 19'999.0);
    }

    void dragZoomsAndShiftDragPans() {
        const qint64 run = addRun(u"dragged"_s, {});
        logLoss(run, 0, 20'000, [](qint64 s) { return 1.0 + std::sin(double(s) / 300.0); });
        MetricChartView chart(u"loss"_s);
        chart.resize(700, 320);
        chart.show();
        loadChart(chart, {{run, u"dragged"_s}}, dbPath());
        QWidget *viewport = chart.viewport();
        // A rubber band from step 5,000 to step 10,000 (and y 0.5 to 1.5) shows just that.
        const QPoint from = chart.viewportPoint({5'000, 1.5}).toPoint();
        const QPoint to = chart.viewportPoint({10'000, 0.5}).toPoint();
        QSignalSpy loaded(&chart, &MetricChartView::curvesLoaded);
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        auto [lo, hi] = chart.xRange();
        QVERIFY2(std::abs(lo - 5'000) < 100 && std::abs(hi - 10'000) < 100,
                 qPrintable(u"%1 .. %2"_s.arg(lo).arg(hi)));
        const auto [ylo, yhi] = chart.yRange();
        QVERIFY(std::abs(ylo - 0.5) < 0.05 && std::abs(yhi - 1.5) < 0.05);
        QVERIFY(loaded.wait(10000)); // the zoomed range is read again at full detail
        const QList<QPointF> pts = chart.lines().constFirst().points;
        QVERIFY(std::count_if(pts.cbegin(), pts.cend(),
                              [&](const QPointF &p) { return p.x() >= lo && p.x() <= hi; }) > 500);
        // Shift+drag 100 pixels to the left shows what lies right, as much as was dragged.
        const double perPixel = (hi - lo) / chart.chart()->plotArea().width();
        const QPoint start = chart.viewportPoint({7'500, 1.0}).toPoint();
        QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, start);
        QTest::mouseMove(viewport, start - QPoint(100, 0));
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, start - QPoint(100, 0));
        const auto [panLo, panHi] = chart.xRange();
        QVERIFY2(std::abs(panLo - (lo + 100 * perPixel)) < 2 * perPixel,
                 qPrintable(u"%1 -> %2"_s.arg(lo).arg(panLo)));
        QVERIFY(std::abs((panHi - panLo) - (hi - lo)) < 1e-6 * (hi - lo));
        // The wheel zooms around the pointer: the step under it stays under it.
        const QPoint at = chart.viewportPoint({8'000, 1.0}).toPoint();
        QWheelEvent wheel(at, viewport->mapToGlobal(at), {}, {0, 120}, Qt::NoButton, {},
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
        QVERIFY(chart.xRange().second - chart.xRange().first < panHi - panLo);
        QVERIFY(std::abs(chart.viewportPoint({8'000, 1.0}).x() - at.x()) < 2);
    }

    void runningRunsFollowTheDatabase() {
        const qint64 run = addRun(u"live"_s, {}, tracking::RunStatus::Running);
        logLoss(run, 0, 10, [](qint64 s) { return double(s); });
        CompareCharts charts;
        charts.resize(900, 600);
        charts.show();
        charts.setDatabasePath(dbPath());
        // Shared with the runs table in the panel; here the test owns it.
        itemmodels::DataVersionWatcher watcher(dbPath());
        charts.setDataVersionWatcher(&watcher);
        QSignalSpy loaded(&charts, &CompareCharts::chartsLoaded);
        charts.setRuns({{run, u"live"_s}}, {u"loss"_s});
        QVERIFY(loaded.wait(10000));
        MetricChartView *chart = charts.charts().constFirst();
        QVERIFY(chart->isLive());
        QCOMPARE(chart->lines().constFirst().points.constLast().x(), 9.0);
        logLoss(run, 10, 25, [](qint64 s) { return double(s); });
        QTRY_COMPARE_WITH_TIMEOUT(chart->lines().constFirst().points.constLast().x(), 24.0, 10000);
    }

    void groupByDrawsMeanAndBand() {
        const qint64 a1 = addRun(u"a1"_s, {{u"opt"_s, u"adam"_s}});
        const qint64 a2 = addRun(u"a2"_s, {{u"opt"_s, u"adam"_s}});
        const qint64 s1 = addRun(u"s1"_s, {{u"opt"_s, u"sgd"_s}});
        logLoss(a1, 0, 20, [](qint64) { return 1.0; });
        logLoss(a2, 0, 20, [](qint64) { return 3.0; });
        logLoss(s1, 0, 20, [](qint64) { return 5.0; });
        CompareCharts charts;
        charts.resize(900, 600);
        charts.show();
        charts.setDatabasePath(dbPath());
        QSignalSpy loaded(&charts, &CompareCharts::chartsLoaded);
        charts.setRuns({{a1, u"a1"_s}, {a2, u"a2"_s}, {s1, u"s1"_s}}, {u"loss"_s});
        QVERIFY(loaded.wait(10000));
        MetricChartView *chart = charts.charts().constFirst();
        QCOMPARE(chart->lines().size(), 3);
        const int index = charts.groupByBox()->findData(u"opt"_s);
        QVERIFY(index > 0);
        charts.groupByBox()->setCurrentIndex(index);
        QCOMPARE(chart->lines().size(), 2);
        QCOMPARE(chart->bands().size(), 2);
        QVERIFY(chart->lines().at(0).name.startsWith(u"opt = adam"_s));
        const QList<QPointF> mean = chart->lines().at(0).points;
        QVERIFY(mean.size() > 10);
        for (const QPointF &p : mean)
            QCOMPARE(p.y(), 2.0);
        const widgets::experiments::DrawnBand band = chart->bands().at(0);
        QCOMPARE(band.upper.constFirst().y(), 3.0);
        QCOMPARE(band.lower.constFirst().y(), 1.0);
        QCOMPARE(chart->lines().at(1).points.constFirst().y(), 5.0);
        QCOMPARE(chart->bands().at(1).upper.constFirst().y(), 5.0);
        charts.groupByBox()->setCurrentIndex(0);
        QCOMPARE(chart->lines().size(), 3);
        QVERIFY(chart->bands().isEmpty());
    }

    void exportWritesPngAndSvg() {
        const qint64 run = addRun(u"export"_s, {});
        logLoss(run, 0, 30, [](qint64 s) { return double(s * s); });
        MetricChartView chart(u"loss"_s);
        chart.resize(500, 300);
        chart.show();
        loadChart(chart, {{run, u"export"_s}}, dbPath());
        QTemporaryDir out;
        const QString png = out.filePath(u"chart.png"_s);
        const QString svg = out.filePath(u"chart.svg"_s);
        QVERIFY(widgets::experiments::exportPng(&chart, png));
        QVERIFY(widgets::experiments::exportSvg(&chart, svg, u"loss"_s));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1000, 600));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("<?xml"));
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("<path") || text.contains("<polyline"));
        QVERIFY(!widgets::experiments::exportPng(&chart, out.filePath(u"no/such/dir/x.png"_s)));
    }

    void brushingAnAxisEmitsACondition() {
        ParallelCoordinatesView view;
        view.resize(700, 320);
        view.show();
        view.setRuns({row(1, 0.0001, u"sgd"_s, 0.9), row(2, 0.001, u"adam"_s, 0.5),
                      row(3, 0.01, u"adam"_s, 0.3), row(4, 0.1, u"sgd"_s, 0.7)});
        view.setDimensions({u"params.lr"_s, u"params.opt"_s}, u"metrics.loss"_s);
        QCOMPARE(view.dimensions(),
                 QStringList({u"params.lr"_s, u"params.opt"_s, u"metrics.loss"_s}));
        QSignalSpy spy(&view, &ParallelCoordinatesView::filterRequested);
        // lr is drawn on a log axis: 0.001 and 0.01 lie a third of it apart.
        const QPoint from = view.pointFor(0, 0.01).toPoint() - QPoint(0, 10);
        const QPoint to = view.pointFor(0, 0.001).toPoint() + QPoint(0, 10);
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        QTest::mouseMove(&view, to);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, to);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"params.lr >= 0.001 and params.lr <= 0.01"_s);
        QCOMPARE(view.brushedRuns(), QList<qint64>({2, 3}));

        view.setBrush(1, std::pair(0.0, 0.0)); // the "adam" position
        QCOMPARE(spy.constLast().at(0).toString(),
                 uR"(params.lr >= 0.001 and params.lr <= 0.01 and params.opt = "adam")"_s);
        // A click on an axis clears its brush.
        const QPoint onAxis = view.pointFor(0, 0.01).toPoint();
        QTest::mouseClick(&view, Qt::LeftButton, {}, onAxis);
        QCOMPARE(spy.constLast().at(0).toString(), uR"(params.opt = "adam")"_s);
        QCOMPARE(view.brushedRuns(), QList<qint64>({2, 3}));
    }

    void brushedConditionReplacesTheLastOne_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString() << u"params.lr = 1"_s
                               << u"params.lr = 1"_s;
        QTest::newRow("append") << uR"(status = "finished")"_s << QString() << u"params.lr = 1"_s
                                << uR"(status = "finished" and params.lr = 1)"_s;
        QTest::newRow("replace") << u"metrics.loss < 1 and params.lr = 1"_s << u"params.lr = 1"_s
                                 << u"params.lr = 2"_s << u"metrics.loss < 1 and params.lr = 2"_s;
        QTest::newRow("clear") << u"params.lr = 1"_s << u"params.lr = 1"_s << QString()
                               << QString();
        QTest::newRow("or") << u"params.a = 1 or params.b = 2"_s << QString() << u"params.c = 3"_s
                            << u"(params.a = 1 or params.b = 2) and params.c = 3"_s;
    }
    void brushedConditionReplacesTheLastOne() {
        QFETCH(QString, filter);
        QFETCH(QString, previous);
        QFETCH(QString, condition);
        QFETCH(QString, expected);
        QCOMPARE(widgets::experiments::combineFilter(filter, previous, condition), expected);
    }

    void exploreTabOffersBrushAndScatter() {
        widgets::experiments::CompareView view;
        view.resize(900, 700);
        view.show();
        view.setRuns({row(1, 0.0001, u"sgd"_s, 0.9), row(2, 0.001, u"adam"_s, 0.5),
                      row(3, 0.01, u"adam"_s, 0.3)});
        widgets::experiments::ExploreView *explore = view.explore();
        QCOMPARE(explore->parallelCoordinates()->dimensions(),
                 QStringList({u"params.lr"_s, u"params.opt"_s, u"metrics.loss"_s}));
        QCOMPARE(explore->scatterXBox()->currentText(), u"params.lr"_s);
        QCOMPARE(explore->scatterYBox()->currentText(), u"metrics.loss"_s);
        const QList<QPointF> pts = explore->scatter()->series()->points();
        QCOMPARE(pts.size(), 3);
        QCOMPARE(pts.at(1), QPointF(0.001, 0.5));
        QSignalSpy spy(&view, &widgets::experiments::CompareView::filterRequested);
        explore->parallelCoordinates()->setBrush(2, std::pair(0.2, 0.6));
        explore->parallelCoordinates()->setBrush(2, std::pair(0.4, 0.6));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(1).toString(), u"metrics.loss >= 0.3 and metrics.loss <= 0.5"_s);
        QCOMPARE(spy.at(1).at(0).toString(), u"metrics.loss >= 0.3 and metrics.loss <= 0.5"_s);
        QCOMPARE(spy.at(1).at(1).toString(), u"metrics.loss = 0.5"_s);
    }

    // The compare charts on the demo project in both themes; with MLWB_SCREENSHOT_DIR set
    // the images are kept there (docs/screenshots/experiments-charts-*.png).
    void chartsOfTheDemoProjectInBothThemes() {
        QTemporaryDir demoDir;
        const QString root = demoDir.filePath(u"demo"_s);
        auto report = demo::generateDemoProject(root, {.seed = 20240611, .now = kStart});
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        auto project = Project::open(ProjectPaths(root));
        QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
        tracking::TrackingStore store(project->db());
        auto runs = store.runs();
        QVERIFY(runs);
        QList<std::pair<qint64, QString>> shown;
        for (const tracking::Run &r : *runs) {
            if (r.experiment == runs->constFirst().experiment && !r.parentId && shown.size() < 6)
                shown.append({r.id, r.name});
        }
        QStringList keyList;
        for (const auto &[id, runName] : std::as_const(shown)) {
            auto summaries = store.metricSummaries(id);
            QVERIFY(summaries);
            for (const tracking::MetricSummary &m : *summaries) {
                if (!keyList.contains(m.key))
                    keyList.append(m.key);
            }
        }
        keyList.sort();
        QVERIFY(!keyList.isEmpty());
        const QStringList *keys = &keyList;
        widgets::rememberPlatformPalette();
        const QString outDir = qEnvironmentVariable("MLWB_SCREENSHOT_DIR");
        for (const auto &[theme, name] : {std::pair(widgets::ThemeMode::Light, u"light"_s),
                                          std::pair(widgets::ThemeMode::Dark, u"dark"_s)}) {
            widgets::applyTheme(theme);
            CompareCharts charts;
            charts.resize(1440, 900);
            charts.setDatabasePath(project->paths().database());
            charts.show();
            QSignalSpy loaded(&charts, &CompareCharts::chartsLoaded);
            charts.setRuns(shown, *keys);
            QVERIFY(loaded.wait(20000));
            charts.smoothingSlider()->setValue(60);
            charts.legend()->setHighlightedRun(0);
            QCOMPARE(charts.charts().size(), std::min<qsizetype>(4, keys->size()));
            for (MetricChartView *c : charts.charts())
                QVERIFY(!c->lines().isEmpty());
            const QImage image = charts.grab().toImage();
            QVERIFY(!image.isNull());
            if (!outDir.isEmpty())
                QVERIFY(image.save(outDir + u"/experiments-charts-"_s + name + u".png"_s));

            QList<qint64> ids;
            for (const tracking::Run &r : *runs)
                ids.append(r.id);
            auto rows = itemmodels::loadRunRows(project->db(), ids);
            QVERIFY(rows);
            widgets::experiments::CompareView compare;
            compare.resize(1200, 800);
            compare.show();
            compare.tabs()->setCurrentWidget(compare.explore());
            compare.setRuns(*rows);
            QVERIFY(compare.explore()->parallelCoordinates()->dimensions().size() > 1);
            QVERIFY(!compare.explore()->scatter()->series()->points().isEmpty());
            // Learning rates span decades: the scatter reads them on a log scale.
            compare.explore()->scatterYBox()->setCurrentText(u"params.lr"_s);
            const auto yAxes = compare.explore()->scatter()->chart()->axes(Qt::Vertical);
            QCOMPARE(yAxes.size(), 1);
            QVERIFY(qobject_cast<QLogValueAxis *>(yAxes.constFirst()));
        }
        widgets::applyTheme(widgets::ThemeMode::Light);
    }

    // Series get whole vectors through replace(); appending point by point
    // repaints once per point and is what the architecture rules out.
    void seriesAreNeverFilledPointByPoint() {
        QDirIterator it(QStringLiteral(MLWB_SOURCE_DIR "/widgets"), {u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        // Series are pointers (QLineSeries *s); lists of points are values.
        const QRegularExpression perPoint(
            uR"((?:\b\w*(?:[Ss]eries|raw|mean|upper|lower|line|scatter)\w*|\bs)\s*->\s*(?:append|insert)\s*\(|->\s*append\s*\(\s*QPointF)"_s);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            ++files;
            const auto match = perPoint.match(text);
            QVERIFY2(!match.hasMatch(), qPrintable(f.fileName() + u": "_s + match.captured()));
        }
        QVERIFY(files > 5);
    }
};

QTEST_MAIN(tst_MetricCharts)
#include "tst_metriccharts.moc"
