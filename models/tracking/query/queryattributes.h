#pragma once

#include <QLatin1StringView>
#include <QString>

#include <span>

namespace mlwb::tracking {

// A run column the query language names directly (`status`, `start_time`, ...).
struct QueryAttribute {
    enum class Type { Text, Number, Time }; // Time: unix seconds, or an ISO date in a filter
    QLatin1StringView name;
    Type type;
    // The value for sorting and plain comparisons; NULL when the run has none.
    QLatin1StringView sql;
    // For attributes that name another row: filter as `fk IN (SELECT id FROM table WHERE ...)`
    // so the comparison runs once per experiment/parent instead of once per run.
    QLatin1StringView foreignKey = {};
    QLatin1StringView foreignTable = {};
    QLatin1StringView foreignColumn = {};
};

std::span<const QueryAttribute> queryAttributeTable();
const QueryAttribute *findQueryAttribute(const QString &name); // case-insensitive

} // namespace mlwb::tracking
