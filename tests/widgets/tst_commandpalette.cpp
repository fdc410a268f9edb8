#include "project/project.h"
#include "shared/commandpalette.h"
#include "shared/fuzzymatch.h"
#include "tracking/trackingstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::widgets;
using namespace Qt::StringLiterals;

class TestCommandPalette : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void matchesSubsequences_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::addColumn<QList<int>>("positions");
        QTest::newRow("empty pattern") << u""_s << u"Open"_s << true << QList<int>{};
        QTest::newRow("prefix") << u"op"_s << u"Open Project"_s << true << QList<int>{0, 1};
        QTest::newRow("word starts preferred")
            << u"np"_s << u"New Project"_s << true << QList<int>{0, 4};
        QTest::newRow("case-insensitive")
            << u"OPEN"_s << u"open"_s << true << QList<int>{0, 1, 2, 3};
        QTest::newRow("consecutive run preferred over scattered")
            << u"demo"_s << u"Generate Demo Project"_s << true << QList<int>{9, 10, 11, 12};
        QTest::newRow("not a subsequence")
            << u"xyz"_s << u"Open Project"_s << false << QList<int>{};
        QTest::newRow("order matters") << u"po"_s << u"Open"_s << false << QList<int>{};
        QTest::newRow("longer than text") << u"opened"_s << u"open"_s << false << QList<int>{};
    }
    void matchesSubsequences() {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QFETCH(QList<int>, positions);
        const auto match = fuzzyMatch(pattern, text);
        QCOMPARE(match.has_value(), matches);
        if (matches)
            QCOMPARE(match->positions, positions);
    }

    // The first of `texts` must rank above all the others for `pattern`.
    void ranking_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("prefix beats middle")
            << u"op"_s << QStringList{u"Open Project"_s, u"Copy Path"_s, u"Stop"_s};
        QTest::newRow("word start beats inside a word")
            << u"dp"_s << QStringList{u"Generate Demo Project"_s, u"Deep Upload"_s};
        QTest::newRow("consecutive beats scattered")
            << u"rate"_s << QStringList{u"learning_rate"_s, u"rare_steps"_s};
        QTest::newRow("shorter text wins a tie")
            << u"open"_s << QStringList{u"Open"_s, u"Open Recent"_s};
        QTest::newRow("camel case boundary")
            << u"lr"_s << QStringList{u"learningRate"_s, u"alrighty"_s};
        QTest::newRow("after underscore") << u"bs"_s << QStringList{u"batch_size"_s, u"absolute"_s};
    }
    void ranking() {
        QFETCH(QString, pattern);
        QFETCH(QStringList, texts);
        const auto best = fuzzyMatch(pattern, texts.first());
        QVERIFY(best);
        for (qsizetype i = 1; i < texts.size(); ++i) {
            const auto other = fuzzyMatch(pattern, texts[i]);
            if (other)
                QVERIFY2(best->score > other->score,
                         qPrintable(u"%1 (%2) <= %3 (%4)"_s.arg(texts.first())
                                        .arg(best->score)
                                        .arg(texts[i])
                                        .arg(other->score)));
        }
    }

    void modelFiltersAndRanks() {
        CommandModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Command> actions;
        for (const QString &title :
             {u"New Project…"_s, u"Open Project…"_s, u"Generate Demo Project…"_s, u"Quit"_s}) {
            Command c;
            c.title = title;
            actions.append(c);
        }
        model.setActions(actions);
        QCOMPARE(model.rowCount(), 4);

        model.setPattern(u"op"_s);
        QCOMPARE(model.index(0).data().toString(), u"Open Project…"_s);
        QCOMPARE(model.index(0).data(CommandModel::MatchPositionsRole).value<QList<int>>(),
                 (QList<int>{0, 1}));
        model.setPattern(u"qu"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"Quit"_s);
        model.setPattern(u"zzz"_s);
        QCOMPARE(model.rowCount(), 0);

        Command run;
        run.kind = Command::Kind::Run;
        run.title = u"quick-baseline"_s;
        run.detail = u"mnist · finished"_s;
        run.runId = 7;
        model.setRuns({run});
        model.setPattern(u"qu"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(CommandModel::RunIdRole).toLongLong(), 7);
        model.setPattern({});
        QCOMPARE(model.rowCount(), 5);
    }

    void typingFiltersAndEnterTriggers() {
        QMainWindow window;
        QMenu *file = window.menuBar()->addMenu(u"&File"_s);
        QAction *open = file->addAction(u"&Open Project…"_s);
        open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        QAction *quit = file->addAction(u"&Quit"_s);
        QMenu *theme = window.menuBar()->addMenu(u"&View"_s)->addMenu(u"&Theme"_s);
        QAction *dark = theme->addAction(u"&Dark"_s);
        QAction *hidden = file->addAction(u"Hidden"_s);
        hidden->setEnabled(false);
        file->addSeparator();

        CommandPalette palette(&window);
        palette.setActionSource([&] { return window.menuBar()->actions(); });
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        palette.popup();
        QVERIFY(palette.isVisible());
        // Menus are flattened; disabled actions and separators are left out.
        QCOMPARE(palette.model()->rowCount(), 3);
        QStringList titles;
        for (int r = 0; r < palette.model()->rowCount(); ++r)
            titles << palette.model()->index(r).data().toString();
        QVERIFY2(titles.contains(u"Theme › Dark"_s), qPrintable(titles.join(u", ")));
        QVERIFY(titles.contains(u"Open Project…"_s));
        const int openRow = int(titles.indexOf(u"Open Project…"_s));
        QCOMPARE(palette.model()->index(openRow).data(CommandModel::DetailRole).toString(),
                 QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText));

        QSignalSpy quitSpy(quit, &QAction::triggered);
        QSignalSpy darkSpy(dark, &QAction::triggered);
        QSignalSpy openSpy(open, &QAction::triggered);
        QTest::keyClicks(palette.lineEdit(), u"thd"_s);
        QCOMPARE(palette.model()->rowCount(), 1);
        QCOMPARE(palette.view()->currentIndex().data().toString(), u"Theme › Dark"_s);
        QTest::keyClick(palette.lineEdit(), Qt::Key_Return);
        QCOMPARE(darkSpy.count(), 1);
        QCOMPARE(quitSpy.count(), 0);
        QVERIFY(!palette.isVisible());

        // Down moves the selection; Esc closes without triggering.
        palette.popup();
        QTest::keyClicks(palette.lineEdit(), u"pro"_s);
        QCOMPARE(palette.view()->currentIndex().row(), 0);
        QTest::keyClick(palette.lineEdit(), Qt::Key_Down);
        QTest::keyClick(palette.lineEdit(), Qt::Key_Up);
        QCOMPARE(palette.view()->currentIndex().row(), 0);
        QTest::keyClick(palette.lineEdit(), Qt::Key_Escape);
        QVERIFY(!palette.isVisible());
        QCOMPARE(openSpy.count(), 0);

        palette.popup();
        QTest::keyClicks(palette.lineEdit(), u"qt"_s);
        QTest::keyClick(palette.lineEdit(), Qt::Key_Enter);
        QCOMPARE(quitSpy.count(), 1);
    }

    void runsOfTheProjectAreListed() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qint64 runId = 0;
        {
            auto project = Project::init(dir.path());
            QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
            tracking::TrackingStore store(project->db());
            tracking::NewRun spec;
            spec.experiment = u"cifar"_s;
            spec.name = u"resnet-cosine"_s;
            auto run = store.createRun(spec);
            QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
            runId = run->id;
            QVERIFY(store.finishRun(runId, tracking::RunStatus::Finished));
        }

        QWidget window;
        window.resize(900, 600);
        CommandPalette palette(&window);
        QSignalSpy loaded(&palette, &CommandPalette::runsLoaded);
        palette.setProject(dir.path());
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.first().first().toInt(), 1);

        QSignalSpy activated(&palette, &CommandPalette::runActivated);
        window.show();
        palette.popup();
        QTest::keyClicks(palette.lineEdit(), u"rescos"_s);
        QCOMPARE(palette.model()->rowCount(), 1);
        QCOMPARE(palette.view()->currentIndex().data(CommandModel::DetailRole).toString(),
                 u"cifar · finished"_s);
        QTest::keyClick(palette.lineEdit(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), runId);
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
