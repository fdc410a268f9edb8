#include "runstatusdelegate.h"

#include "itemmodels/runstablemodel.h"
#include "runcolors.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPixmap>
#include <QScopeGuard>

#include <cmath>

namespace mlwb::widgets::experiments {

namespace {

QIcon statusDot(const QColor &color, bool hollow) {
    QPixmap pm(QSize(24, 24));
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (hollow) {
        p.setPen(QPen(color, 3));
        p.setBrush(Qt::NoBrush);
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
    }
    p.drawEllipse(QRectF(4, 4, 16, 16));
    return QIcon(pm);
}

constexpr int kPulseSteps = 16; // one breath in 16 ticks of 80 ms

int statusColumn(const QAbstractItemModel *model) {
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal, itemmodels::RunsTableModel::ColumnIdRole)
                .toString() == QLatin1String("status"))
            return c;
    }
    return -1;
}

} // namespace

RunStatusDelegate::RunStatusDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view) {
    m_timer.setInterval(80);
    connect(&m_timer, &QTimer::timeout, this, &RunStatusDelegate::tick);
    m_timer.start();
}

void RunStatusDelegate::tick() {
    m_pulsing = 0;
    // Without a running run in view, look again a few times a second only (laptop power).
    const auto settle = qScopeGuard([this] { m_timer.setInterval(m_pulsing ? 80 : 400); });
    const QAbstractItemModel *model = m_view->model();
    if (!model || !m_view->isVisible())
        return;
    const int column = statusColumn(model);
    if (column < 0)
        return;
    m_phase = (m_phase + 1) % kPulseSteps;
    m_pulse = 0.6 + 0.4 * std::cos(2.0 * M_PI * m_phase / kPulseSteps);
    // Walks the rows in view only, so 100k runs cost what a screenful costs.
    const int bottom = m_view->viewport()->rect().bottom();
    QModelIndex previous;
    for (int y = 0; y <= bottom;) {
        const QModelIndex index = m_view->indexAt(QPoint(1, y));
        if (!index.isValid())
            break;
        const QRect rect = m_view->visualRect(index);
        y = qMax(y + 1, rect.bottom() + 1);
        if (index == previous)
            continue; // a grid line below the row
        previous = index;
        const QModelIndex cell = index.siblingAtColumn(column);
        const QVariant status = cell.data(itemmodels::RunsTableModel::StatusRole);
        if (cell.data(itemmodels::RunsTableModel::LoadedRole).toBool() && status.isValid() &&
            tracking::RunStatus(status.toInt()) == tracking::RunStatus::Running) {
            m_view->update(cell);
            ++m_pulsing;
        }
    }
}

void RunStatusDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(itemmodels::RunsTableModel::LoadedRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        return;
    }
    const QVariant statusValue = index.data(itemmodels::RunsTableModel::StatusRole);
    if (!statusValue.isValid())
        return; // a group row
    const auto status = tracking::RunStatus(statusValue.toInt());
    const QString columnId =
        index.model()
            ->headerData(index.column(), Qt::Horizontal, itemmodels::RunsTableModel::ColumnIdRole)
            .toString();
    if (columnId != QLatin1String("status"))
        return;
    // On a selected row the running colour would vanish into the highlight.
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    QColor c = selected && status == tracking::RunStatus::Running
                   ? option->palette.color(QPalette::HighlightedText)
                   : statusColor(status, option->palette);
    if (status == tracking::RunStatus::Running)
        c.setAlphaF(float(m_pulse));
    option->icon = statusDot(c, status == tracking::RunStatus::Running);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(12, 12);
}

} // namespace mlwb::widgets::experiments
