#pragma once

#include "core/error.h"

#include <QMainWindow>
#include <QUrl>

class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace mlwb::widgets {
class CommandPalette;
class Panel;
} // namespace mlwb::widgets

namespace mlwb::gui {

class ProjectLoader;
class RecentProjectsModel;
class StartPage;

// Wiring only: menus, the panel sidebar and stack, the status bar, the
// command palette and opening projects. Panels bring their own logic.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The window takes ownership; the panel appears in the sidebar.
    void addPanel(widgets::Panel *panel);
    QList<widgets::Panel *> panels() const { return m_panels; }
    bool showPanel(const QString &panelId);
    // Shows the panel named by the link's host and hands it the link.
    bool openLink(const QUrl &link);
    void showStartPage();

    // Opens in the background; projectOpened or projectOpenFailed follows.
    void openProject(const QString &dir);
    void createProject(const QString &dir);
    QString projectRoot() const { return m_projectRoot; }
    // True from openProject() until the project and the shown panel loaded.
    bool isLoading() const;

    void restoreState();
    widgets::CommandPalette *commandPalette() const { return m_palette; }
    RecentProjectsModel *recentProjects() const { return m_recent; }

    // Every action the command palette offers: the menus' and the panels'.
    QList<QAction *> allActions() const;

Q_SIGNALS:
    void projectOpened(const QString &root);
    void projectOpenFailed(const mlwb::Error &error);
    void loadingFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void rebuildRecentMenu();
    void onProjectOpened(const QString &root);
    void onProjectFailed(const Error &error);
    void chooseAndOpen();
    void chooseAndCreate();
    void emitLoadingFinishedIfDone();
    void updateTitle();

    ProjectLoader *m_loader;
    RecentProjectsModel *m_recent;
    QStackedWidget *m_stack;
    QToolBar *m_sidebar;
    QActionGroup *m_panelGroup;
    StartPage *m_startPage = nullptr;
    widgets::CommandPalette *m_palette;
    QLabel *m_projectLabel;
    QList<widgets::Panel *> m_panels;
    QString m_projectRoot;
    bool m_opening = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_startPageAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
};

} // namespace mlwb::gui
