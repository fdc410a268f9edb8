#include "exploredata.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace mlwb::widgets::experiments {

namespace {
const QLatin1String kParams("params.");
const QLatin1String kMetrics("metrics.");
} // namespace

QString paramDimension(const QString &key) {
    return itemmodels::RunColumn{itemmodels::RunColumn::Kind::Param, key}.sortKey();
}

QString metricDimension(const QString &key) {
    return itemmodels::RunColumn{itemmodels::RunColumn::Kind::MetricLast, key}.sortKey();
}

std::optional<double> numericValue(const itemmodels::RunRow &run, const QString &dimension) {
    if (dimension.startsWith(kParams)) {
        const auto it = run.params.constFind(dimension.mid(kParams.size()));
        if (it == run.params.cend())
            return std::nullopt;
        if (const auto *i = std::get_if<qint64>(&*it))
            return double(*i);
        if (const auto *d = std::get_if<double>(&*it))
            return std::isfinite(*d) ? std::optional(*d) : std::nullopt;
        if (const auto *b = std::get_if<bool>(&*it))
            return *b ? 1.0 : 0.0;
        return std::nullopt;
    }
    if (dimension.startsWith(kMetrics)) {
        const auto it = run.metrics.constFind(dimension.mid(kMetrics.size()));
        if (it == run.metrics.cend() || !it->last || !std::isfinite(*it->last))
            return std::nullopt;
        return it->last;
    }
    return std::nullopt;
}

std::optional<QString> textValue(const itemmodels::RunRow &run, const QString &dimension) {
    if (!dimension.startsWith(kParams))
        return std::nullopt;
    const auto it = run.params.constFind(dimension.mid(kParams.size()));
    if (it == run.params.cend())
        return std::nullopt;
    if (const auto *s = std::get_if<QString>(&*it))
        return *s;
    return std::nullopt;
}

QStringList paramDimensions(const QList<itemmodels::RunRow> &runs) {
    QStringList out;
    for (const itemmodels::RunRow &r : runs) {
        for (auto it = r.params.cbegin(); it != r.params.cend(); ++it) {
            const QString d = paramDimension(it.key());
            if (!out.contains(d))
                out.append(d);
        }
    }
    out.sort();
    return out;
}

QStringList metricDimensions(const QList<itemmodels::RunRow> &runs) {
    QStringList out;
    for (const itemmodels::RunRow &r : runs) {
        for (auto it = r.metrics.cbegin(); it != r.metrics.cend(); ++it) {
            const QString d = metricDimension(it.key());
            if (!out.contains(d))
                out.append(d);
        }
    }
    out.sort();
    return out;
}

bool wantsLogScale(const QList<double> &values) {
    if (values.isEmpty())
        return false;
    const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
    return *lo > 0 && *hi / *lo >= 100;
}

QString queryLiteral(const QString &text) {
    QString s = text;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString queryNumber(double v) {
    for (int precision = 6; precision < 17; ++precision) {
        const QString s = QString::number(v, 'g', precision);
        if (s.toDouble() == v)
            return s;
    }
    return QString::number(v, 'g', 17);
}

} // namespace mlwb::widgets::experiments

namespace mlwb::widgets::experiments {

QString combineFilter(const QString &filter, const QString &previous, const QString &condition) {
    QString base = filter.trimmed();
    const QString tail = QStringLiteral(" and ") + previous;
    if (!previous.isEmpty() && base == previous)
        base.clear();
    else if (!previous.isEmpty() && base.endsWith(tail))
        base.chop(tail.size());
    if (condition.isEmpty())
        return base;
    if (base.isEmpty())
        return condition;
    static const QRegularExpression orWord(QStringLiteral("\\bor\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (base.contains(orWord))
        base = QLatin1Char('(') + base + QLatin1Char(')');
    return base + QStringLiteral(" and ") + condition;
}

} // namespace mlwb::widgets::experiments
