#include "metricwriter.h"

#include "metricblocks.h"
#include "trackingstore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace mlwb::tracking {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

Status badTime(const QString &key, qint64 step) {
    return fail(tr("log metric \"%1\" at step %2").arg(key).arg(step),
                tr("the time is not a number"), tr("pass unix seconds, or leave the time out"));
}

} // namespace

MetricWriter::MetricWriter(store::Database &db, qint64 runId)
    : MetricWriter(db, runId, Policy{}) {}

MetricWriter::MetricWriter(store::Database &db, qint64 runId, Policy policy)
    : m_db(db)
    , m_runId(runId)
    , m_policy(policy) {
    m_policy.maxBlockPoints = std::max<qsizetype>(1, m_policy.maxBlockPoints);
}

MetricWriter::~MetricWriter() {
    (void)flush();
}

Status MetricWriter::log(const QString &key, qint64 step, double value, double time) {
    if (std::isnan(time)) [[unlikely]]
        return badTime(key, step);
    Buffer *b = m_lastBuffer;
    if (!b || key != m_lastKey) [[unlikely]] {
        b = &m_buffers[key]; // may rehash: the cached pointer is renewed right here
        m_lastKey = key;
        m_lastBuffer = b;
    }
    if (m_pending == 0)
        m_oldest = std::chrono::steady_clock::now();
    b->steps.push_back(step);
    b->times.push_back(time);
    b->values.push_back(value);
    ++m_pending;
    return flushIfDue();
}

Status MetricWriter::log(const QString &key, qint64 step, double value) {
    return log(key, step, value, nowSeconds());
}

Status MetricWriter::logSeries(const QString &key, std::span<const qint64> steps,
                               std::span<const double> times, std::span<const double> values) {
    if (steps.size() != values.size() || times.size() != values.size())
        return fail(tr("log metric \"%1\"").arg(key),
                    tr("%1 steps, %2 times and %3 values were given; they must be as many")
                        .arg(steps.size())
                        .arg(times.size())
                        .arg(values.size()));
    if (values.empty())
        return {};
    if (const auto it = std::ranges::find_if(times, [](double t) { return std::isnan(t); });
        it != times.end())
        return badTime(key, steps[static_cast<size_t>(it - times.begin())]);
    Buffer &b = m_buffers[key];
    m_lastKey = key;
    m_lastBuffer = &b;
    if (m_pending == 0)
        m_oldest = std::chrono::steady_clock::now();
    b.steps.insert(b.steps.end(), steps.begin(), steps.end());
    b.times.insert(b.times.end(), times.begin(), times.end());
    b.values.insert(b.values.end(), values.begin(), values.end());
    m_pending += static_cast<qsizetype>(values.size());
    return flushIfDue();
}

Status MetricWriter::flushIfDue() {
    if (m_pending >= m_policy.maxPoints ||
        std::chrono::steady_clock::now() - m_oldest >= m_policy.maxAge)
        return flush();
    return {};
}

Result<qint64> MetricWriter::seriesId(const QString &key) {
    if (const auto it = m_seriesIds.constFind(key); it != m_seriesIds.cend())
        return *it;
    MLWB_ASSIGN_OR_RETURN(
        store::Statement insert,
        m_db.prepare(QStringLiteral("INSERT INTO metric_series(run_id, key) VALUES (?1, ?2) "
                                    "ON CONFLICT (run_id, key) DO NOTHING")));
    insert.bind(1, m_runId).bind(2, key);
    if (auto r = insert.exec(); !r)
        return fail(tr("create metric \"%1\" of run %2").arg(key).arg(m_runId), r.error().why,
                    tr("check that the run still exists"));
    MLWB_ASSIGN_OR_RETURN(store::Statement select,
                          m_db.prepare(QStringLiteral(
                              "SELECT id FROM metric_series WHERE run_id = ?1 AND key = ?2")));
    select.bind(1, m_runId).bind(2, key);
    MLWB_ASSIGN_OR_RETURN(const bool row, select.step());
    if (!row)
        return fail(tr("create metric \"%1\" of run %2").arg(key).arg(m_runId),
                    tr("the series was not stored"));
    const qint64 id = select.int64(0);
    m_seriesIds.insert(key, id);
    return id;
}

Status MetricWriter::writeBlock(store::Statement &insert, qint64 seriesId, const Buffer &b,
                                size_t from, size_t count) {
    const qint64 *steps = b.steps.data() + from;
    const double *times = b.times.data() + from;
    const double *vals = b.values.data() + from;
    const auto [stepMin, stepMax] = std::minmax_element(steps, steps + count);
    double vmin = 0;
    double vmax = 0;
    bool any = false;
    for (size_t i = 0; i < count; ++i) {
        const double v = vals[i];
        if (std::isnan(v))
            continue;
        if (!any) {
            vmin = vmax = v;
            any = true;
        } else {
            vmin = std::min(vmin, v);
            vmax = std::max(vmax, v);
        }
    }
    insert.bind(1, seriesId).bind(2, static_cast<qint64>(count));
    insert.bind(3, steps[0]).bind(4, steps[count - 1]).bind(5, *stepMin).bind(6, *stepMax);
    insert.bind(7, times[0]).bind(8, times[count - 1]);
    any ? insert.bind(9, vmin) : insert.bindNull(9);
    any ? insert.bind(10, vmax) : insert.bindNull(10);
    // The last logged value, NaN included: NULL then says "the latest value is not a number".
    std::isnan(vals[count - 1]) ? insert.bindNull(11) : insert.bind(11, vals[count - 1]);
    insert.bindBlob(12, blockBytes(steps, count));
    insert.bindBlob(13, blockBytes(times, count));
    insert.bindBlob(14, blockBytes(vals, count));
    return insert.exec();
}

Status MetricWriter::flush() {
    if (m_pending == 0)
        return {};
    auto written = [&]() -> Status {
        MLWB_ASSIGN_OR_RETURN(store::Transaction tx, store::Transaction::begin(m_db));
        MLWB_ASSIGN_OR_RETURN(
            store::Statement insert,
            m_db.prepare(QStringLiteral(
                "INSERT INTO metric_blocks(series_id, n, step_first, step_last, step_min, "
                "step_max, time_first, time_last, vmin, vmax, v_last, steps, times, vals) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")));
        const auto blockSize = static_cast<size_t>(m_policy.maxBlockPoints);
        for (auto it = m_buffers.cbegin(); it != m_buffers.cend(); ++it) {
            const Buffer &b = it.value();
            if (b.values.empty())
                continue;
            MLWB_ASSIGN_OR_RETURN(const qint64 sid, seriesId(it.key()));
            for (size_t from = 0; from < b.values.size(); from += blockSize) {
                const size_t count = std::min(blockSize, b.values.size() - from);
                if (auto r = writeBlock(insert, sid, b, from, count); !r)
                    return fail(tr("save metric \"%1\" of run %2").arg(it.key()).arg(m_runId),
                                r.error().why, tr("the points stay buffered; try again"));
            }
        }
        return tx.commit();
    }();
    if (!written) {
        // Series rows created in the rolled-back transaction are gone.
        m_seriesIds.clear();
        return written;
    }
    // Buffers keep their capacity and their address, so the next batch does not allocate.
    for (Buffer &b : m_buffers) {
        b.steps.clear();
        b.times.clear();
        b.values.clear();
    }
    m_pending = 0;
    return {};
}

} // namespace mlwb::tracking
