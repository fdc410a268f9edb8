// Selected runs in the Experiments panel: charts, code diff, colours, links, run details, notes.
#include "experimentspanelfixture.h"

using namespace mlwb;
using namespace Qt::StringLiterals;
using itemmodels::RunsTableModel;
using widgets::experiments::ExperimentsPanel;

class tst_RunDetails : public testing::ExperimentsPanelFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(u"tst_rundetails"_s); }
    void init() { makeProject(); }
    void cleanup() { m_project.reset(); }

    void selectedRunsAreOverlaidInTheCharts() {
        ExperimentsPanel panel;
        openPanel(panel);
        selectRows(panel, {0, 2});
        QTRY_COMPARE(panel.compareView()->model()->columnCount(), 2);
        QTRY_COMPARE(panel.charts()->charts().size(), 2); // accuracy and loss
        for (widgets::experiments::MetricChartView *chart : panel.charts()->charts()) {
            QTRY_COMPARE(chart->lines().size(), 2);
            QTRY_VERIFY(!chart->isLoading());
            QStringList runs;
            for (const widgets::experiments::DrawnCurve &c : chart->lines()) {
                QCOMPARE(c.points.size(), 50);
                runs.append(c.name);
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
        QTRY_COMPARE(panel.charts()->charts().constFirst()->lines().size(), 3);
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
        // Runs drawn together stand clearly apart, whichever ids they have; the order
        // they were picked in does not matter.
        for (const QList<qint64> &set :
             {QList<qint64>{60, 2, 3, 4, 5, 6}, QList<qint64>{7, 19, 23, 31, 44, 52, 58, 59},
              QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}}) {
            const QHash<qint64, QColor> colors = widgets::experiments::runColors(set, palette);
            QList<qint64> reversed(set.crbegin(), set.crend());
            QCOMPARE(widgets::experiments::runColors(reversed, palette), colors);
            for (qint64 a : set) {
                QVERIFY(colorDistance(colors.value(a), palette.color(QPalette::Base)) > 0.2);
                for (qint64 b : set) {
                    if (a < b)
                        QVERIFY2(colorDistance(colors.value(a), colors.value(b)) >= 0.08,
                                 qPrintable(u"%1 and %2"_s.arg(a).arg(b)));
                }
            }
        }
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
        QCOMPARE(panel.charts()->charts().constFirst()->lines().size(), 2);

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

QTEST_MAIN(tst_RunDetails)
#include "tst_rundetails.moc"
