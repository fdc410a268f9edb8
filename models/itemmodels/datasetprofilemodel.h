#pragma once

#include "datasets/columnprofile.h"
#include "datasets/drift.h"

#include <QAbstractTableModel>

#include <optional>

namespace mlwb::itemmodels {

// The columns of two profiled versions (B's order, then columns only A has):
// name, type in A and B, and whether the column drifted.
class ProfileColumnsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { DriftedRole = Qt::UserRole + 1, ColumnNameRole };

    using QAbstractListModel::QAbstractListModel;

    void setProfiles(const std::optional<datasets::TableProfile> &a,
                     const std::optional<datasets::TableProfile> &b,
                     const std::optional<datasets::DriftReport> &drift);
    const datasets::ColumnProfile *profileA(int row) const;
    const datasets::ColumnProfile *profileB(int row) const;
    int rowOf(const QString &column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        QString name;
        int a = -1;
        int b = -1;
        std::optional<bool> drifted;
    };
    std::optional<datasets::TableProfile> m_a;
    std::optional<datasets::TableProfile> m_b;
    QList<Entry> m_entries;
};

// One column of two versions side by side: a row per statistic (type, rows,
// missing, distinct, min, max, mean, std, quantiles, top values), a column
// per version. Rows whose values differ are marked (DiffersRole).
class ColumnProfileModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { DiffersRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setColumn(const datasets::ColumnProfile *a, const datasets::ColumnProfile *b,
                   const QString &labelA, const QString &labelB);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString numberText(double value);

private:
    struct Line {
        QString name;
        QString a;
        QString b;
    };
    QList<Line> m_lines;
    QString m_labelA;
    QString m_labelB;
};

// The drift report: a row per compared column with its test, statistic,
// p-value, threshold, PSI and result.
class DriftReportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TestColumn,
        StatisticColumn,
        PValueColumn,
        ThresholdColumn,
        PsiColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role { DriftedRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const std::optional<datasets::DriftReport> &report);
    const std::optional<datasets::DriftReport> &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString testText(datasets::DriftTest test); // translated, e.g. "Kolmogorov–Smirnov"

private:
    std::optional<datasets::DriftReport> m_report;
};

} // namespace mlwb::itemmodels
