#include "seriesreader.h"

#include "metricblocks.h"
#include "seriesbuckets.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <unordered_map>

namespace mlwb::tracking {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

// What decimation needs of a block without touching its arrays.
struct BlockMeta {
    qint64 id = 0;
    qint64 n = 0;
    double xlo = 0; // x extent
    double xhi = 0;
    double vmin = kNaN; // NaN when the block holds no number
    double vmax = kNaN;
    double xLast = 0; // x and value of the last logged point
    double vLast = kNaN;
};

namespace {

using detail::Bucket;
using detail::Buckets;

Status checkBlob(std::span<const char> blob, qint64 n, qint64 blockId, const char *column) {
    if (blob.size() == static_cast<size_t>(n) * 8)
        return {};
    return fail(tr("read metric block %1").arg(blockId),
                tr("column %1 has %2 bytes for %3 points (expected %4)")
                    .arg(QLatin1String(column))
                    .arg(blob.size())
                    .arg(n)
                    .arg(n * 8),
                tr("the project database is damaged; restore it from a backup"));
}

// The points of one block in x units, as decimation reads them.
struct BlockPoints {
    std::vector<double> xs; // none when the steps are dense: x0 + i
    std::vector<double> ys;
    double x0 = 0;

    qint64 bytes() const { return qint64((xs.capacity() + ys.capacity()) * sizeof(double)); }
};

bool sameBlock(const BlockMeta &a, const BlockMeta &b) {
    const auto same = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
    return a.id == b.id && a.n == b.n && a.xlo == b.xlo && a.xhi == b.xhi && same(a.vmin, b.vmin) &&
           same(a.vmax, b.vmax);
}

quint64 cacheKey(qint64 blockId, XAxis axis) {
    return (quint64(blockId) << 1) | (axis == XAxis::Step ? 0U : 1U);
}

// Appends to `blocks` the blocks of a series whose id is above `afterId`, in id order.
Status readBlockMeta(store::Statement &st, qint64 seriesId, XAxis axis, qint64 afterId,
                     std::vector<BlockMeta> &blocks) {
    st.reset();
    st.bind(1, seriesId).bind(2, afterId);
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        BlockMeta m;
        m.id = st.int64(0);
        m.n = st.int64(1);
        if (axis == XAxis::Step) {
            m.xlo = static_cast<double>(st.int64(2));
            m.xhi = static_cast<double>(st.int64(3));
            m.xLast = static_cast<double>(st.int64(8));
        } else {
            // Wall time is taken as non-decreasing within a block.
            m.xlo = std::min(st.real(4), st.real(5));
            m.xhi = std::max(st.real(4), st.real(5));
            m.xLast = st.real(5);
        }
        if (!st.isNull(6))
            m.vmin = st.real(6);
        if (!st.isNull(7))
            m.vmax = st.real(7);
        if (!st.isNull(9))
            m.vLast = st.real(9);
        blocks.push_back(m);
    }
    st.reset();
    return {};
}

// The block list of one series as a cache holds it, with what tells whether it is still whole.
struct SeriesBlocks {
    std::shared_ptr<const std::vector<BlockMeta>> blocks;
    qint64 count = 0;
    double idTotal = 0;
    qint64 maxId = 0;

    qint64 bytes() const { return qint64(blocks->capacity() * sizeof(BlockMeta)); }
};

} // namespace

struct SeriesCache::Impl {
    struct Entry {
        std::shared_ptr<const BlockPoints> points;
        BlockMeta meta;
        quint64 lastUse = 0;
    };
    mutable std::mutex mutex;
    qint64 budget = 0;
    qint64 bytes = 0;
    quint64 clock = 0;
    // Bytes the current read (since beginRead()) may still keep; unlimited without one.
    qint64 readAllowance = std::numeric_limits<qint64>::max();
    std::unordered_map<quint64, Entry> entries;
    // Block lists by series: one row per block, small beside the points.
    std::unordered_map<quint64, SeriesBlocks> series;
    qint64 seriesBytes = 0;

