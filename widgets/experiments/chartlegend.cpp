#include "chartlegend.h"

#include "runcolors.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace mlwb::widgets::experiments {

namespace {
constexpr int kSwatch = 14;
constexpr int kGap = 6;
constexpr int kSpacing = 16;
} // namespace

ChartLegend::ChartLegend(QWidget *parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ChartLegend::setRuns(const QList<std::pair<qint64, QString>> &runs) {
    m_runs = runs;
    updateGeometry();
    update();
}

void ChartLegend::setHighlightedRun(qint64 runId) {
    if (runId == m_highlighted)
        return;
    m_highlighted = runId;
    update();
}

QList<QRect> ChartLegend::layoutEntries(int width) const {
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold); // bold is widest, so highlighting does not reflow
    const int lineHeight = std::max(kSwatch, fm.height()) + 4;
    QList<QRect> rects;
    int x = 0, y = 0;
    for (const auto &[id, name] : m_runs) {
        const int w = kSwatch + kGap + fm.horizontalAdvance(name);
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineHeight;
        }
        rects.append(QRect(x, y, w, lineHeight));
        x += w + kSpacing;
    }
    return rects;
}

int ChartLegend::heightForWidth(int width) const {
    const QList<QRect> rects = layoutEntries(width);
    return rects.isEmpty() ? 0 : rects.constLast().bottom() + 1;
}

QSize ChartLegend::sizeHint() const {
    return QSize(400, heightForWidth(width() > 0 ? width() : 400));
}

qint64 ChartLegend::runAt(const QPoint &pos) const {
    const QList<QRect> rects = layoutEntries(width());
    for (qsizetype i = 0; i < rects.size(); ++i) {
        if (rects[i].contains(pos))
            return m_runs[i].first;
    }
    return 0;
}

QRect ChartLegend::entryRect(qint64 runId) const {
    const QList<QRect> rects = layoutEntries(width());
    for (qsizetype i = 0; i < rects.size(); ++i) {
        if (m_runs[i].first == runId)
            return rects[i];
    }
    return {};
}

void ChartLegend::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<QRect> rects = layoutEntries(width());
    QList<qint64> ids;
    for (const auto &run : std::as_const(m_runs))
        ids.append(run.first);
    const QHash<qint64, QColor> colors = runColors(ids, palette());
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const auto &[id, name] = m_runs[i];
        const QRect r = rects[i];
        QColor color = colors.value(id);
        QColor text = palette().color(QPalette::Text);
        if (m_highlighted != 0 && id != m_highlighted) {
            color.setAlphaF(0.35f);
            text = palette().color(QPalette::PlaceholderText);
        }
        const QRect swatch(r.left(), r.center().y() - 2, kSwatch, 4);
        p.fillRect(swatch, color);
        QFont f = font();
        f.setBold(id == m_highlighted);
        p.setFont(f);
        p.setPen(text);
        p.drawText(r.adjusted(kSwatch + kGap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, name);
    }
}

void ChartLegend::mouseMoveEvent(QMouseEvent *event) {
    const qint64 id = runAt(event->position().toPoint());
    if (id != m_hovered) {
        m_hovered = id;
        Q_EMIT hoveredRunChanged(id);
    }
}

void ChartLegend::leaveEvent(QEvent *) {
    if (m_hovered != 0) {
        m_hovered = 0;
        Q_EMIT hoveredRunChanged(0);
    }
}

} // namespace mlwb::widgets::experiments
