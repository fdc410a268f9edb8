#include "tablereader.h"

#include "columntypes.h"
#include "largebuffers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <bit>
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

// Where a byte of a block of up to 64 bytes is a newline, a delimiter or a quote
// character: bit k of each mask stands for byte k.
struct BlockMasks {
    quint64 newlines = 0;
    quint64 delimiters = 0;
    quint64 quotes = 0;
    bool ascii = false; // every byte below 0x80
};

BlockMasks classifyBlock(const char *p, qint64 len, const TableDialect &dialect) {
    BlockMasks m;
#if defined(__SSE2__)
    char tail[64];
    if (len < 64) {
        std::memset(tail, 0, sizeof tail);
        std::memcpy(tail, p, size_t(len));
        p = tail;
    }
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i delimiter = _mm_set1_epi8(dialect.delimiter);
    const __m128i quote = _mm_set1_epi8(dialect.quote);
    __m128i any = _mm_setzero_si128();
    for (int i = 0; i < 4; ++i) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * i));
        any = _mm_or_si128(any, bytes);
        const auto mask = [&](__m128i needle) {
            return quint64(quint32(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, needle)))) << (16 * i);
        };
        m.newlines |= mask(newline);
        m.delimiters |= mask(delimiter);
        m.quotes |= mask(quote);
    }
    m.ascii = _mm_movemask_epi8(any) == 0;
#else
    m.ascii = true;
    for (qint64 k = 0; k < len; ++k) {
        const quint64 bit = quint64(1) << k;
        m.newlines |= p[k] == '\n' ? bit : 0;
        m.delimiters |= p[k] == dialect.delimiter ? bit : 0;
        m.quotes |= p[k] == dialect.quote ? bit : 0;
        m.ascii = m.ascii && static_cast<unsigned char>(p[k]) < 0x80;
    }
#endif
    if (len < 64) { // the zero padding may match a delimiter or quote of 0
        const quint64 valid = (quint64(1) << len) - 1;
        m.newlines &= valid;
        m.delimiters &= valid;
        m.quotes &= valid;
    }
    return m;
}

// Set bits of a mask. std::popcount is a library call without the POPCNT
// instruction (which the baseline x86-64 target lacks); this is a few operations.
int bitCount(quint64 x) {
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return int((x * 0x0101010101010101ULL) >> 56);
}

Status invalidUtf8(const Table &table, qint64 offset) {
    return fail(tr("read %1").arg(table.source),
                tr("%1 (byte %2): the bytes are not valid UTF-8")
                    .arg(detail::place(table.source, detail::lineOfOffset(table.data, offset)))
                    .arg(offset),
                tr("save the file as UTF-8"));
}

// Splits a delimited file into rows in one pass. Newlines and delimiters are found
// 64 bytes at a time as bit masks; only rows with a quote character are scanned
// byte by byte. ASCII blocks need no UTF-8 check; the check of others runs a
// little ahead of the rows. Errors come as from a separate UTF-8 check first: bad
// UTF-8 anywhere in the file is reported before a bad row.
class DelimitedReader {
public:
    DelimitedReader(Table &table, const TableReadOptions &options, qint64 start)
        : m_table(table)
        , m_options(options)
        , m_d(table.data.constData())
        , m_n(table.data.size())
        , m_start(start)
        , m_checked(start) {}

    Status read();

private:
    static constexpr qint64 checkWindow = 256 * 1024;

    // Checks UTF-8 up to at least `offset`, in windows that end after a newline (a
    // newline is never part of a longer character).
    Status checkUtf8Until(qint64 offset);
    Status addRow(qint64 begin, qint64 end, qsizetype fields, qint64 line);
    // A bad row, unless the rest of the file is not UTF-8 (that is reported first).
    Status failRow(std::unexpected<Error> error);
    Status readHeader();

    Table &m_table;
    const TableReadOptions &m_options;
    const char *m_d;
    qint64 m_n;
    qint64 m_start;
    qint64 m_checked;
    qsizetype m_width = -1; // cells in the first row
};

Status DelimitedReader::checkUtf8Until(qint64 offset) {
    offset = std::min(offset, m_n);
    while (m_checked < offset) {
        qint64 end = std::min(m_n, m_checked + checkWindow);
        if (end < m_n) {
            const void *nl = std::memchr(m_d + end, '\n', size_t(m_n - end));
            end = nl ? static_cast<const char *>(nl) - m_d + 1 : m_n;
        }
        const std::string_view window(m_d + m_checked, size_t(end - m_checked));
        if (const qint64 bad = firstInvalidUtf8(window); bad >= 0)
            return invalidUtf8(m_table, m_checked + bad);
        m_checked = end;
    }
    return {};
}

Status DelimitedReader::failRow(std::unexpected<Error> error) {
    MLWB_TRY(checkUtf8Until(m_n));
    return error;
}

Status DelimitedReader::addRow(qint64 begin, qint64 end, qsizetype fields, qint64 line) {
    const QString &source = m_table.source;
    if (end - begin > qint64(UINT32_MAX) || line > qint64(UINT32_MAX))
        return failRow(fail(tr("read %1").arg(source),
                            tr("%1 (byte %2): the row is longer than 4 GiB or past line 4294967295")
                                .arg(detail::place(source, line))
                                .arg(begin),
                            tr("split the file")));
    if (end <= begin) // blank lines are not rows
        return {};
    m_table.rows.push_back(RowSpan::of(begin, end, line));
    if (m_width < 0) {
        m_width = fields;
    } else if (fields != m_width) {
        const QString message = tr("%1 (byte %2): the row has %3 cells, the first row has %4")
                                    .arg(detail::place(source, line))
                                    .arg(begin)
                                    .arg(fields)
                                    .arg(m_width);
        if (m_options.strict)
            return failRow(fail(tr("read %1").arg(source), message,
                                tr("fix the row, or check the delimiter")));
        m_table.issues.append(TableIssue{line, begin, message});
    }
    return {};
}

