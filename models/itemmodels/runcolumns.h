#pragma once

#include "tracking/runtypes.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace mlwb::itemmodels {

// One column of the runs table. Params and metrics get one column per key;
// a metric shows its last value, and optionally its minimum or maximum.
struct RunColumn {
    enum class Kind {
        Status,
        Name,
        Experiment,
        StartTime,
        Duration,
        Param,
        MetricLast,
        MetricMin,
        MetricMax,
        Tags
    };
    Kind kind = Kind::Name;
    QString key; // param or metric key; empty for the fixed columns

    // Stable identity for settings and menus: "name", "param:lr", "metric.min:loss".
    QString id() const;
    QString title() const;
    // The key the query language sorts by, e.g. "metrics.loss" or "params.lr".
    QString sortKey() const;
    // Shown unless the user hides it (min/max variants are opt-in).
    bool visibleByDefault() const;
    bool operator==(const RunColumn &) const = default;
};

struct RunMetric {
    std::optional<double> last;
    std::optional<double> min;
    std::optional<double> max;
    qint64 lastStep = 0;
};

// What the table shows of one run; read in batches by loadRunRows().
struct RunRow {
    qint64 id = 0;
    QString uuid;
    QString name;
    QString experiment;
    tracking::RunStatus status = tracking::RunStatus::Running;
    double startTime = 0;
    std::optional<double> endTime;
    QString gitCommit;
    QHash<QString, tracking::ParamValue> params;
    QHash<QString, RunMetric> metrics;
    QList<tracking::Tag> tags;
};

// Every column for the given keys, in table order.
QList<RunColumn> runColumns(const QStringList &paramKeys, const QStringList &metricKeys);

// The text shown in a cell; `now` (unix seconds) ends a running run's duration.
QString cellText(const RunRow &row, const RunColumn &column, double now);
// A value that sorts naturally (numbers as numbers); invalid when absent.
QVariant cellValue(const RunRow &row, const RunColumn &column, double now);

QString formatDuration(double seconds);
QString formatMetric(std::optional<double> v);

} // namespace mlwb::itemmodels

Q_DECLARE_METATYPE(mlwb::itemmodels::RunRow)
