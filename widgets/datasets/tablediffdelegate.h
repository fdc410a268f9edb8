#pragma once

#include <QStyledItemDelegate>

namespace mlwb::widgets::datasets {

// Paints a TableDiffModel daff-like: added rows green, removed rows red,
// changed rows with their changed cells highlighted and written "old → new",
// the old value struck through. Colours come from the palette (theme.h).
class TableDiffDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace mlwb::widgets::datasets
