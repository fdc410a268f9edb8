#include "mainwindow.h"
#include "recentprojects.h"
#include "startpage.h"

#include "project/project.h"
#include "shared/commandpalette.h"
#include "shared/panel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace mlwb;
using namespace Qt::StringLiterals;

namespace {

// The smallest real Panel: remembers the project it was given.
class ProbePanel : public widgets::Panel {
public:
    QString panelId() const override { return u"probe"_s; }
    QString title() const override { return u"Probe"_s; }
    QIcon icon() const override { return {}; }
    void setProject(const QString &root) override { project = root; }
    QString project;
};

QString createProject(const QString &dir) {
    auto project = Project::init(dir);
    if (!project)
        qFatal("init %s: %s", qPrintable(dir), qPrintable(project.error().toString()));
    return project->paths().root();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"mlwb-test"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    }
    void init() { QSettings().clear(); }

    void startPageListsRecentProjects() {
        QTemporaryDir dir;
        const QString existing = createProject(dir.filePath(u"alpha"_s));
        const QString missing = dir.filePath(u"gone"_s);
        gui::recentProjectsSetting.set(
            {QVariantMap{{u"path"_s, existing}, {u"lastOpened"_s, QDateTime::currentDateTime()}},
             QVariantMap{{u"path"_s, missing}, {u"lastOpened"_s, QDateTime::currentDateTime()}}});

        gui::MainWindow window;
        auto *startPage = window.findChild<gui::StartPage *>();
        QVERIFY(startPage);
        QAbstractItemModelTester tester(startPage->recentView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(startPage->isVisible());
        QVERIFY(startPage->recentView()->isVisible());
        QAbstractItemModel *model = startPage->recentView()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), u"alpha"_s);
        QCOMPARE(model->index(0, 0).data(gui::RecentProjectsModel::MissingRole).toBool(), false);
        QCOMPARE(model->index(1, 0).data().toString(), u"gone"_s);
        QCOMPARE(model->index(1, 0).data(gui::RecentProjectsModel::MissingRole).toBool(), true);
        QVERIFY(model->index(1, 0).data(Qt::ToolTipRole).toString().contains(u"missing"_s));
        QCOMPARE(window.recentProjects()->mostRecentExisting(), existing);
    }

    void emptyStartPageExplainsWhatToDo() {
        gui::MainWindow window;
        window.show();
        auto *empty = window.findChild<QLabel *>(u"recentProjectsEmpty"_s);
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"demo"_s));
        QCOMPARE(window.findChild<gui::StartPage *>()->recentView()->isVisible(), false);
    }

    void openingAProjectShowsItsPath() {
        QTemporaryDir dir;
        const QString root = createProject(dir.filePath(u"beta"_s));
        gui::MainWindow window;
        auto *probe = new ProbePanel;
        window.addPanel(probe);
        window.show();
        auto *pathLabel = window.findChild<QLabel *>(u"projectPath"_s);
        QVERIFY(pathLabel);
        QCOMPARE(pathLabel->text(), u"No project open"_s);

        QSignalSpy opened(&window, &gui::MainWindow::projectOpened);
        // A folder inside the project opens the project, like git.
        QVERIFY(QDir(root).mkpath(u"src/deep"_s));
        window.openProject(root + u"/src/deep"_s);
        QTRY_COMPARE(pathLabel->text(), QDir::toNativeSeparators(root));
        QCOMPARE(opened.count(), 1);
        QVERIFY(window.windowTitle().contains(u"beta"_s));
        QCOMPARE(probe->project, root);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), probe);
        QVERIFY(window.findChild<QToolBar *>(u"panelSidebar"_s)->isVisible());
        // Remembered for next time, at the top of the recent list.
        QCOMPARE(window.recentProjects()->index(0).data(gui::RecentProjectsModel::PathRole),
                 QVariant(root));
        QCOMPARE(gui::RecentProjectsModel().mostRecentExisting(), root);
    }

    void badPathShowsTheError_data() {
        QTest::addColumn<QString>("subdir");
        QTest::addColumn<bool>("create");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing folder") << u"nowhere"_s << false << u"does not exist"_s;
        QTest::newRow("not a project") << u"plain"_s << true << u".mlwb/project.db"_s;
    }
    void badPathShowsTheError() {
        QFETCH(QString, subdir);
        QFETCH(bool, create);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(subdir);
        if (create)
            QVERIFY(QDir().mkpath(path));

        gui::MainWindow window;
        window.show();
        QSignalSpy failed(&window, &gui::MainWindow::projectOpenFailed);
        window.openProject(path);
        QTRY_VERIFY(window.findChild<QMessageBox *>(u"projectErrorDialog"_s));
        auto *box = window.findChild<QMessageBox *>(u"projectErrorDialog"_s);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(path), qPrintable(box->text()));
        QVERIFY2((box->text() + box->informativeText()).contains(expected),
                 qPrintable(box->informativeText()));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(window.findChild<QLabel *>(u"projectPath"_s)->text(), u"No project open"_s);
        QCOMPARE(window.recentProjects()->rowCount(), 0);
    }

    void commandPaletteOffersTheMenus() {
        gui::MainWindow window;
        window.show();
        auto *action = window.findChild<QAction *>(u"commandPalette"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        action->trigger();
        QVERIFY(window.commandPalette()->isVisible());
        QStringList titles;
        auto *model = window.commandPalette()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            titles << model->index(r).data().toString();
        QVERIFY2(titles.contains(u"Open Project…"_s), qPrintable(titles.join(u", ")));
        QVERIFY(titles.contains(u"Theme › Dark"_s));
    }

    void windowStateIsRestored() {
        {
            gui::MainWindow window;
            window.resize(1000, 640);
            window.show();
            window.close();
        }
        gui::MainWindow window;
        window.restoreState();
        QCOMPARE(window.size(), QSize(1000, 640));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