    std::optional<SeriesBlocks> findSeries(qint64 seriesId, XAxis axis) const {
        const std::lock_guard lock(mutex);
        const auto it = series.find(cacheKey(seriesId, axis));
        return it == series.end() ? std::nullopt : std::optional(it->second);
    }

    void insertSeries(qint64 seriesId, XAxis axis, SeriesBlocks blocks) {
        // Block lists take at most a quarter of the budget; past it the cache starts over
        // rather than track their use.
        const qint64 limit = budget / 4;
        const std::lock_guard lock(mutex);
        if (const auto it = series.find(cacheKey(seriesId, axis)); it != series.end()) {
            seriesBytes -= it->second.bytes();
            series.erase(it);
        }
        if (blocks.bytes() > limit)
            return;
        if (seriesBytes + blocks.bytes() > limit) {
            series.clear();
            seriesBytes = 0;
        }
        seriesBytes += blocks.bytes();
        series.emplace(cacheKey(seriesId, axis), std::move(blocks));
    }

    std::shared_ptr<const BlockPoints> find(const BlockMeta &meta, XAxis axis) {
        const std::lock_guard lock(mutex);
        const auto it = entries.find(cacheKey(meta.id, axis));
        if (it == entries.end())
            return {};
        if (!sameBlock(it->second.meta, meta)) { // the id was reused for another block
            bytes -= it->second.points->bytes();
            entries.erase(it);
            return {};
        }
        it->second.lastUse = ++clock;
        return it->second.points;
    }

    // Whether a block of `size` bytes about to be read would be kept; taking it from what the
    // current read may keep.
    bool mayKeep(qint64 size) {
        if (size > budget)
            return false;
        const std::lock_guard lock(mutex);
        if (size > readAllowance) {
            readAllowance = 0; // the rest of this read is not kept either
            return false;
        }
        readAllowance -= size;
        return true;
    }

    void insert(const BlockMeta &meta, XAxis axis, std::shared_ptr<const BlockPoints> points) {
        const qint64 size = points->bytes();
        if (size > budget)
            return;
        const std::lock_guard lock(mutex);
        auto [it, added] = entries.try_emplace(cacheKey(meta.id, axis));
        if (!added)
            bytes -= it->second.points->bytes();
        it->second = {std::move(points), meta, ++clock};
        bytes += size;
        if (bytes <= budget)
            return;
        // Over budget: drop the least recently used quarter at once, not one per insert.
        std::vector<std::pair<quint64, quint64>> byUse; // last use, key
        byUse.reserve(entries.size());
        for (const auto &[key, e] : entries)
            byUse.emplace_back(e.lastUse, key);
        std::sort(byUse.begin(), byUse.end());
        const qint64 target = budget - budget / 4;
        for (const auto &[use, key] : byUse) {
            if (bytes <= target)
                break;
            const auto victim = entries.find(key);
            bytes -= victim->second.points->bytes();
            entries.erase(victim);
        }
    }
};

SeriesCache::SeriesCache(qint64 budgetBytes)
    : d(std::make_unique<Impl>()) {
    d->budget = budgetBytes;
}

SeriesCache::~SeriesCache() = default;

qint64 SeriesCache::bytes() const {
    const std::lock_guard lock(d->mutex);
    return d->bytes;
}

void SeriesCache::beginRead() {
    const std::lock_guard lock(d->mutex);
    d->readAllowance = d->budget;
}

struct SeriesReader::Statements {
    store::Statement seriesId;
    store::Statement seriesIds;
    store::Statement meta;
    store::Statement metaCheck;
    store::Statement stepPoints;
    store::Statement timePoints;
    // Aligned copies of blob columns that SQLite hands out unaligned.
    std::vector<qint64> stepScratch;
    std::vector<double> xScratch;
    std::vector<double> yScratch;
};

