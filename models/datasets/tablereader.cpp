#include "tablereader.h"

#include "columntypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

TableFormat formatFromName(const QString &source) {
    // "data/x.csv@HEAD~1" names a file at a revision: look at the path part.
    QString name = source;
    const qsizetype at = name.lastIndexOf(QLatin1Char('@'));
    if (at > name.lastIndexOf(QLatin1Char('/')))
        name.truncate(at);
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return TableFormat::Jsonl;
    if (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab"))
        return TableFormat::Tsv;
    if (suffix == QLatin1String("csv"))
        return TableFormat::Csv;
    return TableFormat::Auto;
}

qint64 skipBom(const QByteArray &data) {
    return data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

// Splits the next row starting at `pos`. Returns false for an unbalanced quote
// (its offset in `quoteAt`). `fields` counts cells, `line` advances over
// newlines inside quotes and the terminator.
struct RowScan {
    qint64 end = 0;  // end of the row's bytes (without \r\n)
    qint64 next = 0; // start of the following row
    qsizetype fields = 1;
    qint64 quoteAt = -1;
};

bool scanRow(const char *d, qint64 n, qint64 pos, const TableDialect &dialect, qint64 &line,
             RowScan &out) {
    out.fields = 1;
    bool fieldStart = true;
    while (pos < n) {
        const char c = d[pos];
        if (fieldStart && c == dialect.quote) {
            const qint64 open = pos;
            ++pos;
            for (;;) {
                const void *hit = std::memchr(d + pos, dialect.quote, size_t(n - pos));
                const qint64 q = hit ? static_cast<const char *>(hit) - d : n;
                for (qint64 k = pos; k < q; ++k)
                    line += d[k] == '\n';
                if (q >= n) {
                    out.quoteAt = open;
                    return false;
                }
                if (q + 1 < n && d[q + 1] == dialect.quote) {
                    pos = q + 2;
                    continue;
                }
                pos = q + 1;
                break;
            }
            fieldStart = false;
            continue;
        }
        if (c == dialect.delimiter) {
            ++out.fields;
            fieldStart = true;
        } else if (c == '\n') {
            out.end = pos > 0 && d[pos - 1] == '\r' ? pos - 1 : pos;
            out.next = pos + 1;
            ++line;
            return true;
        } else {
            fieldStart = false;
        }
        ++pos;
    }
    out.end = n > 0 && d[n - 1] == '\r' ? n - 1 : n;
    out.next = n;
    return true;
}

// A header is absent when the first row holds a number, boolean or date: column
// names are words.
bool looksLikeHeader(const Table &firstRowOnly) {
    if (firstRowOnly.rows.empty())
        return true;
    RowCells cells;
    firstRowOnly.cells(0, cells);
    for (std::string_view v : cells.values) {
        const ColumnType t = valueType(v);
        if (t != ColumnType::String && t != ColumnType::Empty)
            return false;
    }
    return true;
}

// How often `c` occurs in [begin, end): eight bytes at a time (a byte equal to
// `c` becomes zero after the xor; the arithmetic marks exactly the zero bytes,
// and the multiplication adds up the marks in the top byte).
qsizetype countByte(const char *begin, const char *end, char c) {
    constexpr quint64 low7 = 0x7F7F7F7F7F7F7F7FULL;
    const quint64 pattern = 0x0101010101010101ULL * quint8(c);
    qsizetype count = 0;
    const char *p = begin;
#if defined(__SSE2__)
    // Sixteen bytes at a time: each match subtracts -1 from a byte counter (at most
    // 255 rounds before the counters are added up).
    const __m128i needle = _mm_set1_epi8(c);
    while (end - p >= 16) {
        __m128i counters = _mm_setzero_si128();
        for (int round = 0; round < 255 && end - p >= 16; ++round, p += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            counters = _mm_sub_epi8(counters, _mm_cmpeq_epi8(bytes, needle));
        }
        const __m128i sums = _mm_sad_epu8(counters, _mm_setzero_si128());
        count += _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
    }
#endif
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        const quint64 x = word ^ pattern;
        const quint64 zeros = ~(((x & low7) + low7) | x | low7) >> 7; // 1 per matching byte
        count += qsizetype((zeros * 0x0101010101010101ULL) >> 56);
    }
    for (; p < end; ++p)
        count += *p == c;
    return count;
}

// Scans the next row. Lines without a quote character (nearly all of them)
// take the fast path: find the newline, count delimiters. `nextQuote` is the
// offset of the first quote character at or after `pos` (n when none), kept up
// to date here, so that the file is searched for quotes once, not per row.
bool nextRow(const char *d, qint64 n, qint64 pos, const TableDialect &dialect, qint64 &line,
             RowScan &out, qint64 &nextQuote) {
    const void *nl = std::memchr(d + pos, '\n', size_t(n - pos));
    const qint64 eol = nl ? static_cast<const char *>(nl) - d : n;
    if (nextQuote < eol) {
        const bool ok = scanRow(d, n, pos, dialect, line, out);
        if (ok) {
            const void *q = out.next < n
                                ? std::memchr(d + out.next, dialect.quote, size_t(n - out.next))
                                : nullptr;
            nextQuote = q ? static_cast<const char *>(q) - d : n;
        }
        return ok;
    }
    out.fields = 1 + countByte(d + pos, d + eol, dialect.delimiter);
    out.end = eol > pos && d[eol - 1] == '\r' ? eol - 1 : eol;
    out.next = eol < n ? eol + 1 : n;
    line += eol < n;
    return true;
}

Status readDelimited(Table &table, qint64 start, const TableReadOptions &options) {
    const char *d = table.data.constData();
    const qint64 n = table.data.size();
    qint64 line = 1;
    qint64 pos = start;
    RowScan scan;
    qsizetype width = -1; // cells in the first row
    table.rows.reserve(size_t(n / 64 + 1));
    const void *firstQuote = std::memchr(d + pos, table.dialect.quote, size_t(n - pos));
    qint64 nextQuote = firstQuote ? static_cast<const char *>(firstQuote) - d : n;
    while (pos < n) {
        const qint64 rowLine = line;
        if (!nextRow(d, n, pos, table.dialect, line, scan, nextQuote))
            return fail(tr("read %1").arg(table.source),
                        tr("%1: a quoted cell opened at byte %2 is never closed")
                            .arg(detail::place(table.source, rowLine))
                            .arg(scan.quoteAt),
                        tr("close the quote or double the quote characters inside the cell"));
        if (scan.end - pos > qint64(UINT32_MAX) || rowLine > qint64(UINT32_MAX))
            return fail(tr("read %1").arg(table.source),
                        tr("%1 (byte %2): the row is longer than 4 GiB or past line 4294967295")
                            .arg(detail::place(table.source, rowLine))
                            .arg(pos),
                        tr("split the file"));
        if (scan.end > pos) { // blank lines are not rows
            table.rows.push_back(RowSpan::of(pos, scan.end, rowLine));
            if (width < 0) {
                width = scan.fields;
            } else if (scan.fields != width) {
                const QString message =
                    tr("%1 (byte %2): the row has %3 cells, the first row has %4")
                        .arg(detail::place(table.source, rowLine))
                        .arg(pos)
                        .arg(scan.fields)
                        .arg(width);
                if (options.strict)
                    return fail(tr("read %1").arg(table.source), message,
                                tr("fix the row, or check the delimiter"));
                table.issues.append(TableIssue{rowLine, pos, message});
            }
        }
        pos = scan.next;
    }
    if (table.rows.empty())
        return {};

    bool header = true;
    if (options.header) {
        header = *options.header;
    } else {
        Table first;
        first.data = table.data;
        first.dialect = table.dialect;
        first.rows.push_back(table.rows.front());
        header = looksLikeHeader(first);
    }
    table.dialect.header = header;
    RowCells cells;
    table.cells(0, cells);
    for (qsizetype c = 0; c < width; ++c) {
        QString name = header ? QString::fromUtf8(cells.values[size_t(c)].data(),
                                                  qsizetype(cells.values[size_t(c)].size()))
                              : QStringLiteral("column%1").arg(c + 1);
        if (name.isEmpty())
            name = QStringLiteral("column%1").arg(c + 1);
        const QString base = name;
        for (int k = 2; table.columns.contains(name); ++k)
            name = QStringLiteral("%1_%2").arg(base).arg(k);
        table.columns.append(name);
    }
    if (header)
        table.rows.erase(table.rows.begin());
    // The reservation guessed 64 bytes a row; give back what longer rows left unused
    // before the next table is read.
    table.rows.shrink_to_fit();
    return {};
}

} // namespace

