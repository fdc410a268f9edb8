#include "models/store/testsupport.h"
#include "tracking/metricblocks.h"
#include "tracking/metricwriter.h"
#include "tracking/seriesreader.h"
#include "tracking/trackingstore.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
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

// Decimation the plain way, as a reference: every point read is added to its bucket on its
// own, and every block is read whole from the table.
struct ReferenceBucket {
    bool any = false;
    std::pair<double, double> first, last, min, max;

    void add(double x, double y) {
        if (!any) {
            first = last = min = max = {x, y};
            any = true;
            return;
        }
        if (x < first.first)
            first = {x, y};
        if (x >= last.first)
            last = {x, y};
        if (y < min.second)
            min = {x, y};
        if (y > max.second)
            max = {x, y};
    }
};

DecimatedSeries referenceDecimate(store::Database &db, qint64 seriesId, int buckets, XAxis axis,
                                  std::optional<std::pair<double, double>> range) {
    struct Block {
        qint64 n;
        double xlo, xhi, vmin, vmax, xLast, vLast;
        std::vector<double> xs, ys;
    };
    auto st = db.prepare(QStringLiteral(
        "SELECT n, step_min, step_max, time_first, time_last, vmin, vmax, step_last, v_last, "
        "steps, times, vals FROM metric_blocks WHERE series_id = ?1 ORDER BY id"));
    if (!st)
        qFatal("%s", qPrintable(st.error().toString()));
    st->bind(1, seriesId);
    std::vector<Block> blocks;
    for (;;) {
        const Result<bool> row = st->step();
        if (!row)
            qFatal("%s", qPrintable(row.error().toString()));
        if (!*row)
            break;
        Block b{};
        b.n = st->int64(0);
        const bool steps = axis == XAxis::Step;
        b.xlo = steps ? double(st->int64(1)) : std::min(st->real(3), st->real(4));
        b.xhi = steps ? double(st->int64(2)) : std::max(st->real(3), st->real(4));
        b.xLast = steps ? double(st->int64(7)) : st->real(4);
        b.vmin = st->isNull(5) ? kNaN : st->real(5);
        b.vmax = st->isNull(6) ? kNaN : st->real(6);
        b.vLast = st->isNull(8) ? kNaN : st->real(8);
        const QByteArray xBlob = st->blob(steps ? 9 : 10);
        const QByteArray yBlob = st->blob(11);
        for (qint64 i = 0; i < b.n; ++i) {
            qint64 step = 0;
            double x = 0;
            double y = 0;
            std::memcpy(steps ? static_cast<void *>(&step) : &x, xBlob.constData() + i * 8, 8);
            std::memcpy(&y, yBlob.constData() + i * 8, 8);
            b.xs.push_back(steps ? double(step) : x);
            b.ys.push_back(y);
        }
        blocks.push_back(std::move(b));
    }
    DecimatedSeries out;
    if (blocks.empty())
        return out;
    double lo = kInf;
    double hi = -kInf;
    for (const Block &b : blocks)
        lo = std::min(lo, b.xlo), hi = std::max(hi, b.xhi);
    if (range)
        lo = std::min(range->first, range->second), hi = std::max(range->first, range->second);
    const double scale = hi > lo ? buckets / (hi - lo) : 0.0;
    std::vector<ReferenceBucket> grid(size_t(buckets), ReferenceBucket{});
    const auto inRange = [&](double x) { return x >= lo && x <= hi; };
    const auto indexOf = [&](double x) {
        const double i = (x - lo) * scale;
        const size_t last = size_t(buckets) - 1;
        return !(i > 0) ? 0 : i < double(last) ? size_t(i) : last;
    };
    std::vector<const Block *> spanning;
    for (const Block &b : blocks) {
        if (b.xhi < lo || b.xlo > hi)
            continue;
        const bool noNumber = std::isnan(b.vmin) && std::isnan(b.vmax);
        const bool finite = std::isfinite(b.vmin) && std::isfinite(b.vmax);
        if (!inRange(b.xlo) || !inRange(b.xhi) || indexOf(b.xlo) != indexOf(b.xhi) ||
            !(noNumber || finite)) {
            spanning.push_back(&b);
            continue;
        }
        out.sourcePoints += b.n;
        if (noNumber)
            continue;
        ReferenceBucket &bucket = grid[indexOf(b.xlo)];
        const double mid = b.xlo + (b.xhi - b.xlo) / 2;
        bucket.add(mid, b.vmin);
        bucket.add(mid, b.vmax);
        if (std::isfinite(b.vLast))
            bucket.add(b.xLast, b.vLast);
    }
    for (const Block *b : spanning) {
        bool covered =
            inRange(b->xlo) && inRange(b->xhi) && std::isfinite(b->vmin) && std::isfinite(b->vmax);
        for (size_t i = indexOf(b->xlo); covered && i <= indexOf(b->xhi); ++i)
            covered = grid[i].any && grid[i].min.second <= b->vmin && grid[i].max.second >= b->vmax;
        if (covered) {
            out.sourcePoints += b->n;
            continue;
        }
        out.pointsRead += b->n;
        for (size_t i = 0; i < b->xs.size(); ++i) {
            if (range && !inRange(b->xs[i]))
                continue;
            ++out.sourcePoints;
            if (std::isfinite(b->ys[i]))
                grid[indexOf(b->xs[i])].add(b->xs[i], b->ys[i]);
        }
    }
    for (const ReferenceBucket &b : grid) {
        if (!b.any)
            continue;
        std::vector<std::pair<double, double>> pts{b.first, b.min, b.max, b.last};
        std::stable_sort(pts.begin(), pts.end(),
                         [](const auto &p, const auto &q) { return p.first < q.first; });
        const size_t begin = out.x.size();
        for (const auto &[x, y] : pts) {
            bool seen = false;
            for (size_t i = begin; i < out.x.size(); ++i)
                seen = seen || (out.x[i] == x && out.y[i] == y);
            if (!seen) {
                out.x.push_back(x);
                out.y.push_back(y);
            }
        }
    }
    return out;
}

