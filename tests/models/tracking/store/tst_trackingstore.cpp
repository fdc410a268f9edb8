#include "models/store/testsupport.h"
#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"

#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace mlwb;
using namespace mlwb::tracking;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(mlwb::tracking::RunStatus)

class TestTrackingStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
    std::optional<TrackingStore> m_store;

    TrackingStore &ts() { return *m_store; }

    Run newRun(NewRun spec = {}) {
        auto run = ts().createRun(spec);
        if (!run)
            qFatal("%s", qPrintable(run.error().toString()));
        return *run;
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("project.db")));
        m_store.reset();
        m_db.reset();
        m_db.emplace(testsupport::openMigrated(m_dir.filePath(QStringLiteral("project.db"))));
        m_store.emplace(*m_db);
    }

    void cleanup() {
        m_store.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("project.db")));
        QFile::remove(m_dir.filePath(QStringLiteral("project.db-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("project.db-shm")));
    }

    void createRunFillsDefaults() {
        const double before = nowSeconds();
        const Run run = newRun();
        QCOMPARE(run.experiment, QStringLiteral("default"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(run.uuid).hasMatch());
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z]+-[a-z]+-1$")).match(run.name).hasMatch(),
                 qPrintable(run.name));
        QCOMPARE(run.host, QSysInfo::machineHostName());
        QCOMPARE(toString(run.status), QStringLiteral("running"));
        QVERIFY(run.startTime >= before && run.startTime <= nowSeconds());
        QVERIFY(!run.endTime);
        QVERIFY(!run.deletedAt);
    }

    void createRunReusesExperiment() {
        NewRun spec;
        spec.experiment = QStringLiteral("resnet");
        const Run a = newRun(spec);
        const Run b = newRun(spec);
        QCOMPARE(a.experimentId, b.experimentId);
        QVERIFY(b.name.endsWith(QLatin1String("-2")));
        auto experiments = ts().experiments();
        MLWB_VERIFY_OK(experiments);
        QCOMPARE(experiments->size(), 1);
        QCOMPARE(experiments->first().name, QStringLiteral("resnet"));
    }

    void createRunKeepsGivenFields() {
        NewRun spec;
        spec.name = QStringLiteral("baseline");
        spec.command = QStringLiteral("python train.py --lr 0.1");
        spec.host = QStringLiteral("gpu-box");
        spec.pid = 4242;
        spec.git = GitState{QStringLiteral("0123456789abcdef0123456789abcdef01234567"), true,
                            QStringLiteral("--- a/x\n+++ b/x\n")};
        spec.startTime = 1'700'000'000.5;
        spec.tags = {{QStringLiteral("team"), QStringLiteral("vision")}};
        const Run run = newRun(spec);
        auto again = ts().run(run.id);
        MLWB_VERIFY_OK(again);
        QCOMPARE(again->name, spec.name);
        QCOMPARE(again->command, spec.command);
        QCOMPARE(again->host, spec.host);
        QCOMPARE(again->pid, spec.pid);
        QCOMPARE(again->git.commit, spec.git.commit);
        QVERIFY(again->git.dirty);
        QCOMPARE(again->git.patch, spec.git.patch);
        QCOMPARE(again->startTime, 1'700'000'000.5);
        auto tags = ts().tags(run.id);
        MLWB_VERIFY_OK(tags);
        QCOMPARE(tags->size(), 1);
        QCOMPARE(tags->first().value, QStringLiteral("vision"));
    }

    void createRunIsAtomic() {
        NewRun spec;
        spec.params = {{QStringLiteral("lr"), 0.1}, {QString(), qint64{3}}};
        auto run = ts().createRun(spec);
        QVERIFY(!run);
        QVERIFY(run.error().toString().contains(QLatin1String("parameter")));
        auto count = ts().runCount();
        MLWB_VERIFY_OK(count);
        QCOMPARE(*count, 0);
    }

    void paramsRoundTrip_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("sqliteType");
        QTest::newRow("int") << u"3"_s << u"int"_s << u"3"_s << u"integer"_s;
        QTest::newRow("negative int") << u"-2"_s << u"int"_s << u"-2"_s << u"integer"_s;
        QTest::newRow("big int") << u"4611686018427387905"_s << u"int"_s << u"4611686018427387905"_s
                                 << u"integer"_s;
        QTest::newRow("float") << u"0.1"_s << u"float"_s << u"0.1"_s << u"real"_s;
        QTest::newRow("exponent") << u"1e-3"_s << u"float"_s << u"0.001"_s << u"real"_s;
        QTest::newRow("nan") << u"nan"_s << u"float"_s << u"nan"_s << u"null"_s;
        QTest::newRow("inf") << u"inf"_s << u"float"_s << u"inf"_s << u"real"_s;
        QTest::newRow("true") << u"True"_s << u"bool"_s << u"true"_s << u"integer"_s;
        QTest::newRow("false") << u"false"_s << u"bool"_s << u"false"_s << u"integer"_s;
        QTest::newRow("string") << u"adam"_s << u"string"_s << u"adam"_s << u"text"_s;
        QTest::newRow("numeric-looking string")
            << u"1.2.3"_s << u"string"_s << u"1.2.3"_s << u"text"_s;
    }

    void paramsRoundTrip() {
        QFETCH(QString, text);
        QFETCH(QString, type);
        QFETCH(QString, display);
        QFETCH(QString, sqliteType);
        NewRun spec;
        spec.params = {{QStringLiteral("p"), parseParamValue(text)}};
        const Run run = newRun(spec);
        auto params = ts().params(run.id);
        MLWB_VERIFY_OK(params);
        QCOMPARE(params->size(), 1);
        QCOMPARE(typeName(params->first().value), type);
        QCOMPARE(toDisplayString(params->first().value), display);
        // Natively typed values let queries compare numbers as numbers.
        auto st = m_db->prepare(QStringLiteral("SELECT typeof(value) FROM params"));
        MLWB_VERIFY_OK(st);
        QVERIFY(*st->step());
        QCOMPARE(st->text(0), sqliteType);
    }

    void setParamsOverwritesAndAdds() {
        NewRun spec;
        spec.params = {{QStringLiteral("lr"), 0.1}, {QStringLiteral("epochs"), qint64{3}}};
        const Run run = newRun(spec);
        MLWB_VERIFY_OK(ts().setParams(run.id, {{QStringLiteral("lr"), QStringLiteral("auto")},
                                               {QStringLiteral("amp"), true}}));
        auto params = ts().params(run.id);
        MLWB_VERIFY_OK(params);
        QCOMPARE(params->size(), 3);
        QCOMPARE(params->at(0).key, QStringLiteral("amp"));
        QCOMPARE(std::get<bool>(params->at(0).value), true);
        QCOMPARE(std::get<qint64>(params->at(1).value), 3);
        QCOMPARE(std::get<QString>(params->at(2).value), QStringLiteral("auto"));
        auto keys = ts().paramKeys();
        MLWB_VERIFY_OK(keys);
        QCOMPARE(*keys, (QStringList{u"amp"_s, u"epochs"_s, u"lr"_s}));
    }

    void tagsSetReplaceRemove() {
        const Run a = newRun();
        const Run b = newRun();
        MLWB_VERIFY_OK(ts().setTag(a.id, QStringLiteral("stage"), QStringLiteral("dev")));
        MLWB_VERIFY_OK(ts().setTag(a.id, QStringLiteral("stage"), QStringLiteral("prod")));
        MLWB_VERIFY_OK(ts().setTag(b.id, QStringLiteral("owner"), QStringLiteral("ada")));
        MLWB_VERIFY_OK(ts().setTag(b.id, QStringLiteral("stage"), QStringLiteral("dev")));
        auto tags = ts().tags(a.id);
        MLWB_VERIFY_OK(tags);
        QCOMPARE(tags->size(), 1);
        QCOMPARE(tags->first().value, QStringLiteral("prod"));
        auto keys = ts().tagKeys();
        MLWB_VERIFY_OK(keys);
        QCOMPARE(*keys, (QStringList{u"owner"_s, u"stage"_s}));
        MLWB_VERIFY_OK(ts().removeTag(a.id, QStringLiteral("stage")));
        tags = ts().tags(a.id);
        MLWB_VERIFY_OK(tags);
        QVERIFY(tags->isEmpty());
        QVERIFY(!ts().setTag(a.id, QString(), QStringLiteral("x")));
    }

    void noteAndRename() {
        const Run run = newRun();
        const QString note = QStringLiteral("# Findings\n\nLR warm-up helps; ünïcode kept.");
        MLWB_VERIFY_OK(ts().setNote(run.id, note));
        MLWB_VERIFY_OK(ts().rename(run.id, QStringLiteral("  warmup-run ")));
        auto again = ts().run(run.id);
        MLWB_VERIFY_OK(again);
        QCOMPARE(again->note, note);
        QCOMPARE(again->name, QStringLiteral("warmup-run"));
        QVERIFY(!ts().rename(run.id, QStringLiteral("   ")));
        auto missing = ts().setNote(run.id + 100, note);
        QVERIFY(!missing);
        QVERIFY(missing.error().why.contains(QString::number(run.id + 100)));
    }

    void runsNewestFirstAndByExperiment() {
        NewRun spec;
        spec.startTime = 100;
        const Run oldest = newRun(spec);
        spec.startTime = 300;
        const Run newest = newRun(spec);
        spec.startTime = 200;
        spec.experiment = QStringLiteral("other");
        const Run middle = newRun(spec);
        auto all = ts().runs();
        MLWB_VERIFY_OK(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).id, newest.id);
        QCOMPARE(all->at(1).id, middle.id);
        QCOMPARE(all->at(2).id, oldest.id);
        auto other = ts().runs(middle.experimentId);
        MLWB_VERIFY_OK(other);
        QCOMPARE(other->size(), 1);
        QCOMPARE(other->first().experiment, QStringLiteral("other"));
    }

    void trashAndRestore() {
        const Run a = newRun();
        const Run b = newRun();
        const Run c = newRun();
        MLWB_VERIFY_OK(ts().trashRuns({a.id, c.id}));
        auto visible = ts().runs();
        MLWB_VERIFY_OK(visible);
        QCOMPARE(visible->size(), 1);
        QCOMPARE(visible->first().id, b.id);
        QCOMPARE(*ts().runCount(), 1);
        auto trashed = ts().trashedRuns();
        MLWB_VERIFY_OK(trashed);
        QCOMPARE(trashed->size(), 2);
        QVERIFY(ts().run(a.id)->deletedAt.has_value());
        MLWB_VERIFY_OK(ts().restoreRuns({a.id}));
        QCOMPARE(*ts().runCount(), 2);
        QVERIFY(!ts().run(a.id)->deletedAt.has_value());
        QCOMPARE(ts().trashedRuns()->size(), 1);
    }

    void runByUuidPrefix() {
        // 17 runs: at least two share their first hex digit.
        QHash<QChar, QList<Run>> byFirst;
        for (int i = 0; i < 17; ++i) {
            const Run r = newRun();
            byFirst[r.uuid.at(0)].append(r);
        }
        QChar shared;
        for (auto it = byFirst.cbegin(); it != byFirst.cend(); ++it) {
            if (it->size() > 1)
                shared = it.key();
        }
        QVERIFY(!shared.isNull());
        const Run target = byFirst[shared].first();

        auto full = ts().runByUuid(target.uuid);
        MLWB_VERIFY_OK(full);
        QCOMPARE(full->id, target.id);
        // Long enough prefixes are unique among 17 random ids.
        auto prefix = ts().runByUuid(target.uuid.left(12).toUpper());
        MLWB_VERIFY_OK(prefix);
        QCOMPARE(prefix->id, target.id);
        const QString dashed = target.uuid.left(8) + u'-' + target.uuid.mid(8, 4) + u'-' +
                               target.uuid.mid(12, 4) + u'-' + target.uuid.mid(16, 4) + u'-' +
                               target.uuid.mid(20);
        auto byDashed = ts().runByUuid(dashed);
        MLWB_VERIFY_OK(byDashed);
        QCOMPARE(byDashed->id, target.id);

        auto ambiguous = ts().runByUuid(QString(shared));
        QVERIFY(!ambiguous);
        QVERIFY(ambiguous.error().why.contains(QLatin1String("several")));

        QString absent = target.uuid;
        absent[31] = absent[31] == u'0' ? u'1' : u'0';
        auto none = ts().runByUuid(absent);
        QVERIFY(!none);
        QVERIFY(none.error().why.contains(QLatin1String("no run")));
        QVERIFY(!ts().runByUuid(QStringLiteral("xyz%")));
        QVERIFY(!ts().runByUuid(QString()));
    }

    void finishRun_data() {
        QTest::addColumn<RunStatus>("status");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("hasExitCode");
        QTest::newRow("finished") << RunStatus::Finished << 0 << true;
        QTest::newRow("failed") << RunStatus::Failed << 3 << true;
        QTest::newRow("killed") << RunStatus::Killed << 0 << false;
    }

    void finishRun() {
        QFETCH(RunStatus, status);
        QFETCH(int, exitCode);
        QFETCH(bool, hasExitCode);
        const Run run = newRun();
        const std::optional<int> code = hasExitCode ? std::optional<int>(exitCode) : std::nullopt;
        MLWB_VERIFY_OK(ts().finishRun(run.id, status, code, 1'800'000'000.0));
        auto done = ts().run(run.id);
        MLWB_VERIFY_OK(done);
        QCOMPARE(toString(done->status), toString(status));
        QCOMPARE(done->exitCode, code);
        QCOMPARE(done->endTime, std::optional<double>(1'800'000'000.0));
        QVERIFY(!ts().finishRun(run.id + 1, status));
    }

    void statusNamesRoundTrip() {
        for (const RunStatus s :
             {RunStatus::Running, RunStatus::Finished, RunStatus::Failed, RunStatus::Killed})
            QVERIFY(runStatusFromString(toString(s)) == s);
        QVERIFY(runStatusFromString(QStringLiteral("FAILED")) == RunStatus::Failed);
        QVERIFY(!runStatusFromString(QStringLiteral("paused")));
    }

    void importSourceIsUnique() {
        NewRun spec;
        spec.source = QStringLiteral("mlflow:abc");
        const Run run = newRun(spec);
        auto found = ts().runIdForSource(spec.source);
        MLWB_VERIFY_OK(found);
        QCOMPARE(*found, std::optional<qint64>(run.id));
        QVERIFY(!ts().createRun(spec));
        QVERIFY(!ts().runIdForSource(QStringLiteral("mlflow:other"))->has_value());
    }

    void artifactsRoundTrip() {
        const Run run = newRun();
        MLWB_VERIFY_OK(ts().addArtifact(
            run.id, {QStringLiteral("model.onnx"), QStringLiteral("ab12"), 1234, 10.0}));
        MLWB_VERIFY_OK(ts().addArtifact(
            run.id, {QStringLiteral("logs/stdout.txt"), QStringLiteral("cd34"), 5, 11.0}));
        MLWB_VERIFY_OK(ts().addArtifact(
            run.id, {QStringLiteral("model.onnx"), QStringLiteral("ef56"), 99, 12.0}));
        auto artifacts = ts().artifacts(run.id);
        MLWB_VERIFY_OK(artifacts);
        QCOMPARE(artifacts->size(), 2);
        QCOMPARE(artifacts->at(0).path, QStringLiteral("logs/stdout.txt"));
        QCOMPARE(artifacts->at(1).hash, QStringLiteral("ef56"));
        QCOMPARE(artifacts->at(1).size, 99);
    }

    void metricKeysAcrossRuns() {
        const Run a = newRun();
        const Run b = newRun();
        {
            MetricWriter wa(*m_db, a.id);
            MetricWriter wb(*m_db, b.id);
            MLWB_VERIFY_OK(wa.log(QStringLiteral("loss"), 0, 1.0, 1.0));
            MLWB_VERIFY_OK(wb.log(QStringLiteral("loss"), 0, 2.0, 1.0));
            MLWB_VERIFY_OK(wb.log(QStringLiteral("acc"), 0, 0.5, 1.0));
            MLWB_VERIFY_OK(wa.flush());
            MLWB_VERIFY_OK(wb.flush());
        }
        auto keys = ts().metricKeys();
        MLWB_VERIFY_OK(keys);
        QCOMPARE(*keys, (QStringList{u"acc"_s, u"loss"_s}));
        auto summaries = ts().metricSummaries(b.id);
        MLWB_VERIFY_OK(summaries);
        QCOMPARE(summaries->size(), 2);
        QCOMPARE(summaries->at(1).key, QStringLiteral("loss"));
        QCOMPARE(summaries->at(1).last, std::optional<double>(2.0));
    }
};

QTEST_GUILESS_MAIN(TestTrackingStore)
#include "tst_trackingstore.moc"
