#pragma once

#include <QString>
#include <QStringList>

namespace mlwb::tracking {

// Where the word that completion replaces starts: the operand, keyword or value under the
// cursor, e.g. "metrics.val" in "status = \"finished\" and metrics.val|".
int completionWordStart(const QString &text, int cursor);

// Candidate replacements for the text between completionWordStart() and `cursor`: field
// names (metrics.KEY, params.KEY, tags.KEY, attributes) where a condition starts, @min/@max
// after a metric, operators after a field, status values after `status =`, and/or after a
// value. Keys that need it are backquoted. Sorted, without duplicates.
QStringList completionsAt(const QString &text, int cursor, const QStringList &metricKeys,
                          const QStringList &paramKeys, const QStringList &tagKeys);

} // namespace mlwb::tracking
