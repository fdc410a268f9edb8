#include "drift.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace mlwb::datasets {

namespace stats {

namespace {

// Walks two sorted samples in step, calling f(x, next, Fa, Fb) for each interval
// [x, next) on which both empirical distribution functions are constant.
template <typename F>
void walkDistributions(const std::vector<double> &a, const std::vector<double> &b, F &&f) {
    const double n = double(a.size());
    const double m = double(b.size());
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() || j < b.size()) {
        const double x = j == b.size() || (i < a.size() && a[i] <= b[j]) ? a[i] : b[j];
        while (i < a.size() && a[i] == x)
            ++i;
        while (j < b.size() && b[j] == x)
            ++j;
        const bool last = i == a.size() && j == b.size();
        const double next =
            last ? x : (j == b.size() || (i < a.size() && a[i] <= b[j]) ? a[i] : b[j]);
        f(x, next, double(i) / n, double(j) / m);
    }
}

double gammaSeries(double a, double x) { // P(a, x), x < a + 1
    double ap = a;
    double sum = 1 / a;
    double del = sum;
    for (int n = 0; n < 1000; ++n) {
        ap += 1;
        del *= x / ap;
        sum += del;
        if (std::abs(del) < std::abs(sum) * 1e-15)
            break;
    }
    return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

double gammaContinuedFraction(double a, double x) { // Q(a, x), x >= a + 1 (Lentz)
    constexpr double tiny = 1e-300;
    double b = x + 1 - a;
    double c = 1 / tiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 1000; ++i) {
        const double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (std::abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const double del = d * c;
        h *= del;
        if (std::abs(del - 1) < 1e-15)
            break;
    }
    return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

} // namespace

double ksStatistic(const std::vector<double> &a, const std::vector<double> &b) {
    if (a.empty() || b.empty())
        return 0;
    double d = 0;
    walkDistributions(
        a, b, [&](double, double, double fa, double fb) { d = std::max(d, std::abs(fa - fb)); });
    return d;
}

double kolmogorovSurvival(double lambda) {
    if (lambda <= 0)
        return 1;
    if (lambda < 1.18) {
        // The theta-function form converges fast for small λ.
        const double y = std::exp(-std::numbers::pi * std::numbers::pi / (8 * lambda * lambda));
        double sum = 0;
        for (int k = 1; k <= 9; k += 2)
            sum += std::pow(y, k * k);
        return std::clamp(1 - std::sqrt(2 * std::numbers::pi) / lambda * sum, 0.0, 1.0);
    }
    const double x = std::exp(-2 * lambda * lambda);
    double sum = 0;
    double sign = 1;
    for (int j = 1; j <= 100; ++j) {
        const double term = std::pow(x, j * j);
        sum += sign * term;
        if (term < 1e-17)
            break;
        sign = -sign;
    }
    return std::clamp(2 * sum, 0.0, 1.0);
}

double ksPValue(double d, qint64 n, qint64 m) {
    if (n <= 0 || m <= 0)
        return 1;
    const double en = std::sqrt(double(n) * double(m) / double(n + m));
    return kolmogorovSurvival((en + 0.12 + 0.11 / en) * d);
}

double regularizedGammaQ(double a, double x) {
    if (x <= 0)
        return 1;
    if (x < a + 1)
        return std::clamp(1 - gammaSeries(a, x), 0.0, 1.0);
    return std::clamp(gammaContinuedFraction(a, x), 0.0, 1.0);
}

double chiSquaredSurvival(double x, double dof) {
    return regularizedGammaQ(dof / 2, x / 2);
}

ChiSquared chiSquaredHomogeneity(const std::vector<double> &a, const std::vector<double> &b) {
    double na = 0;
    double nb = 0;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        na += a[i];
        nb += b[i];
    }
    ChiSquared out;
    if (na <= 0 || nb <= 0)
        return out;
    int categories = 0;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        const double total = a[i] + b[i];
        if (total <= 0)
            continue;
        ++categories;
        const double ea = na * total / (na + nb);
        const double eb = nb * total / (na + nb);
        out.statistic += (a[i] - ea) * (a[i] - ea) / ea + (b[i] - eb) * (b[i] - eb) / eb;
    }
    out.dof = categories - 1;
    out.pValue = out.dof >= 1 ? chiSquaredSurvival(out.statistic, out.dof) : 1;
    return out;
}