namespace {

// Prepares `st` on first use.
Status ensurePrepared(store::Database &db, store::Statement &st, const char *sql) {
    if (st.handle())
        return {};
    MLWB_ASSIGN_OR_RETURN(st, db.prepare(QString::fromLatin1(sql)));
    return {};
}

// One block's points as decimation reads them, straight from the row of `st`: x as stored
// (steps or times) and the values.
struct BlockView {
    const qint64 *steps = nullptr; // on the step axis
    const double *times = nullptr; // on the wall-time axis
    const double *values = nullptr;
    size_t n = 0;
};

// Steps `st` onto the row of block `b` and views its points; reset `st` when done with them.
Result<BlockView> viewPoints(store::Statement &st, const BlockMeta &b, XAxis axis,
                             std::vector<qint64> &stepScratch, std::vector<double> &xScratch,
                             std::vector<double> &yScratch) {
    st.reset();
    st.bind(1, b.id);
    MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return fail(tr("read metric block %1").arg(b.id), tr("it disappeared while reading"),
                    tr("try again"));
    const bool stepAxis = axis == XAxis::Step;
    const auto xBlob = st.blobView(0);
    const auto yBlob = st.blobView(1);
    MLWB_TRY(checkBlob(xBlob, b.n, b.id, stepAxis ? "steps" : "times"));
    MLWB_TRY(checkBlob(yBlob, b.n, b.id, "vals"));
    BlockView view;
    view.n = static_cast<size_t>(b.n);
    if (stepAxis)
        view.steps = blockNumbers(xBlob, stepScratch);
    else
        view.times = blockNumbers(xBlob, xScratch);
    view.values = blockNumbers(yBlob, yScratch);
    return view;
}

// Whether a block view's steps are dense (see Buckets::isDense()).
bool denseSteps(const BlockView &view) {
    return view.steps && Buckets::isDense(view.steps, view.n);
}

// What a copy of a block view's points takes in a cache: dense steps are not kept.
qint64 copyBytes(const BlockView &view, bool dense) {
    return qint64(view.n * sizeof(double)) * (dense ? 1 : 2);
}

// A copy of the points of a block view, in x units, to keep in a cache.
std::shared_ptr<const BlockPoints> copyPoints(const BlockView &view, bool dense) {
    auto points = std::make_shared<BlockPoints>();
    if (dense)
        points->x0 = static_cast<double>(view.steps[0]);
    else if (view.steps)
        points->xs.assign(view.steps, view.steps + view.n); // each step as a double
    else
        points->xs.assign(view.times, view.times + view.n);
    points->ys.assign(view.values, view.values + view.n);
    return points;
}

// Adds a cached block's points to `grid`.
qint64 addCached(Buckets &grid, const BlockPoints &points, bool clip) {
    if (points.xs.empty())
        return grid.addDense(points.x0, points.ys.data(), points.ys.size(), clip);
    return grid.addPoints(points.xs.data(), points.ys.data(), points.xs.size(), clip);
}

} // namespace

SeriesReader::SeriesReader(store::Database &db, SeriesCache *cache)
    : m_db(db)
    , m_cache(cache)
    , m_st(std::make_unique<Statements>()) {}

SeriesReader::~SeriesReader() = default;

Result<std::optional<qint64>> SeriesReader::seriesId(qint64 runId, const QString &key) {
    store::Statement &st = m_st->seriesId;
    MLWB_TRY(
        ensurePrepared(m_db, st, "SELECT id FROM metric_series WHERE run_id = ?1 AND key = ?2"));
    st.reset();
    st.bind(1, runId).bind(2, key);
    MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
    const std::optional<qint64> id = row ? std::optional<qint64>{st.int64(0)} : std::nullopt;
    st.reset();
    return id;
}

Result<QHash<qint64, qint64>> SeriesReader::seriesIds(const QList<qint64> &runIds,
                                                      const QString &key) {
    store::Statement &st = m_st->seriesIds;
    MLWB_TRY(ensurePrepared(m_db, st,
                            "SELECT run_id, id FROM metric_series WHERE key = ?1 AND run_id IN "
                            "(SELECT value FROM json_each(?2))"));
    st.reset();
    st.bind(1, key).bindIds(2, runIds);
    QHash<qint64, qint64> out;
    out.reserve(runIds.size());
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        out.insert(st.int64(0), st.int64(1));
    }
    st.reset();
    return out;
}

