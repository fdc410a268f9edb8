#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace mlwb::tracking::importers {

// Reads protobuf wire format field by field; just enough for tfevents.
class ProtoReader {
public:
    enum WireType : std::uint8_t { Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5 };

    struct Field {
        std::uint32_t number = 0;
        WireType type = Varint;
        std::uint64_t scalar = 0; // Varint, Fixed64 and Fixed32
        QByteArrayView bytes;     // LengthDelimited

        double asDouble() const;
        float asFloat() const;
    };

    explicit ProtoReader(QByteArrayView data)
        : m_data(data) {}

    // The next field, or nothing at the end or on malformed input (see failed()).
    std::optional<Field> next();
    bool failed() const { return m_failed; }
    qsizetype offset() const { return m_pos; }

    // Reads a varint from the current position (packed repeated fields).
    std::optional<std::uint64_t> varint();
    bool atEnd() const { return m_pos >= m_data.size(); }

private:
    std::optional<std::uint64_t> fixed(int size);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace mlwb::tracking::importers
