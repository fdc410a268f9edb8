#include "chartsprojectfixture.h"
#include "experiments/metriccurves.h"
#include "project/project.h"
#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <optional>

using namespace mlwb;
using namespace Qt::StringLiterals;
using widgets::experiments::CurveCache;
using widgets::experiments::readCurves;
using widgets::experiments::RunCurve;
using widgets::experiments::XMode;

class tst_MetricCurves : public QObject, ChartsProjectFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { makeProject(); }

    // What a curve shows besides its points (legend grouping by params, the running marker,
    // relative time) is read for all runs at once; it must be what the store says of each run.
    void curvesCarryWhatTheStoreSaysOfEachRun() {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const QList<std::tuple<QString, QList<tracking::Param>, tracking::RunStatus>> specs = {
            {u"typed"_s,
             {{u"lr"_s, 0.001},
              {u"layers"_s, qint64(3)},
              {u"opt"_s, u"adam"_s},
              {u"warmup"_s, true},
              {u"decay"_s, nan}},
             tracking::RunStatus::Finished},
            {u"live"_s, {{u"lr"_s, 0.1}}, tracking::RunStatus::Running},
            {u"bare"_s, {}, tracking::RunStatus::Failed},
            {u"silent"_s, {{u"lr"_s, 0.5}}, tracking::RunStatus::Finished},
        };
        QList<std::pair<qint64, QString>> runs;
        for (qsizetype i = 0; i < specs.size(); ++i) {
            const auto &[name, params, status] = specs[i];
            const double start = kStart + 1000.0 * double(i);
            const qint64 id = addRun(name, params, status, start);
            runs.append({id, name});
            if (name != u"silent"_s) // never logged the metric: no curve
                logLoss(
                    id, 0, 100, [](qint64 s) { return 1.0 / double(s + 1); }, start, 1.0);
        }
        tracking::TrackingStore store(m_project->db());
        CurveCache cache;
        // Without a cache, then with one twice: the second time finished runs come from it.
        for (CurveCache *c : {static_cast<CurveCache *>(nullptr), &cache, &cache}) {
            auto curves =
                readCurves(dbPath(), u"loss"_s, runs, 64, std::nullopt, XMode::RelativeTime, c);
            QVERIFY2(curves, curves ? "" : qPrintable(curves.error().toString()));
            QCOMPARE(curves->size(), 3);
            for (qsizetype i = 0; i < curves->size(); ++i) {
                const RunCurve &curve = curves->at(i);
                QCOMPARE(curve.runId, runs[i].first);
                QCOMPARE(curve.runName, runs[i].second);
                auto run = store.run(curve.runId);
                auto params = store.params(curve.runId);
                QVERIFY(run && params);
                QCOMPARE(curve.running, run->status == tracking::RunStatus::Running);
                QHash<QString, QString> shown;
                for (const tracking::Param &p : *params)
                    shown.insert(p.key, tracking::toDisplayString(p.value));
                QCOMPARE(curve.params, shown);
                QCOMPARE(curve.sourcePoints, qint64(100));
                // Logged 10 s after each run's own start.
                QCOMPARE(curve.points.constFirst().x(), 10.0);
            }
        }
        QCOMPARE(cache.finishedRuns.size(), 2); // the running run is read again each time
    }

    // A chart fits its axes to what each curve says of its points instead of walking them
    // again: where they lie, and whether all can be drawn as read (finite, above 0 on a log
    // scale). Values that are not finite are never drawn, so they are not where a curve lies.
    void curvesSayWhereTheirPointsLieAndWhetherAllAreDrawable() {
        constexpr double inf = std::numeric_limits<double>::infinity();
        constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        struct Shape {
            QString name;
            double (*value)(qint64);
            bool positive;
        };
        const QList<Shape> shapes = {
            {u"positive"_s, [](qint64 s) { return 2.0 + std::sin(double(s)); }, true},
            {u"crosses zero"_s, [](qint64 s) { return std::cos(double(s) / 7); }, false},
            {u"a gap"_s, [](qint64 s) { return s == 40 ? nan : 1.0 + double(s); }, true},
            {u"overflow"_s, [](qint64 s) { return s == 70 ? inf : -1.0 - double(s % 3); }, false},
        };
        QList<std::pair<qint64, QString>> runs;
        for (const Shape &shape : shapes) {
            const qint64 id = addRun(shape.name, {});
            logLoss(id, 5, 305, shape.value);
            runs.append({id, shape.name});
        }
        auto curves = readCurves(dbPath(), u"loss"_s, runs, 64, std::nullopt);
        QVERIFY2(curves, curves ? "" : qPrintable(curves.error().toString()));
        QCOMPARE(curves->size(), shapes.size());
        for (qsizetype i = 0; i < shapes.size(); ++i) {
            const RunCurve &c = curves->at(i);
            QVERIFY(c.allFinite);
            QCOMPARE(c.allPositive, shapes[i].positive);
            double y0 = inf, y1 = -inf;
            for (qint64 s = 5; s < 305; ++s) { // decimation keeps every extreme
                const double v = shapes[i].value(s);
                if (std::isfinite(v)) {
                    y0 = std::min(y0, v);
                    y1 = std::max(y1, v);
                }
            }
            QCOMPARE(c.extent.x0, 5.0);
            QCOMPARE(c.extent.x1, 304.0);
            QCOMPARE(c.extent.y0, y0);
            QCOMPARE(c.extent.y1, y1);
        }
    }

    // Charts share their read connections; a project made again at the same path is another
    // file, and its curves are what it holds, not what the old one held.
    void aProjectMadeAgainAtTheSamePathIsReadAfresh() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto read = [&](double value) {
            auto project = Project::init(dir.path());
            QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
            tracking::TrackingStore store(project->db());
            tracking::NewRun spec;
            spec.experiment = u"again"_s;
            auto run = store.createRun(spec);
            QVERIFY(run);
            tracking::MetricWriter w(project->db(), run->id);
            for (qint64 step = 0; step < 10; ++step)
                QVERIFY(w.log(u"loss"_s, step, value, kStart + double(step)));
            QVERIFY(w.flush());
            auto curves = readCurves(project->paths().database(), u"loss"_s, {{run->id, u"r"_s}},
                                     64, std::nullopt);
            QVERIFY2(curves, curves ? "" : qPrintable(curves.error().toString()));
            QCOMPARE(curves->size(), 1);
            QCOMPARE(curves->constFirst().points.constFirst().y(), value);
        };
        read(1.0);
        QVERIFY(QDir(dir.path() + u"/.mlwb"_s).removeRecursively());
        read(2.0);
    }
};

QTEST_MAIN(tst_MetricCurves)
#include "tst_metriccurves.moc"
