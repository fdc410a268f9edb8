#pragma once

#include "core/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <variant>

namespace mlwb::registry {

// The rule language of mlwb-gates.yaml, e.g.
//   metrics.val_loss <= champion.metrics.val_loss * 1.02
// A rule is one comparison (>= > <= < == !=) of two arithmetic expressions
// (+ - * /, parentheses, unary minus) over numbers, "strings" and references:
// dotted names such as metrics.val_acc or metrics["val/acc"].
struct GateExpr {
    enum class Kind { Number, String, Reference, Negate, Binary };
    Kind kind = Kind::Number;
    double number = 0;
    QString text;     // String: the value; Reference: the dotted path as written
    QStringList path; // Reference: its segments
    QChar op;         // Binary: + - * /
    std::shared_ptr<GateExpr> lhs, rhs;
    int column = 0; // 0-based offset in the rule text
};

struct GateRuleExpr {
    GateExpr lhs;
    QString op; // ">=", ">", "<=", "<", "==", "!="
    GateExpr rhs;
};

// A parse error with the 0-based column in the rule text.
struct GateSyntaxError {
    int column = 0;
    QString message;
};

std::expected<GateRuleExpr, GateSyntaxError> parseGateRule(const QString &text);

// The expression as text again, with canonical spacing ("a * 1.02").
QString toString(const GateExpr &e);

} // namespace mlwb::registry
