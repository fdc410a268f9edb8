#pragma once

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::onnx {

// Where and why a ModelProto could not be read. `field` is a path such as
// "ModelProto.graph.input[0].type"; `offset` counts bytes from the file's start.
struct ReadError {
    enum class Kind {
        Empty,         // no bytes at all
        Malformed,     // not valid protobuf at `offset`, inside `field`
        WrongWireType, // `field` has the wrong wire type at `offset`
        Missing,       // the required `field` is absent
    };
    Kind kind = Kind::Malformed;
    std::size_t offset = 0;
    std::string field;

    // English text for Qt-free callers: "malformed protobuf at byte 12 (in ModelProto.graph)".
    std::string message() const;
};

// One dimension of a tensor shape: a fixed size, a named dynamic size ("batch")
// or an unknown one.
struct Dim {
    std::optional<std::int64_t> value;
    std::string param;
};

// The kind of a TypeProto.
enum class ValueKind { Unknown, Tensor, SparseTensor, Sequence, Map, Optional };

// A graph input or output as ONNX declares it.
struct ValueInfo {
    std::string name;
    // "float32", "int64", ... for tensors; "sequence<float32>", "map<int64,float32>",
    // "sparse<float32>", "optional<...>" for other value kinds; "?" without a type.
    std::string type = "?";
    ValueKind kind = ValueKind::Unknown;
    int elemType = 0;      // TensorProto.DataType of a (sparse) tensor, else 0
    bool hasShape = false; // false: the model says nothing about the shape
    std::vector<Dim> shape;
};

struct Opset {
    std::string domain; // "" is the default ONNX domain
    std::int64_t version = 0;
};

// What an ONNX ModelProto says about itself, read without copying weights.
struct ModelInfo {
    std::int64_t irVersion = 0;
    std::vector<Opset> opsets;
    std::string producerName;
    std::string producerVersion;
    std::string graphName;
    std::vector<ValueInfo> inputs; // graph inputs that are not initializers
    std::vector<ValueInfo> outputs;
    std::vector<std::string> operators; // distinct op types, in order of first use
    std::int64_t nodeCount = 0;
    std::int64_t initializerCount = 0;
    std::int64_t parameterCount = 0; // sum over initializers of the product of their dims
    std::int64_t fileSize = 0;
};

// Parses a serialized ModelProto; requires a graph and an ir_version.
std::expected<ModelInfo, ReadError> readModel(std::string_view bytes);

} // namespace mlwb::onnx
