#include "seriesreader.h"

#include "metricblocks.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
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

struct Point {
    double x;
    double y;
};

// The first and last point in x order and the extremes of one bucket.
struct Bucket {
    bool any = false;
    Point first{};
    Point last{};
    Point min{};
    Point max{};

    void add(double x, double y) {
        if (!any) {
            first = last = min = max = {x, y};
            any = true;
            return;
        }
        if (x < first.x)
            first = {x, y};
        if (x >= last.x)
            last = {x, y};
        if (y < min.y)
            min = {x, y};
        if (y > max.y)
            max = {x, y};
    }
};

class Buckets {
public:
    Buckets(double lo, double hi, int count)
        : m_lo(lo)
        , m_hi(hi)
        , m_scale(hi > lo ? count / (hi - lo) : 0.0)
        , m_buckets(static_cast<size_t>(count)) {}

    bool inRange(double x) const { return x >= m_lo && x <= m_hi; }
    size_t indexOf(double x) const {
        // Truncation is floor here: only positive values below the bucket count reach it.
        const double i = (x - m_lo) * m_scale;
        if (!(i > 0))
            return 0;
        const size_t last = m_buckets.size() - 1;
        return i < static_cast<double>(last) ? static_cast<size_t>(i) : last;
    }
    Bucket &at(double x) { return m_buckets[indexOf(x)]; }
    // True when [xlo, xhi] lies in the range and within a single bucket.
    bool holdsWhole(double xlo, double xhi) const {
        return inRange(xlo) && inRange(xhi) && indexOf(xlo) == indexOf(xhi);
    }
    // True when every bucket over [xlo, xhi] already reaches below vmin and above vmax.
    bool covers(double xlo, double xhi, double vmin, double vmax) const {
        if (!std::isfinite(vmin) || !std::isfinite(vmax))
            return false;
        for (size_t i = indexOf(xlo), last = indexOf(xhi); i <= last; ++i) {
            const Bucket &b = m_buckets[i];
            if (!b.any || b.min.y > vmin || b.max.y < vmax)
                return false;
        }
        return true;
    }

    // Adds `n` points in logging order. A run of points in ascending x within one bucket, as
    // logged steps are, is summarised first and adds four points to the bucket, which then
    // holds what adding each point would have left.
    template <typename X> qint64 addPoints(const X *xs, const double *ys, size_t n, bool clip) {
        qint64 counted = 0;
        for (size_t i = 0; i < n;) {
            const auto x0 = static_cast<double>(xs[i]);
            if (clip && !inRange(x0)) {
                ++i;
                continue;
            }
            const size_t index = indexOf(x0);
            size_t end = i + 1;
            for (double prev = x0; end < n; ++end) {
                const auto x = static_cast<double>(xs[end]);
                if (x < prev || (clip && !inRange(x)) || indexOf(x) != index)
                    break;
                prev = x;
            }
            counted += qint64(end - i);
            addAscending(m_buckets[index], xs, ys, i, end);
            i = end;
        }
        return counted;
    }

    // Adds points [from, to), whose x ascend, to `b`: the first finite one is the leftmost,
    // the last the rightmost, and the first of the smallest and of the largest values count.
    template <typename X>
    static void addAscending(Bucket &b, const X *xs, const double *ys, size_t from, size_t to) {
        size_t first = from;
        while (first < to && !std::isfinite(ys[first]))
            ++first;
        if (first == to)
            return;
        size_t lowest = first;
        size_t highest = first;
        size_t last = first;
        for (size_t k = first + 1; k < to; ++k) {
            const double y = ys[k];
            if (!std::isfinite(y))
                continue;
            if (y < ys[lowest])
                lowest = k;
            if (y > ys[highest])
                highest = k;
            last = k;
        }
        for (const size_t k : {first, lowest, highest, last})
            b.add(static_cast<double>(xs[k]), ys[k]);
    }

