#pragma once

#include <QAction>
#include <QKeySequence>
#include <QList>
#include <QWidget>

namespace mlwb::widgets {

// Makes `action` a shortcut of `panel` while the focus is inside it and lists it in `actions`.
inline QAction *addPanelShortcut(QWidget *panel, QList<QAction *> &actions, QAction *action) {
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    panel->addAction(action);
    actions.append(action);
    return action;
}

// A new action of `panel` with the shortcut `key` that calls `slot` on `panel`.
template <typename Panel, typename Slot>
QAction *addPanelAction(Panel *panel, QList<QAction *> &actions, const QString &text,
                        const QKeySequence &key, Slot slot) {
    auto *a = new QAction(text, panel);
    a->setShortcut(key);
    QObject::connect(a, &QAction::triggered, panel, slot);
    return addPanelShortcut(panel, actions, a);
}

} // namespace mlwb::widgets
