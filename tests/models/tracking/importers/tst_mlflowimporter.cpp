#include "importtestutil.h"

#include "tracking/importers/importers.h"
#include "tracking/trackingstore.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::tracking;
using namespace mlwb::tracking::testutil;

namespace {

const char *const kMlfix = "mlflow/mlfix/tests/mlruns";
const char *const kMltrace = "mlflow/mltrace/examples/mlruns";
const char *const kNeuralAdjoint = "mlflow/MM-Neural-Adjoint/examples/mlflow.db";
const char *const kTraceRun = "0/942806273db14de4aca645199ca294ed"; // has metrics foo and zoo

struct Counts {
    qint64 experiments, runs, series, points, params, tags;
    bool operator==(const Counts &) const = default;
};

Counts counts(store::Database &db) {
    return {count(db, "SELECT count(*) FROM experiments"),
            count(db, "SELECT count(*) FROM runs"),
            count(db, "SELECT count(*) FROM metric_series"),
            count(db, "SELECT coalesce(sum(n), 0) FROM metric_blocks"),
            count(db, "SELECT count(*) FROM params"),
            count(db, "SELECT count(*) FROM tags")};
}

} // namespace

namespace QTest {
template <> char *toString(const Counts &c) {
    return qstrdup(QByteArray("experiments=%1 runs=%2 series=%3 points=%4 params=%5 tags=%6")
                       .replace("%1", QByteArray::number(c.experiments))
                       .replace("%2", QByteArray::number(c.runs))
                       .replace("%3", QByteArray::number(c.series))
                       .replace("%4", QByteArray::number(c.points))
                       .replace("%5", QByteArray::number(c.params))
                       .replace("%6", QByteArray::number(c.tags))
                       .constData());
}
} // namespace QTest

class TestMlflowImporter : public QObject {
    Q_OBJECT

