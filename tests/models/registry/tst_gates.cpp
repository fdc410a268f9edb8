#include "registrytestutil.h"

#include "datasets/datasetstore.h"
#include "registry/gates.h"

#include <QFile>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace mlwb;
using namespace mlwb::registry;
using namespace mlwb::testsupport;

// Gate rules evaluated on real registered versions: the candidate digits@2
// (val_acc 0.93, val_loss 0.21, lr 0.01) and the champion digits@1 (val_acc
// 0.90, val_loss 0.25); digits@3 is a CNN with another input signature.
class TstGates : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Project> m_project;
    std::optional<ModelRegistry> m_registry;

    RuleResult evaluate(const QString &rule, const QString &ref = QStringLiteral("digits@2")) {
        const QByteArray yaml = "models:\n  digits:\n    rules:\n      - \"" +
                                rule.toUtf8().replace('"', "\\\"") + "\"\n";
        auto gates = parseGateFile(yaml, QStringLiteral("mlwb-gates.yaml"));
        if (!gates)
            qFatal("%s", qPrintable(gates.error().toString()));
        auto candidate = m_registry->resolve(ref);
        if (!candidate)
            qFatal("%s", qPrintable(candidate.error().toString()));
        auto report = checkGates(*m_registry, *gates, *candidate);
        if (!report)
            qFatal("%s", qPrintable(report.error().toString()));
        return report->rules.first();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_project.emplace(makeProject(m_dir.path()));
        const auto champion = makeTrainedRun(
            *m_project, QStringLiteral("mlp"),
            {{QStringLiteral("val_acc"), 0.90}, {QStringLiteral("val_loss"), 0.25}},
            {{QStringLiteral("lr"), 0.1}, {QStringLiteral("optimizer"), QStringLiteral("sgd")}},
            demoModel("digits-mlp-v1.onnx"));
        const auto candidate = makeTrainedRun(
            *m_project, QStringLiteral("mlp-wide"),
            {{QStringLiteral("val_acc"), 0.93}, {QStringLiteral("val_loss"), 0.21}},
            {{QStringLiteral("lr"), 0.01}, {QStringLiteral("optimizer"), QStringLiteral("adam")}},
            demoModel("digits-mlp-v2.onnx"));
        // The champion trained on scores v1, the candidate on v2 with shifted scores.
        datasets::DatasetStore data(*m_project);
        const QString table = m_dir.filePath(QStringLiteral("scores.csv"));
        const auto snapshotScores = [&](double shift) {
            QByteArray csv = "id,score\n";
            for (int i = 0; i < 400; ++i)
                csv += QByteArray::number(i) + ',' + QByteArray::number(i % 100 + shift) + '\n';
            QFile f(table);
            if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
                qFatal("cannot write %s", qPrintable(table));
            f.close();
            auto r = data.snapshot(table, {});
            if (!r)
                qFatal("%s", qPrintable(r.error().toString()));
            return r->version.id;
        };
        MLWB_VERIFY_OK(data.recordUse(champion.id, snapshotScores(0), QStringLiteral("train")));
        MLWB_VERIFY_OK(data.recordUse(candidate.id, snapshotScores(40), QStringLiteral("train")));
        const auto cnn =
            makeTrainedRun(*m_project, QStringLiteral("cnn"), {{QStringLiteral("val_acc"), 0.95}},
                           {}, demoModel("digits-cnn-v3.onnx"));
        m_registry.emplace(*m_project);
        const QString model = QStringLiteral("digits");
        const QString artifact = QStringLiteral("model.onnx");
        MLWB_VERIFY_OK(m_registry->registerRunArtifact(model, champion.uuid, artifact,
                                                       {{}, QStringLiteral("champion")}));
        MLWB_VERIFY_OK(m_registry->registerRunArtifact(model, candidate.uuid, artifact,
                                                       {{}, QStringLiteral("challenger")}));
        MLWB_VERIFY_OK(m_registry->registerRunArtifact(model, cnn.uuid, artifact));
        MLWB_VERIFY_OK(
            m_registry->registerFile(QStringLiteral("plain"), demoModel("digits-mlp-v1.onnx")));
    }
    void cleanupTestCase() {
        m_registry.reset();
        m_project.reset();
    }

    void operators_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::newRow(">= pass") << "metrics.val_acc >= 0.92"
                                 << "pass"
                                 << "0.93"
                                 << "0.92";
        QTest::newRow(">= fail") << "metrics.val_acc >= 0.95"
                                 << "fail"
                                 << "0.93"
                                 << "0.95";
        QTest::newRow(">= equal") << "metrics.val_acc >= 0.93"
                                  << "pass"
                                  << "0.93"
                                  << "0.93";
        QTest::newRow("> pass") << "metrics.val_acc > 0.9"
                                << "pass"
                                << "0.93"
                                << "0.9";
        QTest::newRow("> equal fails") << "metrics.val_acc > 0.93"
                                       << "fail"
                                       << "0.93"
                                       << "0.93";
        QTest::newRow("<= pass") << "metrics.val_loss <= 0.21"
                                 << "pass"
                                 << "0.21"
                                 << "0.21";
        QTest::newRow("< fail") << "metrics.val_loss < 0.2"
                                << "fail"
                                << "0.21"
                                << "0.2";
        QTest::newRow("== number") << "params.lr == 0.01"
                                   << "pass"
                                   << "0.01"
                                   << "0.01";
        QTest::newRow("!= number") << "params.lr != 0.01"
                                   << "fail"
                                   << "0.01"
                                   << "0.01";
        QTest::newRow("== string") << "params.optimizer == 'adam'"
                                   << "pass"
                                   << "\"adam\""
                                   << "\"adam\"";
        QTest::newRow("!= string") << "params.optimizer != \"adam\""
                                   << "fail"
                                   << "\"adam\""
                                   << "\"adam\"";
        QTest::newRow("arithmetic") << "metrics.val_acc - 0.03 >= 0.9 * (1 + 0) / 1"
                                    << "pass"
                                    << "0.9"
                                    << "0.9";
        QTest::newRow("unary minus") << "-metrics.val_loss < -0.2"
                                     << "pass"
                                     << "-0.21"
                                     << "-0.2";
        QTest::newRow("parameters") << "parameters < 10000"
                                    << "pass"
                                    << "6570"
                                    << "10000";
        QTest::newRow("size") << "size > 1000"
                              << "pass"
                              << "26768"
                              << "1000";
    }
    void operators() {
        QFETCH(QString, rule);
        QFETCH(QString, outcome);
        QFETCH(QString, left);
        QFETCH(QString, right);
        const RuleResult r = evaluate(rule);
        QCOMPARE(outcomeName(r.outcome), outcome);
        QCOMPARE(r.left, left);
        QCOMPARE(r.right, right);
        QVERIFY2(r.message.isEmpty(), qPrintable(r.message));
    }

    void championReferences_data() {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("loss within 2%") << "digits@2"
                                        << "metrics.val_loss <= champion.metrics.val_loss * 1.02"
                                        << "pass";
        QTest::newRow("beats champion") << "digits@2"
                                        << "metrics.val_acc > champion.metrics.val_acc"
                                        << "pass";
        QTest::newRow("champion vs itself") << "digits@1"
                                            << "metrics.val_acc > champion.metrics.val_acc"
                                            << "fail";
        QTest::newRow("same signature") << "digits@2"
                                        << "signature == champion.signature"
                                        << "pass";
        QTest::newRow("cnn signature differs") << "digits@3"
                                               << "signature == champion.signature"
                                               << "fail";
        QTest::newRow("any alias") << "digits@3"
                                   << "metrics.val_acc >= challenger.metrics.val_acc"
                                   << "pass";
        QTest::newRow("alias params") << "digits@2"
                                      << "params.lr < champion.params.lr"
                                      << "pass";
        QTest::newRow("by alias") << "digits@challenger"
                                  << "version == 2"
                                  << "pass";
    }
    void championReferences() {
        QFETCH(QString, ref);
        QFETCH(QString, rule);
        QFETCH(QString, outcome);
        const RuleResult r = evaluate(rule, ref);
        QVERIFY2(r.message.isEmpty(), qPrintable(r.message));
        QCOMPARE(outcomeName(r.outcome), outcome);
    }

    void driftOfTheTrainingDataAgainstTheChampions() {
        // Scores shifted by 40 on a 0..99 range: a large PSI on that column.
        const RuleResult shifted = evaluate(QStringLiteral("dataset.drift_psi < 0.2"));
        QVERIFY2(shifted.message.isEmpty(), qPrintable(shifted.message));
        QCOMPARE(outcomeName(shifted.outcome), QStringLiteral("fail"));
        QVERIFY2(shifted.left.toDouble() > 1.0, qPrintable(shifted.left));
        // The champion against itself: the same data version, no drift.
        const RuleResult same =
            evaluate(QStringLiteral("dataset.drift_psi == 0"), QStringLiteral("digits@1"));
        QCOMPARE(outcomeName(same.outcome), QStringLiteral("pass"));
        // The CNN's run recorded no data: an error that says so, never a pass.
        const RuleResult none =
            evaluate(QStringLiteral("dataset.drift_psi < 0.2"), QStringLiteral("digits@3"));
        QCOMPARE(outcomeName(none.outcome), QStringLiteral("error"));
        QVERIFY2(none.message.contains(QStringLiteral("recorded no dataset versions")),
                 qPrintable(none.message));
    }

    void signatureFailureShowsBothSides() {
        const RuleResult r =
            evaluate(QStringLiteral("signature == champion.signature"), QStringLiteral("digits@3"));
        QVERIFY2(r.left.contains(QStringLiteral("image: float32 [batch, 1, 8, 8]")),
                 qPrintable(r.left));
        QVERIFY2(r.right.contains(QStringLiteral("pixels: float32 [batch, 64]")),
                 qPrintable(r.right));
    }

    void unevaluableRulesAreErrors_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing metric") << "metrics.f1 > 0.5"
                                        << "no metric \"f1\"";
        QTest::newRow("missing alias") << "metrics.val_acc > staging.metrics.val_acc"
                                       << "no alias \"staging\"";
        QTest::newRow("unknown name") << "accuracy > 0.5"
                                      << "unknown name";
        QTest::newRow("string order") << "params.optimizer > 'a'"
                                      << "use == or !=";
        QTest::newRow("mixed types") << "params.optimizer == 1"
                                     << "cannot compare";
        QTest::newRow("division by zero") << "metrics.val_acc / 0 > 1"
                                          << "division by zero";
        QTest::newRow("string arithmetic") << "params.optimizer * 2 > 1"
                                           << "needs numbers";
    }
    void unevaluableRulesAreErrors() {
        QFETCH(QString, rule);
        QFETCH(QString, message);
        const RuleResult r = evaluate(rule);
        QCOMPARE(outcomeName(r.outcome), QStringLiteral("error"));
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
    }

    void fileRegistrationHasNoMetrics() {
        const QByteArray yaml =
            "models:\n  plain:\n    rules: [\"metrics.val_acc > 0.5\", \"parameters > 0\"]\n";
        auto gates = parseGateFile(yaml, QStringLiteral("g.yaml"));
        MLWB_VERIFY_OK(gates);
        auto report =
            checkGates(*m_registry, *gates, *m_registry->resolve(QStringLiteral("plain@1")));
        MLWB_VERIFY_OK(report);
        QCOMPARE(report->rules[0].outcome, RuleOutcome::Error);
        QVERIFY(report->rules[0].message.contains(QStringLiteral("no source run")));
        QCOMPARE(report->rules[1].outcome, RuleOutcome::Pass);
        QVERIFY(!report->passed());
        QCOMPARE(report->errors(), 1);
        const QJsonObject json = report->toJson();
        QCOMPARE(json.value(QStringLiteral("passed")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("rules")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("rules"))
                     .toArray()[1]
                     .toObject()
                     .value(QStringLiteral("line"))
                     .toInt(),
                 3);
    }

    void modelWithoutRulesIsAnError() {
        auto gates = parseGateFile("models:\n  other:\n    rules: [\"size > 0\"]\n",
                                   QStringLiteral("g.yaml"));
        MLWB_VERIFY_OK(gates);
        auto report =
            checkGates(*m_registry, *gates, *m_registry->resolve(QStringLiteral("digits@1")));
        QVERIFY(!report);
        QVERIFY(report.error().why.contains(QStringLiteral("no rules")));
    }

    void malformedFilesNameLineAndColumn_data() {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("why");
        QTest::newRow("yaml syntax")
            << QByteArray("models:\n  digits:\n    rules: [a >= 1\n") << "g.yaml:4:1"
            << "";
        QTest::newRow("unknown top key") << QByteArray("model:\n  digits: {}\n") << "g.yaml:1:1"
                                         << "unknown key \"model\"";
        QTest::newRow("rules not a list")
            << QByteArray("models:\n  digits:\n    rules: 3\n") << "g.yaml:3:12"
            << "must be a list";
        QTest::newRow("unknown model key")
            << QByteArray("models:\n  digits:\n    rulez: []\n") << "g.yaml:3:5"
            << "unknown key \"rulez\"";
        QTest::newRow("missing operator")
            << QByteArray("models:\n  digits:\n    rules:\n      - metrics.val_acc 0.9\n")
            << "g.yaml:4:25"
            << "expected a comparison";
        QTest::newRow("bad token in quoted rule")
            << QByteArray("models:\n  digits:\n    rules:\n      - size > 1\n      - "
                          "\"metrics.val_acc >= 0.9 $\"\n")
            << "g.yaml:5:33"
            << "unexpected \"$\"";
        QTest::newRow("unclosed paren")
            << QByteArray("models:\n  digits:\n    rules: [\"(size > 1\"]\n") << "g.yaml:3:20"
            << "expected \")\"";
        QTest::newRow("dangling operator")
            << QByteArray("models:\n  digits:\n    rules:\n      - size >=\n") << "g.yaml:4:16"
            << "at the end";
        QTest::newRow("rule not text")
            << QByteArray("models:\n  digits:\n    rules:\n      - {a: 1}\n") << "g.yaml:4:9"
            << "one line of text";
        QTest::newRow("bad model name")
            << QByteArray("models:\n  \"a b\":\n    rules: []\n") << "g.yaml:2:3"
            << "model name";
    }
    void malformedFilesNameLineAndColumn() {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, place);
        QFETCH(QString, why);
        auto gates = parseGateFile(yaml, QStringLiteral("g.yaml"));
        QVERIFY(!gates);
        const QString text = gates.error().toString();
        QVERIFY2(text.contains(place), qPrintable(text));
        QVERIFY2(text.contains(why), qPrintable(text));
    }

    void emptyFileGatesNothing() {
        auto gates = parseGateFile("", QStringLiteral("g.yaml"));
        MLWB_VERIFY_OK(gates);
        QVERIFY(gates->models.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstGates)
#include "tst_gates.moc"
