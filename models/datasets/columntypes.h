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
std::optional<double> parseNumber(std::string_view value);

} // namespace mlwb::datasets
