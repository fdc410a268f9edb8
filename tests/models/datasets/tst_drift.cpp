#include "datasets/drift.h"

#include "tabletestfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace mlwb;
using namespace mlwb::datasets;
using namespace Qt::Literals::StringLiterals;

namespace {

// Written by data/drift/reference.py, a standard-library Python implementation.
QJsonObject reference() {
    QFile f(QStringLiteral(MLWB_SOURCE_DIR "/tests/models/datasets/data/drift/reference.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::vector<double> numbers(const QJsonValue &v) {
    std::vector<double> out;
    for (const QJsonValue &x : v.toArray())
        out.push_back(x.toDouble());
    return out;
}

std::vector<double> sorted(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v;
}

bool close(double a, double b, double rel = 1e-6, double abs = 1e-12) {
    return std::abs(a - b) <= std::max(abs, rel * std::abs(b));
}

#define QCOMPARE_CLOSE(actual, expected, rel)                                                      \
    QVERIFY2(                                                                                      \
        close((actual), (expected), (rel)),                                                        \
        qPrintable(QStringLiteral("%1 != %2").arg(actual, 0, 'g', 12).arg(expected, 0, 'g', 12)))

// Columns x (normal with `shift`), c (categories a..d, weights moved by `shift`)
// and flag (0/1), `rows` rows, fixed seed.
QByteArray sample(int rows, double shift, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal(shift, 1.0);
    std::discrete_distribution<int> category({4, 3, 2 + 6 * shift, 1});
    std::bernoulli_distribution coin(0.5);
    QByteArray csv = "x,c,flag\n";
    for (int i = 0; i < rows; ++i) {
        csv += QByteArray::number(normal(rng), 'g', 10) + ',' + char('a' + category(rng)) + ',' +
               (coin(rng) ? '1' : '0') + '\n';
    }
    return csv;
}

DriftReport driftOf(const QByteArray &a, const QByteArray &b) {
    QTemporaryDir dir;
    auto ta = readTable(writeFile(dir, u"ref.csv"_s, a));
    auto tb = readTable(writeFile(dir, u"cur.csv"_s, b));
    if (!ta || !tb)
        qFatal("cannot read the samples");
    auto report = detectDrift(*ta, *tb);
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    return *report;
}

const ColumnDrift &column(const DriftReport &r, const QString &name) {
    for (const ColumnDrift &c : r.columns) {
        if (c.column == name)
            return c;
    }
    qFatal("no column %s", qPrintable(name));
}

} // namespace

class TestDrift : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Tabulated critical values of the Kolmogorov distribution.
    void kolmogorovCriticalValues_data() {
        QTest::addColumn<double>("lambda");
        QTest::addColumn<double>("q");
        QTest::newRow("10%") << 1.22385 << 0.10;
        QTest::newRow("5%") << 1.35810 << 0.05;
        QTest::newRow("1%") << 1.62762 << 0.01;
        QTest::newRow("0.1%") << 1.94947 << 0.001;
    }
    void kolmogorovCriticalValues() {
        QFETCH(double, lambda);
        QFETCH(double, q);
        QCOMPARE_CLOSE(stats::kolmogorovSurvival(lambda), q, 1e-3);
    }

    void kolmogorovAgainstPython() {
        for (const QJsonValue &v : reference()[u"kolmogorov"_s].toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE_CLOSE(stats::kolmogorovSurvival(o[u"lambda"_s].toDouble()),
                           o[u"q"_s].toDouble(), 1e-7);
        }
    }

    // Closed forms: dof 2 is exponential, dof 1 is erfc, dof 4 has a polynomial factor.
    void chiSquaredClosedForms_data() {
        QTest::addColumn<double>("x");
        for (double x : {0.1, 1.0, 3.841459, 7.5, 20.0})
            QTest::addRow("x=%g", x) << x;
    }
    void chiSquaredClosedForms() {
        QFETCH(double, x);
        QCOMPARE_CLOSE(stats::chiSquaredSurvival(x, 2), std::exp(-x / 2), 1e-12);
        QCOMPARE_CLOSE(stats::chiSquaredSurvival(x, 1), std::erfc(std::sqrt(x / 2)), 1e-10);
        QCOMPARE_CLOSE(stats::chiSquaredSurvival(x, 4), std::exp(-x / 2) * (1 + x / 2), 1e-10);
    }
    void chiSquaredCriticalValue() {
        QCOMPARE_CLOSE(stats::chiSquaredSurvival(3.841459, 1), 0.05, 1e-5);
        QCOMPARE_CLOSE(stats::chiSquaredSurvival(11.0705, 5), 0.05, 1e-4);
    }

    void gammaAgainstPython() {
        for (const QJsonValue &v : reference()[u"gamma_q"_s].toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE_CLOSE(stats::regularizedGammaQ(o[u"a"_s].toDouble(), o[u"x"_s].toDouble()),
                           o[u"q"_s].toDouble(), 1e-7);
        }
    }

    // [1,2,3] vs [4,5,6] by hand: D = 1, W1 = 3; e = 1.5, λ = (√1.5 + 0.12 + 0.11/√1.5) · 1.
    void handComputedSmallSample() {
        const std::vector<double> a{1, 2, 3};
        const std::vector<double> b{4, 5, 6};
        QCOMPARE(stats::ksStatistic(a, b), 1.0);
        QCOMPARE_CLOSE(stats::wassersteinDistance(a, b), 3.0, 1e-12);
        const double lambda = std::sqrt(1.5) + 0.12 + 0.11 / std::sqrt(1.5);
        QCOMPARE_CLOSE(stats::ksPValue(1.0, 3, 3), stats::kolmogorovSurvival(lambda), 1e-12);
        // Ties: [1,1,2] vs [1,2,2]: F differs by 1/3 at 1.
        QCOMPARE_CLOSE(stats::ksStatistic({1, 1, 2}, {1, 2, 2}), 1.0 / 3, 1e-12);
    }

    void closedFormDistances() {
        // Disjoint distributions: JS distance √ln 2; identical: 0.
        QCOMPARE_CLOSE(stats::jensenShannonDistance({1, 0}, {0, 1}), std::sqrt(std::log(2.0)),
                       1e-12);
        QCOMPARE(stats::jensenShannonDistance({3, 5, 2}, {6, 10, 4}), 0.0);
        // A sample shifted by c is c away in W1.
        const std::vector<double> a{0.5, 1, 4, 9};
        QCOMPARE_CLOSE(stats::wassersteinDistance(a, {2.5, 3, 6, 11}), 2.0, 1e-12);
        QCOMPARE(stats::psi({1, 2, 3}, {10, 20, 30}), 0.0);
        // Two bins, 50/50 → 25/75: 0.25 ln 1.5 + 0.25 ln 2 / ... by hand.
        const double expected =
            (0.25 - 0.5) * std::log(0.25 / 0.5) + (0.75 - 0.5) * std::log(0.75 / 0.5);
        QCOMPARE_CLOSE(stats::psi({5, 5}, {1, 3}), expected, 1e-12);
    }

    void numericAgainstPython_data() {
        QTest::addColumn<QJsonObject>("c");
        for (const QJsonValue &v : reference()[u"numeric"_s].toArray())
            QTest::newRow(qPrintable(v[u"name"_s].toString())) << v.toObject();
    }
    void numericAgainstPython() {
        QFETCH(QJsonObject, c);
        const std::vector<double> a = sorted(numbers(c[u"a"_s]));
        const std::vector<double> b = sorted(numbers(c[u"b"_s]));
        const double d = stats::ksStatistic(a, b);
        QCOMPARE_CLOSE(d, c[u"ks"_s].toDouble(), 1e-9);
        QCOMPARE_CLOSE(stats::ksPValue(d, qint64(a.size()), qint64(b.size())),
                       c[u"ks_p"_s].toDouble(), 1e-6);
        QCOMPARE_CLOSE(stats::wassersteinDistance(a, b), c[u"wasserstein"_s].toDouble(), 1e-9);
        QCOMPARE_CLOSE(stats::psiNumeric(a, b), c[u"psi"_s].toDouble(), 1e-9);
    }

    void countsAgainstPython_data() {
        QTest::addColumn<QJsonObject>("c");
        for (const QJsonValue &v : reference()[u"counts"_s].toArray())
            QTest::newRow(qPrintable(v[u"name"_s].toString())) << v.toObject();
    }
    void countsAgainstPython() {
        QFETCH(QJsonObject, c);
        const std::vector<double> a = numbers(c[u"a"_s]);
        const std::vector<double> b = numbers(c[u"b"_s]);
        const stats::ChiSquared chi = stats::chiSquaredHomogeneity(a, b);
        QCOMPARE_CLOSE(chi.statistic, c[u"chi2"_s].toDouble(), 1e-9);
        QCOMPARE(chi.dof, c[u"dof"_s].toDouble());
        QCOMPARE_CLOSE(chi.pValue, c[u"chi2_p"_s].toDouble(), 1e-6);
        QCOMPARE_CLOSE(stats::jensenShannonDistance(a, b), c[u"js"_s].toDouble(), 1e-9);
        QCOMPARE_CLOSE(stats::psi(a, b), c[u"psi"_s].toDouble(), 1e-9);
    }

    // The test is chosen by size and type; identical samples never drift, a shifted
    // one always does.
    void drift_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("numericTest");
        QTest::addColumn<QString>("categoricalTest");
        QTest::newRow("500 rows") << 500 << u"ks"_s << u"chi2"_s;
        QTest::newRow("5000 rows") << 5000 << u"wasserstein"_s << u"jensen_shannon"_s;
    }
    void drift() {
        QFETCH(int, rows);
        QFETCH(QString, numericTest);
        QFETCH(QString, categoricalTest);
        const QByteArray ref = sample(rows, 0, 1);

        const DriftReport same = driftOf(ref, ref);
        QCOMPARE(same.columns.size(), 3);
        QCOMPARE(same.driftedColumns, 0);
        QVERIFY(!same.datasetDrift);
        for (const ColumnDrift &c : same.columns) {
            QVERIFY2(!c.drifted(), qPrintable(c.column));
            QCOMPARE(c.test.statistic, 0.0);
            QCOMPARE(c.psi.statistic, 0.0);
        }
        QCOMPARE(driftTestName(column(same, u"x"_s).test.test), numericTest);
        QCOMPARE(driftTestName(column(same, u"c"_s).test.test), categoricalTest);
        // Only two distinct numbers: tested as categories.
        QCOMPARE(driftTestName(column(same, u"flag"_s).test.test), categoricalTest);

        // Another sample of the same distribution: no drift either.
        const DriftReport resample = driftOf(ref, sample(rows, 0, 2));
        QVERIFY2(!column(resample, u"x"_s).drifted(),
                 qPrintable(QString::number(column(resample, u"x"_s).test.statistic)));
        QVERIFY(!column(resample, u"c"_s).drifted());
        QVERIFY(!column(resample, u"x"_s).psi.drifted);

        const DriftReport shifted = driftOf(ref, sample(rows, 1, 3));
        const ColumnDrift &x = column(shifted, u"x"_s);
        QVERIFY(x.drifted());
        QVERIFY(x.psi.drifted);
        QVERIFY(column(shifted, u"c"_s).drifted());
        QVERIFY(!column(shifted, u"flag"_s).drifted());
        QCOMPARE(shifted.driftedColumns, 2);
        QVERIFY(shifted.datasetDrift); // 2 of 3
        if (x.test.pValue)
            QVERIFY(*x.test.pValue < 1e-6);
        else
            QVERIFY(std::abs(x.test.statistic - 1.0) < 0.15); // shift of one std
    }

    void columnsInOneTableAreSkipped() {
        const DriftReport r = driftOf("a,b\n1,x\n2,y\n"_ba, "a,c\n1,x\n2,y\n"_ba);
        QCOMPARE(r.columns.size(), 1);
        QCOMPARE(r.skipped, (QStringList{u"b"_s, u"c"_s}));
        const QJsonObject json = toJson(r);
        QCOMPARE(json[u"columns_compared"_s].toInt(), 1);
        QCOMPARE(json[u"columns"_s][0][u"column"_s].toString(), u"a"_s);
    }
};

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
