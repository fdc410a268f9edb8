#pragma once

#include "core/error.h"
#include "queryast.h"

#include <QList>
#include <QString>

#include <optional>

namespace mlwb::tracking {

// Filter grammar (keywords case-insensitive):
//   expr       := and ('or' and)*
//   and        := unary ('and' unary)*
//   unary      := 'not' unary | '(' expr ')' | comparison
//   comparison := operand (op value | ['not'] 'in' '(' value (',' value)* ')'
//                          | 'is' ['not'] 'null' | ['not'] 'contains' value)
//   operand    := metrics.KEY ['@' (last|min|max|count)] | params.KEY | tags.KEY | attribute
// An empty or blank filter gives no expression.
Result<std::optional<QueryExpr>> parseQueryFilter(const QString &text);

// sort := operand ['asc'|'desc'] (',' operand ['asc'|'desc'])*
Result<QList<QuerySortKey>> parseQuerySort(const QString &text);

} // namespace mlwb::tracking
