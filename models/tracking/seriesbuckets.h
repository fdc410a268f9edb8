#pragma once

// The grid of buckets that decimation reduces a series to: per bucket of x, the first and last
// point and the extremes. Used by SeriesReader; not part of the tracking API.

#include "seriesreader.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <vector>

namespace mlwb::tracking::detail {

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
    static constexpr size_t kDenseMin = 32; // fewer points are added one by one
    Buckets(double lo, double hi, int count)
        : m_lo(lo)
        , m_hi(hi)
        , m_scale(hi > lo ? count / (hi - lo) : 0.0)
        , m_width(hi > lo ? (hi - lo) / count : std::numeric_limits<double>::infinity())
        , m_lastIndex(static_cast<double>(count - 1))
        , m_buckets(static_cast<size_t>(count)) {}

    bool inRange(double x) const { return x >= m_lo && x <= m_hi; }
    size_t indexOf(double x) const {
        // Clamped without branches (NaN fails the comparison); truncation is floor here, as only
        // positive values reach it.
        const double i = std::min((x - m_lo) * m_scale, m_lastIndex);
        return i > 0 ? static_cast<size_t>(i) : 0;
    }
    Bucket &at(double x) { return m_buckets[indexOf(x)]; }
    // An x up to which every x from `x0`, which is in bucket `index`, is in that bucket too;
    // `x0` itself when no such bound is at hand.
    double sureInBucket(size_t index, double x0) const {
        if (index + 1 >= m_buckets.size())
            return std::numeric_limits<double>::infinity(); // the last bucket takes all above
        // Just below the next bucket's start; checked, since rounding decides the edge.
        const double edge = m_lo + double(index + 1) * m_width;
        const double sure = edge - (std::abs(edge) + std::abs(m_lo)) * 0x1p-40;
        return sure >= x0 && indexOf(sure) == index ? sure : x0;
    }
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
    // holds what adding each point would have left. Dense steps go to addDense() instead.
    template <typename X> qint64 addPoints(const X *xs, const double *ys, size_t n, bool clip) {
        const auto xAt = [xs](size_t k) { return static_cast<double>(xs[k]); };
        qint64 counted = 0;
        size_t next = m_buckets.size(); // the bucket of xs[i] when already worked out
        for (size_t i = 0; i < n;) {
            const auto x0 = static_cast<double>(xs[i]);
            if (clip && !inRange(x0)) {
                ++i;
                continue;
            }
            const size_t index = next < m_buckets.size() ? next : indexOf(x0);
            next = m_buckets.size();
            // Up to `sure`, an x not below x0 is in this bucket without computing its index,
            // which only grows with x. Worked out once the run proves long.
            double sure = x0;
            int checked = 0;
            size_t end = i + 1;
            for (double prev = x0; end < n; ++end) {
                const auto x = static_cast<double>(xs[end]);
                if (x < prev || (clip && !inRange(x)))
                    break;
                if (!(x <= sure)) {
                    if (const size_t at = indexOf(x); at != index) {
                        next = at;
                        break;
                    }
                    if (++checked == 4)
                        sure = sureInBucket(index, x0);
                }
                prev = x;
            }
            counted += qint64(end - i);
            addAscending(m_buckets[index], xAt, ys, i, end);
            i = end;
        }
        return counted;
    }

    // True when x counts up by one from point to point, as steps logged every step do: where
    // each bucket's points begin and end is then worked out, not looked for point by point.
    static bool isDense(const qint64 *xs, size_t n) {
        if (n < kDenseMin)
            return false;
        // Whole numbers this small are exact as doubles, and so is x0 + i.
        const qint64 x0 = xs[0];
        constexpr qint64 kExact = qint64(1) << 52;
        if (x0 <= -kExact || x0 >= kExact)
            return false;
        bool dense = true;
        for (size_t i = 0; i < n; ++i)
            dense &= xs[i] == x0 + qint64(i);
        return dense;
    }

    // Adds points whose x is x0 + i, bucket by bucket; what addPoints() would leave.
    qint64 addDense(double x0, const double *ys, size_t n, bool clip) {
        const auto xAt = [x0](size_t i) { return x0 + double(qint64(i)); };
        size_t from = 0;
        size_t to = n;
        if (clip) { // the points in range: a guess from the arithmetic, then the exact edges
            from = m_lo > x0 ? size_t(std::min(double(n), std::ceil(m_lo - x0))) : 0;
            while (from > 0 && inRange(xAt(from - 1)))
                --from;
            while (from < n && !inRange(xAt(from)))
                ++from;
            to = m_hi >= x0 ? size_t(std::min(double(n), std::floor(m_hi - x0) + 1)) : 0;
            to = std::max(to, from);
            while (to < n && inRange(xAt(to)))
                ++to;
            while (to > from && !inRange(xAt(to - 1)))
                --to;
        }
        for (size_t i = from; i < to;) {
            const size_t index = indexOf(xAt(i));
            // The first point past this bucket: where its upper edge falls, then checked.
            size_t end = to;
            if (index + 1 < m_buckets.size()) {
                const double edge = m_lo + double(index + 1) * m_width - x0;
                const double guess = std::clamp(std::ceil(edge), double(i + 1), double(to));
                end = std::isnan(guess) ? to : size_t(guess);
                while (end > i + 1 && indexOf(xAt(end - 1)) != index)
                    --end;
                while (end < to && indexOf(xAt(end)) == index)
                    ++end;
            }
            addAscending(m_buckets[index], xAt, ys, i, end);
            i = end;
        }
        return qint64(to - from);
    }

