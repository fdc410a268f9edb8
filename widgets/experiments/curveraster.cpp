#include "curveraster.h"

#include "chartthreads.h"

#include <QPainter>
#include <QPolygonF>
#include <QRectF>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <latch>
#include <limits>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace mlwb::widgets::experiments {

namespace {
// Value to pixel, as a multiply and an add (after a log10 on a log scale).
struct Mapping {
    double sx = 1;
    double ox = 0;
    double sy = 1;
    double oy = 0;
    bool logY = false;

    explicit Mapping(const PlotFrame &f)
        : sx(f.size.width() / (f.x1 - f.x0))
        , ox(-f.x0 * sx)
        , logY(f.logY) {
        const double lo = logY ? std::log10(f.y0) : f.y0;
        const double hi = logY ? std::log10(f.y1) : f.y1;
        sy = -f.size.height() / (hi - lo);
        oy = f.size.height() - lo * sy;
    }
    double x(double v) const { return v * sx + ox; }
    double y(double v) const { return (logY ? std::log10(v) : v) * sy + oy; }
};
} // namespace

qint64 CurveScene::pointCount() const {
    qint64 n = 0;
    for (const DrawnBand &b : bands)
        n += b.upper.size() + b.lower.size();
    for (const DrawnCurve &c : curves)
        n += c.visible ? c.points.size() : 0;
    return n;
}

bool PlotFrame::isValid() const {
    const bool yOk = logY ? (y0 > 0 && y1 > y0) : y1 > y0;
    return !size.isEmpty() && x1 > x0 && yOk && std::isfinite(x0) && std::isfinite(x1) &&
           std::isfinite(y0) && std::isfinite(y1);
}

double PlotFrame::toX(double x) const {
    return Mapping(*this).x(x);
}

double PlotFrame::toY(double y) const {
    return Mapping(*this).y(y);
}

double PlotFrame::fromX(double px) const {
    return x0 + px / size.width() * (x1 - x0);
}

double PlotFrame::fromY(double py) const {
    const double t = 1 - py / size.height();
    if (!logY)
        return y0 + t * (y1 - y0);
    return std::pow(10.0, std::log10(y0) + t * (std::log10(y1) - std::log10(y0)));
}

namespace {

constexpr qint64 kPointsPerThread = 50'000; // fewer are drawn on the calling thread alone
constexpr int kTileColumns = 64;

// Qt's byte multiply of the four channels of a premultiplied ARGB pixel by a / 255.
inline uint32_t byteMul(uint32_t x, uint32_t a) {
    uint32_t t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = (x + ((x >> 8) & 0xff00ff) + 0x800080);
    x &= 0xff00ff00;
    return x | t;
}

inline void blendOver(uint32_t &dst, uint32_t src) {
    dst = src + byteMul(dst, 255 - (src >> 24));
}

inline uint32_t coverage(uint32_t color, double c) {
    return byteMul(color, uint32_t(std::clamp(c, 0.0, 1.0) * 255 + 0.5));
}

// Where one curve reaches in one pixel column: rows [top, bottom), fractional.
struct Span {
    double top = 0;
    double bottom = 0;
};

// A span of a column `height` pixels tall: clipped to the column, and the rows [r0, r1) it
// writes (none when r1 <= r0).
struct SpanRows {
    double top = 0;
    double bottom = 0;
    int r0 = 0;
    int r1 = 0;
};

SpanRows spanRows(const Span &span, int height) {
    const double top = std::max(span.top, 0.0);
    const double bottom = std::min(span.bottom, double(height));
    if (!(bottom > top))
        return {};
    // Truncation is floor, and ceil one more where not whole: both are at least 0 here.
    const int whole = int(bottom);
    return {top, bottom, int(top), std::min(height, whole + int(bottom > whole))};
}

// Fills a span of one column, the end rows by how much of them it covers.
void fillSpan(uint32_t *column, int height, const Span &span, uint32_t color) {
    const auto [top, bottom, r0, r1] = spanRows(span, height);
    if (r1 <= r0)
        return;
    if (r1 - r0 == 1) {
        blendOver(column[r0], coverage(color, bottom - top));
        return;
    }
    blendOver(column[r0], coverage(color, r0 + 1 - top));
    if ((color >> 24) == 255) {
        std::fill(column + r0 + 1, column + r1 - 1, color);
    } else {
        for (int r = r0 + 1; r < r1 - 1; ++r)
            blendOver(column[r], color);
    }
    blendOver(column[r1 - 1], coverage(color, bottom - (r1 - 1)));
}

// The pixels a range of columns draws, column by column (column-major, so a span is
// contiguous), with the vertical extent the current curve reaches in each column.
class ColumnCanvas {
public:
    // Draws columns [c0, c1); spans are kept for kMargin columns more on each side, which
    // thick pens reach into.
    ColumnCanvas(uint32_t *pixels, int height, int c0, int c1)
        : m_pixels(pixels)
        , m_height(height)
        , m_c0(c0)
        , m_c1(c1)
        , m_s0(c0 - kMargin)
        , m_s1(c1 + kMargin)
        , m_top(size_t(m_s1 - m_s0 + 2 * kPad), kEmptyTop)
        , m_bottom(m_top.size(), kEmptyBottom) {}