Result<SeriesData> SeriesReader::load(qint64 seriesId) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement count,
        m_db.prepare(
            QStringLiteral("SELECT coalesce(sum(n), 0) FROM metric_blocks WHERE series_id = ?1")));
    count.bind(1, seriesId);
    MLWB_TRY(count.step());
    const auto total = static_cast<size_t>(count.int64(0));
    SeriesData data;
    data.steps.reserve(total);
    data.times.reserve(total);
    data.values.reserve(total);
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        m_db.prepare(QStringLiteral("SELECT id, n, steps, times, vals FROM metric_blocks "
                                    "WHERE series_id = ?1 ORDER BY id")));
    st.bind(1, seriesId);
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        const qint64 id = st.int64(0);
        const qint64 n = st.int64(1);
        const auto steps = st.blobView(2);
        const auto times = st.blobView(3);
        const auto vals = st.blobView(4);
        MLWB_TRY(checkBlob(steps, n, id, "steps"));
        MLWB_TRY(checkBlob(times, n, id, "times"));
        MLWB_TRY(checkBlob(vals, n, id, "vals"));
        appendBlock(data.steps, steps);
        appendBlock(data.times, times);
        appendBlock(data.values, vals);
    }
    return data;
}

Result<std::shared_ptr<const std::vector<BlockMeta>>> SeriesReader::blockMeta(qint64 seriesId,
                                                                              XAxis axis) {
    MLWB_TRY(ensurePrepared(m_db, m_st->meta,
                            "SELECT id, n, step_min, step_max, time_first, time_last, vmin, vmax, "
                            "step_last, v_last FROM metric_blocks WHERE series_id = ?1 AND id > ?2 "
                            "ORDER BY id"));
    std::optional<SeriesBlocks> cached =
        m_cache ? m_cache->d->findSeries(seriesId, axis) : std::nullopt;
    if (cached) {
        // Blocks are only ever added (or removed with their run): the cached list still
        // holds when the blocks up to its last id are the same ones, and only newer blocks,
        // if any, are read. The check reads the index alone.
        store::Statement &check = m_st->metaCheck;
        MLWB_TRY(ensurePrepared(m_db, check,
                                "SELECT count(*), total(id), (SELECT max(id) FROM metric_blocks "
                                "WHERE series_id = ?1) > ?2 FROM metric_blocks "
                                "WHERE series_id = ?1 AND id <= ?2"));
        check.reset();
        check.bind(1, seriesId).bind(2, cached->maxId);
        MLWB_TRY(check.step());
        const bool same = check.int64(0) == cached->count && check.real(1) == cached->idTotal;
        const bool newer = check.int64(2) != 0;
        check.reset();
        if (same && !newer)
            return cached->blocks;
        if (!same)
            cached.reset();
    }
    std::vector<BlockMeta> blocks;
    if (cached)
        blocks = *cached->blocks;
    const size_t known = blocks.size();
    MLWB_TRY(readBlockMeta(m_st->meta, seriesId, axis, cached ? cached->maxId : -1, blocks));
    if (cached && blocks.size() == known)
        return cached->blocks;
    SeriesBlocks entry;
    for (const BlockMeta &b : blocks) {
        entry.idTotal += double(b.id);
        entry.maxId = std::max(entry.maxId, b.id);
    }
    entry.count = qint64(blocks.size());
    entry.blocks = std::make_shared<const std::vector<BlockMeta>>(std::move(blocks));
    if (m_cache)
        m_cache->d->insertSeries(seriesId, axis, entry);
    return entry.blocks;
}