Status DelimitedReader::read() {
    const TableDialect &dialect = m_table.dialect;
    reserveLarge(m_table.rows, size_t(m_n / 64 + 1));
    qint64 line = 1;
    qint64 rowStart = m_start;
    qsizetype rowDelimiters = 0; // delimiters of the current row in the blocks before `b`
    qint64 b = m_start;
    while (b < m_n) {
        const qint64 len = std::min<qint64>(64, m_n - b);
        const BlockMasks m = classifyBlock(m_d + b, len, dialect);
        // ASCII right after checked bytes is valid; anything else is checked ahead.
        if (m.ascii && b == m_checked)
            m_checked = b + len;
        else if (b + len > m_checked)
            MLWB_TRY(checkUtf8Until(b + len));
        // Rows that end before the first quote character are plain.
        const quint64 beforeQuote = m.quotes ? (m.quotes & (~m.quotes + 1)) - 1 : ~quint64(0);
        quint64 newlines = m.newlines & beforeQuote;
        int from = 0; // the current row's first bit in this block
        while (newlines) {
            const int k = std::countr_zero(newlines);
            newlines &= newlines - 1;
            const quint64 rowBits = ((quint64(1) << k) - 1) & (~quint64(0) << from);
            const qint64 eol = b + k;
            const qint64 end = eol > rowStart && m_d[eol - 1] == '\r' ? eol - 1 : eol;
            MLWB_TRY(
                addRow(rowStart, end, 1 + rowDelimiters + bitCount(m.delimiters & rowBits), line));
            ++line;
            rowStart = eol + 1;
            rowDelimiters = 0;
            from = k + 1;
        }
        if (m.quotes) { // the current row holds a quote character: split it by the quoting rules
            const qint64 rowLine = line;
            RowScan scan;
            if (!scanRow(m_d, m_n, rowStart, dialect, line, scan))
                return failRow(
                    fail(tr("read %1").arg(m_table.source),
                         tr("%1: a quoted cell opened at byte %2 is never closed")
                             .arg(detail::place(m_table.source, rowLine))
                             .arg(scan.quoteAt),
                         tr("close the quote or double the quote characters inside the cell")));
            MLWB_TRY(addRow(rowStart, scan.end, scan.fields, rowLine));
            rowStart = scan.next;
            rowDelimiters = 0;
            b = rowStart;
            continue;
        }
        if (from < 64)
            rowDelimiters += bitCount(m.delimiters >> from);
        b += len;
    }
    if (rowStart < m_n) // the last row has no newline
        MLWB_TRY(addRow(rowStart, m_d[m_n - 1] == '\r' ? m_n - 1 : m_n, 1 + rowDelimiters, line));
    MLWB_TRY(checkUtf8Until(m_n));
    return readHeader();
}

Status DelimitedReader::readHeader() {
    Table &table = m_table;
    if (table.rows.empty())
        return {};
    bool header = true;
    if (m_options.header) {
        header = *m_options.header;
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
    for (qsizetype c = 0; c < m_width; ++c) {
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
    // The reservation guessed 64 bytes a row; its untouched part costs address space,
    // not memory, so it is given back (a copy) only when most of it went unused.
    if (table.rows.capacity() / 2 > table.rows.size())
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

namespace {

// Reads `table.data` as the format of `options` or the one sniffed from its source
// and bytes.
Result<Table> readBytes(Table table, const TableReadOptions &options) {
    const QString &source = table.source;
    const qint64 start = skipBom(table.data);
    const std::string_view bytes(table.data.constData() + start, size_t(table.data.size() - start));
    TableFormat format = options.format;
    if (format == TableFormat::Auto)
        format = formatFromName(source);
    if (format == TableFormat::Auto) {
        const qsizetype first =
            QByteArrayView(bytes.data(), qsizetype(bytes.size())).trimmed().indexOf('{');
        const bool jsonish = !bytes.empty() && first == 0;
        format = jsonish ? TableFormat::Jsonl : TableFormat::Csv;
    }
    if (format == TableFormat::Jsonl) {
        if (const qint64 bad = firstInvalidUtf8(bytes); bad >= 0)
            return std::unexpected(invalidUtf8(table, start + bad).error());
        return detail::readJsonLines(std::move(table), start);
    }
    if (options.delimiter)
        table.dialect.delimiter = *options.delimiter;
    else if (format == TableFormat::Tsv)
        table.dialect.delimiter = '\t';
    else
        table.dialect.delimiter = sniffDelimiter(bytes.substr(0, 64 * 1024));
    MLWB_TRY(DelimitedReader(table, options, start).read()); // checks UTF-8 on the way
    return table;
}

} // namespace

Result<Table> readTableFromBytes(QByteArray data, const QString &source,
                                 const TableReadOptions &options) {
    Table table;
    table.source = source;
    table.data = std::move(data);
    return readBytes(std::move(table), options);
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
            Table table;
            table.source = source;
            table.data =
                QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), qsizetype(size));
            table.mapped = std::move(file);
            return readBytes(std::move(table), options);
        }
    }
    return readTableFromBytes(file->readAll(), source, options);
}

} // namespace mlwb::datasets
