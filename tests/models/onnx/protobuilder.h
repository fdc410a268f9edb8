#pragma once

#include <cstdint>
#include <cstring>
#include <string>

namespace mlwb::onnx::testing {

// Writes protobuf wire format by hand, so tests state exactly which bytes they feed.
inline std::string varint(std::uint64_t v) {
    std::string s;
    while (v >= 0x80) {
        s += char((v & 0x7f) | 0x80);
        v >>= 7;
    }
    s += char(v);
    return s;
}
inline std::string varintField(int field, std::uint64_t v) {
    return varint(std::uint64_t(field) << 3) + varint(v);
}
inline std::string bytesField(int field, const std::string &bytes) {
    return varint((std::uint64_t(field) << 3) | 2) + varint(bytes.size()) + bytes;
}
inline std::string fixed32Field(int field, float v) {
    std::string s = varint((std::uint64_t(field) << 3) | 5);
    char raw[4];
    std::memcpy(raw, &v, 4);
    return s + std::string(raw, 4);
}

} // namespace mlwb::onnx::testing
