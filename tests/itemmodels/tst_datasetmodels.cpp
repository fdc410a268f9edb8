#include "datasets/tablediff.h"
#include "datasets/tablereader.h"
#include "itemmodels/datasetcatalog.h"
#include "itemmodels/datasetcomparison.h"
#include "itemmodels/datasetprofilemodel.h"
#include "itemmodels/datasetversionsmodel.h"
#include "itemmodels/tablediffmodel.h"
#include "tst_datasetfixture.h"
#include "vcs/repository.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace mlwb;
using namespace mlwb::itemmodels;
using Kind = TableDiffModel::RowKind;

class TestDatasetModels : public QObject {
    Q_OBJECT

private:
    static std::shared_ptr<const datasets::Table> table(const QByteArray &csv, const char *name) {
        auto t = datasets::readTableFromBytes(csv, QString::fromLatin1(name));
        if (!t)
            qFatal("%s", qPrintable(t.error().toString()));
        return std::make_shared<const datasets::Table>(std::move(*t));
    }

    static QStringList markers(const TableDiffModel &m) {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, 0).data().toString();
        return out;
    }

private Q_SLOTS:
    void tableDiffShowsEveryRowOfBWithRemovedRowsInPlace() {
        const auto a =
            table("id,name,price\n1,apple,1.0\n2,pear,2.0\n3,plum,3.0\n4,fig,4.0\n", "a.csv");
        const auto b = table("id,name,price,stock\n1,apple,1.0,5\n3,plum,3.5,1\n4,fig,4.0,2\n"
                             "5,kiwi,0.5,9\n",
                             "b.csv");
        datasets::TableDiffOptions options;
        options.keyColumns = {QStringLiteral("id")};
        auto diff = datasets::diffTables(*a, *b, options);
        QVERIFY2(diff, qPrintable(diff ? QString() : diff.error().toString()));
        TableDiffModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiff(std::make_shared<const datasets::TableDiff>(*diff), b);

        // 4 rows of B and the removed pear; marker column + id, name, price, stock.
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(markers(model),
                 (QStringList{
                     {}, QStringLiteral("---"), QStringLiteral("→"), {}, QStringLiteral("+++")}));
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("pear"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("apple")); // read from B
        // The changed price reads old → new; the unchanged name of that row is plain.
        QCOMPARE(model.index(2, 3).data().toString(), QStringLiteral("3.0 → 3.5"));
        QVERIFY(model.index(2, 3).data(TableDiffModel::CellChangedRole).toBool());
        QCOMPARE(model.index(2, 3).data(TableDiffModel::OldValueRole).toString(),
                 QStringLiteral("3.0"));
        QVERIFY(!model.index(2, 2).data(TableDiffModel::CellChangedRole).toBool());
        QCOMPARE(model.rowKind(4), Kind::Added);
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("+ stock"));
        QCOMPARE(TableDiffModel::ColumnStatus(
                     model.headerData(4, Qt::Horizontal, TableDiffModel::ColumnStatusRole).toInt()),
                 TableDiffModel::ColumnStatus::Added);

        // Next change from the top, forward and backward, wrapping around.
        QCOMPARE(model.nextChange(-1), 1);
        QCOMPARE(model.nextChange(1), 2);
        QCOMPARE(model.nextChange(2), 4);
        QCOMPARE(model.nextChange(4), 1);
        QCOMPARE(model.nextChange(1, true), 4);
        QCOMPARE(model.nextChange(3, true), 2);

        model.setChangesOnly(true);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(markers(model),
                 (QStringList{QStringLiteral("---"), QStringLiteral("→"), QStringLiteral("+++")}));
        QCOMPARE(model.nextChange(0), 1);
        model.setChangesOnly(false);
        QCOMPARE(model.rowCount(), 5);
    }

    void tableDiffShowsRemovedColumnsAfterBs() {
        const auto a = table("id,old,v\n1,x,1\n2,y,2\n", "a.csv");
        const auto b = table("id,v\n1,1\n3,3\n", "b.csv");
        datasets::TableDiffOptions options;
        options.keyColumns = {QStringLiteral("id")};
        auto diff = datasets::diffTables(*a, *b, options);
        QVERIFY(diff);
        TableDiffModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiff(std::make_shared<const datasets::TableDiff>(*diff), b);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("- old"));
        int removed = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.rowKind(r) == Kind::Removed)
                removed = r;
        }
        QVERIFY(removed >= 0);
        QCOMPARE(model.index(removed, 3).data().toString(), QStringLiteral("y"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void versionsModelListsSnapshotsNewestFirst() {
        testing::CustomersProject project;
        QVERIFY(project.create());
        auto sources = listDataSources(project.root);
        QVERIFY2(sources, qPrintable(sources ? QString() : sources.error().toString()));
        DatasetVersionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(*sources);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex source = model.index(0, 0);
        QCOMPARE(source.data().toString(), QStringLiteral("customers"));
        QCOMPARE(model.rowCount(source), 2);
        QCOMPARE(model.index(0, 0, source).data().toString(), QStringLiteral("v2"));
        QCOMPARE(model.index(0, DatasetVersionsModel::MessageColumn, source).data().toString(),
                 QStringLiteral("shifted scores"));
        QCOMPARE(model.index(1, DatasetVersionsModel::FilesColumn, source).data().toString(),
                 QStringLiteral("1"));
        QVERIFY(
            !model.index(1, DatasetVersionsModel::SizeColumn, source).data().toString().isEmpty());
        QCOMPARE(model.index(1, 0, source).data(DatasetVersionsModel::SpecRole).toString(),
                 QStringLiteral("customers@1"));
        QCOMPARE(model.findVersion(QStringLiteral("customers"), QStringLiteral("1")),
                 model.index(1, 0, source));
        QCOMPARE(model.findVersion(QStringLiteral("customers"), QStringLiteral("latest")),
                 model.index(0, 0, source));
        QVERIFY(!model.findVersion(QStringLiteral("customers"), QStringLiteral("9")).isValid());
        model.setSources({});
        QCOMPARE(model.rowCount(), 0);
    }

    void gitTrackedTablesAreSourcesWithCommitVersions() {
        testing::CustomersProject project;
        QVERIFY(project.create());
        // The same data committed to git twice as a plain file.
        auto repo = vcs::Repository::initOrOpen(project.root);
        QVERIFY(repo);
        QDir(project.root).mkpath(QStringLiteral("plain"));
        const QString plain = QDir(project.root).filePath(QStringLiteral("plain/sales.csv"));
        for (const QByteArray &csv : {QByteArray("id,v\n1,1\n"), QByteArray("id,v\n1,2\n")}) {
            QFile f(plain);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(csv);
            f.close();
            QVERIFY(repo->commitAll(QStringLiteral("sales"), QStringLiteral("t"),
                                    QStringLiteral("t@example.org")));
        }
        auto sources = listDataSources(project.root);
        QVERIFY(sources);
        const auto it = std::find_if(sources->begin(), sources->end(), [](const DataSource &s) {
            return s.path == QLatin1String("plain/sales.csv");
        });
        QVERIFY(it != sources->end());
        QCOMPARE(it->kind, DataSourceKind::GitFile);
        QCOMPARE(it->versions.size(), 2);

        // Its two commits compare as tables.
        ComparisonRequest request;
        request.projectRoot = project.root;
        request.specA = it->versions[1].spec;
        request.specB = it->versions[0].spec;
        const DatasetComparison c = compareDatasets(request);
        QVERIFY2(c.errors.isEmpty(), qPrintable(c.errors.value(0).toString()));
        QVERIFY(c.diff);
        QCOMPARE(c.diff->counts.changed, 1);
    }

    void comparisonGivesDiffProfilesAndDrift() {
        testing::CustomersProject project;
        QVERIFY(project.create());
        ComparisonRequest request;
        request.projectRoot = project.root;
        request.specA = QStringLiteral("customers@1");
        request.specB = QStringLiteral("customers@2");
        const DatasetComparison c = compareDatasets(request);
        QVERIFY2(c.errors.isEmpty(), qPrintable(c.errors.value(0).toString()));
        QVERIFY(c.diff && c.profileA && c.profileB && c.drift);
        QCOMPARE(c.diff->counts.added, project.addedRows);
        QCOMPARE(c.diff->counts.removed, project.removedRows);
        QCOMPARE(c.diff->counts.changed, project.changedRows);
        QCOMPARE(c.diff->schema.added, QStringList{QStringLiteral("segment")});
        QVERIFY(c.keyCandidates.contains(QStringLiteral("id")));

        DriftReportModel drift;
        QAbstractItemModelTester driftTester(
            &drift, QAbstractItemModelTester::FailureReportingMode::QtTest);
        drift.setReport(c.drift);
        QStringList drifted;
        for (int r = 0; r < drift.rowCount(); ++r) {
            if (drift.index(r, 0).data(DriftReportModel::DriftedRole).toBool())
                drifted << drift.index(r, DriftReportModel::NameColumn).data().toString();
        }
        QVERIFY2(drifted.contains(QStringLiteral("score")), qPrintable(drifted.join(u',')));
        QVERIFY2(!drifted.contains(QStringLiteral("city")), qPrintable(drifted.join(u',')));

        ProfileColumnsModel columns;
        QAbstractItemModelTester columnsTester(
            &columns, QAbstractItemModelTester::FailureReportingMode::QtTest);
        columns.setProfiles(c.profileA, c.profileB, c.drift);
        QCOMPARE(columns.rowCount(), 5); // B's four columns and segment
        const int score = columns.rowOf(QStringLiteral("score"));
        QVERIFY(columns.index(score).data(ProfileColumnsModel::DriftedRole).toBool());
        QVERIFY(columns.profileA(columns.rowOf(QStringLiteral("segment"))) == nullptr);

        ColumnProfileModel stats;
        QAbstractItemModelTester statsTester(
            &stats, QAbstractItemModelTester::FailureReportingMode::QtTest);
        stats.setColumn(columns.profileA(score), columns.profileB(score), c.labelA, c.labelB);
        QCOMPARE(stats.index(1, 0).data().toString(), QStringLiteral("Rows"));
        QCOMPARE(stats.index(1, 1).data().toString(), QStringLiteral("200"));
        QCOMPARE(stats.index(1, 2).data().toString(), QStringLiteral("348"));
        QVERIFY(stats.index(1, 1).data(ColumnProfileModel::DiffersRole).toBool());
    }

    void malformedTableIsReportedWithItsLine() {
        QTemporaryDir dir;
        QString a;
        QString b;
        QVERIFY(testing::writeMalformedPair(dir, a, b));
        ComparisonRequest request;
        request.projectRoot = dir.path();
        request.specA = a;
        request.specB = b;
        request.labelB = QStringLiteral("b.csv");
        const DatasetComparison c = compareDatasets(request);
        QCOMPARE(c.errors.size(), 1);
        const QString message = c.errors.front().toString();
        QVERIFY2(message.contains(QStringLiteral("b.csv:3")), qPrintable(message));
        QVERIFY(!c.diff);
    }
};

QTEST_GUILESS_MAIN(TestDatasetModels)
#include "tst_datasetmodels.moc"
