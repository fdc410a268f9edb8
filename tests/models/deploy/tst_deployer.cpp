#include "deploy/deployer.h"
#include "deploy/localports.h"
#include "deploy/manifests.h"
#include "enginetestsupport.h"
#include "models/store/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::deploy;
using namespace mlwb::deploytest;

// Deployments into the real Podman service that ctest starts, with the real
// mlwb-serve in a FROM-scratch image.
class TestDeployer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
    std::unique_ptr<Deployer> m_deployer;

    DeployRequest request(const QString &version, const QString &model = sigmoidModel()) {
        DeployRequest r;
        r.modelFile = model;
        r.modelName = QStringLiteral("sig");
        r.modelVersion = version;
        r.serveBinary = serveBinary();
        r.healthTimeout = std::chrono::seconds(60);
        return r;
    }

    // Containers of this test's project that the engine still has.
    int projectContainers() {
        auto client = EngineClient::connect();
        if (!client)
            qFatal("%s", qPrintable(client.error().toString()));
        auto list = client->listContainers(
            {QStringLiteral("mlwb.project=%1").arg(m_deployer->projectLabel())});
        return list ? int(list->size()) : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(qEnvironmentVariable("DOCKER_HOST").startsWith(QStringLiteral("unix://")),
                 "run through ctest: the engine_start fixture sets DOCKER_HOST");
        m_db = testsupport::openMigrated(m_dir.filePath(QStringLiteral("project.db")));
        m_deployer = std::make_unique<Deployer>(*m_db, m_dir.path());
    }

    void choosesTheEngineAndSaysWhy() {
        auto choice = m_deployer->chooseTarget(std::nullopt);
        MLWB_VERIFY_OK(choice);
        QCOMPARE(choice->target, Target::Podman);
        QVERIFY2(choice->reason.contains(QStringLiteral("DOCKER_HOST")),
                 qPrintable(choice->reason));
        auto docker = m_deployer->chooseTarget(Target::Docker);
        QVERIFY(!docker);
        QVERIFY(docker.error().toString().contains(QStringLiteral("--target podman")));
    }

    void deploysServesAndStops() {
        QList<Stage> stages;
        bool sawBuildLog = false;
        auto d = m_deployer->deploy(request(QStringLiteral("1")), [&](const DeployProgress &p) {
            if (p.logLine)
                sawBuildLog = true;
            else if (stages.isEmpty() || stages.last() != p.stage)
                stages.append(p.stage);
        });
        MLWB_VERIFY_OK(d);
        QCOMPARE(stages.first(), Stage::Context);
        QVERIFY(stages.contains(Stage::Build));
        QVERIFY(stages.contains(Stage::Start));
        QCOMPARE(stages.last(), Stage::Done);
        QVERIFY(sawBuildLog);

        // The record, as the panel and `deploy ls` show it.
        auto rec = m_deployer->records().get(d->id);
        MLWB_VERIFY_OK(rec);
        QCOMPARE(rec->status, DeploymentStatus::Healthy);
        QCOMPARE(rec->target, Target::Podman);
        QVERIFY(rec->timeToHealthy > 0);
        QVERIFY(rec->imageSize > 1'000'000);
        QVERIFY(!rec->containerId.isEmpty());
        QCOMPARE(rec->url, QStringLiteral("http://127.0.0.1:%1").arg(rec->port));
        QVERIFY(!rec->who.isEmpty());

        // It answers predictions through the Open Inference Protocol.
        const HttpReply infer = httpPost(rec->port, "/v2/models/sig/infer", sigmoidInferBody());
        QCOMPARE(infer.status, 200);
        const QJsonObject out = QJsonDocument::fromJson(infer.body).object();
        const QJsonArray data = out.value(QStringLiteral("outputs"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("data"))
                                    .toArray();
        QCOMPARE(data.size(), 60);
        QCOMPARE(data.at(0).toDouble(), 0.5);

        // Logs, stats, labels.
        QStringList lines;
        MLWB_VERIFY_OK(
            m_deployer->logs(d->id, [&](LogStream, const QString &l) { lines.append(l); }));
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("listening")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        auto stats = m_deployer->stats(d->id);
        MLWB_VERIFY_OK(stats);
        QVERIFY(stats->memoryBytes > 0);
        QCOMPARE(projectContainers(), 1);
        QVERIFY(composeYaml(*rec).contains(rec->imageTag));

        // Stop: the endpoint goes away, the record says why.
        MLWB_VERIFY_OK(m_deployer->stop(d->id, QStringLiteral("test over")));
        QCOMPARE(httpGet(rec->port, "/v2/health/ready").status, 0);
        auto stopped = m_deployer->records().get(d->id);
        QCOMPARE(stopped->status, DeploymentStatus::Stopped);
        QCOMPARE(stopped->stopReason, QStringLiteral("test over"));

        // Remove: container and image are gone.
        MLWB_VERIFY_OK(m_deployer->remove(d->id));
        QCOMPARE(projectContainers(), 0);
        auto client = EngineClient::connect();
        QVERIFY(!client->inspectImage(rec->imageId));
    }

    void replaceRollsBackThenReplaces() {
        auto first = m_deployer->deploy(request(QStringLiteral("1")));
        MLWB_VERIFY_OK(first);
        // A version whose file is gone: the old one must come back on its port.
        QTemporaryDir dir;
        auto broken = m_deployer->replace(
            first->id, request(QStringLiteral("2"), dir.filePath(QStringLiteral("gone.onnx"))));
        QVERIFY(!broken);
        QVERIFY2(broken.error().hint.contains(QStringLiteral("rolled back")),
                 qPrintable(broken.error().toString()));
        QCOMPARE(httpGet(first->port, "/v2/health/ready").status, 200);
        QCOMPARE(m_deployer->records().get(first->id)->status, DeploymentStatus::Healthy);

        auto second = m_deployer->replace(first->id, request(QStringLiteral("2")));
        MLWB_VERIFY_OK(second);
        QCOMPARE(second->port, first->port);
        QCOMPARE(second->replacesId, first->id);
        const HttpReply model = httpGet(second->port, "/v2/models/sig");
        QCOMPARE(model.status, 200);
        QVERIFY2(model.body.contains("\"2\""), model.body.constData());
        auto old = m_deployer->records().get(first->id);
        QCOMPARE(old->status, DeploymentStatus::Stopped);
        QVERIFY(old->stopReason.contains(QStringLiteral("replaced by sig@2")));
        QCOMPARE(projectContainers(), 1);
        MLWB_VERIFY_OK(m_deployer->remove(second->id));
        QCOMPARE(projectContainers(), 0);
    }

    void takenPortIsRefusedBeforeAnythingIsMade() {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        DeployRequest r = request(QStringLiteral("1"));
        r.port = squatter.serverPort();
        auto d = m_deployer->deploy(r);
        QVERIFY(!d);
        QVERIFY2(d.error().toString().contains(QStringLiteral("port %1").arg(r.port)),
                 qPrintable(d.error().toString()));
        QVERIFY(d.error().toString().contains(QStringLiteral("taken")));
        QCOMPARE(projectContainers(), 0);
    }

    void missingModelFileIsRefused() {
        QTemporaryDir dir;
        auto d = m_deployer->deploy(
            request(QStringLiteral("1"), dir.filePath(QStringLiteral("m.onnx"))));
        QVERIFY(!d);
        QVERIFY(d.error().toString().contains(QStringLiteral("m.onnx")));
        QVERIFY(d.error().toString().contains(QStringLiteral("missing")));
    }

    void containerThatExitsAtStartShowsItsLog() {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.onnx"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not an onnx model");
        f.close();
        auto d = m_deployer->deploy(request(QStringLiteral("bad"), bad));
        QVERIFY(!d);
        const QString text = d.error().toString();
        QVERIFY2(text.contains(QStringLiteral("exited")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("/model/model.onnx")),
                 qPrintable(text)); // its own words
        QCOMPARE(projectContainers(), 0);
        auto list = m_deployer->records().list();
        QCOMPARE(list->first().status, DeploymentStatus::Failed);
        QVERIFY(!list->first().error.isEmpty());
        auto client = EngineClient::connect();
        QVERIFY(!client->inspectImage(list->first().imageId));
    }

    void cancelWhileStartingLeavesNothing() {
        // Cancel once the container is being started: the wait for health
        // gives up and the container and image are removed again.
        std::atomic_bool cancel = false;
        auto d = m_deployer->deploy(
            request(QStringLiteral("slow")),
            [&](const DeployProgress &p) {
                if (p.stage == Stage::Start)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!d);
        QVERIFY2(d.error().toString().contains(QStringLiteral("cancelled")),
                 qPrintable(d.error().toString()));
        QCOMPARE(projectContainers(), 0);
        const Deployment last = m_deployer->records().list()->first();
        QCOMPARE(last.status, DeploymentStatus::Failed);
        auto client = EngineClient::connect();
        QVERIFY(!client->inspectImage(last.imageId));
    }

    void reattachFindsRunningContainers() {
        auto d = m_deployer->deploy(request(QStringLiteral("3")));
        MLWB_VERIFY_OK(d);
        // A second connection, as after an app restart, with the row marked stale.
        auto db2 = store::Database::open(m_dir.filePath(QStringLiteral("project.db")));
        MLWB_VERIFY_OK(db2);
        Deployer again(*db2, m_dir.path());
        Deployment rec = *again.records().get(d->id);
        rec.status = DeploymentStatus::Starting;
        MLWB_VERIFY_OK(again.records().update(rec));
        auto report = again.reattach();
        MLWB_VERIFY_OK(report);
        QCOMPARE(report->deployments.size(), 1);
        QCOMPARE(report->deployments.first().id, d->id);
        QCOMPARE(again.records().get(d->id)->status, DeploymentStatus::Healthy);

        // Removed behind our back: the record is settled with the reason.
        auto client = EngineClient::connect();
        MLWB_VERIFY_OK(client->removeContainer(d->containerId, true));
        report = again.reattach();
        MLWB_VERIFY_OK(report);
        QVERIFY(report->deployments.isEmpty());
        auto settled = again.records().get(d->id);
        QCOMPARE(settled->status, DeploymentStatus::Stopped);
        QVERIFY(settled->stopReason.contains(QStringLiteral("removed outside")));
        MLWB_VERIFY_OK(client->removeImage(d->imageId, true));
    }

    // After each test: leave no image or container behind even when it failed
    // midway, so one failure does not show up again in the tests after it.
    void cleanup() {
        if (!m_deployer)
            return;
        auto client = EngineClient::connect();
        if (!client)
            return;
        if (auto list = client->listContainers(
                {QStringLiteral("mlwb.project=%1").arg(m_deployer->projectLabel())}))
            for (const ContainerSummary &c : *list)
                client->removeContainer(c.id, true);
        if (auto all = m_deployer->records().list())
            for (const Deployment &d : *all)
                if (!d.imageId.isEmpty())
                    client->removeImage(d.imageId, true);
    }
};

QTEST_GUILESS_MAIN(TestDeployer)
#include "tst_deployer.moc"
