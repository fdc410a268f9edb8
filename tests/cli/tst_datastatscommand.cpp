#include "cli/clirunner.h"
#include "models/datasets/tabletestfiles.h"
#include "vcs/repository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString pixelmatch = QStringLiteral(MLWB_FIXTURES "/images/pixelmatch/test/fixtures/");

QJsonObject json(const CliResult &r) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(r.out));
    return doc.object();
}

// n rows of a numeric column x = i * scale + shift and a category column.
QByteArray table(int n, double shift) {
    QByteArray csv = "x,kind\n";
    for (int i = 0; i < n; ++i)
        csv += QByteArray::number(i * 0.01 + shift) + ',' + (i % 3 ? "a" : "b") + '\n';
    return csv;
}

} // namespace

class TestDataStatsCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void profile() {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, u"t.csv"_s, "age,city\n30,Berlin\n,Paris\n40,Berlin\n50,Rome\n"_ba);
        const CliResult text = mlwbCli({u"data"_s, u"profile"_s, path});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"mean 40"_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"Berlin (2)"_s));

        const QJsonObject o = json(mlwbCli({u"data"_s, u"profile"_s, path, u"--json"_s}));
        QCOMPARE(o[u"rows"_s].toInt(), 4);
        const QJsonObject age = o[u"columns"_s][0].toObject();
        QCOMPARE(age[u"name"_s].toString(), u"age"_s);
        QCOMPARE(age[u"type"_s].toString(), u"int"_s);
        QCOMPARE(age[u"missing"_s].toInt(), 1);
        QCOMPARE(age[u"quantiles"_s][u"p50"_s].toDouble(), 40.0);
        QCOMPARE(o[u"columns"_s][1][u"top"_s][0][u"value"_s].toString(), u"Berlin"_s);
    }

    void profileRaggedRowFails() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"bad.csv"_s, "a,b\n1,2\n3,4,5\n"_ba);
        const CliResult r = mlwbCli({u"data"_s, u"profile"_s, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"bad.csv:3"_s), qPrintable(r.err));
    }

    void drift_data() {
        QTest::addColumn<double>("shift");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("same") << 0.0 << 0;
        QTest::newRow("shifted") << 3.0 << 1;
    }
    void drift() {
        QFETCH(double, shift);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString a = writeFile(dir, u"a.csv"_s, table(600, 0));
        const QString b = writeFile(dir, u"b.csv"_s, table(600, shift));
        const CliResult text = mlwbCli({u"data"_s, u"drift"_s, a, b});
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY2(text.out.contains(exitCode ? u"drift in 1 of 2 columns"_s
                                            : u"drift in 0 of 2 columns"_s),
                 qPrintable(text.out));
        const CliResult j = mlwbCli({u"data"_s, u"drift"_s, a, b, u"--json"_s});
        QCOMPARE(j.exitCode, exitCode);
        const QJsonObject x = json(j)[u"columns"_s][0].toObject();
        QCOMPARE(x[u"column"_s].toString(), u"x"_s);
        QCOMPARE(x[u"test"_s].toString(), u"ks"_s);
        QCOMPARE(x[u"drifted"_s].toBool(), exitCode == 1);
        QCOMPARE(x[u"psi"_s][u"test"_s].toString(), u"psi"_s);
    }

    // The tables of a git revision, named as the user typed them.
    void profileAndDriftOfAGitRevision() {
        QTemporaryDir dir;
        auto repo = mlwb::vcs::Repository::initOrOpen(dir.path());
        QVERIFY(repo);
        writeFile(dir, u"t.csv"_s, table(600, 0));
        QVERIFY(repo->commitAll(u"first"_s, u"Ada"_s, u"ada@example.org"_s, 1'700'000'000));
        writeFile(dir, u"t.csv"_s, table(600, 3.0));

        const CliResult drift =
            mlwbCli({u"data"_s, u"drift"_s, u"t.csv@HEAD"_s, u"t.csv"_s}, dir.path());
        QCOMPARE(drift.exitCode, 1);
        QVERIFY2(drift.out.contains(u"drift in 1 of 2 columns"_s),
                 qPrintable(drift.out + drift.err));

        const CliResult then =
            mlwbCli({u"data"_s, u"profile"_s, u"t.csv@HEAD"_s, u"--json"_s}, dir.path());
        QCOMPARE(then.exitCode, 0);
        const QJsonObject o = json(then);
        QCOMPARE(o[u"source"_s].toString(), u"t.csv@HEAD"_s);
        QCOMPARE(o[u"columns"_s][0][u"min"_s].toDouble(), 0.0);
        const CliResult now =
            mlwbCli({u"data"_s, u"profile"_s, u"t.csv"_s, u"--json"_s}, dir.path());
        QCOMPARE(json(now)[u"columns"_s][0][u"min"_s].toDouble(), 3.0);

        const CliResult missing =
            mlwbCli({u"data"_s, u"profile"_s, u"other.csv@HEAD"_s}, dir.path());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"other.csv"_s), qPrintable(missing.err));
    }

    void driftMissingFile() {
        QTemporaryDir dir;
        const QString a = writeFile(dir, u"a.csv"_s, table(10, 0));
        const CliResult r = mlwbCli({u"data"_s, u"drift"_s, a, dir.filePath(u"none.csv"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"none.csv"_s));
    }

    void imageDiff() {
        QTemporaryDir dir;
        const QString heatmap = dir.filePath(u"heat.png"_s);
        const CliResult r =
            mlwbCli({u"data"_s, u"diff"_s, pixelmatch + u"3a.png"_s, pixelmatch + u"3b.png"_s,
                     u"--json"_s, u"--heatmap"_s, heatmap});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = json(r);
        QCOMPARE(o[u"changed_pixels"_s].toInt(), 583);
        QVERIFY(o[u"bbox"_s][u"width"_s].toInt() > 0);
        QVERIFY(o[u"ssim"_s].toDouble() < 1.0);
        QVERIFY(QFileInfo(heatmap).size() > 0);

        const CliResult same =
            mlwbCli({u"data"_s, u"diff"_s, pixelmatch + u"3a.png"_s, pixelmatch + u"3a.png"_s});
        QCOMPARE(same.exitCode, 0);
        QVERIFY2(same.out.contains(u"0 of 131072 pixels changed"_s), qPrintable(same.out));

        const QString broken = writeFile(dir, u"broken.png"_s, "garbage"_ba);
        const CliResult bad = mlwbCli({u"data"_s, u"diff"_s, pixelmatch + u"3a.png"_s, broken});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(broken), qPrintable(bad.err));
    }

    void folderDiff() {
        QTemporaryDir a;
        QTemporaryDir b;
        QDir(a.path()).mkpath(u"cat"_s);
        QDir(b.path()).mkpath(u"dog"_s);
        writeFile(a, u"cat/1.png"_s, "one");
        writeFile(b, u"dog/1.png"_s, "one");
        writeFile(b, u"dog/2.png"_s, "two");
        const CliResult r = mlwbCli({u"data"_s, u"diff"_s, a.path(), b.path(), u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject files = json(r)[u"files"_s].toObject();
        QCOMPARE(files[u"added"_s].toArray(), QJsonArray{u"dog/2.png"_s});
        QCOMPARE(files[u"renamed"_s][0][u"from"_s].toString(), u"cat/1.png"_s);
        QCOMPARE(files[u"renamed"_s][0][u"to"_s].toString(), u"dog/1.png"_s);
        const CliResult text = mlwbCli({u"data"_s, u"diff"_s, a.path(), b.path()});
        QVERIFY2(text.out.contains(u"dog: 0 -> 2 files"_s), qPrintable(text.out));
        QCOMPARE(mlwbCli({u"data"_s, u"diff"_s, a.path(), a.path()}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestDataStatsCommand)
#include "tst_datastatscommand.moc"
