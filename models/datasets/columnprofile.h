#pragma once

#include "columntypes.h"
#include "core/error.h"
#include "table.h"
#include "tablereader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace mlwb::datasets {

// Estimates the number of distinct values once exact counting would cost too
// much memory (HyperLogLog, 2^14 registers: about 0.8% standard error).
class DistinctSketch {
public:
    void add(std::string_view value);
    double estimate() const;

private:
    std::vector<std::uint8_t> m_registers;
};

// Lets maps keyed by std::string be searched with a string_view.
struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using ValueCounts = std::unordered_map<std::string, qint64, StringHash, std::equal_to<>>;

// Mean and variance in one pass (Welford), with min and max.
struct RunningStats {
    qint64 count = 0;
    double mean = 0;
    double m2 = 0;
    double min = 0;
    double max = 0;

    void add(double x);
    double variance() const { return count > 1 ? m2 / double(count - 1) : 0; } // sample (n-1)
    double populationVariance() const { return count > 0 ? m2 / double(count) : 0; }
};

// The values of one column gathered in one pass over a table: what profiles
// and drift tests are computed from.
struct ColumnValues {
    QString name;
    ColumnType type = ColumnType::Empty;
    qint64 rows = 0;    // cells seen, missing ones included
    qint64 missing = 0; // empty, NA, N/A, null, None, NaN
    // Every number of a numeric (int/float) column, sorted; empty for other types.
    std::vector<double> numbers;
    RunningStats stats;
    // Count per value (as written). Complete up to ProfileOptions::distinctExactLimit
    // different values; past it new values are only counted in `sketch`.
    ValueCounts counts;
    bool countsComplete = true;
    DistinctSketch sketch; // used once counts are no longer complete

    bool isNumeric() const { return type == ColumnType::Int || type == ColumnType::Float; }
    qint64 present() const { return rows - missing; }
    qint64 distinct() const;
};

struct ValueCount {
    QString value;
    qint64 count = 0;
};

// Quantiles reported in a profile.
inline constexpr std::array<double, 7> profileQuantiles{0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};

struct ColumnProfile {
    QString name;
    ColumnType type = ColumnType::Empty;
    qint64 count = 0;   // rows
    qint64 missing = 0; // empty or NA-like cells
    qint64 distinct = 0;
    bool distinctExact = true; // false: a HyperLogLog estimate
    // Numeric columns only (numericCount > 0).
    qint64 numericCount = 0;
    double min = 0;
    double max = 0;
    double mean = 0;
    double std = 0; // sample standard deviation (n-1)
    // At profileQuantiles, linear interpolation between closest ranks (numpy's default).
    std::vector<double> quantiles;
    // Most frequent values, most frequent first; ties by value. Exact when distinctExact.
    QList<ValueCount> topValues;
    // Numeric columns: counts between edges (edges.size() == counts.size() + 1); the last
    // bin includes its upper edge. Other columns: empty (topValues are their histogram).
    std::vector<double> histogramEdges;
    std::vector<qint64> histogramCounts;

    bool isNumeric() const { return numericCount > 0; }
};

struct TableProfile {
    QString source;
    qint64 rows = 0;
    QList<ColumnProfile> columns;
    QList<TableIssue> issues; // ragged rows and the like, from the reader
};

struct ProfileOptions {
    int topValues = 10;
    int histogramBins = 20;
    // Distinct values are counted exactly up to this many per column, then estimated.
    qint64 distinctExactLimit = 100'000;
    // Called now and then with rows done and all rows; returning false cancels.
    std::function<bool(qint64 done, qint64 total)> progress;
    const std::atomic<bool> *cancel = nullptr;
    // For the overload that reads a file: ragged rows fail there, naming file:line.
    TableReadOptions read{TableFormat::Auto, std::nullopt, std::nullopt, /*strict=*/true};
};

// One pass over the rows of `table` (ragged rows fail when options.read.strict).
Result<std::vector<ColumnValues>> gatherColumnValues(const Table &table,
                                                     const ProfileOptions &options = {});
// The value of a quantile q in [0,1] of sorted numbers (linear interpolation).
double quantileOfSorted(const std::vector<double> &sorted, double q);
// `bins` equal-width edges spanning [min, max] (one bin of width 1 when min == max).
std::vector<double> histogramEdges(double min, double max, int bins);
ColumnProfile profileColumn(const ColumnValues &values, const std::vector<double> &edges,
                            int topValues);

Result<TableProfile> profileTable(const Table &table, const ProfileOptions &options = {});
Result<TableProfile> profileTable(const QString &path, ProfileOptions options = {});
// Profiles of two versions whose numeric histograms share their bins, so they
// can be drawn over each other. Columns are matched by name.
Result<std::pair<TableProfile, TableProfile>> profileTables(const Table &a, const Table &b,
                                                            const ProfileOptions &options = {});

bool isMissingValue(std::string_view value);

// {"source", "rows", "columns": [{"name", "type", "count", "missing", "distinct",
//  "distinct_exact", "min", "max", "mean", "std", "quantiles": {"p1", ...},
//  "top": [{"value", "count"}], "histogram": {"edges", "counts"}}]}
QJsonObject toJson(const TableProfile &profile);

} // namespace mlwb::datasets
