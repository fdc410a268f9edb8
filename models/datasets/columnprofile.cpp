#include "columnprofile.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <cmath>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

constexpr int sketchBits = 14;
constexpr qint64 progressEvery = 1 << 16;

bool cancelled(const ProfileOptions &options, qint64 done, qint64 total) {
    if (options.cancel && options.cancel->load(std::memory_order_relaxed))
        return true;
    return options.progress && !options.progress(done, total);
}

} // namespace

void DistinctSketch::add(std::string_view value) {
    if (m_registers.empty())
        m_registers.assign(size_t(1) << sketchBits, 0);
    const std::uint64_t h = XXH3_64bits(value.data(), value.size());
    const size_t index = size_t(h >> (64 - sketchBits));
    const std::uint64_t rest = (h << sketchBits) | (std::uint64_t(1) << (sketchBits - 1));
    const auto rank = std::uint8_t(std::countl_zero(rest) + 1);
    m_registers[index] = std::max(m_registers[index], rank);
}

double DistinctSketch::estimate() const {
    if (m_registers.empty())
        return 0;
    const double m = double(m_registers.size());
    double sum = 0;
    int zeros = 0;
    for (std::uint8_t r : m_registers) {
        sum += std::ldexp(1.0, -int(r));
        zeros += r == 0;
    }
    const double alpha = 0.7213 / (1 + 1.079 / m);
    const double raw = alpha * m * m / sum;
    if (raw <= 2.5 * m && zeros > 0)
        return m * std::log(m / zeros); // linear counting for small cardinalities
    return raw;
}

void RunningStats::add(double x) {
    if (count == 0) {
        min = max = x;
    } else {
        min = std::min(min, x);
        max = std::max(max, x);
    }
    ++count;
    const double delta = x - mean;
    mean += delta / double(count);
    m2 += delta * (x - mean);
}

qint64 ColumnValues::distinct() const {
    if (countsComplete)
        return qint64(counts.size());
    return std::max(qint64(counts.size()), qint64(std::llround(sketch.estimate())));
}

bool isMissingValue(std::string_view v) {
    return v.empty() || v == "NA" || v == "N/A" || v == "n/a" || v == "null" || v == "NULL" ||
           v == "None" || v == "NaN" || v == "nan";
}

Result<std::vector<ColumnValues>> gatherColumnValues(const Table &table,
                                                     const ProfileOptions &options) {
    const size_t width = size_t(table.columns.size());
    std::vector<ColumnValues> columns(width);
    for (size_t c = 0; c < width; ++c)
        columns[c].name = table.columns.at(qsizetype(c));
    std::vector<bool> numericSoFar(width, true);
    const qint64 total = table.rowCount();
    RowCells cells;
    for (qint64 r = 0; r < total; ++r) {
        if (r % progressEvery == 0 && cancelled(options, r, total))
            return fail(tr("profile %1").arg(table.source), tr("cancelled"));
        table.cells(r, cells);
        if (options.read.strict && cells.values.size() != width)
            return fail(
                tr("profile %1").arg(detail::place(table.source, table.rows[size_t(r)].line)),
                tr("the row has %1 cells, the header %2").arg(cells.values.size()).arg(width),
                tr("fix the row, or quote cells that contain the delimiter"));
        for (size_t c = 0; c < width; ++c) {
            ColumnValues &col = columns[c];
            const std::string_view v = cells.at(qsizetype(c));
            ++col.rows;
            if (isMissingValue(v)) {
                ++col.missing;
                continue;
            }
            if (col.type != ColumnType::String)
                col.type = widen(col.type, valueType(v));
            if (numericSoFar[c]) {
                if (col.type == ColumnType::Int || col.type == ColumnType::Float) {
                    const double x = *parseNumber(v);
                    col.numbers.push_back(x);
                    col.stats.add(x);
                } else {
                    numericSoFar[c] = false;
                    col.numbers = {};
                    col.stats = {};
                }
            }
            if (auto it = col.counts.find(v); it != col.counts.end()) {
                ++it->second;
            } else if (qint64(col.counts.size()) < options.distinctExactLimit) {
                col.counts.emplace(std::string(v), 1);
            } else {
                if (col.countsComplete) {
                    for (const auto &[value, n] : col.counts)
                        col.sketch.add(value);
                    col.countsComplete = false;
                }
            }
            if (!col.countsComplete)
                col.sketch.add(v);
        }
    }
    for (ColumnValues &col : columns)
        std::sort(col.numbers.begin(), col.numbers.end());
    if (options.progress)
        options.progress(total, total);
    return columns;
}

double quantileOfSorted(const std::vector<double> &sorted, double q) {
    if (sorted.empty())
        return std::nan("");
    const double pos = std::clamp(q, 0.0, 1.0) * double(sorted.size() - 1);
    const auto lo = size_t(std::floor(pos));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (pos - double(lo)) * (sorted[hi] - sorted[lo]);
}

std::vector<double> histogramEdges(double min, double max, int bins) {
    bins = std::max(bins, 1);
    if (!(max > min)) {
        min -= 0.5;
        max += 0.5;
    }
    std::vector<double> edges(size_t(bins) + 1);
    for (int i = 0; i <= bins; ++i)
        edges[size_t(i)] = min + (max - min) * double(i) / double(bins);
    edges.back() = max;
    return edges;
}

