#include "tablediff.h"

#include <QCoreApplication>

#include <xxhash.h>

#include <algorithm>
#include <cmath>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

QString text(std::string_view v) {
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

quint64 hashBytes(std::string_view v) {
    return XXH3_64bits(v.data(), v.size());
}

// The items whose flag in `used` is not set, in their order.
template <typename T>
std::vector<T> unusedItems(const std::vector<T> &items, const std::vector<bool> &used) {
    std::vector<T> kept;
    for (size_t k = 0; k < items.size(); ++k) {
        if (!used[k])
            kept.push_back(items[k]);
    }
    return kept;
}

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

// Sorts by hash (then row): one pass into buckets by the top 16 bits of the
// hash, which is uniform, then a small sort per bucket.
void sortEntries(std::vector<Entry> &v) {
    if (v.size() < 65536) {
        std::sort(v.begin(), v.end());
        return;
    }
    std::vector<quint32> starts(65537, 0);
    for (const Entry &e : v)
        ++starts[size_t(e.hashHigh >> 16) + 1];
    for (size_t b = 1; b < starts.size(); ++b)
        starts[b] += starts[b - 1];
    std::vector<quint32> next(starts.begin(), starts.end() - 1);
    std::vector<Entry> out(v.size());
    for (const Entry &e : v)
        out[next[size_t(e.hashHigh >> 16)]++] = e;
    for (size_t b = 0; b + 1 < starts.size(); ++b)
        std::sort(out.begin() + starts[b], out.begin() + starts[b + 1]);
    v.swap(out);
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

enum class KeyProblem { None, Empty, Duplicate };

struct KeyScan {
    std::vector<Entry> entries; // sorted
    KeyProblem problem = KeyProblem::None;
    qsizetype rowX = -1;
    qsizetype rowY = -1;
};

KeyScan scanKeys(const Table &t, const std::vector<qsizetype> &cols, bool requireNonEmpty) {
    KeyScan scan;
    scan.entries.reserve(size_t(t.rowCount()));
    std::string key, scratch, other;
    for (qsizetype r = 0; r < t.rowCount(); ++r) {
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
    sortEntries(scan.entries);
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

bool numbersClose(std::string_view a, std::string_view b, double absTol, double relTol) {
    const auto x = parseNumber(a);
    const auto y = parseNumber(b);
    if (!x || !y)
        return false;
    const double d = std::fabs(*x - *y);
    return d <= absTol || d <= relTol * std::max(std::fabs(*x), std::fabs(*y));
}

struct Pending {
    RowChangeKind kind;
    qint64 ra;
    qint64 rb;
    QList<CellChange> cells;
    double position = 0;
};

class Differ {
public:
    Differ(const Table &a, const Table &b, const TableDiffOptions &options, TableDiff &diff)
        : m_a(a)
        , m_b(b)
        , m_options(options)
        , m_diff(diff) {}

    Status run();

private:
    void diffSchema();
    void detectRenames(std::vector<qsizetype> &removedA, std::vector<qsizetype> &addedB);
    Result<std::vector<qsizetype>> columnsOf(const Table &t, const QString &which) const;
    Status diffKeyed(const std::vector<qsizetype> &keyA, const std::vector<qsizetype> &keyB,
                     std::vector<Entry> entriesA, std::vector<Entry> entriesB);
    void diffUnkeyed();
    void pairChanged(std::vector<qint64> &removed, std::vector<qint64> &added);
    // Lists the rows only in A as removed and those only in B as added.
    void recordUnmatched(const std::vector<qint64> &removed, const std::vector<qint64> &added);
    // Compares matched rows; returns the changed cells (empty when the same).
    QList<CellChange> compare(qint64 ra, qint64 rb, int *equalCells = nullptr);
    quint64 contentHash(const Table &t, qsizetype row, bool sideA);
    void finish();

    const Table &m_a;
    const Table &m_b;
    const TableDiffOptions &m_options;
    TableDiff &m_diff;
    std::vector<qsizetype> m_bToA; // for each column of B, its column in A or -1
    bool m_identity = false;       // same columns, order and dialect: rows compare as bytes
    bool m_tolerant = false;
    std::vector<qint32> m_matchA; // for each row of A, its row in B or -1
    std::vector<Pending> m_pending;
    RowCells m_cellsA;
    RowCells m_cellsB;
    std::string m_canonical;
};

void Differ::diffSchema() {
    SchemaDiff &s = m_diff.schema;
    s.columnsA = m_a.columns;
    s.columnsB = m_b.columns;
    m_bToA.assign(size_t(m_b.columns.size()), -1);
    std::vector<qsizetype> addedB, removedA;
    for (qsizetype j = 0; j < m_b.columns.size(); ++j) {
        m_bToA[size_t(j)] = m_a.columns.indexOf(m_b.columns.at(j));
        if (m_bToA[size_t(j)] < 0)
            addedB.push_back(j);
    }
    for (qsizetype i = 0; i < m_a.columns.size(); ++i) {
        if (!m_b.columns.contains(m_a.columns.at(i)))
            removedA.push_back(i);
    }
    if (!addedB.empty() && !removedA.empty())
        detectRenames(removedA, addedB);
    for (qsizetype j : addedB)
        s.added.append(m_b.columns.at(j));
    for (qsizetype i : removedA)
        s.removed.append(m_a.columns.at(i));

    qsizetype last = -1;
    for (qsizetype mapped : m_bToA) {
        if (mapped < 0)
            continue;
        if (mapped < last)
            s.reordered = true;
        last = mapped;
    }
    const std::vector<ColumnType> typesA = inferColumnTypes(m_a);
    const std::vector<ColumnType> typesB = inferColumnTypes(m_b);
    for (size_t j = 0; j < m_bToA.size(); ++j) {
        if (m_bToA[j] < 0)
            continue;
        const ColumnType from = typesA[size_t(m_bToA[j])];
        const ColumnType to = typesB[j];
        if (from != to && from != ColumnType::Empty && to != ColumnType::Empty)
            s.typeChanged.append(ColumnTypeChange{m_b.columns.at(qsizetype(j)), from, to});
    }
    m_identity = m_a.columns == m_b.columns && m_a.dialect.delimiter == m_b.dialect.delimiter &&
                 m_a.dialect.quote == m_b.dialect.quote;
}

// A removed and an added column with the same values (as a multiset, so that
// row order does not matter) are one renamed column.
void Differ::detectRenames(std::vector<qsizetype> &removedA, std::vector<qsizetype> &addedB) {
    if (m_a.rowCount() != m_b.rowCount())
        return;
    auto fingerprints = [](const Table &t, const std::vector<qsizetype> &cols) {
        std::vector<quint64> sums(cols.size(), 0);
        RowCells cells;
        for (qsizetype r = 0; r < t.rowCount(); ++r) {
            t.cells(r, cells);
            for (size_t k = 0; k < cols.size(); ++k)
                sums[k] += hashBytes(cells.at(cols[k]));
        }
        return sums;
    };
    const std::vector<quint64> fa = fingerprints(m_a, removedA);
    const std::vector<quint64> fb = fingerprints(m_b, addedB);
    std::vector<bool> usedB(addedB.size(), false);
    std::vector<qsizetype> keptA;
    for (size_t i = 0; i < removedA.size(); ++i) {
        bool renamed = false;
        for (size_t j = 0; j < addedB.size() && !renamed; ++j) {
            if (usedB[j] || fa[i] != fb[j])
                continue;
            usedB[j] = true;
            renamed = true;
            m_bToA[size_t(addedB[j])] = removedA[i];
            m_diff.schema.renamed.append(
                ColumnRename{m_a.columns.at(removedA[i]), m_b.columns.at(addedB[j])});
        }
        if (!renamed)
            keptA.push_back(removedA[i]);
    }
    removedA = std::move(keptA);
    addedB = unusedItems(addedB, usedB);
}

QList<CellChange> Differ::compare(qint64 ra, qint64 rb, int *equalCells) {
    if (m_identity && m_a.rowBytes(ra) == m_b.rowBytes(rb)) {
        if (equalCells)
            *equalCells = int(m_bToA.size());
        return {};
    }
    m_a.cells(ra, m_cellsA);
    m_b.cells(rb, m_cellsB);
    QList<CellChange> changes;
    int equal = 0;
    for (size_t j = 0; j < m_bToA.size(); ++j) {
        if (m_bToA[j] < 0)
            continue;
        const std::string_view va = m_cellsA.at(m_bToA[j]);
        const std::string_view vb = m_cellsB.at(qsizetype(j));
        if (va == vb ||
            (m_tolerant && numbersClose(va, vb, m_options.absTolerance, m_options.relTolerance))) {
            ++equal;
            continue;
        }
        changes.append(CellChange{m_b.columns.at(qsizetype(j)), text(va), text(vb)});
    }
    if (equalCells)
        *equalCells = equal;
    return changes;
}

Result<std::vector<qsizetype>> Differ::columnsOf(const Table &t, const QString &which) const {
    std::vector<qsizetype> cols;
    for (const QString &name : m_options.keyColumns) {
        const qsizetype c = t.columns.indexOf(name);
        if (c < 0)
            return fail(tr("diff %1 and %2").arg(m_a.source, m_b.source),
                        tr("the key column '%1' is not in %2 (%3)")
                            .arg(name, which, t.columns.join(QStringLiteral(", "))),
                        tr("name a column that both tables have"));
        cols.push_back(c);
    }
    return cols;
}

Status Differ::diffKeyed(const std::vector<qsizetype> &keyA, const std::vector<qsizetype> &keyB,
                         std::vector<Entry> ea, std::vector<Entry> eb) {
    std::string ka, kb, scratch;
    size_t i = 0, j = 0;
    std::vector<qint64> removed, added;
    while (i < ea.size() || j < eb.size()) {
        if (j == eb.size() || (i < ea.size() && ea[i].hash() < eb[j].hash())) {
            removed.push_back(ea[i++].row);
            continue;
        }
        if (i == ea.size() || eb[j].hash() < ea[i].hash()) {
            added.push_back(eb[j++].row);
            continue;
        }
        size_t i2 = i, j2 = j;
        while (i2 < ea.size() && ea[i2].hash() == ea[i].hash())
            ++i2;
        while (j2 < eb.size() && eb[j2].hash() == eb[j].hash())
            ++j2;
        if (i2 - i == 1 && j2 - j == 1) { // keys are unique: one hash, one key
            m_matchA[ea[i].row] = qint32(eb[j].row);
        } else { // a hash collision between different keys
            std::vector<bool> usedB(j2 - j, false);
            for (size_t x = i; x < i2; ++x) {
                keyInto(m_a, ea[x].row, keyA, ka, scratch);
                bool found = false;
                for (size_t y = j; y < j2 && !found; ++y) {
                    keyInto(m_b, eb[y].row, keyB, kb, scratch);
                    if (!usedB[y - j] && ka == kb) {
                        usedB[y - j] = found = true;
                        m_matchA[ea[x].row] = qint32(eb[y].row);
                    }
                }
                if (!found)
                    removed.push_back(ea[x].row);
            }
            for (size_t y = j; y < j2; ++y) {
                if (!usedB[y - j])
                    added.push_back(eb[y].row);
            }
        }
        i = i2;
        j = j2;
    }
    for (qint64 ra = 0; ra < qint64(m_matchA.size()); ++ra) {
        if (m_matchA[size_t(ra)] < 0)
            continue;
        QList<CellChange> cells = compare(ra, m_matchA[size_t(ra)]);
        if (cells.isEmpty()) {
            ++m_diff.counts.unchanged;
        } else {
            ++m_diff.counts.changed;
            m_pending.push_back({RowChangeKind::Changed, ra, m_matchA[size_t(ra)], cells});
        }
    }
    recordUnmatched(removed, added);
    return {};
}

quint64 Differ::contentHash(const Table &t, qsizetype row, bool sideA) {
    if (m_identity)
        return hashBytes(t.rowBytes(row));
    t.cells(row, m_cellsA);
    m_canonical.clear();
    for (size_t j = 0; j < m_bToA.size(); ++j) {
        if (m_bToA[j] < 0)
            continue;
        m_canonical.append(m_cellsA.at(sideA ? m_bToA[j] : qsizetype(j)));
        m_canonical += '\x1f';
    }
    return hashBytes(m_canonical);
}

void Differ::diffUnkeyed() {
    std::vector<Entry> ea, eb;
    ea.reserve(size_t(m_a.rowCount()));
    eb.reserve(size_t(m_b.rowCount()));
    for (qsizetype r = 0; r < m_a.rowCount(); ++r)
        ea.push_back(Entry{contentHash(m_a, r, true), quint32(r)});
    for (qsizetype r = 0; r < m_b.rowCount(); ++r)
        eb.push_back(Entry{contentHash(m_b, r, false), quint32(r)});
    sortEntries(ea);
    sortEntries(eb);
    std::vector<qint64> removed, added;
    size_t i = 0, j = 0;
    while (i < ea.size() || j < eb.size()) {
        if (j == eb.size() || (i < ea.size() && ea[i].hash() < eb[j].hash())) {
            removed.push_back(ea[i++].row);
        } else if (i == ea.size() || eb[j].hash() < ea[i].hash()) {
            added.push_back(eb[j++].row);
        } else { // equal content: pair duplicates in row order
            m_matchA[ea[i].row] = qint32(eb[j].row);
            ++m_diff.counts.unchanged;
            ++i;
            ++j;
        }
    }
    std::sort(removed.begin(), removed.end());
    std::sort(added.begin(), added.end());
    if (m_options.pairChangedRows)
        pairChanged(removed, added);
    recordUnmatched(removed, added);
}

// Walks the removed and added rows in file order and pairs each removed row
// with the most similar of the next few added rows.
void Differ::recordUnmatched(const std::vector<qint64> &removed, const std::vector<qint64> &added) {
    for (qint64 ra : removed)
        m_pending.push_back({RowChangeKind::Removed, ra, -1, {}});
    for (qint64 rb : added)
        m_pending.push_back({RowChangeKind::Added, -1, rb, {}});
    m_diff.counts.removed = qint64(removed.size());
    m_diff.counts.added = qint64(added.size());
}

void Differ::pairChanged(std::vector<qint64> &removed, std::vector<qint64> &added) {
    constexpr size_t window = 8;
    const int mapped =
        int(std::count_if(m_bToA.begin(), m_bToA.end(), [](qsizetype c) { return c >= 0; }));
    if (mapped == 0)
        return;
    std::vector<bool> addedUsed(added.size(), false);
    std::vector<qint64> keptRemoved;
    size_t start = 0;
    for (qint64 ra : removed) {
        while (start < added.size() && addedUsed[start])
            ++start;
        size_t best = added.size();
        int bestEqual = -1;
        QList<CellChange> bestCells;
        for (size_t k = start, seen = 0; k < added.size() && seen < window; ++k) {
            if (addedUsed[k])
                continue;
            ++seen;
            int equal = 0;
            QList<CellChange> cells = compare(ra, added[k], &equal);
            if (equal * 2 >= mapped && equal > bestEqual) {
                best = k;
                bestEqual = equal;
                bestCells = std::move(cells);
            }
        }
        if (best == added.size()) {
            keptRemoved.push_back(ra);
            continue;
        }
        addedUsed[best] = true;
        m_matchA[size_t(ra)] = qint32(added[best]);
        if (bestCells.isEmpty()) { // equal within tolerance or quoting
            ++m_diff.counts.unchanged;
        } else {
            ++m_diff.counts.changed;
            m_pending.push_back({RowChangeKind::Changed, ra, added[best], bestCells});
        }
    }
    removed = std::move(keptRemoved);
    added = unusedItems(added, addedUsed);
}

QStringList rowValues(const Table &t, qsizetype row, RowCells &cells) {
    t.cells(row, cells);
    QStringList values;
    values.reserve(t.columns.size());
    for (qsizetype c = 0; c < t.columns.size(); ++c)
        values.append(text(cells.at(c)));
    return values;
}

// Orders the changes as B's rows, with each removed row after the B row that
// its nearest preceding matched A row became.
void Differ::finish() {
    std::vector<double> removedPosition(m_matchA.size(), -0.5);
    double last = -0.5;
    for (size_t ra = 0; ra < m_matchA.size(); ++ra) {
        if (m_matchA[ra] >= 0)
            last = m_matchA[ra];
        else
            removedPosition[ra] = last + 0.5;
    }
    for (Pending &p : m_pending)
        p.position = p.kind == RowChangeKind::Removed ? removedPosition[size_t(p.ra)] : p.rb;
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const Pending &x, const Pending &y) { return x.position < y.position; });
    std::vector<qsizetype> keyA, keyB;
    for (const QString &k : m_diff.keyColumns) {
        keyA.push_back(m_a.columns.indexOf(k));
        keyB.push_back(m_b.columns.indexOf(k));
    }
    RowCells cells;
    for (Pending &p : m_pending) {
        if (m_options.maxRowChanges >= 0 && m_diff.changes.size() >= m_options.maxRowChanges) {
            m_diff.changesTruncated = true;
            break;
        }
        RowChange change;
        change.kind = p.kind;
        if (p.ra >= 0) {
            change.rowA = p.ra + 1;
            change.lineA = m_a.rows[size_t(p.ra)].line;
        }
        if (p.rb >= 0) {
            change.rowB = p.rb + 1;
            change.lineB = m_b.rows[size_t(p.rb)].line;
        }
        const Table &side = p.rb >= 0 ? m_b : m_a;
        change.values = rowValues(side, p.rb >= 0 ? p.rb : p.ra, cells);
        const std::vector<qsizetype> &key = p.rb >= 0 ? keyB : keyA;
        for (qsizetype c : key)
            change.key.append(change.values.value(c));
        change.cells = std::move(p.cells);
        m_diff.changes.append(std::move(change));
    }
}

Status Differ::run() {
    m_diff.sourceA = m_a.source;
    m_diff.sourceB = m_b.source;
    m_diff.issues = m_a.issues + m_b.issues;
    m_tolerant = m_options.absTolerance > 0 || m_options.relTolerance > 0;
    diffSchema();
    m_matchA.assign(size_t(m_a.rowCount()), -1);

    if (!m_options.unkeyed && !m_options.keyColumns.isEmpty()) {
        MLWB_ASSIGN_OR_RETURN(const std::vector<qsizetype> keyA, columnsOf(m_a, m_a.source));
        MLWB_ASSIGN_OR_RETURN(const std::vector<qsizetype> keyB, columnsOf(m_b, m_b.source));
        KeyScan sa = scanKeys(m_a, keyA, false);
        KeyScan sb = scanKeys(m_b, keyB, false);
        for (const auto &[scan, table] : {std::pair{&sa, &m_a}, std::pair{&sb, &m_b}}) {
            if (scan->problem != KeyProblem::Duplicate)
                continue;
            return fail(tr("diff %1 and %2").arg(m_a.source, m_b.source),
                        tr("the key (%1) is not unique: lines %2 and %3 of %4 have the same key")
                            .arg(m_options.keyColumns.join(QStringLiteral(", ")))
                            .arg(table->rows[size_t(scan->rowX)].line)
                            .arg(table->rows[size_t(scan->rowY)].line)
                            .arg(table->source),
                        tr("add key columns until rows are unique, or diff without a key"));
        }
        m_diff.keyColumns = m_options.keyColumns;
        MLWB_TRY(diffKeyed(keyA, keyB, std::move(sa.entries), std::move(sb.entries)));
    } else if (!m_options.unkeyed) {
        bool keyed = false;
        for (qsizetype ca = 0; ca < m_a.columns.size() && !keyed; ++ca) {
            const qsizetype cb = m_b.columns.indexOf(m_a.columns.at(ca));
            if (cb < 0)
                continue;
            KeyScan sa = scanKeys(m_a, {ca}, true);
            if (sa.problem != KeyProblem::None)
                continue;
            KeyScan sb = scanKeys(m_b, {cb}, true);
            if (sb.problem != KeyProblem::None)
                continue;
            keyed = true;
            m_diff.keyColumns = {m_a.columns.at(ca)};
            m_diff.keySuggested = true;
            MLWB_TRY(diffKeyed({ca}, {cb}, std::move(sa.entries), std::move(sb.entries)));
        }
        if (!keyed)
            diffUnkeyed();
    } else {
        diffUnkeyed();
    }
    finish();
    return {};
}

} // namespace

std::optional<QString> suggestKeyColumn(const Table &a, const Table &b) {
    for (qsizetype ca = 0; ca < a.columns.size(); ++ca) {
        const qsizetype cb = b.columns.indexOf(a.columns.at(ca));
        if (cb >= 0 && scanKeys(a, {ca}, true).problem == KeyProblem::None &&
            scanKeys(b, {cb}, true).problem == KeyProblem::None)
            return a.columns.at(ca);
    }
    return std::nullopt;
}

Result<TableDiff> diffTables(const Table &a, const Table &b, const TableDiffOptions &options) {
    TableDiff diff;
    Differ differ(a, b, options, diff);
    MLWB_TRY(differ.run());
    return diff;
}

Result<TableDiff> diffTables(const QString &pathA, const QString &pathB,
                             const TableDiffOptions &options) {
    MLWB_ASSIGN_OR_RETURN(const Table a, readTable(pathA, options.read));
    MLWB_ASSIGN_OR_RETURN(const Table b, readTable(pathB, options.read));
    return diffTables(a, b, options);
}

} // namespace mlwb::datasets
