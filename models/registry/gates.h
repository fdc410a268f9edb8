#pragma once

#include "gateexpr.h"
#include "registry.h"

#include <QJsonObject>

namespace mlwb::registry {

// The gate file at the root of a project's repository (committed with the code).
inline constexpr char kGateFileName[] = "mlwb-gates.yaml";

struct GateRule {
    QString text;
    GateRuleExpr expr;
    int line = 0;   // 1-based, in the gate file
    int column = 0; // 1-based column of the rule's first character
};

// models: {NAME: {rules: [RULE, ...]}}
struct GateFile {
    QString path;
    QList<std::pair<QString, QList<GateRule>>> models;
    const QList<GateRule> *rulesOf(const QString &model) const;
};

// Parses and checks every rule; an error names "file:line:column".
Result<GateFile> parseGateFile(const QByteArray &yaml, const QString &path);
Result<GateFile> loadGateFile(const QString &path);

enum class RuleOutcome { Pass, Fail, Error };
QString outcomeName(RuleOutcome outcome); // "pass", "fail", "error"

struct RuleResult {
    QString rule;
    int line = 0;
    RuleOutcome outcome = RuleOutcome::Error;
    QString op;
    QString left; // the evaluated sides ("0.931", "[float32 x [1, 784]] ..."), empty on error
    QString right;
    std::optional<double> leftValue; // numbers, for the panel's bars
    std::optional<double> rightValue;
    QString message; // why a rule could not be evaluated
};

struct GateReport {
    QString model;
    int version = 0;
    QString gateFile;
    QList<RuleResult> rules;
    int failed() const;
    int errors() const;
    bool passed() const { return failed() == 0 && errors() == 0; }
    // {"model", "version", "gate_file", "passed", "rules": [{"rule", "line", "outcome",
    //  "op", "left", "right", "message"}]}
    QJsonObject toJson() const;
};

// Evaluates the model's rules for one of its versions. References: metrics.X
// (final value of the source run's metric), params.X, signature, size,
// parameters, dataset.drift_psi, and the same behind an alias of the model:
// champion.metrics.val_loss. A rule that cannot be evaluated is an error, never a pass.
Result<GateReport> checkGates(ModelRegistry &registry, const GateFile &gates,
                              const ModelVersion &candidate);

} // namespace mlwb::registry