    static constexpr int kMargin = 4;

    // The columns whose spans are kept.
    int firstColumn() const { return m_s0; }
    int endColumn() const { return m_s1; }

    // The column a pixel x lies in; far-off points land in the pad beside the kept columns.
    int columnOf(double px) const {
        // Truncation is floor for what is shifted above 0 first, and cheaper.
        const double shifted = std::clamp(px, double(m_s0 - kPad + 1), double(m_s1 + 1)) + kShift;
        return int(shifted) - kShift;
    }

    // Takes y into column c's span (a column of the pad when c is outside the kept ones).
    void include(int c, double y) { include(c, y, y); }
    void include(int c, double top, double bottom) {
        const size_t i = slot(c);
        m_top[i] = std::min(m_top[i], top);
        m_bottom[i] = std::max(m_bottom[i], bottom);
    }

    // The segment from (ax, ay) in column ca to (bx, by) in column cb (both from columnOf):
    // where it crosses a column edge it reaches both columns at the edge's y. Most segments
    // of a decimated curve cross one edge or none, and those are added without a branch.
    void addSegment(double ax, double ay, int ca, double bx, double by, int cb) {
        const int lo = std::min(ca, cb);
        const int hi = std::max(ca, cb);
        const double slope = (by - ay) / (bx - ax);
        const auto yAt = [&](int edge) { return ay + (edge - ax) * slope; };
        if (hi - lo <= 1) [[likely]] {
            // Across one edge both columns take its y; within a column, y is by again.
            const double y = hi > lo ? yAt(hi) : by;
            include(ca, y);
            include(cb, std::min(y, by), std::max(y, by));
            return;
        }
        include(cb, by);
        for (int e = lo + 1; e <= hi; ++e) {
            const double ye = yAt(e);
            include(e - 1, ye);
            include(e, ye);
        }
    }

    // The columns drawn, and the pixels of column c.
    int columns() const { return m_c1 - m_c0; }
    uint32_t *column(int k) const { return m_pixels + size_t(m_c0 + k) * size_t(m_height); }
    int height() const { return m_height; }

    // Hands out every drawn column's span, grown by `grow` pixels up and down and by `spread`
    // columns to each side, as (top, bottom) at spans[k * stride] for the k-th column (an
    // empty one with top above bottom), and clears the spans.
    void take(double grow, int spread, Span *spans, size_t stride) {
        if (spread > 0)
            widen(spread);
        for (int c = m_c0; c < m_c1; ++c) {
            const size_t i = slot(c);
            spans[size_t(c - m_c0) * stride] = {m_top[i] - grow, m_bottom[i] + grow};
        }
        std::fill(m_top.begin(), m_top.end(), kEmptyTop);
        std::fill(m_bottom.begin(), m_bottom.end(), kEmptyBottom);
    }

private:
    static constexpr double kEmptyTop = std::numeric_limits<double>::infinity();
    static constexpr double kEmptyBottom = -std::numeric_limits<double>::infinity();
    // Columns kept beyond the margin on each side: where far-off points and the edges beside
    // them land, never drawn.
    static constexpr int kPad = 3;
    static constexpr int kShift = 1 << 24; // more columns than any image has

    size_t slot(int c) const { return size_t(c - m_s0 + kPad); }

