#pragma once

// The byte layout of the steps, times and vals columns of metric_blocks: each column holds
// one plain array of 8-byte little-endian numbers, one per point.

#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <vector>

namespace mlwb::tracking {

// Blocks hold the arrays as they are in memory; the schema says little-endian.
static_assert(std::endian::native == std::endian::little,
              "metric blocks are stored little-endian; add byte swapping for this host");

// The bytes of `count` numbers as they are stored in a block column.
template <typename T> std::span<const char> blockBytes(const T *data, size_t count) {
    return {reinterpret_cast<const char *>(data), count * sizeof(T)};
}

// Appends the numbers stored in a block column to `to`.
template <typename T> void appendBlock(std::vector<T> &to, std::span<const char> blob) {
    const size_t old = to.size();
    to.resize(old + blob.size() / sizeof(T));
    if (!blob.empty())
        std::memcpy(to.data() + old, blob.data(), blob.size());
}

// The numbers stored in a block column, read where they lie when they are aligned for T there
// (as SQLite's copy of a blob is), else copied to `scratch`. Valid while both are unchanged.
template <typename T> const T *blockNumbers(std::span<const char> blob, std::vector<T> &scratch) {
    if (reinterpret_cast<std::uintptr_t>(blob.data()) % alignof(T) == 0)
        return reinterpret_cast<const T *>(blob.data());
    scratch.clear();
    appendBlock(scratch, blob);
    return scratch.data();
}

} // namespace mlwb::tracking
