#include "table.h"

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

void Table::cells(qsizetype row, RowCells &out) const {
    out.clear();
    const std::string_view bytes = rowBytes(row);
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

} // namespace mlwb::datasets
