#include "onnxreader.h"

#include "protowire.h"
#include "tensorproto.h"

#include <algorithm>
#include <limits>
#include <unordered_set>
#include <utility>

namespace mlwb::onnx {

namespace {

// Field numbers of onnx.proto3 that the reader needs.
namespace field {
constexpr std::uint32_t ModelIrVersion = 1, ModelOpset = 8, ModelProducerName = 2,
                        ModelProducerVersion = 3, ModelGraph = 7;
constexpr std::uint32_t OpsetDomain = 1, OpsetVersion = 2;
constexpr std::uint32_t NodeOpType = 4;
constexpr std::uint32_t GraphNode = 1, GraphName = 2, GraphInitializer = 5, GraphInput = 11,
                        GraphOutput = 12, GraphSparseInitializer = 15;
constexpr std::uint32_t TensorDims = 1, TensorName = 8;
constexpr std::uint32_t SparseValues = 1, SparseDims = 3;
constexpr std::uint32_t ValueName = 1, ValueType = 2;
constexpr std::uint32_t TypeTensor = 1, TypeSequence = 4, TypeMap = 5, TypeSparseTensor = 8,
                        TypeOptional = 9;
constexpr std::uint32_t TensorTypeElem = 1, TensorTypeShape = 2;
constexpr std::uint32_t MapKey = 1, MapValue = 2;
constexpr std::uint32_t ShapeDim = 1;
constexpr std::uint32_t DimValue = 1, DimParam = 2;
} // namespace field

using Field = WireReader::Field;
using Status = std::expected<void, ReadError>;

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

std::string indexed(const std::string &where, std::string_view name, std::size_t i) {
    return where + "." + std::string(name) + "[" + std::to_string(i) + "]";
}

// Walks nested messages of one file; offsets in errors are from the file's start.
class Parser {
public:
    explicit Parser(std::string_view whole)
        : m_whole(whole) {}

    std::size_t offsetOf(std::string_view part, const WireReader &r) const {
        return std::size_t(part.data() - m_whole.data()) + r.offset();
    }
    std::unexpected<ReadError> broken(std::string_view part, const WireReader &r,
                                      const std::string &where) const {
        return std::unexpected(ReadError{ReadError::Kind::Malformed, offsetOf(part, r), where});
    }

    // Calls fn(field, reader) for each field of msg; stops at the first error.
    template <typename Fn>
    Status each(std::string_view msg, const std::string &where, Fn &&fn) const {
        WireReader r(msg);
        while (auto f = r.next()) {
            if (Status s = fn(*f, r); !s)
                return s;
        }
        if (r.failed())
            return broken(msg, r, where);
        return {};
    }

    Status expect(const Field &f, WireReader::WireType type, std::string_view msg,
                  const WireReader &r, const std::string &where) const {
        if (f.type != type)
            return std::unexpected(
                ReadError{ReadError::Kind::WrongWireType, offsetOf(msg, r), where});
        return {};
    }

    std::expected<Dim, ReadError> dim(std::string_view msg, const std::string &where) const {
        Dim d;
        auto s = each(msg, where, [&](const Field &f, const WireReader &r) -> Status {
            if (f.number == field::DimValue) {
                if (auto e = expect(f, WireReader::Varint, msg, r, where + ".dim_value"); !e)
                    return e;
                d.value = static_cast<std::int64_t>(f.scalar);
            } else if (f.number == field::DimParam) {
                if (auto e = expect(f, WireReader::LengthDelimited, msg, r, where + ".dim_param");
                    !e)
                    return e;
                d.param = std::string(f.bytes);
            }
            return {};
        });
        if (!s)
            return std::unexpected(s.error());
        return d;
    }

    // The element type of a TypeProto field `elem_type` / `value_type` (sequence, map).
    std::expected<std::string, ReadError> nested(std::string_view msg, const std::string &where,
                                                 std::uint32_t number) const {
        std::string name = "?";
        auto s = each(msg, where, [&](const Field &g, const WireReader &r) -> Status {
            if (g.number != number)
                return {};
            if (auto e = expect(g, WireReader::LengthDelimited, msg, r, where); !e)
                return e;
            auto t = type(g.bytes, where, nullptr);
            if (!t)
                return std::unexpected(t.error());
            name = std::move(*t);
            return {};
        });
        if (!s)
            return std::unexpected(s.error());
        return name;
    }

