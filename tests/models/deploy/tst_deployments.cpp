#include "deploy/deployer.h"
#include "deploy/deployments.h"
#include "deploy/localports.h"
#include "deploy/manifests.h"
#include "deploy/registrysource.h"
#include "models/store/testsupport.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace mlwb;
using namespace mlwb::deploy;

namespace {

Deployment sample() {
    Deployment d;
    d.modelName = QStringLiteral("iris classifier");
    d.modelVersion = QStringLiteral("3");
    d.modelHash = QStringLiteral("0123456789abcdef0123456789abcdef");
    d.target = Target::Podman;
    d.engineSocket = QStringLiteral("/run/user/1000/podman/podman.sock");
    d.containerId = QStringLiteral("c0ffee");
    d.imageId = QStringLiteral("sha256:feed");
    d.imageTag = QStringLiteral("mlwb/iris-classifier:3-abcdef12-1");
    d.imageSize = 41'000'000;
    d.port = 8085;
    d.url = QStringLiteral("http://127.0.0.1:8085");
    d.status = DeploymentStatus::Starting;
    d.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    d.who = QStringLiteral("ada");
    return d;
}

std::string str(const YAML::Node &n) {
    return n.as<std::string>();
}

} // namespace

class TestDeployments : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordsRoundTrip() {
        QTemporaryDir dir;
        store::Database db = testsupport::openMigrated(dir.filePath(QStringLiteral("p.db")));
        DeploymentStore records(db);
        Deployment d = sample();
        auto id = records.insert(d);
        MLWB_VERIFY_OK(id);
        QCOMPARE(d.id, *id);

        d.status = DeploymentStatus::Healthy;
        d.healthyAt = d.createdAt.addMSecs(4200);
        d.timeToHealthy = 4.2;
        MLWB_VERIFY_OK(records.update(d));
        auto back = records.get(d.id);
        MLWB_VERIFY_OK(back);
        QCOMPARE(back->modelName, d.modelName);
        QCOMPARE(back->target, Target::Podman);
        QCOMPARE(back->status, DeploymentStatus::Healthy);
        QCOMPARE(back->createdAt, d.createdAt);
        QCOMPARE(back->healthyAt, d.healthyAt);
        QCOMPARE(back->timeToHealthy, 4.2);
        QCOMPARE(back->imageSize, d.imageSize);
        QCOMPARE(back->imageTag, d.imageTag);
        QCOMPARE(back->who, QStringLiteral("ada"));
        QVERIFY(!back->stoppedAt.isValid());

