#include "modelversioncomparemodel.h"

#include "modelversionsignaturemodel.h"
#include "runcomparemodel.h"

#include <QFont>
#include <QLocale>
#include <QMap>
#include <QUrl>

namespace mlwb::itemmodels {

namespace {

QString number(double v) {
    return QString::number(v, 'g', 6);
}

QUrl datasetLink(const registry::DatasetUse &use) {
    QUrl url;
    url.setScheme(QStringLiteral("mlwb"));
    url.setHost(QStringLiteral("datasets"));
    url.setPath(QLatin1Char('/') + use.dataset + QLatin1Char('/') + QString::number(use.number));
    return url;
}

} // namespace

QString ModelVersionCompareModel::sectionName(Section section) {
    switch (section) {
    case Section::Signature:
        return tr("Signature");
    case Section::File:
        return tr("File");
    case Section::Metrics:
        return tr("Metrics");
    case Section::Params:
        return tr("Params");
    case Section::Datasets:
        return tr("Datasets");
    }
    return {};
}

void ModelVersionCompareModel::setLineages(const QList<registry::Lineage> &lineages) {
    beginResetModel();
    m_lineages = lineages;
    rebuild();
    endResetModel();
}

void ModelVersionCompareModel::setOnlyDifferences(bool on) {
    if (on == m_onlyDifferences)
        return;
    beginResetModel();
    m_onlyDifferences = on;
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (!m_onlyDifferences || m_all[i].differs)
            m_visible.append(i);
    }
    endResetModel();
}

void ModelVersionCompareModel::rebuild() {
    m_all.clear();
    m_visible.clear();
    const int n = int(m_lineages.size());
    // Rows keyed by label in first-seen order, filled per version.
    const auto addRows = [&](Section section, const auto &valuesOf) {
        QStringList order;
        QHash<QString, Line> lines;
        for (int c = 0; c < n; ++c) {
            const QList<std::pair<QString, QString>> values = valuesOf(m_lineages[c]);
            for (const auto &[label, value] : values) {
                if (!lines.contains(label)) {
                    order.append(label);
                    lines.insert(
                        label,
                        Line{section, label, QStringList(n, QString()), QList<QUrl>(n), false, {}});
                }
                lines[label].values[c] = value;
            }
        }
        for (const QString &label : order)
            m_all.append(lines.value(label));
    };

    addRows(Section::Signature, [](const registry::Lineage &l) {
        QList<std::pair<QString, QString>> rows;
        for (const auto &t : ModelSignatureModel::tensorsOf(l.version.signature)) {
            rows.append({(t.input ? tr("input %1") : tr("output %1")).arg(t.name),
                         t.type + QLatin1Char(' ') + t.shape});
        }
        return rows;
    });
    addRows(Section::File, [](const registry::Lineage &l) {
        const QJsonObject &s = l.version.signature;
        QList<std::pair<QString, QString>> rows{
            {tr("format"), registry::formatName(l.version.format)},
            {tr("size"), QLocale().formattedDataSize(l.version.size)},
        };
        if (l.version.format == registry::ModelFormat::Onnx) {
            const QJsonObject producer = s.value(QLatin1String("producer")).toObject();
            rows.append({tr("parameters"), QLocale().toString(qint64(
                                               s.value(QLatin1String("parameters")).toDouble()))});
            rows.append({tr("opset"), QString::number(s.value(QLatin1String("opset")).toInt())});
            rows.append({tr("producer"),
                         (producer.value(QLatin1String("name")).toString() + QLatin1Char(' ') +
                          producer.value(QLatin1String("version")).toString())
                             .trimmed()});
        }
        rows.append({tr("source run"), l.run ? l.run->name : QString()});
        return rows;
    });
    const int metricsStart = int(m_all.size());
    addRows(Section::Metrics, [](const registry::Lineage &l) {
        QList<std::pair<QString, QString>> rows;
        for (const tracking::MetricSummary &m : l.metrics)
            rows.append({m.key, m.last ? number(*m.last) : QString()});
        return rows;
    });
    for (int i = metricsStart; i < m_all.size(); ++i) {
        Line &line = m_all[i];
        const bool lower = RunCompareModel::lowerIsBetter(line.label);
        std::optional<double> best;
        for (const QString &v : std::as_const(line.values)) {
            bool ok = false;
            const double d = v.toDouble(&ok);
            if (ok && (!best || (lower ? d < *best : d > *best)))
                best = d;
        }
        for (int c = 0; best && c < n; ++c) {
            bool ok = false;
            if (line.values[c].toDouble(&ok) == *best && ok)
                line.best.append(c);
        }
        if (line.best.size() == n)
            line.best.clear(); // all equal: nothing stands out
    }
    addRows(Section::Params, [](const registry::Lineage &l) {
        QList<std::pair<QString, QString>> rows;
        for (const tracking::Param &p : l.params)
            rows.append({p.key, tracking::toDisplayString(p.value)});
        return rows;
    });
    const int datasetsStart = int(m_all.size());
    addRows(Section::Datasets, [](const registry::Lineage &l) {
        QList<std::pair<QString, QString>> rows;
        for (const registry::DatasetUse &d : l.datasets)
            rows.append({d.dataset, d.dataset + QLatin1Char('@') + QString::number(d.number)});
        return rows;
    });
    for (int i = datasetsStart; i < m_all.size(); ++i) {
        for (int c = 0; c < n; ++c) {
            for (const registry::DatasetUse &d : m_lineages[c].datasets) {
                if (d.dataset == m_all[i].label)
                    m_all[i].links[c] = datasetLink(d);
            }
        }
    }
    for (int i = 0; i < m_all.size(); ++i) {
        Line &line = m_all[i];
        line.differs = line.values.count(line.values.value(0)) != line.values.size();
        if (!m_onlyDifferences || line.differs)
            m_visible.append(i);
    }
}

QList<ModelVersionCompareModel::DatasetChange> ModelVersionCompareModel::datasetChanges() const {
    QList<DatasetChange> changes;
    for (const Line &line : m_all) {
        if (line.section == Section::Datasets && line.differs)
            changes.append({line.label, line.values});
    }
    return changes;
}

int ModelVersionCompareModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ModelVersionCompareModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() || m_lineages.isEmpty() ? 0 : int(m_lineages.size()) + 1;
}

QVariant ModelVersionCompareModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const Line &line = m_all[m_visible[index.row()]];
    const int c = index.column() - 1;
    switch (role) {
    case Qt::DisplayRole:
        if (c < 0)
            return line.label;
        return line.values.value(c).isEmpty() ? QStringLiteral("—") : line.values.value(c);
    case Qt::ToolTipRole:
        if (c >= 0 && !line.links.value(c).isEmpty())
            return tr("Open %1 in the Datasets panel").arg(line.values.value(c));
        return {};
    case Qt::FontRole:
        if (c >= 0 && line.best.contains(c)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case SectionRole:
        return int(line.section);
    case DiffersRole:
        return line.differs;
    case BestRole:
        return c >= 0 && line.best.contains(c);
    case LinkRole:
        return c >= 0 ? QVariant(line.links.value(c)) : QVariant();
    }
    return {};
}

QVariant ModelVersionCompareModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < m_visible.size())
            return sectionName(m_all[m_visible[section]].section);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Field");
    if (section - 1 < m_lineages.size())
        return m_lineages[section - 1].version.ref();
    return {};
}

} // namespace mlwb::itemmodels
