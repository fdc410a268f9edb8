#include "onnxfile.h"

#include "onnx/onnxreader.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace mlwb::serve {

namespace {

constexpr std::array<std::string_view, 14> kV2Names = {
    "",      "FP32",  "UINT8", "INT8", "UINT16", "INT16",  "INT32",
    "INT64", "BYTES", "BOOL",  "FP16", "FP64",   "UINT32", "UINT64"};

// Only dense tensors have an element type and a shape the server can use.
TensorInfo toTensorInfo(const onnx::ValueInfo &v) {
    TensorInfo info;
    info.name = v.name;
    if (v.kind != onnx::ValueKind::Tensor)
        return info;
    info.type = static_cast<ElementType>(v.elemType);
    info.shapeKnown = v.hasShape;
    for (const onnx::Dim &d : v.shape)
        info.shape.push_back(d.value.value_or(-1));
    return info;
}

} // namespace

std::string_view v2DataType(ElementType type) {
    const auto i = static_cast<std::size_t>(type);
    return i < kV2Names.size() && i > 0 ? kV2Names[i] : std::string_view("UNDEFINED");
}

ElementType elementTypeFromV2(std::string_view name) {
    for (std::size_t i = 1; i < kV2Names.size(); ++i)
        if (kV2Names[i] == name)
            return static_cast<ElementType>(i);
    return ElementType::Undefined;
}

std::expected<Signature, std::string> readSignature(std::string_view model) {
    auto info = onnx::readModel(model);
    if (!info)
        return std::unexpected("ONNX model: " + info.error().message());
    Signature sig;
    sig.producer = std::move(info->producerName);
    sig.operators = std::move(info->operators);
    for (const onnx::ValueInfo &v : info->inputs)
        sig.inputs.push_back(toTensorInfo(v));
    for (const onnx::ValueInfo &v : info->outputs)
        sig.outputs.push_back(toTensorInfo(v));
    return sig;
}

std::expected<std::string, std::string> readFile(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::unexpected(path + ": cannot open file (" + std::strerror(errno) + ")");
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad())
        return std::unexpected(path + ": read error");
    return std::move(ss).str();
}

} // namespace mlwb::serve
