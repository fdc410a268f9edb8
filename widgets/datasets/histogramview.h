#pragma once

#include "datasets/columnprofile.h"

#include <QWidget>

#include <optional>

namespace mlwb::widgets::datasets {

// One column's distribution in two versions, overlaid: numeric columns as
// histograms over the shared bins, other columns as paired bars of their most
// frequent values. Heights are shares of each version's values, so versions of
// different sizes compare. Painted from the palette: crisp in light and dark.
class HistogramView : public QWidget {
    Q_OBJECT
public:
    explicit HistogramView(QWidget *parent = nullptr);

    void setColumn(const std::optional<mlwb::datasets::ColumnProfile> &a,
                   const std::optional<mlwb::datasets::ColumnProfile> &b, const QString &labelA,
                   const QString &labelB);

    // Bars drawn per version (for tests): bins or categories.
    int barCount() const { return int(m_shares.size()); }

    static QColor colorA(const QPalette &palette);
    static QColor colorB(const QPalette &palette);

    QSize sizeHint() const override { return {420, 220}; }
    QSize minimumSizeHint() const override { return {200, 140}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintLegend(QPainter &p, const QRect &area);

    QString m_labelA;
    QString m_labelB;
    bool m_numeric = false;
    QStringList m_categories;                        // categorical: one per bar
    std::vector<double> m_edges;                     // numeric: bins + 1
    std::vector<std::pair<double, double>> m_shares; // per bar: share in A, share in B
    bool m_hasA = false;
    bool m_hasB = false;
};

} // namespace mlwb::widgets::datasets