    std::expected<std::string, ReadError> type(std::string_view msg, const std::string &where,
                                               ValueInfo *spec) const {
        std::string name = "?";
        auto s = each(msg, where, [&](const Field &f, const WireReader &r) -> Status {
            if (f.number == field::TypeTensor || f.number == field::TypeSparseTensor) {
                const bool dense = f.number == field::TypeTensor;
                const std::string w = where + (dense ? ".tensor_type" : ".sparse_tensor_type");
                if (auto e = expect(f, WireReader::LengthDelimited, msg, r, w); !e)
                    return e;
                auto t = tensorType(f.bytes, w, spec);
                if (!t)
                    return std::unexpected(t.error());
                name = dense ? *t : "sparse<" + *t + ">";
                if (spec)
                    spec->kind = dense ? ValueKind::Tensor : ValueKind::SparseTensor;
            } else if (f.number == field::TypeSequence || f.number == field::TypeOptional) {
                const bool seq = f.number == field::TypeSequence;
                const std::string w = where + (seq ? ".sequence_type" : ".optional_type");
                if (auto e = expect(f, WireReader::LengthDelimited, msg, r, w); !e)
                    return e;
                auto elem = nested(f.bytes, w + ".elem_type", 1);
                if (!elem)
                    return std::unexpected(elem.error());
                name = (seq ? "sequence<" : "optional<") + *elem + ">";
                if (spec)
                    spec->kind = seq ? ValueKind::Sequence : ValueKind::Optional;
            } else if (f.number == field::TypeMap) {
                const std::string w = where + ".map_type";
                if (auto e = expect(f, WireReader::LengthDelimited, msg, r, w); !e)
                    return e;
                std::string key = "?";
                WireReader m(f.bytes);
                while (auto g = m.next())
                    if (g->number == field::MapKey && g->type == WireReader::Varint)
                        key = elementTypeName(int(g->scalar));
                auto value = nested(f.bytes, w + ".value_type", field::MapValue);
                if (!value)
                    return std::unexpected(value.error());
                name = "map<" + key + "," + *value + ">";
                if (spec)
                    spec->kind = ValueKind::Map;
            }
            return {};
        });
        if (!s)
            return std::unexpected(s.error());
        return name;
    }

    std::expected<std::string, ReadError> tensorType(std::string_view msg, const std::string &where,
                                                     ValueInfo *spec) const {
        std::string name = "?";
        auto s = each(msg, where, [&](const Field &f, const WireReader &r) -> Status {
            if (f.number == field::TensorTypeElem) {
                if (auto e = expect(f, WireReader::Varint, msg, r, where + ".elem_type"); !e)
                    return e;
                name = elementTypeName(int(f.scalar));
                if (spec)
                    spec->elemType = int(f.scalar);
            } else if (f.number == field::TensorTypeShape) {
                const std::string w = where + ".shape";
                if (auto e = expect(f, WireReader::LengthDelimited, msg, r, w); !e)
                    return e;
                std::vector<Dim> dims;
                auto ds = each(f.bytes, w, [&](const Field &g, const WireReader &gr) -> Status {
                    if (g.number != field::ShapeDim)
                        return {};
                    if (auto e = expect(g, WireReader::LengthDelimited, f.bytes, gr, w + ".dim");
                        !e)
                        return e;
                    auto d = dim(g.bytes, w + ".dim");
                    if (!d)
                        return std::unexpected(d.error());
                    dims.push_back(std::move(*d));
                    return {};
                });
                if (!ds)
                    return ds;
                if (spec) {
                    spec->hasShape = true;
                    spec->shape = std::move(dims);
                }
            }
            return {};
        });
        if (!s)
            return std::unexpected(s.error());
        return name;
    }

