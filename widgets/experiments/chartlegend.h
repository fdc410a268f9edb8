#pragma once

#include <QWidget>

namespace mlwb::widgets::experiments {

// The runs of the compare charts with their colours, wrapped over as many
// lines as needed. Hovering an entry reports its run so every chart can
// highlight it; the highlighted run's entry is drawn bold.
class ChartLegend : public QWidget {
    Q_OBJECT
public:
    explicit ChartLegend(QWidget *parent = nullptr);

    void setRuns(const QList<std::pair<qint64, QString>> &runs);
    void setHighlightedRun(qint64 runId);
    qint64 runAt(const QPoint &pos) const;
    // Where the entry of `runId` is drawn; empty when it is not shown.
    QRect entryRect(qint64 runId) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void hoveredRunChanged(qint64 runId); // 0 when the pointer leaves the entries

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QList<QRect> layoutEntries(int width) const;

    QList<std::pair<qint64, QString>> m_runs;
    qint64 m_highlighted = 0;
    qint64 m_hovered = 0;
};

} // namespace mlwb::widgets::experiments
