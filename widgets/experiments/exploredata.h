#pragma once

#include "itemmodels/runcolumns.h"

#include <optional>

namespace mlwb::widgets::experiments {

// Dimensions of the Explore views are named as the query language names them:
// "params.lr" or "metrics.loss" (the metric's last value).
QString paramDimension(const QString &key);
QString metricDimension(const QString &key);

// The number a run has for a dimension: ints, floats and bools (as 0/1) of
// params, the last value of metrics; nothing for text params or when absent.
std::optional<double> numericValue(const itemmodels::RunRow &run, const QString &dimension);
// The text of a param that is not a number, e.g. an optimizer's name.
std::optional<QString> textValue(const itemmodels::RunRow &run, const QString &dimension);

// Param and metric dimensions of the runs, params first, each sorted.
QStringList paramDimensions(const QList<itemmodels::RunRow> &runs);
QStringList metricDimensions(const QList<itemmodels::RunRow> &runs);

// A log scale reads better when every value is positive and they span two decades.
bool wantsLogScale(const QList<double> &values);

// A query-language string literal for `text`.
QString queryLiteral(const QString &text);
// The shortest text that reads back as `v` (0.001, not 0.0010000000000000000208).
QString queryNumber(double v);

} // namespace mlwb::widgets::experiments

namespace mlwb::widgets::experiments {

// `filter` with `previous` (a condition added earlier by brushing) replaced
// by `condition`: "status = \"finished\" and params.lr >= 0.001 and ...".
QString combineFilter(const QString &filter, const QString &previous, const QString &condition);

} // namespace mlwb::widgets::experiments
