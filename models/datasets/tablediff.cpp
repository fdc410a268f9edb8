#include "tablediff.h"

#include "largebuffers.h"
#include "tablekeys.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <tuple>

namespace mlwb::datasets {

using namespace detail;

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

QString text(std::string_view v) {
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
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

} // namespace

struct detail::KeyedSide {
    explicit KeyedSide(const Table &a)
        : types(a) {}
    std::vector<qsizetype> keyColumns;
    KeyScan scan;
    ColumnTypeSample types;
};

namespace {

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
    // Matched rows whose bytes differ: compared when the changes are listed, in the
    // order of B, so that the tables are read once more in order, not at random.
    bool compareLater = false;
};

class Differ {
public:
    Differ(const Table &a, const Table &b, const TableDiffOptions &options, TableDiff &diff,
           detail::KeyedSide *preparedA = nullptr)
        : m_a(a)
        , m_b(b)
        , m_options(options)
        , m_diff(diff)
        , m_preparedA(preparedA) {}

    Status run();

private:
    void diffSchema();
    void diffTypes(const std::vector<ColumnType> &typesA, const std::vector<ColumnType> &typesB);
    void detectRenames(std::vector<qsizetype> &removedA, std::vector<qsizetype> &addedB);
    Result<std::vector<qsizetype>> columnsOf(const Table &t, const QString &which) const;
    Status diffKeyed(const std::vector<qsizetype> &keyA, const std::vector<qsizetype> &keyB,
                     KeyScan scanA, KeyScan scanB);
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
    detail::KeyedSide *m_preparedA;
    std::vector<qsizetype> m_bToA; // for each column of B, its column in A or -1
    bool m_identity = false;       // same columns, order and dialect: rows compare as bytes
    bool m_tolerant = false;
    std::vector<qint32> m_matchA; // for each row of A, its row in B or -1
    std::vector<Pending> m_pending;
    RowCells m_cellsA;
    RowCells m_cellsB;
    // Rows of A are read with system calls: its pages were released, and a few rows
    // far apart are wanted.
    bool m_readA = false;
    std::string m_bufferA;
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
    m_identity = m_a.columns == m_b.columns && m_a.dialect.delimiter == m_b.dialect.delimiter &&
                 m_a.dialect.quote == m_b.dialect.quote;
}

void Differ::diffTypes(const std::vector<ColumnType> &typesA,
                       const std::vector<ColumnType> &typesB) {
    SchemaDiff &s = m_diff.schema;
    for (size_t j = 0; j < m_bToA.size(); ++j) {
        if (m_bToA[j] < 0)
            continue;
        const ColumnType from = typesA[size_t(m_bToA[j])];
        const ColumnType to = typesB[j];
        if (from != to && from != ColumnType::Empty && to != ColumnType::Empty)
            s.typeChanged.append(ColumnTypeChange{m_b.columns.at(qsizetype(j)), from, to});
    }
}

// A removed and an added column with the same values (as a multiset, so that
// row order does not matter) are one renamed column.
void Differ::detectRenames(std::vector<qsizetype> &removedA, std::vector<qsizetype> &addedB) {
    if (m_a.rowCount() != m_b.rowCount())
        return;
    auto fingerprints = [](const Table &t, const std::vector<qsizetype> &cols) {
        std::vector<quint64> sums(cols.size(), 0);
        RowCells cells;
        ReleaseBehind pass(t);
        for (qsizetype r = 0; r < t.rowCount(); ++r) {
            pass.at(r);
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
    const std::string_view bytesA = m_readA ? m_a.rowBytes(ra, m_bufferA) : m_a.rowBytes(ra);
    const std::string_view bytesB = m_b.rowBytes(rb);
    if (m_identity && bytesA == bytesB) {
        if (equalCells)
            *equalCells = int(m_bToA.size());
        return {};
    }
    m_a.splitCells(bytesA, m_cellsA);
    m_b.splitCells(bytesB, m_cellsB);
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
                         KeyScan scanA, KeyScan scanB) {
    const std::vector<Entry> &ea = scanA.entries;
    const std::vector<Entry> &eb = scanB.entries;
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
    const bool hashed = m_identity && !scanA.rowHashes.empty() && !scanB.rowHashes.empty();
    ReleaseEvery pages({&m_a, &m_b}, 65536);
    for (qint64 ra = 0; ra < qint64(m_matchA.size()); ++ra) {
        if (m_matchA[size_t(ra)] < 0)
            continue;
        if (hashed) {
            const qint64 rb = m_matchA[size_t(ra)];
            if (scanA.rowHashes[size_t(ra)] == scanB.rowHashes[size_t(rb)])
                ++m_diff.counts.unchanged;
            else
                m_pending.push_back({RowChangeKind::Changed, ra, rb, {}, 0, true});
            continue;
        }
        pages.step();
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
    for (const auto &[t, entries, sideA] :
         {std::tuple{&m_a, &ea, true}, std::tuple{&m_b, &eb, false}}) {
        ReleaseBehind pass(*t);
        for (qsizetype r = 0; r < t->rowCount(); ++r) {
            pass.at(r);
            entries->push_back(Entry{contentHash(*t, r, sideA), quint32(r)});
        }
    }
    std::vector<Entry> scratch;
    sortEntries(ea, scratch);
    sortEntries(eb, scratch);
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
    ReleaseEvery pages({&m_a, &m_b}, 4096);
    for (qint64 ra : removed) {
        pages.step();
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

QStringList rowValues(const Table &t, qsizetype row, RowCells &cells, std::string *buffer) {
    t.splitCells(buffer ? t.rowBytes(row, *buffer) : t.rowBytes(row), cells);
    QStringList values;
    values.reserve(t.columns.size());
    for (qsizetype c = 0; c < t.columns.size(); ++c)
        values.append(text(cells.at(c)));
    return values;
}

// Orders the changes as B's rows, with each removed row after the B row that
// its nearest preceding matched A row became.
void Differ::finish() {
    std::vector<Pending *> removed;
    for (Pending &p : m_pending) {
        if (p.kind == RowChangeKind::Removed)
            removed.push_back(&p);
        else
            p.position = double(p.rb);
    }
    std::sort(removed.begin(), removed.end(),
              [](const Pending *x, const Pending *y) { return x->ra < y->ra; });
    double last = -0.5; // the B row of the last matched A row before
    size_t ra = 0;
    for (Pending *p : removed) {
        for (; ra < size_t(p->ra); ++ra) {
            if (m_matchA[ra] >= 0)
                last = m_matchA[ra];
        }
        p->position = last + 0.5;
    }
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const Pending &x, const Pending &y) { return x.position < y.position; });
    std::vector<qsizetype> keyA, keyB;
    for (const QString &k : m_diff.keyColumns) {
        keyA.push_back(m_a.columns.indexOf(k));
        keyB.push_back(m_b.columns.indexOf(k));
    }
    RowCells cells;
    // B is read in order: its pages are released behind. A's rows (changed and
    // removed) are read with a system call each while they are fewer than A's pages.
    ReleaseBehind pagesB(m_b);
    const auto rowsOfA = std::count_if(m_pending.begin(), m_pending.end(), [](const Pending &p) {
        return p.compareLater || p.kind == RowChangeKind::Removed;
    });
    m_readA = qint64(rowsOfA) < m_a.data.size() / 4096;
    ReleaseEvery pagesA({&m_a}, 65536);
    for (Pending &p : m_pending) {
        if (p.rb >= 0)
            pagesB.at(p.rb);
        if (!m_readA)
            pagesA.step();
        if (p.compareLater) {
            p.cells = compare(p.ra, p.rb);
            if (p.cells.isEmpty()) { // equal within tolerance or quoting
                ++m_diff.counts.unchanged;
                continue;
            }
            ++m_diff.counts.changed;
        }
        if (m_diff.changesTruncated)
            continue; // the counts of rows compared here still go on
        if (m_options.maxRowChanges >= 0 && m_diff.changes.size() >= m_options.maxRowChanges) {
            m_diff.changesTruncated = true;
            continue;
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
        change.values = rowValues(side, p.rb >= 0 ? p.rb : p.ra, cells,
                                  p.rb < 0 && m_readA ? &m_bufferA : nullptr);
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
        // Each table's column types and keys in one pass over its pages. Only B stays
        // mapped: the changes are listed in its order.
        std::vector<Entry> scratch;
        ColumnTypeSample typesA(m_a);
        KeyScan sa;
        if (m_preparedA && m_preparedA->keyColumns == keyA) {
            sa = std::move(m_preparedA->scan);
            typesA = std::move(m_preparedA->types);
        } else {
            sa = scanKeys(m_a, keyA, false, m_identity, false, &scratch, &typesA);
        }
        ColumnTypeSample typesB(m_b);
        KeyScan sb = scanKeys(m_b, keyB, false, m_identity, true, &scratch, &typesB);
        scratch = {};
        diffTypes(typesA.types(), typesB.types());
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
        MLWB_TRY(diffKeyed(keyA, keyB, std::move(sa), std::move(sb)));
    } else if (!m_options.unkeyed) {
        diffTypes(typesOf(m_a), typesOf(m_b));
        bool keyed = false;
        for (qsizetype ca = 0; ca < m_a.columns.size() && !keyed; ++ca) {
            const qsizetype cb = m_b.columns.indexOf(m_a.columns.at(ca));
            if (cb < 0)
                continue;
            KeyScan sa = scanKeys(m_a, {ca}, true, m_identity);
            if (sa.problem != KeyProblem::None)
                continue;
            KeyScan sb = scanKeys(m_b, {cb}, true, m_identity);
            if (sb.problem != KeyProblem::None)
                continue;
            keyed = true;
            m_diff.keyColumns = {m_a.columns.at(ca)};
            m_diff.keySuggested = true;
            MLWB_TRY(diffKeyed({ca}, {cb}, std::move(sa), std::move(sb)));
        }
        if (!keyed)
            diffUnkeyed();
    } else {
        diffTypes(typesOf(m_a), typesOf(m_b));
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

std::shared_ptr<detail::KeyedSide> prepareKeyedSide(const Table &a,
                                                    const TableDiffOptions &options) {
    if (options.unkeyed || options.keyColumns.isEmpty())
        return {};
    auto side = std::make_shared<detail::KeyedSide>(a);
    for (const QString &name : options.keyColumns) {
        const qsizetype c = a.columns.indexOf(name);
        if (c < 0)
            return {};
        side->keyColumns.push_back(c);
    }
    // Row hashes whether or not B turns out to have the same columns: B is not read yet.
    side->scan = scanKeys(a, side->keyColumns, false, true, false, nullptr, &side->types);
    return side;
}

Result<TableDiff> diffTables(const Table &a, const Table &b, const TableDiffOptions &options) {
    return diffTables(a, b, options, nullptr);
}

Result<TableDiff> diffTables(const Table &a, const Table &b, const TableDiffOptions &options,
                             std::shared_ptr<detail::KeyedSide> preparedA) {
    TableDiff diff;
    Differ differ(a, b, options, diff, preparedA.get());
    MLWB_TRY(differ.run());
    return diff;
}

Result<TableDiff> diffTables(const QString &pathA, const QString &pathB,
                             const TableDiffOptions &options) {
    MLWB_ASSIGN_OR_RETURN(const Table a, readTable(pathA, options.read));
    auto preparedA = prepareKeyedSide(a, options);
    a.releasePages(); // one table wholly mapped at a time; the diff maps A again if it must
    MLWB_ASSIGN_OR_RETURN(const Table b, readTable(pathB, options.read));
    return diffTables(a, b, options, std::move(preparedA));
}

} // namespace mlwb::datasets