// Bit for bit, so that -0.0 and 0.0 differ.
bool sameNumbers(const std::vector<double> &a, const std::vector<double> &b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
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

    void decimationDrawsWhatAPointByPointReadDraws_data() {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<int>("buckets");
        QTest::addColumn<double>("from"); // of the range as a share of the steps; NaN: all
        QTest::addColumn<double>("to");
        QTest::addColumn<bool>("wallTime");
        for (const char *shape : {"ascending", "unordered", "non-finite", "ties"}) {
            const QString name = QString::fromLatin1(shape);
            QTest::addRow("%s, 800 buckets", shape) << name << 800 << kNaN << kNaN << false;
            QTest::addRow("%s, 16 buckets", shape) << name << 16 << kNaN << kNaN << false;
            QTest::addRow("%s, more buckets than steps", shape)
                << name << 50'000 << kNaN << kNaN << false;
            QTest::addRow("%s, zoomed to a tenth", shape) << name << 800 << 0.3 << 0.4 << false;
            QTest::addRow("%s, zoomed to a few steps", shape)
                << name << 800 << 0.5001 << 0.5004 << false;
            QTest::addRow("%s, by wall time", shape) << name << 333 << kNaN << kNaN << true;
            QTest::addRow("%s, by wall time, zoomed", shape) << name << 800 << 0.2 << 0.7 << true;
        }
    }

    void decimationDrawsWhatAPointByPointReadDraws() {
        QFETCH(QString, shape);
        QFETCH(int, buckets);
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(bool, wallTime);
        const size_t n = 12'000;
        Series s = noisyWithSpikes(n, {{1234, 30.0}, {9876, -30.0}});
        QRandomGenerator rng(5);
        if (shape == QLatin1String("unordered")) {
            for (size_t i = 0; i < n; ++i) {
                if (i < 2'000)
                    s.steps[i] = qint64(1'999 - i); // backwards
                else if (i % 7 == 0)
                    s.steps[i] = s.steps[i - 1]; // logged twice
                else if (i > 10'000)
                    s.steps[i] = qint64(rng.bounded(quint32(n))); // anywhere
            }
        } else if (shape == QLatin1String("non-finite")) {
            for (size_t i = 0; i < n; i += 1 + rng.bounded(40u))
                s.values[i] = std::array{kNaN, kInf, -kInf}[i % 3];
            std::fill(s.values.begin() + 3'000, s.values.begin() + 4'500, kNaN);
        } else if (shape == QLatin1String("ties")) {
            for (size_t i = 0; i < n; ++i)
                s.values[i] = i % 5 == 0 ? -0.0 : std::round(s.values[i] * 2) / 2;
            for (size_t i = 1; i < n; i += 3)
                s.steps[i] = s.steps[i - 1];
        }
        for (size_t i = 0; i < n; ++i)
            s.times[i] = 1'700'000'000.0 + double(s.steps[i]) * 0.01;
        const QString key = QStringLiteral("shape-") + shape;
        static QHash<QString, qint64> ids;
        if (!ids.contains(key))
            ids.insert(key, write(key, s, 1000));
        const qint64 id = ids.value(key);
        const XAxis axis = wallTime ? XAxis::WallTime : XAxis::Step;
        std::optional<std::pair<double, double>> range;
        if (!std::isnan(from)) {
            const double x0 = wallTime ? s.times.front() : 0.0;
            const double span = wallTime ? s.times.back() - s.times.front() : double(n - 1);
            range = std::pair{x0 + from * span, x0 + to * span};
        }
        const DecimatedSeries want = referenceDecimate(*m_db, id, buckets, axis, range);
        QVERIFY(!want.x.empty());
        SeriesCache cache;
        SeriesReader plain(*m_db);
        SeriesReader cached(*m_db, &cache);
        // Straight from the database, then into and out of a cache.
        for (SeriesReader *reader : {&plain, &cached, &cached}) {
            auto got = reader->decimate(id, buckets, axis, range);
            MLWB_VERIFY_OK(got);
            QVERIFY(sameNumbers(got->x, want.x));
            QVERIFY(sameNumbers(got->y, want.y));
            QCOMPARE(got->sourcePoints, want.sourcePoints);
            QCOMPARE(got->pointsRead, want.pointsRead);
        }
    }

    void seriesIdsOfManyRunsInOneQuery() {
        TrackingStore ts(*m_db);
        QList<qint64> runs;
        QHash<qint64, qint64> expected;
        for (int r = 0; r < 5; ++r) {
            auto run = ts.createRun({});
            MLWB_VERIFY_OK(run);
            runs.append(run->id);
            if (r == 2)
                continue; // never logged the metric
            MetricWriter w(*m_db, run->id);
            MLWB_VERIFY_OK(w.log(QStringLiteral("acc"), 0, 0.5 + r, 1.0));
            MLWB_VERIFY_OK(w.log(QStringLiteral("other"), 0, 1.0, 1.0));
            MLWB_VERIFY_OK(w.flush());
            SeriesReader one(*m_db);
            auto id = one.seriesId(run->id, QStringLiteral("acc"));
            MLWB_VERIFY_OK(id);
            expected.insert(run->id, id->value());
        }
        SeriesReader reader(*m_db);
        auto ids = reader.seriesIds(runs, QStringLiteral("acc"));
        MLWB_VERIFY_OK(ids);
        QCOMPARE(*ids, expected);
        auto none = reader.seriesIds({}, QStringLiteral("acc"));
        MLWB_VERIFY_OK(none);
        QVERIFY(none->isEmpty());
    }

    void readLargerThanTheCacheKeepsWhatFits() {
        // Five series of 4 blocks of 1,000 points: 16 KB a block, 320 KB in all.
        QList<qint64> ids;
        for (int k = 0; k < 5; ++k)
            ids.append(write(QStringLiteral("budget-%1").arg(k),
                             noisyWithSpikes(4'000, {{size_t(500 + k), 20.0 + k}}), 1000));
        const qint64 budget = 100 << 10;
        SeriesCache cache(budget);
        SeriesReader cached(*m_db, &cache);
        SeriesReader plain(*m_db);
        cache.beginRead();
        for (const qint64 id : ids)
            MLWB_VERIFY_OK(cached.decimate(id, 800));
        // The blocks read first are kept, as many as fit; none was dropped for a later one.
        QVERIFY(cache.bytes() > budget / 2);
        QVERIFY(cache.bytes() <= budget);
        auto first = cached.decimate(ids.first(), 800);
        MLWB_VERIFY_OK(first);
        QCOMPARE(first->cachedBlocks, qint64(4));
        auto last = cached.decimate(ids.last(), 800);
        MLWB_VERIFY_OK(last);
        QCOMPARE(last->cachedBlocks, qint64(0));
        // Drawn the same either way, spike included.
        for (const qint64 id : ids) {
            auto got = cached.decimate(id, 800);
            auto want = plain.decimate(id, 800);
            MLWB_VERIFY_OK(got);
            MLWB_VERIFY_OK(want);
            QVERIFY(sameNumbers(got->x, want->x));
            QVERIFY(sameNumbers(got->y, want->y));
        }
        // The next read keeps what it reads, dropping the least recently used blocks.
        cache.beginRead();
        MLWB_VERIFY_OK(cached.decimate(ids.last(), 800));
        QVERIFY(cache.bytes() <= budget);
        auto again = cached.decimate(ids.last(), 800);
        MLWB_VERIFY_OK(again);
        QCOMPARE(again->cachedBlocks, qint64(4));
    }

    void blockNumbersAreReadInPlaceWhenAligned() {
        const std::vector<double> numbers{1.5, -2.0, kInf, 4.25};
        alignas(8) std::array<char, 40> bytes{};
        for (const size_t offset : {size_t(0), size_t(3)}) {
            std::memcpy(bytes.data() + offset, numbers.data(), 32);
            const std::span<const char> blob(bytes.data() + offset, 32);
            std::vector<double> scratch;
            const double *read = blockNumbers(blob, scratch);
            QCOMPARE(std::vector<double>(read, read + 4), numbers);
            // In place when aligned; otherwise from a copy.
            QCOMPARE(static_cast<const void *>(read) == blob.data(), offset == 0);
            QCOMPARE(scratch.empty(), offset == 0);
        }
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
