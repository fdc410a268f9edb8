#pragma once

#include "columnprofile.h"
#include "core/error.h"
#include "table.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mlwb::datasets {

enum class DriftTest { KolmogorovSmirnov, ChiSquared, Wasserstein, JensenShannon, Psi };

QString driftTestName(DriftTest test); // "ks", "chi2", "wasserstein", "jensen_shannon", "psi"

struct DriftResult {
    DriftTest test = DriftTest::Psi;
    double statistic = 0;
    std::optional<double> pValue; // KS and chi-squared only
    double threshold = 0;
    // p-value below the threshold, or statistic at or above it for distances and PSI.
    bool drifted = false;
};

struct ColumnDrift {
    QString column;
    bool numeric = false;      // tested as a numeric column
    qint64 referenceCount = 0; // non-missing values
    qint64 currentCount = 0;
    DriftResult test; // the test chosen for the column; decides `drifted`
    DriftResult psi;  // PSI for every column, shown beside the test
    bool drifted() const { return test.drifted; }
};

struct DriftReport {
    QString reference;
    QString current;
    QList<ColumnDrift> columns;
    QStringList skipped; // columns in only one of the tables, or without values
    int driftedColumns = 0;
    double driftedShare = 0;
    // At least half of the compared columns drifted (Evidently's dataset drift rule).
    bool datasetDrift = false;
    bool anyDrift() const { return driftedColumns > 0; }
};

struct DriftOptions {
    // Reference samples up to this size are tested with KS / chi-squared, larger ones
    // with Wasserstein / Jensen-Shannon.
    qint64 smallSampleLimit = 1000;
    // Numeric columns with at most this many distinct reference values are categorical.
    qint64 categoricalUpTo = 5;
    double pValueThreshold = 0.05;
    double wassersteinThreshold = 0.1;
    double jensenShannonThreshold = 0.1;
    double psiThreshold = 0.2;
    int psiBins = 10;
    ProfileOptions gather;
};

// The test chosen for one column, like Evidently's defaults: numeric (more than
// `categoricalUpTo` distinct values) → KS up to `smallSampleLimit` reference
// values, else Wasserstein distance / reference std; categorical → chi-squared
// (2×k test of homogeneity) up to the limit, else Jensen-Shannon distance.
ColumnDrift columnDrift(const ColumnValues &reference, const ColumnValues &current,
                        const DriftOptions &options = {});
Result<DriftReport> detectDrift(const Table &reference, const Table &current,
                                const DriftOptions &options = {});

// {"reference", "current", "drifted_columns", "columns_compared", "share", "dataset_drift",
//  "columns": [{"column", "type", "test", "statistic", "p_value", "threshold", "drifted",
//  "psi": {...}}], "skipped": [...]}
QJsonObject toJson(const DriftReport &report);

namespace stats {
// Largest distance between the empirical distribution functions of two sorted samples.
double ksStatistic(const std::vector<double> &a, const std::vector<double> &b);
// Q_KS(λ) = 2 Σ_{j≥1} (-1)^{j-1} exp(-2 j² λ²): the asymptotic Kolmogorov tail.
double kolmogorovSurvival(double lambda);
// p-value of D for samples of n and m values: Q_KS((√e + 0.12 + 0.11/√e) D), e = nm/(n+m).
double ksPValue(double d, qint64 n, qint64 m);
// Regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a).
double regularizedGammaQ(double a, double x);
double chiSquaredSurvival(double x, double dof);
struct ChiSquared {
    double statistic = 0;
    double dof = 0;
    double pValue = 1;
};
// Pearson's test that two samples of counts over the same categories come from one
// distribution (categories empty in both are dropped).
ChiSquared chiSquaredHomogeneity(const std::vector<double> &a, const std::vector<double> &b);
// First Wasserstein distance between the empirical distributions of two sorted samples.
double wassersteinDistance(const std::vector<double> &a, const std::vector<double> &b);
// √(JS divergence) with natural logarithms; p and q are normalized first.
double jensenShannonDistance(const std::vector<double> &p, const std::vector<double> &q);
// Σ (c - r) ln(c / r) over shares; empty shares count as `epsilon`.
double psi(const std::vector<double> &reference, const std::vector<double> &current,
           double epsilon = 1e-4);
// PSI over `bins` quantile bins of the sorted reference (ties merge bins).
double psiNumeric(const std::vector<double> &reference, const std::vector<double> &current,
                  int bins = 10);
} // namespace stats

} // namespace mlwb::datasets
