#include "tablediffdelegate.h"

#include "itemmodels/tablediffmodel.h"
#include "shared/theme.h"

#include <QApplication>
#include <QPainter>

namespace mlwb::widgets::datasets {

using itemmodels::TableDiffModel;

namespace {

const QString arrow = QStringLiteral(" \u2192 ");

std::optional<DiffTone> toneOf(TableDiffModel::RowKind kind) {
    switch (kind) {
    case TableDiffModel::RowKind::Added:
        return DiffTone::Added;
    case TableDiffModel::RowKind::Removed:
        return DiffTone::Removed;
    case TableDiffModel::RowKind::Changed:
        return DiffTone::Changed;
    case TableDiffModel::RowKind::Unchanged:
        break;
    }
    return std::nullopt;
}

} // namespace

void TableDiffDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    const auto kind = TableDiffModel::RowKind(index.data(TableDiffModel::RowKindRole).toInt());
    const bool cellChanged = index.data(TableDiffModel::CellChangedRole).toBool();
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    if (!selected) {
        if (const auto tone = toneOf(kind)) {
            QColor bg = diffBackground(*tone, pal);
            if (kind == TableDiffModel::RowKind::Changed && !cellChanged)
                bg.setAlphaF(0.45); // the row is marked, its changed cells stand out
            painter->fillRect(option.rect, bg);
        }
    }
    if (!cellChanged) {
        QStyleOptionViewItem opt = option;
        if (index.column() == 0) {
            if (const auto tone = toneOf(kind)) {
                opt.palette.setColor(QPalette::Text, diffForeground(*tone, pal));
                opt.font.setBold(true);
            }
        }
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }
    // A changed cell: "old → new", old struck through in the removed colour.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (!selected)
        opt.backgroundBrush = diffBackground(DiffTone::Changed, pal);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString oldValue = index.data(TableDiffModel::OldValueRole).toString();
    const QString newValue = index.data(TableDiffModel::NewValueRole).toString();
    const QRect text =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    painter->save();
    painter->setClipRect(text);
    QFont struck = opt.font;
    struck.setStrikeOut(true);
    const QColor plain =
        selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    int x = text.left();
    const auto draw = [&](const QString &s, const QFont &font, const QColor &color) {
        painter->setFont(font);
        painter->setPen(color);
        const int w = QFontMetrics(font).horizontalAdvance(s);
        painter->drawText(QRect(x, text.top(), w + 1, text.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, s);
        x += w;
    };
    draw(oldValue, struck, selected ? plain : diffForeground(DiffTone::Removed, pal));
    draw(arrow, opt.font, plain);
    QFont bold = opt.font;
    bold.setBold(true);
    draw(newValue, bold, selected ? plain : diffForeground(DiffTone::Added, pal));
    painter->restore();
}

QSize TableDiffDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(TableDiffModel::CellChangedRole).toBool()) {
        QFont bold = option.font;
        bold.setBold(true);
        size.rwidth() += QFontMetrics(bold).horizontalAdvance(QStringLiteral("  "));
    }
    return size;
}

} // namespace mlwb::widgets::datasets
