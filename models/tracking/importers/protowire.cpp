#include "protowire.h"

#include <bit>

namespace mlwb::tracking::importers {

double ProtoReader::Field::asDouble() const {
    return std::bit_cast<double>(scalar);
}

float ProtoReader::Field::asFloat() const {
    return std::bit_cast<float>(static_cast<std::uint32_t>(scalar));
}

std::optional<std::uint64_t> ProtoReader::varint() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_pos >= m_data.size())
            break;
        const auto byte = static_cast<std::uint8_t>(m_data[m_pos++]);
        value |= std::uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
    }
    m_failed = true;
    return std::nullopt;
}

std::optional<std::uint64_t> ProtoReader::fixed(int size) {
    if (m_data.size() - m_pos < size) {
        m_failed = true;
        return std::nullopt;
    }
    std::uint64_t value = 0;
    for (int i = 0; i < size; ++i)
        value |= std::uint64_t(static_cast<std::uint8_t>(m_data[m_pos + i])) << (8 * i);
    m_pos += size;
    return value;
}

std::optional<ProtoReader::Field> ProtoReader::next() {
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
    case LengthDelimited: {
        f.type = LengthDelimited;
        v = varint();
        if (v && *v > std::uint64_t(m_data.size() - m_pos)) {
            m_failed = true;
            return std::nullopt;
        }
        if (v) {
            f.bytes = m_data.sliced(m_pos, qsizetype(*v));
            m_pos += qsizetype(*v);
        }
        break;
    }
    default: // groups (3, 4) are not used by tfevents
        m_failed = true;
        return std::nullopt;
    }
    if (!v)
        return std::nullopt;
    if (f.type != LengthDelimited)
        f.scalar = *v;
    return f;
}

} // namespace mlwb::tracking::importers