ColumnProfile profileColumn(const ColumnValues &values, const std::vector<double> &edges,
                            int topValues) {
    ColumnProfile p;
    p.name = values.name;
    p.type = values.type;
    p.count = values.rows;
    p.missing = values.missing;
    p.distinct = values.distinct();
    p.distinctExact = values.countsComplete;
    const std::vector<double> &x = values.numbers;
    if (!x.empty()) {
        p.numericCount = qint64(x.size());
        p.min = values.stats.min;
        p.max = values.stats.max;
        p.mean = values.stats.mean;
        p.std = std::sqrt(values.stats.variance());
        for (double q : profileQuantiles)
            p.quantiles.push_back(quantileOfSorted(x, q));
        if (edges.size() >= 2) {
            p.histogramEdges = edges;
            p.histogramCounts.assign(edges.size() - 1, 0);
            // Values are sorted: walk the bins once.
            size_t bin = 0;
            for (double v : x) {
                if (v < edges.front() || v > edges.back())
                    continue;
                while (bin + 2 < edges.size() && v >= edges[bin + 1])
                    ++bin;
                ++p.histogramCounts[bin];
            }
        }
    }
    std::vector<std::pair<const std::string *, qint64>> top;
    top.reserve(values.counts.size());
    for (const auto &[value, n] : values.counts)
        top.emplace_back(&value, n);
    const size_t keep = std::min(top.size(), size_t(std::max(topValues, 0)));
    std::partial_sort(top.begin(), top.begin() + qsizetype(keep), top.end(),
                      [](const auto &l, const auto &r) {
                          return l.second != r.second ? l.second > r.second : *l.first < *r.first;
                      });
    for (size_t i = 0; i < keep; ++i)
        p.topValues.append({QString::fromStdString(*top[i].first), top[i].second});
    return p;
}

Result<TableProfile> profileTable(const Table &table, const ProfileOptions &options) {
    MLWB_ASSIGN_OR_RETURN(std::vector<ColumnValues> columns, gatherColumnValues(table, options));
    TableProfile profile{table.source, table.rowCount(), {}, table.issues};
    for (const ColumnValues &c : columns) {
        const std::vector<double> edges =
            c.numbers.empty() ? std::vector<double>{}
                              : histogramEdges(c.stats.min, c.stats.max, options.histogramBins);
        profile.columns.append(profileColumn(c, edges, options.topValues));
    }
    return profile;
}

Result<TableProfile> profileTable(const QString &path, ProfileOptions options) {
    MLWB_ASSIGN_OR_RETURN(Table table, readTable(path, options.read));
    return profileTable(table, options);
}

Result<std::pair<TableProfile, TableProfile>> profileTables(const Table &a, const Table &b,
                                                            const ProfileOptions &options) {
    MLWB_ASSIGN_OR_RETURN(std::vector<ColumnValues> ca, gatherColumnValues(a, options));
    MLWB_ASSIGN_OR_RETURN(std::vector<ColumnValues> cb, gatherColumnValues(b, options));
    auto sharedEdges = [&](const ColumnValues &mine,
                           const std::vector<ColumnValues> &other) -> std::vector<double> {
        if (mine.numbers.empty())
            return {};
        double lo = mine.stats.min;
        double hi = mine.stats.max;
        for (const ColumnValues &o : other) {
            if (o.name == mine.name && !o.numbers.empty()) {
                lo = std::min(lo, o.stats.min);
                hi = std::max(hi, o.stats.max);
            }
        }
        return histogramEdges(lo, hi, options.histogramBins);
    };
    std::pair<TableProfile, TableProfile> out{TableProfile{a.source, a.rowCount(), {}, a.issues},
                                              TableProfile{b.source, b.rowCount(), {}, b.issues}};
    for (const ColumnValues &c : ca)
        out.first.columns.append(profileColumn(c, sharedEdges(c, cb), options.topValues));
    for (const ColumnValues &c : cb)
        out.second.columns.append(profileColumn(c, sharedEdges(c, ca), options.topValues));
    return out;
}

QJsonObject toJson(const TableProfile &profile) {
    QJsonArray columns;
    for (const ColumnProfile &c : profile.columns) {
        QJsonObject o{{QStringLiteral("name"), c.name},
                      {QStringLiteral("type"), columnTypeName(c.type)},
                      {QStringLiteral("count"), c.count},
                      {QStringLiteral("missing"), c.missing},
                      {QStringLiteral("distinct"), c.distinct},
                      {QStringLiteral("distinct_exact"), c.distinctExact}};
        if (c.isNumeric()) {
            o.insert(QStringLiteral("min"), c.min);
            o.insert(QStringLiteral("max"), c.max);
            o.insert(QStringLiteral("mean"), c.mean);
            o.insert(QStringLiteral("std"), c.std);
            QJsonObject quantiles;
            for (size_t i = 0; i < c.quantiles.size() && i < profileQuantiles.size(); ++i)
                quantiles.insert(QStringLiteral("p%1").arg(std::lround(profileQuantiles[i] * 100)),
                                 c.quantiles[i]);
            o.insert(QStringLiteral("quantiles"), quantiles);
            QJsonArray edges;
            for (double e : c.histogramEdges)
                edges.append(e);
            QJsonArray counts;
            for (qint64 n : c.histogramCounts)
                counts.append(n);
            o.insert(QStringLiteral("histogram"), QJsonObject{{QStringLiteral("edges"), edges},
                                                              {QStringLiteral("counts"), counts}});
        }
        QJsonArray top;
        for (const ValueCount &v : c.topValues)
            top.append(QJsonObject{{QStringLiteral("value"), v.value},
                                   {QStringLiteral("count"), v.count}});
        o.insert(QStringLiteral("top"), top);
        columns.append(o);
    }
    return {{QStringLiteral("source"), profile.source},
            {QStringLiteral("rows"), profile.rows},
            {QStringLiteral("columns"), columns}};
}

} // namespace mlwb::datasets
