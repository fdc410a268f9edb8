#include "runcomparemodel.h"

#include <QCoreApplication>
#include <QDateTime>

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace mlwb::itemmodels {

bool RunCompareModel::lowerIsBetter(const QString &metricKey) {
    static const QStringList kLower = {
        QStringLiteral("loss"),       QStringLiteral("error"),   QStringLiteral("err"),
        QStringLiteral("mse"),        QStringLiteral("mae"),     QStringLiteral("rmse"),
        QStringLiteral("perplexity"), QStringLiteral("latency"), QStringLiteral("wer"),
        QStringLiteral("cer"),        QStringLiteral("time"),    QStringLiteral("seconds")};
    const QString key = metricKey.toLower();
    for (const QString &word : kLower) {
        // Whole words of the key ("val_loss", "train/error_rate"), not "terrible".
        for (const QStringView part :
             QStringView(key).split(QRegularExpression(QStringLiteral("[^a-z0-9]+")))) {
            if (part == word)
                return true;
        }
    }
    return false;
}

void RunCompareModel::setRuns(const QList<RunRow> &runs) {
    beginResetModel();
    m_runs = runs;
    rebuild();
    endResetModel();
}

void RunCompareModel::setOnlyDifferences(bool on) {
    if (on == m_onlyDifferences)
        return;
    beginResetModel();
    m_onlyDifferences = on;
    rebuild();
    endResetModel();
}

void RunCompareModel::rebuild() {
    m_lines.clear();
    QStringList params;
    QStringList metrics;
    for (const RunRow &r : std::as_const(m_runs)) {
        for (auto it = r.params.cbegin(); it != r.params.cend(); ++it)
            params.append(it.key());
        for (auto it = r.metrics.cbegin(); it != r.metrics.cend(); ++it)
            metrics.append(it.key());
    }
    const auto unique = [](QStringList &l) {
        l.sort();
        l.erase(std::unique(l.begin(), l.end()), l.end());
    };
    unique(params);
    unique(metrics);
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    for (const RunColumn &c : runColumns(params, metrics)) {
        if (c.kind == RunColumn::Kind::MetricMin || c.kind == RunColumn::Kind::MetricMax ||
            c.kind == RunColumn::Kind::Name)
            continue;
        Line line{c, {}, false, {}, false};
        for (const RunRow &r : std::as_const(m_runs))
            line.values.append(cellText(r, c, now));
        // Start time and duration always differ; they are not what a comparison is about.
        const bool timing =
            c.kind == RunColumn::Kind::StartTime || c.kind == RunColumn::Kind::Duration;
        line.differs = !timing && std::adjacent_find(line.values.cbegin(), line.values.cend(),
                                                     std::not_equal_to<>()) != line.values.cend();
        if (m_onlyDifferences && !line.differs)
            continue;
        if (c.kind == RunColumn::Kind::MetricLast && m_runs.size() > 1) {
            line.lowerIsBetter = lowerIsBetter(c.key);
            std::optional<double> best;
            for (const RunRow &r : std::as_const(m_runs)) {
                const std::optional<double> v = r.metrics.value(c.key).last;
                if (v && std::isfinite(*v) &&
                    (!best || (line.lowerIsBetter ? *v < *best : *v > *best)))
                    best = v;
            }
            for (qsizetype i = 0; best && i < m_runs.size(); ++i) {
                if (m_runs[i].metrics.value(c.key).last == best)
                    line.best.append(int(i));
            }
        }
        m_lines.append(line);
    }
}

int RunCompareModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int RunCompareModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_runs.size());
}

QVariant RunCompareModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return line.values.value(index.column());
    case Qt::ToolTipRole:
        if (line.best.contains(index.column()))
            return QCoreApplication::translate("mlwb", "%1 — best of these runs (%2 is better)")
                .arg(line.values.value(index.column()),
                     line.lowerIsBetter ? QCoreApplication::translate("mlwb", "lower")
                                        : QCoreApplication::translate("mlwb", "higher"));
        return line.values.value(index.column());
    case BestRole:
        return line.best.contains(index.column());
    case DiffersRole:
        return line.differs;
    case RunIdRole:
        return m_runs[index.column()].id;
    default:
        return {};
    }
}

QVariant RunCompareModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section >= 0 && section < m_runs.size()) {
        if (role == Qt::DisplayRole)
            return m_runs[section].name;
        if (role == Qt::ToolTipRole)
            return m_runs[section].uuid;
        if (role == RunIdRole)
            return m_runs[section].id;
    }
    if (orientation == Qt::Vertical && section >= 0 && section < m_lines.size()) {
        const RunColumn &c = m_lines[section].column;
        if (role == Qt::DisplayRole) {
            if (c.kind == RunColumn::Kind::Param)
                return QCoreApplication::translate("mlwb", "param %1").arg(c.key);
            if (c.kind == RunColumn::Kind::MetricLast)
                return QCoreApplication::translate("mlwb", "metric %1").arg(c.key);
            return c.title();
        }
        if (role == DiffersRole)
            return m_lines[section].differs;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace mlwb::itemmodels
