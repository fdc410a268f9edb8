#include "datasetprofilemodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace mlwb::itemmodels {

// ProfileColumnsModel

void ProfileColumnsModel::setProfiles(const std::optional<datasets::TableProfile> &a,
                                      const std::optional<datasets::TableProfile> &b,
                                      const std::optional<datasets::DriftReport> &drift) {
    beginResetModel();
    m_a = a;
    m_b = b;
    m_entries.clear();
    const auto indexIn = [](const std::optional<datasets::TableProfile> &p, const QString &name) {
        if (!p)
            return -1;
        for (int i = 0; i < p->columns.size(); ++i) {
            if (p->columns[i].name == name)
                return i;
        }
        return -1;
    };
    if (m_b) {
        for (const datasets::ColumnProfile &c : m_b->columns)
            m_entries.append(Entry{c.name, indexIn(m_a, c.name), indexIn(m_b, c.name), {}});
    }
    if (m_a) {
        for (int i = 0; i < m_a->columns.size(); ++i) {
            if (indexIn(m_b, m_a->columns[i].name) < 0)
                m_entries.append(Entry{m_a->columns[i].name, i, -1, {}});
        }
    }
    if (drift) {
        for (Entry &e : m_entries) {
            for (const datasets::ColumnDrift &d : drift->columns) {
                if (d.column == e.name)
                    e.drifted = d.drifted();
            }
        }
    }
    endResetModel();
}

const datasets::ColumnProfile *ProfileColumnsModel::profileA(int row) const {
    if (row < 0 || row >= m_entries.size() || m_entries[row].a < 0 || !m_a)
        return nullptr;
    return &m_a->columns[m_entries[row].a];
}

const datasets::ColumnProfile *ProfileColumnsModel::profileB(int row) const {
    if (row < 0 || row >= m_entries.size() || m_entries[row].b < 0 || !m_b)
        return nullptr;
    return &m_b->columns[m_entries[row].b];
}

int ProfileColumnsModel::rowOf(const QString &column) const {
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].name == column)
            return i;
    }
    return -1;
}

int ProfileColumnsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ProfileColumnsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return e.drifted.value_or(false) ? tr("%1 (drifted)").arg(e.name) : e.name;
    case ColumnNameRole:
        return e.name;
    case DriftedRole:
        return e.drifted ? QVariant(*e.drifted) : QVariant();
    case Qt::ToolTipRole: {
        const datasets::ColumnProfile *a = profileA(index.row());
        const datasets::ColumnProfile *b = profileB(index.row());
        return tr("%1: %2 → %3")
            .arg(e.name, a ? datasets::columnTypeName(a->type) : tr("absent"),
                 b ? datasets::columnTypeName(b->type) : tr("absent"));
    }
    default:
        return {};
    }
}

// ColumnProfileModel

QString ColumnProfileModel::numberText(double value) {
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QLocale().toString(qint64(value));
    return QLocale().toString(value, 'g', 6);
}

