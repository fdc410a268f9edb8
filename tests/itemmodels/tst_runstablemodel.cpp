#include "itemmodels/dataversionwatcher.h"
#include "itemmodels/runcomparemodel.h"
#include "itemmodels/rungroupsmodel.h"
#include "itemmodels/runscsvexport.h"
#include "itemmodels/runstablemodel.h"
#include "project/project.h"
#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace mlwb;
using namespace Qt::StringLiterals;
using namespace mlwb::itemmodels;
using tracking::RunStatus;

namespace {

struct RunSpec {
    QString name;
    double lr;
    QList<double> losses;
    RunStatus status = RunStatus::Finished;
};

int columnOf(const RunsTableModel &m, const QString &id) {
    for (int c = 0; c < m.columnCount(); ++c) {
        if (m.headerData(c, Qt::Horizontal, RunsTableModel::ColumnIdRole).toString() == id)
            return c;
    }
    return -1;
}

QStringList names(RunsTableModel &m) {
    const int col = columnOf(m, QStringLiteral("name"));
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, col).data().toString());
    return out;
}

bool allLoaded(RunsTableModel &m) {
    for (int r = 0; r < m.rowCount(); ++r) {
        (void)m.index(r, 0).data(); // asks for the page
        if (!m.index(r, 0).data(RunsTableModel::LoadedRole).toBool())
            return false;
    }
    return true;
}

} // namespace