    void appendTo(DecimatedSeries &out) const {
        for (const Bucket &b : m_buckets) {
            if (!b.any)
                continue;
            std::array<Point, 4> pts{b.first, b.min, b.max, b.last};
            // A stable insertion sort by x: four points need no buffer.
            for (size_t i = 1; i < pts.size(); ++i)
                for (size_t j = i; j > 0 && pts[j].x < pts[j - 1].x; --j)
                    std::swap(pts[j], pts[j - 1]);
            const size_t begin = out.x.size();
            for (const Point &p : pts) {
                bool seen = false;
                for (size_t i = begin; i < out.x.size(); ++i)
                    seen = seen || (out.x[i] == p.x && out.y[i] == p.y);
                if (!seen) {
                    out.x.push_back(p.x);
                    out.y.push_back(p.y);
                }
            }
        }
    }

private:
    double m_lo;
    double m_hi;
    double m_scale;
    std::vector<Bucket> m_buckets;
};

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
    std::vector<double> xs;
    std::vector<double> ys;

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

struct SeriesReader::Statements {
    store::Statement seriesId;
    store::Statement meta;
    store::Statement metaCheck;
    store::Statement stepPoints;
    store::Statement timePoints;
};

namespace {

// Prepares `st` on first use.
Status ensurePrepared(store::Database &db, store::Statement &st, const char *sql) {
    if (st.handle())
        return {};
    MLWB_ASSIGN_OR_RETURN(st, db.prepare(QString::fromLatin1(sql)));
    return {};
}

// Reads the x (steps or times) and values of one block.
Result<std::shared_ptr<const BlockPoints>> readPoints(store::Statement &st, const BlockMeta &b,
                                                      XAxis axis) {
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
    const auto n = static_cast<size_t>(b.n);
    auto points = std::make_shared<BlockPoints>();
    points->xs.resize(n);
    points->ys.resize(n);
    if (stepAxis) {
        // The blob need not be aligned for qint64: copy each step out.
        for (size_t i = 0; i < n; ++i) {
            qint64 step = 0;
            std::memcpy(&step, xBlob.data() + i * sizeof(qint64), sizeof(qint64));
            points->xs[i] = static_cast<double>(step);
        }
    } else {
        std::memcpy(points->xs.data(), xBlob.data(), n * sizeof(double));
    }
    std::memcpy(points->ys.data(), yBlob.data(), n * sizeof(double));
    st.reset();
    return std::shared_ptr<const BlockPoints>(std::move(points));
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
        // holds when the blocks up to its last id are the same ones, and only newer blocks
        // are read. The check reads the index alone.
        store::Statement &check = m_st->metaCheck;
        MLWB_TRY(ensurePrepared(m_db, check,
                                "SELECT count(*), total(id) FROM metric_blocks "
                                "WHERE series_id = ?1 AND id <= ?2"));
        check.reset();
        check.bind(1, seriesId).bind(2, cached->maxId);
        MLWB_TRY(check.step());
        const bool same = check.int64(0) == cached->count && check.real(1) == cached->idTotal;
        check.reset();
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
    for (const BlockMeta *b : spanning) {
        if (grid.inRange(b->xlo) && grid.inRange(b->xhi) &&
            grid.covers(b->xlo, b->xhi, b->vmin, b->vmax)) {
            out.sourcePoints += b->n;
            continue;
        }
        std::shared_ptr<const BlockPoints> points = m_cache ? m_cache->d->find(*b, axis) : nullptr;
        if (points) {
            ++out.cachedBlocks;
        } else {
            MLWB_ASSIGN_OR_RETURN(points, readPoints(pointsSt, *b, axis));
            if (m_cache)
                m_cache->d->insert(*b, axis, points);
        }
        out.pointsRead += b->n;
        out.sourcePoints += grid.addPoints(points->xs.data(), points->ys.data(), points->xs.size(),
                                           range.has_value());
    }
    grid.appendTo(out);
    return out;
}

} // namespace mlwb::tracking
