// Evaluating gate rules against a model version and the versions behind its aliases.

#include "gates.h"

#include "gatedrift.h"

#include "tracking/trackingstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <cmath>
#include <variant>

namespace mlwb::registry {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

// A signature compared as a whole: its inputs and outputs.
struct SignatureValue {
    QJsonObject io;
    bool operator==(const SignatureValue &o) const { return io == o.io; }
};

using Value = std::variant<double, QString, SignatureValue>;

QString display(const Value &v) {
    if (const double *d = std::get_if<double>(&v))
        return QString::number(*d, 'g', 10);
    if (const QString *s = std::get_if<QString>(&v))
        return QLatin1Char('"') + *s + QLatin1Char('"');
    const QJsonObject &io = std::get<SignatureValue>(v).io;
    auto side = [](const QJsonArray &list) {
        QStringList parts;
        for (const QJsonValue &t : list) {
            const QJsonObject o = t.toObject();
            QStringList dims;
            for (const QJsonValue &d : o.value(QStringLiteral("shape")).toArray())
                dims.append(d.isDouble() ? QString::number(d.toInteger()) : d.toString());
            parts.append(QStringLiteral("%1: %2 [%3]")
                             .arg(o.value(QStringLiteral("name")).toString(),
                                  o.value(QStringLiteral("type")).toString(),
                                  dims.join(QStringLiteral(", "))));
        }
        return parts.join(QStringLiteral(", "));
    };
    return QStringLiteral("(%1) -> (%2)")
        .arg(side(io.value(QStringLiteral("inputs")).toArray()),
             side(io.value(QStringLiteral("outputs")).toArray()));
}

// Why a rule cannot be evaluated; becomes RuleOutcome::Error.
struct EvalError {
    QString message;
};
using Eval = std::expected<Value, EvalError>;

std::unexpected<EvalError> cannot(QString message) {
    return std::unexpected(EvalError{std::move(message)});
}

class Evaluator {
public:
    Evaluator(ModelRegistry &registry, const ModelVersion &candidate)
        : m_registry(registry)
        , m_runs(registry.database())
        , m_candidate(candidate) {}

    Eval eval(const GateExpr &e) {
        switch (e.kind) {
        case GateExpr::Kind::Number:
            return e.number;
        case GateExpr::Kind::String:
            return e.text;
        case GateExpr::Kind::Reference:
            return reference(e);
        case GateExpr::Kind::Negate: {
            Eval v = eval(*e.lhs);
            if (!v)
                return v;
            if (!std::holds_alternative<double>(*v))
                return cannot(tr("\"-\" needs a number, %1 is not one").arg(toString(*e.lhs)));
            return -std::get<double>(*v);
        }
        case GateExpr::Kind::Binary: {
            Eval a = eval(*e.lhs);
            if (!a)
                return a;
            Eval b = eval(*e.rhs);
            if (!b)
                return b;
            if (!std::holds_alternative<double>(*a) || !std::holds_alternative<double>(*b))
                return cannot(tr("\"%1\" needs numbers on both sides").arg(e.op));
            const double x = std::get<double>(*a), y = std::get<double>(*b);
            switch (e.op.unicode()) {
            case u'+':
                return x + y;
            case u'-':
                return x - y;
            case u'*':
                return x * y;
            default:
                if (y == 0)
                    return cannot(tr("division by zero in %1").arg(toString(e)));
                return x / y;
            }
        }
        }
        return cannot(tr("unknown expression"));
    }

private:
    // The data the version trained on against the champion's (0 for the champion).
    Eval driftFromChampion(const ModelVersion &v) {
        auto champion = m_registry.aliasTarget(v.model, QStringLiteral("champion"));
        if (!champion)
            return cannot(champion.error().toString());
        if (!*champion)
            return cannot(
                tr("model \"%1\" has no champion to compare its training data with").arg(v.model));
        if (!v.runId || !(*champion)->runId)
            return cannot(
                tr("%1 or its champion has no source run, so its data is unknown").arg(v.ref()));
        auto psi = datasetDriftPsi(m_registry.database(), m_registry.objectsDir(),
                                   *(*champion)->runId, *v.runId);
        if (!psi)
            return cannot(psi.error().toString());
        return *psi;
    }