void ColumnProfileModel::setColumn(const datasets::ColumnProfile *a,
                                   const datasets::ColumnProfile *b, const QString &labelA,
                                   const QString &labelB) {
    beginResetModel();
    m_labelA = labelA;
    m_labelB = labelB;
    m_lines.clear();
    const auto add = [this, a, b](const QString &name, auto value) {
        m_lines.append(Line{name, a ? value(*a) : QString(), b ? value(*b) : QString()});
    };
    const auto numeric = [](auto f) {
        return [f](const datasets::ColumnProfile &p) {
            return p.isNumeric() ? numberText(f(p)) : QString();
        };
    };
    if (a || b) {
        add(tr("Type"), [](const auto &p) { return datasets::columnTypeName(p.type); });
        add(tr("Rows"), [](const auto &p) { return QLocale().toString(p.count); });
        add(tr("Missing"), [](const auto &p) { return QLocale().toString(p.missing); });
        add(tr("Distinct"), [](const auto &p) {
            return (p.distinctExact ? QString() : QStringLiteral("≈")) +
                   QLocale().toString(p.distinct);
        });
        const bool numbers = (a && a->isNumeric()) || (b && b->isNumeric());
        if (numbers) {
            add(tr("Min"), numeric([](const auto &p) { return p.min; }));
            add(tr("Max"), numeric([](const auto &p) { return p.max; }));
            add(tr("Mean"), numeric([](const auto &p) { return p.mean; }));
            add(tr("Std"), numeric([](const auto &p) { return p.std; }));
            for (size_t q = 0; q < datasets::profileQuantiles.size(); ++q) {
                add(tr("p%1").arg(datasets::profileQuantiles[q] * 100),
                    [q](const datasets::ColumnProfile &p) {
                        return q < p.quantiles.size() ? numberText(p.quantiles[q]) : QString();
                    });
            }
        }
        const qsizetype tops = std::max(a ? a->topValues.size() : 0, b ? b->topValues.size() : 0);
        for (qsizetype t = 0; t < std::min<qsizetype>(tops, 5); ++t) {
            add(tr("Top %1").arg(t + 1), [t](const datasets::ColumnProfile &p) {
                if (t >= p.topValues.size())
                    return QString();
                return tr("%1 (%2)").arg(p.topValues[t].value,
                                         QLocale().toString(p.topValues[t].count));
            });
        }
    }
    endResetModel();
}

int ColumnProfileModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ColumnProfileModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : 3;
}

QVariant ColumnProfileModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines[index.row()];
    if (role == DiffersRole)
        return l.a != l.b;
    if (role == Qt::TextAlignmentRole && index.column() > 0)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case 0:
        return l.name;
    case 1:
        return l.a;
    case 2:
        return l.b;
    }
    return {};
}

QVariant ColumnProfileModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("Statistic");
    case 1:
        return tr("A: %1").arg(m_labelA);
    case 2:
        return tr("B: %1").arg(m_labelB);
    }
    return {};
}

// DriftReportModel

QString DriftReportModel::testText(datasets::DriftTest test) {
    switch (test) {
    case datasets::DriftTest::KolmogorovSmirnov:
        return tr("Kolmogorov–Smirnov");
    case datasets::DriftTest::ChiSquared:
        return tr("Chi-squared");
    case datasets::DriftTest::Wasserstein:
        return tr("Wasserstein (normed)");
    case datasets::DriftTest::JensenShannon:
        return tr("Jensen–Shannon");
    case datasets::DriftTest::Psi:
        return tr("PSI");
    }
    return {};
}

void DriftReportModel::setReport(const std::optional<datasets::DriftReport> &report) {
    beginResetModel();
    m_report = report;
    endResetModel();
}

int DriftReportModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_report ? 0 : int(m_report->columns.size());
}

int DriftReportModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriftReportModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const datasets::ColumnDrift &d = m_report->columns[index.row()];
    if (role == DriftedRole)
        return d.drifted();
    if (role == Qt::TextAlignmentRole && index.column() >= StatisticColumn &&
        index.column() <= PsiColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ThresholdColumn)
        return d.test.pValue ? tr("drift when the p-value is below the threshold")
                             : tr("drift when the statistic reaches the threshold");
    if (role != Qt::DisplayRole)
        return {};
    const auto num = [](double v) { return QLocale().toString(v, 'g', 4); };
    switch (index.column()) {
    case NameColumn:
        return d.column;
    case TestColumn:
        return testText(d.test.test);
    case StatisticColumn:
        return num(d.test.statistic);
    case PValueColumn:
        return d.test.pValue ? num(*d.test.pValue) : QStringLiteral("—");
    case ThresholdColumn:
        return num(d.test.threshold);
    case PsiColumn:
        return num(d.psi.statistic);
    case ResultColumn:
        return d.drifted() ? tr("Drift") : tr("No drift");
    }
    return {};
}

QVariant DriftReportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Column");
    case TestColumn:
        return tr("Test");
    case StatisticColumn:
        return tr("Statistic");
    case PValueColumn:
        return tr("p-value");
    case ThresholdColumn:
        return tr("Threshold");
    case PsiColumn:
        return tr("PSI");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

} // namespace mlwb::itemmodels
