// `mlwb data add|versions|checkout|ls` and `data diff NAME@VERSION`, run as a user would.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void put(const QString &path, const QByteArray &content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray read(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TestDatasetCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addVersionsCheckoutDiffRoundTrip() {
        QTemporaryDir dir;
        QCOMPARE(mlwbCli({u"init"_s, dir.path()}).exitCode, 0);
        const QString csv = dir.filePath(u"data/train.csv"_s);
        const QByteArray v1 = "id,label\n1,cat\n2,dog\n";
        const QByteArray v2 = "id,label\n1,cat\n2,wolf\n3,fox\n";
        put(csv, v1);

        CliResult add =
            mlwbCli({u"data"_s, u"add"_s, u"data/train.csv"_s, u"-m"_s, u"first"_s}, dir.path());
        QCOMPARE(add.exitCode, 0);
        QVERIFY2(add.out.contains(u"train: version 1"_s), qPrintable(add.out + add.err));
        QVERIFY(QFileInfo::exists(csv + u".mlwb"_s));

        CliResult again = mlwbCli({u"data"_s, u"add"_s, u"data/train.csv"_s}, dir.path());
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"no new version"_s), qPrintable(again.out));

        put(csv, v2);
        QCOMPARE(mlwbCli({u"data"_s, u"add"_s, u"data/train.csv"_s}, dir.path()).exitCode, 0);

        CliResult versions =
            mlwbCli({u"data"_s, u"versions"_s, u"train"_s, u"--json"_s}, dir.path());
        QCOMPARE(versions.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(versions.out.toUtf8()).object();
        const QJsonArray list = json.value(u"versions"_s).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(u"number"_s).toInt(), 1);
        QCOMPARE(list.at(0).toObject().value(u"message"_s).toString(), u"first"_s);
        QCOMPARE(list.at(1).toObject().value(u"files"_s).toInt(), 1);

        CliResult ls = mlwbCli({u"data"_s, u"ls"_s}, dir.path());
        QVERIFY2(ls.out.contains(u"train\tdata/train.csv\tversion 2"_s), qPrintable(ls.out));

        // diff of two versions: different -> exit 1, with the row changes.
        CliResult diff = mlwbCli({u"data"_s, u"diff"_s, u"train@1"_s, u"train@2"_s}, dir.path());
        QCOMPARE(diff.exitCode, 1);
        QVERIFY2(diff.out.contains(u"label: dog -> wolf"_s), qPrintable(diff.out + diff.err));
        QVERIFY(diff.out.contains(u"1 added"_s));
        QCOMPARE(mlwbCli({u"data"_s, u"diff"_s, u"train@latest"_s, u"data/train.csv"_s}, dir.path())
                     .exitCode,
                 0);

        // An edit that is in no version blocks checkout, naming the file.
        put(csv, "id,label\n9,unsaved\n");
        CliResult refused = mlwbCli({u"data"_s, u"checkout"_s, u"train@1"_s}, dir.path());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"train.csv"_s) && refused.err.contains(u"--force"_s),
                 qPrintable(refused.err));
        QCOMPARE(read(csv), QByteArray("id,label\n9,unsaved\n"));

        CliResult forced =
            mlwbCli({u"data"_s, u"checkout"_s, u"train@1"_s, u"--force"_s}, dir.path());
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(read(csv), v1);
        QVERIFY(read(csv + u".mlwb"_s).contains("version: 1"));

        QTemporaryDir out;
        QCOMPARE(
            mlwbCli({u"data"_s, u"checkout"_s, u"train@2"_s, u"--to"_s, out.path()}, dir.path())
                .exitCode,
            0);
        QCOMPARE(read(out.filePath(u"train.csv"_s)), v2);
    }

    void referenceErrorsSayWhatExists_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown name") << u"tarin@1"_s << u"there are: train"_s;
        QTest::newRow("unknown version") << u"train@9"_s << u"only version 1"_s;
        QTest::newRow("not a number") << u"train@x"_s << u"not a version number"_s;
    }
    void referenceErrorsSayWhatExists() {
        QFETCH(QString, spec);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QCOMPARE(mlwbCli({u"init"_s, dir.path()}).exitCode, 0);
        put(dir.filePath(u"train.csv"_s), "a\n1\n");
        QCOMPARE(mlwbCli({u"data"_s, u"add"_s, u"train.csv"_s}, dir.path()).exitCode, 0);
        CliResult r = mlwbCli({u"data"_s, u"diff"_s, spec, u"train.csv"_s}, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void foldersAcrossVersionsDiffFileByFile() {
        QTemporaryDir dir;
        QCOMPARE(mlwbCli({u"init"_s, dir.path()}).exitCode, 0);
        put(dir.filePath(u"imgs/a/1.bin"_s), "one");
        put(dir.filePath(u"imgs/b/2.bin"_s), "two");
        QCOMPARE(mlwbCli({u"data"_s, u"add"_s, u"imgs"_s}, dir.path()).exitCode, 0);
        put(dir.filePath(u"imgs/b/2.bin"_s), "two!");
        put(dir.filePath(u"imgs/b/3.bin"_s), "three");
        QCOMPARE(mlwbCli({u"data"_s, u"add"_s, u"imgs"_s}, dir.path()).exitCode, 0);
        CliResult diff =
            mlwbCli({u"data"_s, u"diff"_s, u"imgs@1"_s, u"imgs@2"_s, u"--json"_s}, dir.path());
        QCOMPARE(diff.exitCode, 1);
        const QJsonObject files =
            QJsonDocument::fromJson(diff.out.toUtf8()).object().value(u"files"_s).toObject();
        QCOMPARE(files.value(u"added"_s).toArray().size(), 1);
        QCOMPARE(files.value(u"changed"_s).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatasetCommand)
#include "tst_datasetcommand.moc"