    Eval reference(const GateExpr &e) {
        static const QStringList roots = {QStringLiteral("metrics"),    QStringLiteral("params"),
                                          QStringLiteral("signature"),  QStringLiteral("size"),
                                          QStringLiteral("parameters"), QStringLiteral("dataset"),
                                          QStringLiteral("version")};
        QStringList path = e.path;
        const ModelVersion *target = &m_candidate;
        std::optional<ModelVersion> aliased;
        if (!roots.contains(path.first())) {
            if (path.size() < 2)
                return cannot(tr("unknown name \"%1\"; use metrics.X, params.X, signature, size, "
                                 "parameters, dataset.drift_psi or ALIAS.<...>")
                                  .arg(e.text));
            const QString alias = path.takeFirst();
            auto found = m_registry.aliasTarget(m_candidate.model, alias);
            if (!found)
                return cannot(found.error().toString());
            if (!*found)
                return cannot(tr("model \"%1\" has no alias \"%2\"").arg(m_candidate.model, alias));
            aliased = **found;
            target = &*aliased;
            if (!roots.contains(path.first()))
                return cannot(tr("unknown name \"%1\" after \"%2.\"").arg(path.first(), alias));
        }
        return value(*target, path, e.text);
    }

    Eval value(const ModelVersion &v, const QStringList &path, const QString &text) {
        const QString &root = path.first();
        const QString key = path.mid(1).join(QLatin1Char('.'));
        if (root == QStringLiteral("signature")) {
            if (path.size() > 1)
                return cannot(tr("\"%1\": a signature is compared as a whole").arg(text));
            if (v.format != ModelFormat::Onnx)
                return cannot(tr("%1 is not an ONNX model and has no signature").arg(v.ref()));
            return SignatureValue{QJsonObject{
                {QStringLiteral("inputs"), v.signature.value(QStringLiteral("inputs"))},
                {QStringLiteral("outputs"), v.signature.value(QStringLiteral("outputs"))}}};
        }
        if (root == QStringLiteral("size"))
            return double(v.size);
        if (root == QStringLiteral("version"))
            return double(v.version);
        if (root == QStringLiteral("parameters")) {
            if (v.format != ModelFormat::Onnx)
                return cannot(
                    tr("%1 is not an ONNX model; its parameters are unknown").arg(v.ref()));
            return v.signature.value(QStringLiteral("parameters")).toDouble();
        }
        if (key.isEmpty())
            return cannot(tr("\"%1\" needs a name after \"%2.\"").arg(text, root));
        if (root == QStringLiteral("dataset")) {
            if (key != QStringLiteral("drift_psi"))
                return cannot(tr("unknown dataset statistic \"%1\"; known: drift_psi").arg(key));
            return driftFromChampion(v);
        }
        if (!v.runId)
            return cannot(tr("%1 has no source run, so %2 is unknown").arg(v.ref(), text));
        if (root == QStringLiteral("metrics")) {
            auto metrics = m_runs.metricSummaries(*v.runId);
            if (!metrics)
                return cannot(metrics.error().toString());
            for (const tracking::MetricSummary &m : *metrics) {
                if (m.key != key)
                    continue;
                if (!m.last)
                    return cannot(tr("metric %1 of the run of %2 has no value").arg(key, v.ref()));
                return *m.last;
            }
            return cannot(tr("the run of %1 has no metric \"%2\"").arg(v.ref(), key));
        }
        auto params = m_runs.params(*v.runId);
        if (!params)
            return cannot(params.error().toString());
        for (const tracking::Param &p : *params) {
            if (p.key != key)
                continue;
            if (const auto *i = std::get_if<qint64>(&p.value))
                return double(*i);
            if (const auto *d = std::get_if<double>(&p.value))
                return *d;
            if (const auto *b = std::get_if<bool>(&p.value))
                return *b ? 1.0 : 0.0;
            return std::get<QString>(p.value);
        }
        return cannot(tr("the run of %1 has no parameter \"%2\"").arg(v.ref(), key));
    }

