#include "models/store/testsupport.h"

#include "demo/demoproject.h"
#include "project/project.h"
#include "registry/gates.h"
#include "registry/lineage.h"
#include "registry/registry.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::registry;

// The demo project's registry: what a first-time user sees in the Registry panel.
class TstDemoRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoHasThreeVersionsAliasesAndOneFailingGate() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(QStringLiteral("demo"));
        MLWB_VERIFY_OK(demo::generateDemoProject(root, {20240611, 1.75e9}));
        auto project = Project::open(ProjectPaths(root));
        MLWB_VERIFY_OK(project);
        ModelRegistry reg(*project);
        auto versions = reg.versions(QStringLiteral("digits"));
        MLWB_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 3);
        for (const ModelVersion &v : *versions) {
            QCOMPARE(v.format, ModelFormat::Onnx);
            QVERIFY(v.runId.has_value());
            QVERIFY(v.size < 50000);
        }
        QCOMPARE(reg.resolve(QStringLiteral("digits@champion"))->version, 2);
        QCOMPARE(reg.resolve(QStringLiteral("digits@challenger"))->version, 3);
        QCOMPARE(reg.aliasHistory(QStringLiteral("digits"), QStringLiteral("champion"))->size(), 2);

        auto lineage = lineageOf(project->db(), versions->at(1));
        MLWB_VERIFY_OK(lineage);
        QVERIFY(lineage->run.has_value());
        QVERIFY(!lineage->metrics.isEmpty());
        QVERIFY(!lineage->run->git.commit.isEmpty());

        auto gates = loadGateFile(QDir(root).filePath(QString::fromLatin1(kGateFileName)));
        MLWB_VERIFY_OK(gates);
        auto challenger =
            checkGates(reg, *gates, *reg.resolve(QStringLiteral("digits@challenger")));
        MLWB_VERIFY_OK(challenger);
        QCOMPARE(challenger->failed(), 1);
        QCOMPARE(challenger->errors(), 0);
        // The CNN's new input fails; its training data drifted a little from the champion's.
        QCOMPARE(challenger->rules.size(), 5);
        QVERIFY(challenger->rules.at(3).rule.startsWith(QStringLiteral("signature")));
        QCOMPARE(challenger->rules.at(3).outcome, RuleOutcome::Fail);
        QVERIFY(challenger->rules.at(4).rule.startsWith(QStringLiteral("dataset.drift_psi")));
        QCOMPARE(challenger->rules.at(4).outcome, RuleOutcome::Pass);
        QVERIFY(challenger->rules.at(4).left.toDouble() > 0); // digits@2 against digits@1
        auto champion = checkGates(reg, *gates, *reg.resolve(QStringLiteral("digits@champion")));
        MLWB_VERIFY_OK(champion);
        QVERIFY(champion->passed());
    }
};

QTEST_GUILESS_MAIN(TstDemoRegistry)
#include "tst_demoregistry.moc"
