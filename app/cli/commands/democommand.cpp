#include "commands.h"

#include "demo/demolivelogger.h"
#include "demo/demoproject.h"
#include "signalforwarder.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>

namespace mlwb::cli {

namespace {

// Logs to the demo's running run until it finishes or the user interrupts.
int followLiveRun(CommandContext &ctx, const demo::DemoReport &report) {
    demo::DemoLiveLogger logger(report.root, report.liveRunId);
    SignalForwarder interrupt(0);
    logger.start();
    ctx.out << tr("Logging to the running run live; press Ctrl+C to stop.") << '\n';
    ctx.out.flush();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (SignalForwarder::interrupted() || !logger.isRunning() || logger.error())
            loop.quit();
    });
    poll.start(100);
    loop.exec();
    logger.stop();
    if (const auto error = logger.error())
        return cli::report(ctx, *error);
    ctx.out << tr("Logged %1 live steps.").arg(logger.stepsLogged()) << '\n';
    return ExitOk;
}

} // namespace

int demoCommand(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] DIR"),
                    tr("Creates an example project in DIR (empty or new): a git history of a "
                       "small training project and about 60 runs with curves, tags and notes."));
    p.addOption({QStringLiteral("live"),
                 tr("Afterwards keep logging to the demo's running run until it ends or Ctrl+C.")});
    if (auto rc = p.parse())
        return *rc;
    const QStringList positional = p.parser().positionalArguments();
    if (positional.size() != 1)
        return usage(ctx, tr("expected one folder"));
    const QString dir = QDir(positional.first()).absolutePath();
    auto result = demo::generateDemoProject(dir);
    if (!result)
        return report(ctx, result.error());
    ctx.out << tr("Created a demo project in %1: %2 commits, %3 experiments, %4 runs, %5 metric "
                  "points.")
                   .arg(result->root)
                   .arg(result->commits.size())
                   .arg(result->experiments)
                   .arg(result->runs)
                   .arg(result->points)
            << '\n'
            << tr("Open it with: mlwb open %1").arg(result->root) << '\n';
    if (!p.parser().isSet(QStringLiteral("live")))
        return ExitOk;
    return followLiveRun(ctx, *result);
}

} // namespace mlwb::cli
