#include "table.h"

#include <algorithm>

#if __has_include(<sys/mman.h>) && __has_include(<unistd.h>)
#include <sys/mman.h>
#include <unistd.h>
#define MLWB_HAVE_POSIX_MAPPING 1
#endif

namespace mlwb::datasets {

namespace {

// Decodes one field starting at `pos` (which must be < end or == end for an
// empty last field); returns the position after it (at a delimiter or end).
size_t decodeField(std::string_view row, size_t pos, const TableDialect &d, std::string_view &value,
                   std::deque<std::string> *owned, std::string *scratch) {
    const size_t n = row.size();
    if (pos < n && row[pos] == d.quote) {
        const size_t start = pos + 1;
        size_t i = start;
        bool doubled = false;
        while (i < n) {
            if (row[i] == d.quote) {
                if (i + 1 < n && row[i + 1] == d.quote) {
                    doubled = true;
                    i += 2;
                    continue;
                }
                break;
            }
            ++i;
        }
        const size_t closing = i;
        std::string_view inner = row.substr(start, closing - start);
        // Anything between the closing quote and the delimiter is kept as text.
        size_t next = closing < n ? closing + 1 : n;
        size_t after = next;
        while (after < n && row[after] != d.delimiter)
            ++after;
        if (!doubled && after == next) {
            value = inner;
            return after;
        }
        std::string text;
        text.reserve(inner.size() + (after - next));
        for (size_t k = 0; k < inner.size(); ++k) {
            text += inner[k];
            if (inner[k] == d.quote && k + 1 < inner.size() && inner[k + 1] == d.quote)
                ++k;
        }
        text.append(row.substr(next, after - next));
        if (owned) {
            owned->push_back(std::move(text));
            value = owned->back();
        } else {
            *scratch = std::move(text);
            value = *scratch;
        }
        return after;
    }
    size_t after = row.find(d.delimiter, pos);
    if (after == std::string_view::npos)
        after = n;
    value = row.substr(pos, after - pos);
    return after;
}

} // namespace

std::string_view Table::rowBytes(qsizetype row) const {
    const RowSpan &r = rows[size_t(row)];
    return std::string_view(data.constData() + r.begin, r.length);
}

std::string_view Table::rowBytes(qsizetype row, std::string &buffer) const {
#if defined(MLWB_HAVE_POSIX_MAPPING)
    if (mapped && mapped->handle() >= 0) {
        const RowSpan &r = rows[size_t(row)];
        buffer.resize(r.length);
        if (r.length == 0 ||
            pread(mapped->handle(), buffer.data(), r.length, off_t(r.begin)) == ssize_t(r.length))
            return buffer;
    }
#else
    Q_UNUSED(buffer);
#endif
    return rowBytes(row); // through the mapping, also when the read fails
}

void Table::cells(qsizetype row, RowCells &out) const {
    splitCells(rowBytes(row), out);
}

void Table::splitCells(std::string_view bytes, RowCells &out) const {
    out.clear();
    size_t pos = 0;
    for (;;) {
        std::string_view value;
        pos = decodeField(bytes, pos, dialect, value, &out.owned, nullptr);
        out.values.push_back(value);
        if (pos >= bytes.size())
            break;
        ++pos; // the delimiter
    }
}

std::string_view Table::cell(qsizetype row, qsizetype column, std::string &scratch) const {
    const std::string_view bytes = rowBytes(row);
    size_t pos = 0;
    for (qsizetype c = 0;; ++c) {
        std::string_view value;
        pos = decodeField(bytes, pos, dialect, value, nullptr, &scratch);
        if (c == column)
            return value;
        if (pos >= bytes.size())
            return {};
        ++pos;
    }
}

qint64 Table::releasePages(qint64 begin, qint64 end) const {
    begin = std::max<qint64>(begin, 0);
    end = std::min<qint64>(end, data.size());
#if defined(MLWB_HAVE_POSIX_MAPPING)
    static const qint64 page = std::max<qint64>(sysconf(_SC_PAGESIZE), 1);
    const auto base = reinterpret_cast<quintptr>(data.constData());
    const quintptr last = (base + quintptr(end)) & ~quintptr(page - 1);
    if (mapped && end > begin) {
        const quintptr first = (base + quintptr(begin) + quintptr(page - 1)) & ~quintptr(page - 1);
        // The end of the file ends the mapping: its last partial page goes too.
        const quintptr stop = end == data.size() ? base + quintptr(end) : last;
        if (stop > first)
            madvise(reinterpret_cast<void *>(first), size_t(stop - first), MADV_DONTNEED);
    }
    return std::max<qint64>(begin, qint64(last - base));
#else
    return end;
#endif
}

} // namespace mlwb::datasets
