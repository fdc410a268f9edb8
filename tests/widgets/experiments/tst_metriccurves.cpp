#include "chartsprojectfixture.h"
#include "experiments/metriccurves.h"
#include "project/project.h"
#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"

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
};

QTEST_MAIN(tst_MetricCurves)
#include "tst_metriccurves.moc"
