#include "onnxmodel.h"

#include "onnx/onnxreader.h"
#include "onnx/tensorproto.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace mlwb::registry {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

QString fromStd(const std::string &s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

TensorSpec toSpec(const onnx::ValueInfo &v) {
    TensorSpec spec;
    spec.name = fromStd(v.name);
    spec.type = fromStd(v.type);
    spec.hasShape = v.hasShape;
    for (const onnx::Dim &d : v.shape)
        spec.shape.append(TensorDim{d.value, fromStd(d.param)});
    return spec;
}

OnnxModel toModel(const onnx::ModelInfo &info) {
    OnnxModel m;
    m.irVersion = info.irVersion;
    for (const onnx::Opset &o : info.opsets)
        m.opsets.append(OpsetImport{fromStd(o.domain), o.version});
    m.producerName = fromStd(info.producerName);
    m.producerVersion = fromStd(info.producerVersion);
    m.graphName = fromStd(info.graphName);
    for (const onnx::ValueInfo &v : info.inputs)
        m.inputs.append(toSpec(v));
    for (const onnx::ValueInfo &v : info.outputs)
        m.outputs.append(toSpec(v));
    m.nodeCount = info.nodeCount;
    m.initializerCount = info.initializerCount;
    m.parameterCount = info.parameterCount;
    m.fileSize = info.fileSize;
    return m;
}

std::unexpected<Error> toError(const onnx::ReadError &e, const QString &source) {
    const QString what = tr("read the ONNX model %1").arg(source);
    const QString field = fromStd(e.field);
    switch (e.kind) {
    case onnx::ReadError::Kind::Empty:
        return fail(what, tr("the file is empty"), tr("export the model again"));
    case onnx::ReadError::Kind::Malformed:
        return fail(what,
                    tr("the data is not valid protobuf at byte %1 (in %2)")
                        .arg(qint64(e.offset))
                        .arg(field),
                    tr("the file is truncated or is not an ONNX model; export it again"));
    case onnx::ReadError::Kind::WrongWireType:
        return fail(
            what,
            tr("field %1 has the wrong wire type at byte %2").arg(field).arg(qint64(e.offset)),
            tr("the file is not an ONNX model; export it again"));
    case onnx::ReadError::Kind::Missing:
        break;
    }
    return fail(what,
                e.field == "ModelProto.graph" ? tr("ModelProto.graph (field 7) is missing")
                                              : tr("ModelProto.ir_version (field 1) is missing"),
                tr("the file is not an ONNX model; export it again"));
}

} // namespace

QString TensorDim::toString() const {
    if (value)
        return QString::number(*value);
    return param.isEmpty() ? QStringLiteral("?") : param;
}

QString TensorSpec::shapeText() const {
    if (!hasShape)
        return QStringLiteral("?");
    QStringList dims;
    for (const TensorDim &d : shape)
        dims.append(d.toString());
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

qint64 OnnxModel::opsetVersion() const {
    for (const OpsetImport &o : opsets)
        if (o.domain.isEmpty() || o.domain == QStringLiteral("ai.onnx"))
            return o.version;
    return 0;
}

QString onnxElementTypeName(int elemType) {
    return fromStd(onnx::elementTypeName(elemType));
}

Result<OnnxModel> parseOnnxModel(QByteArrayView bytes, const QString &source) {
    auto info = onnx::readModel(std::string_view(bytes.data(), std::size_t(bytes.size())));
    if (!info)
        return toError(info.error(), source);
    return toModel(*info);
}

Result<OnnxModel> readOnnxModel(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("read the ONNX model %1").arg(path), f.errorString(),
                    tr("check that the file exists and is readable"));
    // Memory-mapped: large initializers are skipped, never copied.
    const qint64 size = f.size();
    if (size == 0)
        return parseOnnxModel({}, path);
    uchar *data = f.map(0, size);
    if (!data) {
        const QByteArray all = f.readAll();
        return parseOnnxModel(all, path);
    }
    auto result = parseOnnxModel(QByteArrayView(reinterpret_cast<const char *>(data), size), path);
    f.unmap(data);
    return result;
}

QJsonObject toSignatureJson(const OnnxModel &m) {
    auto tensors = [](const QList<TensorSpec> &list) {
        QJsonArray out;
        for (const TensorSpec &t : list) {
            QJsonValue shape; // null: unknown
            if (t.hasShape) {
                QJsonArray dims;
                for (const TensorDim &d : t.shape)
                    dims.append(d.value ? QJsonValue(*d.value) : QJsonValue(d.toString()));
                shape = dims;
            }
            out.append(QJsonObject{{QStringLiteral("name"), t.name},
                                   {QStringLiteral("type"), t.type},
                                   {QStringLiteral("shape"), shape}});
        }
        return out;
    };
    QJsonArray opsets;
    for (const OpsetImport &o : m.opsets)
        opsets.append(QJsonObject{{QStringLiteral("domain"), o.domain},
                                  {QStringLiteral("version"), o.version}});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("onnx")},
        {QStringLiteral("ir_version"), m.irVersion},
        {QStringLiteral("opset"), m.opsetVersion()},
        {QStringLiteral("opsets"), opsets},
        {QStringLiteral("producer"), QJsonObject{{QStringLiteral("name"), m.producerName},
                                                 {QStringLiteral("version"), m.producerVersion}}},
        {QStringLiteral("parameters"), m.parameterCount},
        {QStringLiteral("initializers"), m.initializerCount},
        {QStringLiteral("nodes"), m.nodeCount},
        {QStringLiteral("file_size"), m.fileSize},
        {QStringLiteral("inputs"), tensors(m.inputs)},
        {QStringLiteral("outputs"), tensors(m.outputs)},
    };
}

} // namespace mlwb::registry
