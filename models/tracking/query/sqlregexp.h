#pragma once

#include "core/error.h"
#include "store/database.h"

namespace mlwb::tracking {

// Adds regexp(pattern, text) to the connection: 1 when the QRegularExpression `pattern`
// matches anywhere in `text`, NULL when either is NULL. Each statement compiles a pattern
// once. Does nothing when the connection has it already.
Status registerRegexpFunction(store::Database &db);

} // namespace mlwb::tracking
