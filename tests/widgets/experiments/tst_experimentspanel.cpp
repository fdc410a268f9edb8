#include "experiments/comparecharts.h"
#include "experiments/compareview.h"
#include "experiments/diffview.h"
#include "experiments/experimentspanel.h"
#include "experiments/metricchartview.h"
#include "experiments/noteeditor.h"
#include "experiments/queryedit.h"
#include "experiments/rundetailview.h"
#include "itemmodels/runstablemodel.h"
#include "project/project.h"
#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"
#include "vcs/repository.h"

#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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

    int nameColumn(const RunsTableModel &m) {
        for (int c = 0; c < m.columnCount(); ++c) {
            if (m.headerData(c, Qt::Horizontal, RunsTableModel::ColumnIdRole) == u"name"_s)
                return c;
        }
        return -1;
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
};

QTEST_MAIN(tst_ExperimentsPanel)
#include "tst_experimentspanel.moc"
