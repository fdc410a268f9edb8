#include "histogramview.h"

#include "itemmodels/datasetprofilemodel.h"
#include "shared/theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mlwb::widgets::datasets {

namespace {

std::vector<double> shares(const std::vector<qint64> &counts) {
    const double total = double(std::accumulate(counts.begin(), counts.end(), qint64(0)));
    std::vector<double> out;
    for (qint64 c : counts)
        out.push_back(total > 0 ? double(c) / total : 0);
    return out;
}

QString percent(double share) {
    return QStringLiteral("%1%").arg(share * 100, 0, 'g', 3);
}

} // namespace

HistogramView::HistogramView(QWidget *parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setAccessibleName(tr("Distribution"));
}

QColor HistogramView::colorA(const QPalette &palette) {
    return accentWithHue(palette, 0.6);
}
QColor HistogramView::colorB(const QPalette &palette) {
    return accentWithHue(palette, 0.08);
}

void HistogramView::setColumn(const std::optional<mlwb::datasets::ColumnProfile> &a,
                              const std::optional<mlwb::datasets::ColumnProfile> &b,
                              const QString &labelA, const QString &labelB) {
    m_labelA = labelA;
    m_labelB = labelB;
    m_hasA = a.has_value();
    m_hasB = b.has_value();
    m_shares.clear();
    m_categories.clear();
    m_edges.clear();
    const bool numericA = a && a->isNumeric() && !a->histogramCounts.empty();
    const bool numericB = b && b->isNumeric() && !b->histogramCounts.empty();
    const bool sameBins = !(numericA && numericB) || a->histogramEdges == b->histogramEdges;
    m_numeric = (numericA || numericB) && sameBins && (numericA || !a) && (numericB || !b);
    if (m_numeric) {
        m_edges = numericB ? b->histogramEdges : a->histogramEdges;
        const std::vector<double> sa =
            numericA ? shares(a->histogramCounts) : std::vector<double>{};
        const std::vector<double> sb =
            numericB ? shares(b->histogramCounts) : std::vector<double>{};
        for (size_t i = 0; i + 1 < m_edges.size(); ++i)
            m_shares.emplace_back(i < sa.size() ? sa[i] : 0, i < sb.size() ? sb[i] : 0);
    } else {
        // The most frequent values of either version, B's first.
        const auto shareOf = [](const std::optional<mlwb::datasets::ColumnProfile> &p,
                                const QString &value) {
            if (!p || p->count - p->missing <= 0)
                return 0.0;
            for (const mlwb::datasets::ValueCount &v : p->topValues) {
                if (v.value == value)
                    return double(v.count) / double(p->count - p->missing);
            }
            return 0.0;
        };
        for (const auto *p : {b ? &*b : nullptr, a ? &*a : nullptr}) {
            if (!p)
                continue;
            for (const mlwb::datasets::ValueCount &v : p->topValues) {
                if (!m_categories.contains(v.value) && m_categories.size() < 12)
                    m_categories.append(v.value);
            }
        }
        for (const QString &c : m_categories)
            m_shares.emplace_back(shareOf(a, c), shareOf(b, c));
    }
    update();
}

void HistogramView::paintLegend(QPainter &p, const QRect &area) {
    const QFontMetrics fm(font());
    int x = area.right();
    const auto item = [&](const QColor &color, const QString &text) {
        const int w = fm.horizontalAdvance(text);
        x -= w;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(x, area.top(), w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        x -= 6 + 12;
        p.fillRect(QRect(x, area.top() + (fm.height() - 10) / 2, 12, 10), color);
        x -= 16;
    };
    if (m_hasB)
        item(colorB(palette()), tr("B: %1").arg(m_labelB));
    if (m_hasA)
        item(colorA(palette()), tr("A: %1").arg(m_labelA));
}

void HistogramView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QFontMetrics fm(font());
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = palette().color(QPalette::Mid);
    if (m_shares.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No values to draw"));
        return;
    }
    const int line = fm.height();
    paintLegend(p, QRect(8, 6, width() - 16, line));
    const int left = fm.horizontalAdvance(QStringLiteral("100%")) + 12;
    const int labelRows = m_numeric ? 1 : 2;
    const QRect plot(left, 12 + line, width() - left - 12, height() - 24 - line * (1 + labelRows));
    if (plot.width() < 20 || plot.height() < 20)
        return;
    double top = 0;
    for (const auto &[sa, sb] : m_shares)
        top = std::max({top, sa, sb});
    top = top <= 0 ? 1 : std::min(1.0, top * 1.1);

    // Grid and y labels at quarters of the top share.
    p.setPen(grid);
    for (int i = 0; i <= 4; ++i) {
        const int y = plot.bottom() - int(plot.height() * i / 4.0);
        p.setPen(grid);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(text);
        p.drawText(QRect(0, y - line / 2, left - 6, line), Qt::AlignRight | Qt::AlignVCenter,
                   percent(top * i / 4.0));
    }

    const int n = int(m_shares.size());
    const double slot = double(plot.width()) / n;
    const QColor ca = colorA(palette());
    const QColor cb = colorB(palette());
    const auto barRect = [&](int i, double share, double from, double width) {
        const int h = int(plot.height() * share / top);
        return QRectF(plot.left() + slot * i + from, plot.bottom() - h, width, h);
    };
    for (int i = 0; i < n; ++i) {
        const auto [sa, sb] = m_shares[size_t(i)];
        if (m_numeric) {
            // Overlaid: A filled, B translucent on top with an outline.
            const double w = std::max(1.0, slot - 1);
            QColor fa = ca;
            fa.setAlphaF(0.55);
            p.fillRect(barRect(i, sa, 0.5, w), fa);
            QColor fb = cb;
            fb.setAlphaF(0.45);
            const QRectF rb = barRect(i, sb, 0.5, w);
            p.fillRect(rb, fb);
            p.setPen(QPen(cb, 1.2));
            if (sb > 0)
                p.drawRect(rb);
        } else {
            const double w = std::max(1.0, slot * 0.38);
            p.fillRect(barRect(i, sa, slot * 0.1, w), ca);
            p.fillRect(barRect(i, sb, slot * 0.1 + w + 1, w), cb);
        }
    }
    p.setPen(text);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    // x labels
    if (m_numeric) {
        const int ticks = std::min(n, std::max(1, plot.width() / 90));
        for (int t = 0; t <= ticks; ++t) {
            const size_t e = size_t(std::lround(double(t) * n / ticks));
            const int x = plot.left() + int(slot * double(e));
            const QString label = itemmodels::ColumnProfileModel::numberText(m_edges[e]);
            const int w = fm.horizontalAdvance(label);
            p.drawText(QRect(std::clamp(x - w / 2, 0, width() - w), plot.bottom() + 4, w, line),
                       Qt::AlignCenter, label);
        }
    } else {
        for (int i = 0; i < n; ++i) {
            const QRect cell(plot.left() + int(slot * i), plot.bottom() + 4, int(slot), line * 2);
            p.drawText(cell, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                       fm.elidedText(m_categories[i], Qt::ElideRight, int(slot) * 2 - 4));
        }
    }
}

} // namespace mlwb::widgets::datasets