    // A thick pen covers its neighbour columns: each span takes in those `spread` away.
    void widen(int spread) {
        m_scratchTop = m_top;
        m_scratchBottom = m_bottom;
        const int n = m_s1 - m_s0;
        for (int k = 0; k < n; ++k) {
            double top = kEmptyTop;
            double bottom = kEmptyBottom;
            for (int j = std::max(0, k - spread); j <= std::min(n - 1, k + spread); ++j) {
                top = std::min(top, m_scratchTop[size_t(j + kPad)]);
                bottom = std::max(bottom, m_scratchBottom[size_t(j + kPad)]);
            }
            m_top[size_t(k + kPad)] = top;
            m_bottom[size_t(k + kPad)] = bottom;
        }
    }

    uint32_t *m_pixels;
    int m_height;
    int m_c0;
    int m_c1;
    int m_s0;
    int m_s1;
    std::vector<double> m_top;
    std::vector<double> m_bottom;
    std::vector<double> m_scratchTop;
    std::vector<double> m_scratchBottom;
};

// A polyline to draw, with what is worked out once per image.
struct Polyline {
    const QList<QPointF> *points = nullptr;
    bool sorted = true; // by x: the points a column range needs can be searched for
};

Polyline polyline(const QList<QPointF> &points) {
    return {&points, std::is_sorted(points.cbegin(), points.cend(),
                                    [](auto &a, auto &b) { return a.x() < b.x(); })};
}

// One fill of the canvas: a curve, or a band between two curves.
struct Stroke {
    Polyline first;
    Polyline second; // the band's lower edge; none for a curve
    uint32_t color = 0;
    double grow = 0; // half the pen width, in device pixels
    int spread = 0;  // columns a thick pen reaches beside its line
};

// Adds the segments of `points`, from index `from` on, until one lies right of `stopAt`.
// Points that cannot be drawn (not finite, or not positive on a log scale) are stepped over.
template <bool LogY>
void addPoints(ColumnCanvas &canvas, const Mapping &map, const QList<QPointF> &points,
               qsizetype from, double stopAt) {
    const qsizetype n = points.size();
    const auto pixel = [&](const QPointF &p) {
        return QPointF(p.x() * map.sx + map.ox,
                       (LogY ? std::log10(p.y()) : p.y()) * map.sy + map.oy);
    };
    qsizetype i = from;
    QPointF last;
    for (; i < n; ++i) {
        last = pixel(points[i]);
        if (std::isfinite(last.x()) && std::isfinite(last.y()))
            break;
    }
    if (i == n)
        return;
    int lastColumn = canvas.columnOf(last.x());
    canvas.include(lastColumn, last.y());
    if (points[i].x() > stopAt)
        return;
    for (++i; i < n; ++i) {
        const QPointF p = pixel(points[i]);
        if (!std::isfinite(p.x()) || !std::isfinite(p.y())) [[unlikely]]
            continue;
        const int c = canvas.columnOf(p.x());
        canvas.addSegment(last.x(), last.y(), lastColumn, p.x(), p.y(), c);
        last = p;
        lastColumn = c;
        if (points[i].x() > stopAt)
            break;
    }
}

// Adds the segments of `line` that reach the canvas's columns. Points in x order are
// searched for the first one that matters and left after the last; others are walked whole.
void addPolyline(ColumnCanvas &canvas, const PlotFrame &frame, const Mapping &map,
                 const Polyline &line) {
    if (!line.points)
        return;
    const QList<QPointF> &points = *line.points;
    qsizetype from = 0;
    double stopAt = std::numeric_limits<double>::infinity();
    if (line.sorted) {
        const double lo = frame.fromX(canvas.firstColumn() - 1);
        from = std::lower_bound(points.cbegin(), points.cend(), lo,
                                [](const QPointF &p, double x) { return p.x() < x; }) -
               points.cbegin();
        from = std::max<qsizetype>(0, from - 1);
        stopAt = frame.fromX(canvas.endColumn() + 1);
    }
    if (map.logY)
        addPoints<true>(canvas, map, points, from, stopAt);
    else
        addPoints<false>(canvas, map, points, from, stopAt);
}

// What `scene` draws, bottom first.
std::vector<Stroke> strokes(const CurveScene &scene, double dpr) {
    std::vector<Stroke> out;
    for (const DrawnBand &band : scene.bands)
        out.push_back(
            {polyline(band.upper), polyline(band.lower), qPremultiply(band.color.rgba())});
    for (const DrawnCurve &curve : scene.curves) {
        if (!curve.visible || curve.points.isEmpty())
            continue;
        const double half = curve.width * dpr / 2;
        // A pen of 3 pixels and more reaches into the columns beside its line.
        const int spread =
            std::min(ColumnCanvas::kMargin, int(std::lround(std::max(0.0, half - 0.5))));
        out.push_back({polyline(curve.points), {}, qPremultiply(curve.color.rgba()), half, spread});
    }
    return out;
}

// What one thread keeps from tile to tile: the spans of every stroke in each column (column
// by column) and which of them later strokes hide.
struct TileScratch {
    std::vector<Span> spans;
    std::vector<uint8_t> hidden;
};

// Marks the spans of column `k` that opaque strokes drawn after them cover whole: every pixel
// such a span would write, a later one writes over with an opaque colour, so drawing it
// changes nothing. Where a thousand curves bunch up, most of them are hidden.
void findHidden(const Span *spans, uint8_t *hidden, const std::vector<Stroke> &strokes,
                int height) {
    int coverTop = 0; // rows [coverTop, coverBottom) are opaque from later strokes
    int coverBottom = 0;
    for (size_t i = strokes.size(); i-- > 0;) {
        const SpanRows rows = spanRows(spans[i], height);
        hidden[i] = rows.r1 <= rows.r0 || (rows.r0 >= coverTop && rows.r1 <= coverBottom);
        if (hidden[i] || (strokes[i].color >> 24) != 255 || rows.r1 - rows.r0 < 3)
            continue;
        // The rows between the partly covered ends are written whole.
        const int top = rows.r0 + 1;
        const int bottom = rows.r1 - 1;
        if (top <= coverBottom && bottom >= coverTop) {
            coverTop = std::min(coverTop, top);
            coverBottom = std::max(coverBottom, bottom);
        } else if (bottom - top > coverBottom - coverTop) {
            coverTop = top;
            coverBottom = bottom;
        }
    }
}

// Draws every stroke into the canvas's columns, bottom first, leaving out spans that later
// strokes hide. A column is drawn whole before the next, while its pixels are in the cache.
void drawColumns(ColumnCanvas &canvas, const std::vector<Stroke> &strokes, const PlotFrame &frame,
                 TileScratch &scratch) {
    const Mapping map(frame);
    const size_t n = strokes.size();
    const int columns = canvas.columns();
    scratch.spans.resize(n * size_t(columns));
    scratch.hidden.resize(scratch.spans.size());
    for (size_t i = 0; i < n; ++i) {
        const Stroke &s = strokes[i];
        addPolyline(canvas, frame, map, s.first);
        addPolyline(canvas, frame, map, s.second);
        canvas.take(s.grow, s.spread, scratch.spans.data() + i, n);
    }
    for (int k = 0; k < columns; ++k) {
        const Span *spans = scratch.spans.data() + size_t(k) * n;
        uint8_t *hidden = scratch.hidden.data() + size_t(k) * n;
        findHidden(spans, hidden, strokes, canvas.height());
        uint32_t *pixels = canvas.column(k);
        for (size_t i = 0; i < n; ++i) {
            if (!hidden[i])
                fillSpan(pixels, canvas.height(), spans[i], strokes[i].color);
        }
    }
}

// Column-major pixels into the rows of an image, 32 x 32 tiles at a time, and within a tile
// 4 x 4 blocks in registers where SSE2 is at hand.
void transposeInto(QImage &image, const std::vector<uint32_t> &columns) {
    const int w = image.width();
    const int h = image.height();
    const size_t stride = size_t(image.bytesPerLine()) / sizeof(uint32_t);
    uint32_t *rows = reinterpret_cast<uint32_t *>(image.bits());
    const uint32_t *cols = columns.data();
    const auto at = [h, cols](int c, int r) { return cols + size_t(c) * size_t(h) + size_t(r); };
    constexpr int kTile = 32;
    for (int r0 = 0; r0 < h; r0 += kTile) {
        for (int c0 = 0; c0 < w; c0 += kTile) {
            const int r1 = std::min(h, r0 + kTile);
            const int c1 = std::min(w, c0 + kTile);
            int c = c0;
#ifdef __SSE2__
            for (; c + 4 <= c1; c += 4) {
                int r = r0;
                for (; r + 4 <= r1; r += 4) {
                    const auto load = [&](int k) {
                        return _mm_loadu_si128(reinterpret_cast<const __m128i *>(at(c + k, r)));
                    };
                    const __m128i a = load(0), b = load(1), cc = load(2), d = load(3);
                    const __m128i ab0 = _mm_unpacklo_epi32(a, b), ab1 = _mm_unpackhi_epi32(a, b);
                    const __m128i cd0 = _mm_unpacklo_epi32(cc, d), cd1 = _mm_unpackhi_epi32(cc, d);
                    const auto store = [&](int k, __m128i v) {
                        _mm_storeu_si128(
                            reinterpret_cast<__m128i *>(rows + size_t(r + k) * stride + size_t(c)),
                            v);
                    };
                    store(0, _mm_unpacklo_epi64(ab0, cd0));
                    store(1, _mm_unpackhi_epi64(ab0, cd0));
                    store(2, _mm_unpacklo_epi64(ab1, cd1));
                    store(3, _mm_unpackhi_epi64(ab1, cd1));
                }
                for (; r < r1; ++r)
                    for (int k = 0; k < 4; ++k)
                        rows[size_t(r) * stride + size_t(c + k)] = *at(c + k, r);
            }
#endif
            for (int r = r0; r < r1; ++r)
                for (int k = c; k < c1; ++k)
                    rows[size_t(r) * stride + size_t(k)] = *at(k, r);
        }
    }
}

} // namespace

