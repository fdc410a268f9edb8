#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#if __has_include(<sys/mman.h>)
#include <sys/mman.h>
#endif

namespace mlwb::datasets {

// Reserves room for `count` items and, for a buffer of many MiB (the rows, hashes
// and keys of a large table), asks for huge pages: a first touch then maps 2 MiB,
// not 4 KiB, which spares some thousand page faults per table. Only a hint; where
// it is not supported nothing changes.
template <typename T> void reserveLarge(std::vector<T> &items, size_t count) {
    items.reserve(count);
#if defined(MADV_HUGEPAGE)
    constexpr size_t hugePage = 2 * 1024 * 1024;
    const auto begin = reinterpret_cast<std::uintptr_t>(items.data());
    const std::uintptr_t end = begin + items.capacity() * sizeof(T);
    const std::uintptr_t first = (begin + hugePage - 1) & ~std::uintptr_t(hugePage - 1);
    const std::uintptr_t last = end & ~std::uintptr_t(hugePage - 1);
    if (items.capacity() * sizeof(T) >= 4 * hugePage && last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
#endif
}

} // namespace mlwb::datasets
