#pragma once

#include "itemmodels/runcolumns.h"

#include <QWidget>

#include <optional>

namespace mlwb::widgets::experiments {

// Runs as polylines across one vertical axis per chosen dimension (params,
// then a metric), coloured by the metric. Dragging along an axis brushes a
// range: runs outside every brush fade, and the brushes are offered as a
// query-language condition to filter the runs table with. A click on an
// axis clears its brush.
class ParallelCoordinatesView : public QWidget {
    Q_OBJECT
public:
    explicit ParallelCoordinatesView(QWidget *parent = nullptr);

    void setRuns(const QList<itemmodels::RunRow> &runs);
    // Dimensions as "params.KEY" / "metrics.KEY"; `colourBy` is a metric dimension.
    void setDimensions(const QStringList &dimensions, const QString &colourBy);
    QStringList dimensions() const;
    QString colourBy() const { return m_colourBy; }

    // Brushes values lo..hi on axis `index` (or clears it) as a drag would.
    void setBrush(int index, std::optional<std::pair<double, double>> range);
    // The brushes as a condition, e.g. "params.lr >= 0.001 and params.lr <= 0.01".
    QString brushQuery() const;
    // Where `value` sits on axis `index`, in widget coordinates.
    QPointF pointFor(int index, double value) const;
    QList<qint64> brushedRuns() const;

    QSize sizeHint() const override { return {600, 260}; }

Q_SIGNALS:
    void filterRequested(const QString &condition);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct Axis {
        QString dimension;
        QStringList categories; // text params: one position per value
        bool log = false;
        double lo = 0;
        double hi = 1;
        std::optional<std::pair<double, double>> brush; // in 0..1 from the bottom
    };
    void rebuildAxes();
    QRectF plotRect() const;
    double axisX(int index) const;
    // Position 0..1 from the bottom of `run` on `axis`; nothing when the run lacks it.
    std::optional<double> position(const Axis &axis, const itemmodels::RunRow &run) const;
    double positionOf(const Axis &axis, double value) const;
    double valueAt(const Axis &axis, double position) const;
    double fractionAt(double y) const;
    bool passesBrushes(const itemmodels::RunRow &run) const;
    QString axisCondition(const Axis &axis) const;
    QColor colourFor(const itemmodels::RunRow &run, double lo, double hi) const;

    QList<itemmodels::RunRow> m_runs;
    QStringList m_dimensions;
    QString m_colourBy;
    QList<Axis> m_axes;
    int m_dragAxis = -1;
    double m_dragFrom = 0;
};

} // namespace mlwb::widgets::experiments