    ModelRegistry &m_registry;
    tracking::TrackingStore m_runs;
    const ModelVersion &m_candidate;
};

std::expected<bool, EvalError> compare(const Value &a, const QString &op, const Value &b) {
    if (a.index() != b.index())
        return cannot(tr("cannot compare %1 with %2").arg(display(a), display(b)));
    const bool eq = op == QStringLiteral("=="), ne = op == QStringLiteral("!=");
    if (const double *x = std::get_if<double>(&a)) {
        const double y = std::get<double>(b);
        if (std::isnan(x[0]) || std::isnan(y))
            return cannot(tr("a side is not a number (NaN)"));
        if (eq)
            return *x == y;
        if (ne)
            return *x != y;
        if (op == QStringLiteral(">="))
            return *x >= y;
        if (op == QStringLiteral(">"))
            return *x > y;
        if (op == QStringLiteral("<="))
            return *x <= y;
        return *x < y;
    }
    if (!eq && !ne)
        return cannot(tr("\"%1\" compares numbers; use == or != here").arg(op));
    return eq ? a == b : a != b;
}

} // namespace

QString outcomeName(RuleOutcome outcome) {
    switch (outcome) {
    case RuleOutcome::Pass:
        return QStringLiteral("pass");
    case RuleOutcome::Fail:
        return QStringLiteral("fail");
    case RuleOutcome::Error:
        return QStringLiteral("error");
    }
    return {};
}

int GateReport::failed() const {
    return int(std::count_if(rules.begin(), rules.end(),
                             [](const RuleResult &r) { return r.outcome == RuleOutcome::Fail; }));
}

int GateReport::errors() const {
    return int(std::count_if(rules.begin(), rules.end(),
                             [](const RuleResult &r) { return r.outcome == RuleOutcome::Error; }));
}

QJsonObject GateReport::toJson() const {
    QJsonArray list;
    for (const RuleResult &r : rules) {
        QJsonObject o{{QStringLiteral("rule"), r.rule},
                      {QStringLiteral("line"), r.line},
                      {QStringLiteral("outcome"), outcomeName(r.outcome)},
                      {QStringLiteral("op"), r.op},
                      {QStringLiteral("left"), r.left},
                      {QStringLiteral("right"), r.right},
                      {QStringLiteral("message"), r.message}};
        if (r.leftValue)
            o.insert(QStringLiteral("left_value"), *r.leftValue);
        if (r.rightValue)
            o.insert(QStringLiteral("right_value"), *r.rightValue);
        list.append(o);
    }
    return {{QStringLiteral("model"), model},        {QStringLiteral("version"), version},
            {QStringLiteral("gate_file"), gateFile}, {QStringLiteral("passed"), passed()},
            {QStringLiteral("failed"), failed()},    {QStringLiteral("errors"), errors()},
            {QStringLiteral("rules"), list}};
}

Result<GateReport> checkGates(ModelRegistry &registry, const GateFile &gates,
                              const ModelVersion &candidate) {
    GateReport report;
    report.model = candidate.model;
    report.version = candidate.version;
    report.gateFile = gates.path;
    const QList<GateRule> *rules = gates.rulesOf(candidate.model);
    if (!rules || rules->isEmpty())
        return fail(tr("check the gates of %1").arg(candidate.ref()),
                    tr("%1 has no rules for model \"%2\"").arg(gates.path, candidate.model),
                    tr("add them under models: %1: rules:").arg(candidate.model));
    Evaluator evaluator(registry, candidate);
    for (const GateRule &rule : *rules) {
        RuleResult r;
        r.rule = rule.text;
        r.line = rule.line;
        r.op = rule.expr.op;
        Eval a = evaluator.eval(rule.expr.lhs);
        Eval b = a ? evaluator.eval(rule.expr.rhs) : Eval{};
        if (a)
            r.left = display(*a);
        if (a && b)
            r.right = display(*b);
        if (a && std::holds_alternative<double>(*a))
            r.leftValue = std::get<double>(*a);
        if (a && b && std::holds_alternative<double>(*b))
            r.rightValue = std::get<double>(*b);
        if (!a || !b) {
            r.outcome = RuleOutcome::Error;
            r.message = (!a ? a.error() : b.error()).message;
        } else if (auto ok = compare(*a, rule.expr.op, *b); !ok) {
            r.outcome = RuleOutcome::Error;
            r.message = ok.error().message;
        } else {
            r.outcome = *ok ? RuleOutcome::Pass : RuleOutcome::Fail;
        }
        report.rules.append(r);
    }
    return report;
}

} // namespace mlwb::registry
