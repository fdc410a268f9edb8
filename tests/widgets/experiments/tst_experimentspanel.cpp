#include "demo/demoproject.h"
#include "experiments/comparecharts.h"
#include "experiments/compareview.h"
#include "experiments/diffview.h"
#include "experiments/experimentspanel.h"
#include "experiments/metricchartview.h"
#include "experiments/noteeditor.h"
#include "experiments/queryedit.h"
#include "experiments/runcolors.h"
#include "experiments/rundetailview.h"
#include "experiments/runeditor.h"
#include "experiments/runlogview.h"
#include "experiments/runstatusdelegate.h"
#include "itemmodels/dataversionwatcher.h"
#include "itemmodels/rungroupsmodel.h"
#include "itemmodels/runstablemodel.h"
#include "project/project.h"
#include "shared/theme.h"
#include "store/contentstore.h"
#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"
#include "vcs/repository.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <optional>

using namespace mlwb;
using namespace Qt::StringLiterals;
using itemmodels::RunsTableModel;
using widgets::experiments::ExperimentsPanel;

class tst_ExperimentsPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Project> m_project;
    QStringList m_commits;

    static void writeFile(const QString &path, const QByteArray &text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

    qint64 addRun(const QString &name, double lr, double startTime, const QString &commit,
                  double lossScale) {
        tracking::TrackingStore store(m_project->db());
        tracking::NewRun nr;
        nr.experiment = u"mnist"_s;
        nr.name = name;
        nr.startTime = startTime;
        nr.status = tracking::RunStatus::Finished;
        nr.endTime = startTime + 30;
        nr.git.commit = commit;
        nr.params = {{u"lr"_s, lr}};
        auto run = store.createRun(nr);
        if (!run)
            qFatal("%s", qPrintable(run.error().toString()));
        tracking::MetricWriter w(m_project->db(), run->id);
        for (int step = 0; step < 50; ++step) {
            (void)w.log(u"loss"_s, step, lossScale / (1 + step), startTime + step);
            (void)w.log(u"accuracy"_s, step, 1 - lossScale / (2 + step), startTime + step);
        }
        if (auto f = w.flush(); !f)
            qFatal("%s", qPrintable(f.error().toString()));
        return run->id;
    }

    void openPanel(ExperimentsPanel &panel) {
        panel.resize(1200, 800);
        panel.show();
        panel.setProject(m_dir.path());
        QTRY_COMPARE(panel.model()->rowCount(), 3);
        QTRY_VERIFY(!panel.isLoading());
    }

    static int columnOf(const RunsTableModel &m, const QString &id) {
        for (int c = 0; c < m.columnCount(); ++c) {
            if (m.headerData(c, Qt::Horizontal, RunsTableModel::ColumnIdRole) == id)
                return c;
        }
        return -1;
    }

    int nameColumn(const RunsTableModel &m) { return columnOf(m, u"name"_s); }

    static QStringList shownNames(ExperimentsPanel &panel) {
        const int col = columnOf(*panel.model(), u"name"_s);
        QStringList names;
        for (int r = 0; r < panel.model()->rowCount(); ++r)
            names.append(panel.model()->index(r, col).data().toString());
        return names;
    }

    static bool allLoaded(ExperimentsPanel &panel) {
        for (int r = 0; r < panel.model()->rowCount(); ++r) {
            (void)panel.model()->index(r, 0).data();
            if (!panel.model()->index(r, 0).data(RunsTableModel::LoadedRole).toBool())
                return false;
        }
        return true;
    }

    static void clickHeader(ExperimentsPanel &panel, const QString &columnId,
                            Qt::KeyboardModifiers modifiers = {}) {
        QHeaderView *header = panel.table()->horizontalHeader();
        const int section = columnOf(*panel.model(), columnId);
        QVERIFY(section >= 0);
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, modifiers, at);
    }

    QStringList viewColumns(ExperimentsPanel &panel) {
        QHeaderView *header = panel.table()->horizontalHeader();
        QStringList ids;
        for (int v = 0; v < header->count(); ++v)
            ids.append(panel.model()->columnAt(header->logicalIndex(v)).id());
        return ids;
    }

    void selectRows(ExperimentsPanel &panel, const QList<int> &rows) {
        auto *sel = panel.table()->selectionModel();
        sel->clearSelection();
        for (int r : rows) {
            QTRY_VERIFY(panel.model()->index(r, 0).data(RunsTableModel::LoadedRole).toBool());
            sel->select(panel.model()->index(r, 0),
                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        sel->setCurrentIndex(panel.model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"mlwb-tests"_s);
        QCoreApplication::setApplicationName(u"tst_experimentspanel"_s);
        QSettings().clear();
    }

    void init() {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        auto p = Project::init(m_dir.path());
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        m_project.emplace(std::move(*p));
        auto repo = vcs::Repository::initOrOpen(m_dir.path());
        QVERIFY(repo);
        writeFile(m_dir.filePath(u"train.py"_s), "lr = 0.1\nepochs = 10\n");
        auto c1 = repo->commitAll(u"first"_s, u"A"_s, u"a@example.org"_s);
        QVERIFY2(c1, qPrintable(c1 ? QString() : c1.error().toString()));
        writeFile(m_dir.filePath(u"train.py"_s), "lr = 0.01\nepochs = 10\nwarmup = 2\n");
        auto c2 = repo->commitAll(u"second"_s, u"A"_s, u"a@example.org"_s);
        QVERIFY(c2);
        m_commits = {*c1, *c2};
        addRun(u"alpha"_s, 0.1, 1000, *c1, 2.0);
        addRun(u"beta"_s, 0.01, 2000, *c2, 1.0);
        addRun(u"gamma"_s, 0.001, 3000, *c2, 1.5);
    }

    void cleanup() { m_project.reset(); }

    void typingAQueryFiltersTheRows_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("param") << u"params.lr < 0.05"_s << QString()
                               << QStringList{u"gamma"_s, u"beta"_s};
        QTest::newRow("metric") << u"metrics.loss@min < 0.035"_s << QString()
                                << QStringList{u"gamma"_s, u"beta"_s};
        QTest::newRow("quick search") << QString() << u"ALP"_s << QStringList{u"alpha"_s};
        QTest::newRow("both") << u"params.lr < 0.05"_s << u"a"_s
                              << QStringList{u"gamma"_s, u"beta"_s};
    }

    void typingAQueryFiltersTheRows() {
        QFETCH(QString, query);
        QFETCH(QString, search);
        QFETCH(QStringList, names);
        ExperimentsPanel panel;
        openPanel(panel);
        QTest::keyClicks(panel.filterEdit(), query);
        QTest::keyClicks(panel.searchEdit(), search);
        QTRY_COMPARE(panel.model()->rowCount(), names.size());
        QTRY_VERIFY(!panel.model()->isBusy());
        const int col = nameColumn(*panel.model());
        QStringList shown;
        for (int r = 0; r < panel.model()->rowCount(); ++r) {
            QTRY_VERIFY(panel.model()->index(r, col).data(RunsTableModel::LoadedRole).toBool());
            shown.append(panel.model()->index(r, col).data().toString());
        }
        QCOMPARE(shown, names);
        QVERIFY(panel.errorLabel()->isHidden());
    }

    void aBadQueryShowsItsColumn() {
        ExperimentsPanel panel;
        openPanel(panel);
        QTest::keyClicks(panel.filterEdit(), u"params.lr < 0.05 and status ="_s);
        QTest::keyClick(panel.filterEdit(), Qt::Key_Return);
        QTRY_VERIFY(panel.errorLabel()->isVisible());
        QVERIFY(panel.filterEdit()->hasError());
        const int column = panel.filterEdit()->errorColumn();
        QVERIFY2(column >= 22, qPrintable(panel.errorLabel()->text()));
        QVERIFY(panel.errorLabel()->text().contains(QString::number(column)));
        QVERIFY(!panel.filterEdit()->toolTip().isEmpty());
        QCOMPARE(panel.model()->rowCount(), 3); // the table keeps the last good result
        // Fixing the query clears the error.
        QTest::keyClicks(panel.filterEdit(), u" \"finished\""_s);
        QTest::keyClick(panel.filterEdit(), Qt::Key_Return);
        QTRY_VERIFY(panel.errorLabel()->isHidden());
        QVERIFY(!panel.filterEdit()->hasError());
        QTRY_COMPARE(panel.model()->rowCount(), 2);
    }

    void selectedRunsAreOverlaidInTheCharts() {
        ExperimentsPanel panel;
        openPanel(panel);
        selectRows(panel, {0, 2});
        QTRY_COMPARE(panel.compareView()->model()->columnCount(), 2);
        QTRY_COMPARE(panel.charts()->charts().size(), 2); // accuracy and loss
        for (widgets::experiments::MetricChartView *chart : panel.charts()->charts()) {
            QTRY_COMPARE(chart->lineSeries().size(), 2);
            QTRY_VERIFY(!chart->isLoading());
            QStringList runs;
            for (QLineSeries *s : chart->lineSeries()) {
                QCOMPARE(s->count(), 50);
                runs.append(s->name());
            }
            runs.sort();
            QCOMPARE(runs, (QStringList{u"alpha"_s, u"gamma"_s}));
        }
        // Only differences keeps lr (0.1 vs 0.001) and drops the shared status.
        panel.compareView()->model()->setOnlyDifferences(true);
        QStringList rows;
        for (int r = 0; r < panel.compareView()->model()->rowCount(); ++r)
            rows.append(panel.compareView()->model()->headerData(r, Qt::Vertical).toString());
        QVERIFY2(rows.contains(u"param lr"_s), qPrintable(rows.join(u", ")));
        QVERIFY(!rows.contains(u"Status"_s));

        // One run more: a third series in every chart.
        selectRows(panel, {0, 1, 2});
        QTRY_COMPARE(panel.charts()->charts().constFirst()->lineSeries().size(), 3);
    }

    void codeDiffBetweenTwoRunsCommits() {
        ExperimentsPanel panel;
        openPanel(panel);
        selectRows(panel, {1, 2}); // beta (second commit) and alpha (first commit)
        QTRY_VERIFY(panel.codeDiff()->rightText().contains(u"warmup = 2"_s));
        QVERIFY(panel.codeDiff()->leftText().contains(u"lr = 0.1"_s));
        QVERIFY(panel.codeDiff()->rightText().contains(u"lr = 0.01"_s));
    }

    void noteEditIsUndoable() {
        ExperimentsPanel panel;
        openPanel(panel);
        selectRows(panel, {0});
        QTRY_COMPARE(panel.details()->runId(), panel.model()->runIdAt(0));
        const qint64 runId = panel.model()->runIdAt(0);
        auto *note = panel.details()->noteEditor();
        QTRY_COMPARE(note->runId(), runId); // the details were read
        QVERIFY(note->isEnabled());
        QTest::keyClicks(note->editor(), u"# Good run"_s);
        note->commit();
        tracking::TrackingStore store(m_project->db());
        QTRY_COMPARE(store.run(runId)->note, u"# Good run"_s);
        QCOMPARE(panel.undoStack()->count(), 1);

        panel.activateWindow();
        note->editor()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QTest::keyClick(note->editor(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(store.run(runId)->note, QString());
        QCOMPARE(note->text(), QString());

        QTest::keyClick(note->editor(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(store.run(runId)->note, u"# Good run"_s);
        QCOMPARE(note->text(), u"# Good run"_s);
    }

    void defaultOrderIsNewestFirst() {
        ExperimentsPanel panel;
        openPanel(panel);
        QTRY_VERIFY(allLoaded(panel));
        QCOMPARE(shownNames(panel), (QStringList{u"gamma"_s, u"beta"_s, u"alpha"_s}));
        QHeaderView *header = panel.table()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), columnOf(*panel.model(), u"start"_s));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(panel.sortLabel()->text(), u"sorted by started ↓"_s);
        QVERIFY(panel.model()->sortKeys().isEmpty()); // the query's own order, not a re-sort
    }

    void shiftClickAddsASecondSortKey() {
        addRun(u"delta"_s, 0.01, 4000, m_commits[1], 0.5);
        ExperimentsPanel panel;
        panel.resize(1200, 800);
        panel.show();
        panel.setProject(m_dir.path());
        QTRY_COMPARE(panel.model()->rowCount(), 4);
        QTRY_VERIFY(!panel.isLoading());

        clickHeader(panel, u"param:lr"_s);
        QTRY_VERIFY(!panel.model()->isBusy());
        clickHeader(panel, u"metric:loss"_s, Qt::ShiftModifier);
        QCOMPARE(panel.model()->sortKeys().size(), 2);
        QCOMPARE(panel.model()->sortText(), u"params.lr asc, metrics.loss asc"_s);
        QTRY_VERIFY(!panel.model()->isBusy());
        QTRY_VERIFY(allLoaded(panel));
        QCOMPARE(shownNames(panel), (QStringList{u"gamma"_s, u"delta"_s, u"beta"_s, u"alpha"_s}));
        QCOMPARE(panel.sortLabel()->text(), u"sorted by lr ↑, loss ↑"_s);
        QCOMPARE(panel.table()->horizontalHeader()->sortIndicatorSection(),
                 columnOf(*panel.model(), u"param:lr"_s));

        // Shift+click on a key again reverses only that key.
        clickHeader(panel, u"metric:loss"_s, Qt::ShiftModifier);
        QTRY_VERIFY(!panel.model()->isBusy());
        QTRY_VERIFY(allLoaded(panel));
        QCOMPARE(shownNames(panel), (QStringList{u"gamma"_s, u"beta"_s, u"delta"_s, u"alpha"_s}));
        QCOMPARE(panel.sortLabel()->text(), u"sorted by lr ↑, loss ↓"_s);

        // A plain click starts over with one key.
        clickHeader(panel, u"name"_s);
        QCOMPARE(panel.model()->sortText(), u"name asc"_s);
    }

    void trashIsUndoable() {
        ExperimentsPanel panel;
        openPanel(panel);
        selectRows(panel, {0}); // gamma
        const qint64 gamma = panel.model()->runIdAt(0);
        panel.activateWindow();
        panel.table()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QTest::keyClick(panel.table(), Qt::Key_Delete);
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        tracking::TrackingStore store(m_project->db());
        QCOMPARE(store.trashedRuns()->size(), 1);
        QCOMPARE(store.trashedRuns()->constFirst().id, gamma);
        QCOMPARE(panel.undoStack()->count(), 1);

        // The trash lists it, with Restore offered.
        panel.setShowTrash(true);
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        QTRY_VERIFY(allLoaded(panel));
        QCOMPARE(shownNames(panel), QStringList{u"gamma"_s});
        panel.setShowTrash(false);
        QTRY_COMPARE(panel.model()->rowCount(), 2);

        panel.undoStack()->undo();
        QTRY_COMPARE(panel.model()->rowCount(), 3);
        QVERIFY(store.trashedRuns()->isEmpty());
        QTRY_VERIFY(allLoaded(panel));
        QCOMPARE(shownNames(panel), (QStringList{u"gamma"_s, u"beta"_s, u"alpha"_s}));

        // Restoring from the trash view is undoable too.
        panel.undoStack()->redo();
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        panel.setShowTrash(true);
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        selectRows(panel, {0});
        panel.restoreSelectedRuns();
        QTRY_COMPARE(panel.model()->rowCount(), 0);
        QVERIFY(store.trashedRuns()->isEmpty());
    }

    void addTagIsUndoable() {
        ExperimentsPanel panel;
        openPanel(panel);
        tracking::TrackingStore store(m_project->db());
        const qint64 beta = panel.model()->runIdAt(1);
        const qint64 alpha = panel.model()->runIdAt(2);
        QVERIFY(store.setTag(alpha, u"stage"_s, u"draft"_s));
        panel.model()->reloadRuns({alpha});
        QTRY_COMPARE(panel.model()->cachedRow(2) ? panel.model()->cachedRow(2)->tags.size() : 0, 1);
        selectRows(panel, {1, 2});
        panel.tagSelectedRuns(u"stage"_s, u"baseline"_s);
        panel.runEditor()->waitForDone();
        QCOMPARE(store.tags(beta)->size(), 1);
        QCOMPARE(store.tags(beta)->constFirst().value, u"baseline"_s);
        QCOMPARE(store.tags(alpha)->constFirst().value, u"baseline"_s);
        const int tags = columnOf(*panel.model(), u"tags"_s);
        QTRY_COMPARE(panel.model()->index(1, tags).data().toString(), u"stage=baseline"_s);

        panel.undoStack()->undo();
        panel.runEditor()->waitForDone();
        QVERIFY(store.tags(beta)->isEmpty());
        QCOMPARE(store.tags(alpha)->constFirst().value, u"draft"_s); // its earlier value
        QTRY_COMPARE(panel.model()->index(1, tags).data().toString(), QString());
    }

    void copyRunIds() {
        ExperimentsPanel panel;
        openPanel(panel);
        selectRows(panel, {0, 2});
        panel.copySelectedRunIds();
        tracking::TrackingStore store(m_project->db());
        const QStringList expected{store.run(panel.model()->runIdAt(0))->uuid,
                                   store.run(panel.model()->runIdAt(2))->uuid};
        QCOMPARE(QGuiApplication::clipboard()->text(), expected.join(u'\n'));
    }

    void namedViewsRoundTrip() {
        QSettings().clear();
        QStringList saved;
        {
            ExperimentsPanel panel;
            openPanel(panel);
            QCOMPARE(panel.viewsCombo()->count(), 1); // the default columns only
            panel.model()->setColumnVisible(u"experiment"_s, false);
            QHeaderView *header = panel.table()->horizontalHeader();
            const int lr = columnOf(*panel.model(), u"param:lr"_s);
            header->moveSection(header->visualIndex(lr), 0);
            header->resizeSection(lr, 77);
            saved = viewColumns(panel);
            QCOMPARE(saved.first(), u"param:lr"_s);
            QVERIFY(!saved.contains(u"experiment"_s));
            panel.saveView(u"compact"_s);
            QCOMPARE(panel.viewsCombo()->count(), 2);
            QCOMPARE(panel.viewsCombo()->currentText(), u"compact"_s);
        }
        {
            // Opening the project again restores the view.
            ExperimentsPanel panel;
            openPanel(panel);
            QCOMPARE(panel.viewsCombo()->currentText(), u"compact"_s);
            QCOMPARE(viewColumns(panel), saved);
            const int lr = columnOf(*panel.model(), u"param:lr"_s);
            QCOMPARE(panel.table()->horizontalHeader()->sectionSize(lr), 77);

            panel.applyView(QString());
            QVERIFY(viewColumns(panel).contains(u"experiment"_s));
            QCOMPARE(viewColumns(panel).first(), u"status"_s);
            panel.deleteView(u"compact"_s);
            QCOMPARE(panel.viewsCombo()->count(), 1);
        }
        {
            ExperimentsPanel panel;
            openPanel(panel);
            QCOMPARE(viewColumns(panel).first(), u"status"_s);
        }
    }

    void exportsVisibleColumnsAsCsv() {
        ExperimentsPanel panel;
        openPanel(panel);
        for (const auto &c : panel.model()->availableColumns()) {
            const QString id = c.id();
            panel.model()->setColumnVisible(id, id == u"name"_s || id == u"param:lr"_s ||
                                                    id == u"metric:loss"_s);
        }
        QHeaderView *header = panel.table()->horizontalHeader();
        header->moveSection(header->visualIndex(columnOf(*panel.model(), u"metric:loss"_s)), 0);
        QTest::keyClicks(panel.filterEdit(), u"params.lr < 0.05"_s);
        panel.applyFilter();
        QTRY_COMPARE(panel.model()->rowCount(), 2);
        QSignalSpy exported(&panel, &ExperimentsPanel::exported);
        const QString path = m_dir.filePath(u"out.csv"_s);
        panel.exportCsv(path);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(1).toLongLong(), 2);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), u"loss,Name,lr\r\n"
                                                 "0.03,gamma,0.001\r\n"
                                                 "0.02,beta,0.01\r\n"_s);
    }

    void groupByParamShowsCollapsibleGroups() {
        ExperimentsPanel panel;
        openPanel(panel);
        QCOMPARE(panel.groupByCombo()->findData(u"params.lr"_s) > 0, true);
        QSignalSpy loaded(panel.groupsModel(), &itemmodels::RunGroupsModel::groupsLoaded);
        panel.setGroupBy(u"params.lr"_s);
        QVERIFY(loaded.wait(5000));
        QVERIFY(panel.groupTree()->isVisible());
        QVERIFY(!panel.table()->isVisible());
        auto *groups = panel.groupsModel();
        QCOMPARE(groups->rowCount(), 3);
        QCOMPARE(groups->index(0, 0).data().toString(), u"0.001 (1)"_s);
        panel.groupTree()->expand(groups->index(2, 0));
        QTRY_COMPARE(groups->rowCount(groups->index(2, 0)), 1);
        const int name = int(groups->columns().indexOf(
            itemmodels::RunColumn{itemmodels::RunColumn::Kind::Name, {}}));
        QCOMPARE(groups->index(0, name, groups->index(2, 0)).data().toString(), u"alpha"_s);
        panel.setGroupBy(QString());
        QVERIFY(panel.table()->isVisible());
        QVERIFY(!panel.groupTree()->isVisible());
    }

    void oneWatcherFeedsTableGroupsAndCharts() {
        ExperimentsPanel panel;
        openPanel(panel);
        QVERIFY(panel.dataWatcher());
        QCOMPARE(panel.findChildren<itemmodels::DataVersionWatcher *>().size(), 1);
        // The table still follows commits of another connection through it.
        auto writer = store::Database::open(m_project->paths().database());
        QVERIFY(writer);
        tracking::TrackingStore store(*writer);
        tracking::NewRun nr;
        nr.experiment = u"mnist"_s;
        nr.name = u"delta"_s;
        nr.startTime = 4000;
        QVERIFY(store.createRun(nr));
        QTRY_COMPARE(panel.model()->rowCount(), 4);
        // A new project: a new watcher, still one.
        panel.setProject(QString());
        QVERIFY(!panel.dataWatcher());
        panel.setProject(m_dir.path());
        QTRY_VERIFY(!panel.isLoading());
        QCOMPARE(panel.findChildren<itemmodels::DataVersionWatcher *>().size(), 1);
    }

    void groupedTreeHasTheRunMenuAndUpdatesLive() {
        ExperimentsPanel panel;
        openPanel(panel);
        QSignalSpy loaded(panel.groupsModel(), &itemmodels::RunGroupsModel::groupsLoaded);
        panel.setGroupBy(u"params.lr"_s);
        QVERIFY(loaded.wait(5000));
        auto *groups = panel.groupsModel();
        QAbstractItemModelTester tester(groups);
        const QModelIndex lr01 = groups->index(2, 0); // 0.1: alpha
        QCOMPARE(lr01.data().toString(), u"0.1 (1)"_s);
        panel.groupTree()->expand(lr01);
        QTRY_COMPARE(groups->rowCount(lr01), 1);

        // Nothing selected: the run actions are off; a run selected in the tree: on.
        const auto enabled = [&panel](int i) { return panel.runMenuActions().at(i)->isEnabled(); };
        QVERIFY(!enabled(0));
        const QModelIndex alpha = groups->index(0, 0, lr01);
        panel.groupTree()->selectionModel()->setCurrentIndex(
            alpha, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(enabled(0) && enabled(1) && enabled(3) && enabled(4) && enabled(6));
        QTRY_COMPARE(panel.details()->runId(), groups->runIdAt(alpha));
        panel.copySelectedRunIds();
        tracking::TrackingStore store(m_project->db());
        QCOMPARE(QGuiApplication::clipboard()->text(), store.run(groups->runIdAt(alpha))->uuid);

        // Another process adds a run with lr 0.1: the open group grows in place.
        QSignalSpy resets(groups, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(groups, &QAbstractItemModel::rowsInserted);
        auto writer = store::Database::open(m_project->paths().database());
        QVERIFY(writer);
        tracking::TrackingStore other(*writer);
        tracking::NewRun nr;
        nr.experiment = u"mnist"_s;
        nr.name = u"delta"_s;
        nr.startTime = 500; // oldest: last in the group
        nr.params = {{u"lr"_s, 0.1}};
        QVERIFY(other.createRun(nr));
        QTRY_COMPARE(groups->index(2, 0).data().toString(), u"0.1 (2)"_s);
        QTRY_COMPARE(groups->rowCount(groups->index(2, 0)), 2);
        QVERIFY(panel.groupTree()->isExpanded(groups->index(2, 0)));
        QCOMPARE(resets.count(), 0);
        QVERIFY(inserted.count() >= 1);

        // A new value of the param makes a new group without a reset.
        nr.name = u"epsilon"_s;
        nr.params = {{u"lr"_s, 0.5}};
        QVERIFY(other.createRun(nr));
        QTRY_COMPARE(groups->rowCount(), 4);
        QCOMPARE(groups->index(3, 0).data().toString(), u"0.5 (1)"_s);
        QCOMPARE(resets.count(), 0);

        // Trash from the tree's menu action: the run leaves its group.
        panel.groupTree()->selectionModel()->setCurrentIndex(
            groups->index(0, 0, groups->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        panel.runMenuActions().at(4)->trigger();
        QTRY_COMPARE(groups->index(2, 0).data().toString(), u"0.1 (1)"_s);
        QCOMPARE(store.trashedRuns()->size(), 1);
    }

    void exportShowsProgressAndCanBeCancelled() {
        {
            auto t = store::Transaction::begin(m_project->db());
            QVERIFY(t);
            tracking::TrackingStore store(m_project->db());
            for (int i = 0; i < 1200; ++i) {
                tracking::NewRun nr;
                nr.experiment = u"sweep"_s;
                nr.name = u"s%1"_s.arg(i);
                nr.startTime = 10'000 + i;
                QVERIFY(store.createRun(nr));
            }
            QVERIFY(t->commit());
        }
        ExperimentsPanel panel;
        panel.resize(1200, 800);
        panel.show();
        panel.setProject(m_dir.path());
        QTRY_COMPARE(panel.model()->rowCount(), 1203);
        QTRY_VERIFY(!panel.isLoading());

        const QString path = m_dir.filePath(u"all.csv"_s);
        QSignalSpy exported(&panel, &ExperimentsPanel::exported);
        QSignalSpy cancelled(&panel, &ExperimentsPanel::exportCancelled);
        panel.exportCsv(path);
        QVERIFY(panel.exportProgress()->isVisible());
        QVERIFY(panel.cancelExportButton()->isVisible());
        QTest::mouseClick(panel.cancelExportButton(), Qt::LeftButton);
        QVERIFY(cancelled.wait(10000));
        QCOMPARE(exported.count(), 0);
        QVERIFY(!QFile::exists(path)); // nothing half-written
        QVERIFY(!panel.exportProgress()->isVisible());

        panel.exportCsv(path);
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().at(1).toLongLong(), 1203);
        QCOMPARE(panel.exportProgress()->maximum(), 1203);
        QCOMPARE(panel.exportProgress()->value(), 1203);
        QVERIFY(!panel.cancelExportButton()->isVisible());
        QVERIFY(QFile::exists(path));
    }

    void runColoursAreStableAndFarApart_data() {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void runColoursAreStableAndFarApart() {
        QFETCH(bool, dark);
        using widgets::experiments::colorDistance;
        using widgets::experiments::runColor;
        QPalette palette;
        palette.setColor(QPalette::Window, dark ? QColor(30, 30, 30) : QColor(245, 245, 245));
        palette.setColor(QPalette::Base, dark ? QColor(20, 20, 20) : QColor(255, 255, 255));
        QCOMPARE(runColor(42, palette), runColor(42, palette));
        // A sweep of 50 runs: no two colours closer than twice the smallest visible difference.
        double closest = 1;
        for (qint64 a = 1; a <= 50; ++a) {
            for (qint64 b = 1; b < a; ++b)
                closest =
                    std::min(closest, colorDistance(runColor(a, palette), runColor(b, palette)));
        }
        QVERIFY2(closest >= 0.04, qPrintable(QString::number(closest)));
        // Readable on the background: far from the Base colour.
        for (qint64 id = 1; id <= 50; ++id)
            QVERIFY(colorDistance(runColor(id, palette), palette.color(QPalette::Base)) > 0.2);
    }

    void runningRunsPulse() {
        tracking::TrackingStore store(m_project->db());
        tracking::NewRun nr;
        nr.experiment = u"mnist"_s;
        nr.name = u"live"_s;
        nr.startTime = 9000;
        nr.status = tracking::RunStatus::Running;
        QVERIFY(store.createRun(nr));
        ExperimentsPanel panel;
        panel.resize(1200, 800);
        panel.show();
        panel.setProject(m_dir.path());
        QTRY_COMPARE(panel.model()->rowCount(), 4);
        QTRY_VERIFY(allLoaded(panel));
        auto *delegate =
            qobject_cast<widgets::experiments::RunStatusDelegate *>(panel.table()->itemDelegate());
        QVERIFY(delegate);
        QTRY_COMPARE(delegate->pulsingCells(), 1); // the running run, not the three finished
        const double first = delegate->pulse();
        QTRY_VERIFY(delegate->pulse() != first);
    }

    void linksSelectRunsAndShowCharts() {
        ExperimentsPanel panel;
        panel.resize(1200, 800);
        panel.show();
        panel.setProject(m_dir.path());
        QVERIFY(panel.openLink(QUrl(u"mlwb://experiments/charts?runs=2"_s)));
        QVERIFY(panel.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading(), 10000);
        QCOMPARE(panel.table()->selectionModel()->selectedRows().size(), 2);
        QCOMPARE(panel.details()->currentWidget(), panel.charts());
        QVERIFY(!panel.charts()->charts().isEmpty());
        QCOMPARE(panel.charts()->charts().constFirst()->lineSeries().size(), 2);

        tracking::TrackingStore store(m_project->db());
        const QString alpha = store.run(panel.model()->runIdAt(2))->uuid;
        QVERIFY(panel.openLink(QUrl(u"mlwb://experiments/run/"_s + alpha)));
        QTRY_VERIFY(!panel.isLoading());
        QTRY_COMPARE(panel.details()->runId(), panel.model()->runIdAt(2));
        QCOMPARE(panel.details()->currentIndex(), 0); // its overview
        // ?tab= opens a page of the run, e.g. its log.
        QVERIFY(panel.openLink(QUrl(u"mlwb://experiments/run/"_s + alpha + u"?tab=log"_s)));
        QTRY_VERIFY(!panel.isLoading());
        QCOMPARE(panel.details()->currentWidget(), panel.details()->logView());
        QVERIFY(!panel.openLink(QUrl(u"mlwb://experiments/nothing"_s)));
    }

    void runDetailsShowLogSystemMetricsCommitAndArtifacts() {
        tracking::TrackingStore store(m_project->db());
        qint64 alpha = 0;
        const QList<tracking::Run> runs = *store.runs();
        for (const tracking::Run &r : runs)
            alpha = r.name == u"alpha"_s ? r.id : alpha;
        store::ContentStore objects(m_project->paths().objectsDir());
        const QByteArray log = "epoch 1 loss 0.5\nepoch 2 loss 0.3\nERROR: loss is nan\n";
        auto stored = objects.putBytes(log);
        QVERIFY(stored);
        QVERIFY(store.addArtifact(alpha, {u"stdout.txt"_s, stored->hash, stored->size, 1000}));
        {
            tracking::MetricWriter w(m_project->db(), alpha);
            QVERIFY(w.log(u"system/cpu_percent"_s, 0, 87.5, 1000));
            QVERIFY(w.flush());
        }
        ExperimentsPanel panel;
        openPanel(panel);
        selectRows(panel, {2}); // alpha, the oldest
        QTRY_COMPARE(panel.details()->runId(), alpha);
        QTRY_COMPARE(panel.details()->logView()->logBox()->count(), 1);

        const QString overview = panel.details()->overview()->toPlainText();
        QVERIFY2(overview.contains(u"first"_s), qPrintable(overview)); // commit message
        QVERIFY(overview.contains(u"A <a@example.org>"_s));            // its author
        QVERIFY(overview.contains(u"System"_s));
        const qsizetype systemAt = overview.indexOf(u"System"_s);
        QVERIFY(overview.indexOf(u"system/cpu_percent"_s) > systemAt); // not among Metrics

        widgets::experiments::RunLogView *logs = panel.details()->logView();
        QVERIFY(logs->textView()->toPlainText().contains(u"ERROR: loss is nan"_s));
        logs->searchEdit()->setText(u"LOSS"_s); // case-insensitive
        QCOMPARE(logs->matchLabel()->text(), u"3 match(es)"_s);
        QCOMPARE(logs->textView()->extraSelections().size(), 3);
        QCOMPARE(logs->textView()->textCursor().selectedText(), u"loss"_s);
        const int first = logs->textView()->textCursor().position();
        QVERIFY(logs->findNext());
        QVERIFY(logs->textView()->textCursor().position() > first);

        const QString dest = m_dir.filePath(u"saved/stdout-copy.txt"_s);
        QSignalSpy saved(panel.details(), &widgets::experiments::RunDetailView::artifactSaved);
        panel.details()->saveArtifact(0, dest);
        QVERIFY(saved.wait(5000));
        QFile f(dest);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), log);
    }

    // The panel's pages on the demo project in both themes, opened by links as the app's
    // screenshot mode does: the table with a run's overview, charts, compare, and a failed
    // run's log. With MLWB_SCREENSHOT_DIR set the images are kept there as
    // experiments-panel-<page>-<theme>.png (to look at; the docs use tests/screenshots.sh).
    void demoProjectPagesInBothThemes() {
        QTemporaryDir demoDir;
        const QString root = demoDir.filePath(u"demo"_s);
        auto report = demo::generateDemoProject(root, {.seed = 20240611, .now = 1.7e9});
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QString failed;
        {
            auto project = Project::open(ProjectPaths(root));
            QVERIFY(project);
            tracking::TrackingStore store(project->db());
            const auto runs = store.runs();
            QVERIFY(runs);
            for (const tracking::Run &r : *runs)
                failed =
                    failed.isEmpty() && r.status == tracking::RunStatus::Failed ? r.uuid : failed;
        }
        QVERIFY(!failed.isEmpty());
        const QString outDir = qEnvironmentVariable("MLWB_SCREENSHOT_DIR");
        const QList<std::pair<QString, QString>> pages = {
            {u"charts"_s, u"mlwb://experiments/charts?runs=6"_s},
            {u"compare"_s, u"mlwb://experiments/compare?runs=4"_s},
            {u"log"_s, u"mlwb://experiments/run/"_s + failed + u"?tab=log"_s},
        };
        widgets::rememberPlatformPalette();
        for (const auto &[theme, name] : {std::pair(widgets::ThemeMode::Light, u"light"_s),
                                          std::pair(widgets::ThemeMode::Dark, u"dark"_s)}) {
            widgets::applyTheme(theme);
            ExperimentsPanel panel;
            panel.resize(1440, 900);
            panel.show();
            panel.setProject(root);
            QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading(), 20000);
            QVERIFY(panel.model()->rowCount() > 10);
            for (const auto &[page, link] : pages) {
                QVERIFY(panel.openLink(QUrl(link)));
                QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading(), 20000);
                if (page == u"log"_s) {
                    QCOMPARE(panel.details()->currentWidget(), panel.details()->logView());
                    QVERIFY(!panel.details()->logView()->textView()->toPlainText().isEmpty());
                }
                const QImage image = panel.grab().toImage();
                QVERIFY(!image.isNull());
                if (!outDir.isEmpty())
                    QVERIFY(image.save(outDir + u"/experiments-panel-%1-%2.png"_s.arg(page, name)));
            }
        }
        widgets::applyTheme(widgets::ThemeMode::Light);
    }
};

QTEST_MAIN(tst_ExperimentsPanel)
#include "tst_experimentspanel.moc"