    std::expected<ValueInfo, ReadError> valueInfo(std::string_view msg,
                                                  const std::string &where) const {
        ValueInfo spec;
        auto s = each(msg, where, [&](const Field &f, const WireReader &r) -> Status {
            if (f.number == field::ValueName) {
                if (auto e = expect(f, WireReader::LengthDelimited, msg, r, where + ".name"); !e)
                    return e;
                spec.name = std::string(f.bytes);
            } else if (f.number == field::ValueType) {
                if (auto e = expect(f, WireReader::LengthDelimited, msg, r, where + ".type"); !e)
                    return e;
                auto t = type(f.bytes, where + ".type", &spec);
                if (!t)
                    return std::unexpected(t.error());
                spec.type = std::move(*t);
            }
            return {};
        });
        if (!s)
            return std::unexpected(s.error());
        return spec;
    }

    // Name and element count of a TensorProto (dims may be packed or not).
    std::expected<std::pair<std::string, std::int64_t>, ReadError>
    tensor(std::string_view msg, const std::string &where, std::uint32_t dimsField,
           std::uint32_t nameField) const {
        std::string name;
        std::int64_t count = 1;
        auto multiply = [&](std::uint64_t d) {
            const auto v = static_cast<std::int64_t>(d);
            if (v < 0 || (v > 0 && count > kMax / v))
                count = kMax;
            else
                count *= v;
        };
        auto s = each(msg, where, [&](const Field &f, const WireReader &r) -> Status {
            if (f.number == dimsField) {
                if (f.type != WireReader::Varint && f.type != WireReader::LengthDelimited)
                    return expect(f, WireReader::Varint, msg, r, where + ".dims");
                if (const auto stopped = forEachVarint(f, multiply))
                    return broken(f.bytes, *stopped, where + ".dims");
            } else if (nameField != 0 && f.number == nameField &&
                       f.type == WireReader::LengthDelimited) {
                name = std::string(f.bytes);
            }
            return {};
        });
        if (!s)
            return std::unexpected(s.error());
        return std::pair{std::move(name), count};
    }

    void addOperator(std::string_view node, ModelInfo &m) const {
        WireReader r(node);
        while (auto f = r.next()) {
            if (f->number == field::NodeOpType && f->type == WireReader::LengthDelimited) {
                if (std::ranges::find(m.operators, f->bytes) == m.operators.end())
                    m.operators.emplace_back(f->bytes);
                return;
            }
        }
    }

    Status graph(std::string_view msg, ModelInfo &m) const {
        const std::string where = "ModelProto.graph";
        std::vector<ValueInfo> inputs;
        std::unordered_set<std::string> initializers;
        auto addParameters = [&](std::int64_t n) {
            m.parameterCount = (n > kMax - m.parameterCount) ? kMax : m.parameterCount + n;
        };
        auto s = each(msg, where, [&](const Field &f, const WireReader &r) -> Status {
            switch (f.number) {
            case field::GraphNode:
                ++m.nodeCount;
                if (f.type == WireReader::LengthDelimited)
                    addOperator(f.bytes, m);
                return {};
            case field::GraphName:
                if (f.type == WireReader::LengthDelimited)
                    m.graphName = std::string(f.bytes);
                return {};
            case field::GraphInitializer: {
                const std::string w =
                    indexed(where, "initializer", std::size_t(m.initializerCount));
                if (auto e = expect(f, WireReader::LengthDelimited, msg, r, w); !e)
                    return e;
                auto t = tensor(f.bytes, w, field::TensorDims, field::TensorName);
                if (!t)
                    return std::unexpected(t.error());
                initializers.insert(t->first);
                ++m.initializerCount;
                addParameters(t->second);
                return {};
            }
            case field::GraphSparseInitializer: {
                const std::string w = where + ".sparse_initializer";
                if (auto e = expect(f, WireReader::LengthDelimited, msg, r, w); !e)
                    return e;
                auto t = tensor(f.bytes, w, field::SparseDims, 0);
                if (!t)
                    return std::unexpected(t.error());
                // The name is the one of the `values` tensor.
                auto vs = each(f.bytes, w, [&](const Field &g, const WireReader &) -> Status {
                    if (g.number != field::SparseValues || g.type != WireReader::LengthDelimited)
                        return {};
                    auto v = tensor(g.bytes, w + ".values", field::TensorDims, field::TensorName);
                    if (!v)
                        return std::unexpected(v.error());
                    initializers.insert(v->first);
                    return {};
                });
                if (!vs)
                    return vs;
                ++m.initializerCount;
                addParameters(t->second);
                return {};
            }
            case field::GraphInput:
            case field::GraphOutput: {
                const bool in = f.number == field::GraphInput;
                const std::string w = in ? indexed(where, "input", inputs.size())
                                         : indexed(where, "output", m.outputs.size());
                if (auto e = expect(f, WireReader::LengthDelimited, msg, r, w); !e)
                    return e;
                auto spec = valueInfo(f.bytes, w);
                if (!spec)
                    return std::unexpected(spec.error());
                (in ? inputs : m.outputs).push_back(std::move(*spec));
                return {};
            }
            default:
                return {};
            }
        });
        if (!s)
            return s;
        // Before IR version 4 every initializer was also listed as an input.
        for (ValueInfo &v : inputs)
            if (!initializers.contains(v.name))
                m.inputs.push_back(std::move(v));
        return {};
    }

