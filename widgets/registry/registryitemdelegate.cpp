#include "registryitemdelegate.h"

#include "itemmodels/registrydata.h"
#include "registry/gates.h"
#include "shared/theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace mlwb::widgets::registry {

namespace {
constexpr int kChipPadding = 6;
constexpr int kChipGap = 4;

QString chipText(const QString &alias) {
    const int colon = int(alias.lastIndexOf(QLatin1Char(':')));
    return colon < 0 ? alias : alias.left(colon) + QStringLiteral(" → ") + alias.mid(colon + 1);
}
} // namespace

QColor gateColor(bool passed, bool failed, const QPalette &palette) {
    if (passed)
        return statusColor(StatusTone::Finished, palette);
    if (failed)
        return statusColor(StatusTone::Failed, palette);
    return statusColor(StatusTone::Killed, palette);
}

RegistryItemDelegate::RegistryItemDelegate(int aliasesRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_aliasesRole(aliasesRole) {}

void RegistryItemDelegate::setGateColumn(int column, int role, GateKind kind) {
    m_gateColumn = column;
    m_gateRole = role;
    m_gateKind = kind;
}

void RegistryItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_archivedRole >= 0 && index.data(m_archivedRole).toBool())
        option->palette.setBrush(QPalette::Text,
                                 option->palette.brush(QPalette::Disabled, QPalette::Text));
}

void RegistryItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    if (index.column() == m_chipColumn)
        paintChips(painter, option, index);
    else if (index.column() == m_gateColumn)
        paintGate(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

void RegistryItemDelegate::paintChips(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QStringList aliases = index.data(m_aliasesRole).toStringList();
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor fill =
        selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Highlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const int h = fm.height() + 2;
    int x = option.rect.left() + 4;
    const int y = option.rect.center().y() - h / 2;
    for (const QString &alias : aliases) {
        const QString text = chipText(alias);
        const int w = fm.horizontalAdvance(text) + 2 * kChipPadding;
        if (x + w > option.rect.right())
            break;
        const QRect chip(x, y, w, h);
        QColor bg = fill;
        bg.setAlphaF(0.18);
        QPainterPath path;
        path.addRoundedRect(chip, h / 2.0, h / 2.0);
        painter->fillPath(path, bg);
        painter->setPen(fill);
        painter->drawPath(path);
        painter->setPen(selected ? pal.color(QPalette::HighlightedText)
                                 : pal.color(QPalette::Text));
        painter->drawText(chip, Qt::AlignCenter, text);
        x += w + kChipGap;
    }
    painter->restore();
}

void RegistryItemDelegate::paintGate(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int value = index.data(m_gateRole).toInt();
    bool passed = false, failed = false, none = false;
    if (m_gateKind == GateKind::VersionStatus) {
        const auto s = itemmodels::GateStatus(value);
        passed = s == itemmodels::GateStatus::Passed;
        failed = s == itemmodels::GateStatus::Failed;
        none = s == itemmodels::GateStatus::None;
    } else {
        const auto o = mlwb::registry::RuleOutcome(value);
        passed = o == mlwb::registry::RuleOutcome::Pass;
        failed = o == mlwb::registry::RuleOutcome::Fail;
    }
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (none)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int d = option.fontMetrics.height() - 4;
    const QRect mark(option.rect.left() + 6, option.rect.center().y() - d / 2, d, d);
    const QColor color = gateColor(passed, failed, option.palette);
    painter->setBrush(color);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(mark);
    // A check or a cross inside the mark, so the result does not rely on colour alone.
    painter->setPen(QPen(option.palette.color(QPalette::Base), 1.6));
    const QRectF m = QRectF(mark).adjusted(d * 0.28, d * 0.28, -d * 0.28, -d * 0.28);
    if (passed) {
        painter->drawPolyline(QPolygonF{QPointF(m.left(), m.center().y()),
                                        QPointF(m.center().x() - 1, m.bottom()),
                                        QPointF(m.right(), m.top())});
    } else if (failed) {
        painter->drawLine(m.topLeft(), m.bottomRight());
        painter->drawLine(m.topRight(), m.bottomLeft());
    } else {
        painter->drawLine(QPointF(m.center().x(), m.top()),
                          QPointF(m.center().x(), m.bottom() - 2));
        painter->drawPoint(QPointF(m.center().x(), m.bottom()));
    }
    painter->setPen((option.state & QStyle::State_Selected)
                        ? option.palette.color(QPalette::HighlightedText)
                        : option.palette.color(QPalette::Text));
    painter->drawText(option.rect.adjusted(d + 12, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      text);
    painter->restore();
}

QSize RegistryItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == m_chipColumn) {
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.9);
        const QFontMetrics fm(font);
        int w = 8;
        for (const QString &alias : index.data(m_aliasesRole).toStringList())
            w += fm.horizontalAdvance(chipText(alias)) + 2 * kChipPadding + kChipGap;
        size.setWidth(w);
        size.setHeight(std::max(size.height(), fm.height() + 6));
    } else if (index.column() == m_gateColumn) {
        size.setWidth(size.width() + option.fontMetrics.height() + 8);
    }
    return size;
}

} // namespace mlwb::widgets::registry
