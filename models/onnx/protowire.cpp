#include "protowire.h"

#include <bit>

namespace mlwb::onnx {

double WireReader::Field::asDouble() const {
    return std::bit_cast<double>(scalar);
}

float WireReader::Field::asFloat() const {
    return std::bit_cast<float>(static_cast<std::uint32_t>(scalar));
}

std::optional<std::uint64_t> WireReader::varint() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64 && m_pos < m_data.size(); shift += 7) {
        const auto byte = static_cast<std::uint8_t>(m_data[m_pos++]);
        value |= std::uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
    }
    m_failed = true;
    return std::nullopt;
}

std::optional<std::uint64_t> WireReader::fixed(int size) {
    if (m_data.size() - m_pos < std::size_t(size)) {
        m_failed = true;
        return std::nullopt;
    }
    std::uint64_t value = 0;
    for (int i = 0; i < size; ++i)
        value |= std::uint64_t(static_cast<std::uint8_t>(m_data[m_pos + std::size_t(i)]))
                 << (8 * i);
    m_pos += std::size_t(size);
    return value;
}

std::optional<WireReader::Field> WireReader::next() {
    if (m_failed || atEnd())
        return std::nullopt;
    const std::optional<std::uint64_t> key = varint();
    if (!key)
        return std::nullopt;
    Field f;
    f.number = static_cast<std::uint32_t>(*key >> 3);
    std::optional<std::uint64_t> v;
    switch (*key & 7) {
    case Varint:
        f.type = Varint;
        v = varint();
        break;
    case Fixed64:
        f.type = Fixed64;
        v = fixed(8);
        break;
    case Fixed32:
        f.type = Fixed32;
        v = fixed(4);
        break;
    case LengthDelimited:
        f.type = LengthDelimited;
        v = varint();
        if (v && *v > m_data.size() - m_pos) {
            m_failed = true;
            return std::nullopt;
        }
        if (v) {
            f.bytes = m_data.substr(m_pos, std::size_t(*v));
            m_pos += std::size_t(*v);
        }
        break;
    default: // groups (3, 4) are used by neither ONNX nor tfevents
        m_failed = true;
        return std::nullopt;
    }
    if (!v)
        return std::nullopt;
    f.scalar = *v;
    return f;
}

} // namespace mlwb::onnx
