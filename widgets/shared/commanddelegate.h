#pragma once

#include <QStyledItemDelegate>

namespace mlwb::widgets {

// Paints a palette row: icon, the title with its matched letters in bold,
// and the detail (shortcut, experiment and status) right-aligned and muted.
class CommandDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace mlwb::widgets
