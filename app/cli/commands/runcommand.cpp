#include "commands.h"
#include "metriclines.h"
#include "outputcapture.h"
#include "signalforwarder.h"

#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"
#include "vcs/repository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QTimer>

#include <csignal>

namespace mlwb::cli {

namespace {

QString shellQuote(const QString &arg) {
    static const QString safe = QStringLiteral("@%+=:,./-_");
    bool plain = !arg.isEmpty();
    for (QChar c : arg)
        plain = plain && (c.isLetterOrNumber() || safe.contains(c));
    if (plain)
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

tracking::GitState gitStateOf(CommandContext &ctx, const QString &root) {
    auto repo = vcs::Repository::discover(root);
    if (!repo)
        return {};
    auto state = repo->workingState();
    if (!state) {
        ctx.err << "mlwb: " << tr("warning: ") << state.error().toString() << '\n';
        return {};
    }
    return {state->commit, state->dirty, state->patch};
}

struct Outcome {
    tracking::RunStatus status = tracking::RunStatus::Finished;
    int exitCode = 0;
};

// Runs the command to its end, logging the metrics it prints.
Result<Outcome> execute(CommandContext &ctx, Project &project, tracking::TrackingStore &store,
                        const tracking::Run &run, const QStringList &command) {
    tracking::MetricWriter writer(project.db(), run.id);
    QHash<QString, qint64> nextStep;
    bool warned = false;
    auto onLine = [&](QStringView line) {
        const auto metrics = parseMetricLine(line);
        if (!metrics)
            return;
        for (const auto &[key, value] : metrics->values) {
            const qint64 step = metrics->step.value_or(nextStep.value(key, 0));
            nextStep[key] = step + 1;
            if (auto r = writer.log(key, step, value); !r && !warned) {
                warned = true;
                ctx.err << "mlwb: " << tr("warning: ") << r.error().toString() << '\n';
                ctx.err.flush();
            }
        }
    };
    OutputCapture out(stdout, onLine);
    OutputCapture err(stderr);
    MLWB_TRY(out.open());
    MLWB_TRY(err.open());

    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MLWB_PROJECT"), project.paths().root());
    env.insert(QStringLiteral("MLWB_RUN_ID"), run.uuid);
    proc.setProcessEnvironment(env);
    proc.setInputChannelMode(QProcess::ForwardedInputChannel);
    proc.setProgram(command.first());
    proc.setArguments(command.mid(1));
    QObject::connect(&proc, &QProcess::readyReadStandardOutput,
                     [&] { out.feed(proc.readAllStandardOutput()); });
    QObject::connect(&proc, &QProcess::readyReadStandardError,
                     [&] { err.feed(proc.readAllStandardError()); });

    ctx.out.flush();
    proc.start();
    if (!proc.waitForStarted(-1))
        return fail(tr("start %1").arg(command.first()), proc.errorString(),
                    tr("check that the program exists and is executable"));

    QTimer flushTimer; // the GUI sees new points within a second even when output pauses
    flushTimer.setInterval(1000);
    QObject::connect(&flushTimer, &QTimer::timeout, [&] { (void)writer.flush(); });
    flushTimer.start();
    QEventLoop loop;
    QObject::connect(&proc, &QProcess::finished, &loop, &QEventLoop::quit);
    {
        SignalForwarder forwarder(pid_t(proc.processId()));
        if (proc.state() != QProcess::NotRunning)
            loop.exec();
        Outcome outcome;
        out.feed(proc.readAllStandardOutput());
        err.feed(proc.readAllStandardError());
        out.finish();
        err.finish();
        if (proc.exitStatus() == QProcess::CrashExit) {
            outcome.status = tracking::RunStatus::Killed;
            outcome.exitCode = 128 + proc.exitCode(); // Qt reports the signal number
        } else {
            outcome.exitCode = proc.exitCode();
            outcome.status = SignalForwarder::interrupted() ? tracking::RunStatus::Killed
                             : outcome.exitCode == 0        ? tracking::RunStatus::Finished
                                                            : tracking::RunStatus::Failed;
        }
        // The command has run: keep what can be kept and say what could not.
        auto warn = [&](const Error &e) {
            ctx.err << "mlwb: " << tr("warning: ") << e.toString() << '\n';
        };
        if (auto r = writer.flush(); !r)
            warn(r.error());
        for (const OutputCapture *capture : {&out, &err}) {
            const QString name =
                capture == &out ? QStringLiteral("stdout.txt") : QStringLiteral("stderr.txt");
            if (auto r = storeArtifact(project, store, run.id, capture->fileName(), name); !r)
                warn(r.error());
        }
        return outcome;
    }
}

} // namespace

int runCommand(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] -- COMMAND [ARGS...]"),
                    tr("Runs COMMAND as a tracked run. Lines it prints such as `step=3 loss=0.2` "
                       "or {\"step\": 3, \"loss\": 0.2} become metrics; its output is kept as "
                       "the artifacts stdout.txt and stderr.txt. MLWB_PROJECT and MLWB_RUN_ID "
                       "are set so that a logging client inside joins the run."));
    p.addOption({{QStringLiteral("e"), QStringLiteral("experiment")},
                 tr("The experiment (default: default)."),
                 tr("E")});
    p.addOption({{QStringLiteral("n"), QStringLiteral("name")}, tr("The run's name."), tr("N")});
    p.addOption({{QStringLiteral("p"), QStringLiteral("param")},
                 tr("A parameter; repeatable."),
                 tr("key=value")});
    p.addOption({QStringLiteral("tag"), tr("A tag; repeatable."), tr("key=value")});
    p.parser().setOptionsAfterPositionalArgumentsMode(
        QCommandLineParser::ParseAsPositionalArguments);
    if (auto rc = p.parse())
        return *rc;
    const QStringList command = p.parser().positionalArguments();
    if (command.isEmpty())
        return usage(ctx, tr("no command given; write it after --"));