double wassersteinDistance(const std::vector<double> &a, const std::vector<double> &b) {
    if (a.empty() || b.empty())
        return 0;
    double area = 0;
    walkDistributions(a, b, [&](double x, double next, double fa, double fb) {
        area += std::abs(fa - fb) * (next - x);
    });
    return area;
}

double jensenShannonDistance(const std::vector<double> &p, const std::vector<double> &q) {
    double sp = 0;
    double sq = 0;
    for (size_t i = 0; i < p.size() && i < q.size(); ++i) {
        sp += p[i];
        sq += q[i];
    }
    if (sp <= 0 || sq <= 0)
        return 0;
    double js = 0;
    for (size_t i = 0; i < p.size() && i < q.size(); ++i) {
        const double pi = p[i] / sp;
        const double qi = q[i] / sq;
        const double mi = (pi + qi) / 2;
        if (pi > 0)
            js += pi * std::log(pi / mi) / 2;
        if (qi > 0)
            js += qi * std::log(qi / mi) / 2;
    }
    return std::sqrt(std::max(js, 0.0));
}

double psi(const std::vector<double> &reference, const std::vector<double> &current,
           double epsilon) {
    double sr = 0;
    double sc = 0;
    for (size_t i = 0; i < reference.size() && i < current.size(); ++i) {
        sr += reference[i];
        sc += current[i];
    }
    if (sr <= 0 || sc <= 0)
        return 0;
    double out = 0;
    for (size_t i = 0; i < reference.size() && i < current.size(); ++i) {
        const double r = reference[i] > 0 ? reference[i] / sr : epsilon;
        const double c = current[i] > 0 ? current[i] / sc : epsilon;
        out += (c - r) * std::log(c / r);
    }
    return out;
}

double psiNumeric(const std::vector<double> &reference, const std::vector<double> &current,
                  int bins) {
    if (reference.empty() || current.empty())
        return 0;
    std::vector<double> edges; // inner edges; bin i holds edges[i-1] <= x < edges[i]
    for (int i = 1; i < bins; ++i) {
        const double e = quantileOfSorted(reference, double(i) / bins);
        if (edges.empty() || e > edges.back())
            edges.push_back(e);
    }
    auto histogram = [&](const std::vector<double> &sorted) {
        std::vector<double> counts(edges.size() + 1, 0);
        size_t bin = 0;
        for (double x : sorted) {
            while (bin < edges.size() && x >= edges[bin])
                ++bin;
            ++counts[bin];
        }
        return counts;
    };
    return psi(histogram(reference), histogram(current));
}

} // namespace stats

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

// Counts of both columns over the union of their values, in one order.
std::pair<std::vector<double>, std::vector<double>> alignedCounts(const ColumnValues &reference,
                                                                  const ColumnValues &current) {
    std::set<std::string_view> keys;
    for (const auto &[value, n] : reference.counts)
        keys.insert(value);
    for (const auto &[value, n] : current.counts)
        keys.insert(value);
    std::pair<std::vector<double>, std::vector<double>> out;
    for (std::string_view key : keys) {
        const auto r = reference.counts.find(key);
        const auto c = current.counts.find(key);
        out.first.push_back(r == reference.counts.end() ? 0 : double(r->second));
        out.second.push_back(c == current.counts.end() ? 0 : double(c->second));
    }
    return out;
}

QJsonObject resultJson(const DriftResult &r) {
    QJsonObject o{{u"test"_s, driftTestName(r.test)},
                  {u"statistic"_s, r.statistic},
                  {u"threshold"_s, r.threshold},
                  {u"drifted"_s, r.drifted}};
    o.insert(u"p_value"_s, r.pValue ? QJsonValue(*r.pValue) : QJsonValue());
    return o;
}

} // namespace

QString driftTestName(DriftTest test) {
    switch (test) {
    case DriftTest::KolmogorovSmirnov:
        return QStringLiteral("ks");
    case DriftTest::ChiSquared:
        return QStringLiteral("chi2");
    case DriftTest::Wasserstein:
        return QStringLiteral("wasserstein");
    case DriftTest::JensenShannon:
        return QStringLiteral("jensen_shannon");
    case DriftTest::Psi:
        return QStringLiteral("psi");
    }
    return {};
}

