#pragma once

#include "commandmodel.h"

#include <QFrame>
#include <QFutureWatcher>

#include <functional>

class QLineEdit;
class QListView;
class QLabel;

namespace mlwb::widgets {

// Ctrl+K: a frameless popup over the window with a filter line and a ranked
// list of the window's actions and the open project's runs. Up/Down move,
// Enter triggers the action (or emits runActivated), Esc closes.
class CommandPalette : public QFrame {
    Q_OBJECT
public:
    explicit CommandPalette(QWidget *window);

    // Called on every popup(): the actions offered right now.
    void setActionSource(std::function<QList<QAction *>()> source);
    // Loads the project's runs on a worker thread; an empty root clears them.
    void setProject(const QString &root);

    void popup();
    void activate(const QModelIndex &index);

    CommandModel *model() const { return m_model; }
    QLineEdit *lineEdit() const { return m_edit; }
    QListView *view() const { return m_view; }

    // "Open Recent › Demo" for an action inside submenus; actions without a
    // text, separators and submenu titles are left out.
    static QList<Command> commandsFor(const QList<QAction *> &actions);

Q_SIGNALS:
    void runActivated(qint64 runId);
    void runsLoaded(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveSelection(int delta);
    void updateEmptyState();

    CommandModel *m_model;
    QLineEdit *m_edit;
    QListView *m_view;
    QLabel *m_empty;
    std::function<QList<QAction *>()> m_actionSource;
    quint64 m_runsGeneration = 0;
};

} // namespace mlwb::widgets
