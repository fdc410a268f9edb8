#include "registry/onnxmodel.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace mlwb::registry;

// The ONNX reader against what python3-onnx reads from the same files
// (onnx_expected.json, written by make_onnx_expected.py).
class TstOnnxModel : public QObject {
    Q_OBJECT

    static QString fixtures() { return QStringLiteral(MLWB_FIXTURES "/onnx"); }
    static QJsonObject expected() {
        QFile f(QStringLiteral(MLWB_SOURCE_DIR "/tests/models/registry/onnx_expected.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("onnx_expected.json is missing");
        return QJsonDocument::fromJson(f.readAll()).object();
    }

private Q_SLOTS:
    void signatureMatchesOnnxPython_data() {
        QTest::addColumn<QString>("relative");
        const QJsonObject all = expected();
        QVERIFY(all.size() >= 40);
        for (auto it = all.begin(); it != all.end(); ++it)
            QTest::newRow(qPrintable(it.key().section(QLatin1Char('/'), -2, -2))) << it.key();
    }
    void signatureMatchesOnnxPython() {
        QFETCH(QString, relative);
        const QJsonObject want = expected().value(relative).toObject();
        auto model = readOnnxModel(fixtures() + QLatin1Char('/') + relative);
        QVERIFY2(model, model ? "" : qPrintable(model.error().toString()));
        const QJsonObject got = toSignatureJson(*model);
        for (const char *key : {"ir_version", "opset", "producer", "parameters", "initializers",
                                "nodes", "file_size", "inputs", "outputs"}) {
            const QString k = QString::fromLatin1(key);
            QVERIFY2(
                got.value(k) == want.value(k),
                qPrintable(QStringLiteral("%1: got %2, python3-onnx says %3")
                               .arg(k,
                                    QString::fromUtf8(QJsonDocument(QJsonObject{{k, got.value(k)}})
                                                          .toJson(QJsonDocument::Compact)),
                                    QString::fromUtf8(QJsonDocument(QJsonObject{{k, want.value(k)}})
                                                          .toJson(QJsonDocument::Compact)))));
        }
    }

    void dynamicDimensionsAreShownByNameOrQuestionMark() {
        auto named = readOnnxModel(
            fixtures() +
            QStringLiteral("/onnx/onnx/backend/test/data/simple/test_sequence_model8/model.onnx"));
        QVERIFY(named);
        QCOMPARE(named->inputs.first().shapeText(), QStringLiteral("[n]"));
        auto unknown = readOnnxModel(
            fixtures() +
            QStringLiteral("/onnx/onnx/backend/test/data/simple/test_sequence_model1/model.onnx"));
        QVERIFY(unknown);
        QCOMPARE(unknown->outputs.first().shapeText(), QStringLiteral("[?, 3, 4]"));
    }

    void demoModelsCountTheirParameters() {
        auto mlp = readOnnxModel(
            QStringLiteral(MLWB_SOURCE_DIR "/resources/demo/models/digits-mlp-v1.onnx"));
        QVERIFY(mlp);
        QCOMPARE(mlp->parameterCount, 64 * 32 + 32 + 32 * 10 + 10);
        QCOMPARE(mlp->inputs.first().shapeText(), QStringLiteral("[batch, 64]"));
        QCOMPARE(mlp->producerName, QStringLiteral("mlwb-demo"));
        QCOMPARE(mlp->opsetVersion(), 13);
    }

    void truncatedFileNamesOffsetAndField_data() {
        QTest::addColumn<int>("keep");
        QTest::newRow("half") << 50;
        QTest::newRow("most") << 90;
        QTest::newRow("few bytes") << 5;
    }
    void truncatedFileNamesOffsetAndField() {
        QFETCH(int, keep);
        QFile f(QStringLiteral(MLWB_SOURCE_DIR "/resources/demo/models/digits-cnn-v3.onnx"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        const QByteArray cut = all.left(all.size() * keep / 100);
        auto model = parseOnnxModel(cut, QStringLiteral("cut.onnx"));
        QVERIFY(!model);
        const QString text = model.error().toString();
        QVERIFY2(text.contains(QStringLiteral("cut.onnx")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("at byte ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ModelProto")), qPrintable(text));
    }

    void randomBytesAreRejected() {
        QRandomGenerator rng(42);
        for (int round = 0; round < 50; ++round) {
            QByteArray bytes(256 + round, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            auto model = parseOnnxModel(bytes, QStringLiteral("noise.bin"));
            QVERIFY2(!model, "random bytes were read as an ONNX model");
            QVERIFY(model.error().toString().contains(QStringLiteral("noise.bin")));
        }
    }

    void emptyAndMissingFiles() {
        auto empty = parseOnnxModel({}, QStringLiteral("empty.onnx"));
        QVERIFY(!empty);
        QVERIFY(empty.error().why.contains(QStringLiteral("empty")));
        auto missing = readOnnxModel(QStringLiteral("/nonexistent/model.onnx"));
        QVERIFY(!missing);
    }

    void textFileIsNotOnnx() {
        auto model = parseOnnxModel("name,value\nlr,0.1\n", QStringLiteral("params.csv"));
        QVERIFY(!model);
    }
};

QTEST_GUILESS_MAIN(TstOnnxModel)
#include "tst_onnxmodel.moc"
