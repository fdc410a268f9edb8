#include "registrytestutil.h"

#include "registry/lineage.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::registry;
using namespace mlwb::testsupport;

class TstRegistry : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Project> m_project;

    ModelRegistry registry() { return ModelRegistry(*m_project); }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        const QString root = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        m_project.emplace(makeProject(root));
    }
    void cleanup() { m_project.reset(); }

    void versionsAreNumberedPerModelFromOne() {
        ModelRegistry reg = registry();
        auto a1 = reg.registerFile(QStringLiteral("digits"), demoModel("digits-mlp-v1.onnx"));
        MLWB_VERIFY_OK(a1);
        QCOMPARE(a1->version.version, 1);
        QVERIFY(a1->modelCreated);
        QVERIFY(!a1->existed);
        auto a2 = reg.registerFile(QStringLiteral("digits"), demoModel("digits-mlp-v2.onnx"));
        MLWB_VERIFY_OK(a2);
        QCOMPARE(a2->version.version, 2);
        QVERIFY(!a2->modelCreated);
        auto b1 = reg.registerFile(QStringLiteral("other"), demoModel("digits-cnn-v3.onnx"));
        MLWB_VERIFY_OK(b1);
        QCOMPARE(b1->version.version, 1);

        auto models = reg.models();
        MLWB_VERIFY_OK(models);
        QCOMPARE(models->size(), 2);
        QCOMPARE(models->at(0).name, QStringLiteral("digits"));
        QCOMPARE(models->at(0).versionCount, 2);
        QCOMPARE(models->at(0).latestVersion, 2);
        // The file is in the content store, with its signature read from it.
        QVERIFY(QFile::exists(m_project->paths().objectsDir() + QLatin1Char('/') +
                              a2->version.hash.left(2) + QLatin1Char('/') +
                              a2->version.hash.mid(2)));
        QCOMPARE(a2->version.format, ModelFormat::Onnx);
        const QJsonArray inputs = a2->version.signature.value(QStringLiteral("inputs")).toArray();
        QCOMPARE(inputs.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("pixels"));
    }

    void sameBytesTwiceReturnTheExistingVersion() {
        ModelRegistry reg = registry();
        MLWB_VERIFY_OK(reg.registerFile(QStringLiteral("digits"), demoModel("digits-mlp-v1.onnx")));
        MLWB_VERIFY_OK(reg.registerFile(QStringLiteral("digits"), demoModel("digits-mlp-v2.onnx")));
        // A copy under another name is still the same bytes.
        const QString copy = m_dir.filePath(QStringLiteral("copy.onnx"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(demoModel("digits-mlp-v1.onnx"), copy));
        auto again = reg.registerFile(QStringLiteral("digits"), copy);
        MLWB_VERIFY_OK(again);
        QVERIFY(again->existed);
        QCOMPARE(again->version.version, 1);
        QCOMPARE(reg.versions(QStringLiteral("digits"))->size(), 2);
        // Another model may hold the same bytes as its own version.
        auto other = reg.registerFile(QStringLiteral("digits-copy"), copy);
        MLWB_VERIFY_OK(other);
        QVERIFY(!other->existed);
    }

    void opaqueFilesKeepSizeAndHash() {
        const QString path = m_dir.filePath(QStringLiteral("weights.pt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1000, 'w'));
        f.close();
        ModelRegistry reg = registry();
        auto r = reg.registerFile(QStringLiteral("torch"), path);
        MLWB_VERIFY_OK(r);
        QCOMPARE(r->version.format, ModelFormat::Opaque);
        QCOMPARE(r->version.size, 1000);
        QCOMPARE(r->version.hash.size(), 32);
        QVERIFY(r->version.signature.isEmpty());
    }

    void brokenOnnxIsRefusedAndNothingIsStored() {
        const QString path = m_dir.filePath(QStringLiteral("broken.onnx"));
        QFile in(demoModel("digits-mlp-v2.onnx"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.readAll().left(3000));
        out.close();
        ModelRegistry reg = registry();
        auto r = reg.registerFile(QStringLiteral("digits"), path);
        QVERIFY(!r);
        QVERIFY2(r.error().why.contains(QStringLiteral("at byte")),
                 qPrintable(r.error().toString()));
        auto models = reg.models();
        QVERIFY(models->isEmpty());
    }

    void badNamesAreRefused_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("alias");
        QTest::newRow("at in model") << QStringLiteral("a@b") << QString();
        QTest::newRow("space in model") << QStringLiteral("my model") << QString();
        QTest::newRow("numeric alias") << QStringLiteral("m") << QStringLiteral("3");
        QTest::newRow("latest alias") << QStringLiteral("m") << QStringLiteral("latest");
        QTest::newRow("dot alias") << QStringLiteral("m") << QStringLiteral("a.b");
    }
    void badNamesAreRefused() {
        QFETCH(QString, model);
        QFETCH(QString, alias);
        ModelRegistry reg = registry();
        auto r = reg.registerFile(model, demoModel("digits-mlp-v1.onnx"), {{}, alias});
        QVERIFY(!r);
        QVERIFY(reg.models()->isEmpty());
    }

    void aliasMovesAreRecordedAndUndoable() {
        ModelRegistry reg = registry();
        reg.setUser(QStringLiteral("alice"));
        const QString m = QStringLiteral("digits");
        MLWB_VERIFY_OK(
            reg.registerFile(m, demoModel("digits-mlp-v1.onnx"), {{}, QStringLiteral("champion")}));
        MLWB_VERIFY_OK(reg.registerFile(m, demoModel("digits-mlp-v2.onnx")));
        QCOMPARE(reg.resolve(QStringLiteral("digits@champion"))->version, 1);

        // Move: returns where it pointed before.
        auto previous = reg.setAlias(m, QStringLiteral("champion"), 2);
        MLWB_VERIFY_OK(previous);
        QCOMPARE(*previous, std::optional<int>(1));
        QCOMPARE(reg.resolve(QStringLiteral("digits@champion"))->version, 2);
        QCOMPARE(reg.version(m, 2)->aliases, QStringList{QStringLiteral("champion")});
        QVERIFY(reg.version(m, 1)->aliases.isEmpty());

        // Undo the move with the returned version.
        MLWB_VERIFY_OK(reg.setAlias(m, QStringLiteral("champion"), **previous));
        QCOMPARE(reg.resolve(QStringLiteral("digits@champion"))->version, 1);

        // A new alias has no previous version; its undo is removeAlias.
        auto fresh = reg.setAlias(m, QStringLiteral("challenger"), 2);
        MLWB_VERIFY_OK(fresh);
        QVERIFY(!fresh->has_value());
        auto removed = reg.removeAlias(m, QStringLiteral("challenger"));
        MLWB_VERIFY_OK(removed);
        QCOMPARE(*removed, std::optional<int>(2));
        QVERIFY(!reg.resolve(QStringLiteral("digits@challenger")));

        auto history = reg.aliasHistory(m, QStringLiteral("champion"));
        MLWB_VERIFY_OK(history);
        QCOMPARE(history->size(), 3); // set to 1, moved to 2, moved back to 1
        QCOMPARE(history->at(0).fromVersion, std::optional<int>(2));
        QCOMPARE(history->at(0).toVersion, std::optional<int>(1));
        QCOMPARE(history->at(2).fromVersion, std::optional<int>());
        QCOMPARE(history->at(0).who, QStringLiteral("alice"));
        auto all = reg.aliasHistory(m);
        QCOMPARE(all->size(), 5);
        QCOMPARE(all->at(0).alias, QStringLiteral("challenger"));
        QCOMPARE(all->at(0).toVersion, std::optional<int>());

        // Aliases point at versions that exist.
        QVERIFY(!reg.setAlias(m, QStringLiteral("champion"), 7));
        QVERIFY(!reg.removeAlias(m, QStringLiteral("nope")));
    }

    void resolveLatestSkipsArchivedVersions() {
        ModelRegistry reg = registry();
        const QString m = QStringLiteral("digits");
        MLWB_VERIFY_OK(reg.registerFile(m, demoModel("digits-mlp-v1.onnx")));
        MLWB_VERIFY_OK(reg.registerFile(m, demoModel("digits-mlp-v2.onnx")));
        QCOMPARE(reg.resolve(m)->version, 2);
        QCOMPARE(reg.resolve(QStringLiteral("digits@latest"))->version, 2);
        auto archived = reg.archiveVersion(m, 2);
        MLWB_VERIFY_OK(archived);
        QVERIFY(*archived);
        QVERIFY(!*reg.archiveVersion(m, 2)); // already archived: nothing to undo
        QCOMPARE(reg.resolve(m)->version, 1);
        QCOMPARE(reg.versions(m, false)->size(), 1);
        QCOMPARE(reg.versions(m, true)->size(), 2);
        QVERIFY(*reg.restoreVersion(m, 2));
        QCOMPARE(reg.resolve(m)->version, 2);
        QVERIFY(!reg.resolve(QStringLiteral("nomodel@1")));
        QVERIFY(!reg.resolve(QStringLiteral("digits@9")));
    }

    void archiveAndRestoreModel() {
        ModelRegistry reg = registry();
        MLWB_VERIFY_OK(reg.registerFile(QStringLiteral("digits"), demoModel("digits-mlp-v1.onnx")));
        QVERIFY(*reg.archiveModel(QStringLiteral("digits")));
        QVERIFY(reg.models(false)->isEmpty());
        QVERIFY(reg.model(QStringLiteral("digits"))->archivedAt.has_value());
        QVERIFY(*reg.restoreModel(QStringLiteral("digits")));
        QVERIFY(!*reg.restoreModel(QStringLiteral("digits")));
        QCOMPARE(reg.models(false)->size(), 1);
    }

    void tagsAndDescriptionsReturnWhatTheyReplaced() {
        ModelRegistry reg = registry();
        const QString m = QStringLiteral("digits");
        MLWB_VERIFY_OK(reg.registerFile(m, demoModel("digits-mlp-v1.onnx"),
                                        {QStringLiteral("first try"), {}}));
        QCOMPARE(reg.version(m, 1)->description, QStringLiteral("first try"));

        auto t1 = reg.setModelTag(m, QStringLiteral("team"), QStringLiteral("vision"));
        MLWB_VERIFY_OK(t1);
        QVERIFY(!t1->has_value());
        auto t2 = reg.setModelTag(m, QStringLiteral("team"), QStringLiteral("nlp"));
        QCOMPARE(*t2, std::optional<QString>(QStringLiteral("vision")));
        QCOMPARE(reg.model(m)->tags.first().value, QStringLiteral("nlp"));
        auto t3 = reg.removeModelTag(m, QStringLiteral("team"));
        QCOMPARE(*t3, std::optional<QString>(QStringLiteral("nlp")));
        QVERIFY(reg.model(m)->tags.isEmpty());

        auto v1 = reg.setVersionTag(m, 1, QStringLiteral("quantized"), QStringLiteral("no"));
        MLWB_VERIFY_OK(v1);
        QCOMPARE(reg.version(m, 1)->tags.first().key, QStringLiteral("quantized"));
        QCOMPARE(*reg.removeVersionTag(m, 1, QStringLiteral("quantized")),
                 std::optional<QString>(QStringLiteral("no")));
        QVERIFY(!reg.setVersionTag(m, 1, QString(), QStringLiteral("x")));

        auto d1 = reg.setModelDescription(m, QStringLiteral("# Digits\nAn MLP."));
        MLWB_VERIFY_OK(d1);
        QCOMPARE(*d1, QString());
        QCOMPARE(*reg.setModelDescription(m, QStringLiteral("v2")),
                 QStringLiteral("# Digits\nAn MLP."));
        QCOMPARE(*reg.setVersionDescription(m, 1, QStringLiteral("better")),
                 QStringLiteral("first try"));
        QCOMPARE(reg.version(m, 1)->description, QStringLiteral("better"));
    }

    void registerFromRunArtifactKeepsLineage() {
        const tracking::Run run =
            makeTrainedRun(*m_project, QStringLiteral("mlp-wide"),
                           {{QStringLiteral("val_acc"), 0.93}, {QStringLiteral("val_loss"), 0.21}},
                           {{QStringLiteral("lr"), 0.01}, {QStringLiteral("hidden"), qint64(64)}},
                           demoModel("digits-mlp-v2.onnx"));
        ModelRegistry reg = registry();
        auto r = reg.registerRunArtifact(QStringLiteral("digits"), run.uuid.left(6),
                                         QStringLiteral("model.onnx"));
        MLWB_VERIFY_OK(r);
        QCOMPARE(r->version.sourceKind, SourceKind::RunArtifact);
        QCOMPARE(r->version.runUuid, run.uuid);
        QCOMPARE(r->version.artifactPath, QStringLiteral("model.onnx"));
        QCOMPARE(r->version.format, ModelFormat::Onnx);
        // The same artifact again is the same version.
        auto again = reg.registerRunArtifact(QStringLiteral("digits"), run.uuid,
                                             QStringLiteral("model.onnx"));
        QVERIFY(again->existed);
        QVERIFY(!reg.registerRunArtifact(QStringLiteral("digits"), run.uuid,
                                         QStringLiteral("nope.onnx")));

        auto lineage = lineageOf(m_project->db(), r->version);
        MLWB_VERIFY_OK(lineage);
        QVERIFY(lineage->run.has_value());
        QCOMPARE(lineage->run->name, QStringLiteral("mlp-wide"));
        QVERIFY(lineage->run->git.dirty);
        QCOMPARE(lineage->params.size(), 2);
        QCOMPARE(lineage->metrics.size(), 2);
        QCOMPARE(lineage->metrics.first().key, QStringLiteral("val_acc"));
        QCOMPARE(*lineage->metrics.first().last, 0.93);
        QVERIFY(lineage->datasets.isEmpty());
        QCOMPARE(lineage->nodes.size(), 2);
        QCOMPARE(lineage->edges.size(), 1);
        QCOMPARE(lineage->nodes[0].kind, LineageNode::Kind::Run);
        QCOMPARE(lineage->nodes[1].label, QStringLiteral("digits@1"));
        QVERIFY(lineage->nodes[0].detail.contains(QStringLiteral("01234567+")));
    }

    void lineageIncludesDatasetVersionsAndDeployments() {
        const tracking::Run run =
            makeTrainedRun(*m_project, QStringLiteral("cnn"), {{QStringLiteral("val_acc"), 0.9}},
                           {}, demoModel("digits-cnn-v3.onnx"));
        store::Database &db = m_project->db();
        MLWB_VERIFY_OK(db.exec(QStringLiteral(
            "INSERT INTO datasets(id, name, root, created_at) VALUES (1, 'digits', 'data', 0);"
            "INSERT INTO dataset_versions(id, dataset_id, number, created_at, file_count, "
            "total_bytes, manifest_hash) VALUES (10, 1, 1, 0, 1, 10, 'aa'), "
            "(11, 1, 2, 0, 1, 12, 'bb');")));
        MLWB_VERIFY_OK(db.exec(
            QStringLiteral("INSERT INTO run_datasets(run_id, dataset_version_id, role, created_at) "
                           "VALUES (%1, 11, 'input', 1), (%1, 10, 'input', 2)")
                .arg(run.id)));
        ModelRegistry reg = registry();
        auto r = reg.registerRunArtifact(QStringLiteral("digits"), run.uuid,
                                         QStringLiteral("model.onnx"));
        MLWB_VERIFY_OK(r);
        const DeploymentLookup deployments = [](qint64) -> mlwb::Result<QList<DeploymentRef>> {
            return QList<DeploymentRef>{
                {7, QStringLiteral("digits-prod"), QStringLiteral("running")}};
        };
        auto lineage = lineageOf(db, r->version, deployments);
        MLWB_VERIFY_OK(lineage);
        QCOMPARE(lineage->datasets.size(), 2);
        QCOMPARE(lineage->datasets[0].number, 2);
        QCOMPARE(lineage->datasets[0].dataset, QStringLiteral("digits"));
        // dataset v2, dataset v1, run, version, deployment
        QCOMPARE(lineage->nodes.size(), 5);
        QCOMPARE(lineage->nodes[0].label, QStringLiteral("digits v2"));
        QCOMPARE(lineage->edges.size(), 4);
        QCOMPARE(lineage->edges[0].to, 2);
        QCOMPARE(lineage->nodes[4].kind, LineageNode::Kind::Deployment);
        QCOMPARE(lineage->edges.last().label, QStringLiteral("deployed"));
    }

    void fileRegistrationHasNoRunInLineage() {
        ModelRegistry reg = registry();
        auto r = reg.registerFile(QStringLiteral("digits"), demoModel("digits-mlp-v1.onnx"));
        auto lineage = lineageOf(m_project->db(), r->version);
        MLWB_VERIFY_OK(lineage);
        QVERIFY(!lineage->run);
        QCOMPARE(lineage->nodes.size(), 1);
        QVERIFY(lineage->edges.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstRegistry)
#include "tst_registry.moc"
