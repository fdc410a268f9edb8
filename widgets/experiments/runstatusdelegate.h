#pragma once

#include <QStyledItemDelegate>

namespace mlwb::widgets::experiments {

// Draws the status column as a coloured dot and the status word, and shows
// rows that are still being read as a muted placeholder.
class RunStatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace mlwb::widgets::experiments