namespace detail {

QString place(const QString &source, qint64 line) {
    return QStringLiteral("%1:%2").arg(source).arg(line);
}

qint64 lineOfOffset(const QByteArray &data, qint64 offset) {
    return 1 + std::count(data.constData(), data.constData() + offset, '\n');
}

} // namespace detail

qint64 firstInvalidUtf8(std::string_view bytes) {
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const size_t n = bytes.size();
    size_t i = 0;
    while (i < n) {
        // Plain ASCII 32 bytes at a time (the compiler turns this into vector code).
        if (i + 32 <= n) {
            quint64 words[4];
            std::memcpy(words, p + i, 32);
            if (((words[0] | words[1] | words[2] | words[3]) & 0x8080808080808080ULL) == 0) {
                i += 32;
                continue;
            }
        }
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, min = 0x10000, cp = c & 0x07;
        } else {
            return qint64(i);
        }
        if (i + len > n)
            return qint64(i);
        for (size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return qint64(i);
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return qint64(i);
        i += len;
    }
    return -1;
}

char sniffDelimiter(std::string_view sample, char quote) {
    constexpr std::array candidates{',', '\t', ';', '|'};
    char best = ',';
    double bestScore = 0;
    for (char delim : candidates) {
        // Count the delimiter per line (outside quotes) on the first lines.
        std::map<qsizetype, int> perLine;
        qsizetype count = 0;
        bool inQuote = false;
        int lines = 0;
        for (size_t i = 0; i < sample.size() && lines < 20; ++i) {
            const char c = sample[i];
            if (c == quote)
                inQuote = !inQuote;
            else if (!inQuote && c == delim)
                ++count;
            else if (!inQuote && c == '\n') {
                ++perLine[count];
                count = 0;
                ++lines;
            }
        }
        if (count > 0)
            ++perLine[count];
        int most = 0;
        qsizetype mode = 0;
        int total = 0;
        for (auto [n, times] : perLine) {
            total += times;
            if (n > 0 && times > most)
                most = times, mode = n;
        }
        if (mode == 0 || total == 0)
            continue;
        // Consistent counts matter most, more columns break ties.
        const double score = double(most) / total * 1000 + double(mode);
        if (score > bestScore)
            bestScore = score, best = delim;
    }
    return best;
}

