#include "vcs/repository.h"

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;

namespace {

const QString daff = QStringLiteral(MLWB_FIXTURES "/csv_diff/daff/test/data/");

void writeFile(const QString &path, const QByteArray &content) {
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(content);
}

} // namespace

class TestDataCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exitCodeSaysSameOrDifferent_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("same") << QStringList{daff + u"bridges.csv"_qs, daff + u"bridges.csv"_qs}
                              << 0;
        QTest::newRow("different")
            << QStringList{daff + u"broken_bridges.csv"_qs, daff + u"bridges.csv"_qs} << 1;
        QTest::newRow("missing file")
            << QStringList{daff + u"nope.csv"_qs, daff + u"bridges.csv"_qs} << 2;
        QTest::newRow("unknown key")
            << QStringList{u"--key"_qs, u"nope"_qs, daff + u"waffle.csv"_qs,
                           daff + u"waffle2.csv"_qs}
            << 2;
        QTest::newRow("bad tolerance")
            << QStringList{u"--tolerance"_qs, u"x"_qs, daff + u"waffle.csv"_qs,
                           daff + u"waffle2.csv"_qs}
            << 2;
        QTest::newRow("one table") << QStringList{daff + u"waffle.csv"_qs} << 2;
    }
    void exitCodeSaysSameOrDifferent() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const CliResult r = mlwbCli(QStringList{u"data"_qs, u"diff"_qs} + args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 2)
            QVERIFY2(r.err.startsWith(u"mlwb: "_qs), qPrintable(r.err));
    }

    void textNamesRowsAndCells() {
        const CliResult r = mlwbCli(
            {u"data"_qs, u"diff"_qs, daff + u"broken_bridges.csv"_qs, daff + u"bridges.csv"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"+ row 2 (line 3) [Manhattan]"_qs), qPrintable(r.out));
        QVERIFY(
            r.out.contains(u"~ row 3 (line 4) [Williamsburg]: designer: D. Duck -> L. L. Buck"_qs));
        QVERIFY(r.out.contains(u"- row 8 (line 9) [Spamspan]"_qs));
        QVERIFY(r.out.contains(u"1 added, 1 removed, 1 changed, 6 unchanged rows"_qs));
    }

    void jsonAndCsvOutput() {
        const CliResult json = mlwbCli({u"data"_qs, u"diff"_qs, u"--json"_qs,
                                        daff + u"waffle.csv"_qs, daff + u"waffle2.csv"_qs});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(u"rows"_qs).toObject().value(u"added"_qs).toInt(), 1);
        const QJsonArray changes = o.value(u"changes"_qs).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value(u"values"_qs).toArray(),
                 (QJsonArray{u"16"_qs, u"green"_qs}));

        const CliResult csv = mlwbCli({u"data"_qs, u"diff"_qs, u"--csv"_qs, daff + u"waffle.csv"_qs,
                                       daff + u"waffle2.csv"_qs});
        QCOMPARE(csv.out, u"@@,id,color\n+++,16,green\n"_qs);
    }

    void toleranceMakesCloseNumbersEqual() {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a.csv"_qs), "id,x\n1,0.5\n2,10\n");
        writeFile(dir.filePath(u"b.csv"_qs), "id,x\n1,0.5001\n2,10.5\n");
        const QStringList files{dir.filePath(u"a.csv"_qs), dir.filePath(u"b.csv"_qs)};
        QCOMPARE(mlwbCli(QStringList{u"data"_qs, u"diff"_qs} + files).exitCode, 1);
        QCOMPARE(
            mlwbCli(QStringList{u"data"_qs, u"diff"_qs, u"--tolerance"_qs, u"0.001"_qs} + files)
                .out.count(u"\n~ "_qs),
            1);
        QCOMPARE(mlwbCli(QStringList{u"data"_qs, u"diff"_qs, u"--tolerance"_qs, u"10%"_qs} + files)
                     .exitCode,
                 0);
    }

    void diffsAFileAgainstAGitRevision() {
        QTemporaryDir dir;
        auto repo = vcs::Repository::initOrOpen(dir.path());
        QVERIFY(repo);
        QDir().mkpath(dir.filePath(u"data"_qs));
        const QString path = dir.filePath(u"data/labels.csv"_qs);
        writeFile(path, "id,label\n1,cat\n2,dog\n");
        QVERIFY(repo->commitAll(u"first"_qs, u"Ada"_qs, u"ada@example.org"_qs, 1'700'000'000));
        writeFile(path, "id,label\n1,cat\n2,wolf\n3,fox\n");

        const CliResult r =
            mlwbCli({u"data"_qs, u"diff"_qs, u"data/labels.csv@HEAD"_qs, u"data/labels.csv"_qs},
                    dir.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"label: dog -> wolf"_qs), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"+ row 3 (line 4) [3]: 3, fox"_qs));

        const CliResult missing = mlwbCli(
            {u"data"_qs, u"diff"_qs, u"data/other.csv@HEAD"_qs, u"data/labels.csv"_qs}, dir.path());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"data/other.csv"_qs), qPrintable(missing.err));
    }

    // Files of several MiB (A's pages are released while B is read, and its rows read
    // again one by one), changed at both ends: the same changes as with the key found
    // by itself, which takes another way through the diff.
    void largeFilesChangedAtBothEnds() {
        QTemporaryDir dir;
        QByteArray a = "id,name,note\n", b = a;
        constexpr int rows = 80000;
        for (int i = 0; i < rows; ++i) {
            const QByteArray row = QByteArray::number(i) + ",name " + QByteArray::number(i) +
                                   ",a note long enough to make the file a few MiB\n";
            a += row;
            if (i == 0)
                continue; // removed
            if (i == 1 || i == rows - 1)
                b += QByteArray::number(i) + ",renamed,a note\n";
            else
                b += row;
        }
        b += "new,added,last\n";
        QVERIFY(a.size() > 4 * 1024 * 1024);
        writeFile(dir.filePath(u"a.csv"_qs), a);
        writeFile(dir.filePath(u"b.csv"_qs), b);
        const QStringList files{dir.filePath(u"a.csv"_qs), dir.filePath(u"b.csv"_qs)};
        const CliResult keyed =
            mlwbCli(QStringList{u"data"_qs, u"diff"_qs, u"--key"_qs, u"id"_qs} + files);
        QCOMPARE(keyed.exitCode, 1);
        QStringList lines = keyed.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3 + 4 + 1); // ---, +++, key; four changes; counts
        QCOMPARE(lines.at(3), u"~ row 1 (line 2) [1]: name: name 1 -> renamed; note: a note long "
                              "enough to make the file a few MiB -> a note"_qs);
        QCOMPARE(lines.at(4), u"- row 1 (line 2) [0]: 0, name 0, a note long enough to make the "
                              "file a few MiB"_qs);
        QVERIFY2(
            lines.at(5).startsWith(
                u"~ row %1 (line %2) [%3]: name: name %3 -> renamed"_qs.arg(rows - 1).arg(rows).arg(
                    rows - 1)),
            qPrintable(lines.at(5)));
        QCOMPARE(lines.at(6),
                 u"+ row %1 (line %2) [new]: new, added, last"_qs.arg(rows).arg(rows + 1));
        QCOMPARE(lines.at(7), u"1 added, 1 removed, 2 changed, %1 unchanged rows"_qs.arg(rows - 3));

        const CliResult found = mlwbCli(QStringList{u"data"_qs, u"diff"_qs} + files);
        QStringList foundLines = found.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(foundLines.size(), lines.size());
        QCOMPARE(foundLines.mid(3), lines.mid(3));
    }

    void badInputNamesFileAndLine() {
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"bad.csv"_qs);
        writeFile(bad, "a,b\n1,2\n3,\"never closed\n");
        const CliResult r = mlwbCli({u"data"_qs, u"diff"_qs, bad, daff + u"bridges.csv"_qs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(bad + u":3"_qs), qPrintable(r.err));

        const QString ragged = dir.filePath(u"ragged.csv"_qs);
        writeFile(ragged, "a,b\n1,2\n3\n");
        const CliResult warned = mlwbCli({u"data"_qs, u"diff"_qs, ragged, ragged});
        QCOMPARE(warned.exitCode, 0);
        QVERIFY2(warned.err.contains(ragged + u":3"_qs), qPrintable(warned.err));
    }
};

QTEST_GUILESS_MAIN(TestDataCommand)
#include "tst_datacommand.moc"
