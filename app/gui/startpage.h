#pragma once

#include <QWidget>

class QAction;
class QListView;
class QLabel;

namespace mlwb::gui {

class RecentProjectsModel;

// Shown while no project is open: the recent projects and buttons for the
// File actions that get a project (open, create, generate a demo).
class StartPage : public QWidget {
    Q_OBJECT
public:
    StartPage(RecentProjectsModel *recent, const QList<QAction *> &actions,
              QWidget *parent = nullptr);

    QListView *recentView() const { return m_recentView; }

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void updateEmptyState();

    RecentProjectsModel *m_recent;
    QListView *m_recentView;
    QLabel *m_emptyLabel;
};

} // namespace mlwb::gui
