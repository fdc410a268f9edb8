#include "registrytestutil.h"

#include "registry/mlflowregistryimport.h"
#include "tracking/importers/importers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::registry;
using namespace mlwb::testsupport;

// A real MLflow SQLite database (the MM-Neural-Adjoint fixture, whose registry
// tables are empty) with registry rows added as MLflow writes them.
class TstMlflowRegistryImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeMlflowDb() {
        const QString path = m_dir.filePath(QStringLiteral("mlflow.db"));
        QFile::remove(path);
        if (!QFile::copy(
                QStringLiteral(MLWB_FIXTURES "/mlflow/MM-Neural-Adjoint/examples/mlflow.db"), path))
            qFatal("copy fixture");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QString onnx = m_dir.filePath(QStringLiteral("exported.onnx"));
        QFile::remove(onnx);
        QFile::copy(demoModel("digits-mlp-v2.onnx"), onnx);
        auto db = store::Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        const QString sql =
            QStringLiteral(
                "INSERT INTO registered_models VALUES ('adjoint', 1745430000000, 1745430000000, "
                "'Neural adjoint surrogate');"
                "INSERT INTO registered_models VALUES ('bad name', 1745430000000, 1745430000000, "
                "NULL);"
                "INSERT INTO model_versions(name, version, creation_time, last_updated_time, "
                "description, "
                "user_id, current_stage, source, run_id, status, status_message, run_link, "
                "storage_location) "
                "VALUES ('adjoint', 1, 1745430100000, 1745430100000, 'first', NULL, 'Archived', "
                "'runs:/c84feef412b947f6873b7ec8f5ee9057/model', "
                "'c84feef412b947f6873b7ec8f5ee9057', "
                "'READY', NULL, '', NULL),"
                "('adjoint', 2, 1745430200000, 1745430200000, '', NULL, 'Production', 'file://%1', "
                "'4936478730fd4ba798b3ae390adc22bc', 'READY', NULL, '', NULL),"
                "('adjoint', 3, 1745430300000, 1745430300000, NULL, NULL, 'None', "
                "'s3://bucket/adjoint/3', NULL, 'READY', NULL, '', NULL),"
                "('bad name', 1, 1745430300000, 1745430300000, NULL, NULL, 'None', 's3://x', NULL, "
                "'READY', NULL, '', NULL);"
                "INSERT INTO registered_model_aliases(alias, version, name) VALUES "
                "('champion', 2, 'adjoint'), ('challenger', 3, 'adjoint');"
                "INSERT INTO registered_model_tags(key, value, name) VALUES ('team', 'optics', "
                "'adjoint');"
                "INSERT INTO model_version_tags(key, value, name, version) VALUES "
                "('validated', 'yes', 'adjoint', 2);")
                .arg(onnx);
        if (auto r = db->exec(sql); !r)
            qFatal("%s", qPrintable(r.error().toString()));
        return path;
    }

private Q_SLOTS:
    void importsModelsVersionsAliasesAndTags() {
        QVERIFY(m_dir.isValid());
        const QString mlflow = makeMlflowDb();
        Project project = makeProject(m_dir.filePath(QStringLiteral("project")));
        MLWB_VERIFY_OK(tracking::importMlflow(project.db(), mlflow));
        ModelRegistry reg(project);
        auto report = importMlflowRegistry(reg, mlflow);
        MLWB_VERIFY_OK(report);
        QCOMPARE(report->models, 1);
        QCOMPARE(report->versions, 3);
        QCOMPARE(report->aliases, 2);
        QCOMPARE(report->filesStored, 1);
        QCOMPARE(report->problems.size(), 1); // "bad name" is not a valid model name
        QVERIFY(report->problems.first().toString().contains(QStringLiteral("bad name")));

        auto model = reg.model(QStringLiteral("adjoint"));
        MLWB_VERIFY_OK(model);
        QCOMPARE(model->description, QStringLiteral("Neural adjoint surrogate"));
        QCOMPARE(model->tags.size(), 1);
        QCOMPARE(model->tags.first().value, QStringLiteral("optics"));

        auto v1 = reg.version(QStringLiteral("adjoint"), 1);
        MLWB_VERIFY_OK(v1);
        QVERIFY(v1->runId.has_value()); // linked to the run `import mlflow` brought in
        QCOMPARE(tracking::TrackingStore(project.db()).run(*v1->runId)->name,
                 QStringLiteral("20250423_164628"));
        QCOMPARE(v1->description, QStringLiteral("first"));
        QCOMPARE(v1->artifactPath, QStringLiteral("runs:/c84feef412b947f6873b7ec8f5ee9057/model"));
        QVERIFY(v1->hash.isEmpty()); // MLflow's artifacts are not in this project

        auto champion = reg.resolve(QStringLiteral("adjoint@champion"));
        MLWB_VERIFY_OK(champion);
        QCOMPARE(champion->version, 2);
        QCOMPARE(champion->format, ModelFormat::Onnx);
        QCOMPARE(champion->hash.size(), 32);
        QVERIFY(champion->tags.size() == 2); // mlflow.stage and validated
        QCOMPARE(champion->tags[0].key, QStringLiteral("mlflow.stage"));
        QCOMPARE(champion->tags[0].value, QStringLiteral("Production"));
        QCOMPARE(reg.resolve(QStringLiteral("adjoint@challenger"))->version, 3);
        QVERIFY(!reg.version(QStringLiteral("adjoint"), 3)->runId);

        // A second import adds nothing.
        auto again = importMlflowRegistry(reg, mlflow);
        MLWB_VERIFY_OK(again);
        QCOMPARE(again->versions, 0);
        QCOMPARE(again->skippedVersions, 3);
        QCOMPARE(again->aliases, 0);
        QCOMPARE(again->tags, 0);
        QCOMPARE(reg.versions(QStringLiteral("adjoint"))->size(), 3);
        QCOMPARE(reg.aliasHistory(QStringLiteral("adjoint"))->size(), 2);
    }

    void databaseWithoutRegistryTablesImportsNothing() {
        const QString path = m_dir.filePath(QStringLiteral("plain.db"));
        {
            auto db = store::Database::open(path, store::Database::Mode::Create);
            QVERIFY(db);
            MLWB_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE runs(run_uuid TEXT)")));
        }
        Project project = makeProject(m_dir.filePath(QStringLiteral("project2")));
        ModelRegistry reg(project);
        auto report = importMlflowRegistry(reg, path);
        MLWB_VERIFY_OK(report);
        QCOMPARE(report->models, 0);
        QVERIFY(reg.models()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstMlflowRegistryImport)
#include "tst_mlflowregistryimport.moc"