Result<Table> readTableFromBytes(QByteArray data, const QString &source,
                                 const TableReadOptions &options) {
    Table table;
    table.source = source;
    table.data = std::move(data);
    const qint64 start = skipBom(table.data);
    const std::string_view bytes(table.data.constData() + start, size_t(table.data.size() - start));
    if (const qint64 bad = firstInvalidUtf8(bytes); bad >= 0) {
        const qint64 offset = start + bad;
        return fail(tr("read %1").arg(source),
                    tr("%1 (byte %2): the bytes are not valid UTF-8")
                        .arg(detail::place(source, detail::lineOfOffset(table.data, offset)))
                        .arg(offset),
                    tr("save the file as UTF-8"));
    }
    TableFormat format = options.format;
    if (format == TableFormat::Auto)
        format = formatFromName(source);
    if (format == TableFormat::Auto) {
        const qsizetype first =
            QByteArrayView(bytes.data(), qsizetype(bytes.size())).trimmed().indexOf('{');
        const bool jsonish = !bytes.empty() && first == 0;
        format = jsonish ? TableFormat::Jsonl : TableFormat::Csv;
    }
    if (format == TableFormat::Jsonl)
        return detail::readJsonLines(std::move(table), start);
    if (options.delimiter)
        table.dialect.delimiter = *options.delimiter;
    else if (format == TableFormat::Tsv)
        table.dialect.delimiter = '\t';
    else
        table.dialect.delimiter = sniffDelimiter(bytes.substr(0, 64 * 1024));
    MLWB_TRY(readDelimited(table, start, options));
    return table;
}

Result<Table> readTable(const QString &path, const TableReadOptions &options) {
    return readTable(path, path, options);
}

Result<Table> readTable(const QString &path, const QString &source,
                        const TableReadOptions &readOptions) {
    TableReadOptions options = readOptions;
    if (options.format == TableFormat::Auto && formatFromName(source) == TableFormat::Auto)
        options.format = formatFromName(path);
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(tr("read %1").arg(source), file->errorString(),
                    tr("check that the file exists and is readable"));
    // Mapping the file spares a copy of it; pipes and empty files are read.
    if (const qint64 size = file->size(); size > 0 && !file->isSequential()) {
        if (const uchar *bytes = file->map(0, size)) {
            auto table = readTableFromBytes(
                QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), qsizetype(size)),
                source, options);
            if (table)
                table->mapped = std::move(file);
            return table;
        }
    }
    return readTableFromBytes(file->readAll(), source, options);
}

} // namespace mlwb::datasets