    tracking::NewRun spec;
    if (p.parser().isSet(QStringLiteral("experiment")))
        spec.experiment = p.parser().value(QStringLiteral("experiment"));
    spec.name = p.parser().value(QStringLiteral("name"));
    for (const QString &text : p.parser().values(QStringLiteral("param"))) {
        auto kv = splitAssignment(text, QStringLiteral("--param"));
        if (!kv)
            return usage(ctx, kv.error().toString());
        spec.params.append({kv->first, tracking::parseParamValue(kv->second)});
    }
    for (const QString &text : p.parser().values(QStringLiteral("tag"))) {
        auto kv = splitAssignment(text, QStringLiteral("--tag"));
        if (!kv)
            return usage(ctx, kv.error().toString());
        spec.tags.append({kv->first, kv->second});
    }
    QStringList quoted;
    for (const QString &arg : command)
        quoted.append(shellQuote(arg));
    spec.command = quoted.join(QLatin1Char(' '));
    spec.pid = QCoreApplication::applicationPid();

    auto project = openProject(ctx);
    if (!project)
        return report(ctx, project.error());
    spec.git = gitStateOf(ctx, project->paths().root());
    tracking::TrackingStore store(project->db());
    auto run = store.createRun(spec);
    if (!run)
        return report(ctx, run.error());

    auto outcome = execute(ctx, *project, store, *run, command);
    const tracking::RunStatus status = outcome ? outcome->status : tracking::RunStatus::Failed;
    const int exitCode = outcome ? outcome->exitCode : 127;
    if (auto r = store.finishRun(run->id, status, exitCode); !r)
        return report(ctx, r.error());
    if (!outcome) {
        report(ctx, outcome.error());
        return exitCode;
    }
    ctx.err << "mlwb: "
            << tr("run %1 %2 (exit code %3)")
                   .arg(run->uuid.left(8), tracking::toString(status))
                   .arg(exitCode)
            << '\n';
    ctx.err.flush();
    return exitCode;
}

} // namespace mlwb::cli