        auto onPort = records.activeOnPort(8085);
        MLWB_VERIFY_OK(onPort);
        QVERIFY(onPort->has_value());
        d.status = DeploymentStatus::Stopped;
        d.stopReason = QStringLiteral("replaced by iris@4");
        MLWB_VERIFY_OK(records.update(d));
        QVERIFY(!records.activeOnPort(8085)->has_value());
        QCOMPARE(records.list(true)->size(), 0);
        QCOMPARE(records.list(false)->size(), 1);
        QCOMPARE(records.get(d.id)->stopReason, QStringLiteral("replaced by iris@4"));
    }

    void unknownIdSaysWhereToLook() {
        QTemporaryDir dir;
        store::Database db = testsupport::openMigrated(dir.filePath(QStringLiteral("p.db")));
        auto d = DeploymentStore(db).get(42);
        QVERIFY(!d);
        QVERIFY(d.error().toString().contains(QStringLiteral("42")));
        QVERIFY(d.error().toString().contains(QStringLiteral("mlwb deploy ls")));
    }

    void schemaRefusesUnknownStatus() {
        QTemporaryDir dir;
        store::Database db = testsupport::openMigrated(dir.filePath(QStringLiteral("p.db")));
        QVERIFY(!db.exec(QStringLiteral(
            "INSERT INTO deployments(model_name, model_version, target, port, status, created_at) "
            "VALUES ('m', '1', 'process', 1, 'sleeping', 0)")));
    }

    void composeParsesBack() {
        Deployment d = sample();
        const YAML::Node doc = YAML::Load(composeYaml(d).toStdString());
        const YAML::Node service = doc["services"]["mlwb-iris-classifier-3"];
        QVERIFY(service.IsMap());
        QCOMPARE(str(service["image"]), std::string("mlwb/iris-classifier:3-abcdef12-1"));
        QCOMPARE(str(service["ports"][0]), std::string("127.0.0.1:8085:8080"));
        QCOMPARE(str(service["labels"]["mlwb.model"]), std::string("iris classifier"));
        QCOMPARE(str(service["labels"]["mlwb.version"]), std::string("3"));
    }

    void kubernetesParsesBack() {
        Deployment d = sample();
        const std::vector<YAML::Node> docs = YAML::LoadAll(kubernetesYaml(d).toStdString());
        QCOMPARE(docs.size(), size_t(2));
        const YAML::Node &dep = docs[0];
        QCOMPARE(str(dep["kind"]), std::string("Deployment"));
        QCOMPARE(str(dep["apiVersion"]), std::string("apps/v1"));
        const YAML::Node container = dep["spec"]["template"]["spec"]["containers"][0];
        QCOMPARE(str(container["image"]), std::string("mlwb/iris-classifier:3-abcdef12-1"));
        QCOMPARE(container["ports"][0]["containerPort"].as<int>(), 8080);
        QCOMPARE(str(container["readinessProbe"]["httpGet"]["path"]),
                 std::string("/v2/health/ready"));
        QCOMPARE(str(dep["spec"]["selector"]["matchLabels"]["app.kubernetes.io/name"]),
                 str(dep["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/name"]));
        QCOMPARE(str(dep["metadata"]["labels"]["mlwb.version"]), std::string("3"));
        const YAML::Node &svc = docs[1];
        QCOMPARE(str(svc["kind"]), std::string("Service"));
        QCOMPARE(svc["spec"]["ports"][0]["port"].as<int>(), 8085);
        QCOMPARE(svc["spec"]["ports"][0]["targetPort"].as<int>(), 8080);
        QCOMPARE(str(svc["spec"]["selector"]["app.kubernetes.io/name"]),
                 std::string("mlwb-iris-classifier-3"));
    }

    void portsInUseAreSeen() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const int taken = server.serverPort();
        QVERIFY(!portIsFree(taken));
        auto next = nextFreePort(taken);
        MLWB_VERIFY_OK(next);
        QVERIFY(*next > taken);
        QVERIFY(portIsFree(*next));
    }

    void healthWaitGivesUpAfterItsTimeout() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const int port = server.serverPort();
        server.close(); // nobody answers there now
        int probes = 0;
        const Status waited = waitHealthy(port, std::chrono::milliseconds(200), [&]() -> Status {
            ++probes;
            return {};
        });
        QVERIFY(!waited);
        QVERIFY2(waited.error().toString().contains(QStringLiteral("/v2/health/ready")),
                 qPrintable(waited.error().toString()));
        QVERIFY(waited.error().toString().contains(QString::number(port)));
        QVERIFY(probes > 1); // it kept asking until the time was up
    }

    void lineageShowsWhereAVersionRuns() {
        QTemporaryDir dir;
        store::Database db = testsupport::openMigrated(dir.filePath(QStringLiteral("p.db")));
        DeploymentStore records(db);
        Deployment running = sample();
        running.status = DeploymentStatus::Healthy;
        MLWB_VERIFY_OK(records.insert(running));
        Deployment failed = sample();
        failed.status = DeploymentStatus::Failed;
        MLWB_VERIFY_OK(records.insert(failed));
        Deployment other = sample();
        other.modelVersion = QStringLiteral("2");
        MLWB_VERIFY_OK(records.insert(other));

        registry::ModelVersion v;
        v.id = 7;
        v.model = QStringLiteral("iris classifier");
        v.version = 3;
        auto lineage = registry::lineageOf(db, v, lineageDeployments(db, v));
        MLWB_VERIFY_OK(lineage);
        QCOMPARE(lineage->deployments.size(), 1); // not the failed one, not version 2
        QCOMPARE(lineage->deployments.first().id, running.id);
        const registry::LineageNode &node = lineage->nodes.last();
        QCOMPARE(node.kind, registry::LineageNode::Kind::Deployment);
        QCOMPARE(node.label, QStringLiteral("podman :8085"));
        QCOMPARE(node.detail, QStringLiteral("healthy"));
        QCOMPARE(lineage->edges.last().label, QStringLiteral("deployed"));
    }

    void reattachSettlesEndedProcesses() {
        QTemporaryDir dir;
        store::Database db = testsupport::openMigrated(dir.filePath(QStringLiteral("p.db")));
        Deployer deployer(db, dir.path());
        Deployment d = sample();
        d.target = Target::Process;
        d.engineSocket.clear();
        d.containerId.clear();
        d.pid = 0x7ffffff0; // no such process
        d.status = DeploymentStatus::Healthy;
        MLWB_VERIFY_OK(deployer.records().insert(d));
        auto report = deployer.reattach();
        MLWB_VERIFY_OK(report);
        QVERIFY(report->deployments.isEmpty());
        QCOMPARE(report->notes.size(), 1);
        auto back = deployer.records().get(d.id);
        QCOMPARE(back->status, DeploymentStatus::Stopped);
        QVERIFY(back->stopReason.contains(QStringLiteral("process ended")));
        QVERIFY(back->stoppedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestDeployments)
#include "tst_deployments.moc"