ColumnDrift columnDrift(const ColumnValues &reference, const ColumnValues &current,
                        const DriftOptions &options) {
    ColumnDrift out;
    out.column = reference.name;
    out.referenceCount = reference.present();
    out.currentCount = current.present();
    out.numeric = reference.isNumeric() && current.isNumeric() && !reference.numbers.empty() &&
                  !current.numbers.empty() && reference.distinct() > options.categoricalUpTo;
    const bool small = out.referenceCount <= options.smallSampleLimit;
    DriftResult &t = out.test;
    if (out.numeric) {
        const std::vector<double> &r = reference.numbers;
        const std::vector<double> &c = current.numbers;
        if (small) {
            t.test = DriftTest::KolmogorovSmirnov;
            t.statistic = stats::ksStatistic(r, c);
            t.pValue = stats::ksPValue(t.statistic, qint64(r.size()), qint64(c.size()));
            t.threshold = options.pValueThreshold;
        } else {
            t.test = DriftTest::Wasserstein;
            const double norm = std::max(std::sqrt(reference.stats.populationVariance()), 0.001);
            t.statistic = stats::wassersteinDistance(r, c) / norm;
            t.threshold = options.wassersteinThreshold;
        }
        out.psi.statistic = stats::psiNumeric(r, c, options.psiBins);
    } else {
        const auto [r, c] = alignedCounts(reference, current);
        if (small) {
            t.test = DriftTest::ChiSquared;
            const stats::ChiSquared chi = stats::chiSquaredHomogeneity(r, c);
            t.statistic = chi.statistic;
            t.pValue = chi.pValue;
            t.threshold = options.pValueThreshold;
        } else {
            t.test = DriftTest::JensenShannon;
            t.statistic = stats::jensenShannonDistance(r, c);
            t.threshold = options.jensenShannonThreshold;
        }
        out.psi.statistic = stats::psi(r, c);
    }
    t.drifted = t.pValue ? *t.pValue < t.threshold : t.statistic >= t.threshold;
    out.psi.test = DriftTest::Psi;
    out.psi.threshold = options.psiThreshold;
    out.psi.drifted = out.psi.statistic >= out.psi.threshold;
    return out;
}

Result<DriftReport> detectDrift(const Table &reference, const Table &current,
                                const DriftOptions &options) {
    MLWB_ASSIGN_OR_RETURN(std::vector<ColumnValues> ref,
                          gatherColumnValues(reference, options.gather));
    MLWB_ASSIGN_OR_RETURN(std::vector<ColumnValues> cur,
                          gatherColumnValues(current, options.gather));
    DriftReport report;
    report.reference = reference.source;
    report.current = current.source;
    for (const ColumnValues &r : ref) {
        const auto c = std::find_if(cur.begin(), cur.end(),
                                    [&](const ColumnValues &v) { return v.name == r.name; });
        if (c == cur.end() || r.present() == 0 || c->present() == 0) {
            report.skipped.append(r.name);
            continue;
        }
        report.columns.append(columnDrift(r, *c, options));
        report.driftedColumns += report.columns.back().drifted();
    }
    for (const ColumnValues &c : cur) {
        if (!reference.columns.contains(c.name))
            report.skipped.append(c.name);
    }
    if (report.columns.isEmpty() && !ref.empty())
        return fail(tr("compare %1 with %2").arg(reference.source, current.source),
                    tr("the tables have no column with values in common"),
                    tr("check that both files hold the same kind of table"));
    report.driftedShare =
        report.columns.isEmpty() ? 0 : double(report.driftedColumns) / report.columns.size();
    report.datasetDrift = !report.columns.isEmpty() && report.driftedShare >= 0.5;
    return report;
}

QJsonObject toJson(const DriftReport &report) {
    QJsonArray columns;
    for (const ColumnDrift &c : report.columns) {
        QJsonObject o = resultJson(c.test);
        o.insert(u"column"_s, c.column);
        o.insert(u"type"_s, c.numeric ? u"numeric"_s : u"categorical"_s);
        o.insert(u"reference_count"_s, c.referenceCount);
        o.insert(u"current_count"_s, c.currentCount);
        o.insert(u"psi"_s, resultJson(c.psi));
        columns.append(o);
    }
    return {{u"reference"_s, report.reference},
            {u"current"_s, report.current},
            {u"columns_compared"_s, report.columns.size()},
            {u"drifted_columns"_s, report.driftedColumns},
            {u"share"_s, report.driftedShare},
            {u"dataset_drift"_s, report.datasetDrift},
            {u"columns"_s, columns},
            {u"skipped"_s, QJsonArray::fromStringList(report.skipped)}};
}

} // namespace mlwb::datasets
