// Thousands of random, truncated and mutated bodies (seeded, so a failure can be
// replayed) against each prediction endpoint of the real mlwb-serve binary: every
// answer is 200, 400 or 413 with a JSON body, and the server stays up.
#include "mlpmodel.h"
#include "servetest.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace mlwb::serve;
using namespace mlwb::serve::testing;

class TestServeFuzz : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString modelPath = m_dir.filePath(QStringLiteral("mlp.onnx"));
        QFile f(modelPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const std::string bytes = Mlp().onnx();
        f.write(bytes.data(), qint64(bytes.size()));
        f.close();
        QVERIFY(m_server.start({QStringLiteral("--model"), modelPath, QStringLiteral("--name"),
                                QStringLiteral("mlp"), QStringLiteral("--max-body"),
                                QStringLiteral("65536")}));
        m_server.client().set_keep_alive(true);
    }

    void malformedBodies_data() {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("valid");
        QTest::newRow("v1") << QByteArray("/v1/predict")
                            << QByteArray("{\"inputs\":{\"x\":{\"shape\":[2,4],"
                                          "\"data\":[0.5,-1,2,0.25,1,1,1,1]}}}");
        QTest::newRow("v2") << QByteArray("/v2/models/mlp/infer")
                            << QByteArray("{\"inputs\":[{\"name\":\"x\",\"shape\":[1,4],"
                                          "\"datatype\":\"FP32\",\"data\":[[1,2,3,4]]}]}");
        QTest::newRow("mlflow") << QByteArray("/invocations")
                                << QByteArray("{\"dataframe_split\":{\"columns\":[\"a\",\"b\","
                                              "\"c\",\"d\"],\"data\":[[1,2,3,4],[5,6,7,8]]}}");
    }

    void malformedBodies() {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, valid);
        const std::string base = valid.toStdString();
        QCOMPARE(m_server.post(path.toStdString(), base)->status, 200);

        std::mt19937 rng(20261129u + std::uint32_t(qHash(path)));
        auto pick = [&rng](std::size_t n) {
            return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
        };
        static constexpr std::string_view kJsonish = "{}[]\",:0123456789.eE-+ntrufalsNI\\u \n";
        std::map<int, int> statuses;
        for (int i = 0; i < 1200; ++i) {
            std::string body;
            switch (i % 6) {
            case 0: // random bytes
                body.resize(pick(600));
                for (char &c : body)
                    c = char(pick(256));
                break;
            case 1: // truncated
                body = base.substr(0, pick(base.size()));
                break;
            case 2:
            case 3: { // a few characters changed to JSON punctuation
                body = base;
                for (std::size_t k = 0, n = 1 + pick(4); k < n; ++k)
                    body[pick(body.size())] = kJsonish[pick(kJsonish.size())];
                break;
            }
            case 4: // deep nesting
                body = std::string(1 + pick(20000), '[');
                break;
            case 5: // over the size limit every so often, else huge numbers and shapes
                body = i % 60 == 5 ? std::string(70000, ' ') + base
                                   : "{\"inputs\":[{\"name\":\"x\",\"shape\":[1e300,4],"
                                     "\"datatype\":\"FP32\",\"data\":[1e999]}]}";
                break;
            }
            auto res = m_server.post(path.toStdString(), body);
            QVERIFY2(res, qPrintable(QStringLiteral("request %1: no answer").arg(i)));
            ++statuses[res->status];
            QVERIFY2(res->status == 200 || res->status == 400 || res->status == 413,
                     qPrintable(QStringLiteral("request %1: HTTP %2: %3")
                                    .arg(i)
                                    .arg(res->status)
                                    .arg(qs(res->body))));
            if (res->status != 200) {
                auto json = parseJson(res->body);
                QVERIFY2(json && json->find("error"), res->body.c_str());
            }
        }
        QVERIFY(statuses[400] > 1000);
        QVERIFY(statuses[413] > 0);
        QCOMPARE(m_server.process().state(), QProcess::Running);
        QCOMPARE(m_server.get("/v1/health")->status, 200);
        QCOMPARE(m_server.post(path.toStdString(), base)->status, 200);
    }

private:
    QTemporaryDir m_dir;
    ServeProcess m_server;
};

QTEST_GUILESS_MAIN(TestServeFuzz)
#include "tst_servefuzz.moc"
