#pragma once

#include <QStyledItemDelegate>
#include <QTimer>

class QAbstractItemView;

namespace mlwb::widgets::experiments {

// Draws the status column as a coloured dot and the status word, and shows
// rows that are still being read as a muted placeholder. The dots of running
// runs pulse: a timer repaints just those cells while any is visible.
class RunStatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit RunStatusDelegate(QAbstractItemView *view);

    // 0..1, the brightness of the running dots now; advances with the timer.
    double pulse() const { return m_pulse; }
    // Cells repainted by the last tick (the running runs in view), for tests.
    int pulsingCells() const { return m_pulsing; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void tick();

    QAbstractItemView *m_view;
    QTimer m_timer;
    int m_phase = 0;
    double m_pulse = 1.0;
    int m_pulsing = 0;
};

} // namespace mlwb::widgets::experiments
