#include "scatterview.h"

#include "exploredata.h"

#include <QCursor>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace mlwb::widgets::experiments {

ScatterView::ScatterView(QWidget *parent)
    : QChartView(parent)
    , m_series(new QScatterSeries) {
    auto *c = new QChart;
    c->legend()->setVisible(false);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    c->addSeries(m_series);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    m_series->setMarkerSize(9);
    connect(m_series, &QScatterSeries::hovered, this, [this](const QPointF &p, bool on) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const QList<QPointF> pts = m_series->points();
        for (qsizetype i = 0; i < pts.size(); ++i) {
            if (pts[i] != p)
                continue;
            QString name;
            for (const itemmodels::RunRow &r : std::as_const(m_runs)) {
                if (r.id == m_pointRuns.value(i))
                    name = r.name;
            }
            QToolTip::showText(
                QCursor::pos(),
                QStringLiteral("<b>%1</b><br>%2 = %3<br>%4 = %5")
                    .arg(name.toHtmlEscaped(), m_x, queryNumber(p.x()), m_y, queryNumber(p.y())),
                this);
            return;
        }
    });
    rebuild();
}

void ScatterView::setRuns(const QList<itemmodels::RunRow> &runs) {
    m_runs = runs;
    rebuild();
}

void ScatterView::setDimensions(const QString &x, const QString &y) {
    m_x = x;
    m_y = y;
    rebuild();
}

void ScatterView::rebuild() {
    QList<QPointF> points;
    QList<double> xs, ys;
    m_pointRuns.clear();
    for (const itemmodels::RunRow &r : std::as_const(m_runs)) {
        const auto x = numericValue(r, m_x);
        const auto y = numericValue(r, m_y);
        if (!x || !y)
            continue;
        points.append(QPointF(*x, *y));
        xs.append(*x);
        ys.append(*y);
        m_pointRuns.append(r.id);
    }
    QChart *c = chart();
    for (QAbstractAxis *a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
    auto makeAxis = [c](const QList<double> &values, const QString &title) -> QAbstractAxis * {
        QAbstractAxis *axis = nullptr;
        if (wantsLogScale(values)) {
            auto *log = new QLogValueAxis(c);
            log->setLabelFormat(QStringLiteral("%g"));
            const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
            log->setRange(*lo / 1.5, *hi * 1.5);
            axis = log;
        } else {
            auto *v = new QValueAxis(c);
            if (!values.isEmpty()) {
                const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
                const double pad = *hi > *lo ? (*hi - *lo) * 0.08 : std::max(1.0, *hi * 0.1);
                v->setRange(*lo - pad, *hi + pad);
            }
            axis = v;
        }
        axis->setTitleText(title);
        return axis;
    };
    QAbstractAxis *x = makeAxis(xs, m_x);
    QAbstractAxis *y = makeAxis(ys, m_y);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(x);
    m_series->attachAxis(y);
    m_series->replace(points);
    applyPalette();
}

void ScatterView::changeEvent(QEvent *event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ScatterView::applyPalette() {
    const QPalette pal = palette();
    chart()->setBackgroundBrush(pal.color(QPalette::Base));
    chart()->setPlotAreaBackgroundVisible(false);
    for (QAbstractAxis *a : chart()->axes()) {
        a->setLabelsBrush(pal.color(QPalette::Text));
        a->setTitleBrush(pal.color(QPalette::PlaceholderText));
        QColor grid = pal.color(QPalette::Mid);
        grid.setAlphaF(0.35f);
        a->setGridLineColor(grid);
        a->setLinePenColor(pal.color(QPalette::Mid));
    }
    m_series->setColor(pal.color(QPalette::Highlight));
    m_series->setBorderColor(pal.color(QPalette::Base));
}

} // namespace mlwb::widgets::experiments
