#include "onnx/onnxreader.h"
#include "onnx/tensorproto.h"

#include "protobuilder.h"

#include <QTest>

#include <string>

using namespace mlwb::onnx;
using namespace mlwb::onnx::testing;

Q_DECLARE_METATYPE(std::string)

namespace {

// ValueInfoProto of a float tensor ["batch", width].
std::string valueInfo(const std::string &name, int width) {
    const std::string shape =
        bytesField(1, bytesField(2, "batch")) + bytesField(1, varintField(1, width));
    return bytesField(1, name) +
           bytesField(2, bytesField(1, varintField(1, 1) + bytesField(2, shape)));
}

std::string node(const std::string &op) {
    return bytesField(1, bytesField(1, "x") + bytesField(2, "y") + bytesField(4, op));
}

// A 4x2 weight W with unpacked dims, a bias b with packed dims; W is also listed
// as a graph input, as exporters before IR version 4 did.
std::string graph() {
    std::string g;
    g += node("MatMul") + node("Add") + node("MatMul");
    g += bytesField(2, "tiny");
    g += bytesField(5, varintField(1, 4) + varintField(1, 2) + bytesField(8, "W"));
    g += bytesField(5, bytesField(1, varint(2)) + bytesField(8, "b"));
    g += bytesField(11, valueInfo("x", 4));
    g += bytesField(11, valueInfo("W", 2));
    g += bytesField(12, valueInfo("y", 2));
    return g;
}

std::string model(const std::string &g = graph()) {
    return varintField(1, 8) + bytesField(2, "builder") + bytesField(3, "1.0") + bytesField(7, g) +
           bytesField(8, bytesField(1, "") + varintField(2, 17)) +
           bytesField(8, bytesField(1, "ai.onnx.ml") + varintField(2, 3));
}

} // namespace

class TstOnnxReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsSignatureOpsetsAndParameters() {
        const std::string bytes = model();
        auto m = readModel(bytes);
        QVERIFY2(m, m ? "" : m.error().message().c_str());
        QCOMPARE(m->irVersion, 8);
        QCOMPARE(m->producerName, std::string("builder"));
        QCOMPARE(m->producerVersion, std::string("1.0"));
        QCOMPARE(m->graphName, std::string("tiny"));
        QCOMPARE(m->opsets.size(), std::size_t(2));
        QCOMPARE(m->opsets[0].version, 17);
        QCOMPARE(m->opsets[1].domain, std::string("ai.onnx.ml"));
        QCOMPARE(m->nodeCount, 3);
        QCOMPARE(m->operators, (std::vector<std::string>{"MatMul", "Add"}));
        QCOMPARE(m->initializerCount, 2);
        QCOMPARE(m->parameterCount, 4 * 2 + 2);
        QCOMPARE(m->fileSize, std::int64_t(bytes.size()));
        QCOMPARE(m->inputs.size(), std::size_t(1)); // W is an initializer, not an input
        const ValueInfo &x = m->inputs.front();
        QCOMPARE(x.name, std::string("x"));
        QCOMPARE(x.type, std::string("float32"));
        QCOMPARE(x.kind, ValueKind::Tensor);
        QCOMPARE(x.elemType, 1);
        QVERIFY(x.hasShape);
        QCOMPARE(x.shape.size(), std::size_t(2));
        QVERIFY(!x.shape[0].value);
        QCOMPARE(x.shape[0].param, std::string("batch"));
        QCOMPARE(x.shape[1].value, std::optional<std::int64_t>(4));
        QCOMPARE(m->outputs.front().name, std::string("y"));
    }

    void truncatedModelNamesOffsetAndField_data() {
        QTest::addColumn<int>("keep");
        const int size = int(model().size());
        for (int keep : {3, 10, size / 2, size - 1})
            QTest::newRow(qPrintable(QString::number(keep))) << keep;
    }
    void truncatedModelNamesOffsetAndField() {
        QFETCH(int, keep);
        const std::string cut = model().substr(0, std::size_t(keep));
        auto m = readModel(cut);
        QVERIFY(!m);
        QVERIFY(m.error().kind == ReadError::Kind::Malformed ||
                m.error().kind == ReadError::Kind::Missing);
        QVERIFY(m.error().offset <= cut.size());
        QVERIFY2(m.error().field.starts_with("ModelProto"), m.error().field.c_str());
        if (m.error().kind == ReadError::Kind::Malformed)
            QVERIFY2(m.error().message().find("at byte " + std::to_string(m.error().offset)) !=
                         std::string::npos,
                     m.error().message().c_str());
    }

    void damageInsideTheGraphGivesAnAbsoluteOffset() {
        // A dimension whose dim_value is a string: wrong wire type deep inside the graph.
        const std::string badDim = bytesField(1, bytesField(1, "oops"));
        const std::string input =
            bytesField(1, "x") +
            bytesField(2, bytesField(1, varintField(1, 1) + bytesField(2, badDim)));
        const std::string prefix = varintField(1, 8);
        const std::string bytes = prefix + bytesField(7, bytesField(11, input));
        auto m = readModel(bytes);
        QVERIFY(!m);
        QCOMPARE(m.error().kind, ReadError::Kind::WrongWireType);
        QCOMPARE(m.error().field,
                 std::string("ModelProto.graph.input[0].type.tensor_type.shape.dim.dim_value"));
        // The offset is just past the bad field, counted from the file's start.
        QCOMPARE(m.error().offset, bytes.size());
    }

    void missingPartsAreNamed_data() {
        QTest::addColumn<std::string>("bytes");
        QTest::addColumn<std::string>("field");
        QTest::newRow("no graph") << varintField(1, 8) << std::string("ModelProto.graph");
        QTest::newRow("no ir_version")
            << bytesField(7, graph()) << std::string("ModelProto.ir_version");
        QTest::newRow("text") << std::string("name,value\nlr,0.1\n") << std::string("ModelProto");
    }
    void missingPartsAreNamed() {
        QFETCH(std::string, bytes);
        QFETCH(std::string, field);
        auto m = readModel(bytes);
        QVERIFY(!m);
        QCOMPARE(m.error().field, field);
    }

    void emptyInputIsItsOwnError() {
        auto m = readModel({});
        QVERIFY(!m);
        QCOMPARE(m.error().kind, ReadError::Kind::Empty);
        QCOMPARE(m.error().message(), std::string("the file is empty"));
    }

    void otherValueKindsAreNamed() {
        const std::string seq = bytesField(4, bytesField(1, bytesField(1, varintField(1, 7))));
        const std::string map =
            bytesField(5, varintField(1, 8) + bytesField(2, bytesField(1, varintField(1, 1))));
        const std::string g = bytesField(11, bytesField(1, "s") + bytesField(2, seq)) +
                              bytesField(11, bytesField(1, "m") + bytesField(2, map));
        auto m = readModel(varintField(1, 8) + bytesField(7, g));
        QVERIFY2(m, m ? "" : m.error().message().c_str());
        QCOMPARE(m->inputs.at(0).type, std::string("sequence<int64>"));
        QCOMPARE(m->inputs.at(0).kind, ValueKind::Sequence);
        QVERIFY(!m->inputs.at(0).hasShape);
        QCOMPARE(m->inputs.at(1).type, std::string("map<string,float32>"));
    }

    void tensorProtoValues_data() {
        QTest::addColumn<std::string>("bytes");
        QTest::addColumn<std::vector<double>>("values");
        const std::string dims = varintField(1, 2);
        std::string raw(8, '\0');
        const float f[2] = {1.5f, -2.0f};
        std::memcpy(raw.data(), f, 8);
        QTest::newRow("raw float")
            << dims + varintField(2, 1) + bytesField(9, raw) << std::vector<double>{1.5, -2.0};
        QTest::newRow("packed float_data")
            << dims + varintField(2, 1) + bytesField(4, raw) << std::vector<double>{1.5, -2.0};
        QTest::newRow("unpacked int64_data")
            << dims + varintField(2, 7) + varintField(7, 5) + varintField(7, std::uint64_t(-3))
            << std::vector<double>{5, -3};
        QTest::newRow("raw float16")
            << dims + varintField(2, 10) + bytesField(9, std::string("\x00\x3c\x00\xc0", 4))
            << std::vector<double>{1.0, -2.0};
    }
    void tensorProtoValues() {
        QFETCH(std::string, bytes);
        QFETCH(std::vector<double>, values);
        auto t = readTensorProto(bytes + bytesField(8, "t"));
        QVERIFY2(t, t ? "" : t.error().c_str());
        QCOMPARE(t->name, std::string("t"));
        QCOMPARE(t->shape, (std::vector<std::int64_t>{2}));
        QCOMPARE(t->data, values);
    }

    void badTensorProtoSaysWhy_data() {
        QTest::addColumn<std::string>("bytes");
        QTest::addColumn<std::string>("message");
        QTest::newRow("count") << varintField(1, 3) + varintField(2, 7) + varintField(7, 1)
                               << std::string("TensorProto t: 1 values for a shape of 3");
        QTest::newRow("raw size") << varintField(1, 1) + varintField(2, 1) +
                                         bytesField(9, std::string(3, '\0'))
                                  << std::string("raw_data size 3 is not a multiple");
        QTest::newRow("truncated") << varintField(2, 1) + std::string("\x4a\x10", 2)
                                   << std::string("malformed protobuf at byte 7");
        QTest::newRow("string type") << varintField(2, 8) + bytesField(9, "ab")
                                     << std::string("element type string is not supported");
    }
    void badTensorProtoSaysWhy() {
        QFETCH(std::string, bytes);
        QFETCH(std::string, message);
        auto t = readTensorProto(bytesField(8, "t") + bytes);
        QVERIFY(!t);
        QVERIFY2(t.error().find(message) != std::string::npos, t.error().c_str());
    }

    void elementTypeNames() {
        QCOMPARE(elementTypeName(1), std::string("float32"));
        QCOMPARE(elementTypeName(16), std::string("bfloat16"));
        QCOMPARE(elementTypeName(99), std::string("type<99>"));
        QCOMPARE(elementCount({2, 3}), 6);
        QCOMPARE(elementCount({-1, 3}), -1);
    }
};

QTEST_GUILESS_MAIN(TstOnnxReader)
#include "tst_onnxreader.moc"
