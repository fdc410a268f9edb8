#pragma once

#include <cstdint>
#include <span>

namespace mlwb::tracking::importers {

// CRC-32C (Castagnoli), as TFRecord files use it.
std::uint32_t crc32c(std::span<const char> bytes);
// TFRecord's masked form, which keeps CRCs of CRCs from degenerating.
std::uint32_t maskedCrc32c(std::span<const char> bytes);

} // namespace mlwb::tracking::importers