    std::expected<ModelInfo, ReadError> model() const {
        ModelInfo m;
        m.fileSize = std::int64_t(m_whole.size());
        bool hasGraph = false;
        const std::string where = "ModelProto";
        const std::string_view msg = m_whole;
        auto s = each(msg, where, [&](const Field &f, const WireReader &r) -> Status {
            switch (f.number) {
            case field::ModelIrVersion:
                if (auto e = expect(f, WireReader::Varint, msg, r, where + ".ir_version"); !e)
                    return e;
                m.irVersion = static_cast<std::int64_t>(f.scalar);
                return {};
            case field::ModelProducerName:
            case field::ModelProducerVersion: {
                const bool name = f.number == field::ModelProducerName;
                if (auto e = expect(f, WireReader::LengthDelimited, msg, r,
                                    where + (name ? ".producer_name" : ".producer_version"));
                    !e)
                    return e;
                (name ? m.producerName : m.producerVersion) = std::string(f.bytes);
                return {};
            }
            case field::ModelOpset: {
                const std::string w = indexed(where, "opset_import", m.opsets.size());
                if (auto e = expect(f, WireReader::LengthDelimited, msg, r, w); !e)
                    return e;
                Opset op;
                auto os = each(f.bytes, w, [&](const Field &g, const WireReader &) -> Status {
                    if (g.number == field::OpsetDomain && g.type == WireReader::LengthDelimited)
                        op.domain = std::string(g.bytes);
                    else if (g.number == field::OpsetVersion && g.type == WireReader::Varint)
                        op.version = static_cast<std::int64_t>(g.scalar);
                    return {};
                });
                if (!os)
                    return os;
                m.opsets.push_back(std::move(op));
                return {};
            }
            case field::ModelGraph:
                if (auto e = expect(f, WireReader::LengthDelimited, msg, r, where + ".graph"); !e)
                    return e;
                hasGraph = true;
                return graph(f.bytes, m);
            default:
                return {};
            }
        });
        if (!s)
            return std::unexpected(s.error());
        if (!hasGraph)
            return std::unexpected(ReadError{ReadError::Kind::Missing, 0, "ModelProto.graph"});
        if (m.irVersion <= 0)
            return std::unexpected(ReadError{ReadError::Kind::Missing, 0, "ModelProto.ir_version"});
        return m;
    }

private:
    std::string_view m_whole;
};

} // namespace

std::string ReadError::message() const {
    switch (kind) {
    case Kind::Empty:
        return "the file is empty";
    case Kind::Malformed:
        return "malformed protobuf at byte " + std::to_string(offset) + " (in " + field + ")";
    case Kind::WrongWireType:
        return "field " + field + " has the wrong wire type at byte " + std::to_string(offset);
    case Kind::Missing:
        return field + " is missing (is this an ONNX file?)";
    }
    return field;
}

std::expected<ModelInfo, ReadError> readModel(std::string_view bytes) {
    if (bytes.empty())
        return std::unexpected(ReadError{ReadError::Kind::Empty, 0, "ModelProto"});
    return Parser(bytes).model();
}

} // namespace mlwb::onnx
