// The real mlwb-serve binary on a small MLP: each protocol answers with the
// model's outputs, bad requests get 400 naming the field, /metrics moves, and
// SIGTERM ends the server with exit code 0.
#include "mlpmodel.h"
#include "servetest.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace mlwb::serve;
using namespace mlwb::serve::testing;

namespace {

std::vector<double> numbersOf(const Json *v) {
    std::vector<double> out;
    if (!v)
        return out;
    if (v->kind() == Json::Kind::Numbers)
        return v->numbers();
    for (const Json &item : v->array()) {
        const auto inner = numbersOf(&item);
        out.insert(out.end(), inner.begin(), inner.end());
    }
    return out;
}

// The value of one sample of a Prometheus text exposition, or -1.
double metricValue(const std::string &text, const QString &sample) {
    for (const QString &line : QString::fromStdString(text).split(u'\n'))
        if (line.startsWith(sample + u' '))
            return line.section(u' ', -1).toDouble();
    return -1;
}

} // namespace

class TestServeProtocols : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_modelPath = m_dir.filePath(QStringLiteral("mlp.onnx"));
        QFile f(m_modelPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const std::string bytes = m_mlp.onnx();
        f.write(bytes.data(), qint64(bytes.size()));
        f.close();
        QVERIFY2(m_server.start({QStringLiteral("--model"), m_modelPath, QStringLiteral("--name"),
                                 QStringLiteral("mlp"), QStringLiteral("--version"),
                                 QStringLiteral("3")}),
                 m_server.process().readAllStandardError().constData());
    }

    void health() {
        for (const char *path : {"/v1/health", "/v2/health/live", "/v2/health/ready",
                                 "/v2/models/mlp/ready", "/v2", "/ping"}) {
            auto res = m_server.get(path);
            QVERIFY(res);
            QCOMPARE(res->status, 200);
        }
        QCOMPARE(m_server.get("/v2/models/other/ready")->status, 404);
    }

    void v2Metadata() {
        auto res = m_server.get("/v2/models/mlp");
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        auto json = parseJson(res->body);
        QVERIFY(json);
        QCOMPARE(qs(json->find("name")->string()), QStringLiteral("mlp"));
        QCOMPARE(qs(json->find("platform")->string()), QStringLiteral("onnx"));
        QCOMPARE(qs(json->find("versions")->array().at(0).string()), QStringLiteral("3"));
        const Json &input = json->find("inputs")->array().at(0);
        QCOMPARE(qs(input.find("name")->string()), QStringLiteral("x"));
        QCOMPARE(qs(input.find("datatype")->string()), QStringLiteral("FP32"));
        QCOMPARE(input.find("shape")->numbers(), (std::vector<double>{-1, 4}));
        const Json &output = json->find("outputs")->array().at(0);
        QCOMPARE(output.find("shape")->numbers(), (std::vector<double>{-1, 3}));
        QCOMPARE(m_server.get("/v2/models/mlp/versions/3")->status, 200);
        auto wrong = m_server.get("/v2/models/mlp/versions/9");
        QCOMPARE(wrong->status, 404);
        QVERIFY2(wrong->body.find("version \\\"9\\\"") != std::string::npos, wrong->body.c_str());
    }

    void predict_data() {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("outputField"); // where the numbers are in the answer
        const QByteArray rows = "[[0.5,-1,2,0.25],[1,1,1,1]]";
        QTest::newRow("v1 named shape+data")
            << QByteArray("/v1/predict")
            << QByteArray("{\"inputs\":{\"x\":{\"shape\":[2,4],\"data\":[0.5,-1,2,0.25,1,1,1,1]}}}")
            << QByteArray("v1");
        QTest::newRow("v1 named nested")
            << QByteArray("/v1/predict") << QByteArray("{\"inputs\":{\"x\":") + rows + "}}"
            << QByteArray("v1");
        QTest::newRow("v1 plain array") << QByteArray("/v1/predict") << rows << QByteArray("v1");
        QTest::newRow("v2 infer")
            << QByteArray("/v2/models/mlp/infer")
            << QByteArray("{\"inputs\":[{\"name\":\"x\",\"shape\":[2,4],\"datatype\":\"FP32\","
                          "\"data\":[0.5,-1,2,0.25,1,1,1,1]}]}")
            << QByteArray("v2");
        QTest::newRow("v2 infer with version")
            << QByteArray("/v2/models/mlp/versions/3/infer")
            << QByteArray(
                   "{\"inputs\":[{\"name\":\"x\",\"shape\":[2,4],\"datatype\":\"FP32\",\"data\":") +
                   rows + "}]}"
            << QByteArray("v2");
        QTest::newRow("mlflow inputs")
            << QByteArray("/invocations") << QByteArray("{\"inputs\":") + rows + "}"
            << QByteArray("mlflow");
        QTest::newRow("mlflow inputs dict")
            << QByteArray("/invocations") << QByteArray("{\"inputs\":{\"x\":") + rows + "}}"
            << QByteArray("mlflow");
        QTest::newRow("mlflow instances")
            << QByteArray("/invocations") << QByteArray("{\"instances\":") + rows + "}"
            << QByteArray("mlflow");
        QTest::newRow("mlflow dataframe_split")
            << QByteArray("/invocations")
            << QByteArray("{\"dataframe_split\":{\"columns\":[\"a\",\"b\",\"c\",\"d\"],\"data\":") +
                   rows + "}}"
            << QByteArray("mlflow");
    }

    void predict() {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, outputField);
        auto res = m_server.post(path.toStdString(), body.toStdString());
        QVERIFY(res);
        QVERIFY2(res->status == 200, res->body.c_str());
        auto json = parseJson(res->body);
        QVERIFY2(json, res->body.c_str());
        const Json *values = nullptr;
        if (outputField == "v1")
            values = json->find("outputs")->find("y")->find("data");
        else if (outputField == "v2")
            values = json->find("outputs")->array().at(0).find("data");
        else
            values = json->find("predictions");
        const std::vector<double> got = numbersOf(values);
        const std::vector<float> want = m_mlp.reference({0.5f, -1, 2, 0.25f, 1, 1, 1, 1}, 2);
        QCOMPARE(got.size(), want.size());
        for (std::size_t i = 0; i < got.size(); ++i)
            QVERIFY2(
                std::abs(got[i] - want[i]) <= 1e-5 * std::max(1.0f, std::abs(want[i])),
                qPrintable(QStringLiteral("value %1: %2 vs %3").arg(i).arg(got[i]).arg(want[i])));
        if (outputField == "v2") {
            const Json &out = json->find("outputs")->array().at(0);
            QCOMPARE(out.find("shape")->numbers(), (std::vector<double>{2, 3}));
            QCOMPARE(qs(json->find("model_name")->string()), QStringLiteral("mlp"));
        }
    }

    void badRequest_data() {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("message");
        const QByteArray v2 = "/v2/models/mlp/infer";
        QTest::newRow("v2 shape") << v2
                                  << QByteArray("{\"inputs\":[{\"name\":\"x\",\"shape\":[1,3],"
                                                "\"datatype\":\"FP32\",\"data\":[1,2,3]}]}")
                                  << 400 << QByteArray("inputs[0].shape[1]: expected 4, got 3");
        QTest::newRow("v2 rank") << v2
                                 << QByteArray("{\"inputs\":[{\"name\":\"x\",\"shape\":[4],"
                                               "\"datatype\":\"FP32\",\"data\":[1,2,3,4]}]}")
                                 << 400
                                 << QByteArray("inputs[0].shape: expected 2 dimensions, got 1");
        QTest::newRow("v2 datatype")
            << v2
            << QByteArray("{\"inputs\":[{\"name\":\"x\",\"shape\":[1,4],"
                          "\"datatype\":\"INT64\",\"data\":[1,2,3,4]}]}")
            << 400 << QByteArray("inputs[0].datatype: expected FP32, got INT64");
        QTest::newRow("v2 data length")
            << v2
            << QByteArray("{\"inputs\":[{\"name\":\"x\",\"shape\":[2,4],\"datatype\":\"FP32\","
                          "\"data\":[1,2,3,4,5,6,7]}]}")
            << 400 << QByteArray("inputs[0].data: expected 8 values for shape, got 7");
        QTest::newRow("v2 name") << v2
                                 << QByteArray("{\"inputs\":[{\"name\":\"z\",\"shape\":[1,4],"
                                               "\"datatype\":\"FP32\",\"data\":[1,2,3,4]}]}")
                                 << 400
                                 << QByteArray("inputs[0].name: the model has no input \"z\"");
        QTest::newRow("v2 empty batch")
            << v2
            << QByteArray("{\"inputs\":[{\"name\":\"x\",\"shape\":[0,4],"
                          "\"datatype\":\"FP32\",\"data\":[]}]}")
            << 400 << QByteArray("inputs[0].shape[0]: expected at least 1, got 0");
        QTest::newRow("v2 huge shape")
            << v2
            << QByteArray("{\"inputs\":[{\"name\":\"x\",\"shape\":[1000000000000,"
                          "1000000000000],\"datatype\":\"FP32\",\"data\":[1]}]}")
            << 400 << QByteArray("inputs[0].shape: the product of the dimensions is too large");
        QTest::newRow("v2 missing input") << v2 << QByteArray("{\"inputs\":[]}") << 400
                                          << QByteArray("inputs: missing input \"x\"");
        QTest::newRow("v2 string data")
            << v2
            << QByteArray("{\"inputs\":[{\"name\":\"x\",\"shape\":[1,4],"
                          "\"datatype\":\"FP32\",\"data\":[1,\"2\",3,4]}]}")
            << 400 << QByteArray("inputs[0].data[1]: expected a number");
        QTest::newRow("v2 unknown model")
            << QByteArray("/v2/models/other/infer") << QByteArray("{}") << 404
            << QByteArray("model \"other\" is not served here");
        QTest::newRow("v1 ragged")
            << QByteArray("/v1/predict") << QByteArray("[[1,2,3,4],[1,2,3]]") << 400
            << QByteArray("body[1]: expected 4 values at this depth, got 3");
        QTest::newRow("v1 unknown name")
            << QByteArray("/v1/predict") << QByteArray("{\"inputs\":{\"z\":[[1,2,3,4]]}}") << 400
            << QByteArray("inputs.z: the model has no input");
        QTest::newRow("v1 truncated")
            << QByteArray("/v1/predict") << QByteArray("{\"inputs\":{\"x\":[[1,2") << 400
            << QByteArray("body is not valid JSON: byte 20: unterminated array");
        QTest::newRow("mlflow no key")
            << QByteArray("/invocations") << QByteArray("{\"rows\":[]}") << 400
            << QByteArray("expected \"inputs\", \"instances\" or");
        QTest::newRow("mlflow dataframe width")
            << QByteArray("/invocations")
            << QByteArray("{\"dataframe_split\":{\"columns\":[\"a\",\"b\",\"c\",\"d\"],"
                          "\"data\":[[1,2,3,4],[1,2,3]]}}")
            << 400
            << QByteArray("dataframe_split.data[1]: expected 4 values (one per column), got 3");
        QTest::newRow("no route") << QByteArray("/v3/predict") << QByteArray("{}") << 404
                                  << QByteArray("no route for POST");
    }

    void badRequest() {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, message);
        auto res = m_server.post(path.toStdString(), body.toStdString());
        QVERIFY(res);
        QCOMPARE(res->status, status);
        auto json = parseJson(res->body);
        QVERIFY2(json && json->find("error"), res->body.c_str());
        QVERIFY2(QByteArray::fromStdString(json->find("error")->string()).contains(message),
                 res->body.c_str());
    }

    void mlflowContentType() {
        auto res = m_server.client().Post("/invocations", "a,b\n1,2\n", "text/csv");
        QVERIFY(res);
        QCOMPARE(res->status, 415);
        QVERIFY(res->body.find("application/json") != std::string::npos);
    }

    void metricsMove() {
        const std::string before = m_server.get("/metrics")->body;
        const QString ok = QStringLiteral("mlwb_requests_total{protocol=\"v1\",code=\"200\"}");
        const QString bad = QStringLiteral("mlwb_requests_total{protocol=\"v1\",code=\"400\"}");
        const QString count =
            QStringLiteral("mlwb_request_duration_seconds_count{protocol=\"v1\"}");
        QCOMPARE(m_server.post("/v1/predict", "[[1,2,3,4]]")->status, 200);
        QCOMPARE(m_server.post("/v1/predict", "[[1,2,3,4]]")->status, 200);
        QCOMPARE(m_server.post("/v1/predict", "[[1,2,3]]")->status, 400);
        auto res = m_server.get("/metrics");
        QVERIFY(res);
        QVERIFY(res->get_header_value("Content-Type").starts_with("text/plain"));
        const std::string after = res->body;
        QCOMPARE(metricValue(after, ok), std::max(0.0, metricValue(before, ok)) + 2);
        QCOMPARE(metricValue(after, bad), std::max(0.0, metricValue(before, bad)) + 1);
        QCOMPARE(metricValue(after, count), std::max(0.0, metricValue(before, count)) + 3);
        QVERIFY(metricValue(after, QStringLiteral("mlwb_model_load_seconds")) > 0);
        QVERIFY(metricValue(after, QStringLiteral("mlwb_uptime_seconds")) > 0);
        QCOMPARE(metricValue(after, QStringLiteral("mlwb_requests_in_flight")), 0.0);
        QVERIFY(after.find("mlwb_request_duration_seconds_bucket{protocol=\"v1\",le=\"+Inf\"}") !=
                std::string::npos);
    }

    void samplesAreBounded() {
        ServeProcess server;
        QVERIFY(server.start({QStringLiteral("--model"), m_modelPath, QStringLiteral("--samples"),
                              QStringLiteral("3")}));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(server.post("/v1/predict", "[[" + std::to_string(i) + ",0,0,0]]")->status,
                     200);
        auto res = server.get("/v1/samples");
        QVERIFY(res);
        auto json = parseJson(res->body);
        QVERIFY2(json, res->body.c_str());
        QCOMPARE(json->find("total")->number(), 5.0);
        const auto &samples = json->find("samples")->array();
        QCOMPARE(samples.size(), std::size_t(3));
        // The newest three, oldest first, with the inputs as sent.
        for (int i = 0; i < 3; ++i) {
            const Json *x = samples[std::size_t(i)].find("inputs")->find("x");
            QCOMPARE(x->find("shape")->numbers(), (std::vector<double>{1, 4}));
            QCOMPARE(x->find("data")->numbers().at(0), double(i + 2));
        }
        auto limited = parseJson(server.get("/v1/samples?limit=1")->body);
        QCOMPARE(limited->find("samples")->array().size(), std::size_t(1));
    }

    void bodyLimit() {
        ServeProcess server;
        QVERIFY(server.start({QStringLiteral("--model"), m_modelPath, QStringLiteral("--max-body"),
                              QStringLiteral("1000")}));
        std::string big = "[[1,2,3,4]";
        while (big.size() < 2000)
            big += ",[1,2,3,4]";
        big += "]";
        auto res = server.post("/v1/predict", big);
        QVERIFY(res);
        QCOMPARE(res->status, 413);
        QVERIFY2(res->body.find("--max-body") != std::string::npos, res->body.c_str());
        QCOMPARE(server.post("/v1/predict", "[[1,2,3,4]]")->status, 200);
    }

    void sigtermExitsCleanly() {
        ServeProcess server;
        QVERIFY(server.start({QStringLiteral("--model"), m_modelPath}));
        QCOMPARE(server.post("/v1/predict", "[[1,2,3,4]]")->status, 200);
        server.process().terminate(); // SIGTERM
        QVERIFY(server.process().waitForFinished(30000));
        QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process().exitCode(), 0);
        QVERIFY(!server.get("/v1/health"));
    }

    void loadErrorNamesOperator() {
        QProcess p;
        p.start(serveBinary(),
                {QStringLiteral("--model"), onnxCase(QStringLiteral("simple/test_sequence_model1")),
                 QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("test_sequence_model1/model.onnx")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("does not support operator SequenceEmpty")),
                 qPrintable(err));
    }

    void commandLineErrors_data() {
        QTest::addColumn<QByteArrayList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no model") << QByteArrayList{} << 2
                                  << QByteArray("--model FILE is required");
        QTest::newRow("bad port") << QByteArrayList{"--model", "m.onnx", "--port", "http"} << 2
                                  << QByteArray("--port: expected a number");
        QTest::newRow("missing file") << QByteArrayList{"--model", "/nonexistent/m.onnx"} << 1
                                      << QByteArray("/nonexistent/m.onnx: cannot open file");
    }

    void commandLineErrors() {
        QFETCH(QByteArrayList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        QStringList arguments;
        for (const QByteArray &a : args)
            arguments << QString::fromUtf8(a);
        QProcess p;
        p.start(serveBinary(), arguments);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), exitCode);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(message), err.constData());
    }

private:
    QTemporaryDir m_dir;
    QString m_modelPath;
    Mlp m_mlp;
    ServeProcess m_server;
};

QTEST_GUILESS_MAIN(TestServeProtocols)
#include "tst_serveprotocols.moc"
