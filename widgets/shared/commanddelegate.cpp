#include "commanddelegate.h"

#include "commandmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace mlwb::widgets {

namespace {
constexpr int kMargin = 8;
constexpr int kIconSize = 16;
} // namespace

void CommandDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background and selection only; the text is drawn below.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Active : QPalette::Disabled;
    const QColor textColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor detailColor =
        selected ? textColor : opt.palette.color(group, QPalette::PlaceholderText);

    painter->save();
    QRect r = opt.rect.adjusted(kMargin, 0, -kMargin, 0);
    const auto icon = index.data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull()) {
        const QRect iconRect(r.left(), r.center().y() - kIconSize / 2, kIconSize, kIconSize);
        icon.paint(painter, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
    }
    r.setLeft(r.left() + kIconSize + kMargin);

    const QString detail = index.data(CommandModel::DetailRole).toString();
    if (!detail.isEmpty()) {
        const int w = opt.fontMetrics.horizontalAdvance(detail);
        painter->setPen(detailColor);
        painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, detail);
        r.setRight(r.right() - w - 2 * kMargin);
    }

    const QString title = opt.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(),
                                                     Qt::ElideRight, r.width());
    QList<QTextLayout::FormatRange> formats;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    const auto positions = index.data(CommandModel::MatchPositionsRole).value<QList<int>>();
    for (int p : positions) {
        if (p < title.size())
            formats.append({p, 1, bold});
    }
    QTextLayout layout(title, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(r.width());
    layout.endLayout();
    painter->setPen(textColor);
    const qreal y = r.top() + (r.height() - line.height()) / 2;
    layout.draw(painter, QPointF(r.left(), y));
    painter->restore();
}

QSize CommandDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const {
    return {option.rect.width(), std::max(option.fontMetrics.height(), kIconSize) + 12};
}

} // namespace mlwb::widgets