    // Adds points [from, to), whose x ascend, to `b`: the first finite one is the leftmost,
    // the last the rightmost, and the first of the smallest and of the largest values count.
    // `xAt(k)` is the x of point k.
    template <typename XAt>
    static void addAscending(Bucket &b, const XAt &xAt, const double *ys, size_t from, size_t to) {
        if (to - from == 1) { // the four points are this one: adding it once leaves the same
            if (std::isfinite(ys[from]))
                b.add(xAt(from), ys[from]);
            return;
        }
        constexpr double kInf = std::numeric_limits<double>::infinity();
        size_t first = from;
        while (first < to && !std::isfinite(ys[first]))
            ++first;
        if (first == to)
            return;
        size_t last = to - 1;
        while (!std::isfinite(ys[last]))
            --last;
        // The extremes first, then where each first occurs, without branches on the values (a
        // value that is not finite counts as neither extreme).
        double low = kInf;
        double high = -kInf;
        for (size_t k = first; k <= last; ++k) {
            const double y = ys[k];
            const bool finite = std::abs(y) <= std::numeric_limits<double>::max();
            low = std::min(low, finite ? y : kInf);
            high = std::max(high, finite ? y : -kInf);
        }
        size_t lowest = last;
        size_t highest = last;
        for (size_t k = last; k > first; --k) {
            lowest = ys[k - 1] == low ? k - 1 : lowest;
            highest = ys[k - 1] == high ? k - 1 : highest;
        }
        const Point p0{xAt(first), ys[first]};
        const Point pLow{xAt(lowest), ys[lowest]};
        const Point pHigh{xAt(highest), ys[highest]};
        const Point pLast{xAt(last), ys[last]};
        if (!b.any) {
            // What adding the four in turn leaves in an empty bucket, as their x ascend.
            b = {true, p0, pLast, pLow, pHigh};
            return;
        }
        for (const Point &p : {p0, pLow, pHigh, pLast})
            b.add(p.x, p.y);
    }

    void appendTo(DecimatedSeries &out) const {
        // Room for four points a bucket, trimmed to what was written.
        size_t n = out.x.size();
        out.x.resize(n + 4 * m_buckets.size());
        out.y.resize(out.x.size());
        for (const Bucket &b : m_buckets) {
            if (!b.any)
                continue;
            const std::array<Point, 4> pts = inXOrder(b);
            // A point equal to one before it in the bucket is written over by the next. Bitwise
            // operators keep this free of branches on the data.
            const auto same = [](const Point &p, const Point &q) {
                return int(p.x == q.x) & int(p.y == q.y);
            };
            const std::array<int, 4> seen{
                0, same(pts[1], pts[0]), same(pts[2], pts[0]) | same(pts[2], pts[1]),
                same(pts[3], pts[0]) | same(pts[3], pts[1]) | same(pts[3], pts[2])};
            for (size_t j = 0; j < pts.size(); ++j) {
                out.x[n] = pts[j].x;
                out.y[n] = pts[j].y;
                n += size_t(1 - seen[j]);
            }
        }
        out.x.resize(n);
        out.y.resize(n);
    }

    // The first, min, max and last point of `b` sorted by x, stably.
    static std::array<Point, 4> inXOrder(const Bucket &b) {
        if (std::isnan(b.first.x) || std::isnan(b.min.x) || std::isnan(b.max.x) ||
            std::isnan(b.last.x)) {
            // A NaN is never before anything: an insertion sort leaves it where it is.
            std::array<Point, 4> pts{b.first, b.min, b.max, b.last};
            for (size_t i = 1; i < pts.size(); ++i)
                for (size_t j = i; j > 0 && pts[j].x < pts[j - 1].x; --j)
                    std::swap(pts[j], pts[j - 1]);
            return pts;
        }
        // The first point is the leftmost and the last the rightmost of all added: only the
        // extremes can be out of order.
        const bool maxFirst = b.max.x < b.min.x;
        return {b.first, maxFirst ? b.max : b.min, maxFirst ? b.min : b.max, b.last};
    }

private:
    double m_lo;
    double m_hi;
    double m_scale;
    double m_width; // of a bucket, near enough: only ever checked with indexOf()
    double m_lastIndex;
    std::vector<Bucket> m_buckets;
};

} // namespace mlwb::tracking::detail
