// The runs table of the Experiments panel: filter, sort, views, groups, trash, tags, export, live
// rows.
#include "experimentspanelfixture.h"

using namespace mlwb;
using namespace Qt::StringLiterals;
using itemmodels::RunsTableModel;
using widgets::experiments::ExperimentsPanel;

class tst_ExperimentsPanel : public testing::ExperimentsPanelFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(u"tst_experimentspanel"_s); }
    void init() { makeProject(); }
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
};

QTEST_MAIN(tst_ExperimentsPanel)
#include "tst_experimentspanel.moc"
