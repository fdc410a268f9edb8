#pragma once

#include "core/error.h"
#include "store/database.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace mlwb::tracking {

struct SeriesData {
    std::vector<qint64> steps;
    std::vector<double> times;
    std::vector<double> values;
};

// A curve reduced for drawing: per bucket of x, the first/last point plus the
// minimum and maximum, in x order, so no spike is lost at any zoom.
struct DecimatedSeries {
    std::vector<double> x;
    std::vector<double> y;
    qint64 sourcePoints = 0; // points the buckets summarise
    qint64 pointsRead = 0;   // of those, points read from their blocks (not from block extremes)
    qint64 cachedBlocks = 0; // blocks whose points came from a SeriesCache, not the database
};

enum class XAxis { Step, WallTime };

struct BlockMeta; // what decimation reads of a stored block besides its points

// What decimation keeps between calls on one chart (zoom and pan steps, live refreshes):
// the points of recently read blocks, up to a memory budget, least recently used dropped
// first, and the block lists of the series read. A step then re-reads only the blobs of
// blocks it has not seen, and of the block list only what was logged since. Blocks are never
// changed once written; a cached block is used only while its stored extents still match.
// Safe to share between threads.
class SeriesCache {
public:
    explicit SeriesCache(qint64 budgetBytes = qint64(64) << 20);
    ~SeriesCache();
    SeriesCache(const SeriesCache &) = delete;
    SeriesCache &operator=(const SeriesCache &) = delete;

    qint64 bytes() const; // held now

    // Starts a read of many series (all curves of a chart): of the blocks it reads, only those
    // that fit in the budget together are kept, so a read larger than the budget neither
    // evicts its own blocks as it goes nor pays for keeping blocks it would drop again.
    void beginRead();

private:
    friend class SeriesReader;
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Reads stored series. Statements are prepared once and reused by later calls, so one reader
// serves many series cheaply; use it on the thread of its database connection.
class SeriesReader {
public:
    explicit SeriesReader(store::Database &db, SeriesCache *cache = nullptr);
    ~SeriesReader();
    SeriesReader(const SeriesReader &) = delete;
    SeriesReader &operator=(const SeriesReader &) = delete;

    Result<std::optional<qint64>> seriesId(qint64 runId, const QString &key);
    // The series of `key` of each of `runIds` that logged it, by run id, in one query.
    Result<QHash<qint64, qint64>> seriesIds(const QList<qint64> &runIds, const QString &key);
    Result<SeriesData> load(qint64 seriesId);
    // At most ~4 points per bucket (first, min, max, last). `range` limits x;
    // blocks wholly outside it are skipped, blocks inside one bucket are
    // summarised from their stored extremes without reading their points.
    Result<DecimatedSeries> decimate(qint64 seriesId, int buckets, XAxis axis = XAxis::Step,
                                     std::optional<std::pair<double, double>> range = {});

private:
    struct Statements;
    // The blocks of a series in id order, from the cache where they are still current.
    Result<std::shared_ptr<const std::vector<BlockMeta>>> blockMeta(qint64 seriesId, XAxis axis);

    store::Database &m_db;
    SeriesCache *m_cache;
    std::unique_ptr<Statements> m_st;
};

} // namespace mlwb::tracking