    QTemporaryDir m_scratch;
    QString m_traceCopy;

private Q_SLOTS:
    void importsFixtureCounts_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Counts>("expected");
        QTest::newRow("file store mlfix") << fixture(kMlfix) << Counts{1, 1, 3, 3, 2, 5};
        QTest::newRow("file store mltrace") << fixture(kMltrace) << Counts{1, 52, 46, 79, 23, 208};
        QTest::newRow("sqlite MM-Neural-Adjoint")
            << fixture(kNeuralAdjoint) << Counts{2, 3, 12, 507, 15, 12};
    }

    void importsFixtureCounts() {
        QFETCH(QString, path);
        QFETCH(Counts, expected);
        QTemporaryDir tmp;
        store::Database db = freshDatabase(tmp.path());

        const auto report = importMlflow(db, path);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QVERIFY2(report->problems.isEmpty(), qPrintable(problemsText(report->problems)));
        QCOMPARE(counts(db), expected);
        QCOMPARE(report->experiments, expected.experiments);
        QCOMPARE(report->runs, expected.runs);
        QCOMPARE(report->metrics, expected.series);
        QCOMPARE(report->points, expected.points);
        QCOMPARE(report->params, expected.params);
        QCOMPARE(report->tags, expected.tags);
        QCOMPARE(count(db, "SELECT count(*) FROM runs WHERE source LIKE 'mlflow:%'"),
                 expected.runs);

        // Importing again finds every run by its source and adds nothing.
        const auto again = importMlflow(db, path);
        QVERIFY(again);
        QCOMPARE(again->runs, 0);
        QCOMPARE(again->skippedRuns, expected.runs);
        QCOMPARE(again->points, 0);
        QCOMPARE(counts(db), expected);
    }

    void keepsRunDetailsOfFileStore() {
        QTemporaryDir tmp;
        store::Database db = freshDatabase(tmp.path());
        QVERIFY(importMlflow(db, fixture(kMlfix)));
        TrackingStore store(db);
        const auto id =
            store.runIdForSource(QStringLiteral("mlflow:6e6280f331a94bf388fa9d0de0ecee99"));
        QVERIFY(id && *id);
        const auto run = store.run(**id);
        QVERIFY(run);
        QCOMPARE(run->experiment, QStringLiteral("Default"));
        QCOMPARE(toString(run->status), toString(RunStatus::Finished));
        QCOMPARE(run->startTime, 1597955525.771);
        QCOMPARE(run->endTime, std::optional(1597955525.819));
        QCOMPARE(run->git.commit, QStringLiteral("f8db0b09fb5ca2c6ffcb6989e5cb910f7ed6cc83"));

        const auto params = store.params(run->id);
        QVERIFY(params);
        QCOMPARE(params->size(), 2);
        for (const Param &p : *params)
            QCOMPARE(typeName(p.value), QStringLiteral("float")); // alpha, l1_ratio

        const auto summaries = store.metricSummaries(run->id);
        QVERIFY(summaries);
        QCOMPARE(summaries->size(), 3);
        for (const MetricSummary &m : *summaries) {
            if (m.key == u"r2") {
                QCOMPARE(m.last, std::optional(-0.05493814470533365));
                QCOMPARE(m.count, 1);
            }
        }
    }

    void keepsRunDetailsOfDatabase() {
        QTemporaryDir tmp;
        store::Database db = freshDatabase(tmp.path());
        QVERIFY(importMlflow(db, fixture(kNeuralAdjoint)));
        TrackingStore store(db);
        const auto id =
            store.runIdForSource(QStringLiteral("mlflow:c84feef412b947f6873b7ec8f5ee9057"));
        QVERIFY(id && *id);
        const auto run = store.run(**id);
        QVERIFY(run);
        QCOMPARE(run->name, QStringLiteral("20250423_164628")); // from mlflow.runName
        QCOMPARE(run->experiment, QStringLiteral("NA"));
        QCOMPARE(toString(run->status), toString(RunStatus::Finished));
        QCOMPARE(run->startTime, 1745451988.177);
        const auto params = store.params(run->id);
        QVERIFY(params);
        QStringList typed;
        for (const Param &p : *params)
            typed.append(p.key + u'=' + typeName(p.value));
        QVERIFY2(typed.contains(u"batch_size=int"), qPrintable(typed.join(u' ')));
        QVERIFY2(typed.contains(u"optimizer=string"), qPrintable(typed.join(u' ')));
        QCOMPARE(count(db, "SELECT count FROM metric_summary s JOIN runs r ON r.id = s.run_id "
                           "WHERE r.source = 'mlflow:c84feef412b947f6873b7ec8f5ee9057' "
                           "AND s.key = 'train_loss'"),
                 100);
    }

    void reportsMalformedFilesAndImportsTheRest_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("change");
        QTest::addColumn<QString>("place");
        QTest::newRow("metric line with two fields")
            << QStringLiteral("metrics/foo") << QByteArray("1643245834999 3\n")
            << QStringLiteral("metrics/foo:3");
        QTest::newRow("metric value not a number")
            << QStringLiteral("metrics/zoo") << QByteArray("1643245834999 abc 1\n")
            << QStringLiteral("metrics/zoo:2");
        QTest::newRow("bad yaml in run meta.yaml")
            << QStringLiteral("meta.yaml") << QByteArray("status: [3\n")
            << QStringLiteral("meta.yaml:");
        QTest::newRow("unknown run status")
            << QStringLiteral("meta.yaml") << QByteArray("status: 9\n")
            << QStringLiteral("meta.yaml:");
    }

    void reportsMalformedFilesAndImportsTheRest() {
        QFETCH(QString, file);
        QFETCH(QByteArray, change);
        QFETCH(QString, place);
        // One writable copy for all rows; each row damages one file and restores it.
        if (m_traceCopy.isEmpty()) {
            m_traceCopy = m_scratch.filePath(QStringLiteral("mlruns"));
            copyTree(fixture(kMltrace), m_traceCopy);
        }
        const QString mlruns = m_traceCopy;
        const QString runDir = mlruns + u'/' + QLatin1String(kTraceRun);
        const QString damaged = runDir + u'/' + file;
        QFile original(damaged);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray intact = original.readAll();
        original.close();
        const auto restore = qScopeGuard([&] {
            QFile f(damaged);
            if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                f.write(intact);
        });
        QByteArray text = intact;
        if (file == u"meta.yaml")
            text.replace("status: 3\n", change); // replace the status line, not add one
        else
            text += change;
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        }
        QTemporaryDir tmp;
        store::Database db = freshDatabase(tmp.path());

        const auto report = importMlflow(db, mlruns);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->problems.size(), 1);
        const QString problem = report->problems.first().toString();
        QVERIFY2(problem.contains(QDir::toNativeSeparators(runDir + u'/' + place)),
                 qPrintable(problem));
        QCOMPARE(report->runs, 51);
        QCOMPARE(count(db, "SELECT count(*) FROM runs"), 51);
        QCOMPARE(count(db, "SELECT count(*) FROM runs WHERE source = "
                           "'mlflow:942806273db14de4aca645199ca294ed'"),
                 0);
        // Nothing of the broken run was written.
        QCOMPARE(count(db, "SELECT count(*) FROM metric_series"), 44);
    }

    void readsOldDatabaseSchema() {
        // MLflow 1.x before run_name, metric steps and is_nan.
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("old-mlflow.db"));
        {
            auto old = store::Database::open(path, store::Database::Mode::Create);
            QVERIFY(old);
            QVERIFY(old->exec(QStringLiteral(
                "CREATE TABLE experiments(experiment_id INTEGER PRIMARY KEY, name TEXT, "
                "artifact_location TEXT);"
                "CREATE TABLE runs(run_uuid TEXT PRIMARY KEY, name TEXT, status TEXT, "
                "start_time INTEGER, end_time INTEGER, lifecycle_stage TEXT, experiment_id "
                "INTEGER);"
                "CREATE TABLE params(key TEXT, value TEXT, run_uuid TEXT);"
                "CREATE TABLE tags(key TEXT, value TEXT, run_uuid TEXT);"
                "CREATE TABLE metrics(key TEXT, value REAL, timestamp INTEGER, run_uuid TEXT);"
                "INSERT INTO experiments VALUES (0, 'Default', '');"
                "INSERT INTO runs VALUES ('aa11', 'old run', 'FAILED', 1500000000000, NULL, "
                "'active', 0);"
                "INSERT INTO runs VALUES ('bb22', '', 'KILLED', 1500000001000, 1500000002000, "
                "'deleted', 0);"
                "INSERT INTO params VALUES ('lr', '0.1', 'aa11');"
                "INSERT INTO metrics VALUES ('loss', 2.0, 1500000000100, 'aa11');"
                "INSERT INTO metrics VALUES ('loss', 1.0, 1500000000200, 'aa11');")));
        }
        store::Database db = freshDatabase(tmp.path());
        const auto report = importMlflow(db, path);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QVERIFY2(report->problems.isEmpty(), qPrintable(problemsText(report->problems)));
        QCOMPARE(report->runs, 2);
        QCOMPARE(report->points, 2);
        TrackingStore store(db);
        const auto old = store.runIdForSource(QStringLiteral("mlflow:aa11"));
        QVERIFY(old && *old);
        const auto run = store.run(**old);
        QVERIFY(run);
        QCOMPARE(run->name, QStringLiteral("old run"));
        QCOMPARE(toString(run->status), toString(RunStatus::Failed));
        QCOMPARE(run->endTime, std::nullopt);
        const auto summaries = store.metricSummaries(run->id);
        QVERIFY(summaries && summaries->size() == 1);
        QCOMPARE(summaries->first().last, std::optional(1.0));
        QCOMPARE(summaries->first().lastStep, 0);
        // A run deleted in MLflow lands in the trash, where it can be restored.
        QCOMPARE(count(db, "SELECT count(*) FROM runs WHERE deleted_at IS NOT NULL"), 1);
    }

    void cancelKeepsRunsImportedSoFar() {
        QTemporaryDir tmp;
        store::Database db = freshDatabase(tmp.path());
        qint64 seenTotal = 0;
        const auto report = importMlflow(db, fixture(kMltrace), [&](qint64 done, qint64 total) {
            seenTotal = total;
            return done < 5;
        });
        QVERIFY(!report);
        QCOMPARE(seenTotal, 52);
        QCOMPARE(count(db, "SELECT count(*) FROM runs"), 5);
        // The rest follows on the next import.
        const auto rest = importMlflow(db, fixture(kMltrace));
        QVERIFY(rest);
        QCOMPARE(rest->runs, 47);
        QCOMPARE(rest->skippedRuns, 5);
    }

    void rejectsWhatIsNotAStore_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("why");
        QTest::newRow("text file") << QByteArray("hello\n") << QStringLiteral("SQLite");
        QTest::newRow("empty folder") << QByteArray() << QStringLiteral("meta.yaml");
    }

    void rejectsWhatIsNotAStore() {
        QFETCH(QByteArray, content);
        QFETCH(QString, why);
        QTemporaryDir tmp;
        QString path = tmp.filePath(QStringLiteral("store"));
        if (content.isEmpty()) {
            QVERIFY(QDir().mkpath(path));
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        store::Database db = freshDatabase(tmp.path());
        const auto report = importMlflow(db, path);
        QVERIFY(!report);
        QVERIFY2(report.error().toString().contains(why), qPrintable(report.error().toString()));
        QCOMPARE(count(db, "SELECT count(*) FROM runs"), 0);
    }
};

QTEST_GUILESS_MAIN(TestMlflowImporter)
#include "tst_mlflowimporter.moc"
