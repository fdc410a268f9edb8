// The demo project's datasets: versions a user can list, diff and trace to a run.
#include "datasettestrepo.h"

#include "datasets/dataref.h"
#include "datasets/datasethistory.h"
#include "datasets/datasetstore.h"
#include "datasets/folderdiff.h"
#include "datasets/tablediff.h"
#include "demo/demoproject.h"
#include "project/project.h"
#include "vcs/repository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::datasets;

class TestDemoDatasets : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_root;
    std::unique_ptr<Project> m_project;

private Q_SLOTS:
    void initTestCase() {
        m_root = m_tmp.filePath(QStringLiteral("demo"));
        auto report = demo::generateDemoProject(m_root, {.now = 1'760'000'000.0});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->dataCommits.size(), 7);
        auto p = Project::open(ProjectPaths(m_root));
        QVERIFY(p);
        m_project = std::make_unique<Project>(std::move(*p));
    }

    void versionsOfBothDatasets() {
        DatasetStore store(*m_project);
        QCOMPARE(store.versions(QStringLiteral("customers"))->size(), 3);
        QCOMPARE(store.versions(QStringLiteral("shapes"))->size(), 2);
        auto repo = vcs::Repository::discover(m_root);
        auto history = gitDataVersions(*repo, QStringLiteral("data/shapes"));
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->front().pointer->version, 2);
        // customers.csv is also in git itself: pointer and file versions.
        auto csvHistory = gitDataVersions(*repo, QStringLiteral("data/customers.csv"));
        QCOMPARE(csvHistory->size(), 6);
    }

    void customerVersionsDifferInRowsAndColumns() {
        DataRefResolver resolver(m_root);
        auto v1 = resolver.resolve(QStringLiteral("customers@1"));
        auto v2 = resolver.resolve(QStringLiteral("customers@2"));
        auto v3 = resolver.resolve(QStringLiteral("customers@latest"));
        QVERIFY(v1 && v2 && v3);
        TableDiffOptions keyed;
        keyed.keyColumns = {QStringLiteral("id")};
        auto d12 = diffTables(v1->path, v2->path, keyed);
        QVERIFY2(d12, qPrintable(d12 ? QString() : d12.error().toString()));
        QCOMPARE(d12->counts.added, 25);
        QCOMPARE(d12->counts.removed, 12);
        QVERIFY(d12->counts.changed >= 10);
        auto d23 = diffTables(v2->path, v3->path, keyed);
        QVERIFY(d23);
        QCOMPARE(d23->schema.added, QStringList{QStringLiteral("tenure_months")});
        QCOMPARE(d23->counts.added + d23->counts.removed, 0);
    }

    void digitsVersionsFeedTheModelsRuns() {
        // v2 adds 80 rows and corrects 10 labels; each registered digits model
        // records the table version its run learnt from.
        DataRefResolver resolver(m_root);
        auto v1 = resolver.resolve(QStringLiteral("digits@1"));
        auto v2 = resolver.resolve(QStringLiteral("digits@2"));
        QVERIFY(v1 && v2);
        TableDiffOptions keyed;
        keyed.keyColumns = {QStringLiteral("id")};
        auto d = diffTables(v1->path, v2->path, keyed);
        QVERIFY2(d, qPrintable(d ? QString() : d.error().toString()));
        QCOMPARE(d->counts.added, 80);
        QCOMPARE(d->counts.removed, 0);
        QCOMPARE(d->counts.changed, 10);
        auto used = m_project->db().prepare(
            QStringLiteral("SELECT count(*) FROM run_datasets rd JOIN dataset_versions v "
                           "ON v.id = rd.dataset_version_id JOIN datasets d ON d.id = v.dataset_id "
                           "WHERE d.name = 'digits' AND rd.role = 'train'"));
        QVERIFY(used);
        QVERIFY(used->step().value_or(false));
        QCOMPARE(used->int64(0), 3);
    }

    void shapeVersionsDifferInImages() {
        DatasetStore store(*m_project);
        auto m1 = store.manifest(*store.version(QStringLiteral("shapes"), 1));
        auto m2 = store.manifest(*store.version(QStringLiteral("shapes"), 2));
        const FolderDiff d = diffManifests(*m1, *m2);
        QCOMPARE(d.added.size(), 3);
        QCOMPARE(d.removed.size(), 2);
        QCOMPARE(d.changed.size(), 2);
        DataRefResolver resolver(m_root);
        auto v2 = resolver.resolve(QStringLiteral("shapes@2"));
        QVERIFY(v2 && v2->folder);
        QVERIFY(fileBytes(v2->path + QStringLiteral("/triangle/triangle_012.png"))
                    .startsWith("\x89PNG\r\n"));
    }

    void aRunReadCustomersVersion2() {
        auto runs = m_project->db().scalar(
            QStringLiteral("SELECT count(*) FROM run_datasets r JOIN dataset_versions v ON v.id = "
                           "r.dataset_version_id JOIN datasets d ON d.id = v.dataset_id "
                           "WHERE d.name = 'customers' AND v.number = 2 AND r.role = 'input'"));
        QVERIFY(runs);
        QCOMPARE(runs->toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoDatasets)
#include "tst_demodatasets.moc"
