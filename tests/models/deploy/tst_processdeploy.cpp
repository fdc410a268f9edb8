#include "deploy/deployer.h"
#include "deploy/processrunner.h"
#include "enginetestsupport.h"
#include "models/store/testsupport.h"

#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace mlwb;
using namespace mlwb::deploy;
using namespace mlwb::deploytest;

// The process target: no container engine at all.
class TestProcessDeploy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A followed log hands over lines written after it started, until cancelled.
    void aFollowedLogHandsOverNewLines() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("serve.log"));
        QFile log(path);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("first\n");
        log.flush();
        QMutex mutex;
        QStringList lines;
        std::atomic_bool cancel = false;
        bool readOk = false;
        std::thread reader([&] {
            readOk = bool(readLogFile(
                path,
                [&](LogStream, const QString &line) {
                    const QMutexLocker lock(&mutex);
                    lines.append(line);
                },
                true, 10, [] { return true; }, &cancel));
        });
        const auto seen = [&] {
            const QMutexLocker lock(&mutex);
            return lines;
        };
        QTRY_COMPARE(seen(), QStringList{QStringLiteral("first")});
        log.write("second\nthird\n");
        log.flush();
        QTRY_COMPARE(seen(), (QStringList{QStringLiteral("first"), QStringLiteral("second"),
                                          QStringLiteral("third")}));
        cancel = true;
        reader.join();
        QVERIFY(readOk);
    }

    void initTestCase() {
        // Whatever the machine has, these tests see no engine.
        qputenv("DOCKER_HOST", "unix:///nonexistent/mlwb-test/engine.sock");
    }

    void withoutAnEngineTheProcessTargetIsChosenAndExplained() {
        QTemporaryDir dir;
        store::Database db = testsupport::openMigrated(dir.filePath(QStringLiteral("p.db")));
        Deployer deployer(db, dir.path());
        auto choice = deployer.chooseTarget(std::nullopt);
        MLWB_VERIFY_OK(choice);
        QCOMPARE(choice->target, Target::Process);
        QVERIFY2(choice->reason.contains(QStringLiteral("no container engine")),
                 qPrintable(choice->reason));
        auto forced = deployer.chooseTarget(Target::Podman);
        QVERIFY(!forced);
        QVERIFY(forced.error().toString().contains(QStringLiteral("podman.socket")));
    }

    void deploysAsAProcess() {
        QTemporaryDir dir;
        store::Database db = testsupport::openMigrated(dir.filePath(QStringLiteral("p.db")));
        Deployer deployer(db, dir.path());
        DeployRequest r;
        r.modelFile = sigmoidModel();
        r.modelName = QStringLiteral("sig");
        r.modelVersion = QStringLiteral("1");
        r.serveBinary = serveBinary();
        QStringList messages;
        auto d = deployer.deploy(r, [&](const DeployProgress &p) { messages.append(p.message); });
        MLWB_VERIFY_OK(d);
        QCOMPARE(d->target, Target::Process);
        QVERIFY(messages.join(QLatin1Char('\n')).contains(QStringLiteral("no container engine")));
        QVERIFY(d->pid > 0);
        QVERIFY(processAlive(d->pid));
        QCOMPARE(deployer.records().get(d->id)->status, DeploymentStatus::Healthy);

        const HttpReply infer = httpPost(d->port, "/v2/models/sig/infer", sigmoidInferBody());
        QCOMPARE(infer.status, 200);
        QVERIFY(infer.body.contains("0.5"));

        QStringList lines;
        MLWB_VERIFY_OK(deployer.logs(d->id, [&](LogStream, const QString &l) { lines.append(l); }));
        QVERIFY2(lines.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("listening on http://127.0.0.1:%1").arg(d->port)),
                 qPrintable(lines.join(QLatin1Char('\n'))));

        // CPU and memory of the server process, as the panel's list shows them.
        auto stats = deployer.stats(d->id);
        MLWB_VERIFY_OK(stats);
        QVERIFY(stats->memoryBytes > 1'000'000); // the loaded server, not an empty number
        QVERIFY(stats->cpuPercent >= 0);

        MLWB_VERIFY_OK(deployer.stop(d->id));
        QVERIFY(!processAlive(d->pid));
        QVERIFY(!deployer.stats(d->id)); // nothing to measure once stopped
        QCOMPARE(httpGet(d->port, "/v2/health/ready").status, 0);
        QCOMPARE(deployer.records().get(d->id)->status, DeploymentStatus::Stopped);
    }

    void processThatExitsShowsItsLastLines() {
        QTemporaryDir dir;
        store::Database db = testsupport::openMigrated(dir.filePath(QStringLiteral("p.db")));
        Deployer deployer(db, dir.path());
        const QString bad = dir.filePath(QStringLiteral("bad.onnx"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not onnx");
        f.close();
        DeployRequest r;
        r.modelFile = bad;
        r.modelName = QStringLiteral("sig");
        r.modelVersion = QStringLiteral("bad");
        r.serveBinary = serveBinary();
        r.target = Target::Process;
        auto d = deployer.deploy(r);
        QVERIFY(!d);
        const QString text = d.error().toString();
        QVERIFY2(text.contains(QStringLiteral("exited")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("bad.onnx")), qPrintable(text));
        const Deployment rec = deployer.records().list()->first();
        QCOMPARE(rec.status, DeploymentStatus::Failed);
        QVERIFY(!processAlive(rec.pid));
    }
};

QTEST_GUILESS_MAIN(TestProcessDeploy)
#include "tst_processdeploy.moc"
