#include "commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace mlwb::cli {

namespace {

// Next to this executable when installed, ../gui/ in the build tree.
QString guiExecutable() {
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("mlwb-gui")),
                                     here.filePath(QStringLiteral("../gui/mlwb-gui"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return {};
}

} // namespace

int openCommand(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] [DIR]"),
                    tr("Opens the project DIR (default: --project, else the last project) in the "
                       "ML Workbench window."));
    p.addOption({QStringLiteral("panel"),
                 tr("Show this panel: experiments, datasets, registry, deploy or monitor."),
                 tr("NAME")});
    p.addOption({QStringLiteral("screenshot"),
                 tr("Save a picture of the window to FILE.png and quit; waits for it."),
                 tr("FILE")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    if (args.positionalArguments().size() > 1)
        return usage(ctx, tr("expected at most one project folder"));

    const QString gui = guiExecutable();
    if (gui.isEmpty())
        return report(
            ctx,
            {tr("open the ML Workbench window"),
             tr("mlwb-gui was not found next to %1").arg(QCoreApplication::applicationFilePath()),
             tr("build or install the mlwb-gui program")});
    QStringList guiArgs;
    QString dir = args.positionalArguments().value(0, ctx.projectDir);
    if (!dir.isEmpty())
        guiArgs.append(QDir(dir).absolutePath());
    for (const QString &option : {QStringLiteral("panel"), QStringLiteral("screenshot")}) {
        if (args.isSet(option))
            guiArgs << QStringLiteral("--") + option << args.value(option);
    }
    if (!args.isSet(QStringLiteral("screenshot"))) {
        if (!QProcess::startDetached(gui, guiArgs))
            return report(ctx,
                          {tr("start %1").arg(gui), tr("the program could not be started"), {}});
        return ExitOk;
    }
    QProcess proc;
    proc.setProcessChannelMode(QProcess::ForwardedChannels);
    proc.start(gui, guiArgs);
    if (!proc.waitForStarted(-1))
        return report(ctx, {tr("start %1").arg(gui), proc.errorString(), {}});
    proc.waitForFinished(-1);
    return proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : ExitError;
}

} // namespace mlwb::cli
