#include "experiments/comparecharts.h"
#include "experiments/compareview.h"
#include "experiments/diffview.h"
#include "experiments/experimentspanel.h"
#include "experiments/metricchartview.h"
#include "experiments/noteeditor.h"
#include "experiments/queryedit.h"
#include "experiments/rundetailview.h"
#include "experiments/runeditor.h"
#include "itemmodels/rungroupsmodel.h"
#include "itemmodels/runstablemodel.h"
#include "project/project.h"
#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"
#include "vcs/repository.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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
};

QTEST_MAIN(tst_ExperimentsPanel)
#include "tst_experimentspanel.moc"
