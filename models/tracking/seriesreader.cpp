#include "seriesreader.h"

#include "metricblocks.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>

namespace mlwb::tracking {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

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
        const double i = std::floor((x - m_lo) * m_scale);
        if (!(i > 0))
            return 0;
        return std::min(static_cast<size_t>(i), m_buckets.size() - 1);
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

    void appendTo(DecimatedSeries &out) const {
        for (const Bucket &b : m_buckets) {
            if (!b.any)
                continue;
            std::array<Point, 4> pts{b.first, b.min, b.max, b.last};
            std::stable_sort(pts.begin(), pts.end(),
                             [](const Point &a, const Point &c) { return a.x < c.x; });
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

// Reads the x (steps or times) and values of single blocks.
class BlockPoints {
public:
    BlockPoints(store::Database &db, XAxis axis)
        : m_db(db)
        , m_stepAxis(axis == XAxis::Step) {}

    Status prepare() {
        MLWB_ASSIGN_OR_RETURN(
            m_st, m_db.prepare(m_stepAxis ? QStringLiteral("SELECT steps, vals FROM "
                                                           "metric_blocks WHERE id = ?1")
                                          : QStringLiteral("SELECT times, vals FROM "
                                                           "metric_blocks WHERE id = ?1")));
        return {};
    }

    Status read(const BlockMeta &b) {
        m_st.bind(1, b.id);
        MLWB_ASSIGN_OR_RETURN(const bool row, m_st.step());
        if (!row)
            return fail(tr("read metric block %1").arg(b.id), tr("it disappeared while reading"),
                        tr("try again"));
        const auto xBlob = m_st.blobView(0);
        const auto yBlob = m_st.blobView(1);
        MLWB_TRY(checkBlob(xBlob, b.n, b.id, m_stepAxis ? "steps" : "times"));
        MLWB_TRY(checkBlob(yBlob, b.n, b.id, "vals"));
        const auto n = static_cast<size_t>(b.n);
        xs.resize(n);
        ys.resize(n);
        if (m_stepAxis) {
            m_steps.resize(n);
            std::memcpy(m_steps.data(), xBlob.data(), n * sizeof(qint64));
            std::transform(m_steps.begin(), m_steps.end(), xs.begin(),
                           [](qint64 s) { return static_cast<double>(s); });
        } else {
            std::memcpy(xs.data(), xBlob.data(), n * sizeof(double));
        }
        std::memcpy(ys.data(), yBlob.data(), n * sizeof(double));
        m_st.reset();
        return {};
    }

    std::vector<double> xs;
    std::vector<double> ys;

private:
    store::Database &m_db;
    bool m_stepAxis;
    store::Statement m_st;
    std::vector<qint64> m_steps;
};

Result<std::vector<BlockMeta>> readBlockMeta(store::Database &db, qint64 seriesId, XAxis axis) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        db.prepare(QStringLiteral("SELECT id, n, step_min, step_max, time_first, time_last, "
                                  "vmin, vmax, step_last, v_last FROM metric_blocks "
                                  "WHERE series_id = ?1 ORDER BY id")));
    st.bind(1, seriesId);
    std::vector<BlockMeta> blocks;
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
    return blocks;
}

} // namespace

SeriesReader::SeriesReader(store::Database &db)
    : m_db(db) {}

Result<std::optional<qint64>> SeriesReader::seriesId(qint64 runId, const QString &key) {
    MLWB_ASSIGN_OR_RETURN(store::Statement st,
                          m_db.prepare(QStringLiteral(
                              "SELECT id FROM metric_series WHERE run_id = ?1 AND key = ?2")));
    st.bind(1, runId).bind(2, key);
    MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return std::optional<qint64>{};
    return std::optional<qint64>{st.int64(0)};
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

Result<DecimatedSeries> SeriesReader::decimate(qint64 seriesId, int buckets, XAxis axis,
                                               std::optional<std::pair<double, double>> range) {
    if (buckets < 1)
        return fail(tr("reduce metric series %1 for drawing").arg(seriesId),
                    tr("%1 buckets were asked for").arg(buckets), tr("ask for at least one"));
    MLWB_ASSIGN_OR_RETURN(const std::vector<BlockMeta> blocks, readBlockMeta(m_db, seriesId, axis));
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
    BlockPoints reader(m_db, axis);
    MLWB_TRY(reader.prepare());
    for (const BlockMeta *b : spanning) {
        if (grid.inRange(b->xlo) && grid.inRange(b->xhi) &&
            grid.covers(b->xlo, b->xhi, b->vmin, b->vmax)) {
            out.sourcePoints += b->n;
            continue;
        }
        MLWB_TRY(reader.read(*b));
        out.pointsRead += b->n;
        for (size_t i = 0; i < reader.xs.size(); ++i) {
            const double x = reader.xs[i];
            if (range && !grid.inRange(x))
                continue;
            ++out.sourcePoints;
            if (std::isfinite(reader.ys[i]))
                grid.at(x).add(x, reader.ys[i]);
        }
    }
    grid.appendTo(out);
    return out;
}

} // namespace mlwb::tracking
