#include "crc32c.h"

#include <array>

namespace mlwb::tracking::importers {

namespace {

constexpr std::uint32_t kPolynomial = 0x82f63b78; // reflected 0x1edc6f41

constexpr std::array<std::uint32_t, 256> makeTable() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t crc = i;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ kPolynomial : crc >> 1;
        table[i] = crc;
    }
    return table;
}

constexpr std::array<std::uint32_t, 256> kTable = makeTable();

} // namespace

std::uint32_t crc32c(std::span<const char> bytes) {
    std::uint32_t crc = 0xffffffffu;
    for (const char c : bytes)
        crc = kTable[(crc ^ static_cast<std::uint8_t>(c)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

std::uint32_t maskedCrc32c(std::span<const char> bytes) {
    const std::uint32_t crc = crc32c(bytes);
    return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
}

} // namespace mlwb::tracking::importers
