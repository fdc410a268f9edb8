#include "columntypes.h"

#include <QCoreApplication>

#include <charconv>

namespace mlwb::datasets {

namespace {

bool digits(std::string_view s, size_t from, size_t count) {
    if (from + count > s.size())
        return false;
    for (size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
    return true;
}

bool isInt(std::string_view v) {
    size_t i = v.front() == '+' || v.front() == '-' ? 1 : 0;
    if (i == v.size())
        return false;
    return digits(v, i, v.size() - i);
}

// 2024-01-31, optionally followed by a time: 2024-01-31T12:00:00Z, 2024-01-31 12:00.
bool isDate(std::string_view v) {
    if (v.size() < 10 || !digits(v, 0, 4) || v[4] != '-' || !digits(v, 5, 2) || v[7] != '-' ||
        !digits(v, 8, 2))
        return false;
    if (v.size() == 10)
        return true;
    return (v[10] == 'T' || v[10] == ' ') && digits(v, 11, 2) && v.size() >= 16 && v[13] == ':' &&
           digits(v, 14, 2);
}

bool isBool(std::string_view v) {
    return v == "true" || v == "false" || v == "True" || v == "False" || v == "TRUE" ||
           v == "FALSE";
}

} // namespace

QString columnTypeName(ColumnType type) {
    switch (type) {
    case ColumnType::Empty:
        return QStringLiteral("empty");
    case ColumnType::Bool:
        return QStringLiteral("bool");
    case ColumnType::Int:
        return QStringLiteral("int");
    case ColumnType::Float:
        return QStringLiteral("float");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::String:
        return QStringLiteral("string");
    }
    return {};
}

std::optional<double> parseNumber(std::string_view v) {
    if (v.empty())
        return std::nullopt;
    if (v.front() == '+')
        v.remove_prefix(1);
    double out = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || end != v.data() + v.size())
        return std::nullopt;
    return out;
}

ColumnType valueType(std::string_view v) {
    if (v.empty())
        return ColumnType::Empty;
    if (isInt(v))
        return ColumnType::Int;
    if (isBool(v))
        return ColumnType::Bool;
    if (isDate(v))
        return ColumnType::Date;
    // from_chars also takes "inf" and "nan"; those stay strings unless numeric-looking.
    const char c = v.front();
    const bool numericStart = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
    if (numericStart && parseNumber(v))
        return ColumnType::Float;
    return ColumnType::String;
}

ColumnType widen(ColumnType a, ColumnType b) {
    if (a == b || b == ColumnType::Empty)
        return a;
    if (a == ColumnType::Empty)
        return b;
    const bool numeric = (a == ColumnType::Int || a == ColumnType::Float) &&
                         (b == ColumnType::Int || b == ColumnType::Float);
    return numeric ? ColumnType::Float : ColumnType::String;
}

ColumnTypeSample::ColumnTypeSample(const Table &table, qsizetype sampleRows)
    : m_types(size_t(table.columns.size()), ColumnType::Empty) {
    const qsizetype n = table.rowCount();
    m_step = sampleRows > 0 && n > sampleRows ? n / sampleRows : 1;
}

void ColumnTypeSample::add(const RowCells &cells) {
    m_next += m_step;
    for (size_t c = 0; c < m_types.size() && c < cells.values.size(); ++c) {
        if (m_types[c] != ColumnType::String)
            m_types[c] = widen(m_types[c], valueType(cells.values[c]));
    }
}

std::vector<ColumnType> inferColumnTypes(const Table &table, qsizetype sampleRows) {
    ColumnTypeSample sample(table, sampleRows);
    RowCells cells;
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        if (sample.wants(r)) {
            table.cells(r, cells);
            sample.add(cells);
        }
    }
    return sample.types();
}

} // namespace mlwb::datasets
