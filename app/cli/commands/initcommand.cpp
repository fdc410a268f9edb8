#include "commands.h"

#include <QDir>
#include <QFileInfo>

namespace mlwb::cli {

int initCommand(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options] [DIR]"),
                    tr("Makes DIR (default: the current folder) a project: a git repository "
                       "(created if there is none), .mlwb/project.db, .mlwb/objects/ and a "
                       "`.mlwb/` line in .gitignore. Safe to run twice."));
    if (auto rc = p.parse())
        return *rc;
    const QStringList positional = p.parser().positionalArguments();
    if (positional.size() > 1)
        return usage(ctx, tr("expected at most one folder, got %1").arg(positional.size()));
    const QString dir =
        QDir(positional.value(0, ctx.projectDir.isEmpty() ? QDir::currentPath() : ctx.projectDir))
            .absolutePath();

    const bool hadGit = QFileInfo::exists(dir + QStringLiteral("/.git"));
    const bool hadDb = ProjectPaths(dir).exists();
    auto project = Project::init(dir);
    if (!project)
        return report(ctx, project.error());
    const ProjectPaths &paths = project->paths();
    if (hadDb) {
        ctx.out << tr("%1 is already a project; nothing to do.").arg(paths.root()) << '\n';
        return ExitOk;
    }
    ctx.out << tr("Initialised project in %1").arg(paths.root()) << '\n';
    if (!hadGit && QFileInfo::exists(dir + QStringLiteral("/.git")))
        ctx.out << "  " << tr("created git repository %1/.git").arg(paths.root()) << '\n';
    ctx.out << "  " << tr("created %1").arg(paths.database()) << '\n';
    ctx.out << "  " << tr("created %1/").arg(paths.objectsDir()) << '\n';
    ctx.out << "  " << tr("ignored .mlwb/ in %1/.gitignore").arg(paths.root()) << '\n';
    return ExitOk;
}

} // namespace mlwb::cli