class tst_RunsTableModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Project> m_project;
    QList<qint64> m_ids;

    qint64 addRun(const RunSpec &spec, double startTime) {
        tracking::TrackingStore store(m_project->db());
        tracking::NewRun nr;
        nr.experiment = QStringLiteral("mnist");
        nr.name = spec.name;
        nr.startTime = startTime;
        nr.status = spec.status;
        if (spec.status != RunStatus::Running)
            nr.endTime = startTime + 65;
        nr.params = {{QStringLiteral("lr"), spec.lr},
                     {QStringLiteral("optimizer"), QStringLiteral("adam")}};
        auto run = store.createRun(nr);
        if (!run)
            qFatal("%s", qPrintable(run.error().toString()));
        tracking::MetricWriter w(m_project->db(), run->id);
        for (int i = 0; i < spec.losses.size(); ++i)
            (void)w.log(QStringLiteral("loss"), i, spec.losses[i], startTime + i);
        if (auto f = w.flush(); !f)
            qFatal("%s", qPrintable(f.error().toString()));
        return run->id;
    }

    void waitLoaded(RunsTableModel &m, int rows) {
        QTRY_COMPARE(m.rowCount(), rows);
        QTRY_VERIFY(allLoaded(m));
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        auto p = Project::init(m_dir.path());
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        m_project.emplace(std::move(*p));
        m_ids = {addRun({QStringLiteral("alpha"), 0.1, {0.9, 0.5, 0.4}}, 1000),
                 addRun({QStringLiteral("beta"), 0.01, {0.8, 0.3, 0.2}}, 2000),
                 addRun({QStringLiteral("gamma"), 0.001, {0.7, 0.6, 0.65}}, 3000)};
    }

    void cleanup() { m_project.reset(); }

    void showsEveryRunNewestFirst() {
        RunsTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setDatabasePath(m_project->paths().database());
        waitLoaded(model, 3);
        QCOMPARE(names(model), (QStringList{u"gamma"_s, u"beta"_s, u"alpha"_s}));
        const int lr = columnOf(model, QStringLiteral("param:lr"));
        const int loss = columnOf(model, QStringLiteral("metric:loss"));
        QVERIFY(lr >= 0);
        QVERIFY(loss >= 0);
        QCOMPARE(model.headerData(loss, Qt::Horizontal).toString(), u"loss"_s);
        QCOMPARE(model.index(1, lr).data(RunsTableModel::CellValueRole).toDouble(), 0.01);
        QCOMPARE(model.index(2, loss).data(RunsTableModel::CellValueRole).toDouble(), 0.4);
        QCOMPARE(model.index(0, columnOf(model, u"status"_s)).data().toString(), u"finished"_s);
        QCOMPARE(model.index(0, columnOf(model, u"duration"_s)).data().toString(), u"1m 05s"_s);
        // min/max variants are there to pick, but not shown by default
        QCOMPARE(columnOf(model, u"metric.min:loss"_s), -1);
        QVERIFY(model.availableColumns().contains(
            RunColumn{RunColumn::Kind::MetricMin, QStringLiteral("loss")}));
    }

    void filterAndSort_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("sortColumn");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("param below")
            << u"params.lr < 0.05"_s << QString() << 0 << QStringList{u"gamma"_s, u"beta"_s};
        QTest::newRow("metric min")
            << u"metrics.loss@min < 0.45"_s << QString() << 0 << QStringList{u"beta"_s, u"alpha"_s};
        QTest::newRow("name regex")
            << u"name ~ \"^(al|ga)\""_s << QString() << 0 << QStringList{u"gamma"_s, u"alpha"_s};
        QTest::newRow("no match") << u"params.lr > 5"_s << QString() << 0 << QStringList{};
        QTest::newRow("sort by last loss")
            << QString() << u"metric:loss"_s << int(Qt::AscendingOrder)
            << QStringList{u"beta"_s, u"alpha"_s, u"gamma"_s};
        QTest::newRow("sort by lr desc, filtered")
            << u"params.lr <= 0.01"_s << u"param:lr"_s << int(Qt::DescendingOrder)
            << QStringList{u"beta"_s, u"gamma"_s};
        QTest::newRow("sort by name") << QString() << u"name"_s << int(Qt::AscendingOrder)
                                      << QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s};
    }

    void filterAndSort() {
        QFETCH(QString, filter);
        QFETCH(QString, sortColumn);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        RunsTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setDatabasePath(m_project->paths().database());
        waitLoaded(model, 3);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        auto st = model.setFilter(filter);
        QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        if (!sortColumn.isEmpty())
            model.sort(columnOf(model, sortColumn), Qt::SortOrder(order));
        QTRY_VERIFY(!model.isBusy());
        waitLoaded(model, int(expected.size()));
        QCOMPARE(names(model), expected);
        QCOMPARE(resets.count(), 0); // the view keeps its selection and scroll position
    }

    void badFilterNamesColumn() {
        RunsTableModel model;
        model.setDatabasePath(m_project->paths().database());
        waitLoaded(model, 3);
        auto st = model.setFilter(u"params.lr < 0.05 and"_s);
        QVERIFY(!st);
        QVERIFY2(st.error().why.contains(u"column"_s), qPrintable(st.error().toString()));
        QCOMPARE(model.filter(), QString()); // the last good filter stays
        QCOMPARE(model.rowCount(), 3);
    }

    void pickColumns() {
        RunsTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setDatabasePath(m_project->paths().database());
        waitLoaded(model, 3);
        const int before = model.columnCount();
        model.setColumnVisible(u"metric.min:loss"_s, true);
        QCOMPARE(model.columnCount(), before + 1);
        const int min = columnOf(model, u"metric.min:loss"_s);
        QCOMPARE(model.headerData(min, Qt::Horizontal).toString(), u"loss (min)"_s);
        QCOMPARE(model.index(0, min).data(RunsTableModel::CellValueRole).toDouble(), 0.6);
        model.setColumnVisible(u"param:optimizer"_s, false);
        QCOMPARE(model.columnCount(), before);
        QCOMPARE(columnOf(model, u"param:optimizer"_s), -1);
    }

    void readsRowsInPages() {
        for (int i = 0; i < 450; ++i)
            addRun({QStringLiteral("bulk-%1").arg(i), 0.5, {}}, 10'000 + i);
        RunsTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setDatabasePath(m_project->paths().database());
        QTRY_COMPARE(model.rowCount(), 453);
        (void)model.index(0, 0).data();
        QTRY_VERIFY(model.index(0, 0).data(RunsTableModel::LoadedRole).toBool());
        QVERIFY(model.index(RunsTableModel::kPageSize - 1, 0)
                    .data(RunsTableModel::LoadedRole)
                    .toBool());
        // nothing below the first page was read: the view has not asked for it
        QVERIFY(
            !model.index(RunsTableModel::kPageSize, 0).data(RunsTableModel::LoadedRole).toBool());
        QVERIFY(!model.index(452, 0).data(RunsTableModel::LoadedRole).toBool());
        (void)model.index(452, 0).data();
        QTRY_VERIFY(model.index(452, 0).data(RunsTableModel::LoadedRole).toBool());
        QCOMPARE(model.index(452, columnOf(model, u"name"_s)).data().toString(), u"alpha"_s);
    }

    // A new query shows its first rows and the full count at once; the other ids follow, and a
    // page asked for before them is read then.
    void firstRowsComeBeforeEveryId() {
        for (int i = 0; i < 450; ++i)
            addRun({QStringLiteral("bulk-%1").arg(i), 0.5, {}}, 10'000 + i);
        RunsTableModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy known(&model, &RunsTableModel::allIdsKnown);
        int rowsAtFirst = -1;
        bool allIdsAtFirst = true;
        bool firstRowRead = false;
        qint64 lastIdAtFirst = -1;
        connect(&model, &RunsTableModel::queryFinished, this, [&] {
            rowsAtFirst = model.rowCount();
            allIdsAtFirst = model.hasAllIds();
            firstRowRead = model.index(0, 0).data(RunsTableModel::LoadedRole).toBool();
            lastIdAtFirst = model.runIdAt(452);
            (void)model.index(452, 0).data(); // the view asks for a row whose id is not known
        });
        model.setDatabasePath(m_project->paths().database());
        QTRY_COMPARE(known.count(), 1);
        QCOMPARE(rowsAtFirst, 453);
        QVERIFY(!allIdsAtFirst);
        QVERIFY(firstRowRead);
        QCOMPARE(lastIdAtFirst, 0);
        QVERIFY(model.hasAllIds());
        QCOMPARE(model.rowCount(), 453);
        QCOMPARE(model.runIdAt(452), m_ids[0]); // alpha, the oldest
        QCOMPARE(model.rowOfRun(m_ids[0]), 452);
        QTRY_VERIFY(model.index(452, 0).data(RunsTableModel::LoadedRole).toBool());
        QCOMPARE(model.index(452, columnOf(model, u"name"_s)).data().toString(), u"alpha"_s);

        // A new sort keeps the selected run, wherever it moves.
        QItemSelectionModel selection(&model);
        selection.select(model.index(452, 0), QItemSelectionModel::Select);
        QVERIFY(model.setSort({{u"name"_s, Qt::AscendingOrder}}));
        QTRY_COMPARE(known.count(), 2);
        QCOMPARE(model.rowCount(), 453);
        QCOMPARE(model.rowOfRun(m_ids[0]), 0);
        QCOMPARE(selection.selectedIndexes().value(0).row(), 0);
        waitLoaded(model, 453);
        const QStringList sorted = names(model);
        QCOMPARE(sorted.first(), u"alpha"_s);
        QCOMPARE(sorted.last(), u"gamma"_s);
    }

    void liveUpdatesFromAnotherConnection() {
        const qint64 running = addRun({u"delta"_s, 0.2, {1.0}, RunStatus::Running}, 4000);
        RunsTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setDatabasePath(m_project->paths().database());
        // The watcher belongs to whoever shows the project (the panel shares one).
        DataVersionWatcher watcher(m_project->paths().database());
        model.setDataVersionWatcher(&watcher);
        waitLoaded(model, 4);
        // A training script on its own connection, as another process would be.
        auto writerDb = store::Database::open(m_project->paths().database());
        QVERIFY(writerDb);
        // The watcher reads its first data version on its own thread: a commit before that goes
        // unnoticed, so commit notes until it sees one.
        QSignalSpy seen(&watcher, &DataVersionWatcher::changed);
        int notes = 0;
        const auto commitNote = [&] {
            return bool(writerDb->exec(
                u"UPDATE runs SET note = 'n%1' WHERE id = %2"_s.arg(++notes).arg(running)));
        };
        QTRY_VERIFY(commitNote() && !seen.isEmpty());
        QTRY_VERIFY(!model.isBusy());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy columnsInserted(&model, &QAbstractItemModel::columnsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy updated(&model, &RunsTableModel::runsUpdated);

        {
            tracking::MetricWriter w(*writerDb, running);
            QVERIFY(w.log(u"loss"_s, 1, 0.25, 4001));
            QVERIFY(w.log(u"accuracy"_s, 1, 0.75, 4001));
            QVERIFY(w.flush());
        }
        QTRY_VERIFY(columnOf(model, u"metric:accuracy"_s) >= 0);
        QCOMPARE(columnsInserted.count(), 1);
        const int loss = columnOf(model, u"metric:loss"_s);
        const int row = model.rowOfRun(running);
        QTRY_COMPARE(model.index(row, loss).data(RunsTableModel::CellValueRole).toDouble(), 0.25);

        tracking::TrackingStore store(*writerDb);
        tracking::NewRun nr;
        nr.name = u"epsilon"_s;
        nr.startTime = 5000;
        auto newRun = store.createRun(nr);
        QVERIFY(newRun);
        QVERIFY(inserted.wait(5000));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOfRun(newRun->id), 0); // newest first
        QTRY_COMPARE(model.index(0, columnOf(model, u"name"_s)).data().toString(), u"epsilon"_s);

        QVERIFY(store.finishRun(running, RunStatus::Failed, 1, 4100));
        const int status = columnOf(model, u"status"_s);
        QTRY_COMPARE(model.index(model.rowOfRun(running), status).data().toString(), u"failed"_s);
        QCOMPARE(resets.count(), 0);
    }

    void trashViewShowsOnlyTrashedRuns() {
        RunsTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setDatabasePath(m_project->paths().database());
        waitLoaded(model, 3);
        tracking::TrackingStore store(m_project->db());
        QVERIFY(store.trashRuns({m_ids[1]}));
        model.refresh();
        waitLoaded(model, 2);
        QCOMPARE(names(model), (QStringList{u"gamma"_s, u"alpha"_s}));
        model.setShowTrashed(true);
        waitLoaded(model, 1);
        QCOMPARE(names(model), QStringList{u"beta"_s});
        model.setShowTrashed(false);
        waitLoaded(model, 2);
        QCOMPARE(names(model), (QStringList{u"gamma"_s, u"alpha"_s}));
    }

    void csvField_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"alpha"_s << u"alpha"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"two\nlines"_s << u"\"two\nlines\""_s;
        QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    }

    void csvField() {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(itemmodels::csvField(text), field);
    }

    void exportsEveryMatchingRunAsCsv() {
        tracking::TrackingStore store(m_project->db());
        QVERIFY(store.rename(m_ids[0], u"alpha, \"the first\""_s));
        RunsCsvExport request;
        request.databasePath = m_project->paths().database();
        request.filter = u"params.lr < 0.5"_s;
        request.sort = u"metrics.loss asc"_s;
        request.columns = {{RunColumn::Kind::Name, {}},
                           {RunColumn::Kind::Param, u"lr"_s},
                           {RunColumn::Kind::MetricLast, u"loss"_s},
                           {RunColumn::Kind::Status, {}}};
        request.outputPath = m_dir.filePath(u"runs.csv"_s);
        const auto written = exportRunsCsv(request);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(*written, 3);
        QFile f(request.outputPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), u"Name,lr,loss,Status\r\n"
                                                 "beta,0.01,0.2,finished\r\n"
                                                 "\"alpha, \"\"the first\"\"\",0.1,0.4,finished\r\n"
                                                 "gamma,0.001,0.65,finished\r\n"_s);
    }

    void exportToAnUnwritablePlaceFails() {
        RunsCsvExport request;
        request.databasePath = m_project->paths().database();
        request.columns = {{RunColumn::Kind::Name, {}}};
        request.outputPath = m_dir.filePath(u"missing/dir/runs.csv"_s);
        const auto written = exportRunsCsv(request);
        QVERIFY(!written);
        QVERIFY(written.error().what.contains(u"runs.csv"_s));
        QVERIFY(!QFile::exists(request.outputPath));
    }

    void groupsCountsMatchSql_data() {
        QTest::addColumn<QString>("groupBy");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QList<qint64>>("counts");
        QTest::newRow("experiment")
            << u"experiment"_s << QString() << QStringList{u"cifar (1)"_s, u"mnist (3)"_s}
            << QList<qint64>{1, 3};
        QTest::newRow("param") << u"params.optimizer"_s << QString()
                               << QStringList{u"adam (3)"_s, u"(none) (1)"_s}
                               << QList<qint64>{3, 1};
        QTest::newRow("filtered") << u"experiment"_s << u"params.lr < 0.05"_s
                                  << QStringList{u"mnist (2)"_s} << QList<qint64>{2};
    }

    void groupsCountsMatchSql() {
        QFETCH(QString, groupBy);
        QFETCH(QString, filter);
        QFETCH(QStringList, labels);
        QFETCH(QList<qint64>, counts);
        tracking::TrackingStore store(m_project->db());
        tracking::NewRun nr;
        nr.experiment = u"cifar"_s;
        nr.name = u"delta"_s;
        nr.startTime = 4000;
        QVERIFY(store.createRun(nr));
        RunGroupsModel model;
        QAbstractItemModelTester tester(&model);
        model.setColumns({{RunColumn::Kind::Name, {}}, {RunColumn::Kind::Param, u"lr"_s}});
        model.setDatabasePath(m_project->paths().database());
        QSignalSpy loaded(&model, &RunGroupsModel::groupsLoaded);
        model.setQuery(filter, {}, false, groupBy);
        QVERIFY(loaded.wait(5000));
        QStringList shown;
        QList<qint64> sizes;
        for (int r = 0; r < model.rowCount(); ++r) {
            shown.append(model.index(r, 0).data().toString());
            sizes.append(model.index(r, 0).data(RunGroupsModel::GroupCountRole).toLongLong());
        }
        QCOMPARE(shown, labels);
        QCOMPARE(sizes, counts);
        // The counts agree with the query layer's own count per group.
        qint64 total = 0;
        for (qint64 c : counts)
            total += c;
        auto q = tracking::RunQuery::parse(filter);
        QVERIFY(q);
        QCOMPARE(*tracking::countRuns(m_project->db(), *q), total);
    }

    void groupRunsAreReadOnExpand() {
        RunGroupsModel model;
        QAbstractItemModelTester tester(&model);
        model.setColumns({{RunColumn::Kind::Name, {}}});
        model.setDatabasePath(m_project->paths().database());
        QSignalSpy loaded(&model, &RunGroupsModel::groupsLoaded);
        model.setQuery({}, u"params.lr asc"_s, false, u"experiment"_s);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex group = model.index(0, 0);
        QVERIFY(model.hasChildren(group));
        // Nothing of the group is read until it is expanded (the tester may do so itself).
        if (model.canFetchMore(group))
            model.fetchMore(group);
        QTRY_COMPARE(model.rowCount(group), 3);
        QCOMPARE(model.rowCount(group), 3);
        QStringList names;
        for (int r = 0; r < 3; ++r)
            names.append(model.index(r, 0, group).data().toString());
        QCOMPARE(names, (QStringList{u"gamma"_s, u"beta"_s, u"alpha"_s}));
        QVERIFY(!model.canFetchMore(group));
    }

    void liveUpdatesPauseAndCatchUp() {
        RunsTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setDatabasePath(m_project->paths().database());
        DataVersionWatcher watcher(m_project->paths().database());
        model.setDataVersionWatcher(&watcher);
        waitLoaded(model, 3);
        model.setLiveUpdates(false);
        QSignalSpy watched(&watcher, &DataVersionWatcher::changed);
        addRun({u"paused"_s, 0.3, {0.5}}, 6000);
        QVERIFY(watched.wait(5000));
        QCOMPARE(model.rowCount(), 3); // paused: the table stays as it was
        model.setLiveUpdates(true);
        QTRY_COMPARE(model.rowCount(), 4);
    }

    void groupsFollowTheDatabaseWithoutReset() {
        RunGroupsModel model;
        QAbstractItemModelTester tester(&model);
        DataVersionWatcher watcher(m_project->paths().database());
        model.setDataVersionWatcher(&watcher);
        model.setColumns(runColumns({u"lr"_s}, {u"loss"_s}));
        model.setDatabasePath(m_project->paths().database());
        QSignalSpy loaded(&model, &RunGroupsModel::groupsLoaded);
        model.setQuery({}, {}, false, u"params.lr"_s);
        QVERIFY(loaded.wait(5000));
        const int before = model.rowCount();
        QVERIFY(before > 0);
        model.fetchMore(model.index(0, 0));
        QTRY_VERIFY(model.rowCount(model.index(0, 0)) > 0);
        const QString firstLabel = model.index(0, 0).data().toString();
        const qint64 firstCount =
            model.index(0, 0).data(RunGroupsModel::GroupCountRole).toLongLong();
        const int firstRuns = model.rowCount(model.index(0, 0));
        QPersistentModelIndex firstRun = model.index(0, 0, model.index(0, 0));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy updated(&model, &RunGroupsModel::groupsUpdated);
        // A run in the first group (same lr), a run with a new lr.
        const double lr = model.groups().constFirst().value.toDouble();
        auto writerDb = store::Database::open(m_project->paths().database());
        QVERIFY(writerDb);
        tracking::TrackingStore store(*writerDb);
        for (const auto &[name, value] : {std::pair(u"same"_s, lr), std::pair(u"new"_s, 123.0)}) {
            tracking::NewRun nr;
            nr.experiment = u"mnist"_s;
            nr.name = name;
            nr.startTime = 1; // oldest: appended to its group
            nr.params = {{u"lr"_s, value}};
            QVERIFY(store.createRun(nr));
        }
        QTRY_COMPARE(model.rowCount(), before + 1);
        QTRY_COMPARE(model.index(0, 0).data(RunGroupsModel::GroupCountRole).toLongLong(),
                     firstCount + 1);
        QTRY_COMPARE(model.rowCount(model.index(0, 0)), firstRuns + 1);
        QVERIFY(model.index(0, 0).data().toString() != firstLabel); // its count changed
        QVERIFY(firstRun.isValid());                                // selections stay
        QCOMPARE(firstRun.parent(), model.index(0, 0));
        QCOMPARE(resets.count(), 0);
        QVERIFY(updated.count() >= 1);
        QStringList labels;
        for (int r = 0; r < model.rowCount(); ++r)
            labels.append(model.index(r, 0).data().toString());
        QVERIFY2(labels.constLast().startsWith(u"123"_s) && labels.constLast().endsWith(u" (1)"_s),
                 qPrintable(labels.join(u", "_s)));
    }

    void compareMarksTheBestValuePerMetric_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("best");
        QTest::newRow("loss: lowest") << u"val_loss"_s << QList<double>{0.3, 0.1, 0.2} << 1;
        QTest::newRow("accuracy: highest") << u"accuracy"_s << QList<double>{0.8, 0.9, 0.95} << 2;
        QTest::newRow("error rate: lowest") << u"train/error_rate"_s << QList<double>{5, 2, 9} << 1;
        QTest::newRow("not a loss word") << u"glossary_size"_s << QList<double>{1, 3, 2} << 1;
    }

    void compareMarksTheBestValuePerMetric() {
        QFETCH(QString, key);
        QFETCH(QList<double>, values);
        QFETCH(int, best);
        QList<RunRow> rows;
        for (qsizetype i = 0; i < values.size(); ++i) {
            RunRow r;
            r.id = i + 1;
            r.name = u"r%1"_s.arg(i);
            r.metrics.insert(key, RunMetric{values[i], values[i], values[i], 1});
            rows.append(r);
        }
        RunCompareModel model;
        QAbstractItemModelTester tester(&model);
        model.setRuns(rows);
        int line = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.headerData(r, Qt::Vertical).toString().contains(key.section(u'/', -1)))
                line = r;
        }
        QVERIFY(line >= 0);
        for (int c = 0; c < model.columnCount(); ++c)
            QCOMPARE(model.index(line, c).data(RunCompareModel::BestRole).toBool(), c == best);
        QVERIFY(model.index(line, best).data(Qt::ToolTipRole).toString().contains(u"best"_s));
    }
};

QTEST_GUILESS_MAIN(tst_RunsTableModel)
#include "tst_runstablemodel.moc"
