#include "project/project.h"
#include "store/contentstore.h"
#include "tracking/trackingstore.h"
#include "vcs/repository.h"

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;

Q_DECLARE_METATYPE(mlwb::tracking::RunStatus)

namespace {

QByteArray readFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

tracking::Run onlyRun(Project &project) {
    tracking::TrackingStore store(project.db());
    auto runs = store.runs();
    if (!runs || runs->size() != 1)
        qFatal("expected exactly one run");
    return runs->first();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;

    // A fresh project with one committed file.
    void makeProject() {
        m_root = m_dir.path() + QStringLiteral("/p") + QString::number(++m_counter);
        const CliResult r = mlwbCli({QStringLiteral("init"), m_root});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    int m_counter = 0;

    Project openProject() {
        auto p = Project::open(ProjectPaths(m_root));
        if (!p)
            qFatal("%s", qPrintable(p.error().toString()));
        return std::move(*p);
    }

private Q_SLOTS:
    void initTwiceIsSafe() {
        const QString root = m_dir.path() + QStringLiteral("/fresh");
        const CliResult first = mlwbCli({QStringLiteral("init"), root});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(root), qPrintable(first.out));
        QVERIFY(first.out.contains(QStringLiteral("project.db")));
        QVERIFY(QFileInfo(root + QStringLiteral("/.git")).isDir());
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/.mlwb/project.db")));

        const CliResult second = mlwbCli({QStringLiteral("init")}, root);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(QStringLiteral("already")), qPrintable(second.out));
        const QByteArray ignore = readFile(root + QStringLiteral("/.gitignore"));
        QCOMPARE(ignore.count(".mlwb/"), 1);
    }

