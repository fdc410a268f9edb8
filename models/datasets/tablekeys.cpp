#include "tablekeys.h"

#include "largebuffers.h"

// Inlined: a million short keys and rows are hashed per table, where a call costs
// as much as the hashing. The same XXH3 as the library's.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <array>

namespace mlwb::datasets::detail {

quint64 hashBytes(std::string_view v) {
    return XXH3_64bits(v.data(), v.size());
}

namespace {

// For the few entries of a bucket: faster than std::sort on so few.
void insertionSort(Entry *begin, Entry *end) {
    for (Entry *i = begin + (begin != end); i < end; ++i) {
        const Entry x = *i;
        const quint64 hash = x.hash();
        Entry *j = i;
        for (; j > begin && (j[-1].hash() > hash || (j[-1].hash() == hash && j[-1].row > x.row));
             --j)
            *j = j[-1];
        *j = x;
    }
}

} // namespace

// Sorts by hash (then row). The hash is uniform: a pass into 256 buckets by its
// top byte, then per bucket (small enough for the cache) a pass into 4096 by the
// next 12 bits, leaves buckets of about one entry (for a million) to finish with
// an insertion sort.
void sortEntries(std::vector<Entry> &v, std::vector<Entry> &scratch) {
    if (v.size() < 65536) {
        std::sort(v.begin(), v.end());
        return;
    }
    constexpr int subBits = 12;
    constexpr size_t subCount = size_t(1) << subBits;
    std::vector<Entry> &byTopByte = scratch;
    reserveLarge(byTopByte, v.size());
    byTopByte.resize(v.size());
    std::array<size_t, 257> top{};
    for (const Entry &e : v)
        ++top[size_t(e.hashHigh >> 24) + 1];
    for (size_t b = 1; b < top.size(); ++b)
        top[b] += top[b - 1];
    std::array<size_t, 256> next{};
    std::copy(top.begin(), top.end() - 1, next.begin());
    for (const Entry &e : v)
        byTopByte[next[e.hashHigh >> 24]++] = e;
    std::vector<quint32> sub(subCount + 1);
    std::vector<quint32> subNext(subCount);
    const auto subBucket = [](const Entry &e) {
        return size_t(e.hashHigh >> (24 - subBits)) & (subCount - 1);
    };
    for (size_t b = 0; b < 256; ++b) {
        const Entry *begin = byTopByte.data() + top[b];
        const Entry *end = byTopByte.data() + top[b + 1];
        std::fill(sub.begin(), sub.end(), 0);
        for (const Entry *e = begin; e != end; ++e)
            ++sub[subBucket(*e) + 1];
        for (size_t k = 1; k < sub.size(); ++k)
            sub[k] += sub[k - 1];
        std::copy(sub.begin(), sub.end() - 1, subNext.begin());
        Entry *out = v.data() + top[b];
        for (const Entry *e = begin; e != end; ++e)
            out[subNext[subBucket(*e)]++] = *e;
        for (size_t k = 0; k < subCount; ++k) {
            if (sub[k + 1] - sub[k] > 1)
                insertionSort(out + sub[k], out + sub[k + 1]);
        }
    }
}

// Key cells of a row joined by the unit separator.
void keyInto(const Table &t, qsizetype row, const std::vector<qsizetype> &cols, std::string &out,
             std::string &scratch) {
    out.clear();
    for (qsizetype c : cols) {
        out.append(t.cell(row, c, scratch));
        out += '\x1f';
    }
}

// `keepMapped`: the table is read again soon, so its pages are not released.
// `sortScratch`: memory for the sort that a scan of the other table can use again.
// `types`: the column types are sampled in the same pass.
KeyScan scanKeys(const Table &t, const std::vector<qsizetype> &cols, bool requireNonEmpty,
                 bool hashRows, bool keepMapped, std::vector<Entry> *sortScratch,
                 ColumnTypeSample *types) {
    KeyScan scan;
    reserveLarge(scan.entries, size_t(t.rowCount()));
    if (hashRows)
        reserveLarge(scan.rowHashes, size_t(t.rowCount()));
    std::string key, scratch, other;
    RowCells cells;
    ReleaseBehind pass(t, keepMapped);
    for (qsizetype r = 0; r < t.rowCount(); ++r) {
        pass.at(r);
        if (types && types->wants(r)) {
            t.cells(r, cells);
            types->add(cells);
        }
        if (hashRows)
            scan.rowHashes.push_back(hashBytes(t.rowBytes(r)));
        std::string_view bytes;
        if (cols.size() == 1) { // one column needs no separators: hash the cell in place
            bytes = t.cell(r, cols.front(), scratch);
        } else {
            keyInto(t, r, cols, key, scratch);
            bytes = key;
        }
        if (requireNonEmpty && bytes.size() == (cols.size() == 1 ? 0 : cols.size())) {
            scan.problem = KeyProblem::Empty; // only separators
            scan.rowX = r;
            return scan;
        }
        scan.entries.push_back(Entry{hashBytes(bytes), quint32(r)});
    }
    std::vector<Entry> ownScratch;
    sortEntries(scan.entries, sortScratch ? *sortScratch : ownScratch);
    for (size_t i = 1; i < scan.entries.size(); ++i) {
        if (scan.entries[i].hash() != scan.entries[i - 1].hash())
            continue;
        keyInto(t, scan.entries[i - 1].row, cols, key, scratch);
        keyInto(t, scan.entries[i].row, cols, other, scratch);
        if (key == other) {
            scan.problem = KeyProblem::Duplicate;
            scan.rowX = scan.entries[i - 1].row;
            scan.rowY = scan.entries[i].row;
            return scan;
        }
    }
    return scan;
}

// The column types of a table from a sample of its rows; the sample maps most of a
// file's pages, which are released before the next table is looked at.
std::vector<ColumnType> typesOf(const Table &t) {
    std::vector<ColumnType> types = inferColumnTypes(t);
    t.releasePages();
    return types;
}

} // namespace mlwb::datasets::detail
