#include "datasets/columnprofile.h"

#include "tabletestfiles.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace mlwb;
using namespace mlwb::datasets;
using namespace Qt::Literals::StringLiterals;

namespace {

// id, an int column with a gap, a string column and a float column with "NA".
const QByteArray people = "id,age,city,score\n"
                          "1,30,Berlin,1.5\n"
                          "2,,Paris,2.5\n"
                          "3,40,Berlin,NA\n"
                          "4,50,Rome,3.5\n"
                          "5,20,Berlin,4.5\n";

const ColumnProfile &column(const TableProfile &p, const QString &name) {
    for (const ColumnProfile &c : p.columns) {
        if (c.name == name)
            return c;
    }
    qFatal("no column %s", qPrintable(name));
}

TableProfile profileOf(const QString &path, ProfileOptions options = {}) {
    auto p = profileTable(path, std::move(options));
    if (!p)
        qFatal("%s", qPrintable(p.error().toString()));
    return std::move(*p);
}

} // namespace

class TestColumnProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handCheckedNumbers() {
        QTemporaryDir dir;
        ProfileOptions options;
        options.histogramBins = 3;
        const TableProfile p = profileOf(writeFile(dir, u"people.csv"_s, people), options);
        QCOMPARE(p.rows, 5);
        QCOMPARE(p.columns.size(), 4);

        const ColumnProfile &age = column(p, u"age"_s);
        QCOMPARE(age.type, ColumnType::Int);
        QCOMPARE(age.count, 5);
        QCOMPARE(age.missing, 1);
        QCOMPARE(age.distinct, 4);
        QVERIFY(age.distinctExact);
        QCOMPARE(age.min, 20.0);
        QCOMPARE(age.max, 50.0);
        QCOMPARE(age.mean, 35.0);
        // Sample std of 20, 30, 40, 50: sqrt(500 / 3).
        QVERIFY(std::abs(age.std - std::sqrt(500.0 / 3)) < 1e-12);
        // p1, p5, p25, p50, p75, p95, p99 with linear interpolation over 20, 30, 40, 50.
        const std::vector<double> expected{20.3, 21.5, 27.5, 35, 42.5, 48.5, 49.7};
        QCOMPARE(age.quantiles.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(age.quantiles[i] - expected[i]) < 1e-9,
                     qPrintable(u"quantile %1: %2"_s.arg(i).arg(age.quantiles[i])));
        QCOMPARE(age.histogramEdges, (std::vector<double>{20, 30, 40, 50}));
        QCOMPARE(age.histogramCounts, (std::vector<qint64>{1, 1, 2})); // 50 is in the last bin

        const ColumnProfile &city = column(p, u"city"_s);
        QCOMPARE(city.type, ColumnType::String);
        QVERIFY(!city.isNumeric());
        QCOMPARE(city.distinct, 3);
        QCOMPARE(city.topValues.size(), 3);
        QCOMPARE(city.topValues[0].value, u"Berlin"_s);
        QCOMPARE(city.topValues[0].count, 3);
        QCOMPARE(city.topValues[1].value, u"Paris"_s); // ties in order of value
        QCOMPARE(city.topValues[2].value, u"Rome"_s);
        QVERIFY(city.histogramCounts.empty());