Result<DecimatedSeries> SeriesReader::decimate(qint64 seriesId, int buckets, XAxis axis,
                                               std::optional<std::pair<double, double>> range) {
    if (buckets < 1)
        return fail(tr("reduce metric series %1 for drawing").arg(seriesId),
                    tr("%1 buckets were asked for").arg(buckets), tr("ask for at least one"));
    MLWB_ASSIGN_OR_RETURN(const std::shared_ptr<const std::vector<BlockMeta>> blockList,
                          blockMeta(seriesId, axis));
    const std::vector<BlockMeta> &blocks = *blockList;
    DecimatedSeries out;
    if (blocks.empty())
        return out;
    double lo = 0;
    double hi = 0;
    if (range) {
        lo = std::min(range->first, range->second);
        hi = std::max(range->first, range->second);
    } else {
        lo = std::numeric_limits<double>::infinity();
        hi = -lo;
        for (const BlockMeta &b : blocks) {
            lo = std::min(lo, b.xlo);
            hi = std::max(hi, b.xhi);
        }
    }
    Buckets grid(lo, hi, buckets);

    // Pass 1: a block inside one bucket gives its stored extremes; the bucket's are then
    // exact, and where in the block they were logged does not matter at one bucket per
    // pixel column.
    std::vector<const BlockMeta *> spanning;
    for (const BlockMeta &b : blocks) {
        if (b.xhi < lo || b.xlo > hi)
            continue;
        const bool noNumber = std::isnan(b.vmin) && std::isnan(b.vmax);
        const bool finite = std::isfinite(b.vmin) && std::isfinite(b.vmax);
        if (!grid.holdsWhole(b.xlo, b.xhi) || !(noNumber || finite)) {
            spanning.push_back(&b);
            continue;
        }
        out.sourcePoints += b.n;
        if (noNumber)
            continue;
        Bucket &bucket = grid.at(b.xlo);
        const double mid = b.xlo + (b.xhi - b.xlo) / 2;
        bucket.add(mid, b.vmin);
        bucket.add(mid, b.vmax);
        if (std::isfinite(b.vLast))
            bucket.add(b.xLast, b.vLast);
    }
    // Pass 2: a block spanning buckets is read point by point, unless its extremes lie
    // within those of every bucket it touches: then it cannot change what is drawn.
    store::Statement &pointsSt = axis == XAxis::Step ? m_st->stepPoints : m_st->timePoints;
    MLWB_TRY(ensurePrepared(m_db, pointsSt,
                            axis == XAxis::Step
                                ? "SELECT steps, vals FROM metric_blocks WHERE id = ?1"
                                : "SELECT times, vals FROM metric_blocks WHERE id = ?1"));
    const bool clip = range.has_value();
    for (const BlockMeta *b : spanning) {
        if (grid.inRange(b->xlo) && grid.inRange(b->xhi) &&
            grid.covers(b->xlo, b->xhi, b->vmin, b->vmax)) {
            out.sourcePoints += b->n;
            continue;
        }
        out.pointsRead += b->n;
        if (std::shared_ptr<const BlockPoints> points =
                m_cache ? m_cache->d->find(*b, axis) : nullptr) {
            ++out.cachedBlocks;
            out.sourcePoints += addCached(grid, *points, clip);
            continue;
        }
        MLWB_ASSIGN_OR_RETURN(
            const BlockView view,
            viewPoints(pointsSt, *b, axis, m_st->stepScratch, m_st->xScratch, m_st->yScratch));
        const bool dense = denseSteps(view);
        if (m_cache && m_cache->d->mayKeep(copyBytes(view, dense))) {
            std::shared_ptr<const BlockPoints> points = copyPoints(view, dense);
            m_cache->d->insert(*b, axis, points);
            out.sourcePoints += addCached(grid, *points, clip);
        } else if (dense) {
            out.sourcePoints += grid.addDense(double(view.steps[0]), view.values, view.n, clip);
        } else if (view.steps) {
            out.sourcePoints += grid.addPoints(view.steps, view.values, view.n, clip);
        } else {
            out.sourcePoints += grid.addPoints(view.times, view.values, view.n, clip);
        }
        pointsSt.reset();
    }
    grid.appendTo(out);
    return out;
}

} // namespace mlwb::tracking
