#include "runcolumns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace mlwb::itemmodels {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

using Kind = RunColumn::Kind;

// The name id() and sortKey() share for the columns every run has; empty for the others.
QString builtinKey(Kind kind) {
    switch (kind) {
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::Name:
        return QStringLiteral("name");
    case Kind::Experiment:
        return QStringLiteral("experiment");
    case Kind::Duration:
        return QStringLiteral("duration");
    default:
        return {};
    }
}

} // namespace

QString RunColumn::id() const {
    switch (kind) {
    case Kind::StartTime:
        return QStringLiteral("start");
    case Kind::Param:
        return QStringLiteral("param:") + key;
    case Kind::MetricLast:
        return QStringLiteral("metric:") + key;
    case Kind::MetricMin:
        return QStringLiteral("metric.min:") + key;
    case Kind::MetricMax:
        return QStringLiteral("metric.max:") + key;
    case Kind::Tags:
        return QStringLiteral("tags");
    default:
        return builtinKey(kind);
    }
}

QString RunColumn::title() const {
    switch (kind) {
    case Kind::Status:
        return tr("Status");
    case Kind::Name:
        return tr("Name");
    case Kind::Experiment:
        return tr("Experiment");
    case Kind::StartTime:
        return tr("Started");
    case Kind::Duration:
        return tr("Duration");
    case Kind::Param:
    case Kind::MetricLast:
        return key;
    case Kind::MetricMin:
        return tr("%1 (min)").arg(key);
    case Kind::MetricMax:
        return tr("%1 (max)").arg(key);
    case Kind::Tags:
        return tr("Tags");
    }
    return {};
}

QString RunColumn::sortKey() const {
    switch (kind) {
    case Kind::StartTime:
        return QStringLiteral("start_time");
    case Kind::Param:
        return QStringLiteral("params.") + key;
    case Kind::MetricLast:
        return QStringLiteral("metrics.") + key;
    case Kind::MetricMin:
        return QStringLiteral("metrics.") + key + QStringLiteral("@min");
    case Kind::MetricMax:
        return QStringLiteral("metrics.") + key + QStringLiteral("@max");
    default:
        return builtinKey(kind);
    }
}

bool RunColumn::visibleByDefault() const {
    return kind != Kind::MetricMin && kind != Kind::MetricMax;
}

QList<RunColumn> runColumns(const QStringList &paramKeys, const QStringList &metricKeys) {
    QList<RunColumn> cols{{Kind::Status, {}},
                          {Kind::Name, {}},
                          {Kind::Experiment, {}},
                          {Kind::StartTime, {}},
                          {Kind::Duration, {}}};
    for (const QString &k : paramKeys)
        cols.append({Kind::Param, k});
    for (const QString &k : metricKeys) {
        cols.append({Kind::MetricLast, k});
        cols.append({Kind::MetricMin, k});
        cols.append({Kind::MetricMax, k});
    }
    cols.append({Kind::Tags, {}});
    return cols;
}

QString formatDuration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0)
        return {};
    const qint64 s = qint64(seconds);
    if (s < 60)
        return tr("%1s").arg(seconds, 0, 'f', seconds < 10 ? 1 : 0);
    if (s < 3600)
        return tr("%1m %2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1h %2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString formatMetric(std::optional<double> v) {
    if (!v)
        return {};
    return QLocale().toString(*v, 'g', 5);
}

QString cellText(const RunRow &row, const RunColumn &column, double now) {
    switch (column.kind) {
    case Kind::Status:
        return tracking::toString(row.status);
    case Kind::Name:
        return row.name;
    case Kind::Experiment:
        return row.experiment;
    case Kind::StartTime:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(row.startTime * 1000)),
                                  QLocale::ShortFormat);
    case Kind::Duration:
        return formatDuration(row.endTime.value_or(now) - row.startTime);
    case Kind::Param: {
        const auto it = row.params.constFind(column.key);
        return it == row.params.cend() ? QString() : tracking::toDisplayString(*it);
    }
    case Kind::MetricLast:
    case Kind::MetricMin:
    case Kind::MetricMax: {
        const auto it = row.metrics.constFind(column.key);
        if (it == row.metrics.cend())
            return {};
        return formatMetric(column.kind == Kind::MetricLast  ? it->last
                            : column.kind == Kind::MetricMin ? it->min
                                                             : it->max);
    }
    case Kind::Tags: {
        QStringList parts;
        for (const tracking::Tag &t : row.tags)
            parts.append(t.value.isEmpty() ? t.key : t.key + QLatin1Char('=') + t.value);
        return parts.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant cellValue(const RunRow &row, const RunColumn &column, double now) {
    switch (column.kind) {
    case Kind::StartTime:
        return row.startTime;
    case Kind::Duration:
        return row.endTime.value_or(now) - row.startTime;
    case Kind::Param: {
        const auto it = row.params.constFind(column.key);
        if (it == row.params.cend())
            return {};
        return std::visit([](const auto &v) { return QVariant::fromValue(v); }, *it);
    }
    case Kind::MetricLast:
    case Kind::MetricMin:
    case Kind::MetricMax: {
        const auto it = row.metrics.constFind(column.key);
        if (it == row.metrics.cend())
            return {};
        const auto v = column.kind == Kind::MetricLast  ? it->last
                       : column.kind == Kind::MetricMin ? it->min
                                                        : it->max;
        return v ? QVariant(*v) : QVariant();
    }
    default:
        return cellText(row, column, now);
    }
}

} // namespace mlwb::itemmodels
