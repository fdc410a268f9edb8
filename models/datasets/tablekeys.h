#pragma once

// The key and row hashes a table diff matches rows by, and the release of a mapped
// table's pages behind passes over it. Parts of diffTables(), not an interface of their own.

#include "columntypes.h"
#include "table.h"

#include <QtGlobal>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::datasets::detail {

// 64-bit XXH3 of bytes.
quint64 hashBytes(std::string_view v);

// A row's hash and its row: 12 bytes (the hash in two halves keeps the struct
// 4-aligned), as a table of a million rows keeps a million of them.
struct Entry {
    quint32 hashHigh = 0;
    quint32 hashLow = 0;
    quint32 row = 0;

    Entry() = default;
    Entry(quint64 h, quint32 r)
        : hashHigh(quint32(h >> 32))
        , hashLow(quint32(h))
        , row(r) {}
    quint64 hash() const { return (quint64(hashHigh) << 32) | hashLow; }
    auto operator<=>(const Entry &) const = default;
};
static_assert(sizeof(Entry) == 12);

// Sorts by hash (then row). The hash is uniform: a pass into 256 buckets by its
// top byte, then per bucket (small enough for the cache) a pass into 4096 by the
// next 12 bits, leaves buckets of about one entry (for a million) to finish with
// an insertion sort.
void sortEntries(std::vector<Entry> &v, std::vector<Entry> &scratch);

// Keeps a pass over a mapped table's rows, in file order, from mapping the whole
// file: the pages behind it are released as it goes, and the rest at its end
// (unless `keep`: the pass leaves the table mapped).
class ReleaseBehind {
public:
    explicit ReleaseBehind(const Table &t, bool keep = false)
        : m_table(t)
        , m_keep(keep) {}
    ~ReleaseBehind() {
        if (!m_keep)
            m_table.releasePages();
    }
    ReleaseBehind(const ReleaseBehind &) = delete;
    ReleaseBehind &operator=(const ReleaseBehind &) = delete;

    void at(qsizetype row) {
        const qint64 offset = m_table.rows[size_t(row)].begin;
        if (!m_keep && offset - m_released >= step)
            m_released = m_table.releasePages(m_released, offset);
    }

private:
    static constexpr qint64 step = 4 * 1024 * 1024;
    const Table &m_table;
    bool m_keep;
    qint64 m_released = 0;
};

// Releases the pages of tables every so many rows of a pass that jumps around
// in them (changed rows, matched rows in B).
class ReleaseEvery {
public:
    ReleaseEvery(std::initializer_list<const Table *> tables, qsizetype rows)
        : m_tables(tables)
        , m_rows(rows) {}
    ~ReleaseEvery() {
        if (m_count > 0)
            release();
    }
    ReleaseEvery(const ReleaseEvery &) = delete;
    ReleaseEvery &operator=(const ReleaseEvery &) = delete;

    void step() {
        if (++m_count % m_rows == 0)
            release();
    }

private:
    void release() const {
        for (const Table *t : m_tables)
            t->releasePages();
    }
    std::vector<const Table *> m_tables;
    qsizetype m_rows;
    qsizetype m_count = 0;
};

// Key cells of a row joined by the unit separator.
void keyInto(const Table &t, qsizetype row, const std::vector<qsizetype> &cols, std::string &out,
             std::string &scratch);

enum class KeyProblem { None, Empty, Duplicate };

struct KeyScan {
    std::vector<Entry> entries; // sorted
    // For each row, the 64-bit XXH3 of its bytes (when asked for): matched rows with equal
    // hashes need not be read again to be found equal (a changed row would go unseen only if
    // its old and new bytes shared a hash, about once in 1.8e19 changed rows).
    std::vector<quint64> rowHashes;
    KeyProblem problem = KeyProblem::None;
    qsizetype rowX = -1;
    qsizetype rowY = -1;
};

// `keepMapped`: the table is read again soon, so its pages are not released.
// `sortScratch`: memory for the sort that a scan of the other table can use again.
// `types`: the column types are sampled in the same pass.
KeyScan scanKeys(const Table &t, const std::vector<qsizetype> &cols, bool requireNonEmpty,
                 bool hashRows = false, bool keepMapped = false,
                 std::vector<Entry> *sortScratch = nullptr, ColumnTypeSample *types = nullptr);

// The column types of a table from a sample of its rows; the sample maps most of a
// file's pages, which are released before the next table is looked at.
std::vector<ColumnType> typesOf(const Table &t);

} // namespace mlwb::datasets::detail
