#include "tensorproto.h"

#include "protowire.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <type_traits>

namespace mlwb::onnx {

namespace {

// TensorProto field numbers.
namespace field {
constexpr std::uint32_t Dims = 1, DataType = 2, FloatData = 4, Int32Data = 5, Int64Data = 7,
                        Name = 8, RawData = 9, DoubleData = 10;
} // namespace field

// Calls f for each value of a packed or unpacked repeated fixed-size field.
template <typename Fixed, typename F> bool forEachFixed(const WireReader::Field &field, F f) {
    using Bits = std::conditional_t<sizeof(Fixed) == 4, std::uint32_t, std::uint64_t>;
    if (field.type != WireReader::LengthDelimited) {
        if (field.type != (sizeof(Fixed) == 4 ? WireReader::Fixed32 : WireReader::Fixed64))
            return false;
        f(std::bit_cast<Fixed>(static_cast<Bits>(field.scalar)));
        return true;
    }
    if (field.bytes.size() % sizeof(Fixed) != 0)
        return false;
    for (std::size_t i = 0; i < field.bytes.size(); i += sizeof(Fixed)) {
        Fixed v;
        std::memcpy(&v, field.bytes.data() + i, sizeof(Fixed));
        f(v);
    }
    return true;
}

template <typename F> bool forEachInteger(const WireReader::Field &field, F f) {
    if (field.type != WireReader::Varint && field.type != WireReader::LengthDelimited)
        return false;
    return !forEachVarint(field, f);
}

template <typename T> bool appendRaw(std::string_view raw, std::vector<double> &out) {
    if (raw.size() % sizeof(T) != 0)
        return false;
    for (std::size_t i = 0; i < raw.size(); i += sizeof(T)) {
        T v;
        std::memcpy(&v, raw.data() + i, sizeof(T));
        out.push_back(double(v));
    }
    return true;
}

std::string where(const Tensor &t) {
    return t.name.empty() ? std::string("TensorProto") : "TensorProto " + t.name;
}

} // namespace

std::string elementTypeName(int elemType) {
    static constexpr std::array<std::string_view, 23> names = {
        "undefined",      "float32",    "uint8",          "int8",       "uint16",   "int16",
        "int32",          "int64",      "string",         "bool",       "float16",  "float64",
        "uint32",         "uint64",     "complex64",      "complex128", "bfloat16", "float8e4m3fn",
        "float8e4m3fnuz", "float8e5m2", "float8e5m2fnuz", "uint4",      "int4"};
    if (elemType >= 0 && std::size_t(elemType) < names.size())
        return std::string(names[std::size_t(elemType)]);
    return "type<" + std::to_string(elemType) + ">";
}

double halfToDouble(std::uint16_t h) {
    const int exponent = (h >> 10) & 0x1f;
    const int mantissa = h & 0x3ff;
    const double sign = (h & 0x8000) ? -1.0 : 1.0;
    if (exponent == 0)
        return sign * std::ldexp(mantissa, -24);
    if (exponent == 31)
        return mantissa ? std::nan("") : sign * HUGE_VAL;
    return sign * std::ldexp(mantissa + 1024, exponent - 25);
}

std::int64_t elementCount(const std::vector<std::int64_t> &shape) {
    std::int64_t n = 1;
    for (const std::int64_t d : shape)
        if (d < 0 || __builtin_mul_overflow(n, d, &n))
            return -1;
    return n;
}

std::expected<Tensor, std::string> readTensorProto(std::string_view bytes) {
    Tensor t;
    std::string_view raw;
    WireReader r(bytes);
    auto push = [&t](double v) { t.data.push_back(v); };
    while (auto f = r.next()) {
        bool ok = true;
        switch (f->number) {
        case field::Dims:
            ok = forEachInteger(
                *f, [&t](std::uint64_t v) { t.shape.push_back(static_cast<std::int64_t>(v)); });
            break;
        case field::DataType:
            ok = f->type == WireReader::Varint;
            t.type = static_cast<ElementType>(f->scalar);
            break;
        case field::FloatData:
            ok = forEachFixed<float>(*f, push);
            break;
        case field::Int32Data:
        case field::Int64Data:
            ok = forEachInteger(*f, [&](std::uint64_t v) {
                push(f->number == field::Int32Data ? double(static_cast<std::int32_t>(v))
                                                   : double(static_cast<std::int64_t>(v)));
            });
            break;
        case field::Name:
            t.name = std::string(f->bytes);
            break;
        case field::RawData:
            raw = f->bytes;
            break;
        case field::DoubleData:
            ok = forEachFixed<double>(*f, push);
            break;
        default:
            break;
        }
        if (!ok)
            return std::unexpected(where(t) + ": field " + std::to_string(f->number) +
                                   " is malformed before byte " + std::to_string(r.offset()));
    }
    if (r.failed())
        return std::unexpected(where(t) + ": malformed protobuf at byte " +
                               std::to_string(r.offset()));
    if (!raw.empty()) {
        bool ok = true;
        switch (t.type) {
        case ElementType::Float:
            ok = appendRaw<float>(raw, t.data);
            break;
        case ElementType::Double:
            ok = appendRaw<double>(raw, t.data);
            break;
        case ElementType::Int32:
            ok = appendRaw<std::int32_t>(raw, t.data);
            break;
        case ElementType::Int64:
            ok = appendRaw<std::int64_t>(raw, t.data);
            break;
        case ElementType::UInt8:
        case ElementType::Bool:
            ok = appendRaw<std::uint8_t>(raw, t.data);
            break;
        case ElementType::Int8:
            ok = appendRaw<std::int8_t>(raw, t.data);
            break;
        case ElementType::UInt16:
            ok = appendRaw<std::uint16_t>(raw, t.data);
            break;
        case ElementType::Int16:
            ok = appendRaw<std::int16_t>(raw, t.data);
            break;
        case ElementType::UInt32:
            ok = appendRaw<std::uint32_t>(raw, t.data);
            break;
        case ElementType::UInt64:
            ok = appendRaw<std::uint64_t>(raw, t.data);
            break;
        case ElementType::Float16:
            ok = appendRaw<std::uint16_t>(raw, t.data);
            std::ranges::transform(t.data, t.data.begin(),
                                   [](double bits) { return halfToDouble(std::uint16_t(bits)); });
            break;
        default:
            return std::unexpected(where(t) + ": element type " +
                                   elementTypeName(static_cast<int>(t.type)) + " is not supported");
        }
        if (!ok)
            return std::unexpected(where(t) + ": raw_data size " + std::to_string(raw.size()) +
                                   " is not a multiple of the element size");
    }
    if (std::int64_t(t.data.size()) != elementCount(t.shape))
        return std::unexpected(where(t) + ": " + std::to_string(t.data.size()) +
                               " values for a shape of " + std::to_string(elementCount(t.shape)));
    return t;
}

} // namespace mlwb::onnx
