#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::datasets {

// How the bytes of a delimited table are laid out.
struct TableDialect {
    char delimiter = ',';
    char quote = '"';
    bool header = true;
};

// One data row: a span of the table's bytes without its line terminator, and
// the 1-based line of the file on which it starts. 16 bytes, as a table of a
// million rows keeps a million of them (a row or a file of more than 4 Gi lines
// is refused by the readers).
struct RowSpan {
    qint64 begin = 0;
    quint32 length = 0;
    quint32 line = 0;

    static RowSpan of(qint64 begin, qint64 end, qint64 line) {
        return {begin, quint32(end - begin), quint32(line)};
    }
    qint64 end() const { return begin + length; }
};

// Something wrong with one place of the input that did not stop reading, such
// as a row with too few or too many cells.
struct TableIssue {
    qint64 line = 0;
    qint64 offset = 0; // byte offset in the file
    QString message;   // "file:line: ..." ready to show
};

// The decoded cells of one row. Unquoted and simply quoted cells are views
// into the table's bytes; cells with doubled quotes are unescaped into `owned`.
struct RowCells {
    std::vector<std::string_view> values;
    std::deque<std::string> owned;

    void clear() {
        values.clear();
        owned.clear();
    }
    // The cell for `column`, empty when the row is short.
    std::string_view at(qsizetype column) const {
        return column < qsizetype(values.size()) ? values[size_t(column)] : std::string_view();
    }
};

// A table read into memory once: the bytes, the column names and one span per
// row. Cells are split only when asked for, so a large file costs little more
// than its size.
class Table {
public:
    QString source; // file name (or path@revision) used in messages
    QByteArray data;
    // Keeps a memory-mapped file open while `data` points into it.
    std::shared_ptr<QFile> mapped;
    TableDialect dialect;
    QStringList columns;
    std::vector<RowSpan> rows;
    QList<TableIssue> issues;

    qsizetype rowCount() const { return qsizetype(rows.size()); }
    std::string_view rowBytes(qsizetype row) const;
    // The same bytes, read into `buffer` with a system call when the table is a
    // mapped file: after releasePages(), a few rows far apart then cost a read each,
    // where touching them would map a window of pages around each.
    std::string_view rowBytes(qsizetype row, std::string &buffer) const;
    // Splits a row into its cells (RFC 4180 quoting).
    void cells(qsizetype row, RowCells &out) const;
    // The same for the bytes of a row got otherwise (rowBytes with a buffer).
    void splitCells(std::string_view bytes, RowCells &out) const;
    // The cell `column` of `row` without splitting the rest of the row.
    std::string_view cell(qsizetype row, qsizetype column, std::string &scratch) const;

    // Unmaps the pages of a mapped file that lie wholly in [begin, end) of `data`:
    // a pass over a large file then keeps only the part it works on in memory. The
    // bytes stay readable (touching them again maps them back from the page cache);
    // tables held in memory are left alone. Returns where the next range can start
    // (`end` rounded down to a page) so that passes can release behind themselves.
    qint64 releasePages(qint64 begin, qint64 end) const;
    void releasePages() const { releasePages(0, data.size()); }
};

} // namespace mlwb::datasets
