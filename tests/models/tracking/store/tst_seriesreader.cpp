#include "models/store/testsupport.h"
#include "tracking/metricwriter.h"
#include "tracking/seriesreader.h"
#include "tracking/trackingstore.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace mlwb;
using namespace mlwb::tracking;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

struct Series {
    std::vector<qint64> steps;
    std::vector<double> times;
    std::vector<double> values;
};

// Noise in [-1, 1] with single-point spikes far outside it.
Series noisyWithSpikes(size_t n, const std::vector<std::pair<size_t, double>> &spikes) {
    QRandomGenerator rng(1234);
    Series s;
    s.steps.resize(n);
    s.times.resize(n);
    s.values.resize(n);
    for (size_t i = 0; i < n; ++i) {
        s.steps[i] = qint64(i);
        s.times[i] = 1'700'000'000.0 + double(i) * 0.01;
        s.values[i] = rng.generateDouble() * 2.0 - 1.0;
    }
    for (const auto &[at, value] : spikes)
        s.values[at] = value;
    return s;
}

// Per bucket over [lo, hi]: the true min and max of the finite values.
std::vector<std::pair<double, double>> trueExtremes(const Series &s, double lo, double hi,
                                                    int buckets) {
    std::vector<std::pair<double, double>> out(size_t(buckets), {kInf, -kInf});
    const double scale = buckets / (hi - lo);
    for (size_t i = 0; i < s.steps.size(); ++i) {
        const double x = double(s.steps[i]);
        if (x < lo || x > hi || !std::isfinite(s.values[i]))
            continue;
        const auto b =
            std::min(size_t(std::max(0.0, std::floor((x - lo) * scale))), size_t(buckets - 1));
        out[b].first = std::min(out[b].first, s.values[i]);
        out[b].second = std::max(out[b].second, s.values[i]);
    }
    return out;
}

std::vector<std::pair<double, double>> decimatedExtremes(const DecimatedSeries &d, double lo,
                                                         double hi, int buckets) {
    Series asSeries;
    for (size_t i = 0; i < d.x.size(); ++i) {
        asSeries.steps.push_back(qint64(d.x[i]));
        asSeries.values.push_back(d.y[i]);
    }
    return trueExtremes(asSeries, lo, hi, buckets);
}

} // namespace

class TestSeriesReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
    qint64 m_runId = 0;

    qint64 write(const QString &key, const Series &s, qsizetype blockPoints) {
        MetricWriter::Policy policy;
        policy.maxPoints = 1 << 30;
        policy.maxAge = std::chrono::hours(1);
        policy.maxBlockPoints = blockPoints;
        MetricWriter w(*m_db, m_runId, policy);
        if (auto r = w.logSeries(key, s.steps, s.times, s.values); !r)
            qFatal("%s", qPrintable(r.error().toString()));
        if (auto r = w.flush(); !r)
            qFatal("%s", qPrintable(r.error().toString()));
        SeriesReader reader(*m_db);
        auto id = reader.seriesId(m_runId, key);
        if (!id || !*id)
            qFatal("series %s was not stored", qPrintable(key));
        return **id;
    }