        const ColumnProfile &score = column(p, u"score"_s);
        QCOMPARE(score.type, ColumnType::Float);
        QCOMPARE(score.missing, 1); // NA
        QCOMPARE(score.mean, 3.0);
        QCOMPARE(score.quantiles[3], 3.0);
    }

    void mixedColumnIsCategorical() {
        QTemporaryDir dir;
        const TableProfile p = profileOf(writeFile(dir, u"mixed.csv"_s, "v\n1\n2\nthree\n4\n"_ba));
        const ColumnProfile &v = column(p, u"v"_s);
        QCOMPARE(v.type, ColumnType::String);
        QVERIFY(!v.isNumeric());
        QVERIFY(v.quantiles.empty());
        QCOMPARE(v.distinct, 4);
    }

    // Past the exact bound the distinct count is a stated estimate, close to the truth.
    void distinctEstimatePastTheBound() {
        QTemporaryDir dir;
        QByteArray csv = "n\n";
        for (int i = 0; i < 20000; ++i)
            csv += QByteArray::number(i % 5000) + '\n';
        ProfileOptions options;
        options.distinctExactLimit = 100;
        const ColumnProfile n = column(profileOf(writeFile(dir, u"n.csv"_s, csv), options), u"n"_s);
        QVERIFY(!n.distinctExact);
        QVERIFY2(std::abs(n.distinct - 5000) < 5000 * 0.05,
                 qPrintable(QString::number(n.distinct)));
        QCOMPARE(n.count, 20000);
        QCOMPARE(n.max, 4999.0); // numbers stay exact
    }

    // Two versions get the same histogram bins, so their bars line up.
    void sharedHistogramBins() {
        QTemporaryDir dir;
        auto a = readTable(writeFile(dir, u"a.csv"_s, "x\n0\n1\n2\n3\n"_ba));
        auto b = readTable(writeFile(dir, u"b.csv"_s, "x\n2\n4\n6\n8\n"_ba));
        QVERIFY(a && b);
        ProfileOptions options;
        options.histogramBins = 4;
        auto both = profileTables(*a, *b, options);
        QVERIFY(both);
        const ColumnProfile &xa = both->first.columns[0];
        const ColumnProfile &xb = both->second.columns[0];
        QCOMPARE(xa.histogramEdges, (std::vector<double>{0, 2, 4, 6, 8}));
        QCOMPARE(xb.histogramEdges, xa.histogramEdges);
        QCOMPARE(xa.histogramCounts, (std::vector<qint64>{2, 2, 0, 0}));
        QCOMPARE(xb.histogramCounts, (std::vector<qint64>{0, 1, 1, 2}));
        QCOMPARE(xa.max, 3.0); // each side keeps its own statistics
    }

    void raggedRowNamesFileAndLine() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"ragged.csv"_s, "a,b\n1,2\n3\n5,6\n"_ba);
        auto p = profileTable(path);
        QVERIFY(!p);
        QVERIFY2(p.error().toString().contains(u"ragged.csv:3"_s),
                 qPrintable(p.error().toString()));
    }

    void unbalancedQuoteNamesTheFile() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"quote.csv"_s, "a,b\n1,\"open\n3,4\n"_ba);
        auto p = profileTable(path);
        QVERIFY(!p);
        QVERIFY2(p.error().toString().contains(u"quote.csv"_s), qPrintable(p.error().toString()));
    }

    void progressAndCancel() {
        QTemporaryDir dir;
        QByteArray csv = "x\n";
        for (int i = 0; i < 200000; ++i)
            csv += QByteArray::number(i) + '\n';
        const QString path = writeFile(dir, u"big.csv"_s, csv);
        ProfileOptions options;
        qint64 last = -1;
        int calls = 0;
        qint64 seenTotal = 0;
        options.progress = [&](qint64 done, qint64 total) {
            seenTotal = total;
            last = done;
            ++calls;
            return true;
        };
        QVERIFY(profileTable(path, options));
        QCOMPARE(last, 200000);
        QCOMPARE(seenTotal, 200000);
        QVERIFY(calls > 2);

        options.progress = [](qint64 done, qint64) { return done == 0; };
        auto cancelled = profileTable(path, options);
        QVERIFY(!cancelled);
        QVERIFY(cancelled.error().why.contains(u"cancelled"_s));
        std::atomic<bool> stop{true};
        options.progress = {};
        options.cancel = &stop;
        QVERIFY(!profileTable(path, options));
    }
};

QTEST_GUILESS_MAIN(TestColumnProfile)
#include "tst_columnprofile.moc"
