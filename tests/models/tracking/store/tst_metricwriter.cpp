#include "models/store/testsupport.h"
#include "tracking/metricwriter.h"
#include "tracking/seriesreader.h"
#include "tracking/trackingstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <limits>

using namespace mlwb;
using namespace mlwb::tracking;
using namespace std::chrono_literals;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool sameBits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

QString describe(const std::optional<double> &v) {
    return v ? QString::number(*v) : QStringLiteral("none");
}

} // namespace

class TestMetricWriter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<store::Database> m_db;
    qint64 m_runId = 0;

    // What another process (the GUI) sees: a separate connection.
    SeriesData readFromSecondConnection(const QString &key) {
        auto db = store::Database::open(m_path, store::Database::Mode::ReadOnly);
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        SeriesReader reader(*db);
        auto id = reader.seriesId(m_runId, key);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        if (!*id)
            return {};
        auto data = reader.load(**id);
        if (!data)
            qFatal("%s", qPrintable(data.error().toString()));
        return *data;
    }

    MetricSummary summary(const QString &key) {
        TrackingStore ts(*m_db);
        auto all = ts.metricSummaries(m_runId);
        if (!all)
            qFatal("%s", qPrintable(all.error().toString()));
        for (const MetricSummary &s : *all) {
            if (s.key == key)
                return s;
        }
        return {};
    }