QImage rasterizeCurves(const CurveScene &scene, const PlotFrame &frame, double devicePixelRatio) {
    QImage image(frame.size, QImage::Format_ARGB32_Premultiplied);
    if (!frame.isValid()) {
        image.fill(Qt::transparent);
        return image;
    }
    const int w = frame.size.width();
    const int h = frame.size.height();
    std::vector<uint32_t> columns(size_t(w) * size_t(h), 0);
    const qint64 points = scene.pointCount();
    const std::vector<Stroke> toDraw = strokes(scene, devicePixelRatio);
    const int threads =
        int(std::clamp<qint64>(points / kPointsPerThread, 1,
                               std::min(chartThreads(ChartWork::Raster).maxThreadCount(), w)));
    // Each thread draws the next tile of columns not taken yet, every curve in it: the tile's
    // pixels stay in the cache while the curves cross it, and threads that draw sparse tiles
    // take more of them.
    std::atomic<int> nextTile = 0;
    const auto part = [&] {
        TileScratch scratch;
        for (int c = nextTile++ * kTileColumns; c < w; c = nextTile++ * kTileColumns) {
            ColumnCanvas canvas(columns.data(), h, c, std::min(w, c + kTileColumns));
            drawColumns(canvas, toDraw, frame, scratch);
        }
    };
    std::latch done(threads - 1);
    for (int k = 1; k < threads; ++k) {
        chartThreads(ChartWork::Raster).start([&part, &done] {
            part();
            done.count_down();
        });
    }
    part();
    done.wait();
    transposeInto(image, columns);
    return image;
}

