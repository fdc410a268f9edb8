#pragma once

#include <cstdint>
#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::onnx {

// ONNX TensorProto.DataType values.
enum class ElementType : int {
    Undefined = 0,
    Float = 1,
    UInt8 = 2,
    Int8 = 3,
    UInt16 = 4,
    Int16 = 5,
    Int32 = 6,
    Int64 = 7,
    String = 8,
    Bool = 9,
    Float16 = 10,
    Double = 11,
    UInt32 = 12,
    UInt64 = 13,
};

// A TensorProto.DataType as a numpy-style name ("float32"), or "type<N>".
std::string elementTypeName(int elemType);

// An IEEE 754 half-precision value.
double halfToDouble(std::uint16_t bits);

// A dense tensor with values widened to double (exact for every type OpenCV runs).
struct Tensor {
    std::string name;
    ElementType type = ElementType::Float;
    std::vector<std::int64_t> shape;
    std::vector<double> data;
};

// The number of values of a shape; -1 for a negative dimension or overflow.
std::int64_t elementCount(const std::vector<std::int64_t> &shape);

// Reads a serialized TensorProto (the input_N.pb/output_N.pb files of ONNX tests).
// Errors name the byte offset or the field.
std::expected<Tensor, std::string> readTensorProto(std::string_view bytes);

} // namespace mlwb::onnx
