#pragma once

#include "core/error.h"
#include "table.h"

#include <optional>
#include <string_view>

namespace mlwb::datasets {

enum class TableFormat { Auto, Csv, Tsv, Jsonl };

// Everything is sniffed unless set: the format from the file name and the
// first bytes, the delimiter from the first lines, the header from whether the
// first row looks like data.
struct TableReadOptions {
    TableFormat format = TableFormat::Auto;
    std::optional<char> delimiter;
    std::optional<bool> header;
    bool strict = false; // rows with the wrong number of cells fail instead of being reported
};

// Reads a CSV, TSV or JSONL file into memory. Invalid UTF-8 and an unbalanced
// quote fail with file:line and byte offset; ragged rows are kept and listed in
// Table::issues (or fail with `strict`).
Result<Table> readTable(const QString &path, const TableReadOptions &options = {});
// The same for a file that stands for something else, such as a restored copy of
// "data.csv@HEAD~1": `source` names it in messages; the format comes from the
// name of `path` when `source` does not tell it.
Result<Table> readTable(const QString &path, const QString &source,
                        const TableReadOptions &options = {});
// The same for bytes that are not a file of their own (a git blob); `source`
// names them in messages, and its extension helps to pick the format.
Result<Table> readTableFromBytes(QByteArray data, const QString &source,
                                 const TableReadOptions &options = {});

// The most likely delimiter among , TAB ; | in the first lines of `sample`.
char sniffDelimiter(std::string_view sample, char quote = '"');
// Offset of the first byte that is not valid UTF-8, or -1.
qint64 firstInvalidUtf8(std::string_view bytes);

namespace detail {
Result<Table> readJsonLines(Table table, qint64 start);
// "file:line" (and the byte offset) for messages.
QString place(const QString &source, qint64 line);
qint64 lineOfOffset(const QByteArray &data, qint64 offset);
} // namespace detail

} // namespace mlwb::datasets
