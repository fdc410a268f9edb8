#include "models/registry/registrytestutil.h"

#include "itemmodels/modelversioncomparemodel.h"
#include "itemmodels/modelversionsignaturemodel.h"
#include "itemmodels/modelversionsmodel.h"
#include "itemmodels/registrydata.h"
#include "itemmodels/registrygatesmodel.h"
#include "itemmodels/registrymodelsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::itemmodels;
using namespace mlwb::testsupport;

// The registry's item models on a real project: digits@1 (champion, val_acc
// 0.90), digits@2 (challenger, 0.93), digits@3 (a CNN, 0.95) and a second
// model "plain"; a gate file where digits@1 fails the accuracy rule.
class TstRegistryModels : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Project> m_project;
    std::optional<registry::ModelRegistry> m_registry;

    RegistrySnapshot snapshot() {
        auto s = loadRegistry(m_dir.path());
        if (!s)
            qFatal("%s", qPrintable(s.error().toString()));
        return *s;
    }

    QList<registry::Lineage> lineages(const QStringList &refs) {
        auto l = loadLineages(m_dir.path(), refs);
        if (!l)
            qFatal("%s", qPrintable(l.error().toString()));
        return *l;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_project.emplace(makeProject(m_dir.path()));
        const auto v1 = makeTrainedRun(
            *m_project, QStringLiteral("mlp"),
            {{QStringLiteral("val_acc"), 0.90}, {QStringLiteral("val_loss"), 0.25}},
            {{QStringLiteral("lr"), 0.1}, {QStringLiteral("optimizer"), QStringLiteral("sgd")}},
            demoModel("digits-mlp-v1.onnx"));
        const auto v2 = makeTrainedRun(
            *m_project, QStringLiteral("mlp-wide"),
            {{QStringLiteral("val_acc"), 0.93}, {QStringLiteral("val_loss"), 0.21}},
            {{QStringLiteral("lr"), 0.1}, {QStringLiteral("optimizer"), QStringLiteral("adam")}},
            demoModel("digits-mlp-v2.onnx"));
        const auto v3 =
            makeTrainedRun(*m_project, QStringLiteral("cnn"), {{QStringLiteral("val_acc"), 0.95}},
                           {}, demoModel("digits-cnn-v3.onnx"));
        m_registry.emplace(*m_project);
        const QString model = QStringLiteral("digits"), artifact = QStringLiteral("model.onnx");
        MLWB_VERIFY_OK(m_registry->registerRunArtifact(model, v1.uuid, artifact,
                                                       {{}, QStringLiteral("champion")}));
        MLWB_VERIFY_OK(m_registry->registerRunArtifact(model, v2.uuid, artifact,
                                                       {{}, QStringLiteral("challenger")}));
        MLWB_VERIFY_OK(m_registry->registerRunArtifact(model, v3.uuid, artifact));
        MLWB_VERIFY_OK(
            m_registry->registerFile(QStringLiteral("plain"), demoModel("digits-mlp-v1.onnx")));
        QFile gates(m_dir.filePath(QStringLiteral("mlwb-gates.yaml")));
        QVERIFY(gates.open(QIODevice::WriteOnly));
        gates.write("models:\n  digits:\n    rules:\n      - metrics.val_acc >= 0.92\n");
    }
    void cleanupTestCase() {
        m_registry.reset();
        m_project.reset();
    }

    void modelsListWithAliasesAndArchive() {
        RegistryModelsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setModels(snapshot().models);
        QCOMPARE(model.rowCount(), 2);
        const int digits = model.rowOf(QStringLiteral("digits"));
        QVERIFY(digits >= 0);
        QCOMPARE(model.index(digits, RegistryModelsModel::VersionsColumn).data().toInt(), 3);
        QCOMPARE(model.index(digits, 0).data(RegistryModelsModel::AliasesRole).toStringList(),
                 (QStringList{QStringLiteral("challenger:2"), QStringLiteral("champion:1")}));

        MLWB_VERIFY_OK(m_registry->archiveModel(QStringLiteral("plain")));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setModels(snapshot().models);
        QCOMPARE(model.rowCount(), 1); // archived models are hidden
        QCOMPARE(model.rowOf(QStringLiteral("plain")), -1);
        model.setShowArchived(true);
        QCOMPARE(model.rowCount(), 2);
        const int plain = model.rowOf(QStringLiteral("plain"));
        QVERIFY(model.index(plain, 0).data(RegistryModelsModel::ArchivedRole).toBool());
        QCOMPARE(reset.count(), 0); // rows are kept, never reset
        MLWB_VERIFY_OK(m_registry->restoreModel(QStringLiteral("plain")));
    }

    void versionsNewestFirstWithGates() {
        ModelVersionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RegistrySnapshot s = snapshot();
        model.setVersions(QStringLiteral("digits"), s.versions.value(QStringLiteral("digits")),
                          s.gates);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ModelVersionsModel::VersionColumn).data().toInt(), 3);
        QCOMPARE(model.index(2, ModelVersionsModel::VersionColumn).data().toInt(), 1);
        QCOMPARE(model.index(2, 0).data(ModelVersionsModel::AliasesRole).toStringList(),
                 QStringList{QStringLiteral("champion")});
        QCOMPARE(model.index(0, ModelVersionsModel::FormatColumn).data().toString(),
                 QStringLiteral("onnx"));
        // digits@1 misses val_acc >= 0.92, the others pass.
        QCOMPARE(GateStatus(model.index(2, 0).data(ModelVersionsModel::GateRole).toInt()),
                 GateStatus::Failed);
        QCOMPARE(model.index(2, ModelVersionsModel::GateColumn).data().toString(),
                 QStringLiteral("failed"));
        QCOMPARE(GateStatus(model.index(1, 0).data(ModelVersionsModel::GateRole).toInt()),
                 GateStatus::Passed);

        // An alias move updates the rows in place.
        QPersistentModelIndex v2 = model.index(1, 0);
        MLWB_VERIFY_OK(
            m_registry->setAlias(QStringLiteral("digits"), QStringLiteral("champion"), 2));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const RegistrySnapshot moved = snapshot();
        model.setVersions(QStringLiteral("digits"), moved.versions.value(QStringLiteral("digits")),
                          moved.gates);
        QCOMPARE(inserted.count(), 0);
        QVERIFY(v2.isValid());
        QVERIFY(v2.data(ModelVersionsModel::AliasesRole)
                    .toStringList()
                    .contains(QStringLiteral("champion")));
        MLWB_VERIFY_OK(
            m_registry->setAlias(QStringLiteral("digits"), QStringLiteral("champion"), 1));

        // Archived versions leave the list unless shown.
        MLWB_VERIFY_OK(m_registry->archiveVersion(QStringLiteral("digits"), 3));
        const RegistrySnapshot archived = snapshot();
        model.setVersions(QStringLiteral("digits"),
                          archived.versions.value(QStringLiteral("digits")), archived.gates);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(3), -1);
        model.setShowArchived(true);
        QCOMPARE(model.rowOf(3), 0);
        QVERIFY(model.index(0, 0).data(ModelVersionsModel::ArchivedRole).toBool());
        MLWB_VERIFY_OK(m_registry->restoreVersion(QStringLiteral("digits"), 3));
    }

    void signatureShowsDynamicDims_data() {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("shape");
        QTest::newRow("mlp") << "digits@1"
                             << "pixels"
                             << "[batch, 64]";
        QTest::newRow("cnn") << "digits@3"
                             << "image"
                             << "[batch, 1, 8, 8]";
    }
    void signatureShowsDynamicDims() {
        QFETCH(QString, ref);
        QFETCH(QString, input);
        QFETCH(QString, shape);
        ModelSignatureModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto v = m_registry->resolve(ref);
        QVERIFY(v);
        model.setSignature(v->signature);
        QVERIFY(model.rowCount() >= 2); // at least one input and one output
        QCOMPARE(model.index(0, ModelSignatureModel::KindColumn).data().toString(),
                 QStringLiteral("input"));
        QCOMPARE(model.index(0, ModelSignatureModel::NameColumn).data().toString(), input);
        QCOMPARE(model.index(0, ModelSignatureModel::TypeColumn).data().toString(),
                 QStringLiteral("float32"));
        QCOMPARE(model.index(0, ModelSignatureModel::ShapeColumn).data().toString(), shape);
        QVERIFY(model.index(0, 0).data(ModelSignatureModel::DynamicRole).toBool());
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last, ModelSignatureModel::KindColumn).data().toString(),
                 QStringLiteral("output"));
    }

    void compareMarksBestAndDifferences() {
        ModelVersionCompareModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLineages(lineages(
            {QStringLiteral("digits@1"), QStringLiteral("digits@2"), QStringLiteral("digits@3")}));
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("digits@3"));
        const auto rowOf = [&](const QString &label) {
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.index(r, 0).data().toString() == label)
                    return r;
            }
            return -1;
        };
        const int acc = rowOf(QStringLiteral("val_acc"));
        QVERIFY(acc >= 0);
        QVERIFY(model.index(acc, 3).data(ModelVersionCompareModel::BestRole).toBool());
        QVERIFY(!model.index(acc, 1).data(ModelVersionCompareModel::BestRole).toBool());
        const int loss = rowOf(QStringLiteral("val_loss")); // lower is better
        QVERIFY(model.index(loss, 2).data(ModelVersionCompareModel::BestRole).toBool());
        QCOMPARE(model.index(loss, 3).data().toString(), QStringLiteral("—")); // the CNN has none
        const int input = rowOf(QStringLiteral("input pixels"));
        QVERIFY(input >= 0);
        QVERIFY(model.index(input, 1).data(ModelVersionCompareModel::DiffersRole).toBool());
        const int lr = rowOf(QStringLiteral("lr"));
        QCOMPARE(model.index(lr, 1).data().toString(), model.index(lr, 2).data().toString());

        model.setOnlyDifferences(true);
        QCOMPARE(rowOf(QStringLiteral("format")), -1); // all onnx
        QVERIFY(rowOf(QStringLiteral("val_acc")) >= 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, 1).data(ModelVersionCompareModel::DiffersRole).toBool());
    }

    void gatesModelShowsBothSides() {
        RegistryGatesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto details = loadVersionDetails(m_dir.path(), QStringLiteral("digits"), 1);
        QVERIFY(details);
        QVERIFY(details->gates);
        model.setReport(details->gates);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(
            registry::RuleOutcome(model.index(0, 0).data(RegistryGatesModel::OutcomeRole).toInt()),
            registry::RuleOutcome::Fail);
        QCOMPARE(model.index(0, RegistryGatesModel::LeftColumn).data().toString(),
                 QStringLiteral("0.9"));
        QCOMPARE(model.index(0, RegistryGatesModel::OpColumn).data().toString(),
                 QStringLiteral(">="));
        QCOMPARE(model.index(0, RegistryGatesModel::RightColumn).data().toString(),
                 QStringLiteral("0.92"));
        QCOMPARE(model.index(0, 0).data(RegistryGatesModel::LineRole).toInt(), 4);
        model.setReport(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstRegistryModels)
#include "tst_registrymodels.moc"
