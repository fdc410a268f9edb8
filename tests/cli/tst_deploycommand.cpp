#include "cli/clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <httplib.h>
#include <yaml-cpp/yaml.h>

namespace {

QString sigmoidModel() {
    return QStringLiteral(MLWB_FIXTURES
                          "/onnx/onnx/onnx/backend/test/data/node/test_sigmoid/model.onnx");
}

int healthStatus(int port) {
    httplib::Client cli("127.0.0.1", port);
    cli.set_read_timeout(10, 0);
    auto res = cli.Get("/v2/health/ready");
    return res ? res->status : 0;
}

QJsonObject jsonObject(const CliResult &r) {
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

// `mlwb deploy` as a user runs it, against the Podman service ctest starts.
class TestDeployCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList project(const QStringList &args) {
        return QStringList{QStringLiteral("--project"), m_dir.path()} + args;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(qEnvironmentVariable("DOCKER_HOST").startsWith(QStringLiteral("unix://")),
                 "run through ctest: the engine_start fixture sets DOCKER_HOST");
        const CliResult init = mlwbCli({QStringLiteral("init"), m_dir.path()});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    }

    void deploysListsLogsExportsAndRemoves() {
        const CliResult deploy = mlwbCli(
            project({QStringLiteral("deploy"), QStringLiteral("--model-file"), sigmoidModel(),
                     QStringLiteral("--name"), QStringLiteral("sig"), QStringLiteral("--version"),
                     QStringLiteral("1"), QStringLiteral("--json")}));
        QVERIFY2(deploy.exitCode == 0, qPrintable(deploy.err));
        const QJsonObject d = jsonObject(deploy);
        const qint64 id = d.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        const int port = d.value(QStringLiteral("port")).toInt();
        QCOMPARE(d.value(QStringLiteral("url")).toString(),
                 QStringLiteral("http://127.0.0.1:%1").arg(port));
        QCOMPARE(d.value(QStringLiteral("target")).toString(), QStringLiteral("podman"));
        QVERIFY(d.value(QStringLiteral("image_size")).toInteger() > 1'000'000);
        QCOMPARE(healthStatus(port), 200);
        QVERIFY2(deploy.err.contains(QStringLiteral("[build]")), qPrintable(deploy.err));

        const CliResult ls = mlwbCli(
            project({QStringLiteral("deploy"), QStringLiteral("ls"), QStringLiteral("--json")}));
        QVERIFY2(ls.exitCode == 0, qPrintable(ls.err));
        const QJsonArray rows = QJsonDocument::fromJson(ls.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("healthy"));

        const CliResult logs = mlwbCli(
            project({QStringLiteral("deploy"), QStringLiteral("logs"), QString::number(id)}));
        QVERIFY2(logs.exitCode == 0, qPrintable(logs.err));
        QVERIFY2(logs.out.contains(QStringLiteral("listening")), qPrintable(logs.out));

        const CliResult compose =
            mlwbCli(project({QStringLiteral("deploy"), QStringLiteral("export"),
                             QString::number(id), QStringLiteral("--compose")}));
        QVERIFY2(compose.exitCode == 0, qPrintable(compose.err));
        const YAML::Node doc = YAML::Load(compose.out.toStdString());
        const YAML::Node service = doc["services"]["mlwb-sig-1"];
        QCOMPARE(QString::fromStdString(service["image"].as<std::string>()),
                 d.value(QStringLiteral("image")).toString());
        QCOMPARE(QString::fromStdString(service["ports"][0].as<std::string>()),
                 QStringLiteral("127.0.0.1:%1:8080").arg(port));

        const CliResult rm = mlwbCli(project({QStringLiteral("deploy"), QStringLiteral("rm"),
                                              QString::number(id), QStringLiteral("--json")}));
        QVERIFY2(rm.exitCode == 0, qPrintable(rm.err));
        QCOMPARE(jsonObject(rm).value(QStringLiteral("status")).toString(),
                 QStringLiteral("stopped"));
        QCOMPARE(healthStatus(port), 0);
        const CliResult empty = mlwbCli(project({QStringLiteral("deploy"), QStringLiteral("ls")}));
        QVERIFY(empty.out.contains(QStringLiteral("no deployments")));
    }

    void deploysARegisteredVersionAsAProcess() {
        const CliResult reg = mlwbCli(
            project({QStringLiteral("model"), QStringLiteral("register"), QStringLiteral("--alias"),
                     QStringLiteral("champion"), QStringLiteral("sig"), sigmoidModel()}));
        QVERIFY2(reg.exitCode == 0, qPrintable(reg.err));
        const CliResult deploy = mlwbCli(project(
            {QStringLiteral("deploy"), QStringLiteral("sig@champion"), QStringLiteral("--target"),
             QStringLiteral("process"), QStringLiteral("--json")}));
        QVERIFY2(deploy.exitCode == 0, qPrintable(deploy.err));
        const QJsonObject d = jsonObject(deploy);
        QCOMPARE(d.value(QStringLiteral("target")).toString(), QStringLiteral("process"));
        QCOMPARE(d.value(QStringLiteral("version")).toString(), QStringLiteral("1"));
        const int port = d.value(QStringLiteral("port")).toInt();
        QCOMPARE(healthStatus(port), 200);
        const CliResult stop =
            mlwbCli(project({QStringLiteral("deploy"), QStringLiteral("stop"),
                             QString::number(d.value(QStringLiteral("id")).toInteger())}));
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.err));
        QCOMPARE(healthStatus(port), 0);
    }

    void failuresSayWhatToDo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing model file")
            << QStringList{QStringLiteral("deploy"), QStringLiteral("--model-file"),
                           QStringLiteral("/nonexistent/m.onnx")}
            << QStringLiteral("missing");
        QTest::newRow("unknown model")
            << QStringList{QStringLiteral("deploy"), QStringLiteral("nope@1")}
            << QStringLiteral("nope");
        QTest::newRow("bad target")
            << QStringList{QStringLiteral("deploy"), QStringLiteral("--model-file"), sigmoidModel(),
                           QStringLiteral("--target"), QStringLiteral("kubernetes")}
            << QStringLiteral("docker, podman or process");
        QTest::newRow("unknown id")
            << QStringList{QStringLiteral("deploy"), QStringLiteral("stop"), QStringLiteral("999")}
            << QStringLiteral("mlwb deploy ls");
    }
    void failuresSayWhatToDo() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliResult r = mlwbCli(project(args));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestDeployCommand)
#include "tst_deploycommand.moc"
