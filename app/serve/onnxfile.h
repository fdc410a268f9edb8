#pragma once

#include "onnx/tensorproto.h"

#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::serve {

// The tensor types and the TensorProto reader are shared with the rest of the tree
// through the Qt-free mlwb_onnx library.
using onnx::elementCount;
using onnx::ElementType;
using onnx::readTensorProto;
using onnx::Tensor;

// "FP32", "INT64", ... as the Open Inference Protocol v2 names them.
std::string_view v2DataType(ElementType type);
ElementType elementTypeFromV2(std::string_view name);

struct TensorInfo {
    std::string name;
    ElementType type = ElementType::Undefined;
    std::vector<std::int64_t> shape; // -1 for a dynamic dimension
    bool shapeKnown = false;         // false: the model gives no shape at all
};

// What the server needs of a model's graph.
struct Signature {
    std::vector<TensorInfo> inputs; // graph inputs that are not initializers
    std::vector<TensorInfo> outputs;
    std::vector<std::string> operators; // distinct op types, in order of first use
    std::string producer;
};

// Reads the graph signature of an ONNX ModelProto; errors name the byte offset and field.
std::expected<Signature, std::string> readSignature(std::string_view model);

std::expected<std::string, std::string> readFile(const std::string &path);

} // namespace mlwb::serve
