// Every ONNX backend test case of the fixtures goes through the server's inference
// path (an in-process Server answering Open Inference Protocol v2 requests): the
// outputs match output_N.pb within 1e-5 relative, or the load error names the
// operator OpenCV DNN could not take.
#include "servetest.h"

#include "model.h"
#include "onnxfile.h"
#include "protocol.h"
#include "server.h"

#include <opencv2/core/utils/logger.hpp>

#include <QDirIterator>
#include <QTest>

#include <cmath>
#include <thread>

using namespace mlwb::serve;
using namespace mlwb::serve::testing;

namespace {

std::vector<Tensor> readTensors(const QString &dir, const QString &prefix) {
    std::vector<Tensor> tensors;
    for (int i = 0;; ++i) {
        const QString file = dir + QStringLiteral("/test_data_set_0/%1_%2.pb").arg(prefix).arg(i);
        if (!QFile::exists(file))
            break;
        auto bytes = readFile(file.toStdString());
        auto t = bytes ? readTensorProto(*bytes) : std::unexpected(bytes.error());
        if (!t)
            qFatal("%s: %s", qPrintable(file), t.error().c_str());
        tensors.push_back(std::move(*t));
    }
    return tensors;
}

std::string v2Body(const std::vector<Tensor> &inputs, const Signature &sig) {
    std::string body = "{\"inputs\":[";
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        Tensor t = inputs[i];
        t.name = sig.inputs[i].name;
        body += i ? "," : "";
        body += "{\"name\":";
        appendJsonString(body, t.name);
        body += ",\"datatype\":";
        appendJsonString(body, v2DataType(sig.inputs[i].type));
        std::string tensor;
        appendTensorJson(tensor, t); // {"shape":..,"datatype":..,"data":..}
        body += ',' + tensor.substr(1, tensor.find(",\"datatype\"") - 1);
        body += ",\"data\":" + tensor.substr(tensor.find("\"data\":") + 7);
    }
    body += "]}";
    return body;
}

} // namespace

class TestServeCorrectness : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT); }

    void backendCase_data() {
        QTest::addColumn<QString>("dir");
        QDirIterator it(onnxFixtures(), {QStringLiteral("model.onnx")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList dirs;
        while (it.hasNext())
            dirs << QFileInfo(it.next()).absolutePath();
        dirs.sort();
        QVERIFY2(dirs.size() >= 40, "the ONNX backend fixtures are missing");
        for (const QString &dir : dirs)
            QTest::newRow(qPrintable(QFileInfo(dir).fileName())) << dir;
    }

    void backendCase() {
        QFETCH(QString, dir);
        const std::string path = (dir + QStringLiteral("/model.onnx")).toStdString();
        auto model = Model::load(path);
        if (!model) {
            // A load error must say which file and which operator.
            auto bytes = readFile(path);
            QVERIFY(bytes);
            auto sig = readSignature(*bytes);
            QVERIFY2(sig, sig ? "" : sig.error().c_str());
            QVERIFY2(model.error().starts_with(path), model.error().c_str());
            bool namesOperator = false;
            for (const std::string &op : sig->operators)
                namesOperator |=
                    model.error().find("operator " + op + " (node") != std::string::npos;
            QVERIFY2(namesOperator, model.error().c_str());
            return;
        }
        ++m_loaded;

        const std::vector<Tensor> inputs = readTensors(dir, QStringLiteral("input"));
        const std::vector<Tensor> expected = readTensors(dir, QStringLiteral("output"));
        QCOMPARE(inputs.size(), (*model)->signature().inputs.size());

        ServerOptions options;
        options.port = 0;
        options.threads = 2;
        Server server(**model, options);
        const int port = server.bind();
        QVERIFY(port > 0);
        std::thread serving([&server] { server.listen(); });
        httplib::Client client("127.0.0.1", port);
        auto res = client.Post("/v2/models/model/infer", v2Body(inputs, (*model)->signature()),
                               "application/json");
        server.stop();
        serving.join();

        QVERIFY(res);
        QVERIFY2(res->status == 200, res->body.c_str());
        auto json = parseJson(res->body);
        QVERIFY2(json, json ? "" : json.error().c_str());
        const Json *outputs = json->find("outputs");
        QVERIFY(outputs && outputs->kind() == Json::Kind::Array);
        QCOMPARE(outputs->array().size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const Json &out = outputs->array()[i];
            const Json *data = out.find("data");
            QVERIFY(data && data->isArray());
            std::vector<double> got;
            if (data->kind() == Json::Kind::Numbers)
                got = data->numbers();
            else
                for (const Json &v : data->array())
                    got.push_back(v.isBool() ? double(v.boolean()) : v.number());
            QCOMPARE(got.size(), expected[i].data.size());
            for (std::size_t k = 0; k < got.size(); ++k) {
                const double want = expected[i].data[k];
                const double tolerance = 1e-5 * std::max(1.0, std::abs(want));
                if (std::isnan(want) && std::isnan(got[k]))
                    continue;
                if (std::isinf(want) && got[k] == want)
                    continue;
                if (!(std::abs(got[k] - want) <= tolerance))
                    QFAIL(qPrintable(QStringLiteral("output %1 value %2: got %3, expected %4")
                                         .arg(i)
                                         .arg(k)
                                         .arg(got[k], 0, 'g', 9)
                                         .arg(want, 0, 'g', 9)));
            }
            std::vector<std::int64_t> shape;
            for (const double d : out.find("shape")->numbers())
                shape.push_back(std::int64_t(d));
            QCOMPARE(shape, expected[i].shape);
        }
    }

    void someCasesRun() {
        // OpenCV DNN 4.6 runs at least the elementwise and matrix cases.
        QVERIFY2(m_loaded >= 15, qPrintable(QString::number(m_loaded)));
    }

private:
    int m_loaded = 0;
};

QTEST_GUILESS_MAIN(TestServeCorrectness)
#include "tst_servecorrectness.moc"