    void runRecordsMetricsAndOutput() {
        makeProject();
        const QString script =
            QStringLiteral("echo step=1 loss=0.5; echo 'step=2 loss=0.25 acc=0.5'; "
                           "echo '{\"step\": 3, \"loss\": 0.125}'; echo run=$MLWB_RUN_ID; "
                           "echo project=$MLWB_PROJECT; echo done");
        const CliResult r = mlwbCli(
            {QStringLiteral("--project"), m_root, QStringLiteral("run"), QStringLiteral("--name"),
             QStringLiteral("smoke"), QStringLiteral("-p"), QStringLiteral("lr=0.01"),
             QStringLiteral("--tag"), QStringLiteral("stage=dev"), QStringLiteral("--"),
             QStringLiteral("sh"), QStringLiteral("-c"), script});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("step=1 loss=0.5\n")));

        Project project = openProject();
        const tracking::Run run = onlyRun(project);
        QCOMPARE(run.name, QStringLiteral("smoke"));
        QCOMPARE(tracking::toString(run.status), tracking::toString(tracking::RunStatus::Finished));
        QCOMPARE(run.exitCode, std::optional<int>(0));
        QVERIFY(run.endTime.has_value());
        QVERIFY(r.out.contains(QStringLiteral("run=") + run.uuid));
        QVERIFY(r.out.contains(QStringLiteral("project=") + QDir(m_root).absolutePath()));

        tracking::TrackingStore store(project.db());
        auto metrics = store.metricSummaries(run.id);
        QVERIFY(metrics);
        QCOMPARE(metrics->size(), 2);
        for (const auto &m : *metrics) {
            if (m.key == QStringLiteral("loss")) {
                QCOMPARE(m.count, 3);
                QCOMPARE(m.lastStep, 3);
                QCOMPARE(m.last, std::optional<double>(0.125));
                QCOMPARE(m.max, std::optional<double>(0.5));
            } else {
                QCOMPARE(m.key, QStringLiteral("acc"));
                QCOMPARE(m.lastStep, 2);
            }
        }
        auto params = store.params(run.id);
        QVERIFY(params);
        QCOMPARE(params->size(), 1);
        QCOMPARE(std::get<double>(params->first().value), 0.01);
        auto tags = store.tags(run.id);
        QVERIFY(tags);
        QCOMPARE(tags->size(), 1);
        QCOMPARE(tags->first().value, QStringLiteral("dev"));

        auto artifacts = store.artifacts(run.id);
        QVERIFY(artifacts);
        QStringList names;
        for (const auto &a : *artifacts) {
            names.append(a.path);
            if (a.path == QStringLiteral("stdout.txt")) {
                const QString path =
                    store::ContentStore(project.paths().objectsDir()).pathOf(a.hash);
                QCOMPARE(QString::fromUtf8(readFile(path)), r.out);
            }
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("stderr.txt"), QStringLiteral("stdout.txt")}));
    }

    void runRecordsGitState() {
        makeProject();
        QFile script(m_root + QStringLiteral("/train.sh"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("echo loss=1\n");
        script.close();
        auto repo = vcs::Repository::discover(m_root);
        QVERIFY(repo);
        auto head = repo->commitAll(QStringLiteral("train script"), QStringLiteral("Ada"),
                                    QStringLiteral("ada@example.org"));
        QVERIFY(head);
        QVERIFY(script.open(QIODevice::Append));
        script.write("echo acc=0.5\n");
        script.close();

        const CliResult r = mlwbCli({QStringLiteral("run"), QStringLiteral("--"),
                                     QStringLiteral("sh"), QStringLiteral("train.sh")},
                                    m_root);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        Project project = openProject();
        const tracking::Run run = onlyRun(project);
        QCOMPARE(run.git.commit, *head);
        QVERIFY(run.git.dirty);
        QVERIFY2(run.git.patch.contains(QStringLiteral("+echo acc=0.5")),
                 qPrintable(run.git.patch));
        QCOMPARE(run.command, QStringLiteral("sh train.sh"));
    }

    void terminateIsForwardedToTheCommand() {
        makeProject();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MLWB_CLI),
                {QStringLiteral("--project"), m_root, QStringLiteral("run"), QStringLiteral("--"),
                 QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("echo started; exec sleep 60")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        while (!out.contains("started\n") && p.waitForReadyRead(30'000))
            out += p.readAllStandardOutput();
        QVERIFY(out.contains("started\n"));
        p.terminate(); // SIGTERM to mlwb, which passes it on
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 128 + 15);
        Project project = openProject();
        const tracking::Run run = onlyRun(project);
        QCOMPARE(tracking::toString(run.status), QStringLiteral("killed"));
        QCOMPARE(run.exitCode, std::optional<int>(128 + 15));
    }

    void failingCommand_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<tracking::RunStatus>("status");
        QTest::addColumn<QString>("stderrText");

        QTest::newRow("exit 3") << QStringLiteral("echo oops >&2; exit 3") << 3
                                << tracking::RunStatus::Failed << QStringLiteral("oops");
        QTest::newRow("killed by SIGTERM")
            << QStringLiteral("echo bye >&2; kill -TERM $$") << 128 + 15
            << tracking::RunStatus::Killed << QStringLiteral("bye");
    }

    void failingCommand() {
        QFETCH(QString, script);
        QFETCH(int, exitCode);
        QFETCH(tracking::RunStatus, status);
        QFETCH(QString, stderrText);

        makeProject();
        const CliResult r =
            mlwbCli({QStringLiteral("--project"), m_root, QStringLiteral("run"),
                     QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(stderrText), qPrintable(r.err));
        Project project = openProject();
        const tracking::Run run = onlyRun(project);
        QCOMPARE(tracking::toString(run.status), tracking::toString(status));
        QCOMPARE(run.exitCode, std::optional<int>(exitCode));
    }

    void missingProgramFailsTheRun() {
        makeProject();
        const CliResult r =
            mlwbCli({QStringLiteral("--project"), m_root, QStringLiteral("run"),
                     QStringLiteral("--"), QStringLiteral("/nonexistent/train-binary")});
        QCOMPARE(r.exitCode, 127);
        QVERIFY2(r.err.startsWith(QStringLiteral("mlwb: ")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent/train-binary")));
        Project project = openProject();
        QCOMPARE(tracking::toString(onlyRun(project).status),
                 tracking::toString(tracking::RunStatus::Failed));
    }

    void runsJsonShapeAndFilter() {
        makeProject();
        for (const QString &lr : {QStringLiteral("0.1"), QStringLiteral("0.01")}) {
            const CliResult r = mlwbCli(
                {QStringLiteral("--project"), m_root, QStringLiteral("run"), QStringLiteral("-p"),
                 QStringLiteral("lr=") + lr, QStringLiteral("--"), QStringLiteral("sh"),
                 QStringLiteral("-c"), QStringLiteral("echo step=0 loss=%1").arg(lr)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const CliResult all = mlwbCli({QStringLiteral("--project"), m_root, QStringLiteral("runs"),
                                       QStringLiteral("--json")});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        const QJsonArray runs = QJsonDocument::fromJson(all.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("runs"))
                                    .toArray();
        QCOMPARE(runs.size(), 2);
        const QJsonObject run = runs.first().toObject();
        for (const char *key : {"id", "name", "experiment", "status", "start_time", "end_time",
                                "params", "metrics", "tags", "git"})
            QVERIFY2(run.contains(QLatin1String(key)), key);
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(run.value(QStringLiteral("id")).toString().size(), 32);
        QVERIFY(
            run.value(QStringLiteral("params")).toObject().value(QStringLiteral("lr")).isDouble());
        const QJsonObject loss = run.value(QStringLiteral("metrics"))
                                     .toObject()
                                     .value(QStringLiteral("loss"))
                                     .toObject();
        for (const char *key : {"last", "min", "max", "step"})
            QVERIFY2(loss.contains(QLatin1String(key)), key);
        QVERIFY(run.value(QStringLiteral("git")).toObject().contains(QStringLiteral("dirty")));

        const CliResult filtered = mlwbCli(
            {QStringLiteral("--project"), m_root, QStringLiteral("runs"), QStringLiteral("--json"),
             QStringLiteral("--filter"), QStringLiteral("params.lr = 0.01")});
        QVERIFY2(filtered.exitCode == 0, qPrintable(filtered.err));
        const QJsonArray one = QJsonDocument::fromJson(filtered.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("runs"))
                                   .toArray();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first()
                     .toObject()
                     .value(QStringLiteral("metrics"))
                     .toObject()
                     .value(QStringLiteral("loss"))
                     .toObject()
                     .value(QStringLiteral("last"))
                     .toDouble(),
                 0.01);

        const CliResult table = mlwbCli({QStringLiteral("runs")}, m_root);
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.first().contains(QStringLiteral("lr")));
        QVERIFY(lines.first().contains(QStringLiteral("loss")));
        const QString prefix =
            one.first().toObject().value(QStringLiteral("id")).toString().left(8);
        QVERIFY(table.out.contains(prefix));

        const CliResult csv = mlwbCli({QStringLiteral("runs"), QStringLiteral("--csv")}, m_root);
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(QStringLiteral("id,experiment,name,status,")));
        QCOMPARE(csv.out.count(QStringLiteral("\r\n")), 3);
    }

    void badFilterNamesTheColumn() {
        makeProject();
        const CliResult r =
            mlwbCli({QStringLiteral("--project"), m_root, QStringLiteral("runs"),
                     QStringLiteral("--filter"), QStringLiteral("metrics.loss < 0.5 and $")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("mlwb: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("column 24")), qPrintable(r.err));
    }

    void projectThatIsNotOne() {
        QTemporaryDir empty;
        const CliResult r =
            mlwbCli({QStringLiteral("--project"), empty.path(), QStringLiteral("runs")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("mlwb: ")), qPrintable(r.err));
        QVERIFY(r.err.contains(empty.path()));
        QVERIFY(r.err.contains(QStringLiteral("mlwb init")));
    }

    void logAndArtifactsOnExistingRun() {
        makeProject();
        QVERIFY(mlwbCli({QStringLiteral("--project"), m_root, QStringLiteral("run"),
                         QStringLiteral("--"), QStringLiteral("true")})
                    .exitCode == 0);
        Project project = openProject();
        const QString uuid = onlyRun(project).uuid;
        const CliResult log = mlwbCli(
            {QStringLiteral("log"), QStringLiteral("--run"), uuid.left(8),
             QStringLiteral("acc=0.9"), QStringLiteral("--step"), QStringLiteral("5"),
             QStringLiteral("--param"), QStringLiteral("batch=32"), QStringLiteral("--note"),
             QStringLiteral("looks good"), QStringLiteral("--finish"), QStringLiteral("failed")},
            m_root);
        QVERIFY2(log.exitCode == 0, qPrintable(log.err));
        tracking::TrackingStore store(project.db());
        auto run = store.runByUuid(uuid);
        QVERIFY(run);
        QCOMPARE(tracking::toString(run->status), QStringLiteral("failed"));
        QCOMPARE(run->note, QStringLiteral("looks good"));
        auto metrics = store.metricSummaries(run->id);
        QVERIFY(metrics && metrics->size() == 1);
        QCOMPARE(metrics->first().lastStep, 5);
        QCOMPARE(metrics->first().last, std::optional<double>(0.9));

        const QString file = m_dir.path() + QStringLiteral("/model.onnx");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("weights");
        f.close();
        const CliResult add =
            mlwbCli({QStringLiteral("artifact"), QStringLiteral("add"), QStringLiteral("--run"),
                     uuid, file, QStringLiteral("--name"), QStringLiteral("models/m.onnx")},
                    m_root);
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        QVERIFY(!add.out.trimmed().isEmpty());
        const QString copy = m_dir.path() + QStringLiteral("/copy.onnx");
        const CliResult get =
            mlwbCli({QStringLiteral("artifact"), QStringLiteral("get"), QStringLiteral("--run"),
                     uuid, QStringLiteral("models/m.onnx"), QStringLiteral("-o"), copy},
                    m_root);
        QVERIFY2(get.exitCode == 0, qPrintable(get.err));
        QCOMPARE(readFile(copy), QByteArray("weights"));
        const CliResult missing =
            mlwbCli({QStringLiteral("artifact"), QStringLiteral("get"), QStringLiteral("--run"),
                     uuid, QStringLiteral("nope.bin")},
                    m_root);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("models/m.onnx")));

        const CliResult badMetric = mlwbCli(
            {QStringLiteral("log"), QStringLiteral("--run"), uuid, QStringLiteral("acc=high")},
            m_root);
        QCOMPARE(badMetric.exitCode, 2);
        QVERIFY(badMetric.err.contains(QStringLiteral("acc=high")));
    }

    void exportMetricHistoryCsv() {
        makeProject();
        QVERIFY(mlwbCli({QStringLiteral("--project"), m_root, QStringLiteral("run"),
                         QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("for i in 1 2 3 4; do echo step=$i loss=$i; done")})
                    .exitCode == 0);
        const QString out = m_dir.path() + QStringLiteral("/history.csv");
        const CliResult r =
            mlwbCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--metrics-history"), QStringLiteral("-o"), out},
                    m_root);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QByteArray> rows = readFile(out).split('\n');
        QCOMPARE(rows.first().trimmed(),
                 QByteArray("run_id,experiment,run,metric,step,time,value"));
        QCOMPARE(readFile(out).count("\r\n"), 5);
        QVERIFY(rows.at(4).contains(",loss,4,"));
    }

    void demoProjectIsListed() {
        const QString root = m_dir.path() + QStringLiteral("/demo");
        const CliResult demo = mlwbCli({QStringLiteral("demo"), root});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const CliResult runs =
            mlwbCli({QStringLiteral("runs"), QStringLiteral("--json"), QStringLiteral("--filter"),
                     QStringLiteral("status = \"failed\"")},
                    root);
        QVERIFY2(runs.exitCode == 0, qPrintable(runs.err));
        const QJsonArray failed = QJsonDocument::fromJson(runs.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("runs"))
                                      .toArray();
        QVERIFY(!failed.isEmpty());
        for (const QJsonValue &r : failed)
            QCOMPARE(r.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("failed"));
    }

    void helpAndUsageErrors() {
        const CliResult help = mlwbCli({QStringLiteral("run"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(QStringLiteral("Usage: mlwb run")));
        QVERIFY(help.out.contains(QStringLiteral("--experiment")));
        const CliResult unknown = mlwbCli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
        const CliResult badOption = mlwbCli({QStringLiteral("runs"), QStringLiteral("--bogus")});
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY(badOption.err.contains(QStringLiteral("bogus")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
