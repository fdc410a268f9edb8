#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace mlwb::cli {

// Metrics found in one line a training command printed.
struct MetricLine {
    std::optional<qint64> step; // the line's `step`, if it gave one
    QList<std::pair<QString, double>> values;
};

// Recognises `key=value key2=value2` lines (every token a number, an optional
// integer `step=N`) and JSON object lines such as {"step": 3, "loss": 0.2}.
// Anything else is ordinary output: std::nullopt.
std::optional<MetricLine> parseMetricLine(QStringView line);

} // namespace mlwb::cli
