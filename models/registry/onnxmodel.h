#pragma once

#include "core/error.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mlwb::registry {

// One dimension of a tensor shape: a fixed size, a named dynamic size
// ("batch") or an unknown one.
struct TensorDim {
    std::optional<qint64> value;
    QString param;
    // "3", "batch" or "?".
    QString toString() const;
};

// A graph input or output as ONNX declares it.
struct TensorSpec {
    QString name;
    // "float32", "int64", ... for tensors; "sequence<float32>", "map<int64,float32>"
    // for other value kinds; "?" when the model gives no type.
    QString type;
    bool hasShape = false; // false: the model says nothing about the shape
    QList<TensorDim> shape;
    // "[batch, 3, 224, 224]", or "?" without a shape.
    QString shapeText() const;
};

struct OpsetImport {
    QString domain; // "" is the default ONNX domain
    qint64 version = 0;
};

// What an ONNX ModelProto says about itself, read without loading weights.
struct OnnxModel {
    qint64 irVersion = 0;
    QList<OpsetImport> opsets;
    QString producerName;
    QString producerVersion;
    QString graphName;
    QList<TensorSpec> inputs; // graph inputs that are not initializers
    QList<TensorSpec> outputs;
    qint64 nodeCount = 0;
    qint64 initializerCount = 0;
    qint64 parameterCount = 0; // sum over initializers of the product of their dims
    qint64 fileSize = 0;

    // The default domain's opset version, or 0.
    qint64 opsetVersion() const;
};

// Parses a serialized ModelProto. An error names the byte offset and the field
// where the data stopped making sense; `source` names the file in messages.
Result<OnnxModel> parseOnnxModel(QByteArrayView bytes, const QString &source);
Result<OnnxModel> readOnnxModel(const QString &path);

// ONNX TensorProto.DataType as a numpy-style name ("float32"), or "type<N>".
QString onnxElementTypeName(int elemType);

// {"format": "onnx", "ir_version", "opset", "opsets": [{"domain", "version"}],
//  "producer": {"name", "version"}, "parameters", "initializers", "nodes", "file_size",
//  "inputs": [{"name", "type", "shape": [3, "batch", "?"] or null}], "outputs": [...]}
QJsonObject toSignatureJson(const OnnxModel &model);

} // namespace mlwb::registry
