#pragma once

#include "table.h"

#include <optional>
#include <string_view>
#include <vector>

namespace mlwb::datasets {

// What the values of a column look like; Empty when it has no values at all.
enum class ColumnType { Empty, Bool, Int, Float, Date, String };

QString columnTypeName(ColumnType type);
ColumnType valueType(std::string_view value);
// The type that holds values of both: Int and Float make Float, anything else
// that differs makes String.
ColumnType widen(ColumnType a, ColumnType b);
// Types of each column from up to `sampleRows` rows spread over the table.
std::vector<ColumnType> inferColumnTypes(const Table &table, qsizetype sampleRows = 10000);

// The same sample taken during a pass of one's own over the rows in order, so
// that the table is not read twice: add the cells of each row that it wants.
class ColumnTypeSample {
public:
    explicit ColumnTypeSample(const Table &table, qsizetype sampleRows = 10000);
    bool wants(qsizetype row) const { return row == m_next; }
    void add(const RowCells &cells); // of the row wanted
    const std::vector<ColumnType> &types() const { return m_types; }

private:
    std::vector<ColumnType> m_types;
    qsizetype m_step = 1;
    qsizetype m_next = 0;
};

std::optional<double> parseNumber(std::string_view value);

} // namespace mlwb::datasets
