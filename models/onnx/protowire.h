#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace mlwb::onnx {

// Reads protobuf wire format field by field over a byte view, without Qt, so that
// mlwb-serve's shared-library closure stays small. Malformed input ends the stream
// and sets failed(); offset() says where (relative to the view).
class WireReader {
public:
    enum WireType : std::uint8_t { Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5 };

    struct Field {
        std::uint32_t number = 0;
        WireType type = Varint;
        std::uint64_t scalar = 0; // Varint, Fixed64, Fixed32; the length for LengthDelimited
        std::string_view bytes;   // LengthDelimited

        double asDouble() const;
        float asFloat() const;
    };

    explicit WireReader(std::string_view data)
        : m_data(data) {}

    // The next field, or nothing at the end or on malformed input (see failed()).
    std::optional<Field> next();
    // Reads a varint from the current position (packed repeated fields).
    std::optional<std::uint64_t> varint();
    bool failed() const { return m_failed; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    std::size_t offset() const { return m_pos; }

private:
    std::optional<std::uint64_t> fixed(int size);

    std::string_view m_data;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

// Calls f(value) for each varint of a packed (LengthDelimited) or unpacked (Varint)
// repeated integer field; callers reject other wire types first. On a malformed packed
// field returns the reader that stopped (its offset is relative to field.bytes).
template <typename F>
std::optional<WireReader> forEachVarint(const WireReader::Field &field, F &&f) {
    if (field.type == WireReader::Varint) {
        f(field.scalar);
        return std::nullopt;
    }
    WireReader packed(field.type == WireReader::LengthDelimited ? field.bytes : std::string_view());
    while (!packed.atEnd()) {
        const auto v = packed.varint();
        if (!v)
            return packed;
        f(*v);
    }
    return std::nullopt;
}

} // namespace mlwb::onnx