void paintCurveVectors(QPainter &painter, const QRectF &plotRect, const CurveScene &scene,
                       const PlotFrame &frame) {
    if (!frame.isValid())
        return;
    const Mapping mapping(frame);
    const auto map = [&](const QList<QPointF> &points) {
        QPolygonF out;
        out.reserve(points.size());
        for (const QPointF &p : points)
            out.append(QPointF(mapping.x(p.x()), mapping.y(p.y())));
        return out;
    };
    painter.save();
    painter.setClipRect(plotRect);
    painter.translate(plotRect.topLeft());
    painter.setRenderHint(QPainter::Antialiasing);
    for (const DrawnBand &band : scene.bands) {
        QPolygonF area = map(band.upper);
        const QPolygonF lower = map(band.lower);
        for (auto it = lower.crbegin(); it != lower.crend(); ++it)
            area.append(*it);
        painter.setPen(Qt::NoPen);
        painter.setBrush(band.color);
        painter.drawPolygon(area);
    }
    painter.setBrush(Qt::NoBrush);
    for (const DrawnCurve &curve : scene.curves) {
        if (!curve.visible)
            continue;
        QPen pen(curve.color, curve.width);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        painter.drawPolyline(map(curve.points));
    }
    painter.restore();
}

} // namespace mlwb::widgets::experiments
