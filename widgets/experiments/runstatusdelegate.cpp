#include "runstatusdelegate.h"

#include "itemmodels/runstablemodel.h"
#include "runcolors.h"

#include <QPainter>
#include <QPixmap>

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

} // namespace

void RunStatusDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(itemmodels::RunsTableModel::LoadedRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        return;
    }
    const auto status =
        tracking::RunStatus(index.data(itemmodels::RunsTableModel::StatusRole).toInt());
    const QString columnId =
        index.model()
            ->headerData(index.column(), Qt::Horizontal, itemmodels::RunsTableModel::ColumnIdRole)
            .toString();
    if (columnId != QLatin1String("status"))
        return;
    // On a selected row the running colour would vanish into the highlight.
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    const QColor c = selected && status == tracking::RunStatus::Running
                         ? option->palette.color(QPalette::HighlightedText)
                         : statusColor(status, option->palette);
    option->icon = statusDot(c, status == tracking::RunStatus::Running);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(12, 12);
}

} // namespace mlwb::widgets::experiments