private Q_SLOTS:
    void init() {
        static int counter = 0;
        m_path = m_dir.filePath(QStringLiteral("project-%1.db").arg(++counter));
        m_db.emplace(testsupport::openMigrated(m_path));
        TrackingStore ts(*m_db);
        auto run = ts.createRun({});
        MLWB_VERIFY_OK(run);
        m_runId = run->id;
    }

    void cleanup() { m_db.reset(); }

    void pointsRoundTripExactly() {
        const std::vector<double> values{0.5,    -0.0,  kNaN,  kInf, -kInf,
                                         1e-310, 1e308, -3.25, 42.0, kNaN};
        const std::vector<qint64> steps{0, 1, 2, 3, 3, -7, 1'000'000'000'000LL, 9, 10, 11};
        {
            MetricWriter w(*m_db, m_runId);
            for (size_t i = 0; i < values.size(); ++i)
                MLWB_VERIFY_OK(w.log(QStringLiteral("loss"), steps[i], values[i],
                                     1'700'000'000.0 + 0.001 * double(i)));
            MLWB_VERIFY_OK(w.flush());
            QCOMPARE(w.pending(), 0);
        }
        const SeriesData data = readFromSecondConnection(QStringLiteral("loss"));
        QCOMPARE(data.values.size(), values.size());
        QCOMPARE(data.steps, steps);
        for (size_t i = 0; i < values.size(); ++i) {
            QVERIFY2(sameBits(data.values[i], values[i]), qPrintable(QString::number(i)));
            QCOMPARE(data.times[i], 1'700'000'000.0 + 0.001 * double(i));
        }
    }

    void summaryAcrossFlushes_data() {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("flushEvery");
        QTest::addColumn<std::optional<double>>("last");
        QTest::addColumn<std::optional<double>>("min");
        QTest::addColumn<std::optional<double>>("max");
        using O = std::optional<double>;
        QTest::newRow("plain") << QList<double>{3, 1, 4, 1, 5, 9, 2, 6} << 3 << O(6) << O(1)
                               << O(9);
        QTest::newRow("one point per flush")
            << QList<double>{2, -1, 7} << 1 << O(7) << O(-1) << O(7);
        QTest::newRow("NaN last") << QList<double>{1, 2, kNaN} << 2 << O() << O(1) << O(2);
        QTest::newRow("block of only NaN")
            << QList<double>{1, 2, kNaN, kNaN} << 2 << O() << O(1) << O(2);
        QTest::newRow("infinities")
            << QList<double>{1, kInf, -kInf, 2} << 2 << O(2) << O(-kInf) << O(kInf);
        QTest::newRow("all NaN") << QList<double>{kNaN, kNaN} << 1 << O() << O() << O();
    }

    void summaryAcrossFlushes() {
        QFETCH(QList<double>, values);
        QFETCH(int, flushEvery);
        QFETCH(std::optional<double>, last);
        QFETCH(std::optional<double>, min);
        QFETCH(std::optional<double>, max);
        MetricWriter w(*m_db, m_runId);
        for (int i = 0; i < values.size(); ++i) {
            MLWB_VERIFY_OK(w.log(QStringLiteral("acc"), i, values[i], 100.0 + i));
            if ((i + 1) % flushEvery == 0)
                MLWB_VERIFY_OK(w.flush());
        }
        MLWB_VERIFY_OK(w.flush());
        const MetricSummary s = summary(QStringLiteral("acc"));
        QCOMPARE(s.count, values.size());
        QCOMPARE(s.lastStep, values.size() - 1);
        QVERIFY2(s.last == last, qPrintable(describe(s.last)));
        QVERIFY2(s.min == min, qPrintable(describe(s.min)));
        QVERIFY2(s.max == max, qPrintable(describe(s.max)));
    }

    void severalWritersShareOneSeries() {
        auto second = store::Database::open(m_path);
        MLWB_VERIFY_OK(second);
        {
            MetricWriter a(*m_db, m_runId);
            MetricWriter b(*second, m_runId);
            for (int i = 0; i < 10; ++i)
                MLWB_VERIFY_OK(a.log(QStringLiteral("loss"), i, 10.0 - i, i));
            MLWB_VERIFY_OK(a.flush());
            // A late writer with smaller steps does not move "last" backwards.
            MLWB_VERIFY_OK(b.log(QStringLiteral("loss"), 100, 0.25, 100));
            MLWB_VERIFY_OK(b.flush());
            MLWB_VERIFY_OK(a.log(QStringLiteral("loss"), 50, -5.0, 50));
            MLWB_VERIFY_OK(a.flush());
        }
        const MetricSummary s = summary(QStringLiteral("loss"));
        QCOMPARE(s.count, 12);
        QCOMPARE(s.lastStep, 100);
        QCOMPARE(s.last, std::optional<double>(0.25));
        QCOMPARE(s.min, std::optional<double>(-5.0));
        QCOMPARE(s.max, std::optional<double>(10.0));
        auto series = m_db->scalar(QStringLiteral("SELECT count(*) FROM metric_series"));
        MLWB_VERIFY_OK(series);
        QCOMPARE(series->toInt(), 1);
        QCOMPARE(readFromSecondConnection(QStringLiteral("loss")).values.size(), size_t(12));
    }

    void longBatchesAreSplitIntoBlocks() {
        MetricWriter::Policy policy;
        policy.maxBlockPoints = 1000;
        std::vector<qint64> steps(4500);
        std::vector<double> times(4500);
        std::vector<double> values(4500);
        for (size_t i = 0; i < steps.size(); ++i) {
            steps[i] = qint64(i);
            times[i] = double(i);
            values[i] = std::sin(double(i));
        }
        MetricWriter w(*m_db, m_runId, policy);
        MLWB_VERIFY_OK(w.logSeries(QStringLiteral("x"), steps, times, values));
        MLWB_VERIFY_OK(w.flush());
        auto blocks = m_db->scalar(QStringLiteral("SELECT count(*) FROM metric_blocks"));
        MLWB_VERIFY_OK(blocks);
        QCOMPARE(blocks->toInt(), 5);
        const SeriesData data = readFromSecondConnection(QStringLiteral("x"));
        QCOMPARE(data.steps, steps);
        QCOMPARE(data.values, values);
        QCOMPARE(summary(QStringLiteral("x")).count, 4500);
    }

    void flushesWhenEnoughPointsArePending() {
        MetricWriter::Policy policy;
        policy.maxPoints = 10;
        policy.maxAge = std::chrono::hours(1);
        MetricWriter w(*m_db, m_runId, policy);
        for (int i = 0; i < 9; ++i)
            MLWB_VERIFY_OK(w.log(QStringLiteral("loss"), i, i, i));
        QCOMPARE(w.pending(), 9);
        QCOMPARE(readFromSecondConnection(QStringLiteral("loss")).values.size(), size_t(0));
        MLWB_VERIFY_OK(w.log(QStringLiteral("acc"), 9, 9, 9));
        QCOMPARE(w.pending(), 0);
        QCOMPARE(readFromSecondConnection(QStringLiteral("loss")).values.size(), size_t(9));
        QCOMPARE(readFromSecondConnection(QStringLiteral("acc")).values.size(), size_t(1));
    }

    void flushesWhenOldestPointIsDue() {
        MetricWriter::Policy policy;
        policy.maxAge = 0ms; // every point is already old enough
        MetricWriter w(*m_db, m_runId, policy);
        MLWB_VERIFY_OK(w.log(QStringLiteral("loss"), 0, 1.5));
        QCOMPARE(w.pending(), 0);
        const SeriesData data = readFromSecondConnection(QStringLiteral("loss"));
        QCOMPARE(data.values, std::vector<double>{1.5});
        QVERIFY(data.times.front() > 1'600'000'000.0); // stamped with the wall clock
    }

    void destructorFlushes() {
        {
            MetricWriter w(*m_db, m_runId);
            MLWB_VERIFY_OK(w.log(QStringLiteral("loss"), 0, 1.0, 1.0));
            QCOMPARE(w.pending(), 1);
        }
        QCOMPARE(readFromSecondConnection(QStringLiteral("loss")).values.size(), size_t(1));
    }

    void crashKeepsOnlyFlushedPoints() {
        // The writer runs in a child process that dies without unwinding.
        m_db.reset();
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            auto db = store::Database::open(m_path);
            if (!db)
                _exit(2);
            auto *w = new MetricWriter(*db, m_runId, {50'000, std::chrono::hours(1), 1024});
            for (int i = 0; i < 100; ++i)
                (void)w->log(QStringLiteral("loss"), i, i * 0.5, i);
            if (!w->flush())
                _exit(3);
            for (int i = 100; i < 150; ++i)
                (void)w->log(QStringLiteral("loss"), i, -1.0, i);
            _exit(0);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        m_db.emplace(testsupport::openMigrated(m_path));
        const SeriesData data = readFromSecondConnection(QStringLiteral("loss"));
        QCOMPARE(data.values.size(), size_t(100));
        QCOMPARE(data.values.back(), 49.5);
        const MetricSummary s = summary(QStringLiteral("loss"));
        QCOMPARE(s.count, 100);
        QCOMPARE(s.min, std::optional<double>(0.0));
    }

    void rejectsBadInput() {
        MetricWriter w(*m_db, m_runId);
        auto nanTime = w.log(QStringLiteral("loss"), 7, 1.0, kNaN);
        QVERIFY(!nanTime);
        QVERIFY(nanTime.error().what.contains(QLatin1String("loss")));
        QVERIFY(nanTime.error().what.contains(QLatin1String("7")));
        const std::vector<qint64> steps{1, 2};
        const std::vector<double> one{1.0};
        auto mismatch = w.logSeries(QStringLiteral("loss"), steps, one, one);
        QVERIFY(!mismatch);
        QVERIFY(mismatch.error().why.contains(QLatin1String("2 steps")));
        QCOMPARE(w.pending(), 0);
    }

    void unknownRunFailsAndKeepsPoints() {
        MetricWriter w(*m_db, m_runId + 1000);
        MLWB_VERIFY_OK(w.log(QStringLiteral("loss"), 0, 1.0, 1.0));
        auto flushed = w.flush();
        QVERIFY(!flushed);
        QCOMPARE(w.pending(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMetricWriter)
#include "tst_metricwriter.moc"
