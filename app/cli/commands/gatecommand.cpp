#include "commands.h"

#include "registry/gates.h"

#include <QDir>
#include <QJsonDocument>

namespace mlwb::cli {

using namespace mlwb::registry;

namespace {

int checkCommand(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] MODEL@VERSION|MODEL@ALIAS"),
                    tr("Evaluates the model's rules in mlwb-gates.yaml for one version. Exit "
                       "code 0: every rule passed; 1: a rule failed; 2: a rule could not be "
                       "evaluated or the gate file is broken."));
    p.addOption({QStringLiteral("json"), tr("Print the report as JSON.")});
    p.addOption({QStringLiteral("file"),
                 tr("The gate file (default: mlwb-gates.yaml at the project root)."), tr("PATH")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    if (args.positionalArguments().size() != 1)
        return usage(ctx, tr("expected MODEL@VERSION or MODEL@ALIAS"));
    auto project = openProject(ctx);
    if (!project)
        return report(ctx, project.error());
    const QString path =
        args.isSet(QStringLiteral("file"))
            ? args.value(QStringLiteral("file"))
            : QDir(project->paths().root()).filePath(QString::fromLatin1(kGateFileName));
    auto gates = loadGateFile(path);
    if (!gates)
        return report(ctx, gates.error());
    ModelRegistry reg(*project);
    auto candidate = reg.resolve(args.positionalArguments().first());
    if (!candidate)
        return report(ctx, candidate.error());
    auto result = checkGates(reg, *gates, *candidate);
    if (!result)
        return report(ctx, result.error());
    if (args.isSet(QStringLiteral("json"))) {
        ctx.out << QString::fromUtf8(
            QJsonDocument(result->toJson()).toJson(QJsonDocument::Indented));
    } else {
        for (const RuleResult &r : result->rules) {
            ctx.out << outcomeName(r.outcome).toUpper().leftJustified(6) << r.rule;
            if (r.outcome == RuleOutcome::Error)
                ctx.out << "\n      " << r.message;
            else
                ctx.out << "  (" << r.left << ' ' << r.op << ' ' << r.right << ')';
            ctx.out << '\n';
        }
        ctx.out << tr("%1: %2 of %3 rule(s) passed")
                       .arg(candidate->ref())
                       .arg(result->rules.size() - result->failed() - result->errors())
                       .arg(result->rules.size())
                << '\n';
    }
    if (result->failed() > 0)
        return ExitDifferent;
    return result->errors() > 0 ? ExitError : ExitOk;
}

} // namespace

int gateCommand(CommandContext &ctx) {
    const QString sub = ctx.args.value(0);
    ctx.args = ctx.args.mid(1);
    ctx.command = QStringLiteral("gate ") + sub;
    if (sub == QStringLiteral("check"))
        return checkCommand(ctx);
    ctx.command = QStringLiteral("gate");
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
        ctx.out << tr("Usage: mlwb gate check MODEL@VERSION|MODEL@ALIAS [--json] [--file PATH]\n");
        return ExitOk;
    }
    return usage(ctx, tr("expected check"));
}

} // namespace mlwb::cli
