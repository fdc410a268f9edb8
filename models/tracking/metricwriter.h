#pragma once

#include "core/error.h"
#include "store/database.h"

#include <QHash>
#include <QString>

#include <chrono>
#include <vector>

namespace mlwb::tracking {

// Buffers metric points of one run and writes them in batches: one
// transaction per flush, one metric_blocks row per series and flush.
class MetricWriter {
public:
    struct Policy {
        qsizetype maxPoints = 50'000;           // flush when this many are pending
        std::chrono::milliseconds maxAge{1000}; // or when the oldest is this old
        // Longer batches of one series are stored as several blocks, so a zoomed
        // curve reads only the few blocks that straddle its buckets.
        qsizetype maxBlockPoints = 1024;
    };

    MetricWriter(store::Database &db, qint64 runId);
    MetricWriter(store::Database &db, qint64 runId, Policy policy);
    ~MetricWriter(); // flushes; errors are lost here, call flush() to see them

    MetricWriter(const MetricWriter &) = delete;
    MetricWriter &operator=(const MetricWriter &) = delete;

    // Time is unix seconds; NaN and infinities are kept as logged.
    Status log(const QString &key, qint64 step, double value, double time);
    Status log(const QString &key, qint64 step, double value);
    // Appends many points of one series at once (importers, benchmarks).
    Status logSeries(const QString &key, std::span<const qint64> steps,
                     std::span<const double> times, std::span<const double> values);
    Status flush();
    qsizetype pending() const { return m_pending; }

private:
    struct Buffer {
        std::vector<qint64> steps;
        std::vector<double> times;
        std::vector<double> values;
    };
    Result<qint64> seriesId(const QString &key);
    Status flushIfDue();
    Status writeBlock(store::Statement &insert, qint64 seriesId, const Buffer &b, size_t from,
                      size_t count);

    store::Database &m_db;
    qint64 m_runId;
    Policy m_policy;
    QHash<QString, Buffer> m_buffers;
    QHash<QString, qint64> m_seriesIds;
    qsizetype m_pending = 0;
    // The buffer of the key logged last: a training loop usually logs one key many times.
    QString m_lastKey;
    Buffer *m_lastBuffer = nullptr;
    std::chrono::steady_clock::time_point m_oldest;
};

} // namespace mlwb::tracking