private Q_SLOTS:
    void initTestCase() {
        m_db.emplace(testsupport::openMigrated(m_dir.filePath(QStringLiteral("project.db"))));
        TrackingStore ts(*m_db);
        auto run = ts.createRun({});
        MLWB_VERIFY_OK(run);
        m_runId = run->id;
    }

    void cleanupTestCase() { m_db.reset(); }

    void decimationKeepsEverySpike_data() {
        QTest::addColumn<int>("buckets");
        QTest::addColumn<double>("maxShareRead"); // of the points, read from blobs
        // 1000 points per bucket: nearly every 1024-point block straddles two buckets.
        QTest::newRow("1000 buckets") << 1000 << 1.0;
        // 10000 points per bucket: most blocks are summarised from their extremes.
        QTest::newRow("100 buckets") << 100 << 0.25;
    }

    void decimationKeepsEverySpike() {
        QFETCH(int, buckets);
        QFETCH(double, maxShareRead);
        const size_t n = 1'000'000;
        QRandomGenerator rng(99);
        std::vector<std::pair<size_t, double>> spikes;
        for (int i = 0; i < 12; ++i) {
            const double height = 10.0 + i;
            spikes.emplace_back(rng.bounded(quint32(n)), i % 2 ? height : -height);
        }
        const Series s = noisyWithSpikes(n, spikes);
        static const qint64 id = write(QStringLiteral("spiky"), s, 1024);

        SeriesReader reader(*m_db);
        auto d = reader.decimate(id, buckets);
        MLWB_VERIFY_OK(d);
        QCOMPARE(d->sourcePoints, qint64(n));
        QVERIFY(d->x.size() <= size_t(4 * buckets));
        QVERIFY(d->x.size() >= size_t(buckets));
        QVERIFY2(double(d->pointsRead) <= maxShareRead * double(n),
                 qPrintable(QStringLiteral("%1 points read").arg(d->pointsRead)));
        for (const auto &[at, value] : spikes)
            QVERIFY2(std::find(d->y.begin(), d->y.end(), value) != d->y.end(),
                     qPrintable(QStringLiteral("spike %1 at step %2 lost").arg(value).arg(at)));
        const auto [trueMin, trueMax] = std::minmax_element(s.values.begin(), s.values.end());
        for (const double y : d->y)
            QVERIFY(y >= *trueMin && y <= *trueMax);
        QVERIFY(std::is_sorted(d->x.begin(), d->x.end()));
        QCOMPARE(decimatedExtremes(*d, 0, double(n - 1), buckets),
                 trueExtremes(s, 0, double(n - 1), buckets));
    }

    void summaryPathAgreesWithExactPath_data() {
        QTest::addColumn<int>("buckets");
        QTest::newRow("blocks inside buckets") << 50;
        QTest::newRow("blocks straddle buckets") << 333;
        QTest::newRow("more buckets than blocks") << 2000;
    }

    void summaryPathAgreesWithExactPath() {
        QFETCH(int, buckets);
        const size_t n = 100'000;
        const Series s = noisyWithSpikes(n, {{777, 50.0}, {54'321, -50.0}, {99'999, 7.0}});
        // Small blocks are mostly summarised from their extremes; one huge block is read whole.
        static qint64 small = write(QStringLiteral("small-blocks"), s, 256);
        static qint64 whole = write(QStringLiteral("one-block"), s, 1 << 30);
        SeriesReader reader(*m_db);
        auto summarised = reader.decimate(small, buckets);
        auto exact = reader.decimate(whole, buckets);
        MLWB_VERIFY_OK(summarised);
        MLWB_VERIFY_OK(exact);
        QCOMPARE(exact->pointsRead, qint64(n));
        if (buckets < 100)
            QVERIFY(summarised->pointsRead < qint64(n));
        const double lo = 0;
        const double hi = double(n - 1);
        const auto expected = trueExtremes(s, lo, hi, buckets);
        QCOMPARE(decimatedExtremes(*exact, lo, hi, buckets), expected);
        QCOMPARE(decimatedExtremes(*summarised, lo, hi, buckets), expected);
    }

    void rangeZoomReturnsOnlyPointsInRange_data() {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::newRow("inside one block") << 100.0 << 200.0;
        QTest::newRow("across blocks") << 1000.0 << 30'000.0;
        QTest::newRow("reversed bounds") << 5000.0 << 4000.0;
        QTest::newRow("past the end") << 49'000.0 << 80'000.0;
    }

    void rangeZoomReturnsOnlyPointsInRange() {
        QFETCH(double, lo);
        QFETCH(double, hi);
        const Series s = noisyWithSpikes(50'000, {{4500, 99.0}});
        static qint64 id = write(QStringLiteral("zoom"), s, 1024);
        SeriesReader reader(*m_db);
        auto d = reader.decimate(id, 100, XAxis::Step, std::pair{lo, hi});
        MLWB_VERIFY_OK(d);
        const double from = std::min(lo, hi);
        const double to = std::min(std::max(lo, hi), double(s.steps.size() - 1));
        QCOMPARE(d->sourcePoints, qint64(to - from + 1));
        QVERIFY(!d->x.empty());
        for (const double x : d->x)
            QVERIFY2(x >= from && x <= to, qPrintable(QString::number(x)));
        const bool spikeInRange = 4500 >= from && 4500 <= to;
        QCOMPARE(std::find(d->y.begin(), d->y.end(), 99.0) != d->y.end(), spikeInRange);
    }

    void wallTimeAxis() {
        const Series s = noisyWithSpikes(20'000, {{12'345, -42.0}});
        const qint64 id = write(QStringLiteral("walltime"), s, 512);
        SeriesReader reader(*m_db);
        auto d = reader.decimate(id, 200, XAxis::WallTime);
        MLWB_VERIFY_OK(d);
        QCOMPARE(d->sourcePoints, qint64(20'000));
        QVERIFY(std::find(d->y.begin(), d->y.end(), -42.0) != d->y.end());
        QVERIFY(d->x.front() >= s.times.front() && d->x.back() <= s.times.back());
    }

    void nonFiniteValuesAreSkipped() {
        Series s = noisyWithSpikes(5000, {{10, kNaN}, {2000, kInf}, {3000, -kInf}});
        std::fill(s.values.begin() + 4000, s.values.end(), kNaN);
        const qint64 id = write(QStringLiteral("nonfinite"), s, 100);
        SeriesReader reader(*m_db);
        auto d = reader.decimate(id, 10);
        MLWB_VERIFY_OK(d);
        QCOMPARE(d->sourcePoints, qint64(5000));
        for (size_t i = 0; i < d->y.size(); ++i) {
            QVERIFY(std::isfinite(d->y[i]));
            QVERIFY(d->x[i] < 4000); // the all-NaN tail draws nothing
        }
        // Finite neighbours of the infinities are still there.
        QVERIFY(std::any_of(d->x.begin(), d->x.end(), [](double x) { return x >= 2000; }));
    }

    void emptyAndInvalidRequests() {
        SeriesReader reader(*m_db);
        auto none = reader.decimate(987'654, 100);
        MLWB_VERIFY_OK(none);
        QVERIFY(none->x.empty());
        QVERIFY(!reader.decimate(1, 0));
        auto missing = reader.seriesId(m_runId, QStringLiteral("never-logged"));
        MLWB_VERIFY_OK(missing);
        QVERIFY(!missing->has_value());
    }

    void cachedPanReadsOnlyNewBlocksAndDrawsTheSame() {
        const Series s = noisyWithSpikes(10'000, {{3100, 55.0}, {5200, -55.0}});
        const qint64 id = write(QStringLiteral("panned"), s, 1000); // blocks of 1000 steps
        SeriesCache cache;
        SeriesReader cached(*m_db, &cache);
        SeriesReader plain(*m_db);
        const auto zoomIn = std::pair{2500.0, 4500.0}; // blocks 2, 3, 4
        const auto panned = std::pair{3500.0, 5500.0}; // blocks 3, 4 seen before, 5 new

        auto first = cached.decimate(id, 500, XAxis::Step, zoomIn);
        MLWB_VERIFY_OK(first);
        QCOMPARE(first->cachedBlocks, qint64(0));
        QVERIFY(cache.bytes() > 0);
        auto again = cached.decimate(id, 500, XAxis::Step, panned);
        MLWB_VERIFY_OK(again);
        QCOMPARE(again->cachedBlocks, qint64(2));
        // What is drawn is what an uncached read draws, spike included.
        auto reference = plain.decimate(id, 500, XAxis::Step, panned);
        MLWB_VERIFY_OK(reference);
        QCOMPARE(again->x, reference->x);
        QCOMPARE(again->y, reference->y);
        QCOMPARE(again->sourcePoints, reference->sourcePoints);
        QVERIFY(std::find(again->y.begin(), again->y.end(), -55.0) != again->y.end());
        // The wall-time axis reads its own x values, not the cached steps.
        auto byTime = cached.decimate(id, 500, XAxis::WallTime);
        MLWB_VERIFY_OK(byTime);
        QCOMPARE(byTime->cachedBlocks, qint64(0));
        QVERIFY(byTime->x.front() >= s.times.front());

        // A budget smaller than one block keeps nothing and still draws.
        SeriesCache tiny(1024);
        SeriesReader small(*m_db, &tiny);
        auto twice = small.decimate(id, 500, XAxis::Step, zoomIn);
        twice = small.decimate(id, 500, XAxis::Step, zoomIn);
        MLWB_VERIFY_OK(twice);
        QCOMPARE(twice->cachedBlocks, qint64(0));
        QCOMPARE(tiny.bytes(), qint64(0));
        QVERIFY(std::find(twice->y.begin(), twice->y.end(), 55.0) != twice->y.end());
    }

    void cachedBlockListFollowsNewAndRemovedBlocks() {
        const Series s = noisyWithSpikes(7'000, {{6'500, 77.0}});
        Series head;
        head.steps.assign(s.steps.begin(), s.steps.begin() + 5'000);
        head.times.assign(s.times.begin(), s.times.begin() + 5'000);
        head.values.assign(s.values.begin(), s.values.begin() + 5'000);
        Series tail;
        tail.steps.assign(s.steps.begin() + 5'000, s.steps.end());
        tail.times.assign(s.times.begin() + 5'000, s.times.end());
        tail.values.assign(s.values.begin() + 5'000, s.values.end());
        const qint64 id = write(QStringLiteral("growing"), head, 1000);
        SeriesCache cache;
        SeriesReader cached(*m_db, &cache);
        SeriesReader plain(*m_db);
        const auto sameAsUncached = [&](qint64 points) {
            auto got = cached.decimate(id, 300);
            MLWB_VERIFY_OK(got);
            auto want = plain.decimate(id, 300);
            MLWB_VERIFY_OK(want);
            QCOMPARE(got->x, want->x);
            QCOMPARE(got->y, want->y);
            QCOMPARE(got->sourcePoints, points);
        };
        sameAsUncached(5'000);
        sameAsUncached(5'000); // from the cached block list
        // A live run logs more: the new blocks are drawn, the spike among them.
        write(QStringLiteral("growing"), tail, 1000);
        sameAsUncached(7'000);
        auto latest = cached.decimate(id, 300);
        MLWB_VERIFY_OK(latest);
        QVERIFY(std::find(latest->y.begin(), latest->y.end(), 77.0) != latest->y.end());
        // A block that is gone is not drawn from the cache.
        auto st = m_db->prepare(QStringLiteral(
            "DELETE FROM metric_blocks WHERE id = "
            "(SELECT id FROM metric_blocks WHERE series_id = ?1 ORDER BY id LIMIT 1 OFFSET 2)"));
        MLWB_VERIFY_OK(st);
        st->bind(1, id);
        MLWB_VERIFY_OK(st->exec());
        sameAsUncached(6'000);
    }

    void stepsLoggedOutOfOrderKeepEveryExtreme() {
        // Steps logged backwards, then a stretch logged twice: no run of ascending x to lean on.
        Series s = noisyWithSpikes(6'000, {{700, 90.0}, {2'500, -90.0}, {5'600, 45.0}});
        for (size_t i = 0; i < 3'000; ++i)
            s.steps[i] = qint64(2'999 - i);
        for (size_t i = 5'000; i < 6'000; ++i)
            s.steps[i] = qint64(i - 2'000);
        s.values[3'100] = kNaN;
        const qint64 id = write(QStringLiteral("unordered"), s, 700);
        SeriesReader reader(*m_db);
        auto d = reader.decimate(id, 150);
        MLWB_VERIFY_OK(d);
        QCOMPARE(d->sourcePoints, qint64(6'000));
        QCOMPARE(decimatedExtremes(*d, 0, 4'999, 150), trueExtremes(s, 0, 4'999, 150));
    }

    void damagedBlockIsReported() {
        const Series s = noisyWithSpikes(10, {});
        const qint64 id = write(QStringLiteral("damaged"), s, 1024);
        auto st = m_db->prepare(
            QStringLiteral("UPDATE metric_blocks SET vals = zeroblob(12) WHERE series_id = ?1"));
        MLWB_VERIFY_OK(st);
        st->bind(1, id);
        MLWB_VERIFY_OK(st->exec());
        SeriesReader reader(*m_db);
        auto data = reader.load(id);
        QVERIFY(!data);
        QVERIFY2(data.error().why.contains(QLatin1String("12 bytes for 10 points")),
                 qPrintable(data.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestSeriesReader)
#include "tst_seriesreader.moc"
